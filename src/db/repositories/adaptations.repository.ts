import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import { batchLogs, batchSignals } from '../batch-reads.js';
import { forgetWorkout, keptLogs, keptSignals, turnReadsOf } from '../turn-reads.js';
import { json } from '../json.js';
import type { MicrocycleRow, WorkoutRow } from '../schema.js';

/** Marks everything the plan's weeks are built from as changed; returns the new revision. */
export async function bumpInputsRev(db: Db, planId: string): Promise<number> {
  const row = await db
    .updateTable('fitness_plans')
    .set({ inputs_rev: sql`inputs_rev + 1` as any })
    .where('id', '=', planId)
    .returning(['inputs_rev'])
    .executeTakeFirst();
  if (row) keepInputsRev(db, planId, row.inputs_rev);
  return row?.inputs_rev ?? 0;
}

/** A kept active plan row (turn-reads.ts) as the revision bump left it. */
export function keepInputsRev(db: Db, planId: string, rev: number): void {
  const kept = turnReadsOf(db);
  if (!kept) return;
  for (const [clientId, plan] of kept.plans) if (plan?.id === planId) kept.plans.set(clientId, { ...plan, inputs_rev: rev });
}

export async function findInputsRev(db: Db, planId: string): Promise<number> {
  const row = await db.selectFrom('fitness_plans').select(['inputs_rev']).where('id', '=', planId).executeTakeFirst();
  return row?.inputs_rev ?? 0;
}

/** Rewrites a stored week and its build record (`pattern` undefined: the week stands as stored, only the record is written). */
export async function updateMicrocycle(db: Db, id: string, pattern: unknown, engineInput: unknown): Promise<MicrocycleRow> {
  const row = await db
    .updateTable('microcycles')
    .set({ ...(pattern === undefined ? {} : { pattern: json(pattern) }), engine_input: json(engineInput), version: sql`version + 1` as any })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  turnReadsOf(db)?.microcycles.set(`${row.plan_id}|${row.week_number}`, row);
  return row;
}

export async function listWeekWorkouts(db: Db, microcycleId: string): Promise<WorkoutRow[]> {
  return db.selectFrom('workout_instances').selectAll().where('microcycle_id', '=', microcycleId).orderBy('date').execute();
}

/** Rewrites a not-yet-done workout (its version goes up); a completed or skipped one is never matched. */
export async function updateScheduledWorkout(db: Db, id: string, workout: unknown, rationale: string | null, engineInput: unknown): Promise<void> {
  const kept = turnReadsOf(db);
  if (kept) forgetWorkout(kept, id);
  await db
    .updateTable('workout_instances')
    .set({ workout: json(workout), rationale, engine_input: json(engineInput), version: sql`version + 1` as any })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .execute();
}

export async function listLoggedDates(db: Db, clientId: string, from: string, to: string): Promise<string[]> {
  const pre = batchLogs(db, clientId, from, to) ?? (await keptLogs(db, clientId, from, to));
  if (pre) return [...new Set(pre.map((r) => r.date))];
  const rows = await db.selectFrom('workout_logs').select(['date']).distinct().where('client_id', '=', clientId).where('date', '>=', from).where('date', '<=', to).execute();
  return rows.map((r) => r.date);
}

export async function listSignalsSince(db: Db, clientId: string, kinds: Array<'soreness' | 'pain' | 'illness' | 'sleep' | 'stress' | 'energy'>, from: string) {
  const pre = batchSignals(db, clientId, kinds, from) ?? (await keptSignals(db, clientId, kinds, from));
  if (pre) return pre;
  return db.selectFrom('readiness_signals').selectAll().where('client_id', '=', clientId).where('kind', 'in', kinds).where('date', '>=', from).orderBy('date').orderBy('created_at').execute();
}

export interface NewPlanChange {
  clientId: string;
  planId: string;
  type: string;
  reason: string;
  dates: string[];
  before: Record<string, string>;
  after: Record<string, string>;
  trigger: 'auto' | 'asked';
}

export async function insertPlanChanges(db: Db, changes: readonly NewPlanChange[]): Promise<void> {
  if (!changes.length) return;
  await db
    .insertInto('plan_changes')
    .values(
      changes.map((c) => ({
        client_id: c.clientId,
        plan_id: c.planId,
        type: c.type,
        reason: c.reason,
        dates: json(c.dates),
        before: json(c.before),
        after: json(c.after),
        trigger: c.trigger,
      })),
    )
    .execute();
}

export async function listRecentPlanChanges(db: Db, planId: string, limit: number) {
  return db.selectFrom('plan_changes').selectAll().where('plan_id', '=', planId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Replaces one adaptation's reason and metadata (a trip amended by a follow-up text). */
export async function updateAdaptation(db: Db, id: string, reason: string, metadata: Record<string, unknown>): Promise<void> {
  turnReadsOf(db)?.adaptations.clear();
  await db.updateTable('plan_adaptations').set({ reason, metadata: json(metadata) }).where('id', '=', id).execute();
}

/** Ends adaptations (pain that is better) on `date`: they no longer apply after it. */
export async function endAdaptations(db: Db, ids: readonly string[], date: string): Promise<void> {
  if (!ids.length) return;
  turnReadsOf(db)?.adaptations.clear();
  await db.updateTable('plan_adaptations').set({ effective_to: date }).where('id', 'in', [...ids]).execute();
}

/** Readiness signals of several clients dated `from` on (the morning pass reads a batch's at once). */
export async function listSignalsSinceFor(db: Db, clientIds: string[], kinds: Array<'soreness' | 'pain' | 'illness' | 'sleep' | 'stress' | 'energy'>, from: string) {
  if (clientIds.length === 0) return [];
  return db.selectFrom('readiness_signals').selectAll().where('client_id', 'in', clientIds).where('kind', 'in', kinds).where('date', '>=', from).orderBy('date').orderBy('created_at').execute();
}
