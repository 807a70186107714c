import type { AppDeps } from '../app-deps.js';
import type { ClientRow, OutboundRow } from '../db/schema.js';
import { findClientsByIds } from '../db/repositories/clients.repository.js';
import {
  activeTimezones,
  claimDailySends,
  deferDailySend,
  finishDailySend,
  insertDailySends,
  insertMorningMessage,
  morningCandidates,
  takeMaterializeTurn,
  type ClaimedDailySend,
  type NewDailySend,
} from '../db/repositories/daily-sends.repository.js';
import type { NewOutbound } from '../db/repositories/outbound-messages.repository.js';
import { findOutboundById, markOutboundSending, sendSuccessesUpdate, type SentOutbound } from '../db/repositories/outbound-messages.repository.js';
import { insertMorningGroup, sentDailySendsUpdate } from '../db/repositories/daily-sends.repository.js';
import { withBatchReads, type BatchReads } from '../db/batch-reads.js';
import { deferringWrites, noDeferredWrites, type DeferredWrites } from '../db/batch-writes.js';
import { insertRecordedWeeksAndDays } from '../db/repositories/plans.repository.js';
import { attemptSend, attemptSends } from '../services/messaging.service.js';
import { countSegments, toGsm7 } from '../channels/sms-text.js';
import { candidateTimezonesDue, dueState } from './morning-time.js';
import { backoffDelayMs } from './backoff.js';
import type { Pacer } from './pacer.js';

/**
 * What a morning text says, for one client on one local date. Provided by the coaching flow. `prefetch`,
 * when the composer has one, reads what it needs for a whole batch at once (db/batch-reads.ts); each
 * client's compose then runs with those reads instead of querying row by row.
 */
export type ComposeMorning = ((deps: AppDeps, client: ClientRow, localDate: string) => Promise<{ body: string; agent?: unknown }>) & {
  prefetch?: (deps: AppDeps, batch: Array<{ clientId: string; localDate: string }>) => Promise<BatchReads>;
};

export const MORNING_FALLBACK =
  'Good morning! I could not build today\'s workout just now. Reply "what\'s today" in a few minutes and I\'ll send it.';

export interface MorningPassOptions {
  now: Date;
  compose: ComposeMorning;
  /** Waits for the next send slot (carrier rate per sender); `delayMs` says whether a group would wait (pacer.ts). */
  pacer: Pick<Pacer, 'take' | 'delayMs'>;
  /** How long a claim is ours; after that another worker may take it over. */
  leaseMs?: number;
  /** Sends claimed per batch; by default about BATCH_SIZE, a whole number of hand-over groups (batchSizeFor). */
  batchSize?: number;
  /** Parallel deliveries per batch on Postgres; PGlite has one connection, so 1 there. */
  concurrency?: number;
  /**
   * Most texts marked `sending` in one statement and then handed over across the `concurrency` lanes: the crash
   * bound (see HAND_OVER_GROUP). Groups shrink to `concurrency` when the carrier rate would make a full one wait.
   */
  handOverGroup?: number;
  /**
   * Batches this process works on at once (default 3; 1 when concurrency is 1): while one is handed over, the
   * others claim, read and compose, each a chain of round trips that leaves the cores idle between its steps
   * (bench:morning, warm, at load 10-12: 2 in flight 7.0-7.1 s, 3 5.7 s, 4 5.9-6.0 s). Their hand-overs take
   * turns, so a crash still leaves at most one group with an unknown outcome.
   */
  batchesInFlight?: number;
  maxAttempts?: number;
  rng?: () => number;
}

/**
 * Parallel deliveries per batch: Postgres serves several connections (8 measured best on 2 cores, see
 * bench:morning); PGlite has exactly one, so more would only queue.
 */
export function defaultConcurrency(database: { kind: 'postgres' | 'pglite' }): number {
  return database.kind === 'postgres' ? 8 : 1;
}

/**
 * Texts marked `sending` in one statement, at most (measured: see README, bench:morning --group). A crash
 * between that statement and the next leaves up to this many texts with an unknown outcome: they are logged
 * and recorded as failed, never re-sent (DESIGN.md principle 3: nothing sent twice), so the worst a crash does
 * is that up to this many clients may miss one morning text (most of them got it: the provider usually
 * answered before the crash, only its answer was not recorded). The statement is a synchronous commit: it must
 * be durable before the provider is called, or a PostgreSQL crash could turn a text the provider took back into
 * a `queued` one that the next claim sends again.
 */
export const HAND_OVER_GROUP = 64;

/** About how many sends a batch claims (its reads, its composing and its memory are per batch). */
const BATCH_SIZE = 200;

