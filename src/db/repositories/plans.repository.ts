import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { MicrocycleRow, PlanRow, ProgramType, WorkoutRow } from '../schema.js';
import { randomUUID } from 'node:crypto';
import { asStoredJson, json } from '../json.js';
import { takeBatchRead } from '../batch-reads.js';
import { deferredWrites } from '../batch-writes.js';

export async function findActivePlan(db: Db, clientId: string): Promise<PlanRow | undefined> {
  const pre = takeBatchRead('activePlans', clientId);
  if (pre.hit) return pre.value ?? undefined;
  return db.selectFrom('fitness_plans').selectAll().where('client_id', '=', clientId).where('status', '=', 'active').executeTakeFirst();
}

export async function listPlans(db: Db, clientId: string): Promise<PlanRow[]> {
  return db.selectFrom('fitness_plans').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').execute();
}

export interface NewPlan {
  clientId: string;
  programType: ProgramType;
  startDate: string;
  endDate: string;
  weeks: number;
  request: unknown;
  outline: unknown;
  race: unknown;
  notes: string | null;
}

/**
 * Activates a new plan, archiving the current one (kept as a past version) and dropping the old plan's
 * not-yet-done workouts from `fromDate` on so the new plan's days can take their dates. Run in a transaction.
 */
export async function replaceActivePlan(trx: Db, plan: NewPlan, fromDate: string): Promise<PlanRow> {
  const previous = await trx
    .updateTable('fitness_plans')
    .set({ status: 'archived', archived_at: sql`now()` as any })
    .where('client_id', '=', plan.clientId)
    .where('status', '=', 'active')
    .returning(['id', 'version'])
    .executeTakeFirst();
  if (previous) {
    await trx
      .deleteFrom('workout_instances')
      .where('plan_id', '=', previous.id)
      .where('date', '>=', fromDate)
      .where('status', '=', 'scheduled')
      .execute();
  }
  return trx
    .insertInto('fitness_plans')
    .values({
      client_id: plan.clientId,
      status: 'active',
      program_type: plan.programType,
      start_date: plan.startDate,
      end_date: plan.endDate,
      weeks: plan.weeks,
      request: json(plan.request),
      outline: json(plan.outline),
      race: plan.race === null ? null : json(plan.race),
      version: (previous?.version ?? 0) + 1,
      notes: plan.notes,
      activated_at: sql`now()` as any,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findMicrocycle(db: Db, planId: string, weekNumber: number): Promise<MicrocycleRow | undefined> {
  const pre = takeBatchRead('microcycles', `${planId}|${weekNumber}`);
  if (pre.hit) return pre.value ?? undefined;
  return db.selectFrom('microcycles').selectAll().where('plan_id', '=', planId).where('week_number', '=', weekNumber).executeTakeFirst();
}

/**
 * Stores a plan week unless one exists. Two requests racing for the same week (a "what's today" during the
 * morning run) both read the one row the unique (plan, week) kept.
 */
export async function insertMicrocycleOnce(
  db: Db,
  m: { clientId: string; planId: string; weekNumber: number; startDate: string; pattern: unknown; engineInput: unknown },
): Promise<MicrocycleRow> {
  const deferred = deferredWrites();
  if (deferred) {
    const row: MicrocycleRow = {
      id: randomUUID(),
      client_id: m.clientId,
      plan_id: m.planId,
      week_number: m.weekNumber,
      start_date: m.startDate,
      // Handed back as given (the engine's week, often one shared by many clients): the caller only reads
      // today's day from it, and that day is the row below that comes back in stored shape.
      pattern: m.pattern,
      engine_input: m.engineInput,
      version: 1,
      created_at: new Date(),
    };
    deferred.microcycles.push(row);
    return row;
  }
  const inserted = await db
    .insertInto('microcycles')
    .values({
      client_id: m.clientId,
      plan_id: m.planId,
      week_number: m.weekNumber,
      start_date: m.startDate,
      pattern: json(m.pattern),
      engine_input: json(m.engineInput),
    })
    .onConflict((oc) => oc.columns(['plan_id', 'week_number']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? (await findMicrocycle(db, m.planId, m.weekNumber))!;
}

export async function findWorkout(db: Db, clientId: string, date: string): Promise<WorkoutRow | undefined> {
  const pre = takeBatchRead('workouts', `${clientId}|${date}`);
  if (pre.hit) return pre.value ?? undefined;
  return db.selectFrom('workout_instances').selectAll().where('client_id', '=', clientId).where('date', '=', date).executeTakeFirst();
}

/** One client's stored workouts on these dates (an index read; findWorkoutsOn is for many clients at once). */
export async function findClientWorkouts(db: Db, clientId: string, dates: string[]): Promise<WorkoutRow[]> {
  if (dates.length === 0) return [];
  return db.selectFrom('workout_instances').selectAll().where('client_id', '=', clientId).where('date', 'in', dates).execute();
}

export async function insertWorkoutOnce(
  db: Db,
  w: { clientId: string; planId: string; microcycleId: string | null; date: string; workout: unknown; rationale: string | null; engineInput: unknown },
): Promise<WorkoutRow> {
  const deferred = deferredWrites();
  if (deferred) {
    const row: WorkoutRow = {
      id: randomUUID(),
      client_id: w.clientId,
      plan_id: w.planId,
      microcycle_id: w.microcycleId,
      date: w.date,
      status: 'scheduled',
      workout: asStoredJson(w.workout),
      rationale: w.rationale,
      engine_input: asStoredJson(w.engineInput),
      version: 1,
      created_at: new Date(),
      completed_at: null,
    };
    deferred.workouts.push(row);
    return row;
  }
  const inserted = await db
    .insertInto('workout_instances')
    .values({
      client_id: w.clientId,
      plan_id: w.planId,
      microcycle_id: w.microcycleId,
      date: w.date,
      workout: json(w.workout),
      rationale: w.rationale,
      engine_input: json(w.engineInput),
    })
    .onConflict((oc) => oc.columns(['client_id', 'date']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? (await findWorkout(db, w.clientId, w.date))!;
}

/**
 * Stores a batch's recorded weeks and days (batch-writes.ts) in one statement per table, each unless its
 * (plan, week) or (client, date) is taken; a day whose week did not land is not stored either. Returns the
 * ids that landed: a row missing from it lost to one stored meanwhile.
 */
export async function insertRecordedWeeksAndDays(db: Db, microcycles: MicrocycleRow[], workouts: WorkoutRow[]): Promise<Set<string>> {
  const landed = new Set<string>();
  // Clients sharing a template share its week object: serialize each object once.
  const texts = new Map<unknown, string>();
  const shared = (v: unknown) => {
    let text = texts.get(v);
    if (text === undefined) texts.set(v, (text = JSON.stringify(v)));
    return sql<unknown>`${text}::jsonb`;
  };
  if (microcycles.length) {
    const rows = await db
      .insertInto('microcycles')
      .values(
        microcycles.map((m) => ({
          id: m.id,
          client_id: m.client_id,
          plan_id: m.plan_id,
          week_number: m.week_number,
          start_date: m.start_date,
          pattern: shared(m.pattern),
          engine_input: json(m.engine_input),
        })),
      )
      .onConflict((oc) => oc.columns(['plan_id', 'week_number']).doNothing())
      .returning('id')
      .execute();
    for (const r of rows) landed.add(r.id);
  }
  const recorded = new Set(microcycles.map((m) => m.id));
  const days = workouts.filter((w) => !w.microcycle_id || !recorded.has(w.microcycle_id) || landed.has(w.microcycle_id));
  if (days.length) {
    const rows = await db
      .insertInto('workout_instances')
      .values(
        days.map((w) => ({
          id: w.id,
          client_id: w.client_id,
          plan_id: w.plan_id,
          microcycle_id: w.microcycle_id,
          date: w.date,
          workout: json(w.workout),
          rationale: w.rationale,
          engine_input: json(w.engine_input),
        })),
      )
      .onConflict((oc) => oc.columns(['client_id', 'date']).doNothing())
      .returning('id')
      .execute();
    for (const r of rows) landed.add(r.id);
  }
  return landed;
}

export async function setWorkoutStatus(db: Db, id: string, status: 'completed' | 'skipped'): Promise<void> {
  await db
    .updateTable('workout_instances')
    .set({ status, completed_at: status === 'completed' ? (sql`now()` as any) : null })
    .where('id', '=', id)
    .execute();
}

export async function listPlanAdaptations(db: Db, planId: string) {
  const pre = takeBatchRead('adaptations', planId);
  if (pre.hit) return pre.value;
  return db.selectFrom('plan_adaptations').selectAll().where('plan_id', '=', planId).orderBy('created_at').execute();
}

export async function insertPlanAdaptation(
  db: Db,
  a: { clientId: string; planId: string; type: string; reason: string; trigger: 'auto' | 'asked'; effectiveFrom: string; effectiveTo?: string | null; metadata?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('plan_adaptations')
    .values({
      client_id: a.clientId,
      plan_id: a.planId,
      type: a.type,
      reason: a.reason,
      trigger: a.trigger,
      effective_from: a.effectiveFrom,
      effective_to: a.effectiveTo ?? null,
      metadata: json(a.metadata ?? {}),
    })
    .execute();
}

export async function closeOpenAdaptation(db: Db, planId: string, type: string, effectiveTo: string): Promise<number> {
  const res = await db
    .updateTable('plan_adaptations')
    .set({ effective_to: effectiveTo })
    .where('plan_id', '=', planId)
    .where('type', '=', type)
    .where('effective_to', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

// ---- Batch reads (the morning pass reads a whole batch of clients in one statement each) -------------------

export async function findActivePlans(db: Db, clientIds: string[]): Promise<PlanRow[]> {
  if (clientIds.length === 0) return [];
  return db.selectFrom('fitness_plans').selectAll().where('client_id', 'in', clientIds).where('status', '=', 'active').execute();
}

/** The stored workouts for these (client, date) pairs. */
export async function findWorkoutsOn(db: Db, pairs: Array<{ clientId: string; date: string }>): Promise<WorkoutRow[]> {
  if (pairs.length === 0) return [];
  return db
    .selectFrom('workout_instances')
    .selectAll()
    .where(
      sql<boolean>`(client_id, date) in (select * from unnest(${pairs.map((p) => p.clientId)}::uuid[], ${pairs.map((p) => p.date)}::date[]))`,
    )
    .execute();
}

/** The stored weeks for these (plan, week number) pairs. */
export async function findMicrocyclesFor(db: Db, pairs: Array<{ planId: string; weekNumber: number }>): Promise<MicrocycleRow[]> {
  if (pairs.length === 0) return [];
  return db
    .selectFrom('microcycles')
    .selectAll()
    .where(
      sql<boolean>`(plan_id, week_number) in (select * from unnest(${pairs.map((p) => p.planId)}::uuid[], ${pairs.map((p) => p.weekNumber)}::int[]))`,
    )
    .execute();
}

export async function listAdaptationsForPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db.selectFrom('plan_adaptations').selectAll().where('plan_id', 'in', planIds).orderBy('created_at').execute();
}
