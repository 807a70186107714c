/**
 * A back told of, hurt or healed ("tweaked my lower back last year, fine now but nervous on heavy pulls"): the
 * conventional and sumo deadlift stay at 6 reps or fewer. The back holds its position for a few reps; late in a
 * long set of pulls it is the back that gives out and rounds, which is what a once-hurt back must not do (and
 * what makes a nervous lifter more nervous). Strength's 3-5 is kept; a hypertrophy block's 6-8 becomes 4-6, and
 * the muscle work goes to the hinges that spare the back (RDLs, hip thrusts). Pure data and one function.
 */
import type { Limitation } from '../vocabulary.js';

export const GUARDED_PULLS: ReadonlySet<string> = new Set(['deadlift', 'sumo_deadlift']);
export const GUARDED_PULL_MAX_REPS = 6;

/** Whether the plan guards the pulls: a lower-back limitation, or a back note that spares nothing (healed). */
export function guardsPulls(limitations: readonly Limitation[], backTold: boolean | undefined): boolean {
  return backTold === true || limitations.includes('lower_back');
}

/** A pull's rep range inside the cap, keeping its width (6-8 → 4-6); other lifts and short ranges unchanged. */
export function guardedPullRange(exerciseId: string, range: { min: number; max: number }): { min: number; max: number } {
  if (!GUARDED_PULLS.has(exerciseId) || range.max <= GUARDED_PULL_MAX_REPS) return range;
  const width = range.max - range.min;
  return { min: Math.max(1, GUARDED_PULL_MAX_REPS - width), max: GUARDED_PULL_MAX_REPS };
}
