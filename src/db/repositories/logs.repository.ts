import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { WorkoutLogsTable } from '../schema.js';
import type { Db } from '../db-types.js';
import { batchLogs, takeBatchRead } from '../batch-reads.js';
import { forgetWorkout, keepWrittenLogs, keptLogs, turnReadsOf } from '../turn-reads.js';
import { keepInputsRev } from './adaptations.repository.js';
import { json } from '../json.js';
import { prepared } from '../prepared.js';
import { holdWrite } from '../held-writes.js';

export async function insertWorkoutLog(
  db: Db,
  log: { clientId: string; workoutId: string | null; date: string; kind: 'done' | 'skipped' | 'strength' | 'run'; details: Record<string, unknown>; rawText: string; inboundId: string },
): Promise<void> {
  turnReadsOf(db)?.logs.delete(log.clientId);
  await db
    .insertInto('workout_logs')
    .values({
      client_id: log.clientId,
      workout_id: log.workoutId,
      date: log.date,
      kind: log.kind,
      details: json(log.details),
      raw_text: log.rawText,
      inbound_message_id: log.inboundId,
    })
    .execute();
}

export type NewWorkoutLog = Parameters<typeof insertWorkoutLog>[1];

/** Rows a week build adapts to, as a query can test them (services/adaptation-inputs.service adaptationRowsFilter). */
export interface AdaptationRowsFilter {
  clientId: string;
  /** plan_adaptations types the engine reads as inputs. */
  noteTypes: readonly string[];
  sorenessFrom: string;
  sorenessMinSeverity: number;
}

/**
 * A turn's log writes in ONE statement (data-modifying CTEs): the log rows, the days they complete or skip, and
 * the plan's input revision bumped (adaptations.repository bumpInputsRev). Was one statement each (three for a
 * plain "done"): a round trip, a parse and a plan per write, for a 7:05 rush of replies. Each day id appears
 * once in `statuses` (a statement cannot update one row twice); `bumpPlanId` null leaves the plan as it is.
 * `ifAdapted`: the revision is bumped only when a row exists that the week builds adapt to, as the filter says
 * (adaptation-inputs.service adaptationRowsFilter: what makes a settled date move a week's build).
 */
export async function writeLogs(
  db: Db,
  w: {
    logs: readonly NewWorkoutLog[];
    statuses: ReadonlyArray<{ id: string; status: 'completed' | 'skipped' }>;
    bumpPlanId: string | null;
    ifAdapted?: AdaptationRowsFilter;
  },
): Promise<void> {
  const parts = logWriteParts(w);
  if (!parts.length) return;
  const kept = turnReadsOf(db);
  if (!kept) {
    await markUsual(w)(sql`with ${sql.join(parts)} select 1 as written`).execute(db);
    return;
  }
  // Reads kept for the unit of work (db/turn-reads.ts) stay true: the logs written are added as stored, the
  // plan row takes the new revision, a day whose status was set is read again.
  for (const u of w.statuses) forgetWorkout(kept, u.id);
  const rev = w.bumpPlanId ? sql`(select inputs_rev from bumped)` : sql`null::int`;
  // A turn's usual writes (a "done", a lift's few sets: up to 4 logs and 2 days) are one of a few statement texts,
  // prepared (db/prepared.ts): PostgreSQL parses and plans each once per connection instead of for every log
  // (pgbench, a "done"'s statement, one client under load: 3.1-4.8 ms → 1.6-1.7 ms). A longer list stays unnamed,
  // so a connection keeps a bounded number of them.
  const mark = markUsual(w);
  const res = w.logs.length
    ? await mark(sql<WrittenLog>`with ${sql.join(parts)} select ${LOG_COLUMNS}, ${rev} as bumped_rev from logged l`).execute(db)
    : await mark(sql<WrittenLog>`with ${sql.join(parts)} select ${rev} as bumped_rev`).execute(db);
  const bumped = res.rows[0]?.bumped_rev;
  if (w.logs.length) {
    if (res.rows.length === w.logs.length) keepWrittenLogs(db, res.rows.map(({ bumped_rev: _, ...row }) => row));
    else for (const l of w.logs) kept.logs.delete(l.clientId);
  }
  if (w.bumpPlanId && typeof bumped === 'number') keepInputsRev(db, w.bumpPlanId, bumped);
  // Not bumped: as the condition wanted (the plan row is as kept), or no such plan any more.
  else if (w.bumpPlanId && !w.ifAdapted) for (const [clientId, plan] of kept.plans) if (plan?.id === w.bumpPlanId) kept.plans.delete(clientId);
}

