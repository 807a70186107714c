import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { InboundRow } from '../schema.js';
import { json } from '../json.js';

export interface NewInbound {
  provider: 'twilio' | 'local';
  providerSid: string;
  fromPhone: string;
  toPhone: string | null;
  body: string;
  numMedia: number;
  params: Record<string, string>;
}

/**
 * Stores an inbound message once per provider id. Returns the row and whether this call stored it: a
 * second delivery of the same MessageSid (Twilio retries after a timeout) gets `inserted: false`.
 */
export async function insertInboundOnce(db: Db, m: NewInbound): Promise<{ row: InboundRow; inserted: boolean }> {
  const row = await db
    .insertInto('inbound_messages')
    .values({
      provider: m.provider,
      provider_sid: m.providerSid,
      from_phone: m.fromPhone,
      to_phone: m.toPhone,
      body: m.body,
      num_media: m.numMedia,
      params: json(m.params),
    })
    .onConflict((oc) => oc.column('provider_sid').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (row) return { row, inserted: true };
  const existing = await db.selectFrom('inbound_messages').selectAll().where('provider_sid', '=', m.providerSid).executeTakeFirstOrThrow();
  return { row: existing, inserted: false };
}

export async function attachInboundClient(db: Db, id: string, clientId: string): Promise<void> {
  await db.updateTable('inbound_messages').set({ client_id: clientId }).where('id', '=', id).execute();
}

export async function markInboundProcessed(
  db: Db,
  id: string,
  result: { reply: string | null; intent: string | null; agent: unknown },
): Promise<void> {
  await db
    .updateTable('inbound_messages')
    .set({
      status: 'processed',
      reply: result.reply,
      intent: result.intent,
      agent: result.agent === null || result.agent === undefined ? null : json(result.agent),
      processed_at: sql`now()` as any,
    })
    .where('id', '=', id)
    .execute();
}

/** A failed handling keeps the apology it answered with, so a retried delivery repeats it. */
export async function markInboundFailed(db: Db, id: string, error: string, reply: string | null = null): Promise<void> {
  await db
    .updateTable('inbound_messages')
    .set({ status: 'failed', error, reply, processed_at: sql`now()` as any })
    .where('id', '=', id)
    .execute();
}

export async function listInboundForClient(db: Db, clientId: string, limit: number): Promise<InboundRow[]> {
  return db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}
