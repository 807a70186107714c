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
  /** Length of the body as received when characters PostgreSQL refuses were stripped from it. */
  originalBodyLength?: number | null;
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
      original_body_length: m.originalBodyLength ?? null,
      lease_until: sql`now() + make_interval(secs => ${STALE_AFTER_SECONDS})` as any,
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

/**
 * A failed handling keeps the apology it answered with, so a retried delivery repeats it. Only a message
 * still `received` is marked: false means another delivery finished it first (its answer stands).
 */
export async function markInboundFailed(db: Db, id: string, error: string, reply: string | null = null): Promise<boolean> {
  const res = await db
    .updateTable('inbound_messages')
    .set({ status: 'failed', error, reply, processed_at: sql`now()` as any })
    .where('id', '=', id)
    .where('status', '=', 'received')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The message row, locked for the rest of the caller's transaction (the turn re-checks its status under it). */
export async function lockInbound(db: Db, id: string): Promise<InboundRow | undefined> {
  return db.selectFrom('inbound_messages').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The earliest text from the same number that arrived before `row` and is not handled yet: texts are
 * handled in arrival order, so `row` waits for it (or takes it over when it has waited too long).
 */
export async function findEarlierWaiting(
  db: Db,
  row: Pick<InboundRow, 'id' | 'from_phone'>,
): Promise<{ id: string; stale: boolean } | undefined> {
  const found = await db
    .selectFrom('inbound_messages')
    .select(['id', sql<boolean>`${LEASE_EXPIRED}`.as('stale')])
    .where('status', '=', 'received')
    .where('from_phone', '=', row.from_phone)
    .where('id', '!=', row.id)
    // Compared in SQL: received_at has microseconds, a JS Date only milliseconds.
    .where(sql<boolean>`(received_at, id) < (select m.received_at, m.id from inbound_messages m where m.id = ${row.id})`)
    .orderBy('received_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return found ? { id: found.id, stale: Boolean(found.stale) } : undefined;
}

/** The lease a stored message starts with: left `received` longer than this, it has no live handler. */
export const STALE_AFTER_SECONDS = 60;

// Rows stored before leases existed count from their arrival.
const LEASE_EXPIRED = sql`coalesce(lease_until, received_at + make_interval(secs => ${STALE_AFTER_SECONDS})) < now()`;

/**
 * The handler gave up (its database connection dropped twice): the message need not wait out its lease,
 * the next text from the same number (or the sweeper) takes it over at once. Best effort.
 */
export async function releaseInboundLease(db: Db, id: string): Promise<void> {
  await db.updateTable('inbound_messages').set({ lease_until: sql`now()` as any }).where('id', '=', id).where('status', '=', 'received').execute();
}

/** Messages left `received` past their lease (a minute unless given up sooner), oldest first: the sweeper's work. */
export async function listStaleInbound(db: Db, limit: number): Promise<InboundRow[]> {
  return db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('status', '=', 'received')
    .where(sql<boolean>`${LEASE_EXPIRED}`)
    .orderBy('received_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findInboundById(db: Db, id: string): Promise<InboundRow | undefined> {
  return db.selectFrom('inbound_messages').selectAll().where('id', '=', id).executeTakeFirst();
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
