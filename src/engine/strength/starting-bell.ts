/**
 * A starting kettlebell for a lift with no known or related max. A coach does not leave a kettlebell lift
 * blank ("pick one"): they name a bell by experience and movement, and the first log corrects it. Sex is not
 * asked at onboarding, so the table is unisex and on the light side of the usual guidance (StrongFirst /
 * RKC starting bells: about 8-12 kg to press and 12-16 kg to swing or squat for most new women, 12-16 kg
 * and 16-24 kg for most new men).
 */
import type { TrainingAge } from '../vocabulary.js';
import type { WeightUnit } from '../workout/workout.js';
import { convertWeight, roundLoad, roundLoadDown } from '../units.js';
import type { MovementPattern } from './exercises.js';

type BellGroup = 'legs' | 'pull' | 'push' | 'arms';

const GROUP: Partial<Record<MovementPattern, BellGroup>> = {
  squat: 'legs',
  hinge: 'legs',
  lunge: 'legs',
  horizontal_pull: 'pull',
  vertical_pull: 'pull',
  horizontal_push: 'push',
  vertical_push: 'push',
  elbow_flexion: 'arms',
  elbow_extension: 'arms',
};

/** Kilograms, by training age and movement group. */
const STARTING_BELL_KG: Record<TrainingAge, Record<BellGroup, number>> = {
  beginner: { legs: 12, pull: 12, push: 8, arms: 8 },
  intermediate: { legs: 16, pull: 16, push: 12, arms: 8 },
  advanced: { legs: 24, pull: 20, push: 16, arms: 12 },
};

/**
 * The starting bell for a kettlebell lift, in the client's unit, never over their heaviest bell (`cap`);
 * null for a movement the table does not cover (carries, power work).
 */
export function startingBell(pattern: MovementPattern, age: TrainingAge, unit: WeightUnit, cap?: number): number | null {
  const group = GROUP[pattern];
  if (!group) return null;
  const bell = roundLoad(convertWeight(STARTING_BELL_KG[age][group], 'kg', unit), unit, 'kettlebell');
  return cap === undefined ? bell : Math.min(bell, roundLoadDown(cap, unit, 'kettlebell'));
}
