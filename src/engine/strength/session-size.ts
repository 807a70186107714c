/**
 * How many exercises one session holds, by its minutes and the lifter's experience. The minutes alone let a
 * 60-minute beginner day run to 8 or 9 exercises of 2 sets (a 65-year-old's power and balance drills on top):
 * every one is a new movement to set up, learn and load, and a coach gives a beginner fewer movements with more
 * practice each (NSCA/ACSM novice guidance: 1 exercise per major muscle group, 6-8 in all; Rippetoe-style
 * novice programs: 3-5 lifts). A trained lifter moves between stations faster and can use a few more.
 *
 *   experience    minutes per exercise   at most
 *   beginner      8.5                    8        (45 min: 5, 60 min: 7)
 *   intermediate  7.5                    10       (45 min: 6, 60 min: 8)
 *   advanced      7.5                    10
 *
 * Every exercise counts, the short drills too (a sit-to-stand, a balance hold): each is a line of the morning
 * text and a station in the session.
 */
import type { TrainingAge } from '../vocabulary.js';

export const MINUTES_PER_EXERCISE: Record<TrainingAge, number> = { beginner: 8.5, intermediate: 7.5, advanced: 7.5 };
export const MOST_EXERCISES: Record<TrainingAge, number> = { beginner: 8, intermediate: 10, advanced: 10 };
/** A session of any length keeps its main lifts and something for the rest of the body. */
export const FEWEST_EXERCISES = 3;

export function maxExercisesPerSession(sessionMinutes: number, age: TrainingAge): number {
  return Math.max(FEWEST_EXERCISES, Math.min(MOST_EXERCISES[age], Math.floor(sessionMinutes / MINUTES_PER_EXERCISE[age] + 1e-9)));
}
