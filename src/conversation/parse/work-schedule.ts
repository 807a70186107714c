/**
 * A client's work told at onboarding: the days they work ("I work nights Mon-Wed", "on shift tue thu", "work
 * weekends") are not training days, and a rotating schedule ("I work 3 twelves, the days change every week",
 * "rotating shifts", "my schedule varies") has no fixed days at all. Read per clause, so "I work Mon-Wed, can
 * train the other days" keeps its second clause for the days question.
 */
import type { IsoWeekday } from '../../engine/vocabulary.js';
import { findWeekdays } from './weekdays.js';

export interface WorkSchedule {
  /** Days named as work days (empty for a rotating schedule). */
  days: IsoWeekday[];
  /** Night shifts ("nights mon-wed", "overnights"). */
  nights: boolean;
  /** The days change from week to week. */
  rotating: boolean;
}

/** Words that make a clause about work, not training. */
const WORK = /\b(i work|work|works|working|shifts?|on shift|nights|night shift|overnights?|twelves|12s|12 hour|twelve hour|on call|doubles|nurse|nursing|firefighter|paramedic)\b/;
/** Words that make a clause about the client's own training even with "work" in it ("workout", "can work out"). */
const TRAINING = /\b(work ?out\w*|train\w*|lift\w*|gym|run\w*|free|available|off)\b/;
/** The days change each week. */
const ROTATING = /\b(rotat(?!ors?\b)\w*|(?:days?|schedule|shifts?|hours) (?:change|changes|changing|vary|varies|rotate|rotates|switch(?:es)?|move|moves|are different|is different|are never the same|is never the same)|(?:changes?|varies|different) (?:every|each|week to week|from week)|different days? (?:every|each)|no (?:set|fixed|regular) (?:days|schedule)|not the same days|never the same days?|all over the place)\b/;
const SHIFT = /\b(nights|night shifts?|overnights?|graveyard|shifts?|on shift|twelves|12s|12 hour|twelve hour|on call|doubles)\b/;
const NIGHTS = /\b(nights|night shifts?|overnights?|graveyard)\b/;

export function clauses(t: string): string[] {
  return t.split(/[,;.!?\n]|\bbut\b|\bso\b/).map((c) => c.trim()).filter(Boolean);
}

/**
 * Work as a time of day ("mon wed fri before work", "after work works best", "at lunch at work"): when they
 * train around their job, not the days they work, so those days stay training days. So do days said to suit
 * ("tue thu sat sun works", "mon wed fri would work"): "works" ending a clause is not "I work".
 */
const WORK_AS_TIME =
  /\b(?:cause|because|cuz|coz|bc|b\/c|due to) (?:of )?(?:my )?(?:work|job)\b|\b(?:before|after|around|at|from|to|post|pre|till|until)[- ]work\b|\bworks? (?:best|for me|fine|great|well)\b|\b(?:works|(?:would|should|could|might|will) work)\b(?=\s*(?:$|[,.;!?)]|(?:too|also|ok|okay|fine|better|for|though)\b))/g;

/** Work away from home for some days ("a work trip to NYC tue-thu", "work conference next week"): a trip, not work days. */
const WORK_TRIP = /\b(?:work|business) (?:trip|travel|conference|offsite|off-site|retreat)s?\b|\b(?:trip|travel\w*|away|conference|offsite|hotel)\b.*\bfor work\b|\bfor work\b.*\b(?:trip|travel\w*|away|hotel)\b/;

/** A clause that says when the client works, or is about a rotating schedule. */
export function isWorkClause(c: string): boolean {
  if (WORK_TRIP.test(c)) return false;
  const work = c.replace(/\bwork ?out\w*/g, ' ').replace(WORK_AS_TIME, ' ');
  return (WORK.test(work) && !TRAINING.test(c.replace(/\boff\b.*$/, ''))) || ROTATING.test(c);
}

