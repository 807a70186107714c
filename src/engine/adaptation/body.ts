/**
 * Body parts as the adaptation rules need them: which muscle groups a sore part means, which exercise-library
 * limitation a painful part means, and which parts running loads (a runner with pain there does not run).
 */
import type { Limitation } from '../vocabulary.js';
import type { Muscle } from '../strength/volume-landmarks.js';
import type { MovementPattern } from '../strength/exercises.js';

const LEGS: Muscle[] = ['quads', 'hamstrings', 'glutes', 'calves'];

/** Muscle groups whose sets a soreness report trims (client words → the volume landmarks' groups). */
export const MUSCLES_FOR_PART: Record<string, Muscle[]> = {
  quads: ['quads'],
  hamstrings: ['hamstrings'],
  glutes: ['glutes'],
  calves: ['calves'],
  shins: ['calves'],
  legs: LEGS,
  hip_flexors: ['quads'],
  adductors: ['glutes'],
  groin: ['glutes'],
  lower_back: ['hamstrings', 'glutes'],
  upper_back: ['back'],
  back: ['back'],
  lats: ['back'],
  traps: ['back'],
  chest: ['chest'],
  shoulders: ['shoulders'],
  arms: ['biceps', 'triceps'],
  biceps: ['biceps'],
  triceps: ['triceps'],
  forearms: ['biceps'],
  abs: ['core'],
  core: ['core'],
  hips: ['glutes'],
  whole_body: [...LEGS, 'chest', 'back', 'shoulders'],
};

/** Soreness in these parts changes a runner's next hard or long run. */
export const RUNNING_SORE_PARTS = new Set(['quads', 'hamstrings', 'glutes', 'calves', 'shins', 'legs', 'hips', 'hip_flexors', 'whole_body', 'achilles', 'foot']);

/** Pain in these parts means no running (rest or non-impact work) until it settles. */
export const RUN_IMPACT_PARTS = new Set(['knee', 'shins', 'achilles', 'foot', 'heel', 'ankle', 'toe', 'hips', 'it_band']);

/** Parts above the waist: their warning signs are numbness or tingling down the arm, not a limp. */
export const UPPER_BODY_PARTS = new Set(['shoulders', 'elbow', 'wrist', 'hand', 'neck', 'traps', 'upper_back', 'chest', 'arms', 'biceps', 'triceps', 'forearms', 'lats']);

/** The exercise library's limitation for a painful part, when it tracks one. */
export const LIMITATION_FOR_PART: Record<string, Limitation> = {
  knee: 'knee', lower_back: 'lower_back', back: 'lower_back', shoulders: 'shoulder', elbow: 'elbow', wrist: 'wrist',
  hand: 'wrist', hips: 'hip', hip_flexors: 'hip', groin: 'hip', ankle: 'ankle', foot: 'ankle', heel: 'ankle',
  achilles: 'ankle', toe: 'ankle', neck: 'neck', traps: 'neck', it_band: 'knee', shins: 'ankle', abdominal_wall: 'abdominal', abs: 'abdominal',
};

const HIP_PATTERNS: readonly MovementPattern[] = ['hinge', 'hip_thrust', 'squat'];
/** Every press and pull: the library marks only some presses as shoulder work, so a floor press and rows stayed. */
const ARM_PATTERNS: readonly MovementPattern[] = ['horizontal_push', 'vertical_push', 'horizontal_pull', 'vertical_pull'];
/** A painful shoulder: every press and pull, and the raises and flyes that move the arm around it. */
const SHOULDER_PATTERNS: readonly MovementPattern[] = [...ARM_PATTERNS, 'chest_fly', 'lateral_raise', 'rear_delt'];
const HAND_HELD_PATTERNS: readonly MovementPattern[] = [...SHOULDER_PATTERNS, 'elbow_flexion', 'elbow_extension', 'carry'];

/**
 * Movement patterns that load a painful part whatever the lift's own limitations say: the library marks only the
 * heaviest lifts as hip work (back squat, deadlift), so sore hips kept the Romanian deadlift, the front squat and the
 * hip thrust. Hip-dominant lifts (hinges, hip thrusts) and loaded squats bend and extend the hip under load.
 */
