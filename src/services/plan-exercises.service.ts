/**
 * The exercises a client's plan has them doing around a date: what a logged "rows 3x12 @ 40" most likely was.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { workoutOn, type ActivePlan } from './plans.service.js';

/** Lift ids on the plan's days among `dates` (days outside the plan add nothing), first seen first. */
export async function planExerciseIds(db: Db, client: ClientRow, plan: ActivePlan, dates: readonly string[], today: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const date of dates) {
    const found = await workoutOn(db, client, plan, date, today);
    if (found.kind !== 'workout') continue;
    for (const item of found.day.items) if (item.kind === 'lift') ids.add(item.exerciseId);
  }
  return [...ids];
}