/**
 * The sends a batch claims when the caller does not say: BATCH_SIZE rounded down to a whole number of hand-over
 * groups. A group does not span batches, so a batch of 200 in groups of 64 went over in four statements (64, 64,
 * 64, 8) where 192 take three: each group statement is a synchronous commit and they run one after another, the
 * morning's critical path (bench:morning --profile, warm: 201 group statements for 10,000 texts, ~3.2 of its 3.6 s).
 * Groups the carrier rate shrinks (halved from 64 down to the lanes, 8) still divide it.
 */
export function batchSizeFor(handOverGroup: number): number {
  return Math.max(handOverGroup, BATCH_SIZE - (BATCH_SIZE % handOverGroup));
}

/**
 * How long the carrier rate may make a full group wait for its send slots and still be taken whole. Beyond it
 * the carrier rate is what bounds the sends, not the round trips: a group is `concurrency` texts, so a slow
 * sender neither bursts a large group at the carrier nor keeps many texts marked `sending` while it waits.
 */
const GROUP_WAIT_MS = 100;

/**
 * The next group's size: `max` when the pacer has that many send slots within GROUP_WAIT_MS (always, with no
 * carrier rate), otherwise halved down to no less than `lanes`. `answerMs`, the carrier's recent answer time
 * (0 until the pass has seen one), extends that wait by the time the lanes take to hand the group over: slots
 * that come no slower than the lanes could send the texts are no burst, the answers bound the sends, not the
 * rate (at 100/s, 8 lanes and 150 ms answers: groups of 64, not 8; at the default 1/s: still 8).
 */
export function handOverGroupSize(pacer: Pick<Pacer, 'delayMs'>, lanes: number, max: number, answerMs = 0): number {
  let n = Math.max(lanes, max);
  while (n > lanes && !((pacer.delayMs?.(n) ?? Infinity) <= GROUP_WAIT_MS + Math.ceil(n / lanes) * answerMs)) n = Math.max(lanes, Math.floor(n / 2));
  return n;
}

export interface MorningPassSummary {
  /** Daily sends created by this pass (clients whose morning came). */
  due: number;
  /** Clients past the catch-up window: recorded as skipped, not sent. */
  late: number;
  claimed: number;
  sent: number;
  failed: number;
  skipped: number;
  deferred: number;
  durationMs: number;
}

/**
 * Step 1: create today's daily send for every active client whose local morning time has come. One statement
 * finds them in every zone (each zone's local date and clock computed once, not once per client). The catch-up
 * window only reaches back within the same local date: a 23:30 client missed by a worker down at midnight
 * is skipped, not texted at 00:30. Workers take turns (takeMaterializeTurn): one creates the sends; another that
 * had to wait for that turn creates none and goes on to claim the ones just created. Scanning every client again
 * for the sends just made cost it ~170 ms of PostgreSQL's CPU at 10,000 clients (EXPLAIN ANALYZE, branch
 * workers6), all before its first claim. Morning times are minutes: the turn it waited on covered its minute, and
 * a client due in a minute that turn had not reached yet (ticks straddling a minute, or a turn that failed) gets
 * a send at the next tick, within the catch-up window; the unique (client, local date) still allows one.
 */
export async function materializeDue(deps: AppDeps, now: Date): Promise<{ due: number; late: number }> {
  if (deps.db.isTransaction) return createDue(deps, now);
  return deps.db.transaction().execute(async (trx) => {
    if ((await takeMaterializeTurn(trx)) === 'waited') return { due: 0, late: 0 };
    return createDue({ ...deps, db: trx }, now);
  });
}

async function createDue(deps: AppDeps, now: Date): Promise<{ due: number; late: number }> {
  const rows: NewDailySend[] = [];
  const clocks = candidateTimezonesDue(now, await activeTimezones(deps.db));
  const dateOf = new Map(clocks.map((c) => [c.timezone, c.localDate]));
  // Clients in a zone share a handful of morning times: each is worked out once (luxon is the cost here).
  const states = new Map<string, ReturnType<typeof dueState>>();
  for (const c of await morningCandidates(deps.db, clocks)) {
    const key = `${c.timezone}|${c.morning_time}`;
    let state = states.get(key);
    if (!state) states.set(key, (state = dueState(now, { timezone: c.timezone, morningTime: c.morning_time }, deps.config.morningCatchUpHours)));
    if (state.localDate !== dateOf.get(c.timezone) || state.state === 'not_yet') continue;
    rows.push({
      clientId: c.id,
      localDate: state.localDate,
      dueAt: state.dueAt,
      status: state.state === 'due' ? 'pending' : 'skipped',
      error: state.state === 'due' ? null : `missed: more than ${deps.config.morningCatchUpHours} h after the morning time`,
    });
  }
  const late = rows.filter((r) => r.status === 'skipped').length;
  if (late) deps.log.warn({ count: late }, 'morning texts skipped: worker was down past the catch-up window');
  const inserted = await insertDailySends(deps.db, rows);
  return { due: Math.max(0, inserted - late), late };
}