export function findWorkSchedule(t: string): WorkSchedule | null {
  const work = clauses(t).filter(isWorkClause);
  if (work.length === 0) return null;
  const rotating = work.some((c) => ROTATING.test(c));
  const nights = work.some((c) => NIGHTS.test(c));
  // Shifts (nights, twelves, on call) take the day; a day job ("I work mon-fri 9-5") leaves mornings and evenings.
  const named = [...new Set(work.flatMap((c) => findWeekdays(c)))].sort((a, b) => a - b);
  const days = rotating || !(work.some((c) => SHIFT.test(c)) || named.length <= 3) ? [] : named;
  if (!rotating && days.length === 0) return null;
  return { days, nights, rotating };
}

/**
 * The text without its work clauses, so "I work Mon-Wed" never reads as training days, and without work as a
 * time of day, so "mon wed fri before work" reads as those days rather than as a training window alone.
 */
export function withoutWork(t: string): string {
  const work = clauses(t).filter(isWorkClause);
  let out = t.replace(WORK_AS_TIME, ' ');
  for (const c of work) out = out.replace(c, ' ');
  return out;
}

/**
 * When in the day they can train ("I can only work out before 7am on weekdays, weekends anytime", "evenings
 * only", "only at lunch"): the sentence as said, kept and said back; null when none.
 */
// "mon wed fri, usually at 5:30am": a clock said as the client's habit is when they train (the text comes before it).
const HABIT_VERB = String.raw`(?:go(?: to the gym)?|train|lift|work ?out|start|get to the gym|hit the gym|run)`;
const HABIT_CLOCK = String.raw`\b(?:(?:i\s+)?(?:usually|normally|typically|always)(?:\s+${HABIT_VERB})?|i\s+${HABIT_VERB})\s+(?:(?:at|around|about|by)\s+)?\d{1,2}(?::\d\d)?\s*(?:ish\s*)?am\b`;
const WINDOW = /\b(?:before|after|until|till|by)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|work|noon|the kids|school)\b|\b(?:mornings?|evenings?|nights?|lunch(?: ?time)?|early) only\b|\bonly (?:in the |at |on )?(?:mornings?|evenings?|lunch(?: ?time)?|nights?|early|late)\b/;
const WINDOW_OR_HABIT = new RegExp(`${WINDOW.source}|${HABIT_CLOCK}`);
/** The text without a habitual clock ("usually at 5:30am"): what is left is read for days, which the clock names none of. */
export function withoutHabitClock(t: string): string {
  return t.replace(new RegExp(HABIT_CLOCK, 'g'), ' ');
}
/**
 * A sentence with its time window taken out ("mon wed fri, I can only train before 7am" -> "mon wed fri, I can only
 * train"), "3 days, mornings only" -> "3 days": the days said beside a window are still the days. Only day names and
 * a count count there: "before 7am on weekdays,
 * weekends anytime" says when in the day, not which days to plan, so it leaves nothing.
 */
export function daysBesideWindow(sentence: string): string {
  const rest = withoutHabitClock(sentence.replace(new RegExp(WINDOW.source, 'g'), ' ').replace(new RegExp(AROUND_CLOCK.source, 'gi'), ' '))
    .replace(/\b(?:on\s+)?(?:weekdays?|weekends?|week ?days|week ?ends|every ?day|everyday|daily|anytime|any time)\b/g, ' ')
    .replace(/\b\d{1,2}(?::\d\d)?\s*(?:ish\s*)?(?:am|pm)\b/g, ' ');
  return findWeekdays(rest).length > 0 || /\b\d\s*(?:days?|x|times)\b/.test(rest) ? rest : '';
}
// "usually 5ish am before work": a clock beside "before work" is when they train, whatever verb is missing. So is a
// window beside the days or a count ("mon wed fri before 7am", "3x a week before 6"): the days answer says when they train.
const ABOUT_TRAINING = /\b(work ?out|train\w*|lift\w*|gym|exercise|run|can|only|free)\b|\b\d{1,2}(?::\d\d)?\s*(?:ish)?\s*am\b.*\bbefore work\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d\s*(?:days?|x|times)\b|\b(?:has|have|needs?|got|gotta) (?:to )?be\b/;
const ABOUT_TRAINING_OR_HABIT = new RegExp(`${ABOUT_TRAINING.source}|${HABIT_CLOCK}`);
/**
 * "mon wed fri around 6", "tue thu at 6ish", "usually about 5:30": a clock said roughly, beside the days or a habit.
 * Never an amount ("about 15 miles", "at 8 rpe", "about 5'10"), and only beside words of when (TIME_CONTEXT).
 */
