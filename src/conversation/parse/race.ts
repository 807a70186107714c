import type { IsoDate } from '../../engine/dates.js';
import type { RaceDistance } from '../../engine/vocabulary.js';
import { findDateRef, findMonthOrSeason, findNthWeekday, type YearMonth } from './dates.js';
import { findKnownRace, knownRaceDistance, type KnownRace } from './race-calendar.js';
import { formatHms, parseClock } from './duration.js';
import { trackDistanceName } from '../../engine/endurance/track-distances.js';
import { fail, isNone, normalize, ok, type ParseResult } from './text.js';

export interface RaceDistanceChoice {
  distance: RaceDistance;
  /** Only for 'custom' ("15k", "10 miler", "50k"). */
  customDistanceKm?: number;
}

const KM_PER_MILE = 1.609344;

export const RACE_DISTANCE_KM: Record<Exclude<RaceDistance, 'custom'>, number> = {
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  marathon: 42.195,
};

export const RACE_DISTANCE_LABEL: Record<RaceDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  custom: 'race',
};

export function raceDistanceKm(choice: RaceDistanceChoice): number {
  return choice.distance === 'custom' ? (choice.customDistanceKm ?? 0) : RACE_DISTANCE_KM[choice.distance];
}

export function raceLabel(choice: RaceDistanceChoice): string {
  if (choice.distance !== 'custom') return RACE_DISTANCE_LABEL[choice.distance];
  const km = choice.customDistanceKm ?? 0;
  // A race set in miles keeps its name in miles ("Broad Street is 10 miles" was a "16.1K race").
  const miles = km / 1.609344;
  if (miles >= 2 && Math.abs(miles - Math.round(miles)) < 0.02) return trackDistanceName(km) ?? `${Math.round(miles)}-mile race`;
  return trackDistanceName(km) ?? `${Number.isInteger(km) ? km : km.toFixed(1)}K race`;
}

function standardOrCustom(km: number): RaceDistanceChoice {
  for (const [name, value] of Object.entries(RACE_DISTANCE_KM) as Array<[Exclude<RaceDistance, 'custom'>, number]>) {
    if (Math.abs(value - km) < 0.15) return { distance: name };
  }
  return { distance: 'custom', customDistanceKm: Math.round(km * 100) / 100 };
}

/**
 * Track distances said without "k" or "mi": "1500 pb", "the 1500m", "3000m", "my mile", "sub 5 mile". A mile said
 * as a unit of pace ("8:30 per mile", "9 min mile", "7:00 a mile") or of a session ("mile repeats") is not a race.
 * A number of miles ("2 mile", "10 miler") is read by the miles rule below.
 */
const AFTER_TRACK_NUMBER = String.raw`(?=\s*(?:pb|pr|race|time|in|is|was|of|at|:|,|$))`;
const TRACK_READINGS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(String.raw`\b1500\s*(?:m|meters?|metres?)\b|\bmetric mile\b|\b1500\b${AFTER_TRACK_NUMBER}`), 1.5],
  [new RegExp(String.raw`\b3000\s*(?:m|meters?|metres?)\b|\b3000\b${AFTER_TRACK_NUMBER}`), 3],
  [/\b(?:a|the|my|one|road|track|full) mile\b|^mile\b|(?<!\d[\s-]*)\bmile (?:pb|pr|race|time)\b|\bsub[\s-]*\d(?::\d\d)? mile\b/, 1.609344],
];
const NOT_A_MILE_RACE = /(?:\bper|\/|\bmin(?:ute)?s?|\d:\d\d\s*(?:a|an|each|every)|\beach|\bevery|\beasy|\bwarm ?up|\bcool ?down)\s*-?\s*mile\b|\bmile (?:repeats?|reps?|splits?|pace)\b/;

function findTrackDistance(t: string): RaceDistanceChoice | null {
  const found = TRACK_READINGS.find(([re, km]) => re.test(t) && !(km === 1.609344 && NOT_A_MILE_RACE.test(t)));
  return found ? standardOrCustom(found[1]) : null;
}

