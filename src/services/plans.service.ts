import { localDateAt } from '../scheduler/morning-time.js';
import type { Db } from '../db/db-types.js';
import { emptyBatchReads, readsOn } from '../db/batch-reads.js';
import { keepActivePlan, keepDaysTogether, keepWorkoutRead, withTurnReads, type ReadWithDays } from '../db/turn-reads.js';
import type { ClientRow, PlanRow, WorkoutRow } from '../db/schema.js';
import { bumpInputsRev, insertPlanChanges, listLoggedDates, listWeekWorkouts, updateMicrocycle, updateScheduledWorkout } from '../db/repositories/adaptations.repository.js';
import { ADAPTATION_ENGINE_VERSION, daysOf, describeDay, type PlanChange } from '../engine/adaptation/index.js';
import { adaptationContext } from './adaptation-inputs.service.js';
import { breakDaysBefore, wholeWeeks } from './plan-breaks.js';
import {
  findActivePlan,
  findMicrocycle,
  findClientWorkouts,
  findWorkout,
  insertMicrocycleOnce,
  insertWorkoutOnce,
  listPlanAdaptations,
  replaceActivePlan,
} from '../db/repositories/plans.repository.js';
import { listWorkoutLogs } from '../db/repositories/logs.repository.js';
import { addDays, daysBetween } from '../engine/dates.js';
import {
  planOutline,
  weekNumberFor,
  weekSpan,
  workoutFor,
  type PlanOutline,
  type PlanRequest,
  type ProgramWeek,
  type WeekInputs,
} from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { planRequestErrors } from '../engine/program/plan-json.js';
import type { LoggedSet } from '../engine/strength/index.js';
import { runnerVdot } from './run-fitness.service.js';
import { easeOffsFrom } from './readiness.service.js';
import { deepFreeze, memoAdaptedWeek } from './week-memo.js';
import { readBuiltWith, readProgramWeek, readStoredPlan, readStoredWeek, readStoredWorkoutDay } from './stored-plan-json.js';
import { loggedSetOf } from './stored-log-json.js';
import { readNoteMeta, missedSessionMetaSchema, weekDaysMetaSchema } from './plan-note-metadata.js';

/** The client's calendar date right now, in their zone. */
export function localToday(client: Pick<ClientRow, 'timezone'>, now: Date): string {
  return localDateAt(now, client.timezone);
}

/** How a plan's failed checks are written in its notes (startPlan), and read back for the coach. */
const FAILED_CHECKS_PREFIX = 'Failed plan checks: ';
const FAILED_CHECKS_SEPARATOR = '; ';

/** The checks a stored plan failed, one a line, from its notes (none when the notes say nothing of them). */
export function failedPlanChecks(notes: string | null): string[] {
  if (!notes?.startsWith(FAILED_CHECKS_PREFIX)) return [];
  return notes.slice(FAILED_CHECKS_PREFIX.length).split(FAILED_CHECKS_SEPARATOR).map((s) => s.trim()).filter((s) => s.length > 0);
}

export interface ActivePlan {
  row: PlanRow;
  request: PlanRequest;
  outline: PlanOutline;
  /** Checks the plan failed when it was stored (startPlan only; also in the row's notes). */
  failedChecks?: string[];
}

/**
 * A stored plan row as the services use it, its request and outline parsed with the engine's schemas (once
 * per plan and process: stored-plan-json.ts). A plan that does not parse cannot be coached from: this throws
 * an error naming the plan and the bad fields, which the turn or the morning pass logs for the operator
 * while the client gets the usual "something went wrong on my side" answer.
 */
export function toActivePlan(row: PlanRow): ActivePlan {
  const read = readStoredPlan(row);
  if (!read.success) throw new Error(read.error);
  return { row, request: read.data.request, outline: read.data.outline };
}

/**
 * A handle for one unit of work whose repeated reads are kept for it and kept true by its writes
 * (db/turn-reads.ts), starting from the active plan the unit of work read with the client.
 */
