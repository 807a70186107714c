import type { AppDeps } from '../app-deps.js';
import type { Db } from '../db/db-types.js';
import {
  insertInboundBatch,
  insertInboundOnce,
  storeRepliesIfUnhandled,
  storeReplyIfUnhandled,
  type NewInbound,
  type NewInboundAt,
  type TurnRead,
  type UnhandledReply,
} from '../db/repositories/inbound-messages.repository.js';
import { isTransientDbError } from '../db/errors.js';
import { batcherPerHandle, statementBatcher } from '../db/statement-batcher.js';
import { peekStoredPlan, peekStoredWorkoutDay } from './stored-plan-json.js';

/**
 * The two statements of every stored-day answer, batched across requests (db/statement-batcher.ts): the
 * insert that stores a text and reads its turn, and the reply stored with the text marked processed. Under
 * a texting rush each statement serves every request that arrived while the previous one was in flight;
 * alone, a request goes at once. A failed batch statement falls back to each request's own statement, so
 * the guarantees are those of the one-request statements (insertInboundOnce, storeReplyIfUnhandled).
 */

/** Rows per statement: bounds one statement's size (and its latency) in a very large rush. */
const MAX_BATCH = 64;

const insertBatcher = batcherPerHandle((db: Db) => statementBatcher((ms: Parameters<typeof insertInboundBatch>[1]) => insertInboundBatch(db, ms), MAX_BATCH));
const replyBatcher = batcherPerHandle((db: Db) => statementBatcher((rs: UnhandledReply[]) => storeRepliesIfUnhandled(db, rs), MAX_BATCH));

/**
 * Per number, the plan and day the last text of that number read (ids only, a bounded memo): the next text's
 * insert then leaves out the JSON this process already holds parsed for them (NewInboundAt.held).
 */
const lastRead = new Map<string, { planId: string | null; day: { id: string; version: number } | null }>();
const LAST_READ_CAPACITY = 5000;

/** What this process holds, parsed, of the plan and day the number's last text read (see NewInboundAt.held). */
function heldFor(phone: string): NonNullable<NewInboundAt['held']> {
  const last = lastRead.get(phone);
  const plan = last?.planId ? peekStoredPlan(last.planId) : undefined;
  const day = last?.day ? peekStoredWorkoutDay(last.day.id, last.day.version) : undefined;
  return {
    ...(plan && last?.planId ? { plan: { id: last.planId, request: plan.request, outline: plan.outline } } : {}),
    ...(day && last?.day ? { day: { ...last.day, workout: day } } : {}),
  };
}

function rememberRead(phone: string, turn: TurnRead | undefined): void {
  if (!turn) return;
  const row = turn.today?.row;
  lastRead.delete(phone);
  lastRead.set(phone, { planId: turn.plan?.id ?? null, day: row ? { id: row.id, version: row.version } : null });
  if (lastRead.size > LAST_READ_CAPACITY) lastRead.delete(lastRead.keys().next().value!);
}

/**
 * Stores an inbound message once per provider id (as insertInboundOnce), in the current batch; a message
 * with a client also gets its turn and the client's stored day read (`turn.today`).
 */
export async function storeInbound(deps: Pick<AppDeps, 'db' | 'log' | 'now'>, m: NewInbound): Promise<{ row: Awaited<ReturnType<typeof insertInboundOnce>>['row']; inserted: boolean; turn?: TurnRead }> {
  try {
    const stored = await insertBatcher(deps.db)({ ...m, now: deps.now(), held: heldFor(m.fromPhone) });
    // Null: the MessageSid was stored before (or earlier in this batch); the one-row statement finds that row.
    if (stored) {
      rememberRead(m.fromPhone, stored.turn);
      return stored;
    }
  } catch (err) {
    deps.log.warn({ err, providerSid: m.providerSid }, 'batched inbound insert failed; storing this message on its own');
  }
  try {
    return await insertInboundOnce(deps.db, m);
  } catch (err) {
    if (!isTransientDbError(err)) throw err;
    deps.log.warn({ err }, 'database step lost its connection; retrying once');
    return insertInboundOnce(deps.db, m);
  }
}

/**
 * storeReplyIfUnhandled in the current batch. A reply the batch did not store (its message handled already, or
 * held by another handler) and a failed batch ask again on their own: the one-reply statement waits for the
 * other handler and says whether this reply was stored.
 */
export async function storeReplyIfUnhandledBatched(deps: Pick<AppDeps, 'db' | 'log'>, r: UnhandledReply): Promise<boolean> {
  try {
    if (await replyBatcher(deps.db)(r)) return true;
  } catch (err) {
    deps.log.warn({ err, inboundId: r.id }, 'batched reply store failed; storing this reply on its own');
  }
  return storeReplyIfUnhandled(deps.db, r.id, r.reply, r.result);
}
