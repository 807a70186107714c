/**
 * PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding UTF8: 0x00") and in jsonb
 * ("unsupported Unicode escape sequence"), so one such character in a webhook field would fail every
 * delivery of that message the same way. It is stripped before storing; a lone UTF-16 surrogate (not
 * encodable as UTF-8, the driver would swap it silently) becomes U+FFFD here, where we can see it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether a text may need either change: a U+0000 or any surrogate (a paired one is left as it is). */
const MAYBE_UNSTORABLE = /[\u0000\uD800-\uDFFF]/;

export function toPgText(text: string): string {
  // Nearly every text has neither: one scan with no lookaround, and the same string back (a webhook's form has
  // ~10 fields, each scanned by both replacements before).
  if (!MAYBE_UNSTORABLE.test(text)) return text;
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The same for every key and value of a flat string record (Twilio's form fields, stored as jsonb): a copy. */
export function toPgRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in record) if (Object.hasOwn(record, k)) out[toPgText(k)] = toPgText(String(record[k]));
  return out;
}
