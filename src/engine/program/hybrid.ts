/**
 * Hybrid plans (a race plus lifting): which days lift, and the interference rules between the two.
 *
 * Rules (concurrent-training research: Wilson et al. 2012 meta-analysis, and the usual coaching practice of
 * keeping heavy leg work away from key runs):
 *  1. Lifting goes on the weekdays the client asked for; runs keep their days.
 *  2. No quality run and no long run the day after a lifting day: the race plan moves its quality sessions
 *     (race-request `liftDays`, endurance/pattern.ts), so legs are fresh for the key runs.
 *  3. At least one full rest day a week: never seven training days.
 *  4. Strength first (the client's priority is lifting): lifting takes 2-3 of the client's own days and the
 *     runs (at least the three a race plan needs) go on the others; race first: runs keep every day given
 *     and lifting fits on the days they leave free.
 */

import type { IsoWeekday } from '../vocabulary.js';
import { weekPattern } from '../endurance/pattern.js';
import type { RaceRequest } from '../endurance/race-request.js';

const before = (d: number) => (d === 1 ? 7 : d - 1);

/** Lifting days a hybrid plan gets when the client gave no count ("and keep lifting"). */
export const DEFAULT_HYBRID_LIFT_DAYS = 2;

/**
 * `wanted` lifting days (at most; two when the client gave no count) for runs on `runDays`: days the runs
 * leave free, not the day before the long run or a quality day, spread apart, always leaving one rest day.
 */
export function hybridLiftDays(runDays: readonly number[], longRunDay?: number, wanted = DEFAULT_HYBRID_LIFT_DAYS): IsoWeekday[] {
  const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !runDays.includes(d));
  const room = Math.max(0, Math.min(wanted, free.length - 1));
  if (room === 0) return [];
  const p = weekPattern(runDays, longRunDay);
  const hard = new Set<number>([p.longRunDay, ...p.qualityDays]);
  const ok = free.filter((d) => !hard.has(d === 7 ? 1 : d + 1));
  const pool = ok.length >= room ? ok : [...ok, ...free.filter((d) => !ok.includes(d))];
  // The `room` days as far apart as the pool allows (the closest two round the week furthest apart),
  // preferring the days that are not before a hard run (the pool's order).
  let best: IsoWeekday[] = pool.slice(0, room);
  let bestGap = -1;
  for (const pick of choose(pool, room)) {
    const gap = smallestGap(pick);
    if (gap > bestGap) {
      bestGap = gap;
      best = pick;
    }
  }
  return [...best].sort((a, b) => a - b);
}

/** A race plan runs at least this many days a week (race-request.ts). */
const MIN_RUN_DAYS = 3;
/** Lifting days a strength-first hybrid aims for when the client gave no count. */
export const STRENGTH_FIRST_LIFT_DAYS = 3;

export interface HybridWeekDays {
  runDays: IsoWeekday[];
  liftDays: IsoWeekday[];
}

/**
 * A strength-first hybrid's week on the client's `days`: `wanted` lifting days (3 when no count was given,
 * at least 2), taken from those days as far apart as they go, and the runs on the rest (at least three;
 * fewer runs than days rather than fewer lifts). Among the picks, the ones that keep the long run and the
 * quality runs off the day after lifting come first (rule 2), then the widest spacing between lifting days,
 * then a weekend long run, then the most quality slots. Null when the days cannot hold two lifting days beside three runs (the caller falls back to
 * lifting on the days the runs leave free).
 */