type LogWrite = Parameters<typeof writeLogs>[1];

/**
 * writeLogs as the last write of a turn, held for the statement that ends it (db/held-writes.ts: a "done" is
 * then the log and the reply in one statement). What the turn kept of the rows it writes is dropped, so a read
 * of them after this is a statement of its own, which sends the write first. Written at once on a handle that
 * holds no writes.
 */
export async function writeLogsLast(db: Db, w: LogWrite): Promise<void> {
  const parts = logWriteParts(w);
  if (!parts.length) return;
  const kept = turnReadsOf(db);
  const held = await holdWrite(db, { parts, usual: isUsual(w), write: (raw) => writeLogs(raw, w) });
  if (!held) return writeLogs(db, w);
  if (!kept) return;
  for (const u of w.statuses) forgetWorkout(kept, u.id);
  for (const l of w.logs) kept.logs.delete(l.clientId);
  if (w.bumpPlanId) for (const [clientId, plan] of kept.plans) if (plan?.id === w.bumpPlanId) kept.plans.delete(clientId);
}

/** A log write's parts of a WITH: the logs (`logged`, returning the rows), each day's status, the plan's revision (`bumped`). */
function logWriteParts(w: LogWrite): RawBuilder<unknown>[] {
  const parts: RawBuilder<unknown>[] = [];
  if (w.logs.length) {
    const rows = w.logs.map((l) => sql`(${l.clientId}, ${l.workoutId}, ${l.date}, ${l.kind}, ${json(l.details)}, ${l.rawText}, ${l.inboundId})`);
    parts.push(sql`logged as (insert into workout_logs (client_id, workout_id, date, kind, details, raw_text, inbound_message_id) values ${sql.join(rows)} returning *)`);
  }
  w.statuses.forEach((u, i) => {
    // The time as a case of the status, not spliced in: one text for both statuses (prepared below).
    parts.push(sql`${sql.raw(`status_${i}`)} as (update workout_instances set status = ${u.status}, completed_at = case when ${u.status}::text = 'completed' then now() end where id = ${u.id})`);
  });
  if (w.bumpPlanId) {
    const only = w.ifAdapted
      ? sql` and (exists (select 1 from plan_adaptations where plan_id = ${w.bumpPlanId} and type = any(${[...w.ifAdapted.noteTypes]}::text[])) or exists (select 1 from readiness_signals where client_id = ${w.ifAdapted.clientId} and kind = 'soreness' and date >= ${w.ifAdapted.sorenessFrom} and severity >= ${w.ifAdapted.sorenessMinSeverity} and body_part is not null))`
      : sql``;
    parts.push(sql`bumped as (update fitness_plans set inputs_rev = inputs_rev + 1 where id = ${w.bumpPlanId}${only} returning inputs_rev)`);
  }
  return parts;
}

/** Whether a log write is one of a turn's usual few (see writeLogs): its statement's text is one of a few. */
function isUsual(w: { logs: readonly unknown[]; statuses: readonly unknown[] }): boolean {
  return w.logs.length <= 4 && w.statuses.length <= 2;
}

/** `prepared` for a turn's usual writes (see writeLogs), the statement as it is for a longer list. */
function markUsual(w: { logs: readonly unknown[]; statuses: readonly unknown[] }): <T>(q: RawBuilder<T>) => RawBuilder<T> {
  return isUsual(w) ? prepared : (q) => q;
}

type WrittenLog = Selectable<WorkoutLogsTable> & { bumped_rev: number | null };

/**
 * The log's columns by name, not `l.*`: a prepared statement's result columns are fixed when it is prepared, and a
 * column added by a migration while a process runs would fail its prepared copy ("cached plan must not change
 * result type") instead of leaving the column out.
 */
const LOG_COLUMNS = sql.raw('l.id, l.client_id, l.workout_id, l.date, l.kind, l.details, l.raw_text, l.inbound_message_id, l.created_at');