export const AROUND_CLOCK =
  /\b(?:around|about|at|@|~|by)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:ish\b|am\b|pm\b|o'?clock\b)?(?![\d'’:.])(?!\s*(?:k|km|kms|mi|miles?|min|mins|minutes|hours?|hrs?|h|lbs?|kgs?|kilos|pounds|x|reps?|sets?|rpe|rir|%|percent|days?|times|weeks?|wks?|months?|years?|yrs?|plates?|mph|pace|\/|[-–]\s*\d))|\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*-?ish\b(?!\s*(?:k|km|mi|miles?|min|mins|minutes|hours?|lbs?|kgs?|x|reps?|days?|times|weeks?))/i;
// The days ("mon wed fri around 6", "3x a week at 6ish") or a habit ("usually about 6", "mornings around 6"); never a
// run told ("ran 8k at 5:50 this morning": its pace) nor a time offered for the text ("how about 6am?").
const TIME_CONTEXT = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d\s*(?:days?|x|times)\b|\b(?:usually|normally|typically|mornings|evenings|nights)\b/i;
const NOT_HABIT = /\b(?:ran|did|jogged|raced|went|yesterday|today|this morning|last night|tonight|how about|what about)\b|\?/i;
function saysRoughClock(s: string): boolean {
  return AROUND_CLOCK.test(s) && TIME_CONTEXT.test(s) && !NOT_HABIT.test(s);
}

export function findTimeWindow(raw: string): string | null {
  const found = raw.split(/(?<=[.!?;\n])\s*/).map((s) => s.trim()).filter((s) => ((WINDOW_OR_HABIT.test(s.toLowerCase()) && ABOUT_TRAINING_OR_HABIT.test(s.toLowerCase())) || saysRoughClock(s)) && !/\b(texts?|texting|send|sending|messages?|msgs?|remind\w*|notifications?)\b/i.test(s));
  return found.length ? found.map((s) => aboutWhen(s).replace(/[.!;]+$/, '')).join('; ') : null;
}

