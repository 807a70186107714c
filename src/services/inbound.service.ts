import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-deps.js';
import type { ClientRow, Database, InboundRow, OutboundRow, PlanRow, WorkoutRow } from '../db/schema.js';
import { findClientById, findClientByPhone, getOrCreateClient, noteClientLocked } from '../db/repositories/clients.repository.js';
import {
  attachInboundClient,
  findInboundById,
  markInboundFailed,
  markInboundProcessed,
  readTurn,
  releaseInboundLease,
  STALE_AFTER_SECONDS,
  type TurnRead,
  type NewInbound,
  type NewInboundAt,
} from '../db/repositories/inbound-messages.repository.js';
import { findDirectReplyBody } from '../db/repositories/outbound-messages.repository.js';
import { joinableTransaction } from '../db/joinable-transaction.js';
import { daysWritten, recordDaysWritten } from '../db/written-days.js';
import { holdingWrites, holdsWithHandle, sendHeldWrite } from '../db/held-writes.js';
import { isTransientDbError } from '../db/errors.js';
import { toPgRecord, toPgText } from '../db/pg-text.js';
import { smsBody } from '../channels/sms-text.js';
import { maskPhone } from '../logger.js';
import { HttpError } from '../web/http-error.js';
import { attemptSend, directReply, queueToClient, recordDirectReply, recordDirectReplyAndFinish, recordDirectReplyIfUnhandled, sendToClient } from './messaging.service.js';
import { timezoneForPhone } from '../channels/phone-region.js';
import { answerBasisFor, rememberDaysRead, storeInbound } from './inbound-batches.js';

/** One client text handled: the reply, what it meant, and model usage. */
export interface TurnResult {
  client: ClientRow;
  reply: string | null;
  intent: string | null;
  agent: unknown;
  /** The stored days a read-only answer (HandleTurn.fromStore) was made from, as read. */
  readDays?: readonly WorkoutRow[];
}

/**
 * Handles one client text: the conversation layer's entry point, passed in by the routes, the terminal chat
 * and the sweeper so this service never imports the conversation (the conversation calls services, not the
 * other way round).
 */
export type HandleTurn = ((deps: AppDeps, input: TurnInput) => Promise<TurnResult>) & {
  /**
   * The read-only answer, when the conversation has one: answers a text that only asks about what is stored
   * (reads, never writes) or returns null. The inbound turn tries it first, without the client's lock.
   */
  fromStore?: (deps: AppDeps, input: TurnInput) => Promise<TurnResult | null>;
};

export interface TurnInput {
  client: ClientRow;
  text: string;
  inboundId: string;
  carrierHandled: boolean;
  /** The client's conversation state and active plan (and stored day, when read), read with the client at the start of the turn. */
  prefetched?: TurnPrefetch;
}

export interface TurnPrefetch {
  state: { flow: string; state: unknown } | null;
  plan: PlanRow | null;
  today?: TurnRead['today'];
  /** Other stored days the number's earlier answers read (inbound-batches answerBasisFor): only in an answer worked out ahead. */
  days?: readonly WorkoutRow[];
}

export const SORRY_REPLY =
  "Sorry, something went wrong on my side. Your message is saved; try again in a minute or text HELP.";

export interface InboundOutcome {
  /** The reply to send back in the same exchange (TwiML or the chat response); null = answer nothing. */
  reply: string | null;
  /** A repeated provider message id: nothing was handled again, the first answer is repeated. */
  duplicate: boolean;
  clientId: string | null;
}

/**
 * Where a turn's reply goes. `channel` is the response waiting for it (a webhook's TwiML, the chat's JSON),
 * or null when nobody waits (the sweeper). `claimResponse` is asked, synchronously, the moment the reply
 * exists: true reserves the waiting response for it; false (the webhook deadline has passed and the
 * webhook answered empty) means the reply goes out through the sender instead.
 */
export interface Delivery {
  channel: 'twiml' | 'local' | null;
  claimResponse(): boolean;
}

/** Nobody waits for the reply: it goes out through the sender. */
export const THROUGH_SENDER: Delivery = { channel: null, claimResponse: () => false };

/**
 * The webhook's response, shared by the deadline timer and the turn so exactly one of them decides it:
 * either the reply reserves it first, or the deadline closes it (empty TwiML) and the reply is sent later.
 */
class ResponseSlot {
  private state: 'open' | 'reply' | 'closed' = 'open';
  claim(): boolean {
    if (this.state === 'open') this.state = 'reply';
    return this.state === 'reply';
  }
  close(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    return true;
  }
}

