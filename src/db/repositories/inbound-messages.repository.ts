import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db-types.js';
import type { ClientRow, ClientsTable, FitnessPlansTable, InboundMessagesTable, InboundRow, PlanRow, WorkoutInstancesTable, WorkoutRow } from '../schema.js';
import { json } from '../json.js';
import { lazyJson } from '../json-text.js';
import { prepared } from '../prepared.js';
import { takeHeldWrite } from '../held-writes.js';
import { isTransientDbError } from '../errors.js';
import { outboundValues, type NewOutbound } from './outbound-messages.repository.js';
import { QUESTION_PENDING_SQL } from './conversation-states.repository.js';

/** The lease a stored message starts with: left `received` longer than this, it has no live handler. */
export const STALE_AFTER_SECONDS = 60;

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
 * a first contact's row is stored with no client and attached once the client exists. The same statement
 * reads what the client's turn starts from (`turn`, as readTurn without locks), when the client is known.
 */
export async function insertInboundOnce(db: Db, m: NewInbound): Promise<{ row: InboundRow; inserted: boolean; turn?: TurnRead }> {
  let found;
  try {
    // Every text runs this statement: its SQL is written once (INSERT_AND_READ_TURN), not built per request.
    const res = await sql<InboundRow & Record<string, unknown>>`with m as (
      insert into inbound_messages (provider, provider_sid, client_id, from_phone, to_phone, body, num_media, params, original_body_length, lease_until)
      values (${m.provider}, ${m.providerSid}, (select c.id from clients c where c.phone = ${m.fromPhone}), ${m.fromPhone}, ${m.toPhone}, ${m.body},
              ${m.numMedia}, ${JSON.stringify(m.params)}::jsonb, ${m.originalBodyLength ?? null}::int, now() + make_interval(secs => ${STALE_AFTER_SECONDS}))
      on conflict (provider_sid) do nothing
      returning *
    ) ${INSERT_AND_READ_TURN}`.execute(db);
    found = res.rows[0];
  } catch (err) {
    if (isTransientDbError(err)) throw err;
    // The read failed, not the message: storing it comes first, so store it alone (the turn then meets
    // the same failure and answers with an apology, the message kept).
    const values = {
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
    };
    const row = await db.insertInto('inbound_messages').values(values).onConflict((oc) => oc.column('provider_sid').doNothing()).returningAll().executeTakeFirst();
    found = undefined;
    if (row) return { row, inserted: true };
  }
  if (found) {
    const row = inboundRowOf(found);
    const turn = found.client_id === null ? undefined : turnFrom({ ...(found as Record<string, unknown>), inbound_status: found.status });
    return { row, inserted: true, ...(turn ? { turn } : {}) };
  }
  const existing = await db.selectFrom('inbound_messages').selectAll().where('provider_sid', '=', m.providerSid).executeTakeFirstOrThrow();
  return { row: existing, inserted: false };
}

/**
 * What insertInboundBatch stored for one message: as insertInboundOnce's answer, with the day it read; or,
 * for a message answered ahead whose basis held, `answered`: the message is stored processed with its reply
 * (row.reply) and no turn is read.
 */
export interface StoredInbound {
  row: InboundRow;
  inserted: true;
  turn?: TurnRead;
  answered?: true;
}

/**
 * What a reply worked out before its message was stored (the read-only answer of a stored-day question) was
 * read from, checked by the statement that stores the message and the reply together: the reply is stored
 * only if all of it still stands, so it is the reply the message would get if it were handled then.
 *  - the client's and the active plan's rows unchanged (`xmin`, the row version PostgreSQL gives every
 *    update: no writer has to remember to bump anything), and still no conversation state (a pending question);
 *  - each stored day it read with the same id, version and status: a day's workout is rewritten only with its
 *    version raised (the stored-day cache relies on it, stored-plan-json.ts), and done/skipped is its status;
 *  - texts in arrival order: no text of the number still waiting, none earlier in the same statement, and no
 *    text of the client stored after `lastInboundId` (the last one this process stored for them, when the
 *    basis was read): a text stored in between, by this process or another, may have changed what was read.
 */
