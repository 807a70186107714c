/**
 * Well-known races and how their date is set, as data: "training for the chicago marathon" is enough to
 * propose a date, which the client confirms ("is that your race?"). Only races whose rule has held for years
 * are listed; the proposal is always confirmed, never assumed. Sources: the organisers' published dates
 * 2022-2026 (Chicago 2024-10-13, 2025-10-12, 2026-10-11; Boston on Patriots' Day, Massachusetts law; New York
 * 2024-11-03, 2025-11-02; Marine Corps 2023-10-29, 2024-10-27, 2025-10-26; NYC Half 2024-03-17, 2025-03-16).
 * Valencia on the first Sunday of December (2022-12-04, 2023-12-03, 2024-12-01, 2025-12-07); Tokyo on the first
 * Sunday of March (2024-03-03, 2025-03-02, 2026-03-01); Twin Cities on the first Sunday of October (2023-10-01,
 * 2024-10-06, 2025-10-05); Honolulu on the second Sunday of December (2023-12-10, 2024-12-08, 2025-12-14).
 * Left out on purpose: Berlin and London, whose Sundays move (Berlin 2024 was the last Sunday of September,
 * 2025 the third).
 */
import type { IsoDate } from '../../engine/dates.js';
import type { RaceDistance } from '../../engine/vocabulary.js';
import { localToday, nextNthWeekday, nthWeekdayOfMonth } from './dates.js';
import { normalize } from './text.js';

export interface KnownRace {
  id: string;
  /** As said back to the client: "The Chicago Marathon 2027 is …". */
  name: string;
  distance: Exclude<RaceDistance, 'custom'>;
  /** How the client writes it; whole words. */
  names: RegExp;
  month: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** 1st, 2nd, … of that weekday in the month; -1 = the last one. */
  nth: number;
}

export const KNOWN_RACES: readonly KnownRace[] = [
  { id: 'chicago', name: 'Chicago Marathon', distance: 'marathon', names: /\bchicago (?:full )?marathon\b/, month: 10, weekday: 7, nth: 2 },
  { id: 'boston', name: 'Boston Marathon', distance: 'marathon', names: /\bboston(?: marathon)?\b(?! half)/, month: 4, weekday: 1, nth: 3 },
  { id: 'nyc', name: 'New York City Marathon', distance: 'marathon', names: /\b(?:nyc|new york(?: city)?|ny) marathon\b/, month: 11, weekday: 7, nth: 1 },
  { id: 'marine_corps', name: 'Marine Corps Marathon', distance: 'marathon', names: /\bmarine corps(?: marathon)?\b|\bmcm\b/, month: 10, weekday: 7, nth: -1 },
  { id: 'valencia', name: 'Valencia Marathon', distance: 'marathon', names: /\bvalencia(?: full)? marathon\b|\bmarat[oó]n (?:de )?valencia\b/, month: 12, weekday: 7, nth: 1 },
  { id: 'tokyo', name: 'Tokyo Marathon', distance: 'marathon', names: /\btokyo marathon\b/, month: 3, weekday: 7, nth: 1 },
  { id: 'twin_cities', name: 'Twin Cities Marathon', distance: 'marathon', names: /\btwin cities marathon\b/, month: 10, weekday: 7, nth: 1 },
  { id: 'honolulu', name: 'Honolulu Marathon', distance: 'marathon', names: /\bhonolulu marathon\b/, month: 12, weekday: 7, nth: 2 },
  // Turkey trots are run on US Thanksgiving morning (the 4th Thursday of November, by law since 1941); most are 5Ks.
  { id: 'turkey_trot', name: 'Turkey Trot', distance: '5k', names: /\bturkey trot\b/, month: 11, weekday: 4, nth: 4 },
  { id: 'nyc_half', name: 'NYC Half', distance: 'half', names: /\b(?:nyc|new york(?: city)?) half(?: marathon)?\b|\bunited airlines half\b/, month: 3, weekday: 7, nth: 3 },
];

/** The well-known race a text names, or null. */
export function findKnownRace(text: string): KnownRace | null {
  const t = normalize(text);
  // "boston" alone is a race only with a race word near it ("qualify for boston" is not a booking).
  return KNOWN_RACES.find((r) => r.names.test(t) && (r.id !== 'boston' || /\bboston marathon\b|\b(?:training for|running|run|doing|signed up for|registered for) boston\b/.test(t))) ?? null;
}

export function knownRaceById(id: string): KnownRace | null {
  return KNOWN_RACES.find((r) => r.id === id) ?? null;
}

/** The race's day in `year`. */
export function knownRaceDate(race: KnownRace, year: number): IsoDate {
  return nthWeekdayOfMonth(year, race.month, race.weekday, race.nth)!;
}

/** Its next running on or after today (this year's when still ahead, else next year's). */
export function nextKnownRaceDate(race: KnownRace, now: Date, zone: string): IsoDate {
  // Every listed rule names a day each year's month has (at most the 3rd, or the last), so never null.
  return nextNthWeekday(race.month, race.weekday, race.nth, localToday(now, zone))!;
}
