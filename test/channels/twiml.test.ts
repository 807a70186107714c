import { describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { messagingTwiml } from '../../src/channels/twiml.js';
import { smsBody } from '../../src/channels/sms-text.js';

/** What twilio's own builder writes (the reference the hand-written TwiML must match byte for byte). */
function builderTwiml(reply: string | null): string {
  const response = new twilio.twiml.MessagingResponse();
  if (reply) response.message(reply);
  return response.toString();
}

describe('channels.twiml', () => {
  it('when the reply has markup characters, quotes, CR, tabs, newlines or GSM-7 extension characters, writes what twilio writes', () => {
    const bodies = [
      'Today: Full body A (heavy), ~43 min\nBack squat 3x6-8 @ 185 lb',
      'a & b <c> "d" \'e\' &amp; already',
      'x\ry\r\nz\ttab',
      '€[]{}^~|\\ and @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà',
      'emoji 💪 and 中文 outside GSM-7',
      ']]> and <!-- not a comment -->',
      'ok',
    ];
    for (const body of bodies) expect(messagingTwiml(body)).toBe(builderTwiml(body));
  });

  it('when there is no reply (null or empty), answers an empty Response, as twilio does', () => {
    expect(messagingTwiml(null)).toBe(builderTwiml(null));
    expect(messagingTwiml('')).toBe(builderTwiml(''));
    expect(messagingTwiml(null)).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('when a body has a character XML cannot carry, drops it instead of failing the response', () => {
    // The builder throws on these (a 500 after the reply was already stored).
    expect(() => builderTwiml('form\ffeed')).toThrow();
    expect(messagingTwiml('form\ffeed\u0000 \uD800lone')).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Message>formfeed lone</Message></Response>');
  });

  it('when a reply goes through smsBody first (every reply does), the TwiML is valid and matches twilio for any input', () => {
    // A form feed is a GSM-7 character (extension table) but not an XML one: smsBody folds it to a line break.
    expect(smsBody('Rest\fday')).toBe('Rest\nday');
    for (const raw of ['Rest\fday', 'a\u0000b', 'tab\there', '“quoted” — dash…', '<b>bold</b> & more']) {
      const body = smsBody(raw);
      expect(messagingTwiml(body)).toBe(builderTwiml(body));
    }
  });
});