export function withKeptReads<D extends Db>(
  db: D,
  clientId: string,
  plan: ActivePlan | null,
  opts: { days?: readonly string[]; read?: { date: string; row: WorkoutRow | null } } = {},
): D {
  const kept = withTurnReads(db);
  keepActivePlan(kept, clientId, plan?.row ?? null);
  // A day the unit of work read with the client (the turn's first statement reads today's under the lock). Not when
  // days are read together: the first read of those brings the rest with it, and today's is usually that first read.
  if (opts.read && !opts.days?.length) keepWorkoutRead(kept, clientId, opts.read.date, opts.read.row);
  // Days it will read (a lift log: today and the week ahead for the next load) are read in one statement, and
  // with them the plan's notes, the weeks of those days, the client's logs and recent signals, which the same
  // unit of work reads next (the log's known maxes, the week's rebuild, the readiness rules).
  if (opts.days?.length) keepDaysTogether(kept, clientId, opts.days, plan ? readWithDays(plan, opts.days) : undefined);
  return kept;
}

/** What a unit of work that reads these days of the plan reads with them (turn-reads.ts ReadWithDays). */
function readWithDays(plan: ActivePlan, days: readonly string[]): ReadWithDays {
  const weekNumbers = [...new Set(days.map((d) => weekNumberFor(plan.outline, d)).filter((n): n is number => n !== null))];
  return { planId: plan.row.id, weekNumbers, signalsFrom: [...days].sort()[0]! };
}

export async function activePlan(db: Db, clientId: string): Promise<ActivePlan | null> {
  const row = await findActivePlan(db, clientId);
  return row ? toActivePlan(row) : null;
}

/**
 * Stores a confirmed plan as the client's active one (the old one stays as an archived version). Call it
 * inside a transaction (`trx`) together with whatever made the plan, so a client is never active without one.
 */
export async function startPlan(trx: Db, client: Pick<ClientRow, 'id'>, request: PlanRequest, today: string): Promise<ActivePlan> {
  const outline = planOutline(request);
  // A plan that fails a check is still the client's plan (better than none), but never silently: the failed
  // checks are stored on it for the coach and returned for the caller to log.
  const failed = planRequestErrors(request);
  const row = await replaceActivePlan(
      trx,
      {
        clientId: client.id,
        programType: outline.kind,
        startDate: outline.startDate,
        endDate: outline.endDate,
        weeks: outline.weeks,
        request,
        outline,
        race: outline.race ? { distance: outline.race.raceName, date: outline.race.raceDate, vdot: outline.race.vdot } : null,
        notes: failed.length ? `${FAILED_CHECKS_PREFIX}${failed.join(FAILED_CHECKS_SEPARATOR)}` : null,
      },
      today,
  );
  // The engine's own request and outline, just stored: nothing to parse (the first read parses and keeps them).
  return { row, request, outline, ...(failed.length ? { failedChecks: failed } : {}) };
}

/**
 * Days a strength plan has been on hold (closed pause adaptations before `date`, in whole weeks): the plan
 * resumes where it stopped instead of skipping the weeks missed. Race plans keep their dates — the race does not move.
 */
export async function pausedDaysBefore(db: Db, plan: ActivePlan, date: string): Promise<number> {
  if (plan.outline.race) return 0;
  // Pauses and breaks of 14+ days (plan-breaks.ts states the rule).
  return pauseShiftDays(plan.outline, breakDaysBefore(await listPlanAdaptations(db, plan.row.id), date));
}

/** How far closed pauses totalling `closedPauseDays` move a plan's dates (the rule of pausedDaysBefore). */
export function pauseShiftDays(outline: Pick<PlanOutline, 'race'>, closedPauseDays: number): number {
  if (outline.race) return 0;
  // A pause shorter than a week leaves the plan where it is.
  return wholeWeeks(closedPauseDays);
}

/** Where a calendar date falls in the plan, after pauses: the plan's own date and week. */
export async function planPosition(db: Db, plan: ActivePlan, date: string): Promise<{ planDate: string; weekNumber: number | null }> {
  const planDate = addDays(date, -(await pausedDaysBefore(db, plan, date)));
  return { planDate, weekNumber: weekNumberFor(plan.outline, planDate) };
}

