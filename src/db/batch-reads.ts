import { AsyncLocalStorage } from 'node:async_hooks';
import type { Selectable } from 'kysely';
import type { Db } from './db-types.js';
import type { MicrocycleRow, PlanAdaptationsTable, PlanRow, ReadinessSignalsTable, WorkoutLogsTable, WorkoutRow } from './schema.js';

/**
 * Reads made for a whole batch of clients at once (the morning pass: a handful of statements per 200
 * clients instead of several per client), handed to the per-client code that would otherwise ask for each
 * row itself. The repositories below consult it first; the services and the coaching flow run unchanged.
 *
 * Each week, day, plan and log answer is taken once: a second read of the same key (say, the re-read after an
 * insert lost an ON CONFLICT race) goes to the database, so a snapshot can never hide a row written after it
 * was taken. Adaptations, logs and signals, which this work never writes, may be read more than once.
 * A key that is absent was not prefetched: the read goes to the database as usual.
 *
 * Two ways to hand them over. `withBatchReads` (the morning pass) puts them in an AsyncLocalStorage for all the
 * work `fn` awaits; `readsOn` gives a database handle of its own that carries them, for work that takes a handle
 * (a stored-day answer to a text). The handle is the cheap one: once any AsyncLocalStorage has run in a process,
 * Node 20's promise hooks stay on and every `await` in the process costs about three times as much (77 → 242 ns
 * measured), which a texting rush pays on every request; the web process never runs one unless it also runs the
 * morning pass.
 */
export interface BatchReads {
  /** client id → the active plan, or null when the client has none. */
  activePlans: Map<string, PlanRow | null>;
  /** `${clientId}|${date}` → the stored workout, or null when none is stored. */
  workouts: Map<string, WorkoutRow | null>;
  /** plan id → its adaptations in creation order. */
  adaptations: Map<string, Selectable<PlanAdaptationsTable>[]>;
  /** `${planId}|${weekNumber}` → the stored week, or null when the week was looked for and is not built. */
  microcycles: Map<string, MicrocycleRow | null>;
  /** client id → every log from `from` to `to` (dates inclusive), ordered by date then creation. */
  logs: Map<string, { from: string; to: string; rows: Selectable<WorkoutLogsTable>[] }>;
  /** client id → readiness signals of `kinds` dated `from` on, ordered by date then creation. */
  signals: Map<string, { kinds: string[]; from: string; rows: Selectable<ReadinessSignalsTable>[] }>;
  /** client id → the latest log date, or null for none (logs.repository.ts lastLogDatesFor): a silent week noticed. */
  lastLogs: Map<string, string | null>;
}

const current = new AsyncLocalStorage<BatchReads>();
/** Handles made by readsOn → their reads. */
const onHandle = new WeakMap<object, BatchReads>();
/** Handles that view another (readsOn's, turn-reads.ts's) → the handle each views. */
const parents = new WeakMap<object, object>();

/** The handle a view (readsOn, withTurnReads) was made on; undefined for any other handle. */
export function handleParent(db: object): object | undefined {
  return parents.get(db);
}

/** Notes that `view` runs its queries on `db` (what is known of `db`'s transaction holds for the view). */
export function noteView(view: object, db: object): void {
  parents.set(view, db);
}

/** Every property of the handle, methods bound to it: Kysely keeps its state in #private fields. */
const SAME_HANDLE: ProxyHandler<Db> = {
  get(target, prop) {
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
};

/**
 * A handle on the same database (or transaction) as `db` whose repository reads consult `reads` first: what
 * withBatchReads does, passed with the handle instead of through an AsyncLocalStorage. Queries on it run on `db`
 * itself (a view, one allocation: `db.withPlugin` would build a whole Kysely instance per question).
 */
export function readsOn<D extends Db>(db: D, reads: BatchReads): D {
  const scoped = new Proxy(db, SAME_HANDLE) as D;
  onHandle.set(scoped, reads);
  noteView(scoped, db);
  return scoped;
}

/** The reads a repository call on `db` may answer from: its handle's (readsOn), else the running batch's. */
function readsFor(db: Db): BatchReads | undefined {
  return onHandle.get(db) ?? current.getStore();
}

export function emptyBatchReads(): BatchReads {
  return { activePlans: new Map(), workouts: new Map(), adaptations: new Map(), microcycles: new Map(), logs: new Map(), signals: new Map(), lastLogs: new Map() };
}

/** Runs `fn` (and everything it awaits) with the batch's reads available to the repositories. */
export function withBatchReads<T>(reads: BatchReads | null, fn: () => Promise<T>): Promise<T> {
  return reads ? current.run(reads, fn) : fn();
}

type Keyed = Exclude<keyof BatchReads, 'logs' | 'signals'>;
type ValueOf<K extends Keyed> = BatchReads[K] extends Map<string, infer V> ? V : never;

/** The prefetched answer for `key`, taken (removed), or `miss` when there is none to take. */
export function takeBatchRead<K extends Keyed>(db: Db, kind: K, key: string): { hit: true; value: ValueOf<K> } | { hit: false } {
  const reads = readsFor(db);
  if (!reads) return { hit: false };
  const map = reads[kind] as Map<string, ValueOf<K>>;
  if (!map.has(key)) return { hit: false };
  const value = map.get(key) as ValueOf<K>;
  // Adaptations are never written by the work a batch does (a turn that adds one commits on its own): they
  // may be read again; rows the batch itself may insert (plans' weeks and days) are taken once.
  if (kind !== 'adaptations') map.delete(key);
  return { hit: true, value };
}

/** A client's prefetched logs within [from, to], when the prefetch covered that range. */
export function batchLogs(db: Db, clientId: string, from: string | undefined, to: string | undefined): Selectable<WorkoutLogsTable>[] | null {
  const entry = readsFor(db)?.logs.get(clientId);
  if (!entry || from === undefined || to === undefined || from < entry.from || to > entry.to) return null;
  return entry.rows.filter((r) => r.date >= from && r.date <= to);
}

/** A client's prefetched signals of `kinds` dated `from` on, when the prefetch covered them. */
export function batchSignals(db: Db, clientId: string, kinds: readonly string[], from: string): Selectable<ReadinessSignalsTable>[] | null {
  const entry = readsFor(db)?.signals.get(clientId);
  if (!entry || from < entry.from || !kinds.every((k) => entry.kinds.includes(k))) return null;
  return entry.rows.filter((r) => r.date >= from && kinds.includes(r.kind));
}

/**
 * Drops what the batch read for one client and plan: work that changed them mid-compose (a silent week noticed
 * rebuilds the weeks) must read them again, never the snapshot from before it.
 */
export function forgetBatchReads(db: Db, clientId: string, planId: string): void {
  const reads = readsFor(db);
  if (!reads) return;
  reads.activePlans.delete(clientId);
  reads.adaptations.delete(planId);
  reads.logs.delete(clientId);
  reads.signals.delete(clientId);
  reads.lastLogs.delete(clientId);
  for (const key of [...reads.workouts.keys()]) if (key.startsWith(`${clientId}|`)) reads.workouts.delete(key);
  for (const key of [...reads.microcycles.keys()]) if (key.startsWith(`${planId}|`)) reads.microcycles.delete(key);
}
