/**
 * An exercise to do instead of another: same movement pattern, equipment the client has, and not the one
 * being replaced. Used for honest interim answers to "what instead?" until the adaptation engine rebuilds
 * the plan with a lasting swap.
 */
import { EXERCISES, equipmentFits, exerciseById, type Exercise } from '../../engine/strength/index.js';
import type { Equipment } from '../../engine/vocabulary.js';

/** Exercises that need the equipment, by pattern: "no pull-up bar" → vertical pull alternatives. */
export function substituteFor(exerciseId: string, available: readonly Equipment[], prefer: Equipment | null = null): Exercise | null {
  const from = exerciseById(exerciseId);
  if (!from) return null;
  const candidates = EXERCISES.filter((e) => e.pattern === from.pattern && e.id !== from.id && equipmentFits(e, available) && !e.timed === !from.timed);
  const preferred = prefer ? candidates.filter((e) => e.equipment.includes(prefer)) : [];
  return preferred[0] ?? candidates[0] ?? null;
}

/** The patterns whose usual exercises need this equipment (for "no pull-up bar, what instead?"). */
export function exercisesNeeding(equipment: Equipment): Exercise[] {
  return EXERCISES.filter((e) => e.equipment.includes(equipment) && e.rank <= 3);
}
