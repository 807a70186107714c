/**
 * Well-known races and how their date is set, as data: "training for the chicago marathon" is enough to
 * propose a date, which the client confirms ("is that your race?"). Only races whose rule has held for years
 * are listed; the proposal is always confirmed, never assumed. Sources: the organisers' published dates
 * 2022-2026 (Chicago 2024-10-13, 2025-10-12, 2026-10-11; Boston on Patriots' Day, Massachusetts law; New York
 * 2024-11-03, 2025-11-02; Marine Corps 2023-10-29, 2024-10-27, 2025-10-26; NYC Half 2024-03-17, 2025-03-16).
 * Valencia on the first Sunday of December (2022-12-04, 2023-12-03, 2024-12-01, 2025-12-07); Tokyo on the first
 * Sunday of March (2024-03-03, 2025-03-02, 2026-03-01); Twin Cities on the first Sunday of October (2023-10-01,
 * 2024-10-06, 2025-10-05); Honolulu on the second Sunday of December (2023-12-10, 2024-12-08, 2025-12-14).
 * Broad Street (Philadelphia, 10 miles) and Pittsburgh on the first Sunday of May (2023-05-07, 2024-05-05,
 * 2025-05-04); Big Sur on the last Sunday of April (2023-04-30, 2024-04-28, 2025-04-27); Bay to Breakers (12K) on the
 * third Sunday of May (2023-05-21, 2024-05-19, 2025-05-18); Falmouth (7 miles) on the third Sunday of August
 * (2023-08-20, 2024-08-18, 2025-08-17); Cherry Blossom (10 miles) on the first Sunday of April (2023-04-02,
 * 2024-04-07, 2025-04-06); Peachtree (10K) on July 4th whatever the weekday; LA on the third Sunday of March
 * (2023-03-19, 2024-03-17, 2025-03-16). Houston is the Sunday before Martin Luther King Day, so the first Sunday on
 * or after Jan 14 (2023-01-15, 2024-01-14, 2025-01-19, 2026-01-18); Disney the first Sunday on or after Jan 5
 * (2023-01-08, 2024-01-07, 2025-01-05, 2026-01-11); Grandma's (Duluth) the first Saturday on or after June 17
 * (2022-06-18, 2023-06-17, 2024-06-22, 2025-06-21); the Chicago Half the fourth Sunday of September (2022-09-25,
 * 2023-09-24, 2024-09-22). Berlin's Sunday moves (the last of September in 2022-2024 and 2026, the third in 2025)
 * and London's too (the fourth Sunday of April in 2023, 2025, 2026, the third in 2024): the usual one is proposed,
 * and the client's yes or own date settles it.
 */
import type { IsoDate } from '../../engine/dates.js';
import { addDays, isoWeekday } from '../../engine/dates.js';
import type { RaceDistance } from '../../engine/vocabulary.js';
import { localToday, nthWeekdayOfMonth } from './dates.js';
import { normalize } from './text.js';

/** A race's day in a year: the nth weekday of its month (-1 = the last), the first weekday on or after a day, or a fixed day. */
export type RaceDayRule =
  | { month: number; weekday: number; nth: number }
  | { month: number; weekday: number; onOrAfter: number }
  | { month: number; day: number };

export interface KnownRace {
  id: string;
  /** As said back to the client: "The Chicago Marathon 2027 is …". */
  name: string;
  distance: RaceDistance;
  /** Only with distance 'custom': Broad Street's 10 miles, Bay to Breakers' 12K. */
  customDistanceKm?: number;
  /** How the client writes it; whole words. */
  names: RegExp;
  /**
   * A name that is also a place or a street ("boston", "broad street", "peachtree", "big sur"): a race only right
   * after a race word ("training for broad st", "running the peachtree"); "i live on broad st" is no race.
   */
  placeNames?: RegExp;
  month: number;
  rule: RaceDayRule;
  /**
   * The city alone, as the answer to "Which race?" ("chicago", "maybe boston?"): the city's best-known race. Only at
   * that question: anywhere else "chicago" is where the client lives.
   */
  alone?: string;
}

const MILE_KM = 1.609344;
const sunday = (month: number, nth: number): RaceDayRule => ({ month, weekday: 7, nth });

