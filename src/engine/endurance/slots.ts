/**
 * Which run slots a week has (long, quality, easy) and how its volume is shared among them. Used twice: by
 * the outline, to plan each week's volume on what its days can really hold, and by week generation — so a
 * week's generated volume is exactly the outline's target.
 */

import type { DistanceClass } from './race-request.js';
import { isoWeekday } from '../dates.js';
import type { DistanceUnit } from '../workout/workout.js';
import type { IsoWeekday, RaceDistance } from '../vocabulary.js';
import { allocate, longShareCap } from './allocate.js';
import type { Allocation, Slot } from './allocate.js';
import { qualityHardSize, qualitySize } from './laps.js';
import type { WeekPattern } from './pattern.js';
import type { PhaseName } from './phases.js';
import type { QualityType } from './race-day.js';
import type { Hundredths } from './units.js';
import { UNIT_RULES } from './units.js';
import type { PaceZones } from './vdot.js';
import { longShareMax, longShareTarget } from './volume.js';

export interface SlotFrame {
  units: DistanceUnit;
  distanceClass: DistanceClass;
  pattern: WeekPattern;
  /** Long-run cap for the distance, in units. */
  longRunCap: number;
  paces: PaceZones;
  /** The race's distance in `units`: a track race (under 4 km: the mile, 1500 m, 3000 m) gets speed-first quality. */
  raceDistance?: number;
}

export interface WeekShape {
  weekNumber: number;
  phase: PhaseName;
  partial: boolean;
  cutback: boolean;
}

/** A quality session must not take more than this share of the week; otherwise the day is an easy run. */
export const QUALITY_SHARE_MAX = 0.35;
/**
 * Hard running (threshold, interval, marathon pace) stays within 20 % of the week, so at least 80 % is easy:
 * Seiler's polarised-training research (~80/20 by volume in endurance athletes) and Daniels' per-session
 * caps (T ≤ 10 %, I ≤ 8 % of the week). A quality session that would break it becomes an easy run.
 */
export const HARD_SHARE_MAX = 0.2;

const QUALITY_ORDER: Record<SlotFrame['distanceClass'], { build: QualityType[]; peak: QualityType[]; taper: QualityType }> = {
  '5k': { build: ['intervals', 'tempo'], peak: ['intervals', 'tempo'], taper: 'intervals' },
  '10k': { build: ['tempo', 'intervals'], peak: ['intervals', 'tempo'], taper: 'tempo' },
  half: { build: ['tempo', 'intervals'], peak: ['tempo', 'intervals'], taper: 'tempo' },
  marathon: { build: ['tempo', 'marathon_pace'], peak: ['marathon_pace', 'tempo'], taper: 'marathon_pace' },
  // An ultra is run well under marathon pace: threshold for economy, steady marathon-effort runs for the rest.
  ultra: { build: ['tempo', 'marathon_pace'], peak: ['marathon_pace', 'tempo'], taper: 'tempo' },
};

/**
 * A track race (mile, 1500 m, 3000 m): VO2max intervals and repetitions (R pace, Daniels' 1500-3000 m plans), no
 * tempo in the peak; the taper keeps a few fast reps. A 5K plan's tempo-heavy build is not a miler's.
 */
const TRACK_ORDER: { build: QualityType[]; peak: QualityType[]; taper: QualityType } = { build: ['intervals', 'repetition'], peak: ['repetition', 'intervals'], taper: 'repetition' };
const TRACK_RACE_KM = 4;

/** Whether a race of `raceDistance` (in `units`) is a track race: the mile, 1500 m, 3000 m. */
export function isTrackRace(raceDistance: number | undefined, units: DistanceUnit): boolean {
  if (raceDistance === undefined) return false;
  return (units === 'mi' ? raceDistance * 1.609344 : raceDistance) < TRACK_RACE_KM;
}

function qualityOrder(frame: SlotFrame): { build: QualityType[]; peak: QualityType[]; taper: QualityType } {
  return isTrackRace(frame.raceDistance, frame.units) ? TRACK_ORDER : QUALITY_ORDER[frame.distanceClass];
}

/**
 * Below this weekly volume a week has one quality session (plus strides), never two: 25 mi / 40 km.
 * Higdon's novice plans (to ~25 mi/week) carry no second hard day, his intermediate ones (25-35) carry two;
 * Daniels caps threshold at 10 % and intervals at 8 % of the week, so at 15-18 mi a second session is a
 * token 1.5 mi of hard running that costs a recovery day the runner needs for easy mileage. The runner's
 * experience is not asked; the mileage they sustain stands for it (a week this plan built past the line is
 * one they have worked up to).
 */
export const TWO_QUALITY_MIN: Record<DistanceUnit, Hundredths> = { mi: 2500, km: 4000 };

/** Whether a week of `volume` (in units) is too small for a second quality session. */
export function lowVolumeQuality(volume: number, units: DistanceUnit): boolean {
  return Math.round(volume * 100) < TWO_QUALITY_MIN[units];
}

/**
 * Quality sessions of a week, keyed by weekday: none in base or a partial first week; build uses two slots
 * with 5+ run days (else one), peak two with 4+ days, cutback and taper weeks one, and a week under
 * TWO_QUALITY_MIN one. With one slot the two session types alternate week by week.
 */
