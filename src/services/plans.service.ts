import { localDateAt } from '../scheduler/morning-time.js';
import type { Db } from '../db/db-types.js';
import type { ClientRow, PlanRow } from '../db/schema.js';
import {
  findActivePlan,
  findMicrocycle,
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
  programWeek,
  weekNumberFor,
  weekSpan,
  workoutFor,
  type PlanOutline,
  type PlanRequest,
  type ProgramWeek,
  type WeekInputs,
} from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import type { LoggedSet } from '../engine/strength/index.js';
import { runnerVdot } from './run-fitness.service.js';

/** The client's calendar date right now, in their zone. */
export function localToday(client: Pick<ClientRow, 'timezone'>, now: Date): string {
  return localDateAt(now, client.timezone);
}

export interface ActivePlan {
  row: PlanRow;
  request: PlanRequest;
  outline: PlanOutline;
}

function toActivePlan(row: PlanRow): ActivePlan {
  return { row, request: row.request as PlanRequest, outline: row.outline as PlanOutline };
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
        notes: null,
      },
      today,
  );
  return toActivePlan(row);
}

/**
 * Days a strength plan has been on hold (closed pause adaptations before `date`, in whole weeks): the plan
 * resumes where it stopped instead of skipping the weeks missed. Race plans keep their dates — the race does not move.
 */
export async function pausedDaysBefore(db: Db, plan: ActivePlan, date: string): Promise<number> {
  if (plan.outline.race) return 0;
  const adaptations = await listPlanAdaptations(db, plan.row.id);
  let days = 0;
  for (const a of adaptations) {
    if (a.type !== 'pause' || !a.effective_to || a.effective_to > date) continue;
    days += Math.max(0, daysBetween(a.effective_from, a.effective_to));
  }
  return pauseShiftDays(plan.outline, days);
}

/** How far closed pauses totalling `closedPauseDays` move a plan's dates (the rule of pausedDaysBefore). */
export function pauseShiftDays(outline: Pick<PlanOutline, 'race'>, closedPauseDays: number): number {
  if (outline.race) return 0;
  // Whole weeks only: shifting by days would move a Mon/Wed/Fri lifter's sessions onto other weekdays.
  // A pause shorter than a week leaves the plan where it is.
  return Math.floor(closedPauseDays / 7) * 7;
}

/** Where a calendar date falls in the plan, after pauses: the plan's own date and week. */
export async function planPosition(db: Db, plan: ActivePlan, date: string): Promise<{ planDate: string; weekNumber: number | null }> {
  const planDate = addDays(date, -(await pausedDaysBefore(db, plan, date)));
  return { planDate, weekNumber: weekNumberFor(plan.outline, planDate) };
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
    const d = l.details as { exerciseId?: string; weight?: number | null; reps?: number | null; rir?: number | null; unit?: 'kg' | 'lb' | null };
    if (l.kind === 'strength' && d.exerciseId && d.weight && d.reps) {
      history.push({ exerciseId: d.exerciseId, date: l.date, weight: d.weight, reps: d.reps, ...(d.rir != null ? { rir: d.rir } : {}), ...(d.unit ? { unit: d.unit } : {}) });
    }
  }
  const inputs: WeekInputs = { strength: { history } };
  // Paces follow the runner's logged races and quality-run patterns (adaptation/runs.ts), never one outlier.
  const vdot = plan.outline.race && upTo >= plan.outline.startDate ? await runnerVdot(db, client, plan, upTo) : null;
  if (vdot?.changed) inputs.race = { vdot: vdot.vdot };
  const prev = weekNumber > 1 ? weekSpan(plan.outline, weekNumber - 1) : null;
  // Adapt from last week only once it is over: a Monday preview of next week must not read one logged run
  // as "missed the other days" and cut the volume.
  if (plan.outline.race && prev && prev.endDate < today) {
    const prevRow = await findMicrocycle(db, plan.row.id, weekNumber - 1);
    const prevLogs = logs.filter((l) => l.date >= prev.startDate && l.date <= prev.endDate);
    if (prevRow && prevLogs.length) {
      const prevWeek = prevRow.pattern as ProgramWeek;
      const planned = prevWeek.race?.days.filter((d) => d.type !== 'rest') ?? [];
      const doneDates = new Set(prevLogs.filter((l) => l.kind === 'done' || l.kind === 'run').map((l) => l.date));
      const actual = planned.reduce((sum, d) => {
        const ran = prevLogs.find((l) => l.kind === 'run' && l.date === d.date)?.details as { distance?: number } | undefined;
        return sum + (ran?.distance ?? (doneDates.has(d.date) ? d.total : 0));
      }, 0);
      inputs.race = {
        ...inputs.race,
        previous: { weekNumber: weekNumber - 1, completedDays: doneDates.size, plannedDays: planned.length, actualVolume: Math.round(actual * 10) / 10 },
      };
    }
  }
  return inputs;
}

/**
 * The plan week, built on first need and stored with the inputs that made it (get-or-create). `today` is the
 * client's local date: what has happened by then is all the week may adapt to.
 */
export async function getOrCreateWeek(db: Db, client: ClientRow, plan: ActivePlan, weekNumber: number, today: string): Promise<{ id: string; week: ProgramWeek }> {
  const existing = await findMicrocycle(db, plan.row.id, weekNumber);
  if (existing) return { id: existing.id, week: existing.pattern as ProgramWeek };
  const inputs = await weekInputs(db, client, plan, weekNumber, today);
  const week = programWeek(plan.request, plan.outline, weekNumber, inputs);
  const row = await insertMicrocycleOnce(db, {
    clientId: client.id,
    planId: plan.row.id,
    weekNumber,
    startDate: week.startDate,
    pattern: week,
    engineInput: { weekNumber, inputs, planVersion: plan.row.version },
  });
  return { id: row.id, week: row.pattern as ProgramWeek };
}

export type DayLookup =
  | { kind: 'workout'; day: WorkoutDay; workoutId: string; status: 'scheduled' | 'completed' | 'skipped' }
  | { kind: 'before_plan'; startDate: string }
  | { kind: 'after_plan'; endDate: string };

/**
 * The workout for a calendar date, got or created: plan position → the week (got or created) → the day
 * (got or created). The stored instance is what the client was told, so later questions agree with it.
 */
export async function workoutOn(db: Db, client: ClientRow, plan: ActivePlan, date: string, today: string = date): Promise<DayLookup> {
  const stored = await findWorkout(db, client.id, date);
  if (stored && stored.plan_id === plan.row.id) {
    return { kind: 'workout', day: stored.workout as WorkoutDay, workoutId: stored.id, status: stored.status };
  }
  const { planDate, weekNumber } = await planPosition(db, plan, date);
  if (weekNumber === null) {
    return planDate < plan.outline.startDate ? { kind: 'before_plan', startDate: plan.outline.startDate } : { kind: 'after_plan', endDate: plan.outline.endDate };
  }
  const { id: microcycleId, week } = await getOrCreateWeek(db, client, plan, weekNumber, today);
  const engineDay = workoutFor(plan.outline, week, planDate);
  if (!engineDay) return { kind: 'after_plan', endDate: plan.outline.endDate };
  const day: WorkoutDay = { ...engineDay, date };
  const row = await insertWorkoutOnce(db, {
    clientId: client.id,
    planId: plan.row.id,
    microcycleId,
    date,
    workout: day,
    rationale: day.why,
    engineInput: { planDate, weekNumber, planVersion: plan.row.version },
  });
  return { kind: 'workout', day: row.workout as WorkoutDay, workoutId: row.id, status: row.status };
}
