/**
 * Set/rep/RIR/rest rules per intensity bias, slot role, day load level and block type.
 */
import type { BlockType, IntensityBias } from '../periodization/types.js';
import type { DayLoadLevel, SlotRole } from '../microcycle/split.js';
import type { Exercise } from './exercises.js';
import { straightMinutes, type TimedPart } from './superset.js';

export interface RepRange {
  min: number;
  max: number;
}

type HardRole = Exclude<SlotRole, 'power'>;

// Rep ranges follow the usual continuum: 1–5 strength, 6–12 hypertrophy, 12–20 muscular endurance (NSCA).
const REP_RANGES: Record<IntensityBias, Record<HardRole, RepRange>> = {
  strength: { main: { min: 3, max: 5 }, secondary: { min: 5, max: 8 }, accessory: { min: 8, max: 12 }, core: { min: 8, max: 12 } },
  hypertrophy: { main: { min: 6, max: 8 }, secondary: { min: 8, max: 10 }, accessory: { min: 10, max: 15 }, core: { min: 10, max: 15 } },
  power: { main: { min: 2, max: 3 }, secondary: { min: 3, max: 5 }, accessory: { min: 8, max: 10 }, core: { min: 8, max: 12 } },
  muscular_endurance: { main: { min: 12, max: 15 }, secondary: { min: 12, max: 15 }, accessory: { min: 15, max: 20 }, core: { min: 15, max: 20 } },
};

const HOLD_SECONDS: Record<IntensityBias, RepRange> = {
  strength: { min: 20, max: 30 },
  hypertrophy: { min: 30, max: 45 },
  power: { min: 20, max: 30 },
  muscular_endurance: { min: 45, max: 60 },
};

/**
 * The reps a lift can be coached at, whatever the block asks: a coach refuses sets where something other than
 * the target muscles gives out first.
 *  - Heavy triples need a load you can add to in small steps and get into position safely: a barbell or a
 *    machine. A goblet squat is limited by holding the bell, a dumbbell press by getting the bells up, a band or
 *    bodyweight cannot be set to a 3RM at all: these start at 5 reps (Schoenfeld's low-rep work is barbell work).
 *  - The lifts whose technique fails before the muscles do under fatigue stop at 10: the good morning (the
 *    lower back rounds), the front squat (the upper back folds); the conventional and sumo deadlift, the
 *    heaviest pull from the floor, at 8 (a 4x8-10 of deadlifts is the set a coach cuts first: the last reps are
 *    the rounded ones). A 15-rep set of them is a muscular-endurance block's rep range on the wrong lift.
 * A range outside the window shifts inside it, keeping its width.
 */
export const MIN_REPS_UNLOADED_BY_BAR = 5;
export const TECHNIQUE_LIMITED_MAX_REPS: Readonly<Record<string, number>> = { deadlift: 8, sumo_deadlift: 8, good_morning: 10, front_squat: 10 };

export function repWindow(exercise: Exercise): RepRange {
  const heavyCapable = exercise.implement === 'barbell' || exercise.implement === 'machine';
  return { min: heavyCapable ? 1 : MIN_REPS_UNLOADED_BY_BAR, max: TECHNIQUE_LIMITED_MAX_REPS[exercise.id] ?? 25 };
}

function withinWindow(range: RepRange, w: RepRange): RepRange {
  const width = range.max - range.min;
  if (range.min < w.min) return { min: w.min, max: Math.min(w.max, w.min + width) };
  if (range.max > w.max) return { min: Math.max(w.min, w.max - width), max: w.max };
  return range;
}

/**
 * The order a session is done in: power work fresh, then the main lifts, the secondary compounds, the
 * accessories, core last (compound before isolation, heavy before light). A lift added to a day late (a
 * top-up for a muscle a limitation left short) takes its place by role, not the end of the list.
 */
export const ROLE_RANK: Readonly<Record<SlotRole, number>> = { power: 0, main: 1, secondary: 2, accessory: 3, core: 4 };

