/**
 * A missed session, decided by the engine's rules (engine/adaptation/missed.ts) against the plan as it stands:
 * the stored days where they exist, the projection for the rest. Read-only: applying the move belongs to the
 * adaptation service (it rebuilds the not-yet-started days).
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { addDays, isoWeekday, startOfIsoWeek, weekdayShort } from '../engine/dates.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import { weekOnDays } from '../engine/adaptation/week-days.js';
import { decideMissed, describeMissed, sessionClass, type MissedDecision, type SessionMove } from '../engine/adaptation/missed.js';
import { weekNumberFor, weekSpan } from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { activePlan, getOrCreateWeek, workoutOn, type ActivePlan } from './plans.service.js';
import { loadPlanSchedule, type ScheduledDay } from './plan-schedule.service.js';
import { insertPlanChanges } from '../db/repositories/adaptations.repository.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { describeDay } from '../engine/adaptation/index.js';
import { recordPlanNote } from './notes.service.js';
import { readNoteMeta, missedSessionMetaSchema } from './plan-note-metadata.js';

export interface MissedSession {
  decision: MissedDecision;
  missed: WorkoutDay;
  /** The client's line, e.g. "Moved Saturday's long run to Sunday: …". */
  line: string;
  /** What the target date held before the move. */
  target: WorkoutDay | null;
}

/**
 * The sessions a client may mean by a theme ("leg day" → "Lower - squat focus", "Legs - deadlift focus"):
 * today or later, not yet done, whose title `matches`, in the plan week today is in; when that week has none
 * left (its last day, or a partial first week), in the week ahead the client sees (today and six days on).
 */
export async function sessionsThisWeek(db: Db, client: Pick<ClientRow, 'id' | 'status'>, plan: ActivePlan, today: string, matches: (title: string) => boolean): Promise<ScheduledDay[]> {
  const schedule = await loadPlanSchedule(db, client, plan, today);
  const open = schedule.days.filter((d) => d.date >= today && d.status !== 'completed' && d.status !== 'skipped' && sessionClass(d.day) !== 'rest' && matches(d.day.title));
  const n = weekNumberFor(plan.outline, today);
  const inWeek = n === null ? [] : open.filter((d) => weekNumberFor(plan.outline, d.date) === n);
  return inWeek.length ? inWeek : open.filter((d) => d.date <= addDays(today, 6));
}

/** The rule's decision for the session planned on `date`, or null when nothing was planned (outside the plan). */
export async function decideMissedSession(db: Db, client: Pick<ClientRow, 'id' | 'status'>, plan: ActivePlan, date: string, today: string, opts: { longRun?: boolean; to?: string | null; skipped?: boolean; away?: { from: string; to: string } } = {}): Promise<MissedSession | null> {
  const schedule = await loadPlanSchedule(db, client, plan, today);
  let missed = schedule.days.find((d) => d.date === date);
  // "missed my long run": the last long run planned on or before the date this week, when the date itself is not one.
  if (missed && opts.longRun && sessionClass(missed.day) !== 'long_run') {
    const n0 = weekNumberFor(plan.outline, date);
    const start = n0 === null ? date : weekSpan(plan.outline, n0).startDate;
    missed = [...schedule.days].reverse().find((d) => d.date <= date && d.date >= start && sessionClass(d.day) === 'long_run') ?? missed;
  }
  if (missed && missed.status === 'completed') {
    return { decision: { action: 'none', from: missed.date, session: sessionClass(missed.day), reason: 'that day is logged as done' }, missed: missed.day, line: 'Nothing to move: that day is logged as done.', target: null };
  }
  const n = missed ? weekNumberFor(plan.outline, missed.date) : null;
  if (!missed || n === null) return null;
  const span = weekSpan(plan.outline, n);
  // The week plus a day either side: neighbours decide whether a hard session may land next to them.
  const around = schedule.days.filter((d) => d.date >= addDays(span.startDate, -1) && d.date <= addDays(span.endDate, 1));
  const decision = decideMissed({
    missed: missed.day,
    days: around.map((d) => d.day),
    today,
    weekEnd: span.endDate,
    weekStart: span.startDate,
    ...(opts.to ? { wanted: opts.to } : {}),
    ...(opts.skipped ? { skipped: true } : {}),
    // Days away on a trip ("traveling fri-sun, skip those days") are as closed as days done: nothing lands on them.
    completed: around.filter((d) => d.status === 'completed' || d.status === 'skipped' || (opts.away && d.date >= opts.away.from && d.date <= opts.away.to)).map((d) => d.date),
  });
  const target = decision.action === 'move' ? (around.find((d) => d.date === decision.to)?.day ?? null) : null;
  return { decision, missed: missed.day, line: describeMissed(decision, missed.day, today), target };
}