type DeliveryOutcome = 'sent' | 'failed' | 'skipped' | 'deferred';
type ResolvedOptions = Required<MorningPassOptions>;

/** Step 3 for one claimed row: compose (or reuse) the message, send it once, record the outcome. */
async function deliver(deps: AppDeps, send: ClaimedDailySend, client: ClientRow | undefined, opts: ResolvedOptions): Promise<DeliveryOutcome> {
  const { now } = opts;
  if (!client || client.status !== 'active') {
    await finishDailySend(deps.db, send.id, { status: 'skipped', error: `client is ${client?.status ?? 'gone'}`, at: now });
    return 'skipped';
  }

  let outbound: Pick<OutboundRow, 'id' | 'to_phone' | 'body' | 'client_id'> | undefined;
  const stored = send.outbound_message_id ? await findOutboundById(deps.db, send.outbound_message_id) : undefined;
  if (stored) {
    outbound = stored;
    // A previous claim already stored this morning's message. If the provider took it, it is sent; if the
    // claim died between calling the provider and recording the answer, the outcome is unknown and we do
    // not risk a second text (at most once beats twice for a 6 a.m. message).
    if (stored.provider_sid || ['accepted', 'sent', 'delivered', 'local'].includes(stored.status)) {
      await finishDailySend(deps.db, send.id, { status: 'sent', at: now });
      return 'sent';
    }
    if (stored.status === 'sending') {
      await finishDailySend(deps.db, send.id, { status: 'failed', error: 'outcome unknown: worker stopped mid-send', at: now });
      deps.log.error({ dailySendId: send.id }, 'morning text outcome unknown after a crash; not re-sent');
      return 'failed';
    }
    if (stored.status === 'failed' || stored.status === 'suppressed') {
      await finishDailySend(deps.db, send.id, { status: 'failed', error: stored.error_message, at: now });
      return 'failed';
    }
    // status 'queued' with no provider id: stored but never handed over, or a retryable failure: send it now.
  } else {
    const message = await composeOne(deps, client, send.local_date, opts);
    const id = await insertMorningMessage(deps.db, send.id, message);
    outbound = { id, to_phone: client.phone, body: message.body, client_id: client.id };
  }

  if (!outbound) throw new Error('unreachable: no message to send');
  const handed = await handOver(deps, send, client, outbound, opts);
  if (handed.outcome === 'sent') await finishDailySend(deps.db, send.id, { status: 'sent', at: handed.at });
  return handed.outcome;
}

