/**
 * Phase split. The taper is set first (by distance: 5K/10K 1 week, half 2, marathon 3 — the race week is the
 * last taper week); the weeks before it are shared base : build : peak = 25 : 35 : 20 (the issue's ~25/35/20
 * of the whole plan, renormalised once the taper is taken out).
 *
 * Short-plan rules (the shortest plan is 4 weeks):
 *  - the taper never takes more than a fifth of the plan, and always at least 1 week
 *    (a 6-week marathon plan tapers 1 week, a 10-week one 2, a 15-week one 3);
 *  - base, build and peak each keep at least 1 week, so all four phases are always present, in order;
 *  - build takes what rounding leaves, so the counts always add up to the plan length.
 */

import type { RaceDistance } from '../vocabulary.js';

export const PHASE_NAMES = ['base', 'build', 'peak', 'taper'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface Phase {
  name: PhaseName;
  weekCount: number;
  /** First and last plan week (1-based, inclusive). */
  startWeek: number;
  endWeek: number;
}

const TAPER_WEEKS: Record<Exclude<RaceDistance, 'custom'>, number> = { '5k': 1, '10k': 1, half: 2, marathon: 3 };

export function taperWeeksFor(distanceClass: Exclude<RaceDistance, 'custom'>, totalWeeks: number): number {
  return Math.max(1, Math.min(TAPER_WEEKS[distanceClass], Math.floor(totalWeeks / 5)));
}

export function splitPhases(totalWeeks: number, taperWeeks: number): Phase[] {
  if (totalWeeks < taperWeeks + 3) throw new RangeError(`a plan needs at least ${taperWeeks + 3} weeks, got ${totalWeeks}`);
  const rest = totalWeeks - taperWeeks;
  const base = Math.max(1, Math.round((rest * 25) / 80));
  const peak = Math.max(1, Math.round((rest * 20) / 80));
  const build = rest - base - peak;
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
