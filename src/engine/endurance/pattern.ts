/**
 * The weekly pattern: which preferred day carries the long run and which can carry quality sessions. Hard
 * days (long run, tempo, intervals, marathon-pace, race) are kept apart on the weekly cycle — Sunday and the
 * next Monday count as neighbours — so no two hard days ever fall on consecutive dates, within a week or
 * across weeks, whichever subset of the slots a phase uses.
 */

import type { IsoWeekday } from '../vocabulary.js';
import { sortedDays } from './race-request.js';

export interface WeekPattern {
  trainingDays: IsoWeekday[];
  longRunDay: IsoWeekday;
  /** Up to two quality slots, in order of preference; empty when every free day touches the long run. */
  qualityDays: IsoWeekday[];
}

/** Distance between two weekdays on the weekly cycle (Sunday → Monday is 1). */
export function cyclicGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

/** The weekday before `d` on the weekly cycle (Monday → Sunday). */
function dayBefore(d: number): number {
  return d === 1 ? 7 : d - 1;
}

function qualityCandidates(days: IsoWeekday[], longDay: IsoWeekday, liftDays: ReadonlySet<number>): IsoWeekday[] {
  return days.filter((d) => d !== longDay && cyclicGap(d, longDay) >= 2 && !liftDays.has(dayBefore(d)));
}

function bestQualitySlots(days: IsoWeekday[], longDay: IsoWeekday, liftDays: ReadonlySet<number> = new Set()): IsoWeekday[] {
  const cands = qualityCandidates(days, longDay, liftDays);
  let best: IsoWeekday[] = [];
  let bestScore = -1;
  for (let i = 0; i < cands.length; i++) {
    for (let j = i + 1; j < cands.length; j++) {
      const a = cands[i]!;
      const b = cands[j]!;
      if (cyclicGap(a, b) < 2) continue;
      // Prefer spacing (recovery between hard days), then earlier-week sessions.
      const score = Math.min(cyclicGap(a, longDay), cyclicGap(b, longDay), cyclicGap(a, b)) * 100 - a - b;
      if (score > bestScore) {
        bestScore = score;
        best = [a, b];
      }
    }
  }
  if (best.length === 2) {
    // First slot = the one furthest from the long run: it carries the week's main session.
    return [...best].sort((x, y) => cyclicGap(y, longDay) - cyclicGap(x, longDay) || x - y);
  }
  const single = [...cands].sort((x, y) => cyclicGap(y, longDay) - cyclicGap(x, longDay) || x - y)[0];
  return single === undefined ? [] : [single];
}

/**
 * The long run goes on `longRunDay` when given; otherwise Sunday, else Saturday, else whichever preferred
 * day leaves room for a quality session.
 */
export function weekPattern(trainingDays: readonly number[], longRunDay?: number, liftDays: readonly number[] = []): WeekPattern {
  const days = sortedDays(trainingDays);
  const lifts = new Set<number>(liftDays);
  if (longRunDay !== undefined) {
    const l = longRunDay as IsoWeekday;
    return { trainingDays: days, longRunDay: l, qualityDays: bestQualitySlots(days, l, lifts) };
  }
  // Hybrid interference: the long run prefers a day that does not follow a lifting day.
  const all: IsoWeekday[] = [7, 6, ...[...days].reverse()];
  const fresh = all.filter((d) => days.includes(d) && !lifts.has(dayBefore(d)));
  const order = fresh.length > 0 ? fresh : all;
  let fallback: WeekPattern | null = null;
  for (const l of order) {
    if (!days.includes(l)) continue;
    const p = { trainingDays: days, longRunDay: l, qualityDays: bestQualitySlots(days, l, lifts) };
    const wanted = days.length >= 5 ? 2 : 1;
    if (p.qualityDays.length >= wanted) return p;
    if (!fallback || p.qualityDays.length > fallback.qualityDays.length) fallback = p;
  }
  return fallback!;
}
