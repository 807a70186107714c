/**
 * An exercise to do instead of another: same movement pattern, equipment the client has, and not the one
 * being replaced. Used for honest interim answers to "what instead?" until the adaptation engine rebuilds
 * the plan with a lasting swap.
 */
import { EXERCISES, equipmentFits, exerciseById, limitationConflicts, type Exercise, type MovementPattern } from '../../engine/strength/index.js';
import type { Equipment, Limitation } from '../../engine/vocabulary.js';

/**
 * The nearest other movement when every exercise of a pattern loads a part the client spares: a shoulder that
 * complains overhead presses on an incline instead, a pull from overhead becomes a row.
 */
const NEAREST_PATTERN: Partial<Record<MovementPattern, MovementPattern>> = {
  vertical_push: 'horizontal_push',
  vertical_pull: 'horizontal_pull',
  lateral_raise: 'rear_delt',
};

/**
 * Exercises that need the equipment, by pattern: "no pull-up bar" → vertical pull alternatives. With the
 * client's limitations (a cranky shoulder overhead), never one that loads what they spare.
 */
export function substituteFor(exerciseId: string, available: readonly Equipment[], prefer: Equipment | null = null, limitations: readonly Limitation[] = []): Exercise | null {
  const from = exerciseById(exerciseId);
  if (!from) return null;
  const fits = (pattern: MovementPattern) =>
    EXERCISES.filter((e) => e.pattern === pattern && e.id !== from.id && equipmentFits(e, available) && !e.timed === !from.timed && limitationConflicts(e, limitations).length === 0);
  let candidates = fits(from.pattern);
  const nearest = NEAREST_PATTERN[from.pattern];
  if (candidates.length === 0 && nearest) {
    // The one nearest in what it trains first: an incline press (shoulders its first helper) before a flat one. Kit
    // alone can leave a pattern with nothing too: no pull-up bar and only dumbbells is a row, not no answer.
    // (Was only with a limitation: "no pull-up bar at the hotel, what instead?" with dumbbells only got none.)
    const trains = (e: Exercise) => Math.max(...from.primaryMuscles.map((m) => (e.primaryMuscles.includes(m) ? 2 : e.secondaryMuscles.includes(m) ? 1 / (1 + e.secondaryMuscles.indexOf(m)) : 0)));
    candidates = fits(nearest).sort((a, b) => trains(b) - trains(a));
  }
  const preferred = prefer ? candidates.filter((e) => e.equipment.includes(prefer)) : [];
  return preferred[0] ?? candidates[0] ?? null;
}

/** The patterns whose usual exercises need this equipment (for "no pull-up bar, what instead?"). */
export function exercisesNeeding(equipment: Equipment): Exercise[] {
  return EXERCISES.filter((e) => e.equipment.includes(equipment) && e.rank <= 3);
}
