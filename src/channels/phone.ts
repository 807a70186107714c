import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneResult = { success: true; data: string } | { success: false; error: string };

/**
 * Normalizes what carriers and people send ("+1 (415) 555-0123", "4155550123", "whatsapp:+44…") to E.164.
 * National numbers are read as North American, where Cadence's numbers live; anything else must carry +.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode = 'US'): PhoneResult {
  // Every webhook normalizes its From and To, and the same few numbers text again and again: libphonenumber's
  // parse was ~5% of a texting rush's CPU. The answer depends only on the arguments.
  // Twilio's From and To are E.164 already: a North American one (+1 and ten digits) is its own answer, whether
  // libphonenumber finds it valid (its E.164 form is the same text) or not (the well-formed fallback below keeps it).
  // A number's first text skips the parse (~50 µs, ~7% of a rush of first texts); test/channels/phone.test.ts
  // checks the two agree.
  if (NANP_E164.test(raw)) return { success: true, data: raw };
  const key = `${defaultCountry} ${raw}`;
  const known = normalized.get(key);
  if (known) return known;
  const result = normalizeUncached(raw, defaultCountry);
  if (normalized.size >= NORMALIZED_MAX) normalized.clear();
  normalized.set(key, result);
  return result;
}

const NANP_E164 = /^\+1\d{10}$/;

/** Numbers normalized lately (cleared when full: a bound on memory, not an LRU). */
const normalized = new Map<string, PhoneResult>();
const NORMALIZED_MAX = 10_000;

/** normalizePhone by libphonenumber alone, every time (exported for the test that compares the two). */
export function normalizeUncached(raw: string, defaultCountry: CountryCode): PhoneResult {
  const cleaned = raw.trim().replace(/^(sms|tel|whatsapp):/i, '');
  if (!cleaned) return { success: false, error: 'phone number is empty' };
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry);
  if (parsed?.isValid()) return { success: true, data: parsed.number };
  // Carriers assign numbers faster than libphonenumber's metadata learns them: a well-formed international
  // number from the provider is trusted rather than dropping a real client's text.
  const e164 = cleaned.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(e164)) return { success: true, data: e164 };
  return { success: false, error: `"${raw}" is not a valid phone number` };
}
