/**
 * Light legs on a lifting day next to a key run (hybrid plans): the day's squats, hinges, lunges and hip
 * thrusts stay in, but short of heavy: at most two sets, at least three reps in reserve and the lighter rep
 * range of a light day. Concurrent-training practice: no heavy lower body or hinge the day before a long
 * or quality run (the legs must be fresh for it), nor the day after a quality run (tired legs under a heavy
 * deadlift). Upper-body work that day is unchanged. Pure data and two small predicates.
 */
import { exerciseById, type Exercise } from './exercises.js';
import type { PrescribedExercise } from './types.js';

/** Lower-body patterns that load the legs and back the way a run needs them fresh. */
export const LEG_LOAD_PATTERNS: ReadonlySet<Exercise['pattern']> = new Set(['squat', 'hinge', 'lunge', 'hip_thrust']);
/** Fewest reps in reserve on a light-legs day's leg work: well short of failure. */
export const LIGHT_LEGS_RIR = 3;
/** Most sets of any one leg lift on a light-legs day. */
export const LIGHT_LEGS_MAX_SETS = 2;

export function isLegLoad(exercise: Pick<Exercise, 'pattern'>): boolean {
  return LEG_LOAD_PATTERNS.has(exercise.pattern);
}

/** A prescribed lift that is heavy leg work: a leg pattern taken closer to failure than a light-legs day allows. */
export function isHeavyLegWork(e: Pick<PrescribedExercise, 'exerciseId' | 'sets' | 'rir'>): boolean {
  const ex = exerciseById(e.exerciseId);
  return !!ex && isLegLoad(ex) && e.sets > 0 && (e.rir < LIGHT_LEGS_RIR || e.sets > LIGHT_LEGS_MAX_SETS);
}
