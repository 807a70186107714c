/**
 * Share a volume budget among a set of run slots. Quality sessions have their own size (laps.ts); the long
 * run is what the week's long-run progression asks (volume.ts longRunTrack), or else ~28-33 % of the week
 * (at most the distance's share and its cap, at least the long-run minimum — below that it is an ordinary
 * run), and it is always the week's longest run; the shakeout is planned at 3 mi / 5 km; easy slots share what is left.
 *
 * Low-volume rule: when what is left cannot give every easy slot an easy run (3 mi / 5 km), easy slots are
 * dropped — those preferred days become rest, the long-run day last — rather than scheduling runs too short
 * to matter. Only a
 * single remaining slot may drop to a recovery run (2 mi / 3 km). If the budget is still short, the long
 * run shrinks to its minimum and then becomes an ordinary run, then quality sessions turn into easy runs.
 *
 * High-volume rule: easy slots stop at the easy ceiling (10 mi / 16 km); the rest goes to the long run (up to its
 * cap), then to quality days as a longer easy warm-up (up to the session type's maximum), then to the
 * shakeout (up to 4 mi / 6.5 km); anything beyond is not scheduled — the outline plans each week's volume on
 * what this function can place, so a generated week always holds its target.
 */

import type { DistanceUnit } from '../workout/workout.js';
import type { QualityType } from './race-day.js';
import { UNIT_RULES } from './units.js';
import type { Hundredths } from './units.js';

export type SlotRole = 'long' | 'quality' | 'easy' | 'shakeout';

export interface Slot {
  date: string;
  role: SlotRole;
  quality?: QualityType;
}

export interface Allocation {
  date: string;
  /** Final role; 'rest' when the slot was dropped. */
  role: SlotRole | 'rest';
  quality?: QualityType;
  distance: Hundredths;
}

export interface AllocateOptions {
  units: DistanceUnit;
  /** Most the long run may be: min(distance cap, 30 % of the week). */
  longCap: Hundredths;
  /** Week volume the long run's share is taken from. */
  weekVolume: Hundredths;
  /** The long run's planned and largest share of the week (volume.ts: 28/30 %, marathon 33/35 %). */
  longShare?: { target: number; max: number };
  /** The runner's long-run cap (distance and time at easy pace), which no long run passes; default `longCap`. */
  longRunCap?: Hundredths;
  /** The long run this week builds to (volume.ts longRunTrack); absent or 0: its share of the week. */
  longTarget?: Hundredths;
  qualitySize: (type: QualityType) => Hundredths;
  /**
   * A cutback week (week.ts): the easy days of the load week before it. Every week now keeps its easy days down
   * to a recovery run (2 mi / 3 km) before one is dropped, so this no longer changes the allocation.
   */
  keepDays?: { maxEasy: number };
}

const QUALITY_RANGE_KEY = { tempo: 'tempo', intervals: 'intervals', marathon_pace: 'marathonPace', repetition: 'intervals' } as const;

const halfUnitFloor = (h: number) => Math.floor(h / 50) * 50;

/** The most a long run gives up so that a small week keeps every run day (half a unit: 4.5 → 4 mi). */
const LONG_GIVE: Record<DistanceUnit, Hundredths> = { mi: 50, km: 100 };

