/**
 * Dates in free text, on the client's calendar. chrono-node reads the expressions ("thursday", "tue-thu",
 * "march 14", "4/12", "next thursday", "dec 1-3", "yesterday"); this file adds what chrono leaves out ("the
 * 14th", "this week" as a span, "for 3 days") and the rules for what a date means in each kind of text: a
 * question looks forward ("thursday" is the next one), a log looks back ("wed" is the last one, never a
 * future day), a trip or an illness is a span from today.
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { addDays, daysBetween, isoWeekday, parseIsoDate, startOfIsoWeek, type IsoDate } from '../../engine/dates.js';
import { countFromWords, fail, MONTH_NAME, normalize, ok, pad2, type ParseResult } from './text.js';
import { weekdayFromWord } from './weekdays.js';
import { WEEKDAY_SPELLINGS } from '../words.js';

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
}

/** The client's calendar date at `now` in their zone: 23:30 in Los Angeles is still that LA date. */
export function localToday(now: Date, zone: string): IsoDate {
  const d = DateTime.fromJSDate(now, { zone });
  return d.isValid ? d.toISODate()! : DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;
}

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  return parseIsoDate(s).success ? s : null;
}

function reference(now: Date, zone: string): chrono.ParsingReference {
  const offset = DateTime.fromJSDate(now, { zone }).offset;
  return { instant: now, timezone: Number.isFinite(offset) ? offset : 0 };
}

/** Words chrono reads as dates that are usually English words ("I sat down", "in the sun", "I may"). */
const AMBIGUOUS = /^(sat|sun|may|mar|march|second|sec|now)$/;
/** chrono reads "one day" as a day from now; said alone it is the idiom "someday". */
const SOMEDAY = /^(?:one|1) day$/;
// "skip sat", "missed sun", "move sat to sun": a day a session is skipped, missed or moved on, never "I sat".
const DATE_LEAD = /\b(on|this|next|by|until|till|til|thru|through|last|from|to|and|or|before|after|since|skip|skipping|skipped|miss|missing|missed|move|moving|moved|swap|swapping|swapped|switch|cancel|drop)\s*$/;

interface Found {
  from: IsoDate;
  to: IsoDate | null;
  index: number;
  length: number;
  /** Only a weekday was named ("thursday"): the caller decides forward or back. */
  weekdayOnly: boolean;
  /** Only a month was named ("in april"): its first day stands in for a day not said. */
  monthOnly?: boolean;
  /** Only a day of the month was named ("the 18th"): the month is this one or the next that has it. */
  dayOnly?: boolean;
}

function componentDate(c: chrono.ParsedComponents): IsoDate | null {
  return iso(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0);
}

/**
 * `t` with its weekday slips spelled out (words.ts WEEKDAY_SPELLINGS) and a map from a position in the spelled
 * text back to `t`, so what chrono finds keeps the client's own indices.
 */
function spellWeekdays(t: string): { text: string; back: (i: number) => number } {
  const edits = WEEKDAY_SPELLINGS.flatMap(([re, full]) => [...t.matchAll(re)].map((m) => ({ at: m.index, from: m[0].length, full })));
  if (edits.length === 0) return { text: t, back: (i) => i };
  edits.sort((a, b) => a.at - b.at);
  let text = '';
  let last = 0;
  for (const e of edits) {
    text += t.slice(last, e.at) + e.full;
    last = e.at + e.from;
  }
  text += t.slice(last);
  const back = (i: number) => {
    let shift = 0;
    for (const e of edits) {
      const start = e.at + shift;
      if (i <= start) break;
      // Inside a spelled-out word: its start or end in the client's word.
      if (i < start + e.full.length) return e.at + Math.min(i - start, e.from);
      shift += e.full.length - e.from;
    }
    return i - shift;
  };
  return { text, back };
}