/** The morning message for one client, ready to store: composed, or the fallback when composing fails. */
async function composeOne(
  deps: AppDeps,
  client: ClientRow,
  localDate: string,
  opts: ResolvedOptions,
  /** Runs the composing (composeAll records the new weeks and days in it, and drops them on a failure). */
  wrap: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<NewOutbound> {
  let body: string;
  let agent: unknown = null;
  try {
    const composed = await wrap(() => opts.compose(deps, client, localDate));
    body = composed.body;
    agent = composed.agent ?? null;
  } catch (err) {
    // One client's broken plan must not stop everyone else's morning.
    deps.log.error({ err, clientId: client.id }, 'morning text generation failed; sending the fallback');
    body = MORNING_FALLBACK;
    agent = { fallback: 'generation_failed', error: err instanceof Error ? err.message : String(err) };
  }
  const clean = toGsm7(body);
  const seg = countSegments(clean);
  return { clientId: client.id, toPhone: client.phone, body: clean, kind: 'morning', channel: deps.sender.channel, status: 'queued', segments: seg.segments, encoding: seg.encoding, agent };
}

/**
 * Hands one stored message to the provider and records the answer on the message. A `sent` outcome is left
 * for the caller to record on the daily send (one statement per batch); every other outcome is recorded here.
 */
async function handOver(
  deps: AppDeps,
  send: ClaimedDailySend,
  client: ClientRow,
  outbound: Pick<OutboundRow, 'id' | 'to_phone' | 'body' | 'client_id'>,
  opts: ResolvedOptions,
): Promise<{ outcome: DeliveryOutcome; at: Date }> {
  const { now } = opts;
  await opts.pacer.take();
  // 'sending' marks the moment we hand the text to the provider: a crash before this line leaves a
  // 'queued' message that the next claim sends; a crash after it leaves an unknown outcome (see above).
  if (!(await markOutboundSending(deps.db, outbound.id, client.id))) {
    await finishDailySend(deps.db, send.id, { status: 'skipped', error: 'client opted out or paused before the send', at: now });
    return { outcome: 'skipped', at: now };
  }
  const result = await attemptSend(deps, outbound);
  if (result.ok) return { outcome: 'sent', at: deps.now() };
  const error = `${result.code ?? ''} ${result.message}`.trim();
  if (result.retryable && send.attempts < opts.maxAttempts) {
    const retryAt = new Date(now.getTime() + backoffDelayMs(send.attempts, { baseMs: 30_000, maxMs: 15 * 60_000, rng: opts.rng }));
    await deferDailySend(deps.db, send.id, retryAt, error);
    return { outcome: 'deferred', at: now };
  }
  await finishDailySend(deps.db, send.id, { status: 'failed', error, at: now });
  return { outcome: 'failed', at: now };
}

/** A composed text, and the new weeks and days it was composed from when their inserts were held back for the batch. */
interface Composed {
  message: NewOutbound;
  writes: DeferredWrites | null;
}

/**
 * Composes the batch's texts. Without a model, composing is CPU work and reads that the batch prefetched: the
 * lanes compose client by client, and the weeks and days a cold client needs are not inserted one by one but
 * recorded (db/batch-writes.ts) for storeRecordedWrites to store in one statement per table. No transaction
 * is held while composing (there is nothing to commit but the rare rewrite of a stale week, which commits on
 * its own as it would for a "what's today"). A client whose composing throws gets the fallback and its
 * recorded rows are dropped. With a model, a call can take seconds: the lanes compose client by client and
 * write as they go, so nothing recorded waits on another client's model call.
 */
async function composeAll(deps: AppDeps, fresh: Array<{ send: ClaimedDailySend; client: ClientRow }>, opts: ResolvedOptions): Promise<Composed[]> {
  const lanes = deps.db.isTransaction ? 1 : opts.concurrency;
  if (deps.model !== null) {
    return mapLimit(fresh, lanes, async (f): Promise<Composed> => ({ message: await composeOne(deps, f.client, f.send.local_date, opts), writes: null }));
  }
  return mapLimit(fresh, lanes, async (f): Promise<Composed> => {
    // Composing from prefetched reads never waits on I/O, so a batch would otherwise compose in one long run
    // of microtasks: yield to the event loop per client, so the batch being handed over meanwhile gets its
    // answers read as they arrive instead of after the whole batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    let failed = false;
    const writes = noDeferredWrites();
    const recording = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await deferringWrites(writes, work);
      } catch (err) {
        failed = true;
        throw err;
      }
    };
    const message = await composeOne(deps, f.client, f.send.local_date, opts, recording);
    return { message, writes: failed ? null : writes };
  });
}

/**
 * Stores the weeks and days composeAll recorded, one statement per table for the batch, and returns each
 * client's text. A client whose week or day lost to one stored meanwhile (a "what's today" answered while the
 * batch composed) is composed again the ordinary way, from the stored rows, so the text matches what is kept;
 * if the statement itself fails, every recorded client is composed again that way (each writing its own rows).
 */
async function storeRecordedWrites(deps: AppDeps, fresh: Array<{ send: ClaimedDailySend; client: ClientRow }>, composed: Composed[], opts: ResolvedOptions): Promise<NewOutbound[]> {
  const recorded = composed.flatMap((c, i) => (c.writes && (c.writes.microcycles.length || c.writes.workouts.length) ? [i] : []));
  if (recorded.length === 0) return composed.map((c) => c.message);
  let again: number[];
  try {
    const landed = await insertRecordedWeeksAndDays(
      deps.db,
      recorded.flatMap((i) => composed[i]!.writes!.microcycles),
      recorded.flatMap((i) => composed[i]!.writes!.workouts),
    );
    again = recorded.filter((i) => {
      const w = composed[i]!.writes!;
      return ![...w.microcycles, ...w.workouts].every((r) => landed.has(r.id));
    });
  } catch (err) {
    deps.log.warn({ err, count: recorded.length }, "storing the batch's new weeks and days failed; composing those clients one by one");
    again = recorded;
  }
  const messages = composed.map((c) => c.message);
  const redone = await mapLimit(again, deps.db.isTransaction ? 1 : opts.concurrency, (i) => composeOne(deps, fresh[i]!.client, fresh[i]!.send.local_date, opts));
  again.forEach((i, k) => (messages[i] = redone[k]!));
  return messages;
}

