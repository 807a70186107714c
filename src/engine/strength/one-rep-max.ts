/**
 * 1RM estimation and %1RM loads.
 *
 * Formula: Epley, 1RM = w × (1 + r/30), with r = reps to failure = reps done + reps in reserve.
 * Why Epley rather than Brzycki (1RM = w × 36 / (37 − r)): we use the formula in both directions — estimate a
 * 1RM from a logged set, then prescribe a load for a target reps × RIR — and our prescriptions run from
 * triples to sets of 20. Brzycki's denominator collapses as r approaches 37 and it is fitted on sets of ≤ 10,
 * while Epley stays smooth over the whole range; the two agree within ~3 % around 8–10 reps. Using the same
 * formula both ways also means a load prescribed from an estimated 1RM for the logged reps × RIR gives back
 * the logged weight, so estimates never drift on their own.
 *
 * A set logged without RIR is taken as RIR 0 — the lowest 1RM the set supports, so the loads that follow are
 * on the safe side.
 */
import type { WeightUnit } from '../workout/workout.js';
import { roundLoad, type LoadImplement } from '../units.js';

export const ONE_RM_FORMULA = 'epley' as const;

/** Epley estimate from a set; a true single (1 rep, 0 in reserve) is its own 1RM. */
export function estimateOneRepMax(weight: number, reps: number, rir = 0): number {
  const toFailure = Math.max(1, reps + Math.max(0, rir));
  if (toFailure <= 1) return weight;
  return weight * (1 + toFailure / 30);
}

/** Fraction of 1RM that allows `reps` with `rir` left: the inverse of the estimate above. */
export function percentOfOneRepMax(reps: number, rir: number): number {
  const toFailure = Math.max(1, reps + Math.max(0, rir));
  if (toFailure <= 1) return 1;
  return 1 / (1 + toFailure / 30);
}

export interface LoadPrescription {
  /** Rounded to what the implement can be loaded to, in `unit`. */
  load: number;
  /** The %1RM the reps × RIR pair calls for, as a whole percent before rounding the load (e.g. 81). */
  percent1RM: number;
}

/**
 * Load for `reps` at `rir` from a 1RM (in `unit`). Example: 1RM 315 lb, 5 reps @ RIR 2 → 7 reps to failure
 * → 1 / (1 + 7/30) = 81.1 % → 255.4 lb → 255 lb on the bar.
 * `multiplier` scales the load after the %1RM (deloads use 0.9).
 */
export function loadFor(
  oneRm: number,
  reps: number,
  rir: number,
  unit: WeightUnit,
  implement: LoadImplement,
  multiplier = 1,
): LoadPrescription {
  const pct = percentOfOneRepMax(reps, rir) * multiplier;
  return { load: roundLoad(oneRm * pct, unit, implement), percent1RM: Math.round(pct * 100) };
}