export function repRangeFor(
  exercise: Exercise,
  role: SlotRole,
  bias: IntensityBias,
  loadLevel: DayLoadLevel,
  blockType: BlockType,
  intensificationRepeatsBias: boolean,
): RepRange {
  if (role === 'power') return { min: 3, max: 3 };
  if (exercise.timed) return HOLD_SECONDS[bias];
  const base = REP_RANGES[bias][role];
  let { min, max } = base;
  if (blockType === 'realization' && role === 'main') return withinWindow({ min: 2, max: 3 }, repWindow(exercise));
  // When intensification keeps accumulation's bias (hypertrophy, endurance), it still gets heavier: −2 reps.
  if (blockType === 'intensification' && intensificationRepeatsBias) {
    min = Math.max(3, min - 2);
    max = Math.max(min, max - 2);
  }
  if (role === 'main' || role === 'secondary') {
    const shift = loadLevel === 'moderate' ? 2 : loadLevel === 'light' ? 4 : 0;
    min += shift;
    max += shift;
  }
  return withinWindow({ min: Math.min(min, 25), max: Math.min(max, 25) }, repWindow(exercise));
}

/** RIR for a hard set: the week's target, one more on a light day, never below 0. */
export function rirFor(role: SlotRole, weekRir: number, loadLevel: DayLoadLevel): number {
  // Power work is about bar speed: stop well short of failure.
  if (role === 'power') return Math.max(4, weekRir);
  return Math.min(5, Math.max(0, weekRir + (loadLevel === 'light' ? 1 : 0)));
}

const REST_SEC: Record<IntensityBias, Record<SlotRole, number>> = {
  strength: { power: 120, main: 180, secondary: 150, accessory: 90, core: 60 },
  hypertrophy: { power: 120, main: 150, secondary: 120, accessory: 75, core: 60 },
  power: { power: 120, main: 180, secondary: 150, accessory: 90, core: 60 },
  muscular_endurance: { power: 90, main: 90, secondary: 75, accessory: 45, core: 45 },
};

export function restFor(role: SlotRole, bias: IntensityBias, restMultiplier: number): number {
  const raw = REST_SEC[bias][role] * restMultiplier;
  return Math.min(300, Math.max(30, Math.round(raw / 15) * 15));
}

/** Where the set count starts before weekly volume balancing, and how far it may move. */
export function setBounds(role: SlotRole, bias: IntensityBias): { pref: number; min: number; max: number } {
  switch (role) {
    case 'power':
      return { pref: 3, min: 3, max: 3 };
    case 'main':
      return { pref: bias === 'strength' || bias === 'power' ? 4 : 3, min: 2, max: 5 };
    case 'secondary':
      return { pref: 3, min: 2, max: 4 };
    case 'accessory':
      return { pref: 3, min: 2, max: 4 };
    case 'core':
      return { pref: 2, min: 2, max: 3 };
  }
}

export function formatReps(range: RepRange, exercise: Exercise): string {
  const core = range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
  const unit = exercise.timed ? 's' : '';
  return `${core}${unit}${exercise.laterality === 'unilateral' ? '/side' : ''}`;
}

/** Minutes to set up an exercise (find the weights, the bench, the spot). */
export const SETUP_MIN = 1;

/**
 * The time parts of an exercise: ramp-up sets for loaded compounds plus a minute to set up, then each set of
 * work and the rest between sets. Rep time ~3 s (longer at a slow tempo); unilateral work is done once per side.
 */
export function exerciseTiming(exercise: Exercise, role: SlotRole, sets: number, range: RepRange, restSec: number, repSeconds = 3): TimedPart {
  const avg = (range.min + range.max) / 2;
  const work = (exercise.timed ? avg : avg * repSeconds + 10) * (exercise.laterality === 'unilateral' ? 2 : 1);
  const rampUp = role === 'main' && exercise.implement ? 3 : role === 'secondary' && exercise.implement ? 1.5 : 0;
  return { sets, prepMin: rampUp + SETUP_MIN, setMin: work / 60, restSec };
}

/** Minutes an exercise takes done on its own (straight sets). */
export function exerciseMinutes(exercise: Exercise, role: SlotRole, sets: number, range: RepRange, restSec: number, repSeconds = 3): number {
  return straightMinutes(exerciseTiming(exercise, role, sets, range, restSec, repSeconds));
}

/** General warm-up before the first lift. */
export const SESSION_WARMUP_MIN = 5;