/**
 * How long the pacer may make a group wait while the previous group's successes ride along unrecorded: up to
 * this, they are recorded in the statement that marks this group; beyond it, first, so a crash during the wait
 * never leaves texts that went out looking unknown.
 */
const CARRY_WAIT_MS = 50;

/**
 * The last group's texts the provider took, not recorded yet: their messages (provider id, status) and their
 * daily sends ('sent'). The statement marking the next group records them (one round trip per group), in this
 * batch or, when another batch is already waiting for its turn to hand over, in that batch's first group; with
 * no group following at once they are recorded on their own. Either way at most one group's outcome is ever
 * unrecorded (and those texts are never re-sent: see HAND_OVER_GROUP).
 */
interface Unrecorded {
  messages: SentOutbound[];
  sends: Array<{ id: string; at: Date }>;
}

/**
 * The updates that record what `carry` holds (none when it is empty), to run inside another statement; the
 * caller empties `carry` once that statement succeeded (a failed one leaves them for the next).
 */
function carriedUpdates(carry: Unrecorded) {
  // Both, even when empty (an update of no rows costs next to nothing): the group statement then has one text
  // for every group, so PostgreSQL parses and plans it once per connection (db/prepared.ts) instead of per group.
  return [sendSuccessesUpdate(carry.messages), sentDailySendsUpdate(carry.sends)];
}

function emptyCarry(carry: Unrecorded): void {
  carry.messages = [];
  carry.sends = [];
}

/** Records what `carry` holds, in one statement, and empties it. */
async function recordCarried(deps: AppDeps, carry: Unrecorded): Promise<void> {
  if (carry.messages.length === 0 && carry.sends.length === 0) return;
  await insertMorningGroup(deps.db, [], carriedUpdates(carry));
  emptyCarry(carry);
}

/**
 * A group's send slots from the pacer, asked for together (a shared pacer claims them in one statement; they
 * still come one interval apart); `ready` once the last has come.
 */
interface GroupSlots {
  taken: Promise<void>;
  ready: boolean;
}

function takeSlots(pacer: Pick<Pacer, 'take'>, count: number): GroupSlots {
  const slots: GroupSlots = { taken: Promise.resolve(), ready: false };
  slots.taken = (async () => {
    await Promise.all(Array.from({ length: count }, () => pacer.take()));
    slots.ready = true;
  })();
  // Awaited by the group that uses them; slots taken for a batch that then had none to hand over are not.
  slots.taken.catch(() => undefined);
  return slots;
}

/**
 * Hands a group of composed texts to the provider together: a send slot each from the pacer (`slots`, when
 * handOverAll took them ahead), then stored already marked `sending` and linked to their daily sends in one
 * statement (insertMorningGroup: a text whose client stopped texts meanwhile is stored suppressed and skipped; a
 * send whose claim was taken over gets none), sent in parallel. `slotsTaken` runs once the group has its slots,
 * before it is stored. Its successes are left in `carry` (Unrecorded) for the next group's statement to record;
 * the previous group's are recorded on their own first when the pacer would make this group wait.
 */
