import type { Db } from './db-types.js';
import { handleParent } from './batch-reads.js';
import type { WorkoutRow } from './schema.js';

/**
 * The days a unit of work stored (insertWorkoutOnce), as stored, kept for the code that ran it: a client's turn
 * that built their week ("tomorrow" asked first) wrote the days it answered from, and the number's next question
 * about them is answered from these rows instead of reading them again (inbound-batches rememberDaysRead).
 * Nothing here is trusted as current: a day rewritten later in the unit of work, or a savepoint rolled back,
 * leaves a row whose id, version or status the statement storing such an answer no longer finds (AnswerBasis),
 * and the question is then answered the ordinary way.
 */
const recording = new WeakMap<object, WorkoutRow[]>();

/** Starts keeping the days stored through `db` (or any view of it: readsOn, withTurnReads, a savepoint). */
export function recordDaysWritten(db: Db): void {
  recording.set(db, []);
}

/** Keeps `row` for the unit of work `db` belongs to, if one records its days. */
export function noteDayWritten(db: Db, row: WorkoutRow): void {
  for (let h: object | undefined = db; h; h = handleParent(h)) {
    const days = recording.get(h);
    if (days) {
      days.push(row);
      return;
    }
  }
}

/** The days stored through `db` since recordDaysWritten(db), in the order written. */
export function daysWritten(db: Db): readonly WorkoutRow[] {
  return recording.get(db) ?? [];
}
