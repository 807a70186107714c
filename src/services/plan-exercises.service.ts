/**
 * The exercises a client's plan has them doing around a date: what a logged "rows 3x12 @ 40" most likely was.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { daysBetween } from '../engine/dates.js';
import { workoutDaysOf } from '../engine/program/program.js';
import { getOrCreateWeek, planPosition, workoutOn, type ActivePlan } from './plans.service.js';

/**
 * Lift ids of the plan week holding `today`, first seen first (none outside the plan). Today's day is looked up
 * first (the log stores against it, and any rebuild's changes are recorded there); the week is then the stored
 * one: one read, not a lookup (and a stored row) per day of the week.
 */
export async function planExerciseIds(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<string[]> {
  await workoutOn(db, client, plan, today, today);
  const { planDate, weekNumber } = await planPosition(db, plan, today);
  if (weekNumber === null) return [];
  const { week } = await getOrCreateWeek(db, client, plan, weekNumber, today, { shift: daysBetween(planDate, today) });
  const ids = new Set<string>();
  for (const day of workoutDaysOf(plan.outline, week)) for (const item of day.items) if (item.kind === 'lift') ids.add(item.exerciseId);
  return [...ids];
}

/**
 * The lifts of the plan week holding `today` done at a slow tempo (a pause or a slow lowering, set when the
 * client's heaviest weight is too light for the reps), with their day: what "why pauses" is about for this client.
 */
export async function planTempoLifts(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<Array<{ date: string; name: string; tempo: string }>> {
  const { planDate, weekNumber } = await planPosition(db, plan, today);
  if (weekNumber === null) return [];
  const { week } = await getOrCreateWeek(db, client, plan, weekNumber, today, { shift: daysBetween(planDate, today) });
  const out: Array<{ date: string; name: string; tempo: string }> = [];
  for (const day of workoutDaysOf(plan.outline, week)) {
    for (const item of day.items) if (item.kind === 'lift' && item.tempo) out.push({ date: day.date, name: item.name, tempo: item.tempo });
  }
  return out;
}