/** The run of a triathlon, by its name: half Ironman / 70.3 a half marathon, Ironman a marathon, olympic 10K, sprint 5K. */
const TRIATHLON_RUN: ReadonlyArray<[RegExp, Exclude<RaceDistance, 'custom'>]> = [
  [/\b(half (?:iron ?man|iron distance)|70\.3|middle distance tri(?:athlon)?)\b/, 'half'],
  [/\b(iron ?man|140\.6|full (?:iron|tri(?:athlon)?))\b/, 'marathon'],
  [/\bolympic(?: distance)? tri(?:athlon)?\b|\bstandard distance tri(?:athlon)?\b/, '10k'],
  [/\bsprint tri(?:athlon)?\b/, '5k'],
];

/**
 * Runners' slang for a marathon: "my first full in may", "a full next fall", "did 2 fulls". Only "full" standing as
 * the race (a word like "in", "this", "next" or the end after it): "full body", "full gym", "a full rack" are not.
 */
const FULL_MARATHON = /\b(?:a|my|the|first|next|second|third|1st|2nd|3rd|another|one|two|three|\d) fulls?\b(?=\s*(?:$|[,.!?;:)]|(?:in|on|this|next|at|is|was|and|or|but|by|come|later|soon|so|lol|before|after|ever|yet|since|last|back|(?:in|on) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b))/;

/**
 * The race distance a text names: "5k", "10 k", "half", "half marathon", "13.1", "full marathon",
 * "26.2", "15k", "10 miler", "50k ultra". Null when no distance is named.
 */
export function findRaceDistance(text: string): RaceDistanceChoice | null {
  const t = normalize(text);
  // A triathlon's run leg: Cadence coaches the run of a multisport race (answers/faq.ts says so to the client).
  const tri = TRIATHLON_RUN.find(([re]) => re.test(t));
  if (tri) return { distance: tri[1] };
  // Counted races name their distance too: "done 2 halfs, last one was 2:05", "ran a few 10ks".
  if (/\bhal(?:f|fs|ves)\b|\bhalf-marathons?\b|\b13\.1\b|\b21\.1\s*k?\b|\b21k\b|\bhm\b/.test(t)) return { distance: 'half' };
  // "50k ultra marathon" is a 50K: an ultra names its distance (read below), never a marathon.
  if (/(?<!\bultra[\s-]?)\bmarathons?\b|\b26\.2\b|\b42\.2\s*k?\b|\b42k\b/.test(t)) return { distance: 'marathon' };
  if (FULL_MARATHON.test(t)) return { distance: 'marathon' };
  if (/\bparkruns?\b|\b5\s*ks?\b|\b5\s*km\b|\b5 kilomet/.test(t)) return { distance: '5k' };
  if (/\b10\s*ks?\b|\b10\s*km\b|\b10 kilomet/.test(t)) return { distance: '10k' };
  const track = findTrackDistance(t);
  if (track) return track;
  const miles = /\b(\d{1,3}(?:\.\d)?)\s*(?:-\s*)?(?:mi|mile|miles|miler)\b/.exec(t);
  if (miles) return standardOrCustom(Number(miles[1]) * KM_PER_MILE);
  const km = /\b(\d{1,3}(?:\.\d)?)\s*(?:k|km|kilometers?|kilometres?)\b/.exec(t);
  if (km) return standardOrCustom(Number(km[1]));
  return null;
}

export interface RaceEvent {
  distance: RaceDistanceChoice | null;
  date: IsoDate | null;
  /** A month named without a day ("next october"): the day is still to ask. */
  month: YearMonth | null;
  /** A well-known race named ("chicago marathon"): its date can be proposed. */
  known: KnownRace | null;
  /** The season the month stands for ("late summer"), when a season was said rather than a month. */
  season: string | null;
}

/**
 * "half marathon on april 12", "10k oct 5", "marathon 2027-10-10", "april 12" alone (the caller knows the
 * distance from the goal answer), "the 2nd sunday in april", "chicago marathon next october" (a known race
 * and a month without a day). Succeeds when any of them is found. A month-day without a year that has
 * passed is next year's (a race being trained for is ahead); a past date with its year comes back as it is
 * so the caller can re-ask precisely.
 */