export interface AnswerBasis {
  clientId: string;
  clientVersion: string;
  planId: string;
  planVersion: string;
  /** The stored days the reply was made from, as read. */
  days: readonly WorkoutRow[];
  lastInboundId: string;
}

/** A reply worked out before its message is stored, with what it was read from. */
export interface AnsweredAhead {
  reply: NewOutbound;
  result: { intent: string | null; agent: unknown };
  basis: AnswerBasis;
}

/** One message of a batch with the time its client's day is read at. */
export interface NewInboundAt extends NewInbound {
  /** The service's clock: the client's local date at this instant picks the day read beside the message. */
  now: Date;
  /**
   * What the caller already holds for this number, read by an earlier text: when the client's active plan is
   * still `plan.id` (its request and outline never change) or the stored day is still `day` (id and version),
   * the statement does not send that JSON again and the row carries the caller's copies instead.
   */
  held?: {
    plan?: { id: string; request: unknown; outline: unknown };
    day?: { id: string; version: number; workout: unknown };
  };
  /** The row's id, when the caller needs it before the row is stored (the reply worked out ahead names it). */
  id?: string;
  /** The reply, worked out ahead: stored with the message, already processed, when its basis still holds. */
  ahead?: AnsweredAhead;
}

/**
 * insertInboundOnce for many messages in ONE statement (the inbound batcher's): each stored once per
 * provider id, in the given order, each with what its client's turn starts from, plus the client's stored
 * day for their local date at `now` (`turn.today`). One answer per message, in order; null for a message
 * this statement did not store (its MessageSid was stored before, or earlier in the same batch): the caller
 * handles it as a repeated delivery (insertInboundOnce finds the row).
 *
 * A message with a reply worked out ahead (`ahead`) whose basis still holds (AnswerBasis) is stored already
 * processed, its reply stored beside it, and comes back `answered`: one committed statement for the whole
 * text. One whose basis no longer holds is stored `received` with its turn, as any other.
 *
 * Arrival order inside the batch is kept in the rows: received_at is the statement's time plus the
 * message's position in microseconds, and a message whose number has an earlier text in the same batch
 * sees that text as `earlier` (rows stored by this statement are not visible to the table read).
 */
