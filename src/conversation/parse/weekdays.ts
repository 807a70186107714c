import type { IsoWeekday } from '../../engine/vocabulary.js';
import { fail, normalize, numberFromWord, ok, type ParseResult } from './text.js';
import { WEEKDAY_SLIPS } from '../words.js';

const WEEKDAY_WORDS: Record<string, IsoWeekday> = {
  m: 1, mo: 1, mon: 1, monday: 1, mondays: 1,
  tu: 2, tue: 2, tues: 2, tuesday: 2, tuesdays: 2,
  w: 3, we: 3, wed: 3, weds: 3, wednesday: 3, wednesdays: 3,
  th: 4, thu: 4, thur: 4, thurs: 4, thursday: 4, thursdays: 4,
  f: 5, fr: 5, fri: 5, friday: 5, fridays: 5,
  sa: 6, sat: 6, saturday: 6, saturdays: 6,
  su: 7, sun: 7, sunday: 7, sundays: 7,
};

/** Abbreviations too short to trust inside a sentence ("we", "m", "f"): only used when the whole text is days. */
const SHORT_ONLY = new Set(['m', 'mo', 'tu', 'w', 'we', 'th', 'f', 'fr', 'sa', 'su']);

/** A slip of a weekday ("thrusday", "wensday", words.ts WEEKDAY_SLIPS) → the weekday it spells. */
const SLIP_OF = new Map(Object.entries(WEEKDAY_SLIPS).flatMap(([full, slips]) => slips.map((slip) => [slip, full] as const)));

/**
 * Every weekday word read inside a sentence: the names and 3+ letter abbreviations above and their slips, for
 * patterns that need a weekday among other words ("tues not today", understand/rules.ts).
 */
export const WEEKDAY_SPELLED: readonly string[] = [...Object.keys(WEEKDAY_WORDS).filter((w) => !SHORT_ONLY.has(w)), ...SLIP_OF.keys()];

export { WEEKDAY_SHORT as WEEKDAY_NAMES } from '../../engine/dates.js';
import { WEEKDAY_SHORT as WEEKDAY_NAMES } from '../../engine/dates.js';

/** "thurs" → 4. Only full names and 3+ letter abbreviations; "we" or "f" are not weekdays in a sentence. */
export function weekdayFromWord(word: string): IsoWeekday | null {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (SHORT_ONLY.has(w)) return null;
  // "thrusday", "wensday": a slip of a weekday is that weekday.
  return WEEKDAY_WORDS[w] ?? WEEKDAY_WORDS[SLIP_OF.get(w) ?? ''] ?? null;
}