export function allocate(slots: readonly Slot[], budget: Hundredths, opts: AllocateOptions): Allocation[] {
  const r = UNIT_RULES[opts.units];
  const items: Allocation[] = slots.map((s) => ({ ...s, distance: 0 }));
  // The long-run day stays a run day even when the week is too small for a long run: dropping it first
  // (it is usually the last date) would leave a runner's most important run out of a small week.
  const longDate = slots.find((s) => s.role === 'long')?.date ?? null;
  const ls = opts.longShare ?? { target: 0.28, max: 0.3 };
  const longCap = Math.min(opts.longCap, longShareCap(opts.weekVolume, ls.max, opts.units));
  for (const it of items) {
    if (it.role === 'long') {
      if (longCap < r.longMin) it.role = 'easy';
      else it.distance = Math.max(r.longMin, Math.min(longCap, opts.longTarget ? opts.longTarget : halfUnitFloor(opts.weekVolume * ls.target)));
    } else if (it.role === 'quality' && it.quality) it.distance = opts.qualitySize(it.quality);
    else if (it.role === 'shakeout') it.distance = Math.min(r.shakeoutPlanned, Math.max(r.shakeout[0], budget));
  }
  const long = () => items.find((i) => i.role === 'long');
  const shake = () => items.find((i) => i.role === 'shakeout');
  const easies = () => items.filter((i) => i.role === 'easy');
  const fixedSum = () => items.filter((i) => i.role !== 'easy' && i.role !== 'rest').reduce((s, i) => s + i.distance, 0);

  const spill = (over: number) => {
    const l = long();
    if (l && over > 0) {
      // A long run built to a target (longRunTrack) keeps it: the rest goes to the quality days first, so the
      // long run's progression, not what the easy days could not hold, sets its length.
      const add = Math.min(over, (opts.longTarget ? Math.min(longCap, Math.max(l.distance, opts.longTarget)) : longCap) - l.distance);
      l.distance += Math.max(0, Math.floor(add / 10) * 10);
      over -= Math.max(0, Math.floor(add / 10) * 10);
    }
    // Then quality days, as longer easy warm-ups (at least one warm-up lap's worth at a time).
    for (const q of items.filter((i) => i.role === 'quality' && i.quality)) {
      const max = r[QUALITY_RANGE_KEY[q.quality!]][1];
      const add = Math.floor(Math.min(over, max - q.distance) / 10) * 10;
      if (add >= r.warmLap[0]) {
        q.distance += add;
        over -= add;
      }
    }
    const s = shake();
    if (s && over > 0) {
      const add = Math.floor(Math.min(over, r.shakeout[1] - s.distance) / 10) * 10;
      s.distance += Math.max(0, add);
      over -= Math.max(0, add);
    }
    // What is left (less than a warm-up lap's worth past a long-run target) rides on the long run after all.
    if (l && over > 0 && opts.longTarget) {
      const add = Math.floor(Math.min(over, longCap - l.distance) / 10) * 10;
      l.distance += Math.max(0, add);
    }
  };

  for (let guard = 0; guard < 64; guard++) {
    const easy = easies();
    const rem = budget - fixedSum();
    const n = easy.length;
    // The runner's days are kept as short runs (down to a recovery run, 2 mi / 3 km) before one is dropped:
    // a 10 mi/week runner who offered 4 days runs 4 (4 + 2 + 2 + 2), not 3 because an easy run is 3 mi.
    const easyFloor = r.recovery[0];
    if (n > 1 && rem / n < easyFloor) {
      // ...and the long run gives up a little (at most half a unit, never under its minimum) first, when that
      // keeps every day (12 mi on 4 days with a tempo: 4 + 4 + 2 + 2, not 4 + 4.5 + 3.5 and a day dropped).
      const l = long();
      const need = Math.ceil((easyFloor * n - rem) / 50) * 50;
      if (l && need <= LONG_GIVE[opts.units] && l.distance - need >= r.longMin) {
        l.distance -= need;
        continue;
      }
    }
    if (n > 0) {
      const per = rem / n;
      if (per > r.easy[1]) {
        for (const e of easy) e.distance = r.easy[1];
        spill(rem - r.easy[1] * n);
        break;
      }
      if (per >= easyFloor || (n === 1 && per >= r.recovery[0])) {
        share(easy, rem);
        break;
      }
      if (n > 1) {
        // Drop the last easy slot (never the long-run day): fewer, real runs beat many very short ones.
        const drop = [...easy].reverse().find((e) => e.date !== longDate) ?? easy[n - 1]!;
        drop.role = 'rest';
        continue;
      }
    } else if (rem >= 0) {
      spill(rem);
      break;
    }
    // Budget short: free distance from the fixed slots, in the order the rule above gives.
    const need = (n > 0 ? r.recovery[0] : 0) - rem;
    const l = long();
    if (l && l.distance > r.longMin) {
      l.distance = Math.max(r.longMin, l.distance - Math.ceil(need / 10) * 10);
      continue;
    }
    const s = shake();
    if (s && s.distance > r.shakeout[0]) {
      s.distance = Math.max(r.shakeout[0], s.distance - Math.ceil(need / 10) * 10);
      continue;
    }
    if (n > 0) {
      easy[0]!.role = 'rest';
      continue;
    }
    if (l) {
      l.role = 'easy';
      l.distance = 0;
      continue;
    }
    const q = items.find((i) => i.role === 'quality');
    if (q) {
      q.role = 'easy';
      delete q.quality;
      q.distance = 0;
      continue;
    }
    break;
  }
  for (const it of items) if (it.role === 'rest') it.distance = 0;
  // The long run stays within its share of what the week really holds (the budget may not all have fitted).
  const l = long();
  if (l) {
    const others = items.reduce((s, i) => s + i.distance, 0) - l.distance + Math.max(0, opts.weekVolume - budget);
    // Its share, or (a small week) the long-run minimum or as much as the rest of the week, beside an easy run.
    const maxLong = Math.max(Math.floor((others * ls.max) / (1 - ls.max) / 10) * 10, others >= r.easy[0] ? Math.max(Math.min(l.distance, r.longMin), Math.floor(others / 10) * 10) : 0);
    // Too little beside it for a long run (a race-window week with one day before the window): the day is an
    // ordinary easy run of what it was given, not a long run cut under a recovery run's minimum.
    if (l.distance > maxLong) {
      if (maxLong < r.longMin) l.role = 'easy';
      else l.distance = maxLong;
    }
  }
  const kept = long();
  if (kept) {
    const quality = Math.max(0, ...items.filter((i) => i.role === 'quality').map((i) => i.distance));
    // The longest run; then longer than the easy runs by half a unit where they can give it and the week's share
    // allows (a 12 mi week on 3 days: 4.4 + 3.8 + 3.8, not a "long run" of 4 beside easy 4s).
    const easy = items.filter((i) => i.role === 'easy');
    longestFirst(kept, easy, r.easy[0], opts.longRunCap ?? opts.longCap, quality);
    const total = items.reduce((s, i) => s + i.distance, 0);
    longestFirst(kept, easy, r.easy[0], Math.min(opts.longRunCap ?? opts.longCap, longRunCeiling(total, ls.max, opts.units)), quality, LONG_GIVE[opts.units]);
  }
  if (kept) easyUnderLong(items, kept, opts, QUALITY_RANGE_KEY);
  // No other run passes a long run held at the runner's cap (a sub-20 5K runner's 9.5 mi beside easy 10s and an
  // 11.7 mi tempo day), nor the cap itself in a week with no long-run day: the long run stays the longest run;
  // what does not fit is not scheduled (volume.ts weekCapacity plans weeks these days can carry).
  const cap = opts.longRunCap;
  const ceiling = cap === undefined ? null : kept ? (kept.distance >= cap ? kept.distance : null) : longDate === null ? cap : null;
  if (ceiling !== null) {
    for (const it of items) {
      if (it.role === 'easy' && it.distance > ceiling) it.distance = ceiling;
      // A quality day's extra is easy warm-up: trimmed only beside a long run, whose miles keep the week ~80 % easy.
      if (kept && it.role === 'quality' && it.quality && it.distance > ceiling) it.distance = Math.max(ceiling, opts.qualitySize(it.quality));
    }
  }
  return items;
}