/**
 * The week inputs plan notes give: accepted readiness proposals (an early deload, a load cut) covering the
 * week, and missed sessions the rules moved to a later day of it (missed.service stores both as notes).
 */
export function noteInputs(notes: ReadonlyArray<{ type: string; effective_from: string; effective_to: string | null; metadata: unknown }>, span: { startDate: string; endDate: string }): Pick<WeekInputs, 'easeOffs' | 'moves'> {
  const out: Pick<WeekInputs, 'easeOffs' | 'moves'> = {};
  const easeOffs = easeOffsFrom(notes, span.startDate, span.endDate);
  if (easeOffs.length) out.easeOffs = easeOffs;
  const moves = notes.flatMap((a) => {
    // "this week I can train thu fri sun": the week's moves, in the order they apply, among the other moves.
    if (a.type === 'week_days' && a.effective_from >= span.startDate && a.effective_from <= span.endDate) return readNoteMeta(weekDaysMetaSchema, a.metadata)?.moves ?? [];
    const m = a.type === 'missed_session' ? readNoteMeta(missedSessionMetaSchema, a.metadata) : null;
    // "skip sat" said on Tuesday: Saturday is a rest day this week (a past missed day stays as it was stored).
    if (m?.action === 'drop' && m.ahead && a.effective_from >= span.startDate && a.effective_from <= span.endDate) return [{ from: a.effective_from, to: a.effective_from, asked: true, dropped: true }];
    return m?.action === 'move' && m.to !== null && a.effective_from >= span.startDate && m.to <= span.endDate
      ? [{ from: a.effective_from, to: m.to, ...(m.asked ? { asked: true } : {}) }]
      : [];
  });
  if (moves.length) out.moves = moves;
  return out;
}

async function weekInputs(db: Db, client: ClientRow, plan: ActivePlan, weekNumber: number, today: string): Promise<WeekInputs> {
  const span = weekSpan(plan.outline, weekNumber);
  // Logs up to today, inside the week too: the strength engine gives each day the maxes known before it, so
  // Monday's logged squat (or a stated max) sets Wednesday's load when the week is (re)built. Nothing before
  // the plan started or after today can exist, so a brand-new client's first morning skips the query.
  const upTo = today < span.endDate ? today : span.endDate;
  const logs = upTo < plan.outline.startDate ? [] : await listWorkoutLogs(db, client.id, { from: plan.outline.startDate, to: upTo });
  const history: LoggedSet[] = [];
  for (const l of logs) {
    const set = loggedSetOf(l);
    if (set) history.push(set);
  }
  const inputs: WeekInputs = { strength: { history }, ...noteInputs(await listPlanAdaptations(db, plan.row.id), span) };
  // Paces follow the runner's logged races and quality-run patterns (adaptation/runs.ts), never one outlier.
  const vdot = plan.outline.race && upTo >= plan.outline.startDate ? await runnerVdot(db, client, plan, upTo) : null;
  if (vdot?.changed) inputs.race = { vdot: vdot.vdot };
  const prev = weekNumber > 1 ? weekSpan(plan.outline, weekNumber - 1) : null;
  // Adapt from last week only once it is over: a Monday preview of next week must not read one logged run
  // as "missed the other days" and cut the volume.
  if (plan.outline.race && prev && prev.endDate < today) {
    const prevRow = await findMicrocycle(db, plan.row.id, weekNumber - 1);
    const prevLogs = logs.filter((l) => l.date >= prev.startDate && l.date <= prev.endDate);
    // A stored week that does not parse is as good as none: last week's execution is then not counted.
    const prevWeek = prevRow && prevLogs.length ? readProgramWeek(prevRow.pattern) : null;
    if (prevWeek) {
      const planned = prevWeek.race?.days.filter((d) => d.type !== 'rest') ?? [];
      const doneDates = new Set(prevLogs.filter((l) => l.kind === 'done' || l.kind === 'run').map((l) => l.date));
      const actual = planned.reduce((sum, d) => {
        const ran = prevLogs.find((l) => l.kind === 'run' && l.date === d.date)?.details as { distance?: number } | undefined;
        return sum + (ran?.distance ?? (doneDates.has(d.date) ? d.total : 0));
      }, 0);
      // A planned run with nothing logged for its day, not even a skip, is not known to be missed: asked about.
      const saidDates = new Set(prevLogs.map((l) => l.date));
      const unloggedDates = planned.filter((d) => !saidDates.has(d.date)).map((d) => d.date);
      inputs.race = {
        ...inputs.race,
        previous: { weekNumber: weekNumber - 1, completedDays: doneDates.size, plannedDays: planned.length, actualVolume: Math.round(actual * 10) / 10, unloggedDates },
      };
    }
  }
  return inputs;
}