/**
 * Decides a missed session and applies it: the decision is stored as a plan note (a move becomes an input of
 * the week, see plans.service weekInputs), the week is rebuilt so the target day holds the session (today's
 * workout too, when the move lands on today), and the change is stored with its before/after. A session
 * already decided is not decided again: the stored decision is repeated. Returns the client's line.
 */
// A session moved before its day ("skip sat" on Tuesday, moved to Sunday) was never missed: its days read
// "Moved to Sunday." / "Moved from Saturday.", as an asked move does, not "Missed: moved to Sunday.".
export async function applyMissedSession(db: Db, client: ClientRow, plan: ActivePlan, date: string, today: string, opts: { longRun?: boolean; to?: string | null; skipped?: boolean; away?: { from: string; to: string } } = {}): Promise<MissedSession | null> {
  const found = await decideMissedSession(db, client, plan, date, today, opts);
  if (!found || found.decision.action === 'none') return found;
  const previous = (await listPlanAdaptations(db, plan.row.id)).find((a) => a.type === 'missed_session' && a.effective_from === found.missed.date);
  if (previous) {
    const line = readNoteMeta(missedSessionMetaSchema, previous.metadata)?.line;
    return line ? { ...found, line } : found;
  }
  const d = found.decision;
  await recordPlanNote(db, client, {
    type: 'missed_session',
    reason: found.line,
    from: found.missed.date,
    to: d.action === 'move' ? d.to : null,
    metadata: { action: d.action, to: d.action === 'move' ? d.to : null, line: found.line, asked: d.action === 'move' && (d.asked === true || found.missed.date > today), ahead: found.missed.date > today },
  });
  // A move lands on its day; a drop before the day ("skip sat, wedding" on Tuesday) leaves that day rest. Either way the
  // note bumped the plan's inputs: the plan is read again and the week rebuilt, so "this week", the day's question and
  // its morning text say what changed. A past missed session dropped changes no day.
  const ahead = found.missed.date > today;
  if (d.action !== 'move' && !(d.action === 'drop' && ahead)) return found;
  const changed = d.action === 'move' ? d.to : found.missed.date;
  const fresh = await activePlan(db, client.id);
  const n = fresh ? weekNumberFor(fresh.outline, changed) : null;
  if (!fresh || n === null) return found;
  await getOrCreateWeek(db, client, fresh, n, today, { rewriteToday: changed === today });
  let after = describeDay(null);
  if (d.action === 'move') {
    const moved = await workoutOn(db, client, fresh, d.to, today);
    after = moved.kind === 'workout' ? describeDay(moved.day) : describeDay({ ...found.missed, date: d.to });
  }
  await insertPlanChanges(db, [
    {
      clientId: client.id,
      planId: plan.row.id,
      type: 'schedule_shift',
      reason: found.line,
      dates: [changed],
      before: { [changed]: describeDay(d.action === 'move' ? found.target : found.missed) },
      after: { [changed]: after },
      trigger: d.action === 'move' ? 'auto' : 'asked',
    },
  ]);
  return found;
}

export interface WeekDaysResult {
  /** The plan week's first and last dates. */
  span: { startDate: string; endDate: string };
  /** Each session moved, with its title, and each dropped one; empty when every session already fits. */
  moved: Array<{ from: string; to: string; title: string }>;
  dropped: Array<{ date: string; title: string }>;
}

/**
 * One week on other days ("this week I can train thu fri sun"): the sessions still ahead in the plan week
 * `date` falls in go onto the days given (engine/adaptation/week-days.ts), stored as one week_days note whose
 * moves the week is rebuilt with; the training days stay. Null when the date is outside the plan.
 */
export async function applyWeekDays(db: Db, client: ClientRow, plan: ActivePlan, date: string, weekdays: readonly number[], today: string, which: 'this' | 'next' = 'this'): Promise<WeekDaysResult | null> {
  const n = weekNumberFor(plan.outline, date);
  if (n === null) return null;
  const span = weekSpan(plan.outline, n);
  const schedule = await loadPlanSchedule(db, client, plan, today);
  const inWeek = schedule.days.filter((d) => d.date >= span.startDate && d.date <= span.endDate);
  const placed = weekOnDays({
    days: inWeek.map((d) => d.day),
    available: inWeek.filter((d) => weekdays.includes(isoWeekday(d.date))).map((d) => d.date),
    today,
    completed: inWeek.filter((d) => d.status === 'completed' || d.status === 'skipped').map((d) => d.date),
  });
  const titleOn = (d: string) => inWeek.find((x) => x.date === d)!.day.title;
  const result: WeekDaysResult = {
    span,
    moved: placed.moves.filter((m) => !m.dropped).sort((a, b) => (a.from < b.from ? -1 : 1)).map((m) => ({ from: m.from, to: m.to, title: titleOn(m.from) })),
    dropped: placed.dropped.map((d) => ({ date: d, title: titleOn(d) })),
  };
  if (!placed.moves.length) return result;
  await storeWeekMoves(db, client, plan, n, inWeek, placed.moves, weekDaysLine(result, which), today);
  return result;
}