/**
 * Stores an inbound message, then handles it once, in the client's turn. Storing first (committed on its
 * own) means nothing is lost: a crash or a dropped connection leaves the row `received`, and Twilio's retry
 * of the same MessageSid, a later text from the same number, or the sweeper finishes it. A delivery of a
 * message already handled is answered with the reply already given instead of being coached twice; one
 * still being handled waits for that handling and answers with its reply.
 */
export async function receiveInbound(deps: AppDeps, message: NewInbound, channel: 'twiml' | 'local', handle: HandleTurn): Promise<InboundOutcome> {
  const body = toPgText(message.body);
  const safe: NewInbound = {
    ...message,
    fromPhone: toPgText(message.fromPhone),
    toPhone: message.toPhone === null ? null : toPgText(message.toPhone),
    body,
    params: toPgRecord(message.params),
    originalBodyLength: body.length === message.body.length ? null : message.body.length,
  };
  // Idempotent (one row per provider id), so safe to repeat when the connection drops mid-insert: the
  // repeat finds the row if the first attempt committed, and the message is handled rather than stranded.
  // Stored in the current batch of texts (one statement for all that arrive together, inbound-batches.ts),
  // with its reply when a stored-day question could be answered before storing it (answerAhead).
  const { declined, ...ahead } = await answerAhead(deps, safe, channel, handle);
  const { row, inserted, turn, answered } = await storeInbound(deps, { ...safe, ...ahead });
  // Stored processed with its reply in that one statement: the reply is answered only once it is stored.
  if (answered) return { reply: row.reply, duplicate: false, clientId: row.client_id };
  if (!inserted && row.status !== 'received') {
    deps.log.info({ providerSid: message.providerSid, status: row.status }, 'duplicate inbound delivery');
    return { reply: await findDirectReplyBody(deps.db, row.id), duplicate: true, clientId: row.client_id };
  }
  if (!inserted) deps.log.info({ providerSid: message.providerSid }, 'repeated delivery of a message not finished yet: handling it or waiting for it');

  const slot = new ResponseSlot();
  // The answer from the store declined already, from the same client, plan and today's day as the insert read:
  // it would decline again after reading the same days (a "tomorrow" whose day is not built yet), so the turn goes.
  const same = declined && turn?.versions && sameBasis(declined, turn);
  const handling = handleInbound(deps, row, { channel, claimResponse: () => slot.claim() }, handle, turn, same ? { storeDeclined: true } : {});

  // Twilio gives a webhook 15 s. A reply still being worked out at the deadline (a slow model, or the
  // client's earlier text still in its turn) is not lost: the webhook answers empty and the reply follows
  // through the sender when it is ready.
  if (channel === 'twiml') {
    const late = Symbol('late');
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([
      handling.then(() => null, () => null),
      new Promise<typeof late>((resolve) => {
        timer = setTimeout(() => resolve(late), deps.config.webhookReplyDeadlineMs);
      }),
    ]);
    clearTimeout(timer);
    if (first === late && slot.close()) {
      deps.log.warn({ inboundId: row.id }, 'reply not ready by the webhook deadline; it will follow through the sender');
      handling.catch((err: unknown) => deps.log.error({ err, inboundId: row.id }, 'late inbound handling failed; the sweeper retries it'));
      return { reply: null, duplicate: !inserted, clientId: row.client_id };
    }
  }
  const outcome = await handling;
  return { reply: outcome.reply, duplicate: !inserted, clientId: outcome.clientId };
}

/**
 * A stored-day question ("what's today", "tomorrow", "this week" with the days stored) answered before its
 * message is stored, from what this process read for the number's last text (inbound-batches answerBasisFor)
 * and any stored day the answer reads (a read, nothing written): the message is then stored already processed
 * with this reply, in the one statement that stores it, if all it was read from still stands (AnswerBasis);
 * otherwise it is stored `received` and handled the ordinary way, which gives the same words. One committed
 * statement per question instead of two (store, then reply); the reply still goes back only once it is stored.
 * Anything else (no basis, a text that needs a turn, an error) returns nothing: the ordinary path decides.
 */
