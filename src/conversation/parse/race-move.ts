/**
 * "race got moved to the 14th", "my race is now april 20", "race date changed to may 3rd", "the half got
 * pushed back a week": the client's race is on another day. Read as a new date, or as a shift in days from the
 * plan's race date (which only the handler knows).
 */
import { findDateRef, localToday } from './dates.js';
import { findRaceDistance } from './race.js';
import { countFromWords, normalize } from './text.js';

/** The race itself, not a run: "race", "race day", "the half", "my marathon", "the 10k". */
const RACE_NOUN = /\b(race|race day|event)\b/;
/** Words that say the day changed (a question like "when is my race" has none of them). */
const MOVED = /\b(moved?|moving|changed?|changing|pushed|push(?:ing)?|postponed|rescheduled|bumped|delayed|shifted|brought forward|moved up|is now|now on|now the|new date|got cancelled and moved)\b/;
/**
 * "12/5 is my race", "my race is dec 5": the race's day told by its date (said again or new; the handler says which).
 * Not "when is my race", which names no date, nor "my race is in 3 weeks" (MOVED's shift reads that).
 */
const DATED = /\b(?:is|'?s) (?:my|the) race(?: day)?\b|(?:^|\b(?:my|the) )race(?: day)?(?: is|'?s) (?:on )?(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?,? )?(?:the )?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/;
/** A run logged or planned ("ran the half", "long run moved to sunday") is not the race moving. */
const NOT_THE_RACE = /\b(ran|raced|finished|did|run|runs|tempo|intervals?|shakeout|session|workout|lift|training days?)\b/;
const LATER = /\b(back|out|later|postponed|delayed)\b/;
const EARLIER = /\b(forward|up|earlier|sooner)\b/;
const SHIFT = /\b(?:by )?(a|an|one|two|three|four|five|six|\d{1,2}) (weeks?|days?)\b/;

export type RaceDateMove = { date: string; shiftDays: null } | { date: null; shiftDays: number };

export function raceDateMove(text: string, now: Date, zone: string): RaceDateMove | null {
  const t = normalize(text);
  if (!(RACE_NOUN.test(t) || findRaceDistance(t) !== null) || !(MOVED.test(t) || DATED.test(t)) || NOT_THE_RACE.test(t)) return null;
  return eventDayMove(t, now, zone);
}

/**
 * The new day a text gives an event already known to move (a race, a meet): a shift ("pushed back 2 weeks",
 * "moved up a week") or a day named ("moved to march 14"). Null for a past event or no day. `t` is normalized.
 */
export function eventDayMove(t: string, now: Date, zone: string): RaceDateMove | null {
  if (/\b(ago|last (?:week|month)|yesterday)\b/.test(t)) return null;
  const shift = SHIFT.exec(t);
  if (shift && (LATER.test(t) || EARLIER.test(t))) {
    const n = /^an?$/.test(shift[1]!) ? 1 : (countFromWords(shift[1]!) ?? Number(shift[1]));
    const days = n * (shift[2]!.startsWith('week') ? 7 : 1);
    return days > 0 ? { date: null, shiftDays: EARLIER.test(t) && !LATER.test(t) ? -days : days } : null;
  }
  const nth = weekdayTheNth(t, localToday(now, zone));
  if (nth) return { date: nth, shiftDays: null };
  // "now" would read as today: the day named is what follows the change.
  const ref = findDateRef(t.replace(/\b(now|today|again)\b/g, ' '), now, zone);
  return ref?.kind === 'date' ? { date: ref.date, shiftDays: null } : null;
}

const WEEKDAY_NTH = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*,? (?:the )?(\d{1,2})(?:st|nd|rd|th)\b/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * "race is monday the 18th": the next 18th that is a Monday (Jan 18, 2027 from late 2026), never this Monday nor a
 * date the weekday contradicts. Null when no such day comes within 14 months, or no weekday with an Nth is said.
 */
function weekdayTheNth(t: string, today: string): string | null {
  const m = WEEKDAY_NTH.exec(t);
  if (!m) return null;
  const weekday = WEEKDAYS.indexOf(m[1]!);
  const day = Number(m[2]);
  const [y, mo] = today.split('-').map(Number) as [number, number];
  for (let k = 0; k <= 14; k++) {
    const d = new Date(Date.UTC(y, mo - 1 + k, day));
    if (d.getUTCDate() !== day) continue;
    const iso = d.toISOString().slice(0, 10);
    if (iso >= today && d.getUTCDay() === weekday) return iso;
  }
  return null;
}