export function parseRaceEvent(text: string, now: Date, zone: string): ParseResult<RaceEvent> {
  const t = normalize(text);
  const distance = findRaceDistance(t);
  // A distance like "10k" must not be read as a date; strip it before looking for one.
  const withoutDistance = t.replace(/\b\d{1,3}(?:\.\d)?\s*(?:k|km|mi|mile|miles|miler)\b|\b(?:1500|3000)\s*(?:m|meters?|metres?)?\b|\b13\.1\b|\b26\.2\b/g, ' ');
  const known = findKnownRace(t);
  const nth = findNthWeekday(withoutDistance, now, zone);
  const monthOrSeason = nth === null ? findMonthOrSeason(withoutDistance, now, zone) : null;
  const month = monthOrSeason?.month ?? null;
  const ref = nth === null && month === null ? findDateRef(withoutDistance, now, zone) : null;
  const date = nth ?? (ref?.kind === 'date' ? ref.date : null);
  if (distance === null && date === null && month === null && known === null) {
    return fail("I didn't catch the race - try 'half marathon on april 12' or '10k oct 5'");
  }
  return ok({ distance: distance ?? (known ? knownRaceDistance(known) : null), date, month, known, season: monthOrSeason?.season ?? null });
}

/** Seconds per km a finishing time implies, to tell "1:50" (1 h 50) from "22:30" (22 min 30 s). */
function plausible(seconds: number, km: number): boolean {
  if (km <= 0) return seconds >= 60 && seconds <= 48 * 3600;
  const perKm = seconds / km;
  // Faster than 2:40/km beats world records; slower than 16:00/km is a walk we don't plan for.
  return perKm >= 160 && perKm <= 960;
}

/**
 * A race finishing time for a distance: "1:45:00", "1:45" (h:mm when m:ss would be impossible for the
 * distance), "22:30", "sub 2", "under 25", "25 min", "2 hours", "3h30". Returns seconds.
 */