async function answerAhead(deps: AppDeps, message: NewInbound, channel: 'twiml' | 'local', handle: HandleTurn): Promise<Pick<NewInboundAt, 'id' | 'ahead'> & { declined?: DeclinedBasis }> {
  const known = handle.fromStore ? answerBasisFor(deps, message.fromPhone) : undefined;
  if (!handle.fromStore || !known) return {};
  const id = randomUUID();
  try {
    const input = { client: known.client, text: message.body, inboundId: id, carrierHandled: Boolean(message.params['OptOutType']), prefetched: known.prefetched };
    const result = await handle.fromStore(deps, input);
    if (!result) {
      const today = known.prefetched.today?.row;
      return { declined: { client: known.basis.clientVersion, plan: known.basis.planVersion, clientId: known.basis.clientId, today: today ? `${today.id}:${today.version}:${today.status}` : null } };
    }
    if (result.reply === null || !result.readDays) return {};
    const { reply, result: stored } = directReply(directReplyOf(result, result.reply, channel, id));
    return { id, ahead: { reply, result: stored, basis: { ...known.basis, days: result.readDays } } };
  } catch (err) {
    // Worked out again once stored, where a failure is answered and recorded (failTurn).
    deps.log.debug({ err, providerSid: message.providerSid }, 'answering ahead failed; the stored path answers');
    return {};
  }
}

/** What an answer from the store declined ahead was worked out from (answerAhead): the row versions and today's day. */
interface DeclinedBasis {
  clientId: string;
  client: string;
  plan: string;
  today: string | null;
}

/** Whether the insert read the same client, plan and today's day as the declined answer was worked out from. */
function sameBasis(d: DeclinedBasis, turn: TurnRead): boolean {
  const today = turn.today?.row;
  return (
    turn.client.id === d.clientId &&
    turn.versions?.client === d.client &&
    turn.versions.plan === d.plan &&
    turn.today !== undefined &&
    (today ? `${today.id}:${today.version}:${today.status}` : null) === d.today
  );
}

type TurnStep =
  /** `written`: the days the turn stored, as stored (db/written-days.ts). */
  | { kind: 'done'; reply: string | null; send: OutboundRow | null; written?: readonly WorkoutRow[] }
  /** Another turn of this client holds its row, or an earlier text of theirs is still waiting: try again shortly. */
  | { kind: 'wait' }
  /** An earlier text of this number is past its lease (its handler died or gave up): handle it first. */
  | { kind: 'earlier-stale'; id: string };

/** How long a turn waits for the client's earlier texts: past the staleness limit, so a dead one is taken over. */
const MAX_WAIT_MS = (STALE_AFTER_SECONDS + 20) * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Handles one stored message in its client's turn: one transaction that locks the client's row, checks
 * the message is still unhandled and that no earlier text of the same number is waiting (texts apply in
 * arrival order), runs the conversation with that transaction as its database, stores the reply and marks
 * the message processed. Everything commits together or not at all.
 *
 * A dropped connection (or another transient database error) is retried once on a fresh connection; a
 * second one leaves the message `received` and surfaces as a 503 (Twilio retries; the sweeper would too).
 * Any other error is a bug or bad data: the client gets a short apology and the failure is stored.
 */
export async function handleInbound(
  deps: AppDeps,
  row: InboundRow,
  delivery: Delivery,
  handle: HandleTurn,
  /** What the turn starts from, when the statement that stored the message read it (insertInboundOnce). */
  stored?: TurnRead,
  /** `storeDeclined`: the answer from the store was tried on what `stored` holds and declined: not tried again. */
  opts: { storeDeclined?: boolean } = {},
): Promise<{ reply: string | null; clientId: string }> {
  try {
    return await handleInTurn(deps, row, delivery, handle, stored, opts.storeDeclined === true);
  } catch (err) {
    // Giving up with the message still unhandled: the next text from this number (or the sweeper) need
    // not wait out the lease before taking it over.
    await releaseInboundLease(deps.db, row.id).catch(() => undefined);
    throw err;
  }
}