async function handOverGroup(
  deps: AppDeps,
  group: Array<{ send: ClaimedDailySend; client: ClientRow; message: NewOutbound }>,
  opts: ResolvedOptions,
  carry: Unrecorded,
  slots: GroupSlots | null,
  slotsTaken: () => void,
  carrier: CarrierPace,
): Promise<DeliveryOutcome[]> {
  const { now } = opts;
  const waits = slots ? !slots.ready : !((opts.pacer.delayMs?.(group.length) ?? Infinity) <= CARRY_WAIT_MS);
  if (carry.messages.length && waits) await recordCarriedOrLog(deps, carry);
  // The send slots first (the carrier rate): a crash while waiting for one leaves the group's sends without a
  // text, and the next claim composes and sends them; only then is the group stored `sending` and handed over.
  await (slots ?? takeSlots(opts.pacer, group.length)).taken;
  slotsTaken();
  const items = group.map((g) => ({ dailySendId: g.send.id, attempt: g.send.attempts, message: g.message }));
  let stored: Awaited<ReturnType<typeof insertMorningGroup>>;
  try {
    stored = await insertMorningGroup(deps.db, items, carriedUpdates(carry));
  } catch (err) {
    if (carry.messages.length === 0 && carry.sends.length === 0) throw err;
    // The statement failed with the last group's recording riding in it; that recording may be the cause (it
    // was, in a PostgreSQL test: a provider id already stored), and it would ride in, and fail, every group
    // after this one. So it is recorded on its own (or, failing, left for the next claim to settle: those texts
    // went out and are never re-sent) and this group is stored without it.
    deps.log.warn({ err, count: group.length }, 'storing a morning group with the last group recorded failed; storing them apart');
    await recordCarriedOrLog(deps, carry);
    stored = await insertMorningGroup(deps.db, items);
  }
  emptyCarry(carry);
  const going = group.filter((g) => stored.get(g.send.id)?.sending);
  // Over the lanes: a group may be larger than the connections and requests worth having in flight at once.
  let answeredMs = 0;
  const results = await mapLimit(going, opts.concurrency, async (g) => {
    const row = { id: stored.get(g.send.id)!.id, to_phone: g.message.toPhone, body: g.message.body, client_id: g.client.id };
    const sentAt = performance.now();
    const [result] = await attemptSends(deps, [row], { leaveSuccesses: true });
    answeredMs += performance.now() - sentAt;
    return result!;
  });
  if (going.length) carrier.answerMs = answeredMs / going.length;
  for (const [i, g] of going.entries()) {
    const r = results[i]!;
    if (r.ok) carry.messages.push({ id: stored.get(g.send.id)!.id, providerSid: r.providerSid, status: r.status });
  }
  const at = deps.now();
  const outcome = new Map<ClaimedDailySend, DeliveryOutcome>();
  for (const [i, g] of going.entries()) {
    const result = results[i]!;
    if (result.ok) {
      carry.sends.push({ id: g.send.id, at });
      outcome.set(g.send, 'sent');
      continue;
    }
    const error = `${result.code ?? ''} ${result.message}`.trim();
    if (result.retryable && g.send.attempts < opts.maxAttempts) {
      const retryAt = new Date(now.getTime() + backoffDelayMs(g.send.attempts, { baseMs: 30_000, maxMs: 15 * 60_000, rng: opts.rng }));
      await deferDailySend(deps.db, g.send.id, retryAt, error);
      outcome.set(g.send, 'deferred');
    } else {
      await finishDailySend(deps.db, g.send.id, { status: 'failed', error, at: now });
      outcome.set(g.send, 'failed');
    }
  }
  const result: DeliveryOutcome[] = [];
  for (const g of group) {
    const o = outcome.get(g.send);
    if (o) result.push(o);
    else if (!stored.has(g.send.id)) result.push('deferred'); // its claim was taken over meanwhile: that claim sends it
    else {
      await finishDailySend(deps.db, g.send.id, { status: 'skipped', error: 'client opted out or paused before the send', at: now });
      result.push('skipped');
    }
  }
  return result;
}

/**
 * Step 3 for a claimed batch, set-based where the work allows it: the batch's reads in a few statements
 * (compose.prefetch), every client's text composed, then handed to the provider a group at a time
 * (handOverAll: each group stored already `sending` and linked to its daily sends in one statement just before
 * it goes, so a crash leaves at most one group with an unknown outcome), the sent ones recorded by the next
 * group's statement.
 * Rows that need individual care (a message stored by an earlier claim, a client no longer active) take
 * the one-by-one path.
 */
async function deliverBatch(
  deps: AppDeps,
  claimed: ClaimedDailySend[],
  clients: Map<string, ClientRow>,
  opts: ResolvedOptions,
  /** Runs a hand-over when no other batch of this process is handing over, and what it left unrecorded (see runMorningPass). */
  turns: HandOverTurns,
  /** The batch's reads (prefetchBatch), or null to compose client by client. */
  reads: BatchReads | null,
): Promise<DeliveryOutcome[]> {
  const safely = async (send: ClaimedDailySend, work: () => Promise<DeliveryOutcome>): Promise<DeliveryOutcome> => {
    try {
      return await work();
    } catch (err) {
      // A database hiccup for one row: its lease expires and a later pass retries it.
      deps.log.error({ err, dailySendId: send.id }, 'morning delivery failed unexpectedly');
      return 'deferred';
    }
  };
  const fresh: Array<{ send: ClaimedDailySend; client: ClientRow }> = [];
  const single: ClaimedDailySend[] = [];
  for (const send of claimed) {
    const client = clients.get(send.client_id);
    if (client && client.status === 'active' && !send.outbound_message_id) fresh.push({ send, client });
    else single.push(send);
  }
  const outcomes = single.length
    ? await turns.take(async () => {
        // One by one, each recording its own outcome: what the last group left unrecorded is recorded first.
        await recordCarriedOrLog(deps, turns.carry);
        return mapLimit(single, opts.concurrency, (send) => safely(send, () => deliver(deps, send, clients.get(send.client_id), opts)));
      })
    : [];
  if (fresh.length === 0) return outcomes;

  const composed = await withBatchReads(reads, () => composeAll(deps, fresh, opts));
  const messages = await storeRecordedWrites(deps, fresh, composed, opts);
  return [...outcomes, ...(await turns.take(() => handOverAll(deps, fresh, messages, opts, turns)))];
}