export async function insertInboundBatch(db: Db, ms: NewInboundAt[]): Promise<(StoredInbound | null)[]> {
  const items = ms.map((m, ord) => ({
    ord,
    id: m.id ?? randomUUID(),
    provider: m.provider,
    provider_sid: m.providerSid,
    from_phone: m.fromPhone,
    to_phone: m.toPhone,
    body: m.body,
    num_media: m.numMedia,
    params: m.params,
    original_body_length: m.originalBodyLength ?? null,
    now: m.now.toISOString(),
    held_plan: m.held?.plan?.id ?? null,
    held_day: m.held?.day ? `${m.held.day.id}:${m.held.day.version}` : null,
    ...(m.ahead ? aheadItem(m.ahead) : {}),
  }));
  const res = await prepared(sql<InboundRow & Record<string, unknown>>`with x as (
      select * from jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
        as x(ord int, id uuid, provider text, provider_sid text, from_phone text, to_phone text, body text, num_media int, params jsonb, original_body_length int, now timestamptz,
             held_plan uuid, held_day text,
             reply text, intent text, agent jsonb, out_to_phone text, out_kind text, out_channel text, out_status text, out_segments int, out_encoding text, out_agent jsonb,
             b_client uuid, b_client_v text, b_plan uuid, b_plan_v text, b_days jsonb, b_last uuid)
    ), ${ANSWER_STANDS}, m as (
      insert into inbound_messages (id, provider, provider_sid, client_id, from_phone, to_phone, body, num_media, params, original_body_length, lease_until, received_at,
                                    status, reply, intent, agent, processed_at)
      select x.id, x.provider, x.provider_sid, (select c.id from clients c where c.phone = x.from_phone), x.from_phone, x.to_phone, x.body, x.num_media,
             x.params, x.original_body_length, now() + make_interval(secs => ${STALE_AFTER_SECONDS}), now() + x.ord * interval '1 microsecond',
             case when ok.ord is null then 'received' else 'processed' end, case when ok.ord is not null then x.reply end,
             case when ok.ord is not null then x.intent end, case when ok.ord is not null then x.agent end, case when ok.ord is not null then now() end
      from x left join ok on ok.ord = x.ord order by x.ord
      on conflict (provider_sid) do nothing
      returning *
    ), o as (
      insert into outbound_messages (client_id, to_phone, body, kind, channel, status, segments, encoding, inbound_message_id, agent)
      select m.client_id, x.out_to_phone, x.reply, x.out_kind, x.out_channel, x.out_status, x.out_segments, x.out_encoding, m.id, x.out_agent
      from m join x on x.id = m.id where m.status = 'processed' order by x.ord
    ) ${INSERT_BATCH_AND_READ_TURN}`).execute(db);
  const bySid = new Map(res.rows.map((r) => [r.provider_sid, r]));
  return ms.map((m) => {
    const found = bySid.get(m.providerSid);
    if (!found) return null;
    // A MessageSid twice in one batch: the first stored it, the second is a repeated delivery.
    bySid.delete(m.providerSid);
    const row = inboundRowOf(found);
    if (row.status === 'processed') return { row, inserted: true as const, answered: true as const };
    if (found.client_id === null) return { row, inserted: true as const };
    const turn = turnFrom({ ...(found as Record<string, unknown>), inbound_status: found.status });
    // The JSON the statement left out (INSERT_BATCH_AND_READ_TURN): the caller's copies of the same content.
    const plan = m.held?.plan;
    if (plan && turn.plan?.id === plan.id) turn.plan = { ...turn.plan, request: plan.request, outline: plan.outline } as PlanRow;
    const today = todayFrom(found);
    const day = m.held?.day;
    if (day && today?.row && today.row.id === day.id && today.row.version === day.version) today.row = { ...today.row, workout: day.workout };
    const versions = typeof found['tv_client'] === 'string' ? { client: found['tv_client'], plan: (found['tv_plan'] as string | null) ?? null } : undefined;
    return { row, inserted: true as const, turn: { ...turn, today, ...(versions ? { versions } : {}) } };
  });
}

/** An answered-ahead message's reply and basis as the batch statement's columns (see insertInboundBatch). */
function aheadItem({ reply, result, basis }: AnsweredAhead) {
  return {
    reply: reply.body,
    intent: result.intent,
    agent: result.agent ?? null,
    out_to_phone: reply.toPhone,
    out_kind: reply.kind,
    out_channel: reply.channel,
    out_status: reply.status,
    out_segments: reply.segments,
    out_encoding: reply.encoding,
    out_agent: reply.agent ?? null,
    b_client: basis.clientId,
    b_client_v: basis.clientVersion,
    b_plan: basis.planId,
    b_plan_v: basis.planVersion,
    b_days: basis.days.map((d) => ({ id: d.id, version: d.version, status: d.status })),
    b_last: basis.lastInboundId,
  };
}

/**
 * `ok`: the batch's messages answered ahead whose basis still holds (AnswerBasis), read before anything of the
 * statement is written. Every check is an index lookup by id, or on the tiny index of waiting texts.
 */