export function findRaceTimeSeconds(text: string, km: number): number | null {
  const t = normalize(text);
  const hms = /\b(\d{1,2}):(\d{2}):(\d{2})\b/.exec(t);
  if (hms) return parseClock(hms[0]);
  const two = /\b(\d{1,3}):(\d{2})\b/.exec(t);
  if (two) {
    const [a, b] = [Number(two[1]), Number(two[2])];
    if (b > 59) return null;
    const asMss = a * 60 + b;
    const asHmm = a * 3600 + b * 60;
    if (plausible(asMss, km)) return asMss;
    if (a < 10 && plausible(asHmm, km)) return asHmm;
    return null;
  }
  const hAndM = /\b(\d{1,2})\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min|mins|minutes)?\b/.exec(t);
  if (hAndM) return Number(hAndM[1]) * 3600 + Number(hAndM[2]) * 60;
  const hours = /\b(\d{1,2}(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\b/.exec(t);
  if (hours) return Math.round(Number(hours[1]) * 3600);
  const mins = /\b(\d{1,3})\s*(?:m|min|mins|minutes)\b/.exec(t);
  if (mins) return Number(mins[1]) * 60;
  // "sub-25" and "sub 25" alike.
  const bare = /(?:^|\b(?:sub|under|below|around|about|in|goal|of|is|break)[\s-]*)(\d{1,3}(?:\.\d)?)(?:\s*$|\b(?![:.\d]))/.exec(t);
  if (bare) {
    const n = Number(bare[1]);
    // "sub 2" for a half is hours, "sub 25" for a 5K is minutes: take whichever the distance allows.
    if (plausible(n * 60, km)) return Math.round(n * 60);
    if (plausible(n * 3600, km)) return Math.round(n * 3600);
  }
  return null;
}

/**
 * Ways of saying "no target time" in answer to "goal time?". Said anywhere in the answer, they win over a number
 * in it ("just finish, ran 2:05 last fall" is no goal, not a 2:05 goal); a leading "none,"/"nah -" followed by
 * more words counts too ("none, just want to run it strong").
 */
const NO_TARGET_TIME = [
  /^(?:none|nope|nah|no)\b\s*[,.!;:-]/,
  /\bjust (?:want(?:ing)? to |wanna |looking to |hoping to |trying to |gonna |going to |to )?(?:finish|run it|enjoy|have fun|get (?:it )?done|get through|complete|cross the line)/,
  /\bno (?:real |specific |particular |set |time )?(?:goal|time|target|pressure)\b/,
  /\bnot (?:chasing|worried about|fussed about|bothered about|focused on|going for) (?:a |the |any )?(?:time|pace|pr)\b/,
  /\bdon'?t (?:really )?care (?:about|abt) (?:the |my )?(?:time|pace)\b/,
  /\b(?:for fun|finish strong|run it strong|not sure|don'?t know|dunno|no idea)\b/,
];

/** The goal-time answer: 'h:mm:ss', or null for "none" / "just finish". */
export function parseGoalTime(text: string, km: number): ParseResult<string | null> {
  const t = normalize(text);
  // "no goal time really... maybe 4 hours?": a soft goal after the "no goal" is still the goal they have.
  const hedged = /\b(?:maybe|but|probably|i guess|ideally|hopefully|roughly|around|ish)\b/.test(t) ? findRaceTimeSeconds(text, km) : null;
  if (hedged !== null && plausible(hedged, km) && !isNone(text)) return ok(formatHms(hedged));
  if (isNone(text) || NO_TARGET_TIME.some((re) => re.test(t))) return ok(null);
  const sec = findRaceTimeSeconds(text, km);
  if (sec === null) return fail("I didn't catch a goal time - try '1:55:00' or 'sub 25', or 'none'");
  if (!plausible(sec, km)) return fail("That time doesn't fit the distance - try e.g. '1:55:00' for a half or '25:00' for a 5K");
  return ok(formatHms(sec));
}

export interface RecentRace {
  distance: RaceDistance;
  customDistanceKm?: number;
  time: string;
}

/**
 * A recent race result: "22:30 5k", "5k in 22:30", "ran a 1:52 half in march"; "none" → null. When no
 * distance is named, `fallback` (the race being trained for) is assumed.
 */
export function parseRecentRace(text: string, fallback: RaceDistanceChoice | null): ParseResult<RecentRace | null> {
  if (isNone(text)) return ok(null);
  const t = normalize(text);
  // "1500 pb is 4:52 and my mile is 5:15": two results, each in its own clause; the first one that reads is taken
  // (either sets the same paces), so the mile's distance is never paired with the 1500's time.
  const clauses = t.split(/\s*(?:[,;]|\band\b|\bbut\b|\balso\b)\s*/).filter((c) => findRaceDistance(c) !== null && /\d/.test(withoutRaceDistances(c)));
  for (const clause of clauses.length > 1 ? clauses : []) {
    const r = readResult(clause, fallback);
    if (r.success) return r;
  }
  return readResult(t, fallback);
}

/**
 * The text without its distances (and dates) so "10k on 3/4" or "1500 in 4:52" does not read 3/4, 10 or 1500 as a
 * time. A number right after "sub"/"under" is the time ("sub 5 mile" is five minutes for a mile), so it stays.
 */
export function withoutRaceDistances(t: string): string {
  return t.replace(/(?<!\b(?:sub|under)[\s-]*)\b\d{1,3}(?:\.\d)?\s*(?:k|km|mi|mile|miles|miler)\b|\b(?:1500|3000)\s*(?:m|meters?|metres?)?\b|\b13\.1\b|\b26\.2\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, ' ');
}

function readResult(t: string, fallback: RaceDistanceChoice | null): ParseResult<RecentRace | null> {
  const choice = findRaceDistance(t) ?? fallback;
  if (choice === null) return fail("Which distance was that? Try '22:30 5k' or '48:10 10k', or 'none'");
  const sec = findRaceTimeSeconds(withoutRaceDistances(t), raceDistanceKm(choice));
  if (sec === null || !plausible(sec, raceDistanceKm(choice))) {
    return fail("I didn't catch the time - try '22:30 5k' or '1:52:00 half', or 'none'");
  }
  return ok({ ...choice, time: formatHms(sec) });
}
