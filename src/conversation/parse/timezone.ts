import { IANAZone } from 'luxon';
import { editDistance, fail, normalize, ok, type ParseResult } from './text.js';

/** True for a zone the runtime's time-zone database knows ("America/Denver", "UTC"). */
export function isValidTimezone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The runtime's own spelling of a valid zone ("america/denver" → "America/Denver"), or null. */
export function canonicalTimezone(zone: string): string | null {
  if (!isValidTimezone(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** US / Canadian zone names and abbreviations people text. Two-letter forms only count as the whole answer. */
const ZONE_NAMES: Record<string, string> = {
  eastern: 'America/New_York', est: 'America/New_York', edt: 'America/New_York', 'east coast': 'America/New_York',
  central: 'America/Chicago', cst: 'America/Chicago', cdt: 'America/Chicago',
  mountain: 'America/Denver', mst: 'America/Denver', mdt: 'America/Denver',
  arizona: 'America/Phoenix',
  pacific: 'America/Los_Angeles', pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', 'west coast': 'America/Los_Angeles',
  alaska: 'America/Anchorage', akst: 'America/Anchorage', akdt: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu', hst: 'Pacific/Honolulu',
  atlantic: 'America/Halifax', adt: 'America/Halifax',
  newfoundland: 'America/St_Johns', nst: 'America/St_Johns', ndt: 'America/St_Johns',
  gmt: 'Europe/London', bst: 'Europe/London', uk: 'Europe/London',
  utc: 'UTC', cet: 'Europe/Paris', cest: 'Europe/Paris', aest: 'Australia/Sydney', ist: 'Asia/Kolkata',
};
const WHOLE_ANSWER_ONLY: Record<string, string> = {
  et: 'America/New_York', ct: 'America/Chicago', mt: 'America/Denver', pt: 'America/Los_Angeles', ast: 'America/Halifax',
};

/** Common cities → zone. Multi-word names are matched as phrases. */
/**
 * US states named as home ("im in Ohio", "I'm in texas"): the zone most of the state keeps. States split near evenly
 * (Tennessee) or named like a city or country elsewhere (Washington, Georgia) are left out: the city is asked instead.
 */
const STATE_ZONES: Record<string, string> = {
  ohio: 'America/New_York', pennsylvania: 'America/New_York', 'new jersey': 'America/New_York', connecticut: 'America/New_York',
  massachusetts: 'America/New_York', vermont: 'America/New_York', 'new hampshire': 'America/New_York', 'rhode island': 'America/New_York',
  maryland: 'America/New_York', delaware: 'America/New_York', virginia: 'America/New_York', 'west virginia': 'America/New_York',
  'north carolina': 'America/New_York', 'south carolina': 'America/New_York', florida: 'America/New_York', michigan: 'America/Detroit',
  indiana: 'America/Indiana/Indianapolis', kentucky: 'America/New_York', illinois: 'America/Chicago', wisconsin: 'America/Chicago',
  minnesota: 'America/Chicago', iowa: 'America/Chicago', missouri: 'America/Chicago', arkansas: 'America/Chicago',
  louisiana: 'America/Chicago', mississippi: 'America/Chicago', alabama: 'America/Chicago', oklahoma: 'America/Chicago',
  texas: 'America/Chicago', kansas: 'America/Chicago', nebraska: 'America/Chicago', 'north dakota': 'America/Chicago',
  'south dakota': 'America/Chicago', colorado: 'America/Denver', utah: 'America/Denver', wyoming: 'America/Denver',
  montana: 'America/Denver', 'new mexico': 'America/Denver', idaho: 'America/Boise', arizona: 'America/Phoenix',
  california: 'America/Los_Angeles', nevada: 'America/Los_Angeles', oregon: 'America/Los_Angeles', alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
};

export const CITY_ZONES: Record<string, string> = {
  'new york': 'America/New_York', nyc: 'America/New_York', brooklyn: 'America/New_York', boston: 'America/New_York',
  philadelphia: 'America/New_York', philly: 'America/New_York', washington: 'America/New_York', dc: 'America/New_York',
  baltimore: 'America/New_York', pittsburgh: 'America/New_York', atlanta: 'America/New_York', miami: 'America/New_York',
  orlando: 'America/New_York', tampa: 'America/New_York', jacksonville: 'America/New_York', charlotte: 'America/New_York',
  raleigh: 'America/New_York', richmond: 'America/New_York', cleveland: 'America/New_York', columbus: 'America/New_York',
  cincinnati: 'America/New_York', detroit: 'America/Detroit', indianapolis: 'America/Indiana/Indianapolis',
  louisville: 'America/Kentucky/Louisville', buffalo: 'America/New_York', toronto: 'America/Toronto',
  ottawa: 'America/Toronto', montreal: 'America/Toronto', 'quebec city': 'America/Toronto',
  chicago: 'America/Chicago', houston: 'America/Chicago', dallas: 'America/Chicago', austin: 'America/Chicago',
  'san antonio': 'America/Chicago', 'fort worth': 'America/Chicago', nashville: 'America/Chicago',
  memphis: 'America/Chicago', 'new orleans': 'America/Chicago', minneapolis: 'America/Chicago',
  'st paul': 'America/Chicago', milwaukee: 'America/Chicago', 'kansas city': 'America/Chicago',
  'st louis': 'America/Chicago', 'saint louis': 'America/Chicago', 'oklahoma city': 'America/Chicago',
  omaha: 'America/Chicago', winnipeg: 'America/Winnipeg', 'mexico city': 'America/Mexico_City',
  denver: 'America/Denver', boulder: 'America/Denver', 'salt lake city': 'America/Denver', slc: 'America/Denver',
  albuquerque: 'America/Denver', 'el paso': 'America/Denver', boise: 'America/Boise', calgary: 'America/Edmonton',
  edmonton: 'America/Edmonton', phoenix: 'America/Phoenix', tucson: 'America/Phoenix', scottsdale: 'America/Phoenix',
  'los angeles': 'America/Los_Angeles', la: 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles', 'bay area': 'America/Los_Angeles', oakland: 'America/Los_Angeles',
  'san jose': 'America/Los_Angeles', 'san diego': 'America/Los_Angeles', sacramento: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles', portland: 'America/Los_Angeles', 'las vegas': 'America/Los_Angeles',
  vegas: 'America/Los_Angeles', vancouver: 'America/Vancouver', anchorage: 'America/Anchorage',
  honolulu: 'Pacific/Honolulu', halifax: 'America/Halifax', 'puerto rico': 'America/Puerto_Rico',
  'san juan': 'America/Puerto_Rico',
  london: 'Europe/London', manchester: 'Europe/London', edinburgh: 'Europe/London', dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon', paris: 'Europe/Paris', berlin: 'Europe/Berlin', munich: 'Europe/Berlin',
  amsterdam: 'Europe/Amsterdam', brussels: 'Europe/Brussels', madrid: 'Europe/Madrid', barcelona: 'Europe/Madrid',
  rome: 'Europe/Rome', milan: 'Europe/Rome', zurich: 'Europe/Zurich', vienna: 'Europe/Vienna',
  stockholm: 'Europe/Stockholm', oslo: 'Europe/Oslo', copenhagen: 'Europe/Copenhagen', helsinki: 'Europe/Helsinki',
  warsaw: 'Europe/Warsaw', prague: 'Europe/Prague', athens: 'Europe/Athens', istanbul: 'Europe/Istanbul',
  moscow: 'Europe/Moscow', dubai: 'Asia/Dubai', 'tel aviv': 'Asia/Jerusalem', jerusalem: 'Asia/Jerusalem',
  mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', bangalore: 'Asia/Kolkata', singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong', shanghai: 'Asia/Shanghai', beijing: 'Asia/Shanghai', tokyo: 'Asia/Tokyo',
  seoul: 'Asia/Seoul', manila: 'Asia/Manila', bangkok: 'Asia/Bangkok', jakarta: 'Asia/Jakarta',
  sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane',
  perth: 'Australia/Perth', auckland: 'Pacific/Auckland', johannesburg: 'Africa/Johannesburg',
  'cape town': 'Africa/Johannesburg', cairo: 'Africa/Cairo', lagos: 'Africa/Lagos', nairobi: 'Africa/Nairobi',
  'sao paulo': 'America/Sao_Paulo', 'buenos aires': 'America/Argentina/Buenos_Aires', bogota: 'America/Bogota',
  lima: 'America/Lima', santiago: 'America/Santiago',
};

/** Words that are also city keys but mean something else in a sentence ("la" in Spanish, "sf" rarely). */
const CITY_WHOLE_ANSWER_ONLY = new Set(['la', 'sf', 'dc', 'slc']);

const SHORT_CITY_CAPS = /(?<![A-Za-z])(LA|SF|DC|SLC)(?![A-Za-z])/;
const SHORT_CITY_PLACED = /\b(?:to|in|from|at|visiting|around)\s+(la|sf|dc|slc)(?![a-z'])/;

function phraseIn(t: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-z])${phrase.replace(/ /g, '[ .]+')}($|[^a-z])`).test(t);
}

/** How a zone was named: an IANA name, a city, or a zone word/abbreviation ("eastern", "PST"). */
export type ZoneNaming = 'iana' | 'city' | 'zone_word';

/** A zone found in text, with the words that named it (normalized) so a caller can weigh their context. */
export interface NamedZone {
  zone: string;
  phrase: string;
  kind: ZoneNaming;
}

/**
 * A zone named in free text: an IANA name ("Europe/London", any case), a US zone name or abbreviation
 * ("eastern", "PST"), or a city ("Denver", "new york"). Null when nothing matches.
 */
export function findNamedZone(text: string): NamedZone | null {
  const raw = text.trim();
  const ianaM = /\b([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})\b/.exec(raw);
  if (ianaM) {
    const canon = canonicalTimezone(ianaM[1]!) ?? canonicalTimezone(ianaM[1]!.replace(/ /g, '_'));
    if (canon) return { zone: canon, phrase: normalize(ianaM[1]!), kind: 'iana' };
  }
  const t = normalize(raw).replace(/[.!?]+$/g, '').replace(/\b(time ?zone|tz|time|standard|daylight)\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(utc|gmt|etc\/utc)$/.test(t)) return { zone: 'UTC', phrase: t, kind: 'zone_word' };
  if (WHOLE_ANSWER_ONLY[t]) return { zone: WHOLE_ANSWER_ONLY[t]!, phrase: t, kind: 'zone_word' };
  if (CITY_WHOLE_ANSWER_ONLY.has(t)) return { zone: CITY_ZONES[t]!, phrase: t, kind: 'city' };
  // "flying to LA tmrw", "in dc next week": a short city in capitals, or after a word of going or being there, is the
  // place (alone in a sentence "la" or "sf" may be anything).
  const short = SHORT_CITY_CAPS.exec(raw) ?? SHORT_CITY_PLACED.exec(t);
  if (short) return { zone: CITY_ZONES[short[1]!.toLowerCase().replace(/\./g, '')]!, phrase: short[1]!.toLowerCase(), kind: 'city' };
  const cities = Object.keys(CITY_ZONES)
    .filter((c) => !CITY_WHOLE_ANSWER_ONLY.has(c))
    .sort((a, b) => b.length - a.length);
  for (const city of cities) if (phraseIn(t, city)) return { zone: CITY_ZONES[city]!, phrase: city, kind: 'city' };
  // A state only when no city is named: "from michigan originally but live in denver now" is Denver.
  const states = Object.keys(STATE_ZONES).sort((a, b) => b.length - a.length);
  for (const state of states) if (phraseIn(t, state)) return { zone: STATE_ZONES[state]!, phrase: state, kind: 'city' };
  const names = Object.keys(ZONE_NAMES).sort((a, b) => b.length - a.length);
  for (const name of names) if (phraseIn(t, name)) return { zone: ZONE_NAMES[name]!, phrase: name, kind: 'zone_word' };
  return null;
}

/** The zone named in free text (see {@link findNamedZone}), or null. */
export function findTimezone(text: string): string | null {
  return findNamedZone(text)?.zone ?? null;
}

/** True when `phrase` (a city or zone key) occurs in normalized text `t` as whole words. */
export function namesPhrase(t: string, phrase: string): boolean {
  return phraseIn(t, phrase);
}

/**
 * A one-word answer that is one typo from a city ("denvr", "chicgo", "seatle"): that city. Only as the answer
 * to the time-zone question, 5+ letters and the same first letter, so a word in a sentence never becomes a city.
 */
function misspelledCity(text: string): string | null {
  const t = normalize(text).replace(/[^a-z]/g, '');
  if (t.length < 5 || t !== normalize(text).replace(/[.!?\s]+$/g, '')) return null;
  const near = Object.keys(CITY_ZONES).filter((c) => c[0] === t[0] && !c.includes(' ') && Math.abs(c.length - t.length) <= 1 && editDistance(c, t) === 1);
  return near.length === 1 ? CITY_ZONES[near[0]!]! : null;
}

export function parseTimezone(text: string): ParseResult<string> {
  const zone = findTimezone(text) ?? misspelledCity(text);
  if (zone === null) return fail("I didn't catch the time zone - name your city (e.g. Denver) or a zone like Eastern or Europe/London");
  return ok(zone);
}

const US_LABELS: Record<string, string> = {
  'America/New_York': 'Eastern time',
  'America/Detroit': 'Eastern time',
  'America/Toronto': 'Eastern time',
  'America/Indiana/Indianapolis': 'Eastern time',
  'America/Kentucky/Louisville': 'Eastern time',
  'America/Chicago': 'Central time',
  'America/Winnipeg': 'Central time',
  'America/Regina': 'Central time (no DST)',
  'America/Denver': 'Mountain time',
  'America/Edmonton': 'Mountain time',
  'America/Boise': 'Mountain time',
  'America/Phoenix': 'Arizona time',
  'America/Los_Angeles': 'Pacific time',
  'America/Vancouver': 'Pacific time',
  'America/Anchorage': 'Alaska time',
  'Pacific/Honolulu': 'Hawaii time',
  'America/Halifax': 'Atlantic time',
  'America/Moncton': 'Atlantic time',
  'America/Puerto_Rico': 'Atlantic time',
  'America/St_Johns': 'Newfoundland time',
  'America/Whitehorse': 'Yukon time',
};

/** "Eastern time (America/New_York)" or, outside North America, "Europe/London time". */
export function describeTimezone(zone: string): string {
  const label = US_LABELS[zone];
  // Elsewhere the zone's city reads naturally: "London time (Europe/London)".
  return label ? `${label} (${zone})` : `${(zone.split('/').pop() ?? zone).replace(/_/g, ' ')} time (${zone})`;
}
