import type { Db } from '../db/db-types.js';
import type { ClientRow, WorkoutStatus } from '../db/schema.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { listMicrocycles, listPlanWorkouts } from '../db/repositories/plan-schedule.repository.js';
import { addDays, daysBetween } from '../engine/dates.js';
import { weekNumberFor, workoutFor, type ProgramWeek } from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { pauseShiftDays, stampShift, type ActivePlan } from './plans.service.js';
import { breakDaysBefore } from './plan-breaks.js';
import { readBuiltWith, readProgramWeek, readWorkoutDay } from './stored-plan-json.js';
import { projectedWeek } from './plan-weeks.service.js';

export interface ScheduledDay {
  date: string;
  day: WorkoutDay;
  /** `told`: the stored workout the client was sent or asked for; `planned`: what the plan holds for the date today. */
  source: 'told' | 'planned';
  status: WorkoutStatus | null;
}

export interface PlanSchedule {
  /** Every plan week: the stored one where it was built, else the engine's projection; both adapted. */
  weeks: Map<number, { week: ProgramWeek; built: boolean }>;
  /** Every calendar date the plan covers, rest days included, after pauses. */
  days: ScheduledDay[];
  /** The plan week today falls in (after pauses), or null outside the plan. */
  currentWeek: number | null;
  /** Today's date in the plan's own calendar (today moved back by the whole weeks of closed pauses). */
  planDateToday: string;
}

/**
 * The whole plan as it stands, read-only: stored weeks and workouts where they exist, the engine's
 * projection, adapted to the client's notes, for the rest. Nothing is stored here: a future week is built (and adapts to what happened
 * before it) when the coach first needs it, not because someone opened a page or refreshed a calendar.
 * Three queries whatever the plan's length.
 */
export async function loadPlanSchedule(db: Db, client: Pick<ClientRow, 'id' | 'status'>, plan: ActivePlan, today: string): Promise<PlanSchedule> {
  const [weekRows, workoutRows, adaptations] = await Promise.all([
    listMicrocycles(db, plan.row.id),
    listPlanWorkouts(db, client.id, plan.row.id),
    listPlanAdaptations(db, plan.row.id),
  ]);
  const outline = plan.outline;

  const weeks = new Map<number, { week: ProgramWeek; built: boolean }>();
  /** The shift each stored week was built for: a week replayed after a long break is projected anew until rebuilt. */
  const builtShift = new Map<number, number>();
  for (const r of weekRows) {
    const week = readProgramWeek(r.pattern);
    if (week) weeks.set(r.week_number, { week, built: true });
    builtShift.set(r.week_number, stampShift(readBuiltWith(r.engine_input).stamp));
  }
  for (let n = 1; n <= outline.weeks; n++) {
    // Not built yet: the engine's projection with the adaptations in force (the same function builds weeks).
    if (!weeks.has(n)) weeks.set(n, { week: projectedWeek(plan, n, adaptations), built: false });
  }

  const shiftAt = (date: string): number => pauseShiftDays(outline, breakDaysBefore(adaptations, date));
  const told = new Map<string, { day: WorkoutDay; status: WorkoutStatus }>();
  for (const r of workoutRows) {
    const day = readWorkoutDay(r.workout);
    if (day) told.set(r.date, { day: { ...day, date: r.date }, status: r.status });
  }

  const paused = client.status === 'paused';
  const days: ScheduledDay[] = [];
  const lastDate = addDays(outline.endDate, shiftAt('9999-12-31'));
  for (let date = outline.startDate; date <= lastDate; date = addDays(date, 1)) {
    const stored = told.get(date);
    if (stored) {
      days.push({ date, day: stored.day, source: 'told', status: stored.status });
      continue;
    }
    // A paused plan has no future days until the client resumes (then it picks up where it stopped).
    if (paused && date >= today) continue;
    const shift = shiftAt(date);
    const planDate = addDays(date, -shift);
    const n = weekNumberFor(outline, planDate);
    const known = n === null ? undefined : weeks.get(n);
    const entry = n !== null && known?.built && (builtShift.get(n) ?? 0) !== shift ? { week: projectedWeek(plan, n, adaptations), built: false } : known;
    if (!entry) continue;
    const engineDay = workoutFor(outline, entry.week, planDate);
    if (engineDay) days.push({ date, day: { ...engineDay, date }, source: 'planned', status: null });
  }

  const planDateToday = addDays(today, -shiftAt(today));
  return { weeks, days, currentWeek: weekNumberFor(outline, planDateToday), planDateToday };
}