/**
 * The key a stored week was built for: the engine's version, the plan's input revision (bumped by every
 * adaptation, signal, log or max) and whether the week before is over (race weeks adapt to it only then).
 * A stored week with another key is stale: one string comparison per read decides.
 */
export function weekStamp(plan: ActivePlan, weekNumber: number, today: string, shift = 0): string {
  const prevOver = weekNumber > 1 && weekSpan(plan.outline, weekNumber - 1).endDate < today;
  // A week replayed after a pause or a long break (plan-breaks.ts) is built again for its new dates.
  return `${ADAPTATION_ENGINE_VERSION}:${plan.row.inputs_rev}:${prevOver ? 1 : 0}${shift ? `:s${shift}` : ''}`;
}

/** The shift (days) a stamp from weekStamp was built for: 0 when the week was built in place. */
export function stampShift(stamp: string | undefined): number {
  return Number(/:s(\d+)$/.exec(stamp ?? '')?.[1] ?? 0);
}

/**
 * Whether a log of `kind` dated `date` is surely an input to a week build (weekInputs): a lift or a max (the known
 * maxes set the loads), a run (the paces), and a "done" or skip of a race week already over (the next week adapts to
 * how it went, once it is over). A "done" or skip of a week still going is read by a build only as a settled date,
 * which moves nothing unless the plan has adaptations to place (hasAdaptations: its notes, recent soreness), so its
 * store bumps the plan's revision only when a row exists that adaptationContext would read (adaptation-inputs.service
 * adaptationRowsFilter, tested by writeLogs `ifAdapted`): "tomorrow" after "done" is then answered from the stored
 * week instead of rebuilding it to find it unchanged.
 */
export function logIsWeekInput(plan: ActivePlan, kind: 'done' | 'skipped' | 'strength' | 'run', date: string, today: string): boolean {
  if (kind === 'strength' || kind === 'run') return true;
  if (!plan.outline.race) return false;
  const n = weekNumberFor(plan.outline, date);
  return n === null || weekSpan(plan.outline, n).endDate < today;
}

/** Marks the plan's inputs changed (call it in the transaction that stored the adaptation, signal, log or max). */
export async function markPlanInputsChanged(db: Db, planId: string): Promise<number> {
  return bumpInputsRev(db, planId);
}

export interface WeekResult {
  id: string;
  week: ProgramWeek;
  /** What this build changed in days the client could still do, compared with the week as it was. */
  changes: PlanChange[];
  /** Whether this call rewrote any stored day (a stale week rebuilt): a day read before it must be read again. */
  rewrote: boolean;
  /**
   * The week was already current when asked: a stale day read before this call was rewritten or restamped by an
   * earlier rebuild (a lift log's reply reads Thursday, which rebuilds the week, then Saturday read beforehand).
   */
  stood?: true;
}

/**
 * The plan week, provisional until it happens. The rule:
 *  - A week is built on first need and stored with the key it was built for (`weekStamp`).
 *  - When any input changes (an adaptation, a signal, a log, new maxes, a new engine version), the next read
 *    of the week rebuilds it, and rewrites the stored days that have not started: dates after today that are
 *    not logged, completed or skipped.
 *  - Today's stored workout (already texted or asked for) is rewritten only when `rewriteToday` is set: the
 *    client's report concerns today ("sick", "legs are wrecked", "hotel today"), and the reply gives the new
 *    version. A completed, skipped or logged day, or a past day, is never rewritten.
 *  - Previewing never freezes anything: a previewed day is just a stored day that has not started.
 * `today` is the client's local date.
 */
