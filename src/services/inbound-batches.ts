import type { AppDeps } from '../app-deps.js';
import type { Db } from '../db/db-types.js';
import {
  insertInboundBatch,
  insertInboundOnce,
  storeRepliesIfUnhandled,
  storeReplyIfUnhandled,
  type NewInbound,
  type AnswerBasis,
  type NewInboundAt,
  type StoredInbound,
  type TurnRead,
  type UnhandledReply,
} from '../db/repositories/inbound-messages.repository.js';
import type { ClientRow, PlanRow, WorkoutRow } from '../db/schema.js';
import type { TurnPrefetch } from './inbound.service.js';
import { isTransientDbError } from '../db/errors.js';
import { batcherPerHandle, statementBatcher } from '../db/statement-batcher.js';
import { peekStoredPlan, peekStoredWorkoutDay } from './stored-plan-json.js';
import { localToday } from './plans.service.js';
import { questionPending } from '../db/repositories/conversation-states.repository.js';

/**
 * The statements of every stored-day answer, batched across requests (db/statement-batcher.ts): the insert
 * that stores a text and reads its turn, and the reply stored with the text marked processed. A question
 * answered ahead (inbound.service answerAhead) needs only the first: the insert stores it processed with its
 * reply. Under a texting rush each statement serves every request that arrived while the previous one was in
 * flight; alone, a request goes at once. A failed batch statement falls back to each request's own statement,
 * so the guarantees are those of the one-request statements (insertInboundOnce, storeReplyIfUnhandled).
 */

/** Rows per statement: bounds one statement's size (and its latency) in a very large rush. */
const MAX_BATCH = 64;

const insertBatcher = batcherPerHandle((db: Db) => statementBatcher((ms: Parameters<typeof insertInboundBatch>[1]) => insertInboundBatch(db, ms), MAX_BATCH));
const replyBatcher = batcherPerHandle((db: Db) => statementBatcher((rs: UnhandledReply[]) => storeRepliesIfUnhandled(db, rs), MAX_BATCH));

/**
 * Per number, what the last text of that number this process stored read (a bounded memo, per database
 * handle): the plan and day ids, so the next text's insert leaves out the JSON this process already holds
 * parsed for them (NewInboundAt.held); and, when the client had an active plan and no pending question, the
 * basis a stored-day question can be answered from before the next text is even stored (answerBasisFor).
 * Nothing here is trusted as current: the statement that stores an answered text checks its basis still
 * holds (AnswerBasis) and otherwise stores the text to be handled the ordinary way.
 */
interface LastRead {
  planId: string | null;
  day: { id: string; version: number } | null;
  basis?: {
    client: ClientRow;
    /** Without its request and outline (this process holds them parsed, peekStoredPlan): a few hundred bytes a number. */
    plan: PlanRow;
    /**
     * The day's row; its workout only until this process holds it parsed by (id, version) (peekStoredWorkoutDay),
     * so the number's first question parses it once instead of reading it again.
     */
    today: { date: string; row: WorkoutRow } | undefined;
    versions: { client: string; plan: string };
    lastInboundId: string;
    /**
     * `plan` with the request and outline this process holds (`from`), as the answers get it: made once per
     * number and parsed plan, not per question (a texting rush asks many questions of one basis).
     */
    whole?: { from: object; row: PlanRow };
    /** `today` with its workout as the answers get it: made once per day row and parsed workout, like `whole`. */
    wholeToday?: { from: WorkoutRow; workout: unknown; value: { date: string; row: WorkoutRow } };
    /**
     * Later days the number's answers read ("tomorrow", "this week"), each with the workout this process holds
     * parsed for its (id, version): the next question about them reads nothing before it is stored, as today's.
     */
    days?: readonly WorkoutRow[];
  };
}
const lastReads = new WeakMap<Db, Map<string, LastRead>>();
const LAST_READ_CAPACITY = 5000;

function lastReadsOf(db: Db): Map<string, LastRead> {
  let reads = lastReads.get(db);
  if (!reads) lastReads.set(db, (reads = new Map()));
  return reads;
}

