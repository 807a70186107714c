/**
 * Missed sessions (pure): what happens to a session the client did not do — moved to a free day later in the
 * same week, or dropped — by fixed rules, so "skipped", "missed monday" and "should I do both on friday?" all
 * get the same answer. Nothing is ever stacked: a moved session only lands on a rest day or replaces an easy
 * run, so no day holds two hard sessions.
 *
 * The rules (MISSED_RULES) and why:
 * - Easy run: dropped. Easy miles missed are not made up; cramming them into other days adds fatigue for
 *   little gain (coaching heuristic).
 * - Long run or quality run (tempo, intervals, marathon pace): moved to the first later day this week that is
 *   a rest day or an easy run (which it replaces), and whose neighbours are not hard days — Daniels' hard/easy
 *   principle (Daniels' Running Formula): a hard day is followed by at least one easy day. No such day: dropped.
 *   A race in the days left (race week) drops it: the taper is protected.
 * - Lifting session: shifted to a rest day that comes before the next lifting session (so the order of the
 *   week's sessions and at least the usual spacing to the next one are kept); no free day: dropped and the
 *   week carries on (coaching heuristic: the next session does not get two sessions' work).
 * - Rest day: nothing to move.
 */
import { addDays, daysBetween, isoWeekday } from '../dates.js';
import { dateLabel } from './labels.js';
import type { WorkoutDay } from '../workout/workout.js';
import type { ProgramWeek } from '../program/program.js';
import type { StrengthDay } from '../strength/types.js';

export type SessionClass = 'rest' | 'easy_run' | 'long_run' | 'quality_run' | 'lift' | 'race';

/** What a day is for these rules: runs by their load level and title (endurance/to-workout.ts). */
export function sessionClass(day: Pick<WorkoutDay, 'kind' | 'loadLevel' | 'title'>): SessionClass {
  if (day.kind === 'rest') return 'rest';
  if (day.kind === 'race') return 'race';
  if (day.kind === 'strength') return 'lift';
  if (day.loadLevel !== 'heavy') return 'easy_run';
  return /^long run/i.test(day.title) ? 'long_run' : 'quality_run';
}

const HARD: ReadonlySet<SessionClass> = new Set(['long_run', 'quality_run', 'race', 'lift']);

export interface MissedRule {
  /** Where the missed session may go: nowhere (drop), a rest or easy-run day spaced from hard days, or a rest day before the next lift. */
  policy: 'drop' | 'run_spaced' | 'rest_before_next_lift';
  why: string;
}

export const MISSED_RULES: Record<Exclude<SessionClass, 'rest' | 'race'>, MissedRule> = {
  easy_run: { policy: 'drop', why: 'easy miles are not made up: cramming them into other days adds fatigue for little gain' },
  long_run: { policy: 'run_spaced', why: 'a long run only goes on a free or easy day with no hard day either side (hard/easy principle), never stacked on a quality day' },
  quality_run: { policy: 'run_spaced', why: 'a quality run only goes on a free or easy day with no hard day either side (hard/easy principle)' },
  lift: { policy: 'rest_before_next_lift', why: 'a lifting session shifts only to a rest day before your next lifting session, so no day gets two sessions' },
};

/** A day the client asked for that the rules refused, and why; the decision is then what was done instead. */
export interface Refusal {
  to: string;
  reason: string;
}

export type MissedDecision =
  | { action: 'move'; from: string; to: string; session: SessionClass; replaces: SessionClass; reason: string; asked?: boolean; refused?: Refusal }
  | { action: 'drop'; from: string; session: SessionClass; reason: string; refused?: Refusal }
  | { action: 'none'; from: string; session: SessionClass; reason: string; refused?: Refusal; /** The nearest day the rules allow, offered (not moved) when the asked one was refused. */ offer?: string };

const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayName = (date: string) => DAY[isoWeekday(date) - 1]!;

/**
 * The decision for one missed day. `days` are the plan's days around it (at least the rest of its week; more
 * is fine — days after `weekEnd` are used only as neighbours); `today` is the client's date: a target must be
 * today or later, and today only while it is still a rest day or an easy run (nothing started).
 * `completed` dates are days already done, which are never replaced.
 */