/** chrono's readings that name a day (not only a clock time), with the ambiguous words filtered out. */
function chronoDates(client: string, now: Date, zone: string, forwardDate: boolean): Found[] {
  const out: Found[] = [];
  const spelled = spellWeekdays(client);
  const t = client;
  // "splits 3:05/3:02/3:00": clocks written with slashes are no "2/3" date (blanked to the same length, so indexes hold).
  const read = spelled.text.replace(/\b\d{1,2}:[0-5]\d(?:\s*\/\s*\d{1,2}:[0-5]\d)+/g, (m) => ' '.repeat(m.length));
  for (const found of chrono.parse(read, reference(now, zone), { forwardDate })) {
    // Positions and words in the client's own text ("tues", not "tuesday").
    const index = spelled.back(found.index);
    const r = { start: found.start, end: found.end, index, text: client.slice(index, spelled.back(found.index + found.text.length)) };
    const s = r.start;
    const names = s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month') || /\b(today|tonight|tomorrow|yesterday|week|weekend|ago|days?)\b/.test(r.text);
    if (!names) continue;
    // "a 10k in under 50 minutes", "finish in 4 hours": a duration (a goal time), not a day.
    if (/\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/.test(r.text) && !/\b(today|tonight|tomorrow|yesterday|days?|weeks?|months?)\b/.test(r.text)) continue;
    const word = r.text.trim();
    // "maybe do a comp one day", "one day I'll run Boston": someday, not tomorrow ("in one day" still counts).
    if (SOMEDAY.test(word) && !/\bin\s*$/.test(t.slice(0, r.index))) continue;
    if (AMBIGUOUS.test(word) && t.trim() !== word && !DATE_LEAD.test(t.slice(0, r.index))) continue;
    // "weekday mornings": any weekday, not the next one chrono picks.
    if (/^weekdays?$/.test(word)) continue;
    // "maybe 3 days?", "3 days": a count (of training days), not three days from now; "in 3 days", "3 days from
    // now", "3 days ago" and "10 days out" are dates.
    if (/^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)$/.test(word) && !/\b(?:in|within|after|about|around)\s*$/.test(t.slice(0, r.index)) && !/^\s*(?:from (?:now|today)|away|out|later|time)\b/.test(t.slice(r.index + r.text.length))) continue;
    // chrono dates "last night" on the server's clock, not the client's (a Houston "last night" at 10:40pm came back
    // as tomorrow): it is always the evening of the client's yesterday.
    const from = /^last night$/.test(word) ? addDays(localToday(now, zone), -1) : componentDate(s);
    if (from === null) continue;
    const to = r.end ? componentDate(r.end) : null;
    out.push({
      from,
      to: to && to >= from ? to : null,
      index: r.index,
      length: r.text.length,
      weekdayOnly: s.isCertain('weekday') && !s.isCertain('day'),
      monthOnly: s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday'),
    });
  }
  return out;
}

/** "the 14th", "on the 3rd": this month when still ahead (or today), else the next month that has it. */
function dayOfMonth(t: string, today: IsoDate): Found | null {
  const m = /\b(?:the |on the |till the |until the |by the )?(\d{1,2})(st|nd|rd|th)\b/.exec(t);
  if (!m) return null;
  // "the 14th of march": a day with its month is chrono's full date, not the next 14th (was Nov 14 said in November).
  if (/^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(t.slice(m.index + m[0].length))) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 31) return null;
  let y = Number(today.slice(0, 4));
  let mo = Number(today.slice(5, 7));
  for (let i = 0; i < 13; i++) {
    const candidate = iso(y, mo, n);
    if (candidate !== null && candidate >= today) return { from: candidate, to: null, index: m.index, length: m[0].length, weekdayOnly: false, dayOnly: true };
    mo += 1;
    if (mo > 12) [mo, y] = [1, y + 1];
  }
  return null;
}

/**
 * chrono already reads a month-day without a year forward ("march 2" said in November is next March). Within
 * `recentPastDays` of today the past one is meant instead ("march 2" said on March 20 is a race that passed).
 */
function recentPast(found: Found, t: string, today: IsoDate, opts: DateOptions): Found {
  if (!opts.recentPastDays || found.weekdayOnly || /\b(19|20)\d{2}\b/.test(t) || found.from <= today) return found;
  const [m, d] = [Number(found.from.slice(5, 7)), Number(found.from.slice(8, 10))];
  for (const y of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) - 1]) {
    const past = iso(y, m, d);
    if (past !== null && past <= today && daysBetween(past, today) <= opts.recentPastDays) return { ...found, from: past };
  }
  return found;
}

/** Counted days chrono misreads: "day after tomorrow" (chrono reads "tomorrow"), "in 3 days", "3 days from now". */
const RELATIVE_DAYS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number]> = [
  [/\b(?:the )?day after (?:tomorrow|tmrw|tmr|tomoro|tomorow)\b|\bovermorrow\b/, () => 2],
  [/\bin (\d{1,2}|two|three|four|five|six) days?\b|\b(\d{1,2}|two|three|four|five|six) days? from (?:now|today)\b/, (m) => countFromWords(m[1] ?? m[2]!) ?? 0],
  [/\b(?:in a|a) week from (?:today|now)\b|\bin a week\b/, () => 7],
];