async function handleInTurn(deps: AppDeps, row: InboundRow, delivery: Delivery, handle: HandleTurn, stored: TurnRead | undefined, storeDeclined: boolean): Promise<{ reply: string | null; clientId: string }> {
  const clientId = row.client_id ?? (await onceMoreIfTransient(deps, () => attachClient(deps, row)));
  const answered = storeDeclined ? null : await answerFromStore(deps, row, clientId, delivery, handle, stored);
  if (answered) return answered;
  const started = Date.now();
  let transientFailures = 0;
  let pauseMs = 4;
  for (;;) {
    let step: TurnStep;
    try {
      step = await deps.db.transaction().execute(async (trx) => {
        // The turn's last write is held for the statement that ends it (db/held-writes.ts: a "done" is its log and
        // reply in one statement); one still held when the turn ends goes before the commit.
        const holding = holdingWrites(trx);
        const done = await turnStep(deps, holding, row.id, clientId, delivery, handle, row);
        await sendHeldWrite(holding);
        return done;
      });
    } catch (err) {
      if (!isTransientDbError(err)) return failTurn(deps, row, clientId, err, delivery);
      transientFailures += 1;
      if (transientFailures === 1) {
        deps.log.warn({ err, inboundId: row.id }, 'turn lost its database connection; retrying once');
        continue;
      }
      throw new HttpError(503, 'database_unavailable', 'The database is unavailable; the message is stored and will be answered.', { cause: err });
    }
    if (step.kind === 'done') {
      // Committed: the days the turn built are held beside the number's basis, so its next question about them
      // ("tomorrow" again after the text that built the week) reads nothing before it is stored.
      if (step.written?.length) rememberDaysRead(deps, row.from_phone, row.id, step.written);
      if (step.send) await sendAfterCommit(deps, step.send);
      return { reply: step.reply, clientId };
    }
    if (Date.now() - started > MAX_WAIT_MS) {
      throw new HttpError(503, 'client_busy', "The client's earlier texts are still being handled; this one is stored and will be answered.");
    }
    if (step.kind === 'earlier-stale') {
      const earlier = await findInboundById(deps.db, step.id);
      if (earlier?.status === 'received') {
        deps.log.warn({ inboundId: earlier.id, from: maskPhone(earlier.from_phone) }, 'taking over an earlier text left unhandled');
        await handleInbound(deps, earlier, THROUGH_SENDER, handle).catch((err: unknown) =>
          deps.log.error({ err, inboundId: earlier.id }, 'taking over an earlier text failed'),
        );
      }
      continue;
    }
    await sleep(pauseMs * (0.5 + Math.random()));
    pauseMs = Math.min(pauseMs * 2, 100);
  }
}

/** Runs an idempotent step, and once more on a fresh connection if the first attempt lost its connection. */
async function onceMoreIfTransient<T>(deps: AppDeps, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!isTransientDbError(err)) throw err;
    deps.log.warn({ err }, 'database step lost its connection; retrying once');
    return step();
  }
}

async function attachClient(deps: AppDeps, row: InboundRow): Promise<string> {
  // Most texts come from known numbers: one read, and the insert-or-read only for a first contact.
  const client =
    (await findClientByPhone(deps.db, row.from_phone)) ??
    (await getOrCreateClient(deps.db, row.from_phone, (await timezoneForPhone(row.from_phone)) ?? deps.config.defaultTimezone)).client;
  await attachInboundClient(deps.db, row.id, client.id);
  return client.id;
}

/**
 * The read-only answer ("what's today" on a stored day): no transaction and no lock, two statements in all
 * when the question is about today, each shared with the other texts that arrive with it (inbound-batches.ts):
 * the insert (which reads what the turn starts from and today's stored day, insertInboundBatch) and the reply;
 * another day asked about is read in one more statement.
 * Safe without the client's lock because:
 *  - it only reads (HandleTurn.fromStore answers from stored days as they stand, or declines), so there is
 *    nothing for another turn to interleave with;
 *  - texts still apply in arrival order: it declines when an earlier text of the number is still waiting, so
 *    it reads what every earlier text did; and a later text waits for this one (the turn's earlier-text check)
 *    until it is marked processed, so nothing written after it can show in its answer;
 *  - the reply is stored, and the message marked, only if the message is still `received`, in one statement:
 *    a second delivery handled meanwhile keeps its reply, and this one answers with it.
 * Anything else (a write, a day to build, a pending question, a transient database error) goes to the full
 * turn, which answers with the same words.
 */
async function answerFromStore(
  deps: AppDeps,
  row: InboundRow,
  clientId: string,
  delivery: Delivery,
  handle: HandleTurn,
  stored: TurnRead | undefined,
): Promise<{ reply: string | null; clientId: string } | null> {
  const fromStore = handle.fromStore;
  if (!fromStore || !delivery.channel) return null;
  try {
    const turn = stored ?? (await readTurn(deps.db, clientId, row.id, { lock: false }));
    if (!turn || turn.inboundStatus !== 'received' || turn.earlier) return null;
    const result = await fromStore(deps, turnInput(row, turn));
    if (!result || result.reply === null || !delivery.claimResponse()) return null;
    const reply = await recordDirectReplyIfUnhandled(deps, directReplyOf(result, result.reply, delivery.channel, row.id));
    if (reply !== null) rememberDaysRead(deps, row.from_phone, row.id, result.readDays);
    // Null: another delivery of this message finished it first; its reply stands.
    return { reply: reply ?? (await findDirectReplyBody(deps.db, row.id)), clientId };
  } catch (err) {
    if (isTransientDbError(err)) return null;
    return failTurn(deps, row, clientId, err, delivery);
  }
}

