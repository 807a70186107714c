/**
 * Weekly hard-set volume landmarks per muscle group.
 *
 * Reference: Renaissance Periodization (Mike Israetel), "Training Volume Landmarks for Muscle Growth" and the
 * per-muscle guides (2017–2020), quoted for an intermediate lifter, in direct hard sets per week:
 *
 *   muscle      MV  MEV  MAV     MRV
 *   chest        4    6  12–20    22
 *   back         6   10  14–22    25
 *   shoulders    0    8  16–22    26   (side + rear delts; front delts get enough from pressing)
 *   biceps       4    8  14–20    26
 *   triceps      4    6  10–14    18
 *   quads        6    8  12–18    20
 *   hamstrings   3    4  10–16    20
 *   glutes       0    0   4–12    16
 *   calves       6    8  12–16    20
 *   core (abs)   0    0  16–20    25
 *
 * Training-age scaling is ours, not RP's: RP notes beginners grow from less and recover from less, so a
 * beginner's MEV and MRV are taken at 0.7× and 0.8×; an advanced lifter's MEV at 1.1× (rounded), but never
 * an MRV above RP's own figure: those are already quoted for trained lifters. Sets are counted
 * as 1 for a muscle the exercise trains primarily and 0.5 where it is a secondary mover (the common
 * "fractional sets" convention), so a bench press set is 1 chest set and half a triceps set.
 */
import type { TrainingAge } from '../vocabulary.js';

export const MUSCLES = [
  'chest',
  'back',
  'shoulders',
  'biceps',
  'triceps',
  'quads',
  'hamstrings',
  'glutes',
  'calves',
  'core',
] as const;
export type Muscle = (typeof MUSCLES)[number];

export interface VolumeLandmarks {
  mv: number;
  mev: number;
  mavLow: number;
  mavHigh: number;
  mrv: number;
}

export const RP_LANDMARKS: Record<Muscle, VolumeLandmarks> = {
  chest: { mv: 4, mev: 6, mavLow: 12, mavHigh: 20, mrv: 22 },
  back: { mv: 6, mev: 10, mavLow: 14, mavHigh: 22, mrv: 25 },
  shoulders: { mv: 0, mev: 8, mavLow: 16, mavHigh: 22, mrv: 26 },
  biceps: { mv: 4, mev: 8, mavLow: 14, mavHigh: 20, mrv: 26 },
  triceps: { mv: 4, mev: 6, mavLow: 10, mavHigh: 14, mrv: 18 },
  quads: { mv: 6, mev: 8, mavLow: 12, mavHigh: 18, mrv: 20 },
  hamstrings: { mv: 3, mev: 4, mavLow: 10, mavHigh: 16, mrv: 20 },
  glutes: { mv: 0, mev: 0, mavLow: 4, mavHigh: 12, mrv: 16 },
  calves: { mv: 6, mev: 8, mavLow: 12, mavHigh: 16, mrv: 20 },
  core: { mv: 0, mev: 0, mavLow: 16, mavHigh: 20, mrv: 25 },
};

const SCALE: Record<TrainingAge, { mev: number; mrv: number }> = {
  beginner: { mev: 0.7, mrv: 0.8 },
  intermediate: { mev: 1, mrv: 1 },
  advanced: { mev: 1.1, mrv: 1 },
};

export function landmarksFor(muscle: Muscle, age: TrainingAge): VolumeLandmarks {
  const rp = RP_LANDMARKS[muscle];
  const s = SCALE[age];
  return {
    mv: Math.round(rp.mv * s.mev),
    mev: Math.round(rp.mev * s.mev),
    mavLow: Math.round(rp.mavLow * s.mrv),
    mavHigh: Math.round(rp.mavHigh * s.mrv),
    mrv: Math.round(rp.mrv * s.mrv),
  };
}

/** Weekly hard-set target at a fraction of the MEV → MRV span (0 = MEV, 1 = MRV). */
export function weeklySetTarget(muscle: Muscle, age: TrainingAge, fraction: number): number {
  const l = landmarksFor(muscle, age);
  return l.mev + fraction * (l.mrv - l.mev);
}

/** Weight of one set for a muscle: 1 when primary, 0.5 when secondary. */
export const SECONDARY_SET_WEIGHT = 0.5;