export interface SwapResult {
  a: { date: string; title: string };
  b: { date: string; title: string };
}

/**
 * "swap sat and sun this week": two training days of one plan week trade sessions (the long run on Saturday, the
 * easy run on Sunday), stored as a week_days note the week is rebuilt with. A day past, done or a race is never
 * touched: null then (and when either date is outside the plan or holds no session).
 */
export async function applySessionSwap(db: Db, client: ClientRow, plan: ActivePlan, a: string, b: string, today: string): Promise<SwapResult | null> {
  const n = weekNumberFor(plan.outline, a);
  if (n === null || weekNumberFor(plan.outline, b) !== n || a < today || b < today) return null;
  const span = weekSpan(plan.outline, n);
  const schedule = await loadPlanSchedule(db, client, plan, today);
  const inWeek = schedule.days.filter((d) => d.date >= span.startDate && d.date <= span.endDate);
  const da = inWeek.find((d) => d.date === a);
  const db_ = inWeek.find((d) => d.date === b);
  const open = (d: ScheduledDay | undefined): d is ScheduledDay => d !== undefined && d.status !== 'completed' && d.status !== 'skipped' && d.day.kind !== 'rest' && d.day.kind !== 'race';
  if (!open(da) || !open(db_)) return null;
  const result = { a: { date: a, title: da.day.title }, b: { date: b, title: db_.day.title } };
  await storeWeekMoves(db, client, plan, n, inWeek, [{ from: a, to: b, asked: true, swapped: true }], swapLine(result), today);
  return result;
}

/** "Swapped, this week only: Long run on Sat, Easy run on Sun." */
export function swapLine(r: SwapResult): string {
  const name = (title: string) => title.split(' - ')[0]!;
  return `Swapped, this week only: ${name(r.b.title)} on ${weekdayShort(r.a.date)}, ${name(r.a.title)} on ${weekdayShort(r.b.date)}.`;
}

/** One plan week's moves stored as a week_days note, the week rebuilt with them and the change recorded. */
async function storeWeekMoves(db: Db, client: ClientRow, plan: ActivePlan, n: number, inWeek: readonly ScheduledDay[], moves: readonly SessionMove[], line: string, today: string): Promise<void> {
  const span = weekSpan(plan.outline, n);
  await recordPlanNote(db, client, { type: 'week_days', reason: line, from: span.startDate, to: span.endDate, metadata: { moves, line } });
  const fresh = await activePlan(db, client.id);
  if (!fresh) return;
  const touched = moves.flatMap((m) => [m.from, m.to]);
  await getOrCreateWeek(db, client, fresh, n, today, { rewriteToday: touched.includes(today) });
  const dates = [...new Set(touched)].sort();
  const after = await Promise.all(dates.map(async (d) => {
    const w = await workoutOn(db, client, fresh, d, today);
    return [d, describeDay(w.kind === 'workout' ? w.day : null)] as const;
  }));
  await insertPlanChanges(db, [{
    clientId: client.id,
    planId: plan.row.id,
    type: 'schedule_shift',
    reason: line,
    dates,
    before: Object.fromEntries(dates.map((d) => [d, describeDay(inWeek.find((x) => x.date === d)?.day ?? null)])),
    after: Object.fromEntries(after),
    trigger: 'asked',
  }]);
}


/** "This week only: Full body A Mon -> Thu, Full body B Wed -> Fri. No day for Fri's Full body C: dropped." */
export function weekDaysLine(r: Pick<WeekDaysResult, 'moved' | 'dropped'>, which: 'this' | 'next' = 'this'): string {
  const name = (title: string) => title.split(' - ')[0]!;
  // A plan week that is not Monday to Sunday (a lifter who started on a Tuesday) reaches into the next calendar
  // week: a day there is named with its date ("Mon 11/30"), never a bare "Mon" read as the Monday gone.
  const day = (d: string, other: string) => (startOfIsoWeek(d) !== startOfIsoWeek(other) ? formatDateLabel(d) : weekdayShort(d));
  const moved = r.moved.length ? `${which === 'next' ? 'Next' : 'This'} week only: ${r.moved.map((m) => `${name(m.title)} ${day(m.from, m.to)} -> ${day(m.to, m.from)}`).join(', ')}.` : '';
  const dropped = r.dropped.length ? ` No day left for ${r.dropped.map((d) => `${weekdayShort(d.date)}'s ${name(d.title)}`).join(' or ')}, so ${r.dropped.length > 1 ? "they're" : "it's"} dropped ${which} week.` : '';
  return (moved + dropped).trim();
}
