import type { Db } from '../db-types.js';

/** Every stored plan change for a client, newest first, with the plan version it belongs to. */
export async function listClientAdaptations(db: Db, clientId: string, limit: number) {
  return db
    .selectFrom('plan_adaptations as a')
    .innerJoin('fitness_plans as p', 'p.id', 'a.plan_id')
    .select(['a.id', 'a.type', 'a.reason', 'a.trigger', 'a.effective_from', 'a.effective_to', 'a.created_at', 'p.version as plan_version', 'p.status as plan_status'])
    .where('a.client_id', '=', clientId)
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** A client's plan versions, newest first (a new plan or new training days make a new version). */
export async function listPlanVersions(db: Db, clientId: string) {
  return db
    .selectFrom('fitness_plans')
    .select(['id', 'version', 'status', 'program_type', 'start_date', 'end_date', 'weeks', 'created_at', 'archived_at'])
    .where('client_id', '=', clientId)
    .orderBy('version', 'desc')
    .execute();
}

/** Recent readiness and pain notes, newest first. */
export async function listRecentSignals(db: Db, clientId: string, fromDate: string) {
  return db
    .selectFrom('readiness_signals')
    .select(['id', 'date', 'kind', 'severity', 'body_part', 'note'])
    .where('client_id', '=', clientId)
    .where('date', '>=', fromDate)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
