/**
 * Hybrid plans (a race plus lifting): which days lift, and the interference rules between the two.
 *
 * Rules (concurrent-training research: Wilson et al. 2012 meta-analysis, and the usual coaching practice of
 * keeping heavy leg work away from key runs):
 *  1. Lifting goes on the weekdays the client asked for; runs keep their days.
 *  2. No quality run and no long run the day after a lifting day: the race plan moves its quality sessions
 *     (race-request `liftDays`, endurance/pattern.ts), so legs are fresh for the key runs.
 *  3. At least one full rest day a week: never seven training days.
 */

import type { IsoWeekday } from '../vocabulary.js';
import { weekPattern } from '../endurance/pattern.js';
import type { RaceRequest } from '../endurance/race-request.js';

const before = (d: number) => (d === 1 ? 7 : d - 1);

/**
 * Up to two lifting days for runs on `runDays` when the client named none: days the runs leave free, not the
 * day before the long run or a quality day, spread apart, always leaving one rest day.
 */
export function hybridLiftDays(runDays: readonly number[], longRunDay?: number): IsoWeekday[] {
  const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !runDays.includes(d));
  const room = Math.max(0, Math.min(2, free.length - 1));
  if (room === 0) return [];
  const p = weekPattern(runDays, longRunDay);
  const hard = new Set<number>([p.longRunDay, ...p.qualityDays]);
  const ok = free.filter((d) => !hard.has(d === 7 ? 1 : d + 1));
  const pool = ok.length >= room ? ok : [...ok, ...free.filter((d) => !ok.includes(d))];
  if (room === 1) return [pool[0]!];
  // Two days as far apart as the pool allows.
  let best: IsoWeekday[] = pool.slice(0, 2);
  let gap = -1;
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const d = Math.min(Math.abs(pool[i]! - pool[j]!), 7 - Math.abs(pool[i]! - pool[j]!));
      if (d > gap) {
        gap = d;
        best = [pool[i]!, pool[j]!];
      }
    }
  }
  return best.sort((a, b) => a - b);
}

/** The race request a hybrid plan runs on: the race half plus the lifting days, for the interference rule. */
export function hybridRaceRequest(race: RaceRequest, liftDays: readonly number[] | null): RaceRequest {
  return liftDays && liftDays.length ? { ...race, liftDays: [...liftDays] } : race;
}

/** Interference and rest-day rules a hybrid week must meet; `hardRunDays` are the long and quality run dates. */
export function hybridDayErrors(runDays: readonly number[], liftDays: readonly number[], hardRunWeekdays: readonly number[]): string[] {
  const errors: string[] = [];
  const all = new Set<number>([...runDays, ...liftDays]);
  if (all.size >= 7) errors.push('runs and lifting fill all seven days: keep at least one rest day');
  for (const d of hardRunWeekdays) {
    if (liftDays.includes(before(d))) errors.push(`a key run (long or quality) on day ${d} follows a lifting day`);
  }
  return errors;
}
