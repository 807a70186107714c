import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { OutboundChannel, OutboundKind, OutboundRow, OutboundStatus } from '../schema.js';
import { json } from '../json.js';

export interface NewOutbound {
  clientId: string | null;
  toPhone: string;
  body: string;
  kind: OutboundKind;
  channel: OutboundChannel;
  status: OutboundStatus;
  segments: number;
  encoding: string;
  inboundMessageId?: string | null;
  agent?: unknown;
}

export function outboundValues(m: NewOutbound) {
  return {
    client_id: m.clientId,
    to_phone: m.toPhone,
    body: m.body,
    kind: m.kind,
    channel: m.channel,
    status: m.status,
    segments: m.segments,
    encoding: m.encoding,
    inbound_message_id: m.inboundMessageId ?? null,
    agent: m.agent === undefined || m.agent === null ? null : json(m.agent),
  };
}

export async function insertOutbound(db: Db, m: NewOutbound): Promise<OutboundRow> {
  return db.insertInto('outbound_messages').values(outboundValues(m)).returningAll().executeTakeFirstOrThrow();
}

export async function recordSendAttempt(
  db: Db,
  id: string,
  result:
    | { ok: true; providerSid: string; status: OutboundStatus }
    | { ok: false; status: OutboundStatus; errorCode: string | null; errorMessage: string },
): Promise<void> {
  const base = { attempts: sql`attempts + 1` as any, status_updated_at: sql`now()` as any };
  if (result.ok) {
    await db
      .updateTable('outbound_messages')
      .set({ ...base, status: result.status, provider_sid: result.providerSid, sent_at: sql`now()` as any, error_code: null, error_message: null })
      .where('id', '=', id)
      .execute();
  } else {
    await db
      .updateTable('outbound_messages')
      .set({ ...base, status: result.status, error_code: result.errorCode, error_message: result.errorMessage })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * Delivery statuses in the order Twilio moves through them. Callbacks can arrive out of order (a late
 * "sent" after "delivered"), so a stored status only ever moves forward; failures are terminal.
 */
const STATUS_RANK: Record<OutboundStatus, number> = {
  queued: 0,
  sending: 1,
  accepted: 2,
  sent: 3,
  delivered: 4,
  undelivered: 5,
  failed: 5,
  suppressed: 6,
  local: 6,
};

export function statusMovesForward(from: OutboundStatus, to: OutboundStatus): boolean {
  return STATUS_RANK[to] > STATUS_RANK[from];
}

/** Applies a provider status callback; returns what happened so the route can answer honestly. */
export async function applyStatusCallback(
  db: Db,
  providerSid: string,
  status: OutboundStatus,
  error: { code: string | null; message: string | null },
): Promise<'updated' | 'stale' | 'unknown'> {
  const row = await db
    .selectFrom('outbound_messages')
    .select(['id', 'status'])
    .where('provider_sid', '=', providerSid)
    .executeTakeFirst();
  if (!row) return 'unknown';
  if (!statusMovesForward(row.status, status)) return 'stale';
  // The WHERE re-checks the status so two callbacks racing cannot move it backwards either.
  const ranksBelow = (Object.keys(STATUS_RANK) as OutboundStatus[]).filter((s) => STATUS_RANK[s] < STATUS_RANK[status]);
  const res = await db
    .updateTable('outbound_messages')
    .set({ status, error_code: error.code, error_message: error.message, status_updated_at: sql`now()` as any })
    .where('id', '=', row.id)
    .where('status', 'in', ranksBelow)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0 ? 'updated' : 'stale';
}

export async function listOutboundForPhone(db: Db, phone: string, opts: { afterCreatedAt?: Date; limit: number }): Promise<OutboundRow[]> {
  let q = db.selectFrom('outbound_messages').selectAll().where('to_phone', '=', phone);
  if (opts.afterCreatedAt) q = q.where('created_at', '>', opts.afterCreatedAt);
  return q.orderBy('created_at', 'asc').limit(opts.limit).execute();
}

export async function listOutboundForClient(db: Db, clientId: string, limit: number): Promise<OutboundRow[]> {
  return db.selectFrom('outbound_messages').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').limit(limit).execute();
}

export async function findOutboundById(db: Db, id: string): Promise<OutboundRow | undefined> {
  return db.selectFrom('outbound_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks a stored message as handed to the provider, but only while its client may still receive texts:
 * a STOP that lands between composing and sending wins. Returns false (and marks it suppressed) otherwise.
 */
export async function markOutboundSending(db: Db, id: string, clientId: string): Promise<boolean> {
  const res = await db
    .updateTable('outbound_messages')
    .set({ status: 'sending', status_updated_at: sql`now()` as any })
    .where('id', '=', id)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('clients').select('clients.id').where('clients.id', '=', clientId).where('clients.status', '=', 'active')),
    )
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return true;
  await db.updateTable('outbound_messages').set({ status: 'suppressed', status_updated_at: sql`now()` as any }).where('id', '=', id).execute();
  return false;
}

/** A message the provider took: its id there and the status it reported. */
export interface SentOutbound {
  id: string;
  providerSid: string;
  status: OutboundStatus;
}

/** recordSendSuccesses' update, to run inside another statement (a data-modifying WITH: one round trip for both). */
export function sendSuccessesUpdate(sent: SentOutbound[]) {
  return sql`
    update outbound_messages o
       set attempts = o.attempts + 1, status_updated_at = now(), status = v.status, provider_sid = v.provider_sid, sent_at = now(),
           error_code = null, error_message = null
      from unnest(${sent.map((s) => s.id)}::uuid[], ${sent.map((s) => s.providerSid)}::text[], ${sent.map((s) => s.status)}::text[]) as v(id, provider_sid, status)
     where o.id = v.id and o.id = any(${sent.map((s) => s.id)}::uuid[]) -- by index, not a scan of the table (daily-sends insertMorningGroup)
    returning o.id`;
}

/** recordSendAttempt's success case for many messages in one statement. */
export async function recordSendSuccesses(db: Db, sent: SentOutbound[]): Promise<void> {
  if (sent.length === 0) return;
  await sendSuccessesUpdate(sent).execute(db);
}

/**
 * The reply that went back inside the response to an inbound message (TwiML or the local chat), if any: a
 * repeated delivery of that message gets the same answer. A reply sent on its own (through the sender,
 * after the webhook deadline or by the sweeper) is not repeated: the client already has it.
 */
export async function findDirectReplyBody(db: Db, inboundId: string): Promise<string | null> {
  const row = await db
    .selectFrom('outbound_messages')
    .select('body')
    .where('inbound_message_id', '=', inboundId)
    .where('channel', 'in', ['twiml', 'local'])
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.body ?? null;
}
