/**
 * Load rescaling (pure): carry what a client can lift on one exercise to another one — a swap for equipment,
 * travel or an exclusion — without ever carrying the number itself across implements. A 225 lb bench does not
 * become a 225 lb dumbbell press: the estimated 1RM moves through a stated ratio to the new lift, the load is
 * prescribed from that estimate with the same Epley %1RM the strength engine uses (one-rep-max.ts), and it is
 * rounded to what the new implement loads to (units.ts). When the heaviest dumbbell available is lighter than
 * the load the reps call for, the client gets that dumbbell for more reps (Epley read backwards), not a load
 * they do not have.
 *
 * Dumbbell and kettlebell loads are per implement: the weight of ONE dumbbell (a pair for presses and rows
 * with two hands, the single bell for a goblet squat or a one-arm row).
 */
import { exerciseById, type Exercise, nameMidSentence } from '../strength/exercises.js';
import { loadFor } from '../strength/one-rep-max.js';
import { loadStep, minimumLoad, roundLoad, roundTenth, type LoadImplement } from '../units.js';
import type { WeightUnit } from '../workout/workout.js';
import { HEURISTIC, LOAD_RATIOS, type LoadRatio } from '../strength/load-ratios.js';
import { counted } from '../count.js';

export { LOAD_RATIOS, type LoadRatio } from '../strength/load-ratios.js';

/**
 * Going back the other way (a dumbbell number to a barbell) starts a tenth under 1 / ratio: the client has not
 * done the heavier lift lately, and a first session that is too light costs nothing.
 */
export const RETURN_FACTOR = 0.9;

/**
 * Above this many reps per set Epley says little and the set turns into cardio: the rep prescription stops
 * here (the strength validator's bound too) and a slower tempo makes the light weight harder instead.
 */
export const MAX_RESCALED_REPS = 25;

/** The stated ratio from one exercise to another, or null when none is stated. */
export function loadRatio(fromId: string, toId: string): LoadRatio | null {
  if (fromId === toId) return { ratio: 1, source: 'same exercise' };
  const direct = LOAD_RATIOS[fromId]?.[toId];
  if (direct) return direct;
  const from = exerciseById(fromId);
  const to = exerciseById(toId);
  // The library's own "rough ratio to a related lift" (exercises.ts oneRmFrom) counts as stated.
  if (to?.oneRmFrom?.exerciseId === fromId) return { ratio: to.oneRmFrom.ratio, source: `${HEURISTIC}: the exercise library's ratio` };
  const back = LOAD_RATIOS[toId]?.[fromId] ?? (from?.oneRmFrom?.exerciseId === toId ? { ratio: from.oneRmFrom.ratio, source: `${HEURISTIC}: the exercise library's ratio` } : null);
  if (back) return { ratio: RETURN_FACTOR / back.ratio, source: `${back.source}, read backwards and started ${Math.round((1 - RETURN_FACTOR) * 100)}% under` };
  return null;
}

export interface RescaleInput {
  fromExerciseId: string;
  toExerciseId: string;
  /** The source lift's estimated (or stated) 1RM, in `unit`. */
  oneRepMax: number;
  unit: WeightUnit;
  /** The rep range and reps in reserve the slot prescribes. */
  reps: { min: number; max: number };
  rir: number;
  /** Heaviest load the client has for the new implement (one dumbbell / one bell), e.g. a hotel rack to 50. */
  maxLoad?: number | null;
}

export interface RescaledLoad {
  exerciseId: string;
  /** The new lift's estimated 1RM (per dumbbell/bell when it is one), in `unit`, one decimal. */
  oneRepMax: number;
  ratio: number;
  ratioSource: string;
  /** Rounded to the implement; null when the new lift is not externally loaded (bodyweight, bands). */
  load: number | null;
  unit: WeightUnit;
  /** The load is the weight of one dumbbell or bell. */
  perImplement: boolean;
  reps: { min: number; max: number };
  rir: number;
  /** The heaviest available load was too light, so the reps went up. */
  capped: boolean;
  /** One line for the client when something is unusual (capped, tempo, bodyweight). */
  note: string | null;
}

export type RescaleResult = { success: true; data: RescaledLoad } | { success: false; error: string };

/**
 * Reps for a load lighter than the rep range calls for, keeping the same reps in reserve (Epley read
 * backwards): reps to failure at `load` = 30 × (1RM / load − 1); minus the reserve; a 2-rep range below that,
 * never under the planned range and at most MAX_RESCALED_REPS (`harder`: slow the tempo instead).
 * Example: 1RM 90, 50 lb, RIR 2 → 30 × 0.8 = 24 to failure → 22 → "20-22".
 */
