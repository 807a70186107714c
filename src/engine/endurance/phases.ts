/**
 * Phase split. The taper is set first (by distance: 5K/10K 1 week, half 2, marathon 3 — the race week is the
 * last taper week); the weeks before it are shared base : build : peak = 25 : 35 : 20 (the issue's ~25/35/20
 * of the whole plan, renormalised once the taper is taken out).
 *
 * Short-plan rules (the shortest plan with all four phases is 4 weeks; a closer race: shortPhases below):
 *  - the taper never takes more than a fifth of the plan, and always at least 1 week
 *    (a 6-week marathon plan tapers 1 week, a 10-week one 2, a 15-week one 3);
 *  - base, build and peak each keep at least 1 week, so all four phases are always present, in order;
 *  - build takes what rounding leaves, so the counts always add up to the plan length.
 */

import type { DistanceClass } from './race-request.js';
import type { RaceDistance } from '../vocabulary.js';

/**
 * The longest race-specific plan (base, build, peak and taper) per distance. A race further out than this
 * starts with a base hold — easy running at maintenance volume with strides, no quality sessions — and the
 * specific plan begins this many weeks before race day, as a coach would start the block. Sources:
 *  - marathon 20: Pfitzinger & Douglas (Advanced Marathoning) write 18- and 24-week schedules, Higdon's
 *    marathon plans are 18 weeks, Daniels' 2Q marathon program 18 weeks; 20 sits between them and leaves room
 *    for a 3-week taper.
 *  - half 16: Pfitzinger's half-marathon schedules (Faster Road Racing) are 12 weeks, Higdon's 12, Daniels'
 *    half plans up to 18; 16 gives a low-mileage runner time to build.
 *  - 5K and 10K 12: Daniels' 5K-15K plans run 12-24 weeks in four phases but a recreational runner's
 *    race-specific block is 8-12 weeks (Pfitzinger's 5K/10K schedules are 6-12 weeks, Higdon's 8).
 */
export const SPECIFIC_WEEKS: Record<DistanceClass, number> = { '5k': 12, '10k': 12, half: 16, marathon: 20, ultra: 24 };

/** Weeks of base hold before the specific plan: 0 when the race is at most SPECIFIC_WEEKS away. */
export function baseHoldWeeks(distanceClass: DistanceClass, totalWeeks: number): number {
  return Math.max(0, totalWeeks - SPECIFIC_WEEKS[distanceClass]);
}

export const PHASE_NAMES = ['base', 'build', 'peak', 'taper'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface Phase {
  name: PhaseName;
  weekCount: number;
  /** First and last plan week (1-based, inclusive). */
  startWeek: number;
  endWeek: number;
}

const TAPER_WEEKS: Record<DistanceClass, number> = { '5k': 1, '10k': 1, half: 2, marathon: 3, ultra: 3 };

export function taperWeeksFor(distanceClass: DistanceClass, totalWeeks: number): number {
  return Math.max(1, Math.min(TAPER_WEEKS[distanceClass], Math.floor(totalWeeks / 5)));
}

/** Phases of a plan; `holdWeeks` of base hold come first and join the base (the split is of what remains). */
export function splitPhases(totalWeeks: number, taperWeeks: number, holdWeeks = 0): Phase[] {
  if (totalWeeks < MIN_PLAN_WEEKS) return shortPhases(totalWeeks);
  if (totalWeeks - holdWeeks < taperWeeks + 3) throw new RangeError(`a plan needs at least ${taperWeeks + 3} weeks, got ${totalWeeks - holdWeeks}`);
  const rest = totalWeeks - holdWeeks - taperWeeks;
  const base = Math.max(1, Math.round((rest * 25) / 80)) + holdWeeks;
  const peak = Math.max(1, Math.round((rest * 20) / 80));
  const build = rest + holdWeeks - base - peak;
  const counts: Array<[PhaseName, number]> = [
    ['base', base],
    ['build', build],
    ['peak', peak],
    ['taper', taperWeeks],
  ];
  let start = 1;
  return counts.map(([name, weekCount]) => {
    const phase = { name, weekCount, startWeek: start, endWeek: start + weekCount - 1 };
    start += weekCount;
    return phase;
  });
}

export function phaseOfWeek(phases: readonly Phase[], weekNumber: number): PhaseName {
  const p = phases.find((ph) => weekNumber >= ph.startWeek && weekNumber <= ph.endWeek);
  if (!p) throw new RangeError(`week ${weekNumber} is outside the plan`);
  return p.name;
}

/** The shortest plan with all four phases; a race closer than this gets a short plan (shortPhases). */
export const MIN_PLAN_WEEKS = 4;

/**
 * A race 1-3 weeks away: no fitness can be built in that time, only kept and sharpened. The race week is the
 * taper, the week before it the peak (one race-pace session, volume held), any week before that easy base.
 * Phases with no weeks are left out, so a 2-week plan is "peak, taper".
 */
export function shortPhases(totalWeeks: number): Phase[] {
  if (totalWeeks < 1) throw new RangeError(`a plan needs at least 1 week, got ${totalWeeks}`);
  const counts: Array<[PhaseName, number]> = [
    ['base', Math.max(0, totalWeeks - 2)],
    ['peak', totalWeeks >= 2 ? 1 : 0],
    ['taper', 1],
  ];
  let start = 1;
  return counts
    .filter(([, n]) => n > 0)
    .map(([name, weekCount]) => {
      const phase = { name, weekCount, startWeek: start, endWeek: start + weekCount - 1 };
      start += weekCount;
      return phase;
    });
}