function relativeDay(t: string, today: IsoDate): DateRef | null {
  for (const [re, days] of RELATIVE_DAYS) {
    const m = re.exec(t);
    if (m) return { kind: 'date', date: addDays(today, days(m)) };
  }
  return null;
}

/**
 * "the week of dec 14": the Monday-to-Sunday week holding the day. "the week before christmas", "the week
 * after the 14th": the seven days up to or from the day, what a client away for the days leading up to
 * Christmas (Fri Dec 18 - Thu Dec 24 in 2026) means, not the Monday-to-Sunday week before Christmas's week.
 */
function weekAroundDay(t: string, now: Date, zone: string): DateRef | null {
  // "a week after christmas" is one day (Jan 1), not a week: only "the week …" / "week of …".
  const m = /(?<!\b(?:a|one|\d+) )\bweek (before|after|of) /.exec(t);
  if (!m) return null;
  const tail = t.slice(m.index + m[0].length);
  const nth = dayOfMonth(tail, localToday(now, zone));
  const day = chronoDates(tail, now, zone, true).find((f) => f.index === 0 && !f.monthOnly) ?? (nth?.index === 0 ? nth : null);
  if (!day) return null;
  const from = m[1] === 'before' ? addDays(day.from, -7) : m[1] === 'after' ? addDays(day.from, 1) : startOfIsoWeek(day.from);
  return { kind: 'range', from, to: addDays(from, 6), label: 'days' };
}

function weekSpans(t: string, today: IsoDate): DateRef | null {
  // "the week after next": the week after next week (before "next week", which "week after next week" holds).
  if (/\bweek after next\b/.test(t)) {
    const from = addDays(startOfIsoWeek(today), 14);
    return { kind: 'range', from, to: addDays(from, 6), label: 'days' };
  }
  if (/\bnext week\b/.test(t)) {
    const from = addDays(startOfIsoWeek(today), 7);
    return { kind: 'range', from, to: addDays(from, 6), label: 'next_week' };
  }
  // "missed last week", "sick all last week": Monday to Sunday of last week (chrono reads one day, a week ago).
  if (/\blast week\b/.test(t)) {
    const from = addDays(startOfIsoWeek(today), -7);
    return { kind: 'range', from, to: addDays(from, 6), label: 'days' };
  }
  if (/\b(this week|the week|rest of the week|week ahead)\b/.test(t)) {
    const from = startOfIsoWeek(today);
    return { kind: 'range', from, to: addDays(from, 6), label: 'this_week' };
  }
  if (/\b(this )?weekend\b/.test(t)) {
    const sunday = isoWeekday(today) === 7;
    const sat = sunday ? today : addDays(today, 6 - isoWeekday(today));
    return { kind: 'range', from: sat, to: sunday ? today : addDays(sat, 1), label: 'weekend' };
  }
  return null;
}

/** Words that may stand between a month and its day: "april, maybe the 18th", "april - i think the 18th". */
const MONTH_THEN_DAY_GAP = /^[\s,.;:()\-–—?!]*(?:(?:maybe|probably|prob|i think|think|like|around|about|on|either|possibly|prolly|i believe)[\s,]*)*$/;

/**
 * "april, maybe the 18th": a month said alone, then a day of the month with only hedges between, is that
 * day in that month (not the 18th of this month, and not April 1).
 */