export const PATTERNS_FOR_PART: Record<string, readonly MovementPattern[]> = {
  hips: HIP_PATTERNS,
  hip_flexors: HIP_PATTERNS,
  groin: HIP_PATTERNS,
  shoulders: SHOULDER_PATTERNS,
  // Elbows and wrists take every press, pull, raise and arm lift: the weight is held and moved through them.
  elbow: HAND_HELD_PATTERNS,
  wrist: HAND_HELD_PATTERNS,
  hand: HAND_HELD_PATTERNS,
  // The neck and upper back brace every overhead press, heavy pull and carry (shrugged shoulders, a held bar).
  neck: ['vertical_push', 'vertical_pull', 'carry'],
  traps: ['vertical_push', 'vertical_pull', 'carry'],
  upper_back: ['horizontal_pull', 'vertical_pull', 'rear_delt', 'carry'],
};

/**
 * A mild ache ("elbow felt a bit off", "knee a little tweaky"): a coach keeps the lifts, lighter and a set shorter, and
 * swaps only the worst offenders for the joint (these, by the library's limitation) and any jump or explosive lift
 * that loads it. Real pain ("hurts", "sharp") leaves out everything that loads the part (PATTERNS_FOR_PART).
 */
export const MILD_SWAPS: Partial<Record<Limitation, readonly string[]>> = {
  elbow: ['skull_crusher', 'dip', 'bench_dip', 'close_grip_bench_press', 'barbell_curl', 'chin_up', 'diamond_push_up'],
  wrist: ['barbell_curl', 'close_grip_bench_press', 'diamond_push_up', 'dip', 'bench_dip'],
  shoulder: ['dip', 'bench_dip', 'push_press', 'db_pullover', 'db_fly'],
  knee: ['leg_extension', 'pistol_squat', 'walking_lunge', 'bulgarian_split_squat', 'nordic_curl'],
  lower_back: ['good_morning', 'barbell_row', 'pendlay_row', 'db_bent_over_row', 'kb_swing', 'kb_power_swing'],
  hip: ['bulgarian_split_squat', 'walking_lunge', 'sumo_deadlift'],
  ankle: ['pistol_squat', 'walking_lunge'],
  neck: ['push_press'],
};
/** A mild ache's lifts that stay: this many more reps in reserve (at most 4), this many sets fewer, loads times `load`. */
export const MILD_EASE = { rir: 1, sets: 1, load: 0.9 } as const;

/** Whether a mild ache of `part` eases a lifter's lifts (a part the library tracks) rather than taking them out. */
export const liftsEasedWhenMild = (part: string): boolean => LIMITATION_FOR_PART[part] !== undefined;

export function musclesFor(parts: readonly string[]): Muscle[] {
  return [...new Set(parts.flatMap((p) => MUSCLES_FOR_PART[p] ?? []))];
}

export function partLabel(part: string): string {
  return part.replace(/_/g, ' ').replace('it band', 'IT band');
}

/** "my left shoulder is bugging me": one side said is said back ("left shoulder"), never both ("shoulders"). */
export function sidedPartLabel(part: string, said: string): string {
  const one = partLabel(part).replace(/s$/, '');
  const m = new RegExp(String.raw`\b(left|right)\s+(?:side of (?:my |the )?)?${one}s?\b`).exec(said.toLowerCase());
  return m ? `${m[1]} ${one}` : partLabel(part);
}

/**
 * Whether a lift loads a painful part: the library marks it as stressing the part's limitation, or its movement
 * pattern is one that loads the part (PATTERNS_FOR_PART), as the pain rules leave it out.
 */
export function loadsPart(ex: { pattern: MovementPattern; stresses: readonly Limitation[] }, part: string): boolean {
  const lim = LIMITATION_FOR_PART[part];
  return (lim !== undefined && ex.stresses.includes(lim)) || (PATTERNS_FOR_PART[part] ?? []).includes(ex.pattern);
}
