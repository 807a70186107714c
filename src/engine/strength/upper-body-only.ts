/**
 * A lifter who trains the upper body only (request `upperBodyOnly`: a wheelchair user, legs that cannot bear
 * load): no lower-body lift, and nothing that needs standing, kneeling or the floor under the legs - every lift
 * done seated (or from a bench the client transfers to), chest, back, shoulders, arms and the trunk. Rules as
 * data. The week's pattern is an upper-body rotation (microcycle/split.ts `upperOnlyPattern`), never a full-body
 * or lower day, and no lower-body power, balance or walking is added (age rules, fat-loss steps).
 *
 * Seated trunk work (a Pallof press, a cable crunch) trains the trunk that steadies every push from a chair
 * (ACSM's exercise guidance for people with spinal cord injury: upper-body and trunk strength, pulling at least
 * as much as pushing to balance the shoulders that also push the chair).
 */
import { EXERCISES, type MovementPattern } from './exercises.js';

/** Patterns that load the legs or hips (and carries, jumps and balance holds, done standing). */
export const LOWER_BODY_PATTERNS: readonly MovementPattern[] = [
  'squat', 'hinge', 'lunge', 'hip_thrust', 'knee_flexion', 'knee_extension', 'calf_raise', 'power', 'carry', 'balance',
];

/** Upper-body lifts done standing, bent over, kneeling, hanging or on the floor with the legs: left out. */
export const STANDING_OR_FLOOR_LIFTS: readonly string[] = [
  'overhead_press', 'push_press', 'landmine_press', 'kb_press', 'band_overhead_press', 'pike_push_up',
  'barbell_row', 'pendlay_row', 'db_bent_over_row', 'kb_row', 'inverted_row', 'doorway_row',
  'push_up', 'incline_push_up', 'feet_elevated_push_up', 'diamond_push_up', 'bench_dip', 'dip',
  'pull_up', 'chin_up', 'neutral_grip_pull_up', 'band_assisted_pull_up', 'band_pulldown',
  'plank', 'dead_bug', 'hollow_hold', 'bird_dog', 'side_plank', 'reverse_crunch', 'hanging_knee_raise',
];

const WHY = 'upper body only: every lift seated';

/** Every lift an upper-body-only plan leaves out, each with why (empty when the request trains the whole body). */
export function upperBodyExcluded(upperBodyOnly: boolean | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!upperBodyOnly) return out;
  for (const ex of EXERCISES) if (LOWER_BODY_PATTERNS.includes(ex.pattern) || STANDING_OR_FLOOR_LIFTS.includes(ex.id)) out.set(ex.id, WHY);
  return out;
}

/** The line on every training day. */
export const UPPER_BODY_NOTE = 'Upper body and trunk only, every lift seated (lock your brakes, or transfer to the bench): as much pulling as pushing, to keep your shoulders balanced.';
