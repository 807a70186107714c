import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneResult = { success: true; data: string } | { success: false; error: string };

/**
 * Normalizes what carriers and people send ("+1 (415) 555-0123", "4155550123", "whatsapp:+44…") to E.164.
 * National numbers are read as North American, where Cadence's numbers live; anything else must carry +.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode = 'US'): PhoneResult {
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