export function strengthFirstDays(days: readonly number[], longRunDay?: number, wanted = STRENGTH_FIRST_LIFT_DAYS): HybridWeekDays | null {
  const sorted = [...new Set(days)].sort((a, b) => a - b) as IsoWeekday[];
  // Never all seven days: one stays a rest day (rule 3).
  const usable = sorted.length >= 7 ? sorted.filter((d) => d !== (longRunDay === 1 ? 2 : 1)) : sorted;
  const lifts = Math.min(Math.max(2, wanted), usable.length - MIN_RUN_DAYS);
  if (lifts < 2) return null;
  let best: { pick: IsoWeekday[]; score: number } | null = null;
  for (const pick of choose(usable.filter((d) => d !== longRunDay), lifts)) {
    const runs = usable.filter((d) => !pick.includes(d));
    const p = weekPattern(runs, longRunDay, pick);
    const clean = hybridDayErrors(runs, pick, [p.longRunDay, ...p.qualityDays]).length === 0 ? 1 : 0;
    const weekend = p.longRunDay >= 6 ? 1 : 0;
    const score = clean * 10_000 + smallestGap(pick) * 1000 + weekend * 100 + p.qualityDays.length * 10;
    if (!best || score > best.score) best = { pick, score };
  }
  if (!best) return null;
  return { liftDays: best.pick, runDays: usable.filter((d) => !best.pick.includes(d)) };
}

/**
 * A hybrid who names the lifting days and counts the runs ("i lift mon and thu and run 3 days"): `count` run
 * days among the days the lifting leaves, so that no long or quality run follows a lifting day and one day
 * stays a full rest day (rules 2 and 3) when the week allows, the long run on the weekend, a quality slot, and
 * as few runs back to back as the rest allows. Fewer days than asked when the lifting leaves too few (a rest day first).
 */
export function hybridRunDays(liftDays: readonly number[], count: number, longRunDay?: number): IsoWeekday[] {
  const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !liftDays.includes(d));
  const n = Math.max(0, Math.min(count, free.length - 1));
  let best: { pick: IsoWeekday[]; score: number } | null = null;
  for (const pick of choose(free, n)) {
    if (longRunDay !== undefined && !pick.includes(longRunDay as IsoWeekday)) continue;
    const p = weekPattern(pick, longRunDay, liftDays);
    const clean = hybridDayErrors(pick, liftDays, [p.longRunDay, ...p.qualityDays]).length === 0 ? 1 : 0;
    const weekend = p.longRunDay >= 6 ? 1 : 0;
    const backToBack = pick.filter((d) => pick.includes(((d % 7) + 1) as IsoWeekday)).length;
    const score = clean * 10_000 + weekend * 1000 + p.qualityDays.length * 100 - backToBack * 10;
    if (!best || score > best.score) best = { pick, score };
  }
  return best ? best.pick : [];
}

/** Every way to pick `k` of `items`, in order (a week has seven days: at most 35 picks). */
function choose<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((x, i) => choose(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

/** The fewest days between any two of `days`, round the week (7 for a single day). */
function smallestGap(days: readonly number[]): number {
  let gap = 7;
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) gap = Math.min(gap, Math.abs(days[i]! - days[j]!), 7 - Math.abs(days[i]! - days[j]!));
  }
  return gap;
}

/** The race request a hybrid plan runs on: the race half plus the lifting days, for the interference rule. */
export function hybridRaceRequest(race: RaceRequest, liftDays: readonly number[] | null): RaceRequest {
  return liftDays && liftDays.length ? { ...race, liftDays: [...liftDays] } : race;
}

/** Interference and rest-day rules a hybrid week must meet; `hardRunDays` are the long and quality run dates. */
export function hybridDayErrors(runDays: readonly number[], liftDays: readonly number[], hardRunWeekdays: readonly number[]): string[] {
  const errors = restDayErrors(runDays, liftDays);
  for (const d of hardRunWeekdays) {
    if (liftDays.includes(before(d))) errors.push(`a key run (long or quality) on day ${d} follows a lifting day`);
  }
  return errors;
}

/** Rule 3: at least one full rest day a week. */
export function restDayErrors(runDays: readonly number[], liftDays: readonly number[]): string[] {
  const all = new Set<number>([...runDays, ...liftDays]);
  return all.size >= 7 ? ['runs and lifting fill all seven days: keep at least one rest day'] : [];
}
