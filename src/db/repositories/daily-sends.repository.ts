import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db-types.js';
import type { DailySendRow } from '../schema.js';
import { prepared } from '../prepared.js';

/** A claimed daily send, with the text an earlier claim of it stored (outbound_messages.daily_send_id), if any. */
export type ClaimedDailySend = DailySendRow & { outbound_message_id: string | null };
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

/**
 * Takes the turn of creating daily sends, held until the transaction `db` ends (a transaction-scoped advisory
 * lock): 'free' when no other process held it, 'waited' when this one had to wait for another process's turn to
 * end (that process has just created the sends due at its tick). Workers that tick at the same instant would
 * otherwise each find the same due clients and build the same insert, all but one of them for nothing (measured
 * with two workers on 10,000 clients: the second process's node CPU for the pass). One statement when free.
 */
export async function takeMaterializeTurn(db: Db): Promise<'free' | 'waited'> {
  const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${MATERIALIZE_LOCK}::bigint) as free`.execute(db);
  if (rows[0]?.free) return 'free';
  await sql`select pg_advisory_xact_lock(${MATERIALIZE_LOCK}::bigint)`.execute(db);
  return 'waited';
}

/** The advisory lock key of creating daily sends (any fixed number no other lock in this database uses). */
const MATERIALIZE_LOCK = 7_007_001;

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
  // One array per column (unnest): five parameters however many clients, where a multi-row VALUES took five
  // per row (10,000 clients: five statements of 10,000 parameters, each bound by node and parsed by PostgreSQL).
  const res = await sql`
    insert into daily_sends (client_id, local_date, due_at, status, error)
    select * from unnest(${rows.map((r) => r.clientId)}::uuid[], ${rows.map((r) => r.localDate)}::date[],
                         ${rows.map((r) => r.dueAt.toISOString())}::timestamptz[], ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.error ?? null)}::text[])
    on conflict (client_id, local_date) do nothing`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}

/**
 * Claims up to `limit` daily sends for this worker: pending ones, and ones whose lease ran out (a worker died
 * or a retry is due). Row locks with SKIP LOCKED mean two workers never claim the same row; the lease means
 * a claim dies with its worker instead of blocking the message forever. One statement, in a transaction or not.
 */
export async function claimDailySends(db: Db, now: Date, leaseMs: number, limit: number): Promise<ClaimedDailySend[]> {
  // One statement: the rows are locked by the subqueries (SKIP LOCKED: another worker's claim in flight is
  // passed over, so two workers split the morning) and leased by the update, which commits with them. No
  // transaction round trips around it (begin, select, update, commit was four per batch). Leases that ran out
  // (a worker died, or a retry is due) come first, then pending sends by due time, each from its own index
  // (see the 2026_12_02_2100 migration): neither walks past the sends claimed before. The update finds the
  // claimed rows by id (the array), not by joining the whole table to the list.
  const at = now.toISOString();
  // Not prepared (db/prepared.ts): measured in three pairs, the plan kept for it ran slower (exec 307-311 → 322-390
  // ms of PostgreSQL's CPU for two 10,000-client passes) than the parsing it saved (~20 ms).
  const { rows } = await sql<ClaimedDailySend>`
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
    returning d.*, (select o.id from outbound_messages o where o.daily_send_id = d.id) as outbound_message_id`.execute(db);
  return rows;
}

/** Stores this morning's message for its daily send (the text names the send: outbound_messages.daily_send_id). */
export async function insertMorningMessage(db: Db, dailySendId: string, m: NewOutbound): Promise<string> {
  const row = await db.insertInto('outbound_messages').values({ ...outboundValues(m), daily_send_id: dailySendId }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A composed morning text for a claimed daily send: `attempt` is the claim's (daily_sends.attempts when claimed). */
export interface MorningGroupItem {
  dailySendId: string;
  attempt: number;
  message: NewOutbound;
}

/**
 * Stores a hand-over group's morning texts already marked `sending`, each naming its daily send, in one
 * statement committed just before the group goes to the provider (the morning pass's hand-over: the crash
 * bound, see scheduler/morning-pass.ts HAND_OVER_GROUP). Stored `queued` first and marked later, every text
 * was written twice and the batch took a statement more; the state a crash leaves is the same: a send with
 * no text yet is composed again by the next claim, a text `sending` is never re-sent. A text whose client
 * stopped texts meanwhile (STOP, a pause) is stored `suppressed`. A send no longer held by this claim (its
 * lease ran out and another claim took it: `attempts` moved on), or one that has a text already (the unique
 * daily_send_id), gets none here; that claim sends it. `alongside` are updates of other rows the caller has
 * waiting (the previous group's outcomes), run in the same statement (data-modifying WITHs run to completion
 * whether or not the rest reads them).
 * Returns daily send id → the text's id and whether it is `sending`, for the sends that got one.
 */
export async function insertMorningGroup(
  db: Db,
  items: MorningGroupItem[],
  alongside: RawBuilder<unknown>[] = [],
): Promise<Map<string, { id: string; sending: boolean }>> {
  const withs = alongside.map((u, i) => sql`${sql.raw(`alongside_${i}`)} as (${u})`);
  if (items.length === 0) {
    if (withs.length) await prepared(sql`with ${sql.join(withs)} select 1`).execute(db);
    return new Map();
  }
  const v = items.map((item) => outboundValues(item.message));
  // One array per column (unnest): a fixed statement of 12 parameters whatever the group's size.
  // Prepared (db/prepared.ts): its text is the same for every group with the same updates alongside (the morning
  // pass always sends both), so it is parsed and planned once per connection, not once per group (bench:morning:
  // ~1.2 ms of PostgreSQL's CPU per group, a fifth of the statement's).
  const { rows } = await prepared(sql<{ daily_send_id: string; id: string; status: string }>`
    ${withs.length ? sql`with ${sql.join(withs)}` : sql``}
    insert into outbound_messages (daily_send_id, client_id, to_phone, body, kind, channel, status, segments, encoding, inbound_message_id, agent)
    select m.daily_send_id, m.client_id, m.to_phone, m.body, m.kind, m.channel,
           case when exists (select 1 from clients c where c.id = m.client_id and c.status = 'active') then 'sending' else 'suppressed' end,
           m.segments, m.encoding, m.inbound_message_id, m.agent
      from unnest(${items.map((i) => i.dailySendId)}::uuid[], ${items.map((i) => i.attempt)}::int[], ${v.map((x) => x.client_id)}::uuid[],
                  ${v.map((x) => x.to_phone)}::text[], ${v.map((x) => x.body)}::text[], ${v.map((x) => x.kind)}::text[], ${v.map((x) => x.channel)}::text[],
                  ${v.map((x) => x.segments)}::int[], ${v.map((x) => x.encoding)}::text[], ${v.map((x) => x.inbound_message_id)}::uuid[],
                  ${items.map((i) => (i.message.agent === undefined || i.message.agent === null ? null : JSON.stringify(i.message.agent)))}::jsonb[])
           as m(daily_send_id, attempt, client_id, to_phone, body, kind, channel, segments, encoding, inbound_message_id, agent)
     -- Still this claim's (every claim counts an attempt). The "= any" lets the planner see how few sends are
     -- looked up: with only the join it hashed and scanned the whole table, once per group (bench:morning, auto_explain).
      join daily_sends d on d.id = m.daily_send_id and d.attempts = m.attempt
     where d.id = any(${items.map((i) => i.dailySendId)}::uuid[])
    on conflict (daily_send_id) where daily_send_id is not null do nothing
    returning daily_send_id, id, status`).execute(db);
  return new Map(rows.map((r) => [r.daily_send_id, { id: r.id, sending: r.status === 'sending' }]));
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
     where d.id = v.id and d.id = any(${sent.map((s) => s.id)}::uuid[]) -- "= any": by index, not a scan of the table (insertMorningGroup)
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