export function repsAtLoad(oneRm: number, load: number, rir: number, planned: { min: number; max: number }): { reps: { min: number; max: number }; harder: boolean } {
  const toFailure = load >= oneRm ? 1 : Math.floor(30 * (oneRm / load - 1) + 1e-9);
  const top = Math.max(planned.max, Math.min(MAX_RESCALED_REPS, toFailure - rir));
  return { reps: { min: Math.max(planned.min, top - 2), max: top }, harder: toFailure - rir > MAX_RESCALED_REPS };
}

/** The heaviest loadable weight at or under `max` for the implement. */
function floorLoad(max: number, unit: WeightUnit, implement: LoadImplement): number {
  const r = roundLoad(max, unit, implement);
  return r > max + 1e-9 ? Math.max(minimumLoad(implement, unit), r - loadStep(implement, unit)) : r;
}

/**
 * The new exercise's load from the old one's 1RM. Worked example (tests): bench 1RM 225 lb → dumbbell bench
 * 8-10 reps at RIR 2: 225 × 0.4 = 90 lb per dumbbell 1RM; 10 reps + 2 in reserve = 12 to failure →
 * 90 / (1 + 12/30) = 64.3 → 65 lb dumbbells. With a hotel rack to 50 lb: 50 lb dumbbells, and reps to failure
 * at 50 = 30 × (90/50 − 1) = 24 → 24 − 2 in reserve = 22 reps: "20-22 reps".
 */
export function rescaleLoad(input: RescaleInput): RescaleResult {
  const from = exerciseById(input.fromExerciseId);
  const to = exerciseById(input.toExerciseId);
  if (!from) return { success: false, error: `unknown exercise "${input.fromExerciseId}"` };
  if (!to) return { success: false, error: `unknown exercise "${input.toExerciseId}"` };
  if (!(input.oneRepMax > 0)) return { success: false, error: 'the 1RM must be above 0' };
  if (!to.implement || to.timed) {
    const data = { exerciseId: to.id, oneRepMax: 0, ratio: 0, ratioSource: 'not externally loaded', unit: input.unit, rir: input.rir };
    return { success: true, data: { ...data, load: null, perImplement: false, reps: input.reps, capped: false, note: `${to.name} has no load to carry over: work to ${counted(input.rir, 'rep')} in reserve.` } };
  }
  const ratio = loadRatio(from.id, to.id);
  if (!ratio) {
    return { success: false, error: `No stated ratio from ${nameMidSentence(from.name)} to ${nameMidSentence(to.name)}: start light and log it, and the next loads will follow.` };
  }
  // The rule the whole module exists for: a barbell number never lands on a dumbbell. Any stated ratio from a
  // bar to one dumbbell or bell is well under a half; a table entry that is not would be a typo, so refuse it.
  const perBell = to.implement === 'dumbbell' || to.implement === 'kettlebell';
  if (from.implement === 'barbell' && perBell && ratio.ratio > 0.5) {
    return { success: false, error: `Refusing to carry a barbell load to a ${to.implement}: ratio ${ratio.ratio} is not per ${to.implement}.` };
  }
  const oneRm = input.oneRepMax * ratio.ratio;
  const base = { exerciseId: to.id, oneRepMax: roundTenth(oneRm), ratio: ratio.ratio, ratioSource: ratio.source, unit: input.unit, rir: input.rir };
  const perImplement = perBell;
  const wanted = loadFor(oneRm, input.reps.max, input.rir, input.unit, to.implement).load;
  const max = input.maxLoad ?? null;
  if (max === null || wanted <= max + 1e-9) {
    return { success: true, data: { ...base, load: wanted, perImplement, reps: input.reps, capped: false, note: null } };
  }
  // Too light: the heaviest dumbbell for as many reps as leave the same reserve (Epley backwards).
  const load = floorLoad(max, input.unit, to.implement);
  const { reps, harder } = repsAtLoad(oneRm, load, input.rir, input.reps);
  const each = perImplement ? ` ${load} ${input.unit} ${to.implement === 'kettlebell' ? 'bell' : 'dumbbells'}` : ` ${load} ${input.unit}`;
  const note = harder
    ? `Your heaviest is too light for ${input.reps.min}-${input.reps.max}:${each} for ${reps.min}-${reps.max}, lowering for 3 seconds and pausing at the bottom.`
    : `Your heaviest is lighter than ${wanted} ${input.unit}:${each} for ${reps.min}-${reps.max} reps instead.`;
  return { success: true, data: { ...base, load, perImplement, reps, capped: true, note } };
}

/** Exercises with a stated ratio from `fromId` (the swaps rescaling can serve). */
export function rescalableTargets(fromId: string): Exercise[] {
  return Object.keys(LOAD_RATIOS[fromId] ?? {}).map((id) => exerciseById(id)).filter((e): e is Exercise => e !== undefined);
}
