import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { InboundRow } from '../schema.js';
import { json } from '../json.js';
import { outboundValues, type NewOutbound } from './outbound-messages.repository.js';

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
 * A known number's client is attached in the same statement (one round trip instead of read + update);
 * a first contact's row is stored with no client and attached once the client exists.
 */
export async function insertInboundOnce(db: Db, m: NewInbound): Promise<{ row: InboundRow; inserted: boolean }> {
  const row = await db
    .insertInto('inbound_messages')
    .values({
      provider: m.provider,
      provider_sid: m.providerSid,
      client_id: sql<string | null>`(select c.id from clients c where c.phone = ${m.fromPhone})` as any,
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
    .set(processedColumns(result.reply, result))
    .where('id', '=', id)
    .execute();
}

/**
 * A turn's direct reply stored and its message marked processed, in one statement (a data-modifying CTE):
 * the last two steps of every answered text, one round trip instead of two.
 */
export async function storeReplyAndMarkProcessed(
  db: Db,
  id: string,
  reply: NewOutbound,
  result: { intent: string | null; agent: unknown },
): Promise<void> {
  await db
    .with('o', (qb) => qb.insertInto('outbound_messages').values(outboundValues(reply)).returning('id'))
    .updateTable('inbound_messages')
    .set(processedColumns(reply.body, result))
    .where('id', '=', id)
    // Ties the statement to the insert: the update runs once the reply row exists.
    .where(sql<boolean>`exists (select 1 from o)`)
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

/**
 * The message row, locked for the rest of the caller's transaction (the turn re-checks its status under it),
 * and the earliest text from the same number that arrived before it and is not handled yet: texts are handled
 * in arrival order, so the message waits for that one (or takes it over when it has waited too long). One
 * round trip: the turn asks both for every text.
 */
export async function lockInboundAndEarlier(
  db: Db,
  id: string,
): Promise<{ row: InboundRow; earlier: { id: string; stale: boolean } | undefined } | undefined> {
  const found = await db
    .selectFrom('inbound_messages as m')
    .selectAll('m')
    .select((eb) =>
      eb
        .selectFrom('inbound_messages as e')
        .select(sql<string>`json_build_object('id', e.id, 'stale', ${sql.raw(LEASE_EXPIRED_E)})`.as('x'))
        .where('e.status', '=', 'received')
        .whereRef('e.from_phone', '=', 'm.from_phone')
        .whereRef('e.id', '!=', 'm.id')
        // Compared in SQL: received_at has microseconds, a JS Date only milliseconds.
        .where(sql<boolean>`(e.received_at, e.id) < (m.received_at, m.id)`)
        .orderBy('e.received_at')
        .orderBy('e.id')
        .limit(1)
        .as('earlier'),
    )
    .where('m.id', '=', id)
    .forUpdate('m')
    .executeTakeFirst();
  if (!found) return undefined;
  const { earlier, ...row } = found as typeof found & { earlier: string | { id: string; stale: boolean } | null };
  const e = typeof earlier === 'string' ? (JSON.parse(earlier) as { id: string; stale: boolean }) : earlier;
  return { row: row as InboundRow, earlier: e ? { id: e.id, stale: Boolean(e.stale) } : undefined };
}

/** The lease a stored message starts with: left `received` longer than this, it has no live handler. */
export const STALE_AFTER_SECONDS = 60;

// Rows stored before leases existed count from their arrival.
const LEASE_EXPIRED = sql`coalesce(lease_until, received_at + make_interval(secs => ${STALE_AFTER_SECONDS})) < now()`;
const LEASE_EXPIRED_E = `coalesce(e.lease_until, e.received_at + make_interval(secs => ${STALE_AFTER_SECONDS})) < now()`;

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

/** The columns of a handled message, the same whether its reply row is stored in the statement or apart. */
function processedColumns(reply: string | null, result: { intent: string | null; agent: unknown }) {
  return {
    status: 'processed' as const,
    reply,
    intent: result.intent,
    agent: result.agent === null || result.agent === undefined ? null : json(result.agent),
    processed_at: sql`now()` as any,
  };
}
