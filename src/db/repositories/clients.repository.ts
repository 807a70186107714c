import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { ClientRow, ClientStatus, ClientUpdate } from '../schema.js';
import { json } from '../json.js';
import { prepared } from '../prepared.js';
import { handleParent } from '../batch-reads.js';

export async function findClientByPhone(db: Db, phone: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirst();
}

export async function findClientsByIds(db: Db, ids: string[]): Promise<ClientRow[]> {
  if (ids.length === 0) return [];
  // One array parameter, not one per id: a batch of 200 is one short statement to bind and parse.
  // Prepared (db/prepared.ts): the morning pass reads every batch's clients with this one text.
  // Each id looked up by the key (the lateral's limit keeps it a lookup per id): with `id = any(…)` of 200 ids
  // PostgreSQL's own plan scanned all of clients, testing each row against the 200 (10,000 clients: 20 ms of
  // its CPU per batch of the morning pass, a third of the warm pass's; by key 1.2 ms).
  const { rows } = await prepared(
    sql<ClientRow>`select c.* from unnest(${[...new Set(ids)]}::uuid[]) as k(id) cross join lateral (select * from clients c where c.id = k.id limit 1) c`,
  ).execute(db);
  return rows;
}

export async function findClientById(db: Db, id: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Returns the client for a phone, creating it on first contact. Two first texts racing (Twilio retries, two
 * web processes) both end with the same row: the unique phone decides, the loser reads the winner's row.
 */
export async function getOrCreateClient(db: Db, phone: string, timezone: string): Promise<{ client: ClientRow; created: boolean }> {
  const inserted = await db
    .insertInto('clients')
    .values({ phone, timezone, profile: json({}) })
    .onConflict((oc) => oc.column('phone').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { client: inserted, created: true };
  const existing = await findClientByPhone(db, phone);
  if (!existing) throw new Error(`client ${phone} vanished between insert and select`);
  return { client: existing, created: false };
}

export async function updateClient(db: Db, id: string, patch: Omit<ClientUpdate, 'id' | 'created_at'>): Promise<ClientRow> {
  return db
    .updateTable('clients')
    .set({ ...patch, updated_at: sql`now()` as any })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** STOP: remember where the client was so START can put them back. Idempotent. */
export async function optOutClient(db: Db, id: string): Promise<ClientRow> {
  return db
    .updateTable('clients')
    .set({
      status_before_opt_out: sql`case when status = 'opted_out' then status_before_opt_out else status end` as any,
      status: 'opted_out',
      opted_out_at: sql`coalesce(opted_out_at, now())` as any,
      updated_at: sql`now()` as any,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** START: back to the status before STOP (onboarding, active or paused). Idempotent. */
export async function optInClient(db: Db, id: string): Promise<ClientRow> {
  return db
    .updateTable('clients')
    .set({
      status: sql`case when status = 'opted_out' then coalesce(status_before_opt_out, 'onboarding') else status end` as any,
      status_before_opt_out: null,
      opted_out_at: null,
      updated_at: sql`now()` as any,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setClientStatus(db: Db, id: string, status: ClientStatus): Promise<ClientRow> {
  return updateClient(db, id, { status });
}

export async function listClients(db: Db, opts: { limit: number; offset: number }): Promise<ClientRow[]> {
  return db.selectFrom('clients').selectAll().orderBy('created_at', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

/**
 * The client's row, locked for the caller's transaction: one client's turns run one at a time. SKIP LOCKED
 * instead of waiting: undefined means another turn holds it, and the caller waits without holding a pooled
 * connection (a burst of texts from one number must not starve every other client of connections).
 * FOR NO KEY UPDATE, not FOR UPDATE: rows that merely reference the client (a new inbound message, the
 * morning text) take a KEY SHARE lock for their foreign key, which this does not block.
 */
export async function lockClientForTurn(db: Db, id: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('id', '=', id).forNoKeyUpdate().skipLocked().executeTakeFirst();
}

const lockedIn = new WeakMap<object, string>();

/**
 * Notes that the transaction handle `trx` holds `clientId`'s row lock already (a client's turn takes it in its
 * first statement, inbound-messages.repository readTurn): lockClient on that handle then sends nothing (a row
 * lock taken again by its own transaction changes nothing, and cost a round trip per log text).
 */
export function noteClientLocked(trx: Db, clientId: string): void {
  lockedIn.set(trx, clientId);
}

/**
 * Locks the client's row until the transaction ends, so one client's texts apply in order (two texts
 * arriving together cannot both read "no log yet" and both write). Call inside `db.transaction()`. NO KEY, as in
 * lockClientForTurn: rows referencing the client may still be inserted meanwhile.
 */
export async function lockClient(trx: Db, id: string): Promise<void> {
  // A view of the turn's handle (db/batch-reads readsOn, db/turn-reads withTurnReads) runs in its transaction.
  for (let h: object | undefined = trx; h; h = handleParent(h)) if (lockedIn.get(h) === id) return;
  await trx.selectFrom('clients').select('id').where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}