const RACES: ReadonlyArray<Omit<KnownRace, 'month'>> = [
  { id: 'chicago', name: 'Chicago Marathon', distance: 'marathon', names: /\bchicago (?:full )?marathon\b/, rule: sunday(10, 2), alone: String.raw`chicago` },
  { id: 'boston', name: 'Boston Marathon', distance: 'marathon', names: /\bboston marathon\b/, placeNames: /\bboston\b(?! half)/, rule: { month: 4, weekday: 1, nth: 3 }, alone: String.raw`boston` },
  { id: 'nyc', name: 'New York City Marathon', distance: 'marathon', names: /\b(?:nyc|new york(?: city)?|ny) marathon\b/, rule: sunday(11, 1), alone: String.raw`nyc|new york(?: city)?|ny` },
  { id: 'marine_corps', name: 'Marine Corps Marathon', distance: 'marathon', names: /\bmarine corps(?: marathon)?\b|\bmcm\b/, rule: sunday(10, -1), alone: String.raw`marine corps|mcm` },
  { id: 'valencia', name: 'Valencia Marathon', distance: 'marathon', names: /\bvalencia(?: full)? marathon\b|\bmarat[oó]n (?:de )?valencia\b/, rule: sunday(12, 1), alone: String.raw`valencia` },
  { id: 'tokyo', name: 'Tokyo Marathon', distance: 'marathon', names: /\btokyo marathon\b/, rule: sunday(3, 1), alone: String.raw`tokyo` },
  { id: 'twin_cities', name: 'Twin Cities Marathon', distance: 'marathon', names: /\btwin cities marathon\b/, rule: sunday(10, 1), alone: String.raw`twin cities` },
  { id: 'honolulu', name: 'Honolulu Marathon', distance: 'marathon', names: /\bhonolulu marathon\b/, rule: sunday(12, 2), alone: String.raw`honolulu` },
  // Turkey trots are run on US Thanksgiving morning (the 4th Thursday of November, by law since 1941); most are 5Ks.
  { id: 'turkey_trot', name: 'Turkey Trot', distance: '5k', names: /\bturkey trot\b/, rule: { month: 11, weekday: 4, nth: 4 } },
  { id: 'nyc_half', name: 'NYC Half', distance: 'half', names: /\b(?:nyc|new york(?: city)?) half(?: marathon)?\b|\bunited airlines half\b/, rule: sunday(3, 3) },
  { id: 'broad_street', name: 'Broad Street Run', distance: 'custom', customDistanceKm: 10 * MILE_KM, names: /\bbroad (?:st|street)\.? (?:run|10 ?miler|ten miler|10 mile|race)\b/, placeNames: /\bbroad (?:st|street)\b/, rule: sunday(5, 1), alone: String.raw`broad (?:st|street)\.?` },
  { id: 'pittsburgh', name: 'Pittsburgh Marathon', distance: 'marathon', names: /\bpittsburgh (?:full )?marathon\b|\bpgh marathon\b/, rule: sunday(5, 1), alone: String.raw`pittsburgh|pgh` },
  { id: 'la', name: 'LA Marathon', distance: 'marathon', names: /\b(?:la|l\.a\.|los angeles) marathon\b/, rule: sunday(3, 3), alone: String.raw`los angeles` },
  { id: 'berlin', name: 'Berlin Marathon', distance: 'marathon', names: /\bberlin marathon\b/, placeNames: /\bberlin\b/, rule: sunday(9, -1), alone: String.raw`berlin` },
  { id: 'london', name: 'London Marathon', distance: 'marathon', names: /\blondon marathon\b/, placeNames: /\blondon\b/, rule: sunday(4, 4), alone: String.raw`london` },
  { id: 'chicago_half', name: 'Chicago Half Marathon', distance: 'half', names: /\bchicago half(?: marathon)?\b/, rule: sunday(9, 4) },
  { id: 'houston', name: 'Houston Marathon', distance: 'marathon', names: /\b(?:chevron )?houston marathon\b/, rule: { month: 1, weekday: 7, onOrAfter: 14 }, alone: String.raw`houston` },
  { id: 'grandmas', name: "Grandma's Marathon", distance: 'marathon', names: /\bgrandma'?s marathon\b/, placeNames: /\bgrandma'?s\b/, rule: { month: 6, weekday: 6, onOrAfter: 17 }, alone: String.raw`grandma'?s` },
  { id: 'big_sur', name: 'Big Sur Marathon', distance: 'marathon', names: /\bbig sur(?: international)? marathon\b/, placeNames: /\bbig sur\b/, rule: sunday(4, -1), alone: String.raw`big sur` },
  { id: 'disney', name: 'Walt Disney World Marathon', distance: 'marathon', names: /\b(?:walt )?disney(?: world)? marathon\b/, rule: { month: 1, weekday: 7, onOrAfter: 5 }, alone: String.raw`disney(?: world)?` },
  { id: 'cherry_blossom', name: 'Cherry Blossom Ten Miler', distance: 'custom', customDistanceKm: 10 * MILE_KM, names: /\bcherry blossom (?:10 ?miler|ten miler|10 mile|run|race)\b/, placeNames: /\bcherry blossom\b/, rule: sunday(4, 1), alone: String.raw`cherry blossom` },
  { id: 'peachtree', name: 'Peachtree Road Race', distance: '10k', names: /\bpeachtree (?:road race|10k|race)\b|\bajc peachtree\b|\bthe peachtree\b(?! (?:st|street|rd|road|ave|avenue|center|plaza|mall|city|corners)\b)/, placeNames: /\bpeachtree\b/, rule: { month: 7, day: 4 }, alone: String.raw`(?:the )?peachtree` },
  { id: 'bay_to_breakers', name: 'Bay to Breakers', distance: 'custom', customDistanceKm: 12, names: /\bbay (?:to|2) breakers\b/, rule: sunday(5, 3), alone: String.raw`bay (?:to|2) breakers` },
  { id: 'falmouth', name: 'Falmouth Road Race', distance: 'custom', customDistanceKm: 7 * MILE_KM, names: /\bfalmouth (?:road race|7 ?miler|race)\b/, placeNames: /\bfalmouth\b/, rule: sunday(8, 3), alone: String.raw`falmouth` },
];

