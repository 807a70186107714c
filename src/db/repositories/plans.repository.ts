import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { MicrocycleRow, PlanAdaptationsTable, PlanRow, ProgramType, WorkoutRow } from '../schema.js';
import type { Selectable } from 'kysely';
import { prepared } from '../prepared.js';
import { randomUUID } from 'node:crypto';
import { asStoredJson, json, sharedStoredJson, storedJsonOnRead } from '../json.js';
import { takeBatchRead } from '../batch-reads.js';
import { daysReadWith, forgetWorkout, readDaysWith, takeReadWithDays, turnReadsOf } from '../turn-reads.js';
import { deferredWrites } from '../batch-writes.js';
import { noteDayWritten } from '../written-days.js';
import { SharedByDigest } from '../shared-by-digest.js';

export async function findActivePlan(db: Db, clientId: string): Promise<PlanRow | undefined> {
  const pre = takeBatchRead(db, 'activePlans', clientId);
  if (pre.hit) return pre.value ?? undefined;
  const kept = turnReadsOf(db);
  if (kept?.plans.has(clientId)) return kept.plans.get(clientId) ?? undefined;
  const row = await db.selectFrom('fitness_plans').selectAll().where('client_id', '=', clientId).where('status', '=', 'active').executeTakeFirst();
  kept?.plans.set(clientId, row ?? null);
  return row;
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
  const kept = turnReadsOf(trx);
  if (kept) {
    kept.plans.delete(plan.clientId);
    kept.workouts.clear();
    kept.weekDays.clear();
  }
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
  const key = `${planId}|${weekNumber}`;
  const pre = takeBatchRead(db, 'microcycles', key);
  if (pre.hit) return pre.value ?? undefined;
  const kept = turnReadsOf(db);
  if (kept?.microcycles.has(key)) return kept.microcycles.get(key) ?? undefined;
  const row = await db.selectFrom('microcycles').selectAll().where('plan_id', '=', planId).where('week_number', '=', weekNumber).executeTakeFirst();
  kept?.microcycles.set(key, row ?? null);
  return row;
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
  if (deferred && !deferred.weeksNow) {
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
  if (inserted) turnReadsOf(db)?.microcycles.set(`${m.planId}|${m.weekNumber}`, inserted);
  else turnReadsOf(db)?.microcycles.delete(`${m.planId}|${m.weekNumber}`);
  return inserted ?? (await findMicrocycle(db, m.planId, m.weekNumber))!;
}

export async function findWorkout(db: Db, clientId: string, date: string): Promise<WorkoutRow | undefined> {
  const key = `${clientId}|${date}`;
  const pre = takeBatchRead(db, 'workouts', key);
  if (pre.hit) return pre.value ?? undefined;
  const kept = turnReadsOf(db);
  if (kept?.workouts.has(key)) return kept.workouts.get(key) ?? undefined;
  // The days the unit of work said it will read are read with the first of them (findClientWorkouts keeps them).
  const together = kept ? daysReadWith(kept, clientId, date) : [date];
  if (together.length > 1) return (await findClientWorkouts(db, clientId, together)).find((r) => r.date === date);
  const row = await db.selectFrom('workout_instances').selectAll().where('client_id', '=', clientId).where('date', '=', date).executeTakeFirst();
  kept?.workouts.set(key, row ?? null);
  return row;
}

/** One client's stored workouts on these dates (an index read; findWorkoutsOn is for many clients at once). */
export async function findClientWorkouts(db: Db, clientId: string, dates: string[]): Promise<WorkoutRow[]> {
  if (dates.length === 0) return [];
  const kept = turnReadsOf(db);
  // Kept days answer; only the dates not kept are read, and kept (those with no day as none).
  const missing = kept ? dates.filter((d) => !kept.workouts.has(`${clientId}|${d}`)) : dates;
  // The first read of the days the unit of work said it will read brings what it said it reads with them.
  const also = kept && missing.length ? takeReadWithDays(kept, clientId) : undefined;
  const rows = !missing.length
    ? []
    : kept && also
      ? await readDaysWith(db, kept, clientId, missing, also)
      : await db.selectFrom('workout_instances').selectAll().where('client_id', '=', clientId).where('date', 'in', missing).execute();
  if (!kept) return rows;
  const read = new Map(rows.map((r) => [r.date, r]));
  for (const d of missing) kept.workouts.set(`${clientId}|${d}`, read.get(d) ?? null);
  return [...new Set(dates)].flatMap((d) => {
    const row = kept.workouts.get(`${clientId}|${d}`);
    return row ? [row] : [];
  });
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
      // Clients on one template and date record equal days: one shared (frozen) copy, parsed once by its readers.
      workout: sharedStoredJson(w.workout),
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
    // What the table sets; the day (~1 KB) it was just sent is not echoed back: the row is made from what was
    // written, its JSON in jsonb's shape (as a re-read gives it) and only made if something reads it.
    .returning(['id', 'status', 'version', 'created_at', 'completed_at'])
    .executeTakeFirst();
  const kept = turnReadsOf(db);
  if (!inserted) {
    kept?.workouts.delete(`${w.clientId}|${w.date}`);
    kept?.weekDays.clear();
    return (await findWorkout(db, w.clientId, w.date))!;
  }
  const row: Record<string, unknown> = { id: inserted.id, client_id: w.clientId, plan_id: w.planId, microcycle_id: w.microcycleId, date: w.date, status: inserted.status };
  storedJsonOnRead(row, 'workout', w.workout);
  row['rationale'] = w.rationale;
  storedJsonOnRead(row, 'engine_input', w.engineInput);
  Object.assign(row, { version: inserted.version, created_at: inserted.created_at, completed_at: inserted.completed_at });
  const stored = row as WorkoutRow;
  kept?.workouts.set(`${w.clientId}|${w.date}`, stored);
  kept?.weekDays.clear();
  noteDayWritten(db, stored);
  return stored;
}

/**
 * Stores a batch's recorded weeks and days (batch-writes.ts) in one statement per table, each unless its
 * (plan, week) or (client, date) is taken; a day whose week did not land is not stored either. Returns the
 * ids that landed: a row missing from it lost to one stored meanwhile.
 */
export async function insertRecordedWeeksAndDays(db: Db, microcycles: MicrocycleRow[], workouts: WorkoutRow[]): Promise<Set<string>> {
  const kept = turnReadsOf(db);
  if (kept) {
    kept.microcycles.clear();
    kept.workouts.clear();
    kept.weekDays.clear();
  }
  const landed = new Set<string>();
  if (microcycles.length) {
    // Clients sharing a template share its week (~9 KB): each distinct week crosses the wire and is parsed once,
    // and PostgreSQL copies it into every row that has it (joined by its position in the list).
    const weeks = distinctJson(microcycles.map((m) => m.pattern));
    const rows = await prepared(sql<{ id: string }>`
      insert into microcycles (id, client_id, plan_id, week_number, start_date, pattern, engine_input)
      select v.id, v.client_id, v.plan_id, v.week_number, v.start_date, w.pattern, v.engine_input
        from unnest(${microcycles.map((m) => m.id)}::uuid[], ${microcycles.map((m) => m.client_id)}::uuid[], ${microcycles.map((m) => m.plan_id)}::uuid[],
                    ${microcycles.map((m) => m.week_number)}::int[], ${microcycles.map((m) => m.start_date)}::date[], ${weeks.index}::int[],
                    ${microcycles.map((m) => JSON.stringify(m.engine_input))}::jsonb[])
               as v(id, client_id, plan_id, week_number, start_date, k, engine_input)
        join unnest(${weeks.texts}::jsonb[]) with ordinality as w(pattern, k) on w.k = v.k
      on conflict (plan_id, week_number) do nothing
      returning id`).execute(db);
    for (const r of rows.rows) landed.add(r.id);
  }
  const recorded = new Set(microcycles.map((m) => m.id));
  const days = workouts.filter((w) => !w.microcycle_id || !recorded.has(w.microcycle_id) || landed.has(w.microcycle_id));
  if (days.length) {
    // The same for days: clients on one template and date get the same day, sent and parsed once.
    const texts = distinctJson(days.map((w) => w.workout));
    const rows = await prepared(sql<{ id: string }>`
      insert into workout_instances (id, client_id, plan_id, microcycle_id, date, workout, rationale, engine_input)
      select v.id, v.client_id, v.plan_id, v.microcycle_id, v.date, d.workout, v.rationale, v.engine_input
        from unnest(${days.map((w) => w.id)}::uuid[], ${days.map((w) => w.client_id)}::uuid[], ${days.map((w) => w.plan_id)}::uuid[],
                    ${days.map((w) => w.microcycle_id)}::uuid[], ${days.map((w) => w.date)}::date[], ${texts.index}::int[],
                    ${days.map((w) => w.rationale)}::text[], ${days.map((w) => JSON.stringify(w.engine_input))}::jsonb[])
               as v(id, client_id, plan_id, microcycle_id, date, k, rationale, engine_input)
        join unnest(${texts.texts}::jsonb[]) with ordinality as d(workout, k) on d.k = v.k
      on conflict (client_id, date) do nothing
      returning id`).execute(db);
    for (const r of rows.rows) landed.add(r.id);
  }
  return landed;
}

/**
 * Each distinct JSON value once (`texts`), and for every value its 1-based position there (`index`, as
 * `with ordinality` numbers them). An object seen before is not serialized again.
 */
function distinctJson(values: unknown[]): { texts: string[]; index: number[] } {
  const byObject = new Map<unknown, number>();
  const byText = new Map<string, number>();
  const texts: string[] = [];
  const index = values.map((v) => {
    const seen = byObject.get(v);
    if (seen !== undefined) return seen;
    const text = JSON.stringify(v);
    let k = byText.get(text);
    if (k === undefined) byText.set(text, (k = texts.push(text)));
    if (v !== null && typeof v === 'object') byObject.set(v, k);
    return k;
  });
  return { texts, index };
}

export async function setWorkoutStatus(db: Db, id: string, status: 'completed' | 'skipped'): Promise<void> {
  const kept = turnReadsOf(db);
  if (kept) forgetWorkout(kept, id);
  await db
    .updateTable('workout_instances')
    .set({ status, completed_at: status === 'completed' ? (sql`now()` as any) : null })
    .where('id', '=', id)
    .execute();
}

export async function listPlanAdaptations(db: Db, planId: string) {
  const pre = takeBatchRead(db, 'adaptations', planId);
  if (pre.hit) return pre.value;
  const kept = turnReadsOf(db);
  const known = kept?.adaptations.get(planId);
  if (known) return known;
  const rows = await db.selectFrom('plan_adaptations').selectAll().where('plan_id', '=', planId).orderBy('created_at').execute();
  kept?.adaptations.set(planId, rows);
  return rows;
}

export async function insertPlanAdaptation(
  db: Db,
  a: { clientId: string; planId: string; type: string; reason: string; trigger: 'auto' | 'asked'; effectiveFrom: string; effectiveTo?: string | null; metadata?: Record<string, unknown> },
): Promise<void> {
  turnReadsOf(db)?.adaptations.clear();
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

/**
 * Copies every plan note of one plan version to the next (same dates, reasons, metadata and order), so a new
 * version of the same plan keeps what the client reported.
 */
export async function copyPlanAdaptations(db: Db, fromPlanId: string, toPlanId: string): Promise<void> {
  turnReadsOf(db)?.adaptations.clear();
  await sql`insert into plan_adaptations (client_id, plan_id, type, reason, trigger, effective_from, effective_to, metadata, created_at)
            select client_id, ${toPlanId}::uuid, type, reason, trigger, effective_from, effective_to, metadata, created_at
              from plan_adaptations where plan_id = ${fromPlanId}`.execute(db);
}

export async function closeOpenAdaptation(db: Db, planId: string, type: string, effectiveTo: string): Promise<number> {
  turnReadsOf(db)?.adaptations.clear();
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

/**
 * The active plans of these clients. Clients on one template have equal requests and outlines (~5 KB of JSON
 * each): each distinct pair is sent and parsed once, and the rows that have it share those objects, so callers
 * must not change them (the morning prefetch freezes them; readStoredPlan then parses each pair once).
 */
export async function findActivePlans(db: Db, clientIds: string[]): Promise<PlanRow[]> {
  if (clientIds.length === 0) return [];
  // Grouped by the digest PostgreSQL keeps of the request and outline (json_digest, see the 2026_12_02_2000
  // migration), as findMicrocyclesFor does: only the first plan of each group is detoasted and sent.
  // The pairs this process has read before (plansByDigest) are not sent again: one frozen copy serves every batch.
  const held = plansByDigest.snapshot();
  const known = [...held.keys()];
  const { rows } = await prepared(sql<PlanRow & { json_of: string; digest: string | null }>`
    select p.id, p.client_id, p.status, p.program_type, p.start_date, p.end_date, p.weeks, p.race, p.version, p.inputs_rev,
           p.notes, p.created_at, p.activated_at, p.archived_at,
           first_value(p.id) over same as json_of, encode(p.json_digest, 'hex') as digest,
           case when p.json_digest is null or (p.id = first_value(p.id) over same and not encode(p.json_digest, 'hex') = any(${known}::text[])) then p.request end as request,
           case when p.json_digest is null or (p.id = first_value(p.id) over same and not encode(p.json_digest, 'hex') = any(${known}::text[])) then p.outline end as outline
      from fitness_plans p
     where p.client_id = any(${clientIds}::uuid[]) and p.status = 'active'
    window same as (partition by p.json_digest order by p.id)`).execute(db);
  const json = new Map<string, { request: unknown; outline: unknown }>();
  for (const r of rows) {
    if (r.id !== r.json_of || r.digest === null) continue;
    const kept = held.get(r.digest);
    if (kept) plansByDigest.get(r.digest); // still in use: kept longer
    json.set(r.digest, kept ?? plansByDigest.keep(r.digest, { request: r.request, outline: r.outline }));
  }
  return rows.map(({ json_of: _of, digest, ...r }) => (digest === null ? r : { ...r, ...json.get(digest)! }));
}

/** Plans' request and outline, and weeks, this process has read, by their stored digests (db/shared-by-digest.ts). */
const plansByDigest = new SharedByDigest<{ request: unknown; outline: unknown }>(64);
const weeksByDigest = new SharedByDigest<unknown>(256);

/** The stored workouts for these (client, date) pairs. */
export async function findWorkoutsOn(db: Db, pairs: Array<{ clientId: string; date: string }>): Promise<WorkoutRow[]> {
  if (pairs.length === 0) return [];
  // Not prepared (db/prepared.ts), unlike the morning pass's other batch reads: the days table grows by a
  // batch at a time through a morning, and a plan PostgreSQL kept from early on (a small table) went on scanning
  // the whole of it for every batch (bench:morning, cold + warm: 45 ms → 734 ms of its CPU in one run).
  return db
    .selectFrom('workout_instances')
    .selectAll()
    .where(
      sql<boolean>`(client_id, date) in (select * from unnest(${pairs.map((p) => p.clientId)}::uuid[], ${pairs.map((p) => p.date)}::date[]))`,
    )
    .execute();
}

/**
 * The stored weeks for these (plan, week number) pairs. Clients on one template have identical weeks (~9 KB
 * each): each distinct week is sent and parsed once, and the rows that have it share that one object, so
 * callers must not change it (the week memo's weeks are shared the same way, frozen).
 */
export async function findMicrocyclesFor(db: Db, pairs: Array<{ planId: string; weekNumber: number }>): Promise<MicrocycleRow[]> {
  if (pairs.length === 0) return [];
  // Grouped by the digest PostgreSQL keeps of the week (pattern_digest, see the 2026_12_02_2000 migration):
  // partitioning by the jsonb itself compares (and decompresses) whole weeks in the sort, and digesting them
  // here detoasted and printed every row's week; this way only the first row of each group is detoasted.
  // Not prepared (db/prepared.ts): the weeks table fills up through a cold morning, and a plan kept from
  // when it was small can scan all of it (as findWorkoutsOn's did).
  // The weeks this process has read before (weeksByDigest) are not sent again: one frozen copy serves every batch.
  const held = weeksByDigest.snapshot();
  const known = [...held.keys()];
  const { rows } = await sql<MicrocycleRow & { pattern_of: string; digest: string | null }>`
    select m.id, m.client_id, m.plan_id, m.week_number, m.start_date, m.engine_input, m.version, m.created_at,
           first_value(m.id) over same as pattern_of, encode(m.pattern_digest, 'hex') as digest,
           case when m.pattern_digest is null or (m.id = first_value(m.id) over same and not encode(m.pattern_digest, 'hex') = any(${known}::text[])) then m.pattern end as pattern
      from microcycles m
     where (m.plan_id, m.week_number) in (select * from unnest(${pairs.map((p) => p.planId)}::uuid[], ${pairs.map((p) => p.weekNumber)}::int[]))
    window same as (partition by m.pattern_digest order by m.id)`.execute(db);
  const patterns = new Map<string, unknown>();
  for (const r of rows) {
    if (r.id !== r.pattern_of || r.digest === null) continue;
    const kept = held.get(r.digest);
    if (kept !== undefined) weeksByDigest.get(r.digest); // still in use: kept longer
    patterns.set(r.digest, kept !== undefined ? kept : weeksByDigest.keep(r.digest, r.pattern));
  }
  return rows.map(({ pattern_of: _of, digest, ...r }) => (digest === null ? r : { ...r, pattern: patterns.get(digest) }));
}

export async function listAdaptationsForPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
  // One array parameter and prepared (db/prepared.ts): one text for any number of plans (was a parameter each).
  const { rows } = await prepared(sql<Selectable<PlanAdaptationsTable>>`select * from plan_adaptations where plan_id = any(${planIds}::uuid[]) order by created_at`).execute(db);
  return rows;
}