/**
 * The compose's reads for a batch's claims still to be composed (compose.prefetch), or null (none, or the read
 * failed: the batch then composes client by client). A claim whose client turns out inactive is read for and
 * not composed: rare, and it saves waiting for the clients before reading.
 */
async function prefetchBatch(deps: AppDeps, claimed: ClaimedDailySend[], opts: ResolvedOptions): Promise<BatchReads | null> {
  const toCompose = claimed.filter((c) => !c.outbound_message_id);
  if (!opts.compose.prefetch || toCompose.length === 0) return null;
  try {
    return await opts.compose.prefetch(deps, toCompose.map((c) => ({ clientId: c.client_id, localDate: c.local_date })));
  } catch (err) {
    deps.log.warn({ err }, 'morning batch prefetch failed; composing client by client');
    return null;
  }
}

/**
 * Hands the batch's composed texts to the provider a group at a time, each stored as it goes. The last group's
 * successes are recorded here, or, when another batch is already waiting for its turn, by that batch's first
 * group statement.
 */
async function handOverAll(
  deps: AppDeps,
  fresh: Array<{ send: ClaimedDailySend; client: ClientRow }>,
  messages: NewOutbound[],
  opts: ResolvedOptions,
  turns: HandOverTurns,
): Promise<DeliveryOutcome[]> {
  const handed: DeliveryOutcome[] = [];
  // The next group's size and send slots, taken while this group is with the provider. With a carrier rate the
  // groups are the lanes, and taking a group's slots only after the last group's answers left the carrier idle
  // for that wait every group: at 100/s, 8 lanes and 150 ms answers a worker sent 24 texts/s, not the lanes'
  // ~53 (bench:morning --carrier-latency 150 --send-rate 100). Slots are still taken before a group is stored:
  // a text is never marked `sending` while it waits for the carrier rate. A batch's last group takes them for the
  // first group of the batch waiting for its turn (kept in turns.ahead); should that batch have fewer texts, or
  // none to hand over, the slots left over only space the next sends further apart.
  // The batch's last group takes them for the first group of a batch already waiting for its turn (turns.ahead).
  const next = turns;
  // A group at a time, stored `sending` together just before it goes: a crash leaves at most one group with an
  // unknown outcome (never re-sent). Its size is HAND_OVER_GROUP, or the lanes when the carrier rate binds.
  for (let start = 0, size = 0; start < fresh.length; start += size) {
    const ahead = next.ahead;
    next.ahead = null;
    size = ahead?.size ?? handOverGroupSize(opts.pacer, opts.concurrency, opts.handOverGroup, turns.carrier.answerMs);
    const after = start + size;
    const group = fresh.slice(start, after).map((f, k) => ({ ...f, message: messages[start + k]! }));
    const takeNext = () => {
      const left = after < fresh.length ? fresh.length - after : turns.waiting() > 0 ? opts.batchSize : 0;
      if (left === 0) return;
      const nextSize = handOverGroupSize(opts.pacer, opts.concurrency, opts.handOverGroup, turns.carrier.answerMs);
      next.ahead = { size: nextSize, slots: takeSlots(opts.pacer, Math.min(nextSize, left)) };
    };
    try {
      handed.push(...(await handOverGroup(deps, group, opts, turns.carry, ahead?.slots ?? null, takeNext, turns.carrier)));
    } catch (err) {
      // A database hiccup: these claims expire and a later pass settles them (a text stored `sending` is never re-sent).
      deps.log.error({ err, count: group.length }, 'morning delivery failed unexpectedly');
      handed.push(...group.map((): DeliveryOutcome => 'deferred'));
    }
  }
  if (turns.waiting() === 0) await recordCarriedOrLog(deps, turns.carry);
  return handed;
}

/**
 * recordCarried, logging a failure instead of throwing, and emptying `carry` either way: the texts went out;
 * their claims expire and a later claim settles them without sending again. Kept, a recording that cannot
 * succeed would ride in (and fail) every later group's statement.
 */
async function recordCarriedOrLog(deps: AppDeps, carry: Unrecorded): Promise<void> {
  const sends = carry.sends.map((s) => s.id);
  try {
    await recordCarried(deps, carry);
  } catch (err) {
    deps.log.error({ err, count: sends.length, dailySendIds: sends }, 'recording sent morning texts failed; the next claim settles them (not re-sent)');
    emptyCarry(carry);
  }
}

