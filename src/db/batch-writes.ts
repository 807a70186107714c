import { AsyncLocalStorage } from 'node:async_hooks';
import type { MicrocycleRow, WorkoutRow } from './schema.js';

/**
 * Inserts held back for a whole batch (the morning pass: one multi-row statement per table for 200 clients
 * instead of one per client), the write-side twin of batch-reads.ts. Inside `deferringWrites`, the
 * repositories' "insert once" functions give the new row a client-side id, record it here and return it as if
 * stored; the batch then stores every recorded row in one statement per table
 * (plans.repository insertMicrocyclesOnce / insertWorkoutsOnce). A row that loses to one stored meanwhile
 * (the unique (plan, week) or (client, date) kept another) is reported back, and the batch composes that
 * client again the ordinary way, reading the stored row, so nobody is told a day that was not kept.
 */
export interface DeferredWrites {
  microcycles: MicrocycleRow[];
  workouts: WorkoutRow[];
  /**
   * Weeks are stored at once, only days held: for one client's turn that reads several days ahead (a lift's next
   * loads), where a later day of the same week must find the week stored (findMicrocycle reads the table).
   */
  weeksNow?: true;
}

const current = new AsyncLocalStorage<DeferredWrites>();

export function noDeferredWrites(): DeferredWrites {
  return { microcycles: [], workouts: [] };
}

/** Runs `fn` (and everything it awaits) with week and day inserts recorded into `into` instead of executed. */
export function deferringWrites<T>(into: DeferredWrites, fn: () => Promise<T>): Promise<T> {
  return current.run(into, fn);
}

/** Where inserts go right now: the batch's record, or undefined when they run as usual. */
export function deferredWrites(): DeferredWrites | undefined {
  return current.getStore();
}

/**
 * Runs `fn` with its inserts executed at once, even inside a batch's deferringWrites: for work that commits on its
 * own in the middle of a compose (a silent week noticed rebuilds the weeks in a transaction of its own).
 */
export function writingNow<T>(fn: () => Promise<T>): Promise<T> {
  return current.exit(fn);
}