export const KNOWN_RACES: readonly KnownRace[] = RACES.map((r) => ({ ...r, month: r.rule.month }));

/** Right before a place's name, these make it the race: "training for broad st", "running the peachtree". */
const RACE_LEAD = String.raw`\b(?:training for|train for|trainin for|running|run|doing|do|racing|race|signed up for|sign up for|registered for|entered|got into|a spot in|a place in|a bib for)\s+(?:the\s+)?(?:(?:20\d\d|this years?|next years?|this|next)\s+)?`;

const OTHER_RACE_THERE = String.raw`(?!\s+(?:half|hm|ultra|tri\w*|relay|\d+(?:\.\d)?\s*(?:k|km|mi|mile|miles|miler)\b))`;

function namedIn(race: KnownRace, t: string): boolean {
  if (race.names.test(t)) return true;
  // "training for the london half", "running the boston 10k": the city's other race, with its own distance and day.
  return race.placeNames !== undefined && new RegExp(RACE_LEAD + '(?:' + race.placeNames.source + ')' + OTHER_RACE_THERE).test(t);
}

/** The well-known race a text names, or null. */
export function findKnownRace(text: string): KnownRace | null {
  const t = normalize(text);
  return KNOWN_RACES.find((r) => namedIn(r, t)) ?? null;
}

/** Words around a city that leave it the whole answer: "maybe chicago?", "prob boston", "chicago i think". */
const HEDGE_BEFORE = String.raw`(?:(?:maybe|probably|prob|prolly|likely|hopefully|perhaps|thinking|i think|i guess|leaning|planning on|hoping for|either|ideally|well|hmm+|um+|so|ok|oh)\s+)*`;
const HEDGE_AFTER = String.raw`(?:\s+(?:maybe|probably|prob|i think|i guess|hopefully|ideally|lol|haha|if i get in|if i get a spot|this year|next year|20\d\d))*`;

/** The well-known race a text names by its city alone, answering "Which race?" ("maybe chicago?"), or null. */
export function knownRaceAlone(text: string): KnownRace | null {
  const t = normalize(text).replace(/[?!.,]+/g, ' ').replace(/\s+/g, ' ').trim();
  return KNOWN_RACES.find((r) => r.alone !== undefined && new RegExp(`^${HEDGE_BEFORE}(?:the\\s+)?(?:${r.alone})${HEDGE_AFTER}$`).test(t)) ?? null;
}

export function knownRaceById(id: string): KnownRace | null {
  return KNOWN_RACES.find((r) => r.id === id) ?? null;
}

/** The distance the race is run over, as a race distance choice: Broad Street is 10 miles. */
export function knownRaceDistance(race: KnownRace): { distance: RaceDistance; customDistanceKm?: number } {
  return race.customDistanceKm === undefined ? { distance: race.distance } : { distance: race.distance, customDistanceKm: Math.round(race.customDistanceKm * 100) / 100 };
}

/** The words a text names the race by ("broad st", "the chicago marathon"), to take a race's city out of a paragraph. */
export function knownRaceWords(race: KnownRace): RegExp {
  return new RegExp(race.placeNames ? `${race.names.source}|${race.placeNames.source}` : race.names.source, 'gi');
}

/** The race's day in `year`. */
export function knownRaceDate(race: KnownRace, year: number): IsoDate {
  const rule = race.rule;
  if ('day' in rule) return `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
  if ('onOrAfter' in rule) {
    const from = `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.onOrAfter).padStart(2, '0')}`;
    return addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
  }
  // Every listed rule names a day each year's month has (at most the 4th, or the last), so never null.
  return nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.nth)!;
}

/** Its next running on or after today (this year's when still ahead, else next year's). */
export function nextKnownRaceDate(race: KnownRace, now: Date, zone: string): IsoDate {
  const today = localToday(now, zone);
  const thisYear = knownRaceDate(race, Number(today.slice(0, 4)));
  return thisYear >= today ? thisYear : knownRaceDate(race, Number(today.slice(0, 4)) + 1);
}