/**
 * The process's batches take turns handing over (`take`: one at a time, in the order asked, whatever each
 * one's outcome), so a crash leaves at most one group unknown; `waiting` counts the turns asked for and not
 * started; `carry` is what the last group left unrecorded (Unrecorded).
 */
interface HandOverTurns {
  take: <T>(work: () => Promise<T>) => Promise<T>;
  waiting: () => number;
  carry: Unrecorded;
  carrier: CarrierPace;
  /** The next group's size and send slots, taken while the group before it was with the provider (handOverAll). */
  ahead: { size: number; slots: GroupSlots } | null;
}

/** The provider's mean answer time over the last group handed over (ms; 0 before the first): handOverGroupSize. */
interface CarrierPace {
  answerMs: number;
}

function handOverTurns(): HandOverTurns {
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const take = <T>(work: () => Promise<T>): Promise<T> => {
    waiting += 1;
    const start = () => {
      waiting -= 1;
      return work();
    };
    const run = tail.then(start, start);
    tail = run.catch(() => undefined);
    return run;
  };
  return { take, waiting: () => waiting, carry: { messages: [], sends: [] }, carrier: { answerMs: 0 }, ahead: null };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * One scheduler pass as if the clock read `now`: create due daily sends, then claim and send in batches
 * until nothing claimable is left. Safe to run from any number of processes at once: the unique
 * (client, local date) row and SKIP LOCKED claims make each morning text go out once.
 */
export async function runMorningPass(deps: AppDeps, options: MorningPassOptions): Promise<MorningPassSummary> {
  const started = performance.now();
  const handOverGroup = options.handOverGroup ?? HAND_OVER_GROUP;
  const opts: ResolvedOptions = { leaseMs: 5 * 60_000, batchSize: batchSizeFor(handOverGroup), concurrency: 1, handOverGroup, batchesInFlight: 3, maxAttempts: 4, rng: Math.random, ...options };
  const { due, late } = await materializeDue(deps, opts.now);
  const summary: MorningPassSummary = { due, late, claimed: 0, sent: 0, failed: 0, skipped: 0, deferred: 0, durationMs: 0 };
  const turns = handOverTurns();
  const batchLoop = async () => {
    for (;;) {
      // One statement locks and leases the batch (a dry run's runs inside its transaction).
      const claimed = await claimDailySends(deps.db, opts.now, opts.leaseMs, opts.batchSize);
      if (claimed.length === 0) break;
      summary.claimed += claimed.length;
      // One read for the batch's clients; a status change after this is caught when the text is handed over.
      // With the batch's reads: both need only the claims, so they go out together (one round trip less per batch).
      const [clientRows, reads] = await Promise.all([findClientsByIds(deps.db, claimed.map((c) => c.client_id)), prefetchBatch(deps, claimed, opts)]);
      const clients = new Map(clientRows.map((c) => [c.id, c]));
      const outcomes = await deliverBatch(deps, claimed, clients, opts, turns, reads);
      for (const o of outcomes) summary[o] += 1;
      // Deferred rows hold a lease in the future, so the next claim in this loop does not pick them again.
    }
  };
  // Batches in flight at once: while one is handed over (round trips), the others compose (CPU). A dry run
  // (one transaction, one connection) and a single lane (PGlite) work one batch at a time.
  const inFlight = deps.db.isTransaction || opts.concurrency <= 1 ? 1 : Math.max(1, opts.batchesInFlight);
  await Promise.all(Array.from({ length: inFlight }, batchLoop));
  await recordCarriedOrLog(deps, turns.carry); // nothing is left there (each hand-over records or drops its last group's)
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

class DryRunRollback extends Error {}

/**
 * A whole pass as if the clock read `now`, inside a transaction that is rolled back: who would get which
 * text, with nothing stored and nothing sent (the sender is replaced by a recorder).
 */
export async function dryRunMorningPass(
  deps: AppDeps,
  now: Date,
  compose: ComposeMorning,
): Promise<{ wouldSend: { to: string; body: string }[]; summary: MorningPassSummary }> {
  const wouldSend: { to: string; body: string }[] = [];
  let summary: MorningPassSummary | null = null;
  try {
    await deps.db.transaction().execute(async (trx) => {
      const recorder = {
        channel: 'local' as const,
        send: async (m: { to: string; body: string }) => {
          wouldSend.push({ to: m.to, body: m.body });
          return { ok: true as const, providerSid: `dry-run-${wouldSend.length}`, status: 'local' as const };
        },
      };
      summary = await runMorningPass({ ...deps, db: trx, sender: recorder, now: () => now }, { now, compose, pacer: { take: async () => {} } });
      throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return { wouldSend, summary: summary! };
}