// "mon wed fri after work around 6pm, gym at my job has everything": the window is said back without the clauses
// that say nothing of when ("gym at my job has everything" is the kit, read by its own slot); "weekends anytime" stays.
const WHEN = /\b(?:before|after|until|till|around|about|between)\b|\d\s*(?:am|pm|-?ish)\b|\b(?:at|@|~)\s*\d|\b(?:mornings?|evenings?|nights?|lunch(?: ?time)?|noon|weekends?|weekdays?|anytime|any time|early|late|days?|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\w*\b/i;
// "monday wednesday friday, usually at 5:30am": the days alone are said back by the days' own line.
const DAYS_ONLY = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?[\s,&]*|and\s+)+$/i;
// A time of day, not only days: "i can do 3 days, mon wed and fri work best, usually before the kids wake up" is
// said back as "usually before the kids wake up" (the count and the days have their own lines).
const TIME_OF_DAY = /\b(?:before|after|until|till|around|between)\b|\d\s*(?:am|pm|-?ish)\b|\b(?:at|@|~)\s*\d|\b(?:mornings?|evenings?|nights?|lunch(?: ?time)?|noon|anytime|any time|early|late)\b/i;
// "like 45 min", "for an hour": how long, which the session-length slot reads; not when.
const HOW_LONG = /\s*\b(?:for\s+)?(?:(?:like|about|around|maybe|roughly|~)\s*)?(?:\d+\s*(?:-\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?)|an? (?:hour|half hour)|half an hour)\b/gi;
function aboutWhen(sentence: string): string {
  // "usually at 5:30am so i only have like 50 min": a clause after "so" says why, not when.
  const clauses = sentence.split(/,\s*|\s+so\s+/).map((c) => (TIME_OF_DAY.test(c.replace(HOW_LONG, ' ')) ? c.replace(HOW_LONG, ' ').replace(/\s+/g, ' ').trim() : c));
  const timed = clauses.filter((c) => TIME_OF_DAY.test(c));
  const when = timed.length ? timed : clauses.filter((c) => WHEN.test(c));
  const kept = when.some((c) => !DAYS_ONLY.test(c.trim())) ? when.filter((c) => !DAYS_ONLY.test(c.trim())) : when;
  // "mon wed fri before 7am": the days lead the window; said back, the days' own line has them. Not when two
  // clauses give each its days ("tues and thurs after work, sat morning"): there the days say which is which.
  const lead = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?[\s,&/-]*|and\s+)+(?=\S)/i;
  const bare = kept.length > 1 ? kept : kept.map((c) => {
    const rest = c.trim().replace(lead, '');
    return rest !== c.trim() && WHEN.test(rest) && !DAYS_ONLY.test(rest) ? rest : c;
  });
  return bare.length ? bare.join(', ') : sentence;
}

/**
 * "usually 5ish am before work", "I'm at the gym at 5:30am": the clock a morning window starts at, 'HH:MM', when
 * the client said when they start rather than when they must be done; null otherwise.
 */
export function morningStart(window: string): string | null {
  if (/\bbefore\s+\d/i.test(window)) return null;
  // "mornings around 6", "6ish before work": a rough clock said beside the morning is am.
  const morning = /\b(?:mornings?|before work|early|am)\b/i.test(window) && !/\b(?:evenings?|nights?|after work|pm)\b/i.test(window);
  const m = /\b(\d{1,2})(?::(\d\d))?\s*(?:ish)?\s*am\b/i.exec(window) ?? (morning ? /\b(\d{1,2})(?::(\d\d))?\s*-?ish\b|\b(?:around|about|at|@|~)\s*(\d{1,2})(?::(\d\d))?\b/i.exec(window) : null);
  if (!m) return null;
  const h = Number(m[1] ?? m[3]);
  const min = (m[1] !== undefined ? m[2] : m[4]) ?? '00';
  return h >= 4 && h <= 9 ? `${String(h).padStart(2, '0')}:${min}` : null;
}

/**
 * "mon wed fri around 6", "gym at 5:30": a rough clock with no am or pm and nothing saying morning or evening,
 * that could be early morning: 'HH:MM' as if am, else null. Its text is not moved on a guess; the client is told how.
 */
export function unsureMorningClock(window: string): string | null {
  if (/\b(?:am|pm|mornings?|evenings?|nights?|afternoons?|after work|before work|lunch\w*|noon|early|late)\b|\d\s*(?:am|pm)\b|\bbefore\s+\d/i.test(window)) return null;
  const m = AROUND_CLOCK.exec(window);
  const c = m ? /(\d{1,2})(?::(\d\d))?/.exec(m[0]) : null;
  if (!c) return null;
  const h = Number(c[1]);
  return h >= 4 && h <= 8 ? `${String(h).padStart(2, '0')}:${c[2] ?? '00'}` : null;
}

/** "before 7am": the clock the window ends at, 'HH:MM', for a morning window; null otherwise. */
export function morningDeadline(window: string): string | null {
  const m = /\bbefore\s+(\d{1,2})(?::(\d\d))?\s*(am)?\b/i.exec(window);
  if (!m) return null;
  const h = Number(m[1]);
  if (h < 4 || h > 10 || (m[3] === undefined && h > 9)) return null;
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}