/** What this process holds, parsed, of the plan and day the number's last text read (see NewInboundAt.held). */
function heldFor(db: Db, phone: string): NonNullable<NewInboundAt['held']> {
  const held: NonNullable<NewInboundAt['held']> = {};
  const last = lastReadsOf(db).get(phone);
  if (!last) return held;
  const plan = last.planId ? peekStoredPlan(last.planId) : undefined;
  if (plan && last.planId) held.plan = { id: last.planId, request: plan.request, outline: plan.outline };
  const day = last.day ? peekStoredWorkoutDay(last.day.id, last.day.version) : undefined;
  if (day && last.day) held.day = { id: last.day.id, version: last.day.version, workout: day };
  return held;
}

/** `row` without the columns `drop`, copied as they are: a JSON column still unparsed (lazyJson) stays so. */
function without<T extends object>(row: T, drop: ReadonlyArray<keyof T>): T {
  const out = {} as T;
  for (const key of Object.keys(row)) if (!drop.includes(key as keyof T)) Object.defineProperty(out, key, Object.getOwnPropertyDescriptor(row, key)!);
  return out;
}

/** Later days held per number beside today's: a week's question reads seven. */
const HELD_DAYS = 8;

/**
 * `kept` with the later days of `read` (an answer's days, as read) in place of what it held for their dates: a
 * day the same as the one held (id, version, status: what AnswerBasis checks) stays the same object, so a rush
 * of questions about it makes no copy per question; a day whose workout this process no longer holds parsed is
 * dropped (read again when asked). Days up to `today` go: today's is the basis's `today`.
 */
function heldDays(kept: readonly WorkoutRow[] | undefined, read: readonly WorkoutRow[] | undefined, today: string): readonly WorkoutRow[] | undefined {
  const byDate = new Map((kept ?? []).filter((d) => d.date > today).map((d) => [d.date, d]));
  for (const day of read ?? []) {
    if (day.date <= today) continue;
    const known = byDate.get(day.date);
    if (known && known.id === day.id && known.version === day.version && known.status === day.status) continue;
    const workout = peekStoredWorkoutDay(day.id, day.version);
    if (workout) byDate.set(day.date, { ...without(day, ['workout']), workout } as WorkoutRow);
    else byDate.delete(day.date);
  }
  return byDate.size ? [...byDate.values()].slice(-HELD_DAYS) : undefined;
}

function rememberRead(db: Db, phone: string, stored: StoredInbound, now: Date, readDays: readonly WorkoutRow[] | undefined): void {
  const reads = lastReadsOf(db);
  const previous = reads.get(phone);
  reads.delete(phone);
  if (stored.answered) {
    // Nothing changed: the basis stands, with this text as the number's last, and the client's day today
    // as the answer read it (the next question then reads nothing before it is stored).
    if (previous?.basis) {
      const date = localToday(previous.basis.client, now);
      const day = readDays?.find((d) => d.date === date);
      const kept = previous.basis.today;
      // The day the basis holds, read again as it was (id, version, status: what AnswerBasis checks), stays as held.
      const same = day && kept && kept.date === date && kept.row.id === day.id && kept.row.version === day.version && kept.row.status === day.status;
      const today = day && !same ? { date, row: without(day, ['workout']) } : kept;
      const days = heldDays(previous.basis.days, readDays, date);
      reads.set(phone, { ...previous, basis: { ...previous.basis, today, days, lastInboundId: stored.row.id } });
    }
    return;
  }
  const turn = stored.turn;
  if (!turn) return;
  const row = turn.today?.row;
  const entry: LastRead = { planId: turn.plan?.id ?? null, day: row ? { id: row.id, version: row.version } : null };
  if (turn.plan && !questionPending(turn.state) && turn.versions?.plan) {
    entry.basis = {
      client: turn.client,
      plan: without(turn.plan, ['request', 'outline']),
      today: row && turn.today ? { date: turn.today.date, row: peekStoredWorkoutDay(row.id, row.version) ? without(row, ['workout']) : without(row, []) } : undefined,
      versions: { client: turn.versions.client, plan: turn.versions.plan },
      lastInboundId: stored.row.id,
    };
  }
  reads.set(phone, entry);
  if (reads.size > LAST_READ_CAPACITY) reads.delete(reads.keys().next().value!);
}

/**
 * The days the ordinary path's read-only answer to the number's last text (`inboundId`) read, held beside its
 * basis as an answered-ahead one's are (rememberRead): the number's next question about them reads nothing.
 */
