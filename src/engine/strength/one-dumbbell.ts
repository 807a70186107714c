/**
 * Dumbbell exercises done with ONE dumbbell (held goblet-style, across the hips, one arm at a time): their load is
 * that dumbbell. Every other dumbbell load is per hand, and is said so ("each", "per dumbbell") so nobody reads a
 * pair's load as the total (the engine's dumbbell loads are per dumbbell: adaptation/rescale.ts). A goblet squat
 * "at 40 lb per dumbbell" read as two dumbbells.
 */
import { exerciseById } from './exercises.js';

const ONE_DUMBBELL: ReadonlySet<string> = new Set(['goblet_squat', 'db_box_squat', 'db_hip_thrust', 'overhead_db_extension', 'db_pullover', 'db_row', 'db_calf_raise', 'single_leg_rdl', 'db_leg_curl']);

/** True when the exercise's load is one of a pair of dumbbells (a dumbbell lift not held as one). */
export function loadIsPerDumbbell(exerciseId: string): boolean {
  return exerciseById(exerciseId)?.implement === 'dumbbell' && !ONE_DUMBBELL.has(exerciseId);
}