const ANSWER_STANDS = sql.raw(`ok as (
      select x.ord from x
      where x.reply is not null
        and not exists (select 1 from x b where b.from_phone = x.from_phone and b.ord < x.ord)
        and exists (select 1 from clients c where c.id = x.b_client and c.phone = x.from_phone and c.xmin = x.b_client_v::xid)
        and exists (select 1 from fitness_plans p where p.id = x.b_plan and p.client_id = x.b_client and p.status = 'active' and p.xmin = x.b_plan_v::xid)
        and not exists (select 1 from conversation_states s where s.client_id = x.b_client and ${QUESTION_PENDING_SQL})
        and not exists (select 1 from inbound_messages e where e.status = 'received' and e.from_phone = x.from_phone)
        and exists (select 1 from inbound_messages l where l.id = x.b_last and l.client_id = x.b_client
                    and not exists (select 1 from inbound_messages e where e.client_id = l.client_id and e.received_at >= l.received_at and e.id <> l.id))
        and not exists (select 1 from jsonb_to_recordset(x.b_days) d(id uuid, version int, status text)
                        where not exists (select 1 from workout_instances w where w.id = d.id and w.version = d.version and w.status = d.status))
    )`);

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
 * the last two steps of every answered text, one round trip instead of two. Prepared (db/prepared.ts): the
 * statement's text is the same for every reply (the JSON and the nulls are parameters), so PostgreSQL parses
 * and plans it once per connection instead of for every turn (pgbench on a bench database, one client, under
 * load: 2.2-2.4 ms → 1.1-1.5 ms per statement).
 */
export async function storeReplyAndMarkProcessed(
  db: Db,
  id: string,
  reply: NewOutbound,
  result: { intent: string | null; agent: unknown },
): Promise<void> {
  const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  // The turn's last write, held for this statement (a "done"'s log, db/held-writes.ts): sent with the reply.
  const held = takeHeldWrite(db);
  const mark = !held || held.usual ? prepared : <T,>(q: RawBuilder<T>) => q;
  await mark(sql`with ${held ? sql`${sql.join([...held.parts])}, ` : sql``}o as (
      insert into outbound_messages (client_id, to_phone, body, kind, channel, status, segments, encoding, inbound_message_id, agent)
      values (${reply.clientId}, ${reply.toPhone}, ${reply.body}, ${reply.kind}, ${reply.channel}, ${reply.status}, ${reply.segments}, ${reply.encoding},
              ${reply.inboundMessageId ?? null}, ${jsonOrNull(reply.agent)}::jsonb)
      returning id
    )
    update inbound_messages set status = 'processed', reply = ${reply.body}, intent = ${result.intent}, agent = ${jsonOrNull(result.agent)}::jsonb, processed_at = now()
     -- Ties the statement to the insert: the update runs once the reply row exists.
     where id = ${id} and exists (select 1 from o)`).execute(db);
}

/**
 * storeReplyAndMarkProcessed for a turn that held no lock on the message (the read-only answer): the message
 * is marked processed only if it is still `received`, and the reply row is stored only if it was, in one
 * statement. False: another delivery of the same message finished it first, and its reply stands.
 */