export async function listWorkoutLogs(db: Db, clientId: string, opts: { from?: string; to?: string } = {}) {
  const pre = batchLogs(db, clientId, opts.from, opts.to) ?? (await keptLogs(db, clientId, opts.from, opts.to));
  if (pre) return pre;
  let q = db.selectFrom('workout_logs').selectAll().where('client_id', '=', clientId);
  if (opts.from) q = q.where('date', '>=', opts.from);
  if (opts.to) q = q.where('date', '<=', opts.to);
  return q.orderBy('date').orderBy('created_at').execute();
}

export async function insertReadinessSignal(
  db: Db,
  s: { clientId: string; date: string; kind: 'soreness' | 'sleep' | 'stress' | 'energy' | 'pain' | 'illness'; severity: number; bodyPart: string | null; note: string | null; feel?: 'sore' | 'tight'; inboundId: string },
): Promise<void> {
  turnReadsOf(db)?.signals.delete(s.clientId);
  await db
    .insertInto('readiness_signals')
    .values({
      client_id: s.clientId,
      date: s.date,
      kind: s.kind,
      severity: s.severity,
      body_part: s.bodyPart,
      note: s.note,
      feel: s.feel ?? null,
      inbound_message_id: s.inboundId,
    })
    .execute();
}

/** The inbound message whose logs were stored last for a client (what "that's wrong" refers to). */
export async function lastLoggedInbound(db: Db, clientId: string): Promise<{ inboundId: string; createdAt: Date } | null> {
  const row = await db
    .selectFrom('workout_logs')
    .select(['inbound_message_id', 'created_at'])
    .where('client_id', '=', clientId)
    .where('inbound_message_id', 'is not', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.inbound_message_id ? { inboundId: row.inbound_message_id, createdAt: row.created_at } : null;
}

export async function listLogsOfInbound(db: Db, clientId: string, inboundId: string) {
  return db.selectFrom('workout_logs').selectAll().where('client_id', '=', clientId).where('inbound_message_id', '=', inboundId).orderBy('created_at').execute();
}

export async function deleteLogs(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  turnReadsOf(db)?.logs.clear();
  await db.deleteFrom('workout_logs').where('id', 'in', ids).execute();
}

/**
 * The days among `workoutIds` that no log is attached to any more, set back to scheduled (an undone "done" or skip
 * leaves its day to do again); a day another log still holds keeps its status.
 */
export async function reopenUnloggedWorkouts(db: Db, workoutIds: readonly string[]): Promise<void> {
  if (workoutIds.length === 0) return;
  const kept = turnReadsOf(db);
  if (kept) for (const id of workoutIds) forgetWorkout(kept, id);
  await db
    .updateTable('workout_instances')
    .set({ status: 'scheduled', completed_at: null })
    .where('id', 'in', [...workoutIds])
    .where('status', '!=', 'scheduled')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('workout_logs').select('workout_logs.id').whereRef('workout_logs.workout_id', '=', 'workout_instances.id'))))
    .execute();
}

/** Logs of several clients between two dates (inclusive), ordered as listWorkoutLogs orders one client's. */
export async function listWorkoutLogsFor(db: Db, clientIds: string[], from: string, to: string) {
  if (clientIds.length === 0) return [];
  return db
    .selectFrom('workout_logs')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
}

/**
 * Each client's latest log date (any log: a skipped session told counts), in one statement on the
 * (client_id, date) index; a client with no log is absent.
 */
export async function lastLogDatesFor(db: Db, clientIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (clientIds.length === 0) return out;
  const rows = await db
    .selectFrom('workout_logs')
    .where('client_id', 'in', [...clientIds])
    .groupBy('client_id')
    .select((eb) => ['client_id', eb.fn.max('date').as('last')])
    .execute();
  for (const r of rows) {
    const d = r.last as unknown;
    if (d instanceof Date) out.set(r.client_id, d.toISOString().slice(0, 10));
    else if (typeof d === 'string') out.set(r.client_id, d.slice(0, 10));
  }
  return out;
}

/** One client's latest log date (null: none): the morning batch's prefetch when it has it, else one statement. */
export async function lastLogDate(db: Db, clientId: string): Promise<string | null> {
  const pre = takeBatchRead(db, 'lastLogs', clientId);
  if (pre.hit) return pre.value;
  return (await lastLogDatesFor(db, [clientId])).get(clientId) ?? null;
}
