import { randomUUID } from 'node:crypto';
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

export interface MorningCandidate {
  id: string;
  morning_time: string;
  /** The zone this client is scheduled in today: home, or a trip's (one of the clocks asked about). */
  timezone: string;
}

/** A zone's local date and wall clock ("HH:MM") at the instant being scheduled. */
export interface ZoneClockRow {
  timezone: string;
  localDate: string;
  localTime: string;
}

/**
 * Active clients whose morning time has passed on their zone's clock today (HH:MM strings compare in clock
 * order) and who have no daily send for that local date yet, for every zone in one statement (was one per
 * zone: eight scans of the clients, each with two correlated trip lookups per client, costly enough that
 * PostgreSQL JIT-compiled every one of them). A client on a trip to another zone (a travel note with a time
 * zone, on the active plan, covering the date as it reads in the trip's zone) is a candidate in the trip's zone,
 * not at home: the two halves below are disjoint for a zone (home = the zone, trip zone <> home), as the
 * per-zone OR was. Rows come in the order of `clocks`.
 */
export async function morningCandidates(db: Db, clocks: readonly ZoneClockRow[]): Promise<MorningCandidate[]> {
  if (clocks.length === 0) return [];
  const result = await sql<MorningCandidate & { ord: number }>`
    with z as (
      select * from unnest(${clocks.map((c) => c.timezone)}::text[], ${clocks.map((c) => c.localDate)}::date[], ${clocks.map((c) => c.localTime)}::text[])
        with ordinality as z(zone, local_date, local_time, ord)
    ),
    trip as (
      select a.client_id, a.metadata->>'timezone' as zone, a.effective_from, coalesce(a.effective_to, a.effective_from) as effective_to
        from plan_adaptations a join fitness_plans p on p.id = a.plan_id and p.status = 'active'
       where a.type = 'travel_note' and a.metadata->>'timezone' is not null
    ),
    candidate as (
      select c.id, c.morning_time, z.zone, z.local_date, z.local_time, z.ord
        from z join clients c on c.timezone = z.zone and c.status = 'active'
       where not exists (select 1 from trip t where t.client_id = c.id and t.zone <> c.timezone and t.effective_from <= z.local_date and t.effective_to >= z.local_date)
      union all
      select distinct c.id, c.morning_time, z.zone, z.local_date, z.local_time, z.ord
        from z join trip t on t.zone = z.zone and t.effective_from <= z.local_date and t.effective_to >= z.local_date
        join clients c on c.id = t.client_id and c.timezone <> z.zone and c.status = 'active'
    )
    select k.id, k.morning_time, k.zone as timezone, k.ord
      from candidate k
     where k.morning_time <= k.local_time
       and not exists (select 1 from daily_sends d where d.client_id = k.id and d.local_date = k.local_date)
     order by k.ord`.execute(db);
  return result.rows.map(({ id, morning_time, timezone }) => ({ id, morning_time, timezone }));
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
 * a claim dies with its worker instead of blocking the message forever. One statement, in a transaction or not.
 */
export async function claimDailySends(db: Db, now: Date, leaseMs: number, limit: number): Promise<DailySendRow[]> {
  // One statement: the rows are locked by the subqueries (SKIP LOCKED: another worker's claim in flight is
  // passed over, so two workers split the morning) and leased by the update, which commits with them. No
  // transaction round trips around it (begin, select, update, commit was four per batch). Leases that ran out
  // (a worker died, or a retry is due) come first, then pending sends by due time, each from its own index
  // (see the 2026_12_02_2100 migration): neither walks past the sends claimed before. The update finds the
  // claimed rows by id (the array), not by joining the whole table to the list.
  const at = now.toISOString();
  const { rows } = await sql<DailySendRow>`
    with expired as (
      select id from daily_sends
       where status = 'sending' and lease_until < ${at}::timestamptz and due_at <= ${at}::timestamptz
       order by lease_until limit ${limit} for update skip locked
    ), fresh as (
      select id from daily_sends
       where status = 'pending' and due_at <= ${at}::timestamptz
       order by due_at limit (${limit} - (select count(*) from expired)) for update skip locked
    )
    update daily_sends d set status = 'sending', lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz, attempts = d.attempts + 1
     where d.id = any(array(select id from expired union all select id from fresh))
    returning d.*`.execute(db);
  return rows;
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

/**
 * insertMorningMessage for a whole batch in one statement: every message stored and linked to its daily
 * send. Ids are made here so the link needs no join back on content. Returns daily send id → message id
 * for the sends that were linked.
 */
export async function insertMorningMessages(db: Db, items: Array<{ dailySendId: string; message: NewOutbound }>): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const ids = items.map(() => randomUUID());
  const rows = items.map((item, i) => {
    const v = outboundValues(item.message);
    return sql`(${ids[i]}::uuid, ${v.client_id}::uuid, ${v.to_phone}, ${v.body}, ${v.kind}, ${v.channel}, ${v.status}, ${v.segments}::int, ${v.encoding}, ${v.inbound_message_id}::uuid, ${v.agent})`;
  });
  const linked = await sql<{ id: string; outbound_message_id: string }>`
    with o as (
      insert into outbound_messages (id, client_id, to_phone, body, kind, channel, status, segments, encoding, inbound_message_id, agent)
      values ${sql.join(rows)}
      returning id
    )
    update daily_sends d set outbound_message_id = o.id
      from o join unnest(${items.map((i) => i.dailySendId)}::uuid[], ${ids}::uuid[]) as v(daily_send_id, outbound_id) on v.outbound_id = o.id
     where d.id = v.daily_send_id
    returning d.id, d.outbound_message_id`.execute(db);
  return new Map(linked.rows.map((r) => [r.id, r.outbound_message_id]));
}

/** finishDailySend(…, 'sent') for many sends in one statement, each with its own send time. */
export async function finishSentDailySends(db: Db, sent: Array<{ id: string; at: Date }>): Promise<void> {
  if (sent.length === 0) return;
  await sentDailySendsUpdate(sent).execute(db);
}

/** finishSentDailySends' update, to run inside another statement (a data-modifying WITH: one round trip for both). */
export function sentDailySendsUpdate(sent: Array<{ id: string; at: Date }>) {
  return sql`
    update daily_sends d set status = 'sent', error = null, lease_until = null, sent_at = v.at
      from unnest(${sent.map((s) => s.id)}::uuid[], ${sent.map((s) => s.at.toISOString())}::timestamptz[]) as v(id, at)
     where d.id = v.id
    returning d.id`;
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