export async function getOrCreateWeek(
  db: Db,
  client: ClientRow,
  plan: ActivePlan,
  weekNumber: number,
  today: string,
  opts: { rewriteToday?: boolean; shift?: number } = {},
): Promise<WeekResult> {
  const existing = await findMicrocycle(db, plan.row.id, weekNumber);
  const shift = opts.shift ?? 0;
  const stamp = weekStamp(plan, weekNumber, today, shift);
  const storedStamp = existing ? readBuiltWith(existing.engine_input).stamp : undefined;
  // A stored week that does not parse is rebuilt, as a stale one is.
  const storedWeek = existing ? readStoredWeek(existing) : null;
  if (existing && storedWeek && storedStamp === stamp && !opts.rewriteToday) return { id: existing.id, week: storedWeek, changes: [], rewrote: false, stood: true };

  const span = weekSpan(plan.outline, weekNumber);
  const [inputs, ctx, rows, logged] = await Promise.all([
    weekInputs(db, client, plan, weekNumber, today),
    adaptationContext(db, client.id, plan.row.id, today, { planShift: plan.outline.race ? null : shift }),
    existing ? listWeekWorkouts(db, existing.id) : Promise.resolve([]),
    listLoggedDates(db, client.id, addDays(span.startDate, -7), addDays(span.endDate, 7)),
  ]);
  const planDateOf = (r: WorkoutRow) => readBuiltWith(r.engine_input).planDate ?? r.date;
  // Lifts logged on today's rest day (an extra session) leave the day open to a change that concerns today ("move
  // wed to today"): the logs stay on the date and the day becomes the session. Kept as rest, the moved session
  // vanished (its own day was rest by then).
  const openRestToday = opts.rewriteToday === true && rows.some((r) => r.date === today && r.status === 'scheduled' && readStoredWorkoutDay(r)?.kind === 'rest');
  const loggedSet = new Set(openRestToday ? logged.filter((d) => d !== today) : logged);
  const keep = (r: WorkoutRow) => r.status !== 'scheduled' || loggedSet.has(r.date) || r.date < today || (r.date === today && !opts.rewriteToday);
  const settled = new Set<string>([...rows.filter(keep).map(planDateOf), ...loggedSet]);
  for (let d = span.startDate; d < addDays(today, -shift) && d <= span.endDate; d = addDays(d, 1)) settled.add(d);
  const { week, changes } = memoAdaptedWeek(plan.request, plan.outline, weekNumber, inputs, ctx, settled);
  const engineInput = { weekNumber, inputs, planVersion: plan.row.version, stamp, adaptations: ctx };

  if (!existing) {
    const row = await insertMicrocycleOnce(db, { clientId: client.id, planId: plan.row.id, weekNumber, startDate: week.startDate, pattern: week, engineInput });
    const open = changes.map((c) => onlyDates(c, (d) => !settled.has(d))).filter((c): c is PlanChange => c !== null);
    // Another turn may have stored the week first: its week is the one the client is told. The morning pass's
    // deferred insert hands our own week back (the same object): nothing to parse then.
    const stored = row.pattern === week ? week : readStoredWeek(row);
    return { id: row.id, week: stored ?? week, changes: open, rewrote: false };
  }

  const after = daysOf(plan.outline, week);
  // What the client saw is unknown when the stored week did not parse: nothing is reported as moved.
  const before = storedWeek ? daysOf(plan.outline, storedWeek) : after;
  const rewrites: { row: WorkoutRow; day: WorkoutDay }[] = [];
  const restamped: WorkoutRow[] = [];
  for (const r of rows) {
    if (keep(r)) continue;
    const fresh = after.get(planDateOf(r));
    if (!fresh) continue;
    const day: WorkoutDay = { ...fresh, date: r.date };
    if (sameJson(day, r.workout) === false) rewrites.push({ row: r, day });
    else if (readBuiltWith(r.engine_input).stamp !== stamp) restamped.push(r);
  }
  // A rebuild that leaves the week as stored (the same lift logged again) rewrites only its build record: the
  // ~9 KB week is not sent, parsed and stored again as it was. A day the rebuild left as it was gets the week's
  // new key in the same statement: it stands again (storedDayAnswers), so "tomorrow" after a log is answered from
  // the store instead of a turn that reads the week only to find the day unchanged (~9 statements, every time).
  await updateMicrocycle(db, existing, storedWeek && sameJson(week, existing.pattern) ? undefined : week, engineInput, { days: restamped, stamp });
  for (const { row: r, day } of rewrites) await updateScheduledWorkout(db, r.id, day, day.why, { ...(r.engine_input as object), stamp });
  const rewrote = rewrites.length > 0;
  // Report only what moved since the client last saw this week, on days still to come.
  const fresh = changes
    .map((c) => onlyDates(c, (d) => !settled.has(d) && describeDay(before.get(d)) !== c.after[d]))
    .filter((c): c is PlanChange => c !== null)
    .map((c) => ({ ...c, before: Object.fromEntries(c.dates.map((d) => [d, describeDay(before.get(d))])) }));
  return { id: existing.id, week, changes: fresh, rewrote };
}