export function decideMissed(input: { missed: WorkoutDay; days: readonly WorkoutDay[]; today: string; weekEnd: string; completed?: readonly string[]; wanted?: string; weekStart?: string; skipped?: boolean }): MissedDecision {
  if (input.wanted) return decideAsked({ ...input, wanted: input.wanted });
  const { missed, today, weekEnd } = input;
  const session = sessionClass(missed);
  const from = missed.date;
  if (session === 'rest' || session === 'race') return { action: 'none', from, session, reason: session === 'rest' ? (from < today ? 'it was a rest day' : "it's a rest day") : 'a race is not moved' };
  const rule = MISSED_RULES[session];
  const byDate = new Map(input.days.map((d) => [d.date, d]));
  const done = new Set(input.completed ?? []);
  const cls = (date: string) => (date === from ? 'rest' : byDate.has(date) ? sessionClass(byDate.get(date)!) : 'rest');
  const later = input.days.filter((d) => d.date > from && d.date >= today && d.date <= weekEnd && !done.has(d.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (rule.policy === 'drop') return { action: 'drop', from, session, reason: rule.why };
  if (rule.policy === 'run_spaced') {
    if (input.days.some((d) => d.date > from && sessionClass(d) === 'race')) {
      return { action: 'drop', from, session, reason: 'race week: the taper is protected, so nothing hard is added' };
    }
    // A run taken off before its day ("skip sun, family thing" said on Monday) may go earlier in the week too: the
    // nearest free or easy day either side (a later one first on a tie). A missed run only goes later.
    const ahead = from > today;
    const pool = ahead
      ? input.days
          .filter((d) => d.date !== from && d.date >= today && d.date <= weekEnd && d.date >= (input.weekStart ?? today) && !done.has(d.date))
          .sort((a, b) => Math.abs(daysBetween(from, a.date)) - Math.abs(daysBetween(from, b.date)) || (a.date < b.date ? 1 : -1))
      : later;
    const target = pool.find((d) => {
      const c = sessionClass(d);
      return (c === 'rest' || c === 'easy_run') && !HARD.has(cls(addDays(d.date, -1))) && !HARD.has(cls(addDays(d.date, 1)));
    });
    return target
      ? { action: 'move', from, to: target.date, session, replaces: sessionClass(target), reason: rule.why }
      : { action: 'drop', from, session, reason: 'no free or easy day left this week without a hard day next to it, and it is never stacked on a quality day' };
  }
  // Lifting: a rest day strictly before the next lifting session.
  const nextLift = later.find((d) => sessionClass(d) === 'lift')?.date ?? '9999-12-31';
  const target = later.find((d) => d.date < nextLift && sessionClass(d) === 'rest');
  return target
    ? { action: 'move', from, to: target.date, session, replaces: 'rest', reason: rule.why }
    : { action: 'drop', from, session, reason: 'no rest day left before your next lifting session, and no day gets two sessions' };
}

/**
 * A one-off move the client asked for ("move thursday's workout to friday"): the session goes to the asked day
 * when the same rules allow it there — a lift to a rest day with no other lift between the two days (the
 * week's order and spacing kept), a long or quality run to a rest or easy day with no hard day beside it, an
 * easy run to a rest day, never making three lifting days in a row — in the same week, today or later, never a day already done. Otherwise the refusal
 * says why and the session stays on its day, with the nearest day the rules allow offered (`offer`): the client
 * picked the day, so the coach asks before choosing another. Only a session being skipped takes the usual rule
 * instead (moved to a free day, or dropped): it cannot stay on a day not trained.
 */
function decideAsked(input: { missed: WorkoutDay; days: readonly WorkoutDay[]; today: string; weekEnd: string; completed?: readonly string[]; wanted: string; weekStart?: string; skipped?: boolean }): MissedDecision {
  const { missed, wanted } = input;
  const from = missed.date;
  const session = sessionClass(missed);
  const byDate = new Map(input.days.map((d) => [d.date, d]));
  const cls = (date: string) => (date === from ? 'rest' : byDate.has(date) ? sessionClass(byDate.get(date)!) : 'rest');
  const reasonFor = (wanted: string): string | null => {
    const name = weekdayName(wanted);
    const between = input.days.filter((d) => (d.date > from && d.date < wanted) || (d.date < from && d.date > wanted));
    if (session === 'rest') return `${weekdayName(from)} is a rest day, so there is nothing to move`;
    if (session === 'race') return 'a race is not moved';
    if (wanted < input.today) return `${name} has already passed`;
    // moveSessions rebuilds one plan week: a session moves only within its own week.
    if (wanted > input.weekEnd) return `${name} is in your next plan week, and a session only moves within its own week`;
    if (wanted < (input.weekStart ?? wanted) || !byDate.has(wanted)) return `${name} is in an earlier plan week, and a session only moves within its own week`;
    if ((input.completed ?? []).includes(wanted)) return `${name} is already done`;
    const there = cls(wanted);
    if (session === 'lift' || session === 'easy_run') {
      if (there !== 'rest') return `${name} already has a session, and no day gets two sessions`;
      if (session === 'lift' && between.some((d) => sessionClass(d) === 'lift')) return `that puts it past another lifting session, and the week's sessions keep their order and spacing`;
      if (session === 'lift' && liftRunWith(wanted, cls) >= 3) return `that makes three lifting days in a row, and lifting days need a rest day at least every other day to recover`;
      return null;
    }
    if (input.days.some((d) => d.date > from && sessionClass(d) === 'race')) return 'race week: the taper is protected, so nothing hard is added';
    if (there !== 'rest' && there !== 'easy_run') return `${name} already has a hard session, and no day gets two`;
    if (HARD.has(cls(addDays(wanted, -1))) || HARD.has(cls(addDays(wanted, 1)))) return `${name} is next to a hard day, and a hard day is followed by an easy one`;
    return null;
  };
  const reason = reasonFor(wanted);
  if (reason === null) return { action: 'move', from, to: wanted, session, replaces: cls(wanted), reason: 'this week only', asked: true };
  const refused = { to: wanted, reason };
  if (session === 'rest' || session === 'race') return { action: 'none', from, session, reason, refused };
  const instead = decideMissed({ ...input, wanted: undefined });
  // A session the client is skipping ("skipping. can i do tomorrow instead?") cannot stay on its day: the usual
  // move to a free day, or the drop.
  if (input.skipped && instead.action !== 'none') return { ...instead, refused };
  // Otherwise the client chose the day: the session stays, and the nearest day the same rules allow is offered,
  // never moved to unasked ("squat day on sat instead of tue" once went to Wednesday without a word asked).
  const week = input.days.map((d) => d.date).filter((d) => d !== from && d >= input.today && d >= (input.weekStart ?? d) && d <= input.weekEnd);
  const nearest = week.filter((d) => reasonFor(d) === null).sort((a, b) => Math.abs(daysBetween(wanted, a)) - Math.abs(daysBetween(wanted, b)) || (a < b ? 1 : -1))[0];
  return { action: 'none', from, session, reason: `it stays on ${weekdayName(from)}`, refused, ...(nearest ? { offer: nearest } : {}) };
}

/**
 * How many lifting days in a row there would be through `date` with a lift on it: the days as they stand
 * (`cls` reads the week with earlier moves already in it, and the moved session's own day as rest).
 */
function liftRunWith(date: string, cls: (date: string) => SessionClass): number {
  let n = 1;
  for (let d = addDays(date, -1); cls(d) === 'lift'; d = addDays(d, -1)) n += 1;
  for (let d = addDays(date, 1); cls(d) === 'lift'; d = addDays(d, 1)) n += 1;
  return n;
}

/**
 * The days after applying a decision: a moved session's workout lands on its new date (with a note), and
 * what was there (a rest day or an easy run) is gone. The missed date itself is left as it is (it is past,
 * and logged as skipped). A drop or none changes nothing.
 */
export function applyMissed(days: readonly WorkoutDay[], decision: MissedDecision): WorkoutDay[] {
  if (decision.action !== 'move') return [...days];
  const moved = days.find((d) => d.date === decision.from);
  if (!moved) return [...days];
  return days.map((d) =>
    d.date === decision.to ? { ...moved, date: d.date, notes: [...moved.notes, `Moved from ${weekdayName(decision.from)} (missed).`] } : d,
  );
}

const LABEL: Record<SessionClass, string> = {
  rest: 'rest day',
  easy_run: 'easy run',
  long_run: 'long run',
  quality_run: 'quality run',
  lift: 'session',
  race: 'race',
};

/** One line for the client: "Moved Monday's session to Tuesday (a rest day before your next lifting session)." */
export function describeMissed(decision: MissedDecision, missed: Pick<WorkoutDay, 'title'>, today?: string): string {
  const line = missedLine(decision, missed);
  // "gym closed christmas eve, can i train the day before", three weeks out: "Thursday" reads as this week's, so a
  // day a week or more ahead is named with its date ("Moved Thu Dec 24's Upper to Wed Dec 23, that week only").
  if (today === undefined || daysBetween(today, decision.from) < 7) return line;
  const days = [decision.from, decision.action === 'move' ? decision.to : null, decision.refused?.to ?? null, decision.action === 'none' ? (decision.offer ?? null) : null];
  let dated = line;
  for (const d of new Set(days.filter((x): x is string => x !== null))) dated = dated.replace(new RegExp(`\\b${weekdayName(d)}\\b`, 'g'), dateLabel(d));
  return dated.replace(/\bthis week only\b/, 'that week only');
}

function missedLine(decision: MissedDecision, missed: Pick<WorkoutDay, 'title'>): string {
  const what = `${weekdayName(decision.from)}'s ${decision.session === 'lift' ? missed.title.split(' - ')[0]! : LABEL[decision.session]}`;
  if (decision.refused) {
    const no = `Can't move ${what} to ${weekdayName(decision.refused.to)}: ${decision.refused.reason}.`;
    if (decision.action === 'move') return `${no} Moved it to ${weekdayName(decision.to)} instead, this week only.`;
    if (decision.action === 'drop') return `${no} So it's dropped this week - carry on with the plan from your next session.`;
    if (decision.session === 'rest' || decision.session === 'race') return no;
    const offer = decision.action === 'none' && decision.offer ? ` ${weekdayName(decision.offer)} is the nearest day it can go - reply YES to move it there.` : '';
    return `${no} It stays on ${weekdayName(decision.from)}.${offer}`;
  }
  if (decision.action === 'move' && decision.asked) {
    const instead = decision.replaces === 'easy_run' ? ' in place of the easy run' : '';
    return `Moved ${what} to ${weekdayName(decision.to)}${instead}, this week only.`;
  }
  if (decision.action === 'move') {
    const instead = decision.replaces === 'easy_run' ? ` in place of the easy run` : '';
    return `Moved ${what} to ${weekdayName(decision.to)}${instead}: ${decision.reason}.`;
  }
  if (decision.action === 'drop') return `Dropped ${what}: ${decision.reason}. Carry on with the plan.`;
  return `Nothing to move: ${decision.reason}.`;
}

/** A missed session moved to a later date of its week (the decision of decideMissed, as stored). */
export interface SessionMove {
  from: string;
  to: string;
  /** Asked for ahead ("move thursday's workout to friday"), not a missed session made up. */
  asked?: boolean;
  /** No day for it this week (week-days.ts): `from` becomes a rest day and `to` is `from`. */
  dropped?: boolean;
  /** "swap sat and sun": the session on `to` goes to `from` at once (two training days trade sessions). */
  swapped?: boolean;
}

/**
 * The week with each move applied: the session planned on `from` is on `to` (what was there — a rest day or
 * an easy run — is gone), and `from` is a rest day (it is past and logged as skipped; the stored day is never
 * rewritten, this keeps the week's own record true). Strength and race days alike; a move whose dates are not
 * both in the week's days is ignored.
 */
export function moveSessions(week: ProgramWeek, moves: readonly SessionMove[]): ProgramWeek {
  if (!moves.length) return week;
  let strength = week.strength;
  let race = week.race;
  for (const m of moves) {
    if (m.dropped) {
      ({ strength, race } = dropSession({ ...week, strength, race }, m.from));
      continue;
    }
    if (m.swapped) {
      ({ strength, race } = swapSessions({ ...week, strength, race }, m.from, m.to));
      continue;
    }
    const note = m.asked ? `Moved from ${weekdayName(m.from)}.` : `Moved from ${weekdayName(m.from)} (missed).`;
    const left = m.asked ? `Moved to ${weekdayName(m.to)}.` : `Missed: moved to ${weekdayName(m.to)}.`;
    if (strength) {
      const src = strength.days.find((d) => d.date === m.from);
      if (src && src.type === 'training' && strength.days.some((d) => d.date === m.to)) {
        strength = {
          ...strength,
          days: strength.days.map((d) =>
            d.date === m.to
              ? { ...src, date: m.to, dayNumber: isoWeekday(m.to) as StrengthDay['dayNumber'], notes: [...src.notes, note] }
              : d.date === m.from
                ? { ...src, type: 'rest' as const, theme: m.asked ? 'Rest (moved)' : 'Rest (missed)', loadLevel: 'rest' as const, exercises: [], estimatedMinutes: 0, notes: [left] }
                : d,
          ),
        };
      }
    }
    if (race) {
      const src = race.days.find((d) => d.date === m.from);
      if (src && src.type !== 'rest' && race.days.some((d) => d.date === m.to)) {
        race = {
          ...race,
          days: race.days.map((d) =>
            d.date === m.to
              ? { ...src, date: m.to, dayNumber: isoWeekday(m.to), notes: [src.notes, note].filter(Boolean).join(' ') }
              : d.date === m.from
                ? { ...src, type: 'rest' as const, warmup: [], workout: [], cooldown: [], total: 0, notes: left }
                : d,
          ),
        };
      }
    }
  }
  return { ...week, strength, race };
}

/**
 * The week with the sessions on `a` and `b` traded ("swap sat and sun": the long run on Saturday, the easy run on
 * Sunday). Each keeps its own content and says where it came from; a day missing from the week trades nothing.
 */
function swapSessions(week: ProgramWeek, a: string, b: string): Pick<ProgramWeek, 'strength' | 'race'> {
  const note = (from: string) => `Swapped from ${weekdayName(from)}.`;
  let strength = week.strength;
  const sa = strength?.days.find((d) => d.date === a);
  const sb = strength?.days.find((d) => d.date === b);
  if (strength && sa && sb) {
    const on = (src: typeof sa, date: string) => ({ ...src, date, dayNumber: isoWeekday(date) as StrengthDay['dayNumber'], notes: src.type === 'training' ? [...src.notes, note(src.date)] : src.notes });
    strength = { ...strength, days: strength.days.map((d) => (d.date === a ? on(sb, a) : d.date === b ? on(sa, b) : d)) };
  }
  let race = week.race;
  const ra = race?.days.find((d) => d.date === a);
  const rb = race?.days.find((d) => d.date === b);
  if (race && ra && rb && ra.type !== 'race' && rb.type !== 'race') {
    const on = (src: typeof ra, date: string) => ({ ...src, date, dayNumber: isoWeekday(date), notes: src.type === 'rest' ? src.notes : [src.notes, note(src.date)].filter(Boolean).join(' ') });
    race = { ...race, days: race.days.map((d) => (d.date === a ? on(rb, a) : d.date === b ? on(ra, b) : d)) };
  }
  return { strength, race };
}

const DROPPED_NOTE = 'No day for it this week: dropped.';

/** The week with the session on `date` turned into a rest day (a session with no day left in a short week). */
function dropSession(week: ProgramWeek, date: string): Pick<ProgramWeek, 'strength' | 'race'> {
  const strength = week.strength && {
    ...week.strength,
    days: week.strength.days.map((d) => (d.date === date && d.type === 'training' ? { ...d, type: 'rest' as const, theme: 'Rest (no day this week)', loadLevel: 'rest' as const, exercises: [], estimatedMinutes: 0, notes: [DROPPED_NOTE] } : d)),
  };
  const race = week.race && {
    ...week.race,
    days: week.race.days.map((d) => (d.date === date && d.type !== 'rest' && d.type !== 'race' ? { ...d, type: 'rest' as const, warmup: [], workout: [], cooldown: [], total: 0, notes: DROPPED_NOTE } : d)),
  };
  return { strength, race };
}
