import { DateTime } from 'luxon';
import { addDays, daysBetween, isoWeekday, parseIsoDate, startOfIsoWeek, type IsoDate } from '../../engine/dates.js';
import { weekdayFromWord } from './weekdays.js';
import { fail, normalize, ok, pad2, type ParseResult } from './text.js';

/** What a date expression in a text refers to: one local day, or a span of days. */
export type DateRef =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'range'; from: IsoDate; to: IsoDate; label: 'this_week' | 'next_week' | 'weekend' | 'days' };

export interface DateOptions {
  /**
   * A month-day without a year that already passed this year normally means next year. Within this many
   * days of today it is taken as the recent past instead (so "march 2" said on March 20 is not next
   * year's race) and the caller can say it has passed. Default 0.
   */
  recentPastDays?: number;
  /** Read "4/12" as 4 December (day first) instead of April 12. */
  dayFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The client's calendar date at `now` in their zone: 23:30 in Los Angeles is still that LA date. */
export function localToday(now: Date, zone: string): IsoDate {
  const d = DateTime.fromJSDate(now, { zone });
  return d.isValid ? (d.toISODate() ?? DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!) : DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;
}

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  return parseIsoDate(s).success ? s : null;
}

function fullYear(y: string | undefined, fallback: number): number {
  if (y === undefined) return fallback;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** Month and day with an optional year; without a year, the next occurrence (see `recentPastDays`). */
function monthDay(today: IsoDate, month: number, day: number, year: string | undefined, opts: DateOptions): IsoDate | null {
  const thisYear = Number(today.slice(0, 4));
  if (year !== undefined) return iso(fullYear(year, thisYear), month, day);
  const candidate = iso(thisYear, month, day);
  if (candidate === null) return iso(thisYear + 1, month, day);
  if (candidate >= today) return candidate;
  if (daysBetween(candidate, today) <= (opts.recentPastDays ?? 0)) return candidate;
  return iso(thisYear + 1, month, day);
}

/** "the 14th": this month when still ahead (or today), else the next month that has that day. */
function dayOfMonth(today: IsoDate, day: number): IsoDate | null {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < 13; i++) {
    const candidate = iso(y, m, day);
    if (candidate !== null && candidate >= today) return candidate;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return null;
}

/** Next occurrence of an ISO weekday on or after `today`. */
export function nextWeekday(today: IsoDate, weekday: number): IsoDate {
  return addDays(today, (weekday - isoWeekday(today) + 7) % 7);
}

/**
 * Finds the first date expression in `text`, resolved in the client's zone relative to `now`: "today",
 * "tonight", "tomorrow", "yesterday", weekday names ("thursday" is the next Thursday, today included;
 * "next thursday" is the Thursday of next week), "this week", "next week", "this weekend", "the 14th",
 * "april 12", "12 april", "4/12", "4/12/27", "2027-04-12", "in 3 weeks".
 */
export function findDateRef(text: string, now: Date, zone: string, opts: DateOptions = {}): DateRef | null {
  const t = normalize(text);
  const today = localToday(now, zone);
  const date = (d: IsoDate | null): DateRef | null => (d === null ? null : { kind: 'date', date: d });

  const isoM = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (isoM) return date(iso(Number(isoM[1]), Number(isoM[2]), Number(isoM[3])));

  const md = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`).exec(t);
  if (md) return date(monthDay(today, MONTHS[md[1]!]!, Number(md[2]), md[3], opts));
  const dm = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`).exec(t);
  if (dm) return date(monthDay(today, MONTHS[dm[2]!]!, Number(dm[1]), dm[3], opts));
  const slash = /(?:^|[^\d:])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d:])/.exec(t);
  if (slash) {
    let [a, b] = [Number(slash[1]), Number(slash[2])];
    if (opts.dayFirst || a > 12) [a, b] = [b, a];
    if (a >= 1 && a <= 12) return date(monthDay(today, a, b, slash[3], opts));
  }

  if (/\b(today|tonight|this morning|this evening|this afternoon|tdy)\b/.test(t)) return date(today);
  if (/\b(tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|2moro|2morrow)\b/.test(t)) return date(addDays(today, 1));
  if (/\b(yesterday|last night)\b/.test(t)) return date(addDays(today, -1));

  const inN = /\bin (\d+|a|one|two|three|four) (day|week)s?\b/.exec(t);
  if (inN) {
    const n = /^\d+$/.test(inN[1]!) ? Number(inN[1]) : ({ a: 1, one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[inN[1]!] ?? 1;
    return date(addDays(today, inN[2] === 'week' ? n * 7 : n));
  }
  if (/\bnext week\b/.test(t)) {
    const from = addDays(startOfIsoWeek(today), 7);
    return { kind: 'range', from, to: addDays(from, 6), label: 'next_week' };
  }
  if (/\b(this week|the week|rest of the week|week ahead)\b/.test(t)) {
    const from = startOfIsoWeek(today);
    return { kind: 'range', from, to: addDays(from, 6), label: 'this_week' };
  }
  if (/\b(this )?weekend\b/.test(t)) {
    const sat = nextWeekday(today, 6);
    const from = isoWeekday(today) === 7 ? today : sat;
    return { kind: 'range', from, to: isoWeekday(today) === 7 ? today : addDays(sat, 1), label: 'weekend' };
  }

  const nextDay = /\bnext ([a-z]+)\b/.exec(t);
  if (nextDay) {
    const wd = weekdayFromWord(nextDay[1]!);
    if (wd !== null) return date(addDays(startOfIsoWeek(today), 7 + wd - 1));
  }
  const words = t.split(/[^a-z]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const wd = weekdayFromWord(word);
    if (wd === null) continue;
    // "sat" and "sun" are also English words: only days when the text is the day or a date word leads in.
    if ((word === 'sat' || word === 'sun') && words.filter((w) => w !== '').length > 1 && !/^(on|this|next|by|until|till|thru|through|for|to|and|or)$/.test(words[i - 1] ?? '')) continue;
    return date(nextWeekday(today, wd));
  }

  const nth = /\b(?:the |on the )?(\d{1,2})(st|nd|rd|th)\b/.exec(t);
  if (nth) {
    const n = Number(nth[1]);
    if (n >= 1 && n <= 31) return date(dayOfMonth(today, n));
  }
  return null;
}

/** One calendar date from text, for answers that must name a day (a race date). */
export function parseDate(text: string, now: Date, zone: string, opts: DateOptions = {}): ParseResult<IsoDate> {
  const ref = findDateRef(text, now, zone, opts);
  if (ref?.kind === 'date') return ok(ref.date);
  return fail("I didn't catch the date - try 'april 12' or '4/12'");
}

/** "2027-04-12" → "Apr 12, 2027" for replies. */
export function formatDate(date: IsoDate): string {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  return d.toFormat('LLL d, yyyy');
}