/** A turn's reply as it goes back in the response: the same for the read-only answer and the locked turn. */
function directReplyOf(result: TurnResult, body: string, channel: NonNullable<Delivery['channel']>, inboundId: string) {
  return { client: result.client, body, channel, inboundId, intent: result.intent, agent: result.agent };
}

function turnInput(row: InboundRow, turn: TurnRead): TurnInput {
  return {
    client: turn.client,
    text: row.body,
    inboundId: row.id,
    carrierHandled: Boolean(row.params['OptOutType']),
    prefetched: { state: turn.state ?? null, plan: turn.plan ?? null, ...(turn.today ? { today: turn.today } : {}) },
  };
}

async function turnStep(deps: AppDeps, trx: Transaction<Database>, inboundId: string, clientId: string, delivery: Delivery, handle: HandleTurn, row: InboundRow): Promise<TurnStep> {
  // The client's row locked (skipped while another turn of theirs holds it), the message locked, the check
  // for an earlier waiting text of the same number, the conversation state, the plan and today's stored day (a log
  // is stored against it): one round trip.
  const turn = await readTurn(trx, clientId, inboundId, { lock: true, now: deps.now() });
  if (!turn) return { kind: 'wait' };
  if (turn.inboundStatus !== 'received') {
    // Another delivery of the same message finished it while this one waited: answer with its reply.
    return { kind: 'done', reply: delivery.channel ? await findDirectReplyBody(trx, inboundId) : null, send: null };
  }
  if (turn.earlier) return turn.earlier.stale ? { kind: 'earlier-stale', id: turn.earlier.id } : { kind: 'wait' };

  // The conversation code takes `deps.db`; inside the turn that is the transaction, whose nested
  // `transaction()` calls become savepoints (db/joinable-transaction.ts).
  const turnDeps: AppDeps = { ...deps, db: joinableTransaction(trx) };
  holdsWithHandle(turnDeps.db, trx);
  noteClientLocked(turnDeps.db, clientId);
  recordDaysWritten(turnDeps.db);
  const result = await handle(turnDeps, turnInput(row, turn));
  const written = daysWritten(turnDeps.db);
  if (result.reply !== null && delivery.channel && delivery.claimResponse()) {
    // The common case: the reply goes back in the response; stored, and the message marked, in one statement.
    const reply = await recordDirectReplyAndFinish(turnDeps, directReplyOf(result, result.reply, delivery.channel, row.id));
    return { kind: 'done', reply, send: null, written };
  }
  let stored: string | null = null;
  let send: OutboundRow | null = null;
  if (result.reply !== null) {
    const queued = await queueToClient(turnDeps, { client: result.client, body: result.reply, kind: 'reply', inboundId: row.id, agent: result.agent });
    stored = queued.row.body;
    if (queued.send) send = queued.row;
  }
  await markInboundProcessed(trx, row.id, { reply: stored, intent: result.intent, agent: result.agent });
  return { kind: 'done', reply: null, send, written };
}

/** Hands a reply stored by a committed turn to the sender; a failure is recorded on the row, never thrown. */
async function sendAfterCommit(deps: AppDeps, row: OutboundRow): Promise<void> {
  try {
    await attemptSend(deps, row);
  } catch (err) {
    deps.log.error({ err, outboundId: row.id }, 'recording a send attempt failed; the reply stays queued');
  }
}

function describeError(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

async function failTurn(
  deps: AppDeps,
  row: InboundRow,
  clientId: string,
  cause: unknown,
  delivery: Delivery,
): Promise<{ reply: string | null; clientId: string }> {
  deps.log.error({ err: cause, inboundId: row.id }, 'inbound handling failed');
  const client = await findClientById(deps.db, clientId);
  const apology = client && client.status !== 'opted_out' ? smsBody(SORRY_REPLY) : null;
  const direct = apology !== null && delivery.channel !== null && delivery.claimResponse();
  const marked = await markInboundFailed(deps.db, row.id, describeError(cause), direct ? apology : null);
  if (!marked) {
    // Another delivery finished the message meanwhile: its answer stands.
    return { reply: delivery.channel ? await findDirectReplyBody(deps.db, row.id) : null, clientId };
  }
  if (!client || apology === null) return { reply: null, clientId };
  if (direct && delivery.channel) {
    await recordDirectReply(deps, { client, body: apology, channel: delivery.channel, inboundId: row.id, kind: 'system' }).catch(() => undefined);
    return { reply: apology, clientId };
  }
  await sendToClient(deps, { client, body: apology, kind: 'system', inboundId: row.id }).catch(() => undefined);
  return { reply: null, clientId };
}