/**
 * No easy run is more than this share of the week's long run: a 3-day half runner's Tuesday easy run of 10 mi
 * beside an 11.6 mi long run (86 %) is a second long run, not an easy day. Coaches keep midweek easy runs to
 * about half to two thirds of the long run (Higdon's and Pfitzinger's half plans: 5-8 mi midweek beside 10-13 mi
 * long runs); what the easy days cannot hold goes to the long run and the quality days' warm-ups (spill).
 */
export const EASY_SHARE_OF_LONG = 0.7;

/**
 * Easy runs over their share of the long run give the extra to the quality days (a longer easy warm-up and
 * cool-down, up to the session's maximum), the week's miles unchanged; what those cannot take stays where it was.
 */
function easyUnderLong(items: Allocation[], l: Allocation, opts: AllocateOptions, keys: typeof QUALITY_RANGE_KEY): void {
  const r = UNIT_RULES[opts.units];
  const ceil = Math.max(r.easy[0], Math.floor((l.distance * EASY_SHARE_OF_LONG) / 10) * 10);
  const quality = items.filter((i) => i.role === 'quality' && i.quality);
  for (const e of items.filter((i) => i.role === 'easy' && i.distance > ceil)) {
    for (const q of quality) {
      // Never past the long run: it stays the week's longest run (and is not trimmed back below).
      const room = Math.min(r[keys[q.quality!]][1], l.distance, opts.longRunCap ?? Infinity) - q.distance;
      const move = Math.floor(Math.min(e.distance - ceil, room) / 10) * 10;
      if (move < r.warmLap[0]) continue;
      q.distance += move;
      e.distance -= move;
    }
  }
}

