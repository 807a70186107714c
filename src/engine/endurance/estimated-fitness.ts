/**
 * Fitness for a runner with nothing measured (no recent race, no time trial, no 5K pace): an ESTIMATE from
 * weekly volume, used only to size easy and threshold paces; it never yields a race pace, a marathon pace or a
 * predicted time (outline.ts shows none, week.ts runs marathon-pace work by feel, texts mark paces "~ … est.").
 *
 * The rule: the VDOT of a 5K time typical of a recreational runner at that weekly volume, taken at the slow
 * end on purpose. Under 6 mi/week → VDOT 28 (5K ≈ 32:30), under 15 → 32 (≈ 29:05), under 30 → 36 (≈ 26:20),
 * under 45 → 40 (≈ 24:05), else 44 (≈ 22:15). Times from Daniels' VDOT tables (Daniels' Running Formula,
 * 3rd ed., 2014, table 5.1 — the same formulas as vdot.ts); the mileage bands are our coaching heuristic,
 * not a published table: Daniels himself sends a runner without a race to a time trial or to run by feel.
 * Starting too slow costs nothing and is corrected by the first race, time trial or two tempo runs
 * (adaptation/runs.ts); starting too fast hurts.
 */
import type { DistanceUnit } from '../workout/workout.js';
import { METERS_PER_UNIT } from './vdot.js';

export const ESTIMATED_VDOT_BY_MI: ReadonlyArray<readonly [upToMi: number, vdot: number]> = [
  [6, 28],
  [15, 32],
  [30, 36],
  [45, 40],
  [Infinity, 44],
];

/** The estimated VDOT for `weeklyVolume` in `units` (km converted to miles first). */
export function estimatedVdot(weeklyVolume: number, units: DistanceUnit): number {
  const mi = units === 'mi' ? weeklyVolume : (weeklyVolume * METERS_PER_UNIT.km) / METERS_PER_UNIT.mi;
  return ESTIMATED_VDOT_BY_MI.find(([upTo]) => mi < upTo)![1];
}

/** How texts label a pace that comes from the estimate. */
export const ESTIMATED_PACE_NOTE = 'paces are estimates until you log a race or time trial';