export async function storeReplyIfUnhandled(
  db: Db,
  id: string,
  reply: NewOutbound,
  result: { intent: string | null; agent: unknown },
): Promise<boolean> {
  const v = outboundValues(reply);
  const res = await db
    .with('m', (qb) =>
      qb.updateTable('inbound_messages').set(processedColumns(reply.body, result)).where('id', '=', id).where('status', '=', 'received').returning('id'),
    )
    .insertInto('outbound_messages')
    .columns(['client_id', 'to_phone', 'body', 'kind', 'channel', 'status', 'segments', 'encoding', 'inbound_message_id', 'agent'])
    .expression((eb) =>
      eb
        .selectFrom('m')
        // Typed casts: in INSERT … SELECT the parameters get no type from the target columns.
        .select([
          sql<string>`${v.client_id}::uuid`.as('client_id'),
          sql<string>`${v.to_phone}::text`.as('to_phone'),
          sql<string>`${v.body}::text`.as('body'),
          sql<string>`${v.kind}::text`.as('kind'),
          sql<string>`${v.channel}::text`.as('channel'),
          sql<string>`${v.status}::text`.as('status'),
          sql<number>`${v.segments}::int`.as('segments'),
          sql<string>`${v.encoding}::text`.as('encoding'),
          'm.id as inbound_message_id',
          (v.agent === null ? sql<unknown>`null::jsonb` : (v.agent as RawBuilder<unknown>)).as('agent'),
        ]),
    )
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** One reply for storeRepliesIfUnhandled. */
export interface UnhandledReply {
  id: string;
  reply: NewOutbound;
  result: { intent: string | null; agent: unknown };
}

/**
 * storeReplyIfUnhandled for many messages in ONE statement (the inbound batcher's): one answer per reply, in
 * order, true when its message was still `received` and is now processed with the reply stored. False: not
 * stored by this statement, because the message was handled already, or another handler holds its row (a
 * repeated delivery in its locked turn: skipped rather than waited for, so one slow turn never holds up the
 * whole batch), or it is the same message a second time in the batch; the caller asks again alone
 * (storeReplyIfUnhandled, which waits for that handler and then answers).
 */
export async function storeRepliesIfUnhandled(db: Db, replies: UnhandledReply[]): Promise<boolean[]> {
  const items = replies.map(({ id, reply, result }, ord) => ({
    ord,
    id,
    intent: result.intent,
    agent: result.agent ?? null,
    client_id: reply.clientId,
    to_phone: reply.toPhone,
    body: reply.body,
    kind: reply.kind,
    channel: reply.channel,
    status: reply.status,
    segments: reply.segments,
    encoding: reply.encoding,
    out_agent: reply.agent ?? null,
  }));
  const res = await prepared(sql<{ id: string; ord: number }>`with v as (
      select distinct on (id) * from jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
        as v(ord int, id uuid, intent text, agent jsonb, client_id uuid, to_phone text, body text, kind text, channel text, status text, segments int, encoding text, out_agent jsonb)
      order by id, ord
    ), free as (
      select i.id from inbound_messages i join v on v.id = i.id where i.status = 'received' for update of i skip locked
    ), m as (
      update inbound_messages i set status = 'processed', reply = v.body, intent = v.intent, agent = v.agent, processed_at = now()
      from v where i.id = v.id and i.status = 'received' and i.id in (select id from free)
      returning i.id
    ), o as (
      insert into outbound_messages (client_id, to_phone, body, kind, channel, status, segments, encoding, inbound_message_id, agent)
      select v.client_id, v.to_phone, v.body, v.kind, v.channel, v.status, v.segments, v.encoding, m.id, v.out_agent
      from m join v on v.id = m.id order by v.ord
    )
    select v.ord from m join v on v.id = m.id`).execute(db);
  const stored = new Set(res.rows.map((r) => Number(r.ord)));
  return replies.map((_, ord) => stored.has(ord));
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

/** Every column of clients and fitness_plans, read beside the message as `tc_<column>` / `tp_<column>` (prefixes no column of inbound_messages has). */
const CLIENT_COLUMNS = [
  'id', 'phone', 'name', 'timezone', 'morning_time', 'status', 'status_before_opt_out', 'units', 'profile', 'opted_out_at', 'created_at', 'updated_at',
] as const satisfies readonly (keyof ClientsTable)[];
const PLAN_COLUMNS = [
  'id', 'client_id', 'status', 'program_type', 'start_date', 'end_date', 'weeks', 'request', 'outline', 'race', 'version',
  'inputs_rev', 'notes', 'created_at', 'activated_at', 'archived_at',
] as const satisfies readonly (keyof FitnessPlansTable)[];
// A column added to either table and not listed above fails to compile here, instead of going missing.
const columnsComplete: [Exclude<keyof ClientsTable, (typeof CLIENT_COLUMNS)[number]>, Exclude<keyof FitnessPlansTable, (typeof PLAN_COLUMNS)[number]>] extends [never, never]
  ? true
  : never = true;
void columnsComplete;

/**
 * The plan's request and outline come as JSON text and are parsed only when read (lazyJson): the turn reads
 * them through readStoredPlan, which parses a plan once per process (a plan row's request and outline are
 * never updated), so a known plan's 4-5 KB outline is not parsed again on every text.
 */
const PLAN_JSON_TEXT: ReadonlySet<string> = new Set<(typeof PLAN_COLUMNS)[number]>(['request', 'outline']);
const planColumnSql = (col: string) => (PLAN_JSON_TEXT.has(col) ? `p.${col}::text as tp_${col}` : `p.${col} as tp_${col}`);
/** As planColumnSql, but the JSON left out (null) when the caller holds this plan already (`x.held_plan`). */
const heldPlanColumnSql = (col: string) =>
  PLAN_JSON_TEXT.has(col) ? `case when p.id = x.held_plan then null else p.${col}::text end as tp_${col}` : `p.${col} as tp_${col}`;

/** inbound_messages' columns (`m.*` in the statements that store a text), in the table's order. */
const INBOUND_COLUMNS = [
  'id', 'provider', 'provider_sid', 'client_id', 'from_phone', 'to_phone', 'body', 'num_media', 'params', 'status', 'intent', 'reply', 'error',
  'agent', 'received_at', 'processed_at', 'original_body_length', 'lease_until',
] as const satisfies readonly (keyof InboundMessagesTable)[];
// A column added to the table's type and not listed above fails to compile here, instead of going missing.
const inboundColumnsComplete: Exclude<keyof InboundMessagesTable, (typeof INBOUND_COLUMNS)[number]> extends never ? true : never = true;
void inboundColumnsComplete;

/**
 * The stored message out of a row that also carries its turn's columns (tc_, tp_, tw_, ts_, tv_, earlier): its own
 * columns copied by name, not every column of the row listed, filtered and rebuilt (under a texting rush each row
 * carries some 80 columns, most of them the turn's).
 */
function inboundRowOf(found: Record<string, unknown>): InboundRow {
  const row: Record<string, unknown> = {};
  for (const col of INBOUND_COLUMNS) row[col] = found[col];
  return row as InboundRow;
}

// Compared in SQL: received_at has microseconds, a JS Date only milliseconds.
const EARLIER_SQL = `(select json_build_object('id', e.id, 'stale', coalesce(e.lease_until, e.received_at + make_interval(secs => ${STALE_AFTER_SECONDS})) < now())
    from inbound_messages e
    where e.status = 'received' and e.from_phone = m.from_phone and e.id <> m.id and (e.received_at, e.id) < (m.received_at, m.id)
    order by e.received_at, e.id limit 1)`;

/** The select that follows insertInboundOnce's insert: the new row and what its client's turn starts from. */
const INSERT_AND_READ_TURN = sql.raw(
  `select m.*, ${[
    ...CLIENT_COLUMNS.map((col) => `c.${col} as tc_${col}`),
    ...PLAN_COLUMNS.map(planColumnSql),
    's.flow as ts_flow',
    's.state as ts_state',
  ].join(', ')}, ${EARLIER_SQL} as earlier
  from m
  left join clients c on c.id = m.client_id
  left join conversation_states s on s.client_id = c.id
  left join fitness_plans p on p.client_id = c.id and p.status = 'active'`,
);

const WORKOUT_COLUMNS = [
  'id', 'client_id', 'plan_id', 'microcycle_id', 'date', 'status', 'workout', 'rationale', 'engine_input', 'version', 'created_at', 'completed_at',
] as const satisfies readonly (keyof WorkoutInstancesTable)[];
const workoutColumnsComplete: Exclude<keyof WorkoutInstancesTable, (typeof WORKOUT_COLUMNS)[number]> extends never ? true : never = true;
void workoutColumnsComplete;

/**
 * insertInboundBatch's select: INSERT_AND_READ_TURN for every stored row, an earlier text of the same number
 * stored by the same statement counting as waiting, and the client's day at their local date (`tw_today`,
 * computed with the client's zone at the message's `now`; `tw_id` null when no day is stored then).
 */
const INSERT_BATCH_AND_READ_TURN = sql.raw(
  `select m.*, t.*, case when m.status = 'received' then coalesce(${EARLIER_SQL},
    (select json_build_object('id', b.id, 'stale', false) from m b
     where b.from_phone = m.from_phone and b.status = 'received' and (b.received_at, b.id) < (m.received_at, m.id) order by b.received_at, b.id limit 1)) end as earlier
  from m
  join x on x.id = m.id
  -- Per message, by index: a message answered in the statement (processed) needs no turn and reads nothing
  -- (joined to the whole batch instead, the planner hashes every active plan and stored day for it).
  left join lateral (
    select ${[
      ...CLIENT_COLUMNS.map((col) => `c.${col} as tc_${col}`),
      // The plan's request and outline (~5 KB) and the day's workout (~1 KB) as JSON text, parsed only when read,
      // and not sent at all when the caller holds the same content (x.held_plan, x.held_day): a rush's rows are
      // then a few hundred bytes each, less for the database to decompress and write out and for us to read.
      ...PLAN_COLUMNS.map(heldPlanColumnSql),
      ...WORKOUT_COLUMNS.map((col) =>
        col === 'workout' ? `case when w.id::text || ':' || w.version = x.held_day then null else w.${col}::text end as tw_${col}` : `w.${col} as tw_${col}`,
      ),
      's.flow as ts_flow',
      's.state as ts_state',
      'd.today as tw_today',
      // The row versions an answer read from this turn is checked against (AnswerBasis).
      'c.xmin::text as tv_client',
      'p.xmin::text as tv_plan',
    ].join(', ')}
    from clients c
    cross join lateral (select (x.now at time zone c.timezone)::date as today) d
    left join conversation_states s on s.client_id = c.id
    left join fitness_plans p on p.client_id = c.id and p.status = 'active'
    left join workout_instances w on w.client_id = c.id and w.date = d.today
    where c.id = m.client_id and m.status = 'received'
  ) t on true`,
);

/** The day insertInboundBatch read beside a message (see TurnRead.today). */
function todayFrom(found: Record<string, unknown>): TurnRead['today'] {
  if (typeof found['tw_today'] !== 'string') return undefined;
  if (found['tw_id'] === null) return { date: found['tw_today'], row: null };
  const row: Record<string, unknown> = {};
  for (const col of WORKOUT_COLUMNS) {
    if (col === 'workout') lazyJson(row, col, found[`tw_${col}`]);
    else row[col] = found[`tw_${col}`];
  }
  return { date: found['tw_today'], row: row as WorkoutRow };
}


/** What a client's turn starts from, read in one statement (see readTurn). */
export interface TurnRead {
  client: ClientRow;
  /** The message's status as of this read: anything but `received` means another delivery finished it. */
  inboundStatus: InboundRow['status'];
  /** The earliest unhandled text of the same number that arrived before this one (texts apply in arrival order). */
  earlier: { id: string; stale: boolean } | undefined;
  state: { flow: string; state: unknown } | undefined;
  plan: PlanRow | undefined;
  /**
   * The client's stored day at their local date, when the statement read it (insertInboundBatch): `row`
   * null means no day is stored for `date`.
   */
  today?: { date: string; row: WorkoutRow | null };
  /** The client's and plan's row versions (xmin) as read, when the statement read them (insertInboundBatch): see AnswerBasis. */
  versions?: { client: string; plan: string | null };
}

/** The earlier text still waiting (EARLIER_SQL's json: text when the driver does not parse json); none is null. */
const earlierText = z.object({ id: z.string(), stale: z.boolean().nullable() }).nullish();

function turnFrom(found: Record<string, unknown>): TurnRead {
  const client: Record<string, unknown> = {};
  const plan: Record<string, unknown> = {};
  for (const col of CLIENT_COLUMNS) client[col] = found[`tc_${col}`];
  for (const col of PLAN_COLUMNS) {
    if (PLAN_JSON_TEXT.has(col)) lazyJson(plan, col, found[`tp_${col}`]);
    else plan[col] = found[`tp_${col}`];
  }
  const earlier = earlierText.parse(typeof found['earlier'] === 'string' ? JSON.parse(found['earlier']) : found['earlier']);
  return {
    client: client as ClientRow,
    inboundStatus: found['inbound_status'] as InboundRow['status'],
    earlier: earlier ? { id: earlier.id, stale: Boolean(earlier.stale) } : undefined,
    state: found['ts_flow'] === null ? undefined : { flow: found['ts_flow'] as string, state: found['ts_state'] },
    plan: plan['id'] === null ? undefined : (plan as PlanRow),
  };
}

/**
 * Everything a turn starts from, in one round trip: the client, the message's current status, the earliest
 * earlier text of the same number still waiting, the client's conversation state and active plan, and (given
 * `now`) the client's stored day at their local date then (`today`, as insertInboundBatch reads it: a "done"
 * logs against it, and read apart it was a statement of its own in every log turn).
 * `lock: true` (inside the turn's transaction) locks the client's row (NO KEY UPDATE, SKIP LOCKED: undefined
 * while another turn of this client holds it) and the message's row for the rest of the transaction, so the
 * turn re-checks the status under the lock; `lock: false` is a plain read.
 */
export async function readTurn(db: Db, clientId: string, inboundId: string, opts: { lock: boolean; now?: Date }): Promise<TurnRead | undefined> {
  const lock = opts.lock ? 'locked' : 'read';
  const query = opts.now ? READ_TURN.day[lock]([inboundId, opts.now.toISOString(), clientId]) : READ_TURN.plain[lock]([inboundId, clientId]);
  const found = (await prepared(query).execute(db)).rows[0];
  if (!found) return undefined;
  const turn = turnFrom(found);
  const today = opts.now ? todayFrom(found) : undefined;
  return today ? { ...turn, today } : turn;
}

/**
 * readTurn's statements, one fixed text each (with or without today's day, locked or not), prepared: every log
 * turn and every number's first text runs one; built with the query builder it was ~5% of a "done"'s server CPU,
 * and parsed and planned by PostgreSQL every time. Each text is cut where its parameters go: the message id, then
 * (with the day) the time whose local date is the client's today, then the client id. The active plan is matched
 * by a literal status, so the prepared plan can use the partial index of active plans.
 */
const READ_TURN = (() => {
  const columns = [
    'm.status as inbound_status',
    ...CLIENT_COLUMNS.map((col) => `c.${col} as tc_${col}`),
    ...PLAN_COLUMNS.map(planColumnSql),
    's.flow as ts_flow',
    's.state as ts_state',
    `${EARLIER_SQL} as earlier`,
  ].join(', ');
  const dayColumns = WORKOUT_COLUMNS.map((col) => (col === 'workout' ? `w.${col}::text as tw_${col}` : `w.${col} as tw_${col}`)).join(', ');
  const joins = `
      left join conversation_states s on s.client_id = c.id
      left join fitness_plans p on p.client_id = c.id and p.status = 'active'`;
  const lock = ' for no key update of c skip locked for update of m';
  // The text's parts with the parameters between them, in order.
  const statement = (parts: readonly string[]) => (params: readonly string[]) =>
    sql<Record<string, unknown>>`${sql.join(
      parts.map((part, i) => (i < params.length ? sql`${sql.raw(part)}${params[i]}` : sql.raw(part))),
      sql``,
    )}`;
  const plain = (end: string) => statement([`select ${columns} from clients c join inbound_messages m on m.id = `, `${joins}\n     where c.id = `, end]);
  const day = (end: string) =>
    statement([
      `select ${columns}, ${dayColumns}, (t.now at time zone c.timezone)::date as tw_today from clients c join inbound_messages m on m.id = `,
      ` cross join (select `,
      `::timestamptz as now) t${joins}
      left join workout_instances w on w.client_id = c.id and w.date = (t.now at time zone c.timezone)::date
     where c.id = `,
      end,
    ]);
  return { plain: { read: plain(''), locked: plain(lock) }, day: { read: day(''), locked: day(lock) } };
})();

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
