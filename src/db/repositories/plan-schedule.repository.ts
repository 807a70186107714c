import type { Db } from '../db-types.js';
import type { MicrocycleRow, WorkoutRow } from '../schema.js';

/** Every stored week of a plan, in order. */
export async function listMicrocycles(db: Db, planId: string): Promise<MicrocycleRow[]> {
  return db.selectFrom('microcycles').selectAll().where('plan_id', '=', planId).orderBy('week_number').execute();
}

/** Every stored workout of a client's plan (what the client was told, with its status), by date. */
export async function listPlanWorkouts(db: Db, clientId: string, planId: string): Promise<WorkoutRow[]> {
  return db
    .selectFrom('workout_instances')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('plan_id', '=', planId)
    .orderBy('date')
    .execute();
}
