/**
 * Day-type distance ranges per unit. Seed 004 set them in miles (easy 3–5, moderate 4–7, long 6+,
 * recovery 2–4, warm-up/cool-down laps 0.5–1.0); the km values are the same ranges ×1.6, rounded to what a
 * runner would plan. Easy days go up to 10 mi / 16 km (Pfitzinger's general-aerobic runs are 8–10 mi) so a
 * bigger week is carried by longer easy runs, not by "moderate" ones: the engine never plans a moderate day
 * by default (Seiler's polarised ~80/20 split: most running easy, one or two quality days). All engine arithmetic is in hundredths of a unit (integers) so sums are exact.
 */

import type { DistanceUnit } from '../workout/workout.js';

export type Hundredths = number;

export interface UnitRules {
  easy: [Hundredths, Hundredths];
  moderate: [Hundredths, Hundredths];
  recovery: [Hundredths, Hundredths];
  shakeout: [Hundredths, Hundredths];
  /**
   * Long runs start here (4 mi / 6.5 km: a 10 mi week's 3-3-4 still has its long run); the upper bound is
   * per distance and the distance's share of the week (volume.ts).
   */
  longMin: Hundredths;
  /** Every warm-up / cool-down lap lies in this range. */
  warmLap: [Hundredths, Hundredths];
  /** Easy and moderate days keep at least this much in the main (workout) array. */
  easyWorkMin: Hundredths;
  tempo: [Hundredths, Hundredths];
  intervals: [Hundredths, Hundredths];
  marathonPace: [Hundredths, Hundredths];
  /** Shakeout distance planned when the window's budget allows. */
  shakeoutPlanned: Hundredths;
}

export const UNIT_RULES: Record<DistanceUnit, UnitRules> = {
  mi: {
    easy: [300, 1000],
    moderate: [400, 700],
    recovery: [200, 400],
    shakeout: [200, 400],
    longMin: 400,
    warmLap: [50, 100],
    easyWorkMin: 200,
    tempo: [300, 1200],
    intervals: [300, 1200],
    marathonPace: [400, 1600],
    shakeoutPlanned: 300,
  },
  km: {
    easy: [500, 1600],
    moderate: [650, 1100],
    recovery: [300, 650],
    shakeout: [300, 650],
    longMin: 650,
    warmLap: [80, 160],
    easyWorkMin: 320,
    tempo: [500, 1900],
    intervals: [500, 1900],
    marathonPace: [650, 2600],
    shakeoutPlanned: 500,
  },
};

export function toHundredths(x: number): Hundredths {
  return Math.round(x * 100);
}

export function fromHundredths(h: Hundredths): number {
  return h / 100;
}

/** Round down to a tenth of a unit (in hundredths). */
export function floorTenth(h: number): Hundredths {
  return Math.floor(h / 10 + 1e-9) * 10;
}

export function unitLabel(units: DistanceUnit): string {
  return units === 'mi' ? 'mi' : 'km';
}

export const KM_PER_MI = 1.609344;

/** A distance in another unit (not rounded). */
export function distanceIn(distance: number, from: DistanceUnit, to: DistanceUnit): number {
  return from === to ? distance : to === 'km' ? distance * KM_PER_MI : distance / KM_PER_MI;
}

/** Seconds per `from` unit as seconds per `to` unit. */
export function paceIn(secPerUnit: number, from: DistanceUnit, to: DistanceUnit): number {
  return from === to ? secPerUnit : to === 'km' ? secPerUnit / KM_PER_MI : secPerUnit * KM_PER_MI;
}