function strictWeekday(word: string): IsoWeekday | null {
  return WEEKDAY_WORDS[word.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

function range(from: IsoWeekday, to: IsoWeekday): IsoWeekday[] {
  const out: IsoWeekday[] = [];
  let d: number = from;
  // Wraps around the week: "fri-mon" is Fri, Sat, Sun, Mon.
  for (let i = 0; i < 7; i++) {
    out.push(d as IsoWeekday);
    if (d === to) break;
    d = (d % 7) + 1;
  }
  return out;
}

function sortUnique(days: IsoWeekday[]): IsoWeekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * Every weekday named in `text`, with ranges ("mon-fri", "tue through thu"), "weekdays", "weekends",
 * "every day" and run-together forms ("mwf", "tth"). Short forms like "m w f" count only when the whole
 * text is made of days. Returns them sorted Monday first; empty when none are named.
 */
export function findWeekdays(text: string): IsoWeekday[] {
  const t = normalize(text);
  const days: IsoWeekday[] = [];
  if (/\b(every ?day|everyday|daily|7 days a week|all week)\b/.test(t)) return [1, 2, 3, 4, 5, 6, 7];
  if (/\bweek ?days\b/.test(t)) days.push(1, 2, 3, 4, 5);
  if (/\bweek ?ends?\b/.test(t)) days.push(6, 7);
  let rest = t.replace(/\bweek ?days\b|\bweek ?ends?\b/g, ' ');
  const rangeRe = /\b([a-z]{2,9})\.?\s*(?:-|to|through|thru|till|until)\s*([a-z]{2,9})\b/g;
  rest = rest.replace(rangeRe, (whole, a: string, b: string) => {
    const from = weekdayFromWord(a);
    const to = weekdayFromWord(b);
    if (from === null || to === null) return whole;
    days.push(...range(from, to));
    return ' ';
  });
  const tokens = rest.split(/[^a-z]+/).filter((w) => w !== '');
  const allDays = tokens.length > 0 && tokens.every((w) => strictWeekday(w) !== null || w === 'and' || /^(mwf|tth|tr)$/.test(w));
  for (const w of tokens) {
    if (w === 'mwf') days.push(1, 3, 5);
    else if (w === 'tth' || w === 'tr') days.push(2, 4);
    else {
      const d = allDays ? strictWeekday(w) : weekdayFromWord(w);
      if (d !== null) days.push(d);
    }
  }
  return sortUnique(days);
}

/** The days a count means when no days are named: spread out so no two hard days touch where possible. */
const LIFT_DAYS: Record<number, IsoWeekday[]> = {
  1: [3],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};
/**
 * A runner's days for a count: the last one on the weekend, where most people have time for the long run
 * (5 days is Tue Wed Thu Sat Sun, not Mon-Fri), with Monday the usual rest after it.
 */
const RUN_DAYS: Record<number, IsoWeekday[]> = {
  1: [6],
  2: [3, 6],
  3: [2, 4, 6],
  4: [2, 3, 5, 7],
  5: [2, 3, 4, 6, 7],
  6: [1, 2, 3, 4, 6, 7],
  7: [1, 2, 3, 4, 5, 6, 7],
};

/**
 * The days a count means when no days are named; `run` for a race plan (a weekend long run). With a
 * `longRunDay` the days keep it as their last: a runner going to 5 days keeps their long run where it was.
 */
export function defaultDaysForCount(n: number, kind: 'lift' | 'run' = 'lift', longRunDay?: IsoWeekday): IsoWeekday[] {
  const days = [...((kind === 'run' ? RUN_DAYS : LIFT_DAYS)[n] ?? [])];
  if (longRunDay === undefined || days.length === 0 || days.at(-1) === longRunDay) return days;
  // A long-run day not in the weekend default moves the even spread (the weekend one would bunch up on a weekday).
  return endingOn(days.includes(longRunDay) ? days : defaultDaysForCount(n), longRunDay);
}

/** `days` moved round the week so the last is `last`, keeping the rest days between as they were. */
export function endingOn(days: readonly IsoWeekday[], last: IsoWeekday): IsoWeekday[] {
  if (days.length === 0) return [];
  const shift = last - days[days.length - 1]!;
  return days.map((d) => (((d - 1 + shift + 7) % 7) + 1) as IsoWeekday).sort((a, b) => a - b);
}

/** "3 days", "three times a week", "4x/week", "3" → the count; null when the text names no count of days. */
export function findDayCount(text: string): number | null {
  const t = normalize(text);
  const m =
    /\b(\d|one|two|three|four|five|six|seven)\s*(?:x|times|days?|sessions?|workouts?)\b(?:\s*(?:a|per|\/|each|every)\s*week)?/.exec(t) ??
    // "3 runs a week": a runner's count of days (not "3 runs" alone, which could be a log).
    /\b(\d|one|two|three|four|five|six|seven)\s*runs?\s*(?:a|per|\/|each|every)\s*(?:week|wk)\b/.exec(t) ??
    // "3 mornings a week", "two evenings per week", "4 lunch breaks a week": the days, said by when they train.
    /\b(\d|one|two|three|four|five|six|seven)\s*(?:early\s+)?(?:mornings?|evenings?|nights?|afternoons?|lunch(?:es|times?| breaks?)?)\s*(?:a|per|\/|each|every)\s*(?:week|wk)\b/.exec(t) ??
    /\b(\d|one|two|three|four|five|six|seven)\s*(?:\/|a|per)\s*(?:wk|week)\b/.exec(t) ??
    /^(?:make it |change (?:it |days )?to )?(\d|one|two|three|four|five|six|seven)(?: days)?$/.exec(t);
  if (!m) return null;
  // "can i run 2 days in a row", "3 days straight": days back to back, not how many a week.
  if (/^\s*(?:in a row|straight|running|back ?-?to ?-?back|consecutively)\b/.test(t.slice(m.index + m[0].length)) || /\bconsecutive\s*$/.test(t.slice(0, m.index))) return null;
  // "maybe do a comp one day", "one day I'll run Boston": someday, not a count ("only one day a week" is one).
  if (/^one\s*day$/.test(m[0]) && t.trim() !== m[0] && !/\b(only|just|can|could|train|lift|do|manage)\s*$/.test(t.slice(0, m.index))) return null;
  const n = numberFromWord(m[1]!);
  return n !== null && n >= 1 && n <= 7 ? n : null;
}

/**
 * "3-4x a week", "3 or 4 days", "two to three times": a count said as a range; null when none. Read beside
 * findDayCount (which reads its high end: "4x a week").
 */
export function findDayRange(text: string): { low: number; high: number } | null {
  const n = String.raw`(\d|one|two|three|four|five|six|seven)`;
  const m = new RegExp(String.raw`\b${n}\s*(?:x\s*)?(?:-|–|to|or|\/)\s*${n}\s*(?:x\b|times\b|days?\b|sessions?\b|workouts?\b|runs?\b|(?:a|per|\/)\s*(?:week|wk)\b|$)`).exec(normalize(text).trim());
  // "2-3 days ago", "3-4 days in a row": when or how long, not how many a week.
  if (!m || /^\s*(?:ago|away|left|off|out|till|until|in a row|straight|back ?to ?back)\b/.test(normalize(text).trim().slice(m.index + m[0].length))) return null;
  const low = numberFromWord(m[1]!);
  const high = numberFromWord(m[2]!);
  return low !== null && high !== null && low >= 1 && high <= 7 && high > low && high - low <= 2 ? { low, high } : null;
}

export interface TrainingDays {
  weekdays: IsoWeekday[];
  /** True when the client gave a count and the days were chosen for them. */
  fromCount: boolean;
}

/** Onboarding's days answer: named days win over a count; a count picks spread-out days. */
export function parseTrainingDays(text: string): ParseResult<TrainingDays> {
  const named = findWeekdays(text);
  if (named.length > 0) return ok({ weekdays: named, fromCount: false });
  const count = findDayCount(text);
  if (count !== null) return ok({ weekdays: defaultDaysForCount(count), fromCount: true });
  return fail("I didn't catch the days - try 'mon wed fri' or '3 days'");
}

/** "Mon, Wed, Fri" for replies. */
export function formatWeekdays(days: readonly number[]): string {
  if (days.length === 7) return 'every day';
  return days.map((d) => WEEKDAY_NAMES[d - 1] ?? '?').join(', ');
}