/**
 * The long run is the week's longest run: in a small week (a cutback of 9 mi on two days, 4 + 5) the easy runs
 * give it tenths, largest first and never below `easyMin`, until it is `margin` longer than each of them and at
 * least as long as the longest quality session (`quality`: a cutback week's 7 mi long run beside a 7.5 mi interval session).
 */
function longestFirst(l: Allocation, easy: Allocation[], easyMin: Hundredths, cap: Hundredths, quality = 0, margin: Hundredths = 0): void {
  for (let guard = 0; guard < 200; guard++) {
    const top = easy.reduce<Allocation | null>((m, e) => (m === null || e.distance > m.distance ? e : m), null);
    if (!top || Math.max(top.distance + margin, quality) <= l.distance || top.distance - 10 < easyMin || l.distance + 10 > cap) return;
    top.distance -= 10;
    l.distance += 10;
  }
}

/**
 * The most the long run may take of a week of `weekVolume`: its share (`max`), but never less than the
 * long-run minimum while the week still has an easy run beside it — a small week (a 10 mi runner's cutback
 * week, 4 + 4 mi) keeps a long run, because the long run is the week's longest run before it is a share.
 */
export function longShareCap(weekVolume: Hundredths, max: number, units: DistanceUnit): Hundredths {
  const r = UNIT_RULES[units];
  return Math.max(Math.floor((weekVolume * max) / 10) * 10, weekVolume >= r.longMin + r.easy[0] ? r.longMin : 0);
}

/**
 * The most a validator accepts for the long run of a week of `weekVolume`: its share cap, or half the week —
 * a small week's long run is made its longest run (longestFirst) even past its share.
 */
export function longRunCeiling(weekVolume: Hundredths, max: number, units: DistanceUnit): Hundredths {
  return Math.max(longShareCap(weekVolume, max, units), Math.ceil(weekVolume / 20) * 10);
}

/** Equal shares in tenths of a unit; any odd hundredths go to the smallest share. */
function share(easy: Allocation[], rem: number): void {
  const tenths = Math.floor(rem / 10);
  const base = Math.floor(tenths / easy.length);
  const extra = tenths - base * easy.length;
  easy.forEach((e, i) => {
    e.distance = (base + (i < extra ? 1 : 0)) * 10;
  });
  const odd = rem - tenths * 10;
  if (odd > 0) easy[easy.length - 1]!.distance += odd;
}