export function rememberDaysRead(deps: Pick<AppDeps, 'db' | 'now'>, phone: string, inboundId: string, days: readonly WorkoutRow[] | undefined): void {
  const basis = lastReadsOf(deps.db).get(phone)?.basis;
  if (!basis || basis.lastInboundId !== inboundId || !days?.length) return;
  const date = localToday(basis.client, deps.now());
  basis.days = heldDays(basis.days, days, date);
  // Today's day, when the text stored it (the week built by "what's today") or read it as another row than the
  // basis holds: the next "what's today" is answered from it, as from the day the insert read (rememberRead).
  const day = days.find((d) => d.date === date);
  const kept = basis.today;
  if (!day || (kept && kept.date === date && kept.row.id === day.id && kept.row.version === day.version && kept.row.status === day.status)) return;
  basis.today = { date, row: peekStoredWorkoutDay(day.id, day.version) ? without(day, ['workout']) : without(day, []) };
}

/**
 * What a stored-day question from `phone` can be answered from before it is stored: the client, their active
 * plan (and today's day, when this process holds it parsed) as the number's last text read them, and the
 * basis the storing statement checks (AnswerBasis, without the days the answer reads). Undefined when this
 * process has not read the number, or no longer holds the plan parsed.
 */
export function answerBasisFor(deps: Pick<AppDeps, 'db' | 'now'>, phone: string): { client: ClientRow; prefetched: TurnPrefetch; basis: Omit<AnswerBasis, 'days'> } | undefined {
  const last = lastReadsOf(deps.db).get(phone)?.basis;
  const plan = last && peekStoredPlan(last.plan.id);
  if (!last || !plan) return undefined;
  const row = last.today?.date === localToday(last.client, deps.now()) ? last.today.row : undefined;
  const workout = row && (peekStoredWorkoutDay(row.id, row.version) ?? row.workout);
  if (last.whole?.from !== plan) last.whole = { from: plan, row: { ...last.plan, request: plan.request, outline: plan.outline } };
  return {
    client: last.client,
    prefetched: {
      state: null,
      plan: last.whole.row,
      // A day not held parsed is read again by the answer (a read, nothing written).
      today: row && workout ? wholeToday(last, row, workout) : undefined,
      ...(last.days ? { days: last.days } : {}),
    },
    basis: { clientId: last.client.id, clientVersion: last.versions.client, planId: last.plan.id, planVersion: last.versions.plan, lastInboundId: last.lastInboundId },
  };
}

/** The basis's day with `workout` in it, made once per day row and workout (a rush asks many questions of one day). */
function wholeToday(last: NonNullable<LastRead['basis']>, row: WorkoutRow, workout: unknown): { date: string; row: WorkoutRow } {
  const known = last.wholeToday;
  if (known && known.from === row && known.workout === workout) return known.value;
  const value = { date: last.today!.date, row: { ...row, workout } as WorkoutRow };
  last.wholeToday = { from: row, workout, value };
  return value;
}

/**
 * Stores an inbound message once per provider id (as insertInboundOnce), in the current batch; a message
 * with a client also gets its turn and the client's stored day read (`turn.today`). A message with a reply
 * worked out ahead (`ahead`) comes back `answered` when the batch stored it processed with that reply.
 */
export async function storeInbound(
  deps: Pick<AppDeps, 'db' | 'log' | 'now'>,
  m: NewInbound & Pick<NewInboundAt, 'id' | 'ahead'>,
): Promise<{ row: StoredInbound['row']; inserted: boolean; turn?: TurnRead; answered?: true }> {
  try {
    const now = deps.now();
    const stored = await insertBatcher(deps.db)({ ...m, now, held: heldFor(deps.db, m.fromPhone) });
    // Null: the MessageSid was stored before (or earlier in this batch); the one-row statement finds that row.
    if (stored) {
      rememberRead(deps.db, m.fromPhone, stored, now, m.ahead?.basis.days);
      return stored;
    }
  } catch (err) {
    deps.log.warn({ err, providerSid: m.providerSid }, 'batched inbound insert failed; storing this message on its own');
  }
  lastReadsOf(deps.db).delete(m.fromPhone);
  const { id: _id, ahead: _ahead, ...one } = m;
  try {
    return await insertInboundOnce(deps.db, one);
  } catch (err) {
    if (!isTransientDbError(err)) throw err;
    deps.log.warn({ err }, 'database step lost its connection; retrying once');
    return insertInboundOnce(deps.db, one);
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
