/**
 * The TwiML answer to an inbound text: `<Response>` with at most one `<Message>`. Written by hand rather than
 * with twilio's MessagingResponse (an xmlbuilder document per webhook, ~4% of a texting rush's CPU); the
 * output is byte for byte what that builder writes for every body it accepts (test/channels/twiml.test.ts
 * compares the two).
 */

/** What the webhook's answer is sent as (what express's res.type('text/xml').send wrote). */
export const TWIML_CONTENT_TYPE = 'text/xml; charset=utf-8';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const EMPTY_RESPONSE = `${XML_DECLARATION}<Response/>`;

/** What xmlbuilder escapes in text: markup characters, and CR (which an XML parser would fold into LF). */
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const NEEDS_ESCAPE = /[&<>\r]/g;

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference (C0 controls but tab, LF and CR;
 * lone surrogates; U+FFFE/U+FFFF). The builder threw on them (a 500 after the reply was stored); here they
 * are dropped. smsBody never produces one (GSM-7 only, form feed folded): this guards other callers.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** XML text content for `text`. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(NEEDS_ESCAPE, (ch) => TEXT_ESCAPES[ch]!);
}

/**
 * The webhook's answer: the reply as one message, or an empty response (null or empty: Twilio sends nothing).
 * `reply` is the stored outbound body (channels/sms-text.ts smsBody): what is sent is what was stored.
 */
export function messagingTwiml(reply: string | null): string {
  if (!reply) return EMPTY_RESPONSE;
  return `${XML_DECLARATION}<Response><Message>${xmlText(reply)}</Message></Response>`;
}
