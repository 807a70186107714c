import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { DailySendRow } from '../schema.js';
import { outboundValues, type NewOutbound } from './outbound-messages.repository.js';

/** Time zones that have at least one client who gets morning texts (at home, or on a trip to another zone). */
export async function activeTimezones(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('clients').select('timezone').distinct().where('status', '=', 'active').execute();
  const trips = await db
    .selectFrom('plan_adaptations as a')
    .innerJoin('clients as c', 'c.id', 'a.client_id')
    .select(sql<string>`a.metadata->>'timezone'`.as('timezone'))
    .distinct()
    .where('a.type', '=', 'travel_note')
    .where('c.status', '=', 'active')
    .where(sql`a.metadata->>'timezone'`, 'is not', null)
    .execute();
  return [...new Set([...rows.map((r) => r.timezone), ...trips.map((r) => r.timezone)])];
}

/**
 * A trip to another zone covering `localDate` (the date as it reads in the zone being scheduled): the
 * client's morning text follows them there (travel notes with a time zone, on the active plan).
 */
function tripCovering(eb: any, localDate: string) {
  return eb
    .selectFrom('plan_adaptations as a')
    .innerJoin('fitness_plans as p', (j: any) => j.onRef('p.id', '=', 'a.plan_id').on('p.status', '=', 'active'))
    .select(sql`1`.as('one'))
    .whereRef('a.client_id', '=', 'c.id')
    .where('a.type', '=', 'travel_note')
    .where(sql`a.metadata->>'timezone'`, 'is not', null)
    .where(sql`a.metadata->>'timezone'`, '<>', sql.ref('c.timezone'))
    .where('a.effective_from', '<=', localDate)
    .where(sql`coalesce(a.effective_to, a.effective_from)`, '>=', localDate);
}

export interface MorningCandidate {
  id: string;
  morning_time: string;
}

/**
 * Active clients in one zone whose morning time has passed on their local clock today and who have no
 * daily send for that local date yet. "HH:MM" strings compare in clock order. A client on a trip to another
 * zone (a travel note with a time zone covering the date) is a candidate in the trip's zone, not at home.
 */
export async function morningCandidates(db: Db, timezone: string, localDate: string, localTime: string): Promise<MorningCandidate[]> {
  return db
    .selectFrom('clients as c')
    .select(['c.id', 'c.morning_time'])
    .where((eb) =>
      eb.or([
        eb.and([eb('c.timezone', '=', timezone), eb.not(eb.exists(tripCovering(eb, localDate)))]),
        eb.exists(tripCovering(eb, localDate).where(sql`a.metadata->>'timezone'`, '=', timezone)),
      ]),
    )
    .where('c.status', '=', 'active')
    .where('c.morning_time', '<=', localTime)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('daily_sends as d')
            .select(sql`1`.as('one'))
            .whereRef('d.client_id', '=', 'c.id')
            .where('d.local_date', '=', localDate),
        ),
      ),
    )
    .execute();
}

export interface NewDailySend {
  clientId: string;
  localDate: string;
  dueAt: Date;
  status: 'pending' | 'skipped';
  error?: string | null;
}

/**
 * Creates daily sends; the unique (client, local date) makes this safe for any number of ticks and workers
 * running it at once — only one row per client per local morning can exist. Returns how many were new.
 */
export async function insertDailySends(db: Db, rows: NewDailySend[]): Promise<number> {
  if (rows.length === 0) return 0;
  let inserted = 0;
  // Postgres caps a statement at 65535 parameters; 5 per row → chunks of 2000 stay well under.
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const res = await db
      .insertInto('daily_sends')
      .values(
        chunk.map((r) => ({
          client_id: r.clientId,
          local_date: r.localDate,
          due_at: r.dueAt,
          status: r.status,
          error: r.error ?? null,
        })),
      )
      .onConflict((oc) => oc.columns(['client_id', 'local_date']).doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/**
 * Claims up to `limit` daily sends for this worker: pending ones, and ones whose lease ran out (a worker died
 * or a retry is due). Row locks with SKIP LOCKED mean two workers never claim the same row; the lease means
 * a claim dies with its worker instead of blocking the message forever. Must run inside a transaction.
 */
export async function claimDailySends(trx: Db, now: Date, leaseMs: number, limit: number): Promise<DailySendRow[]> {
  const ids = await trx
    .selectFrom('daily_sends')
    .select('id')
    .where((eb) =>
      eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)])]),
    )
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (ids.length === 0) return [];
  return trx
    .updateTable('daily_sends')
    .set({ status: 'sending', lease_until: new Date(now.getTime() + leaseMs), attempts: sql`attempts + 1` as any })
    .where(
      'id',
      'in',
      ids.map((r) => r.id),
    )
    .returningAll()
    .execute();
}

/**
 * Stores this morning's message and links it to its daily send in one statement (a data-modifying CTE):
 * one round trip instead of two per client, and never a stored message its claim does not point at.
 */
export async function insertMorningMessage(db: Db, dailySendId: string, m: NewOutbound): Promise<string> {
  const row = await db
    .with('o', (qb) => qb.insertInto('outbound_messages').values(outboundValues(m)).returning('id'))
    .updateTable('daily_sends')
    .set((eb) => ({ outbound_message_id: eb.selectFrom('o').select('o.id') }))
    .where('daily_sends.id', '=', dailySendId)
    .returning('outbound_message_id')
    .executeTakeFirstOrThrow();
  return row.outbound_message_id!;
}

export async function finishDailySend(
  db: Db,
  id: string,
  outcome: { status: 'sent' | 'failed' | 'skipped'; error?: string | null; at: Date },
): Promise<void> {
  await db
    .updateTable('daily_sends')
    .set({
      status: outcome.status,
      error: outcome.error ?? null,
      lease_until: null,
      sent_at: outcome.status === 'sent' ? outcome.at : null,
    })
    .where('id', '=', id)
    .execute();
}

/** A retryable failure: keep the claim's row but let it be re-claimed after `retryAt`. */
export async function deferDailySend(db: Db, id: string, retryAt: Date, error: string): Promise<void> {
  await db.updateTable('daily_sends').set({ status: 'sending', lease_until: retryAt, error }).where('id', '=', id).execute();
}

export async function dailySendsFor(db: Db, clientId: string): Promise<DailySendRow[]> {
  return db.selectFrom('daily_sends').selectAll().where('client_id', '=', clientId).orderBy('local_date').execute();
}