export function weekQuality(frame: SlotFrame, week: WeekShape, target?: Hundredths): Map<IsoWeekday, QualityType> {
  const slots = frame.pattern.qualityDays;
  const d = frame.pattern.trainingDays.length;
  const order = qualityOrder(frame);
  const out = new Map<IsoWeekday, QualityType>();
  if (week.partial || week.phase === 'base' || slots.length === 0) return out;
  if (week.phase === 'taper') {
    out.set(slots[0]!, order.taper);
    return out;
  }
  const seq = week.phase === 'build' ? order.build : order.peak;
  let count = week.phase === 'build' ? (d >= 5 ? 2 : 1) : d >= 4 ? 2 : 1;
  if (week.cutback) count = 1;
  if (target !== undefined && lowVolumeQuality(target / 100, frame.units)) count = 1;
  count = Math.min(count, slots.length);
  if (count === 1) {
    out.set(slots[0]!, seq[week.weekNumber % 2 === 0 ? 0 : 1]!);
  } else {
    out.set(slots[0]!, seq[0]!);
    out.set(slots[1]!, seq[1]!);
  }
  return out;
}

/** Slots for the given run dates (preferred days) of a week whose target volume is `target`. */
export function patternSlots(
  frame: SlotFrame,
  week: WeekShape,
  dates: readonly string[],
  target: Hundredths,
  noQuality: boolean,
  /** What the week really holds when less than `target` (a week reaching into the race window). */
  weekVolume: Hundredths = target,
): Slot[] {
  const quality = noQuality ? new Map<IsoWeekday, QualityType>() : weekQuality(frame, week, target);
  const ctx = { units: frame.units, paces: frame.paces };
  // Admit sessions in slot order (the main session first) while hard running stays within its share.
  let hard = 0;
  const runDays = new Set(dates.map((d) => isoWeekday(d)));
  for (const wd of frame.pattern.qualityDays) {
    const q = quality.get(wd);
    if (!q || !runDays.has(wd)) continue;
    const h = qualityHardSize(q, target, ctx);
    if (hard + h > weekVolume * HARD_SHARE_MAX) quality.delete(wd);
    else hard += h;
  }
  return dates.map((date): Slot => {
    const wd = isoWeekday(date) as IsoWeekday;
    // A partial first week is easy running, its long-run day included when it has one.
    if (wd === frame.pattern.longRunDay) return { date, role: 'long' };
    if (week.partial) return { date, role: 'easy' };
    const q = quality.get(wd);
    if (q && qualitySize(q, target, ctx) <= target * QUALITY_SHARE_MAX) return { date, role: 'quality', quality: q };
    return { date, role: 'easy' };
  });
}

/**
 * Share `budget` among `slots`. `weekVolume` is what the whole week holds (the budget plus any race-window
 * days), which sets the long run's 30 % cap; `target` sizes quality sessions.
 */
export function allocateSlots(
  frame: SlotFrame,
  slots: readonly Slot[],
  budget: Hundredths,
  weekVolume: Hundredths,
  target: Hundredths,
  longTarget?: Hundredths,
  keepDays?: { maxEasy: number },
): Allocation[] {
  const ctx = { units: frame.units, paces: frame.paces };
  const max = longShareMax(frame.distanceClass);
  const longCap = Math.min(Math.round(frame.longRunCap * 100), longShareCap(weekVolume, max, frame.units));
  const placed = allocate(slots, budget, {
    units: frame.units,
    longCap,
    longRunCap: Math.round(frame.longRunCap * 100),
    weekVolume,
    longShare: { target: longShareTarget(frame.distanceClass), max },
    ...(longTarget ? { longTarget } : {}),
    ...(keepDays ? { keepDays } : {}),
    qualitySize: (t) => qualitySize(t, target, ctx),
  });
  return longStaysLongest(placed, frame.units, longCap);
}

/**
 * The long run is the week's longest run. A small week's long run at its minimum (4 mi) beside a quality
 * session that cannot shrink (a miler's cutback: 4.1 mi of intervals) takes the difference and a tenth from
 * the easy days, each down to a recovery run (2 mi / 3 km), within the long run's cap: the week keeps its volume.
 */
export function longStaysLongest(alloc: Allocation[], units: DistanceUnit, longCap: Hundredths): Allocation[] {
  const long = alloc.find((a) => a.role === 'long');
  if (!long) return alloc;
  const top = Math.max(0, ...alloc.filter((a) => a !== long).map((a) => a.distance));
  let need = top + 10 - long.distance;
  if (need <= 0 || long.distance + need > longCap) return alloc;
  const floor = UNIT_RULES[units].recovery[0];
  const give = new Map<Allocation, Hundredths>();
  for (const a of alloc.filter((x) => x.role === 'easy').sort((x, y) => y.distance - x.distance)) {
    const g = Math.min(need, Math.max(0, a.distance - floor));
    if (g > 0) give.set(a, g);
    need -= g;
  }
  if (need > 0) return alloc;
  const moved = [...give.values()].reduce((s, g) => s + g, 0);
  return alloc.map((a) => (a === long ? { ...a, distance: a.distance + moved } : give.has(a) ? { ...a, distance: a.distance - give.get(a)! } : a));
}

export function allocatedTotal(a: readonly Allocation[]): Hundredths {
  return a.reduce((s, x) => s + x.distance, 0);
}