function inMonthSaid(found: Found[], t: string): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const g = found[i + 1];
    if (f.monthOnly && g?.dayOnly && MONTH_THEN_DAY_GAP.test(t.slice(f.index + f.length, g.index))) {
      const day = Number(/(\d{1,2})/.exec(t.slice(g.index, g.index + g.length))?.[1]);
      const date = iso(Number(f.from.slice(0, 4)), Number(f.from.slice(5, 7)), day);
      if (date !== null) {
        out.push({ from: date, to: null, index: f.index, length: g.index + g.length - f.index, weekdayOnly: false });
        i++;
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The day a holiday falls on in `year` (US: clients name the days their gym closes by the holiday). */
const HOLIDAYS: ReadonlyArray<[RegExp, (year: number) => IsoDate]> = [
  // Thanksgiving: the fourth Thursday of November; Black Friday the day after.
  [/\bblack friday\b/, (y) => addDays(fourthThursdayOfNovember(y), 1)],
  [/\bthanksgiving(?: day)?\b/, (y) => fourthThursdayOfNovember(y)],
  [/\bchristmas eve\b|\bxmas eve\b/, (y) => `${y}-12-24` as IsoDate],
  [/\b(?:christmas|xmas)(?: day)?\b/, (y) => `${y}-12-25` as IsoDate],
  [/\bnew year'?s eve\b|\bnye\b/, (y) => `${y}-12-31` as IsoDate],
  [/\bnew year'?s day\b/, (y) => `${y}-01-01` as IsoDate],
];
function fourthThursdayOfNovember(y: number): IsoDate {
  const first = `${y}-11-01` as IsoDate;
  return addDays(first, ((4 - isoWeekday(first) + 7) % 7) + 21);
}
/**
 * "my gym is closed thanksgiving", "off christmas eve": the holiday as its date (the next one, today included),
 * so every date reader sees a day (was read as today, or as nothing).
 */
function withHolidayDates(t: string, today: IsoDate): string {
  let out = t;
  for (const [re, day] of HOLIDAYS) {
    if (!re.test(out)) continue;
    const y = Number(today.slice(0, 4));
    const d = day(y) >= today ? day(y) : day(y + 1);
    out = out.replace(re, `${MONTH_NAMES[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))} ${d.slice(0, 4)}`);
  }
  return out;
}

/**
 * The first date expression in `text`, looking forward as a question does: "thursday" is the next Thursday
 * (today included), "next thursday" the one in next week, "the 14th" the next 14th, "april 12" the next April
 * 12 (see `recentPastDays`), "yesterday" yesterday; "this week", "next week", "this weekend" and "tue-thu"
 * are spans.
 */
export function findDateRef(text: string, now: Date, zone: string, opts: DateOptions = {}): DateRef | null {
  const today = localToday(now, zone);
  const t = withHolidayDates(normalize(text), today);
  const relative = relativeDay(t, today);
  if (relative) return relative;
  const around = weekAroundDay(t, now, zone);
  if (around) return around;
  const span = weekSpans(t, today);
  const all = inMonthSaid([...chronoDates(t, now, zone, true), ...[dayOfMonth(t, today)].filter((f): f is Found => f !== null)].sort((a, b) => a.index - b.index), t);
  // "half in april (april 18?)": a month said alone, then a day in it, is that day.
  const found = all.filter((f) => !(f.monthOnly && all.some((g) => g.index > f.index && !g.monthOnly && !g.weekdayOnly && g.from.slice(0, 7) === f.from.slice(0, 7))));
  const first = found.find((f) => !(span && !f.to && !f.weekdayOnly && /\bweek/.test(t.slice(f.index, f.index + f.length))));
  if (span && (!first || /\b(next|this|last) week\b|\bweekend\b/.test(t))) {
    // "tue-thu next week" is the days named inside next week, not the whole week.
    // chrono reads each weekday on its own ("tue" this week, "thu" next week): place both inside the span.
    if (first?.to && span.kind === 'range' && span.label === 'next_week') {
      const inSpan = (d: IsoDate) => addDays(span.from, isoWeekday(d) - 1);
      const [from, to] = [inSpan(first.from), inSpan(first.to)];
      return { kind: 'range', from, to: to >= from ? to : addDays(to, 7), label: 'days' };
    }
    if (first?.to) return { kind: 'range', from: first.from, to: first.to, label: 'days' };
    // "thursday next week", "next week tuesday": that one day inside the week named.
    if (first?.weekdayOnly && span.kind === 'range' && span.label !== 'weekend') {
      const date = addDays(span.from, isoWeekday(first.from) - 1);
      // On a Sunday the week that ends today has nothing left to plan: "tue instead of mon this week" is the
      // coming week's Tuesday, never the one five days gone.
      return { kind: 'date', date: span.label === 'this_week' && isoWeekday(today) === 7 && date < today ? addDays(date, 7) : date };
    }
    return span;
  }
  if (!first) return null;
  const f = recentPast(first, t, today, opts);
  if (f.to) return { kind: 'range', from: f.from, to: f.to, label: 'days' };
  return { kind: 'date', date: f.from };
}

/**
 * The day a log is about: "yesterday", "wed", "forgot to log wed", "on the 14th", "2 days ago". Always today
 * or earlier: a weekday is the most recent one (a week back when it is today's name and the text says
 * "last" or "forgot"), a day of the month later than today is last month's. Null when no day is named.
 */
export function findPastDate(text: string, now: Date, zone: string): IsoDate | null {
  const t = normalize(text);
  const today = localToday(now, zone);
  const nth = /\b(?:the |on the )?(\d{1,2})(st|nd|rd|th)\b/.exec(t);
  // "ran 4 mi this am, legs heavy from yday": a day the soreness comes from is no day of the log.
  const found = chronoDates(t, now, zone, false).find((f) => !/\b(?:from|since) (?:my |the |our )?$/.test(t.slice(Math.max(0, f.index - 12), f.index)));
  let date: IsoDate | null = found?.from ?? null;
  if (!found && nth) {
    const n = Number(nth[1]);
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    date = iso(y, m, n);
    if (date !== null && date > today) date = m === 1 ? iso(y - 1, 12, n) : iso(y, m - 1, n);
  }
  if (date === null) return null;
  // "skip tomorrow", "tonight", "next friday": a day ahead said so is no past day (was last week's same weekday).
  // "got a 10k this sat" on a Friday: the Saturday ahead (was last Saturday's 10k logged).
  if (found && date > today && /\bthis\s+$/.test(t.slice(0, found.index))) return null;
  if (found && date > today && /\b(tomorrow|tmrw|tmr|tonight|next|coming|upcoming)\b/.test(t.slice(Math.max(0, found.index - 14), found.index + found.length))) return null;
  let d: IsoDate = date;
  if (found?.weekdayOnly) {
    const wd = isoWeekday(d);
    d = addDays(today, -((isoWeekday(today) - wd + 7) % 7));
    if (d === today && /\b(last|forgot|never logged|didn'?t log)\b/.test(t)) d = addDays(today, -7);
    // "skipped wed last week" on a Friday: that weekday inside last week, not this week's Wednesday.
    if (/\blast week\b/.test(t)) d = addDays(today, wd - isoWeekday(today) - 7);
  }
  while (d > today) {
    // A month-day read as this year's but ahead of today ("march 3" said in February) is last year's.
    const back: IsoDate | null = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(t) ? iso(Number(d.slice(0, 4)) - 1, Number(d.slice(5, 7)), Number(d.slice(8, 10))) : addDays(d, -7);
    if (back === null) return null;
    d = back;
  }
  return d;
}

export interface DateSpan {
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * The days a trip, an illness or a break covers, from today: "till thursday" (today to Thursday), "tue-thu"
 * (the coming Tuesday to Thursday), "next week" (Monday to Sunday), "this week" (today to Sunday), "for 3
 * days" (today and the next two), "monday" (that day), "until the 14th". Null when no day is named.
 */
export function findDateSpan(text: string, now: Date, zone: string): DateSpan | null {
  const t = normalize(text);
  const today = localToday(now, zone);
  const forN = /\bfor (?:the next )?(\d+|a|one|two|three|four|five|six|seven|ten|a couple of|a few) (day|week)s?\b/.exec(t);
  if (forN) {
    const n = countFromWords(forN[1]!) ?? 1;
    // "flying to tokyo tmrw for 10 days", "leaving sat for 2 weeks": the days run from the day said they start,
    // not from today (was a day early, or the trip's first days lost).
    const start = findDateRef(t.replace(forN[0], ' '), now, zone);
    const from = start?.kind === 'date' && start.date > today && start.date <= addDays(today, 60) ? start.date : today;
    return { from, to: addDays(from, (forN[2] === 'week' ? n * 7 : n) - 1) };
  }
  const listed = listedWeekdaySpan(t, now, zone);
  if (listed) return listed;
  // "the day before", "the night before": a day said relative to another, not the end of a span.
  const until = /\b(?:until|till|til|thru|through|up to|(?<!\b(?:day|night|week|morning|evening) )before(?! (?:that|it|then)\b))\b/.exec(t);
  const ref = findDateRef(t, now, zone);
  if (ref === null) return null;
  if (ref.kind === 'range') {
    const from = ref.label === 'this_week' ? today : ref.from;
    // "this wknd thru mon": the span runs on to the day after the "thru" (was the weekend alone).
    const after = until && until.index > 0 ? findDateRef(t.slice(until.index + until[0].length), now, zone) : null;
    if (after?.kind === 'date' && after.date > ref.to) return { from, to: /\b(thru|through)\b/.test(until![0]) ? after.date : addDays(after.date, -1) };
    return { from, to: ref.to };
  }
  if (until && ref.date >= today) {
    // "fri thru sunday", "skip fri, flying to denver thru sunday": a day named before the "thru" is the first
    // day and the one after it the last (read as "today to friday", the trip's weekend was lost).
    const before = findDateRef(t.slice(0, until.index), now, zone);
    const afterText = t.slice(until.index + until[0].length);
    // A weekday right after the "thru" is the first such day after the one before it, as in a listed span
    // (listedWeekdaySpan): "tue thru thu" said on a Wednesday ends on the Thursday after that Tuesday, not
    // tomorrow, and "thurs thru sun for a wedding" on that Sunday (a bare "sun" the date reader leaves unread
    // there: both trips were read as today to the first day).
    const leading = LEADING_WEEKDAY.exec(afterText);
    const lastDay = leading ? weekdayFromWord(leading[1]!) : null;
    const after: DateRef | null =
      before?.kind !== 'date' ? null : lastDay !== null ? { kind: 'date', date: addDays(before.date, (lastDay - isoWeekday(before.date) + 7) % 7 || 7) } : findDateRef(afterText, now, zone);
    const span = before?.kind === 'date' && after?.kind === 'date' && after.date >= before.date ? { from: before.date, last: after.date } : { from: today, last: ref.date };
    // "till thursday": the last day off is the day before, unless the text says "through".
    const through = /\b(thru|through)\b/.test(until[0]);
    return { from: span.from, to: through || span.last === span.from ? span.last : addDays(span.last, -1) };
  }
  return { from: ref.date, to: ref.date };
}

/** A weekday as clients write it ("tues", "thurs", "saturday", "mondays"). */
export const WEEKDAY_WORD = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?`;
/** A text that starts with a weekday (what follows a "thru"). */
const LEADING_WEEKDAY = new RegExp(String.raw`^\s*(?:the\s+)?(${WEEKDAY_WORD})\b`);
/** Two or more weekdays joined as a list: "thurs and fri", "tue, wed & thu", "sat + sun". */
const WEEKDAY_LIST = new RegExp(String.raw`\b${WEEKDAY_WORD}(?:(?:\s*[,&+]\s*(?:and\s+)?|\s+(?:and|n)\s+)${WEEKDAY_WORD})+\b`);

/**
 * "taking thurs and fri off", "hotel tue & wed": the days listed, from the first to the last (each the next
 * such day from today, as a lone weekday is). Null when no such list is said or it spans more than a week.
 */
function listedWeekdaySpan(t: string, now: Date, zone: string): DateSpan | null {
  const list = WEEKDAY_LIST.exec(t);
  if (!list) return null;
  const words = [...list[0].matchAll(new RegExp(String.raw`\b${WEEKDAY_WORD}\b`, 'g'))].map((m) => m[0]);
  const days = words.map((w) => weekdayFromWord(w)!);
  const first = findDateRef(words[0]!, now, zone);
  if (first?.kind !== 'date' || isoWeekday(first.date) !== days[0]) return null;
  // Each later day is the next one after the day before it: "sat n sun" said on a Sunday is next weekend.
  let to = first.date;
  for (const day of days.slice(1)) to = addDays(to, (day - isoWeekday(to) + 7) % 7 || 7);
  return daysBetween(first.date, to) <= 6 ? { from: first.date, to } : null;
}

/** One calendar date from text, for answers that must name a day (a race date). */
export function parseDate(text: string, now: Date, zone: string, opts: DateOptions = {}): ParseResult<IsoDate> {
  const ref = findDateRef(text, now, zone, opts);
  if (ref?.kind === 'date') return ok(ref.date);
  return fail("I didn't catch the date - try 'april 12' or '4/12'");
}

/** "2027-04-12" → "Apr 12, 2027" for replies. */
export function formatDate(date: IsoDate): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat('LLL d, yyyy');
}

/** "2027-04-12" → "Mon Apr 12" for replies about days near today. */
export function formatDay(date: IsoDate): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en').toFormat('ccc LLL d');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_WORD = new RegExp(String.raw`\b(${MONTH_NAME})\b`);
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };
const WEEKDAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** A calendar month, e.g. { year: 2027, month: 10 }. */
export interface YearMonth {
  year: number;
  month: number;
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3) as (typeof MONTHS)[number]) + 1;
}

/** The next month named `month` that is still wholly ahead: this month is over for planning, so it is next year's. */
function nextMonth(month: number, today: IsoDate): YearMonth {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return { year: month > m ? y : y + 1, month };
}

/**
 * Seasons as race months (northern hemisphere, where the calendar's races are): a season alone is its middle
 * month, "early" and "late" its first and last. "this spring" said in April is still this spring: the next
 * month of it still ahead.
 */
const SEASONS: Record<string, { early: number; mid: number; late: number }> = {
  spring: { early: 3, mid: 4, late: 5 },
  summer: { early: 6, mid: 7, late: 8 },
  fall: { early: 9, mid: 10, late: 11 },
  autumn: { early: 9, mid: 10, late: 11 },
  winter: { early: 12, mid: 1, late: 2 },
};
const SEASON_WORD = new RegExp(`\\b(?:(early|mid|late|end of(?: the)?|beginning of(?: the)?|start of(?: the)?)\\s+)?(?:(next|this|the|coming)\\s+)?(${Object.keys(SEASONS).join('|')})\\b(?:\\s+((?:19|20)\\d\\d))?`);

/** A season said for a race ("this spring", "late summer", "next fall 2027"): its month and the words said. */
export function findSeason(text: string, now: Date, zone: string): { month: YearMonth; said: string } | null {
  const t = normalize(text);
  const m = SEASON_WORD.exec(t);
  // "i fall a lot", "had a fall": the verb or a stumble; fall the season comes with a word ("late fall", "next fall", "in fall").
  if (!m || (m[3] === 'fall' && !m[1] && !m[2] && !m[4] && !/\b(?:in|by|for|around|until|till)\s+fall\b/.test(t))) return null;
  const season = SEASONS[m[3]!]!;
  const part = m[1] ? (/^(early|beginning|start)/.test(m[1]) ? 'early' : /^mid/.test(m[1]) ? 'mid' : 'late') : 'mid';
  const month = season[part];
  const said = m[0].replace(/^the\s+/, '');
  if (m[4]) return { month: { year: Number(m[4]), month }, said };
  const today = localToday(now, zone);
  const current = Number(today.slice(5, 7));
  const months = [season.early, season.mid, season.late];
  // Said during the season ("this spring" in April): a month of it still ahead this year, unless "next".
  if (months.includes(current) && m[2] !== 'next') {
    const ahead = months.slice(months.indexOf(current) + 1);
    const pick = ahead.find((x) => x === month) ?? ahead.find((x) => x > month) ?? ahead.at(-1);
    if (pick !== undefined) return { month: { year: Number(today.slice(0, 4)) + (pick < current ? 1 : 0), month: pick }, said };
  }
  const next = nextMonth(month, today);
  // "next spring" said in April: the spring after this one.
  return { month: months.includes(current) && m[2] === 'next' && next.year === Number(today.slice(0, 4)) ? { year: next.year + 1, month } : next, said };
}

/**
 * A month named without a day: "next october", "in october", "october 2027", "oct". The year is the one
 * written, else the next October still ahead (said in November 2026, "october" and "next october" are both
 * October 2027). Null when a day is named too ("oct 10", "10/10", "the 2nd sunday in april") or no month is.
 */
export function findMonthOnly(text: string, now: Date, zone: string): YearMonth | null {
  return findMonthOrSeason(text, now, zone)?.month ?? null;
}

/** `findMonthOnly`, saying when the month came from a season ("late summer"): that month is a guess to confirm. */
export function findMonthOrSeason(text: string, now: Date, zone: string): { month: YearMonth; season: string | null } | null {
  const t = normalize(text);
  // "in 10 months": that month, not a day counted to the date.
  const ahead = /\bin (\d{1,2}|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months?\b/.exec(t);
  if (ahead) {
    const n = countFromWords(ahead[1]!)!;
    const d = DateTime.fromISO(localToday(now, zone), { zone: 'utc' }).plus({ months: n });
    return { month: { year: d.year, month: d.month }, season: null };
  }
  const m = MONTH_WORD.exec(t);
  if (!m) {
    const season = findSeason(t, now, zone);
    return season ? { month: season.month, season: season.said } : null;
  }
  // "may" is usually the verb: only with a cue ("in may", "may 2027", "next may") or alone.
  if (m[1] === 'may' && !/\b(in|next|this|late|early|mid|end of|until|by) may\b|\bmay (19|20)\d\d\b/.test(t) && t.trim() !== 'may') return null;
  const around = t.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8);
  if (/\d{1,2}(st|nd|rd|th)?\s*(of\s+)?$/.test(t.slice(0, m.index)) || /^\s*(\d{1,2})(st|nd|rd|th)?\b(?!\d)/.test(t.slice(m.index + m[0].length).replace(/^\s*(19|20)\d\d\b/, 'YEAR'))) return null;
  // "a half in may (may 16)", "in october - october 10th": the month named again with its day is a date.
  const withDay = new RegExp(String.raw`\b${m[1]}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:mi|miles?|k|km|min|mins|minutes|hours?|hrs?|weeks?|days?)\b)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${m[1]}\b`);
  if (withDay.test(t.slice(m.index + m[0].length))) return null;
  // "the first sunday in may" is a day; "my first marathon in may" is the month.
  if (/\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekend)\s+(in|of)\s*$/.test(t.slice(0, m.index)) || /\d\/\d/.test(around)) return null;
  const month = monthNumber(m[1]!);
  const year = /\b((?:19|20)\d\d)\b/.exec(t.slice(m.index));
  if (year) return { month: { year: Number(year[1]), month }, season: null };
  const today = localToday(now, zone);
  const coming = nextMonth(month, today);
  // "next december" said in late November is the December after this one: "next" skips the month at hand
  // (this month or the one starting within days), as "this december" would name it.
  const soon = coming.year * 12 + coming.month - (Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7))) <= 1;
  if (soon && /\bnext\s*$/.test(t.slice(0, m.index))) return { month: { year: coming.year + 1, month }, season: null };
  return { month: coming, season: null };
}

/** The `n`th ISO weekday (1 = Monday) of a month; `n` = -1 is the last one. Null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): IsoDate | null {
  if (n === -1) {
    const lastDay = DateTime.utc(year, month, 1).endOf('month').day;
    const last = iso(year, month, lastDay)!;
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = iso(year, month, 1);
  if (first === null) return null;
  const d = addDays(first, (weekday - isoWeekday(first) + 7) % 7 + (n - 1) * 7);
  return Number(d.slice(5, 7)) === month ? d : null;
}

/**
 * "the 2nd sunday in april", "third monday of april 2027", "last sunday in october": the next such day on
 * or after today (this year's when still ahead, else next year's), or the year written.
 */
export function findNthWeekday(text: string, now: Date, zone: string): IsoDate | null {
  const t = normalize(text);
  const m = /\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?:in|of)\s+([a-z]+)(?:\s+((?:19|20)\d\d))?\b/.exec(t);
  if (!m || !MONTH_WORD.test(m[3]!)) return null;
  const [n, weekday, month] = [ORDINALS[m[1]!]!, WEEKDAYS[m[2]!]!, monthNumber(m[3]!)];
  if (m[4]) return nthWeekdayOfMonth(Number(m[4]), month, weekday, n);
  return nextNthWeekday(month, weekday, n, localToday(now, zone));
}

/** The next `n`th `weekday` of `month` on or after `today`: this year's when still ahead, else next year's. */
export function nextNthWeekday(month: number, weekday: number, n: number, today: IsoDate): IsoDate | null {
  const y = Number(today.slice(0, 4));
  const thisYear = nthWeekdayOfMonth(y, month, weekday, n);
  return thisYear !== null && thisYear >= today ? thisYear : nthWeekdayOfMonth(y + 1, month, weekday, n);
}

/**
 * A day of a month already known. As the whole `answer` to "which day?" ("the 10th", "10", "oct 10", "october
 * 10th"); inside a `sentence` ("race got moved to the 15th"), an ordinal day with no month or date named beside
 * it (a month there is a date of its own: the caller reads it). That day in that month; null when the text
 * names another month or no day, or the day is not in the month.
 */
export function dayInMonth(text: string, ym: YearMonth, where: 'answer' | 'sentence' = 'answer'): IsoDate | null {
  if (where === 'sentence') {
    const s = normalize(text);
    if (MONTH_WORD.test(s) || /\d\/\d|\b(next|this) month\b/.test(s)) return null;
    const m = /\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(s);
    return m ? iso(ym.year, ym.month, Number(m[1])) : null;
  }
  const t = normalize(text).replace(/\b(it'?s|its|on|the|race is|race day is|day)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const named = MONTH_WORD.exec(t);
  if (named && monthNumber(named[1]!) !== ym.month) return null;
  const rest = t.replace(MONTH_WORD, ' ').replace(/\b(19|20)\d\d\b/, ' ').replace(/[,.!]/g, ' ').replace(/\s+/g, ' ').trim();
  const d = /^(?:of )?(\d{1,2})(?:st|nd|rd|th)?(?: of)?$/.exec(rest);
  return d ? iso(ym.year, ym.month, Number(d[1])) : null;
}

/** "2027-10-10" → { year: 2027, month: 10 }. */
export function monthOf(date: IsoDate): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** { year: 2027, month: 10 } → "October 2027". */
export function formatMonth(ym: YearMonth): string {
  return DateTime.utc(ym.year, ym.month, 1).setLocale('en').toFormat('LLLL yyyy');
}
