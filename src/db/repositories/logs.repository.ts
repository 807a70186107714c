import type { Db } from '../db-types.js';
import { batchLogs } from '../batch-reads.js';
import { json } from '../json.js';

export async function insertWorkoutLog(
  db: Db,
  log: { clientId: string; workoutId: string | null; date: string; kind: 'done' | 'skipped' | 'strength' | 'run'; details: Record<string, unknown>; rawText: string; inboundId: string },
): Promise<void> {
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

export async function listWorkoutLogs(db: Db, clientId: string, opts: { from?: string; to?: string } = {}) {
  const pre = batchLogs(db, clientId, opts.from, opts.to);
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
  await db.deleteFrom('workout_logs').where('id', 'in', ids).execute();
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
