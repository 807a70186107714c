import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import twilio from 'twilio';
import { createHmac } from 'node:crypto';
import { hmacSha1Base64, twilioSignatureChecker } from '../../src/channels/twilio-signature.js';

const TOKEN = 'test-auth-token-0123456789abcdef';

const urlArb = fc.constantFrom(
  'https://coach.example.test/sms/inbound',
  'https://coach.example.test:443/sms/inbound',
  'https://coach.example.test:8443/sms/inbound?x=1',
  "https://coach.example.test/sms/inbound?name=o'neil&a=b c",
  'http://user@[::1]:3000/sms/inbound',
  'https://coach.example.test/sms/inbound?bodySHA256=abc',
);
const paramsArb = fc.dictionary(
  fc.oneof(fc.constantFrom('MessageSid', 'From', 'To', 'Body', 'NumMedia', 'a', 'B', '_'), fc.string({ maxLength: 6 })),
  fc.oneof({ weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }, { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }) }),
  { maxKeys: 6 },
);

/** The URL Twilio might have signed, as validateRequest's candidates see it: as is, ported, portless, normalized. */
function signedUrl(url: string, how: number): string {
  if (how === 1) return url.replace('coach.example.test/', 'coach.example.test:443/');
  if (how === 2) return url.replace(':443/', '/').replace(':8443/', '/');
  if (how === 3) return new URL(url).toString();
  return url;
}

describe('channels.twilio-signature', () => {
  it('when given any URL, form and signature, accepts exactly what twilio.validateRequest accepts', () => {
    const check = twilioSignatureChecker(TOKEN);
    fc.assert(
      fc.property(urlArb, paramsArb, fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 30 }), (url, params, how, junk) => {
        // Signed by Twilio's own function over a URL variant, with another token, or not a signature at all.
        const signature =
          how <= 3 ? twilio.getExpectedTwilioSignature(TOKEN, signedUrl(url, how), params) : how === 4 ? twilio.getExpectedTwilioSignature('another-token', url, params) : junk;
        expect(check(signature, url, params)).toBe(twilio.validateRequest(TOKEN, signature, url, params));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('when the form or the URL was altered after signing, rejects it', () => {
    const check = twilioSignatureChecker(TOKEN);
    const url = 'https://coach.example.test/sms/inbound';
    const params = { MessageSid: 'SM' + '0'.repeat(32), From: '+14155550123', Body: "what's today" };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    expect(check(signature, url, params)).toBe(true);
    expect(check(signature, url, { ...params, Body: 'STOP' })).toBe(false);
    expect(check(signature, url, { ...params, Extra: '' })).toBe(false);
    expect(check(signature, `${url}?x=1`, params)).toBe(false);
    expect(check(signature.slice(0, -2) + 'ée', url, params)).toBe(false);
    expect(twilioSignatureChecker('another-token')(signature, url, params)).toBe(false);
  });

  it('when given any key and text, hmacSha1Base64 is createHmac sha1 (short, block-long and long keys, any UTF-16)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.string({ unit: 'binary', maxLength: 300 }), (key, data) => {
        const k = Buffer.from(key);
        const hmac = hmacSha1Base64(k);
        const expected = createHmac('sha1', k).update(data, 'utf8').digest('base64');
        expect(hmac(data)).toBe(expected);
        // The padded keys are reused: a second text under the same key is still right.
        expect(hmac(data + 'x')).toBe(createHmac('sha1', k).update(data + 'x', 'utf8').digest('base64'));
      }),
      { numRuns: 1000, seed: 14 },
    );
    for (const len of [0, 63, 64, 65, 128]) {
      const k = Buffer.alloc(len, 7);
      expect(hmacSha1Base64(k)('https://coach.example.test/sms/inboundBodyhi')).toBe(createHmac('sha1', k).update('https://coach.example.test/sms/inboundBodyhi').digest('base64'));
    }
  });

  it('when the signature is right, accepts it without asking twilio.validateRequest', () => {
    const check = twilioSignatureChecker(TOKEN);
    const url = 'https://coach.example.test/sms/inbound';
    const params = { MessageSid: 'SM' + '0'.repeat(32), From: '+14155550123', Body: "what's today ✓" };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    const spy = vi.spyOn(twilio, 'validateRequest');
    try {
      expect(check(signature, url, params)).toBe(true);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
