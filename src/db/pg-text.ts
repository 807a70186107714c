/**
 * PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding UTF8: 0x00") and in jsonb
 * ("unsupported Unicode escape sequence"), so one such character in a webhook field would fail every
 * delivery of that message the same way. It is stripped before storing; a lone UTF-16 surrogate (not
 * encodable as UTF-8, the driver would swap it silently) becomes U+FFFD here, where we can see it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function toPgText(text: string): string {
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The same for every key and value of a flat string record (Twilio's form fields, stored as jsonb). */
export function toPgRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) out[toPgText(k)] = toPgText(String(v));
  return out;
}