/**
 * Key-order-free equality of two values as JSON (jsonb does not keep key order): what comparing their
 * key-sorted JSON texts says, without building either (a rebuilt week compared each of its stored days so, ~0.1 ms a day).
 * As in JSON, a key whose value is undefined (or a function) is absent, and a non-finite number is null.
 */
function sameJson(a: unknown, b: unknown): boolean {
  const absent = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const asJson = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  const same = (x: unknown, y: unknown): boolean => {
    x = asJson(x);
    y = asJson(y);
    if (x === y) return true;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      // In an array, undefined and functions print as null.
      for (let i = 0; i < x.length; i++) if (!same(absent(x[i]) ? null : x[i], absent(y[i]) ? null : y[i])) return false;
      return true;
    }
    if (typeof (x as { toJSON?: unknown }).toJSON === 'function' || typeof (y as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(x) === JSON.stringify(y);
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    let keys = 0;
    for (const k in xo) {
      if (!Object.hasOwn(xo, k) || absent(xo[k])) continue;
      keys++;
      if (!Object.hasOwn(yo, k) || absent(yo[k]) || !same(xo[k], yo[k])) return false;
    }
    for (const k in yo) if (Object.hasOwn(yo, k) && !absent(yo[k])) keys--;
    return keys === 0;
  };
  return same(a, b);
}

function onlyDates(c: PlanChange, keep: (d: string) => boolean): PlanChange | null {
  const dates = c.dates.filter(keep);
  if (!dates.length) return null;
  return { ...c, dates, before: Object.fromEntries(dates.map((d) => [d, c.before[d]!])), after: Object.fromEntries(dates.map((d) => [d, c.after[d]!])) };
}

/**
 * Whether a stored day is what workoutOn answers for its date without building or writing anything: a day of this
 * plan that parses (one that does not is rebuilt from its week) and is today's or a past one, whatever its week's
 * key (what the client was told: no rebuild from workoutOn rewrites today), or a later one built with its week's
 * current key. One rule for the turn and for the answer from the store (withStoredDays): "what's today" after a log
 * (which made the week's key stale) is then answered from the store.
 * Decided once per row object, plan and day: withStoredDays checks the rows and workoutOn answers from the same rows
 * (two checks per question, each working out the week's key of a later day). Today's and past days need no key.
 */
function storedDayAnswers(plan: ActivePlan, row: WorkoutRow, today: string): boolean {
  if (row.plan_id !== plan.row.id || storedDay(row) === null) return false;
  if (row.date <= today) return true;
  const known = laterDayStands.get(row);
  if (known && known.plan === plan && known.today === today) return known.stands;
  const built = readBuiltWith(row.engine_input);
  // A day built after a break sits on a later calendar date than its plan date; the stamp counts that shift.
  const shift = built.planDate ? daysBetween(built.planDate, row.date) : 0;
  const stands = built.weekNumber !== undefined && built.stamp === weekStamp(plan, built.weekNumber, today, shift);
  laterDayStands.set(row, { plan, today, stands });
  return stands;
}

/** storedDayAnswers' verdict on a later day, by row object, for the plan object and day it was reached for. */
const laterDayStands = new WeakMap<WorkoutRow, { plan: ActivePlan; today: string; stands: boolean }>();

const parsedDays = new WeakMap<WorkoutRow, WorkoutDay | null>();

/**
 * A stored row's day, parsed once per row read: a view checks the days stand (withStoredDays) and then answers
 * from the same rows (workoutOn), so the batch-read row object is parsed once, not twice.
 */
function storedDay(row: WorkoutRow): WorkoutDay | null {
  let day = parsedDays.get(row);
  if (day === undefined) {
    day = readStoredWorkoutDay(row);
    parsedDays.set(row, day);
  }
  return day;
}

/**
 * Runs `fn` with the stored workouts of `dates` handed to workoutOn, read in one statement, when every one
 * of them is the answer as stored (see storedDayAnswers); null, without running `fn`, when any would have to be
 * built or rebuilt. `fn` gets a handle that carries those rows (db/batch-reads readsOn): a caller answering a
 * question about these days on it then reads and writes nothing more. `fn` is also given the rows it answers
 * from (one per distinct date), so a caller that stores the answer later can check they are still the same
 * (inbound-messages.repository AnswerBasis).
 */
export async function withStoredDays<T, D extends Db>(
  db: D,
  client: ClientRow,
  plan: ActivePlan,
  dates: string[],
  today: string,
  fn: (days: readonly WorkoutRow[], db: D) => Promise<T>,
  /** The stored day of one date when the caller read it already (the inbound insert reads today's). */
  prefetched?: { date: string; row: WorkoutRow | null },
  /**
   * Stored days an earlier answer read, held by a caller that checks them again when it stores the answer
   * (an answer worked out ahead, inbound-messages.repository AnswerBasis): not read again.
   */
  held?: readonly WorkoutRow[],
): Promise<T | null> {
  const unique = [...new Set(dates)];
  const byDate = new Map<string, WorkoutRow | null>();
  for (const row of held ?? []) byDate.set(row.date, row);
  if (prefetched) byDate.set(prefetched.date, prefetched.row);
  // Only the dates nobody holds are read, in one statement.
  const missing = unique.filter((d) => !byDate.has(d));
  for (const row of await findClientWorkouts(db, client.id, missing)) byDate.set(row.date, row);
  const reads = emptyBatchReads();
  const used = new Set<WorkoutRow>();
  for (const date of dates) {
    const row = byDate.get(date);
    if (!row || !storedDayAnswers(plan, row, today)) return null;
    reads.workouts.set(`${client.id}|${date}`, row);
    used.add(row);
  }
  return fn([...used], readsOn(db, reads));
}

export type DayLookup =
  | { kind: 'workout'; day: WorkoutDay; workoutId: string; status: 'scheduled' | 'completed' | 'skipped' }
  | { kind: 'before_plan'; startDate: string }
  | { kind: 'after_plan'; endDate: string };

/** Days made from shared (frozen) weeks, by week, then plan date and date, with the outline they were made for. */
const sharedDays = new WeakMap<object, Map<string, { outline: PlanOutline; day: WorkoutDay | null }>>();

/**
 * The engine's day of `week` at `planDate`, dated `date`. A frozen week and outline are shared by every client on
 * one template (the week memo, the morning prefetch): their day is made once and shared, frozen, as a stored
 * day read by many is, instead of being converted (and later serialized to be stored) once per client.
 */
export function dayOfWeek(outline: PlanOutline, week: ProgramWeek, planDate: string, date: string): WorkoutDay | null {
  const make = () => {
    const engineDay = workoutFor(outline, week, planDate);
    return engineDay && { ...engineDay, date };
  };
  if (!Object.isFrozen(week) || !Object.isFrozen(outline)) return make();
  let byDate = sharedDays.get(week);
  if (!byDate) sharedDays.set(week, (byDate = new Map()));
  const key = `${planDate}|${date}`;
  const known = byDate.get(key);
  if (known && known.outline === outline) return known.day;
  const day = make();
  byDate.set(key, { outline, day: day && deepFreeze(day) });
  return byDate.get(key)!.day;
}

/**
 * The workout for a calendar date: plan position → the week (built, or rebuilt if its inputs changed; see
 * getOrCreateWeek for what may be rewritten) → the day (stored on first need). The stored instance is what
 * the client was told, so later questions agree with it. Past dates answer from what is stored.
 */
export async function workoutOn(db: Db, client: ClientRow, plan: ActivePlan, date: string, today: string = date): Promise<DayLookup> {
  // One query when nothing changed: a past day, or a stored day built with the week's current key. Today's
  // stored day of this plan is the answer too, whatever its key: what the client was told, and no rebuild from
  // here rewrites it (getOrCreateWeek keeps today unless `rewriteToday`, which this never asks). Rebuilding its
  // stale week here only to return the same row cost ~10 statements per log text (each log makes the week
  // stale for the next); the week is rebuilt when a day it can still change is read.
  const first = await findWorkout(db, client.id, date);
  const firstDay = first && storedDayAnswers(plan, first, today) ? storedDay(first) : null;
  if (first && firstDay) return { kind: 'workout', day: firstDay, workoutId: first.id, status: first.status };
  const { planDate, weekNumber } = await planPosition(db, plan, date);
  if (weekNumber === null) {
    const stored = await findWorkout(db, client.id, date);
    const day = stored && stored.plan_id === plan.row.id ? storedDay(stored) : null;
    if (stored && day) return { kind: 'workout', day, workoutId: stored.id, status: stored.status };
    return planDate < plan.outline.startDate ? { kind: 'before_plan', startDate: plan.outline.startDate } : { kind: 'after_plan', endDate: plan.outline.endDate };
  }
  const shift = daysBetween(planDate, date);
  const { id: microcycleId, week, changes, rewrote, stood } = await getOrCreateWeek(db, client, plan, weekNumber, today, { shift });
  // Days the client had seen that a later input (a log, new maxes, an engine fix) rewrote: kept with reasons.
  if (changes.length) {
    await insertPlanChanges(db, changes.map((c) => ({ clientId: client.id, planId: plan.row.id, type: c.type, reason: c.reason, dates: c.dates, before: c.before, after: c.after, trigger: 'auto' as const })));
  }
  // Re-read only a day that was stored at the first read, and only when the rebuild rewrote stored days or the
  // week was already current (then the stale day read first was rewritten by an earlier rebuild: "Saturday's
  // front squat stays at 185" was said from it while Saturday was stored at 165). A week rebuilt now with the
  // same days left it as read. A day that was not stored is not stored by the rebuild either, and one stored
  // meanwhile wins insertWorkoutOnce below.
  const stored = first && (rewrote || stood) ? await findWorkout(db, client.id, date) : first;
  const storedNow = stored && stored.plan_id === plan.row.id ? storedDay(stored) : null;
  if (stored && storedNow) return { kind: 'workout', day: storedNow, workoutId: stored.id, status: stored.status };
  const day = dayOfWeek(plan.outline, week, planDate, date);
  if (!day) return { kind: 'after_plan', endDate: plan.outline.endDate };
  const engineInput = { planDate, weekNumber, planVersion: plan.row.version, stamp: weekStamp(plan, weekNumber, today, shift) };
  if (stored && stored.plan_id === plan.row.id) {
    // The stored day does not parse: rebuilt from its week, as a stale one is (a done day is shown, not rewritten).
    await updateScheduledWorkout(db, stored.id, day, day.why, engineInput);
    return { kind: 'workout', day, workoutId: stored.id, status: stored.status };
  }
  const row = await insertWorkoutOnce(db, { clientId: client.id, planId: plan.row.id, microcycleId, date, workout: day, rationale: day.why, engineInput });
  // Another turn may have stored the day first: its day is the one the client was told. Parsed through the
  // stored-day cache, so the next text that reads this row (same id and version) does not parse it again.
  return { kind: 'workout', day: readStoredWorkoutDay(row) ?? day, workoutId: row.id, status: row.status };
}
