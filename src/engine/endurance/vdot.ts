/**
 * Jack Daniels' VDOT model (Daniels & Gilbert, "Oxygen Power: Performance Tables for Distance Runners",
 * 1979; used for the tables in Daniels' Running Formula, 3rd ed., 2014).
 *
 * Oxygen cost of running at velocity v (metres per minute):
 *   VO2(v) = −4.60 + 0.182258·v + 0.000104·v²            (ml·kg⁻¹·min⁻¹)
 * Fraction of VO2max that can be sustained for t minutes (time to exhaustion):
 *   %max(t) = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)
 * VDOT of a race of d metres in t minutes:
 *   VDOT = VO2(d / t) / %max(t)
 *
 * Training paces are the velocities whose oxygen cost is a fraction of VDOT (inverse of VO2(v)):
 *   easy 62–70 %, threshold 88 %, interval 100 % (vVO2max), marathon = predicted marathon pace, and
 *   repetition 6 s per 400 m faster than interval pace (Daniels: "R pace … about 6 seconds per 400 faster
 *   than I pace"). With these fractions VDOT 50 gives E 8:14–9:04, M 7:17, T 6:51, I 6:10 (1:32 per 400)
 *   per mile, matching Daniels' tables to within a couple of seconds.
 */

import type { DistanceUnit } from '../workout/workout.js';

export const METERS_PER_UNIT: Record<DistanceUnit, number> = { mi: 1609.344, km: 1000 };

export const STANDARD_DISTANCES_M = { '5k': 5000, '10k': 10000, half: 21097.5, marathon: 42195 } as const;
export type StandardDistance = keyof typeof STANDARD_DISTANCES_M;

function oxygenCost(metersPerMin: number): number {
  return -4.6 + 0.182258 * metersPerMin + 0.000104 * metersPerMin * metersPerMin;
}

function fractionSustainable(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
}

/** Velocity (m/min) whose oxygen cost is `vo2`: the positive root of the quadratic above. */
function velocityForVo2(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/** VDOT from a race: `seconds` to cover `distanceMeters`. A 20:00 5K gives ≈ 49.8. */
export function vdotFromRace(distanceMeters: number, seconds: number): number {
  const minutes = seconds / 60;
  return oxygenCost(distanceMeters / minutes) / fractionSustainable(minutes);
}

/**
 * Race time in seconds that the model predicts for `distanceMeters` at `vdot` (the inverse of
 * vdotFromRace). VDOT of a fixed distance falls as the time grows, so bisection on time converges.
 */
export function predictTime(vdot: number, distanceMeters: number): number {
  // Bounds: faster than any human (1.5 min/km) and slower than a walk (20 min/km).
  let lo = (distanceMeters / 1000) * 90;
  let hi = (distanceMeters / 1000) * 1200;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (vdotFromRace(distanceMeters, mid) > vdot) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface PaceZones {
  /** Easy/long-run range: min is the fast end, max the slow end (seconds per unit). */
  easy: { min: number; max: number };
  marathon: number;
  threshold: number;
  interval: number;
  repetition: number;
}

function paceAtFraction(vdot: number, fraction: number, unitMeters: number): number {
  return (unitMeters / velocityForVo2(vdot * fraction)) * 60;
}

/** Daniels' training paces for `vdot`, in seconds per mile or km. */
export function paceZones(vdot: number, units: DistanceUnit): PaceZones {
  const unit = METERS_PER_UNIT[units];
  const interval = paceAtFraction(vdot, 1.0, unit);
  return {
    easy: { min: paceAtFraction(vdot, 0.7, unit), max: paceAtFraction(vdot, 0.62, unit) },
    marathon: (predictTime(vdot, STANDARD_DISTANCES_M.marathon) / STANDARD_DISTANCES_M.marathon) * unit,
    threshold: paceAtFraction(vdot, 0.88, unit),
    interval,
    repetition: interval - (6 / 400) * unit,
  };
}

/** Predicted times (seconds) for the four standard distances. */
export function predictStandardTimes(vdot: number): Record<StandardDistance, number> {
  return {
    '5k': predictTime(vdot, STANDARD_DISTANCES_M['5k']),
    '10k': predictTime(vdot, STANDARD_DISTANCES_M['10k']),
    half: predictTime(vdot, STANDARD_DISTANCES_M.half),
    marathon: predictTime(vdot, STANDARD_DISTANCES_M.marathon),
  };
}

/** The VDOT whose threshold pace is `thresholdSec` per unit (used when a runner outruns their paces). */
export function vdotForThresholdPace(thresholdSec: number, units: DistanceUnit): number {
  let lo = 15;
  let hi = 90;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (paceZones(mid, units).threshold > thresholdSec) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function roundVdot(v: number): number {
  return Math.round(v * 10) / 10;
}
