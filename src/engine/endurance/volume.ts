/**
 * Weekly volume: where it starts, how it builds, where cutbacks fall, how far it can go, and the taper.
 *
 * Rules (all volumes are training volume: the race itself is never counted):
 *  - Start: week 1 runs at the current weekly volume (at least 6 mi / 10 km; a runner above what their days
 *    can carry starts at that capacity). A partial first week gets the share of its remaining run days.
 *  - Build: each load week is at most 10 % above the load week before it (rounded down to 0.1), growing
 *    geometrically towards the peak target.
 *  - Cutbacks: the weeks before the taper are cut into cycles of 3 or 4 weeks, each ending in a cutback week
 *    planned 22 % below the load week before it; the last 1–3 weeks before the taper are load weeks (the
 *    taper is their cutback). The week after a cutback goes back to the pre-cutback level plus at most 10 %:
 *    the 10 % rule compares it with the last load week, not with the cutback week.
 *  - Peak: 1.4 × the start, kept inside a range for the distance (5K 20–40 mi, 10K 25–45, half 30–50,
 *    marathon 40–60; km ×1.6), never below the start, and never above what the runner's days can carry.
 *  - Taper: 2+ week tapers step down to 80 % / 65 % (or 70 %) of peak; the final 7 days before the race carry
 *    50 % of peak (40–60 % accepted), which is the taper's 40–60 % reduction.
 */

import type { DistanceUnit } from '../workout/workout.js';
import type { RaceDistance } from '../vocabulary.js';
import { floorTenth, UNIT_RULES } from './units.js';
import type { Hundredths } from './units.js';

type DistanceClass = Exclude<RaceDistance, 'custom'>;

const KM_FACTOR = 1.6;

const PEAK_RANGE_MI: Record<DistanceClass, [number, number]> = {
  '5k': [20, 40],
  '10k': [25, 45],
  half: [30, 50],
  marathon: [40, 60],
};

/** Long-run caps (mi): Daniels keeps long runs near 2–2.5 h; 20 mi is the usual marathon ceiling. */
const LONG_CAP_MI: Record<DistanceClass, number> = { '5k': 10, '10k': 12, half: 14, marathon: 20 };

export const MIN_START_VOLUME: Record<DistanceUnit, Hundredths> = { mi: 600, km: 1000 };
export const CUTBACK_FACTOR = 0.78;
export const MAX_WEEKLY_INCREASE = 0.1;
export const LONG_RUN_SHARE_MAX = 0.3;
export const RACE_WINDOW_SHARE = 0.5;
const TAPER_STEPS: Record<number, number[]> = { 1: [], 2: [0.7], 3: [0.8, 0.65] };

function scale(mi: number, units: DistanceUnit): Hundredths {
  return Math.round(mi * (units === 'km' ? KM_FACTOR : 1) * 100);
}

export function longRunCap(cls: DistanceClass, units: DistanceUnit): Hundredths {
  return scale(LONG_CAP_MI[cls], units);
}

export function peakRange(cls: DistanceClass, units: DistanceUnit): [Hundredths, Hundredths] {
  const [lo, hi] = PEAK_RANGE_MI[cls];
  return [scale(lo, units), scale(hi, units)];
}

/**
 * The most a full week of `days` run days can carry under the day rules: non-long days at most "moderate",
 * and the long run at most its cap and 30 % of the week.
 */
export function weekCapacity(days: number, cls: DistanceClass, units: DistanceUnit): Hundredths {
  const others = UNIT_RULES[units].moderate[1] * (days - 1);
  return floorTenth(Math.min(longRunCap(cls, units) + others, others / (1 - LONG_RUN_SHARE_MAX)));
}

/**
 * Which of the weeks before the taper are cutback weeks. Cycles of 4 (3 load + cutback) come first, then
 * cycles of 3 (2 load + cutback), chosen so that 1–3 load weeks (3 when possible) lead into the taper.
 */
export function cutbackFlags(preTaperWeeks: number): boolean[] {
  const flags = new Array<boolean>(preTaperWeeks).fill(false);
  const reachable = (s: number) => s === 0 || s === 3 || s === 4 || s >= 6;
  let lead = 3;
  while (lead > 1 && !reachable(preTaperWeeks - lead)) lead--;
  if (preTaperWeeks <= 3) return flags;
  const cycleSpan = preTaperWeeks - lead;
  let fours = Math.floor(cycleSpan / 4);
  while (fours >= 0 && (cycleSpan - 4 * fours) % 3 !== 0) fours--;
  const threes = (cycleSpan - 4 * fours) / 3;
  let week = 0;
  for (let i = 0; i < fours; i++) {
    week += 4;
    flags[week - 1] = true;
  }
  for (let i = 0; i < threes; i++) {
    week += 3;
    flags[week - 1] = true;
  }
  return flags;
}

export interface VolumePlanInput {
  units: DistanceUnit;
  cls: DistanceClass;
  currentVolume: Hundredths;
  trainingDayCount: number;
  /** Run days the partial first week still has (equal to trainingDayCount for a full first week). */
  firstWeekRunDays: number;
  firstWeekPartial: boolean;
  totalWeeks: number;
  taperWeeks: number;
  /** The most the final 7 days before the race can carry on this runner's days. */
  raceWindowCapacity: Hundredths;
  /** Weeks (0-based) whose days reach into the 7 days before the race. */
  touchesRaceWindow: (index: number) => boolean;
  /**
   * What week `index` really holds when planned at `target` (the day rules may leave some of it out).
   * Called in week order; `cutback` tells whether the week is a cutback week.
   */
  achievable: (index: number, target: Hundredths, cutback: boolean) => Hundredths;
}

export interface WeekVolume {
  /** Planned training volume of the week (hundredths). For the race week: the race window's volume. */
  target: Hundredths;
  /** The full-week load level the 10 % rule is measured on (equal to target in full load weeks). */
  level: Hundredths;
  cutback: boolean;
}

export interface VolumePlan {
  start: Hundredths;
  peak: Hundredths;
  /** Planned training volume of the 7 days before the race. */
  raceWindow: Hundredths;
  weeks: WeekVolume[];
  notes: string[];
}

export function planVolumes(input: VolumePlanInput): VolumePlan {
  const { units } = input;
  const notes: string[] = [];
  const capacity = Math.min(weekCapacity(input.trainingDayCount, input.cls, units), floorTenth(input.raceWindowCapacity / 0.45));
  let start = floorTenth(input.currentVolume);
  if (start < MIN_START_VOLUME[units]) {
    start = MIN_START_VOLUME[units];
    notes.push(`Starts at ${start / 100} ${units}/week, the least this plan schedules.`);
  }
  if (start > capacity) {
    notes.push(
      `${input.trainingDayCount} run days carry about ${capacity / 100} ${units}/week with these day lengths; the plan holds volume there (add a day to go higher).`,
    );
    start = capacity;
  }
  const [lo, hi] = peakRange(input.cls, units);
  const desiredPeak = Math.max(start, Math.min(capacity, Math.min(hi, Math.max(lo, Math.round(start * 1.4)))));

  const preTaper = input.totalWeeks - input.taperWeeks;
  const flags = cutbackFlags(preTaper);
  const loadWeeks = flags.filter((f) => !f).length;
  const growth = loadWeeks > 1 ? Math.min(MAX_WEEKLY_INCREASE, Math.pow(desiredPeak / start, 1 / (loadWeeks - 1)) - 1) : 0;

  const weeks: WeekVolume[] = [];
  // lastLoad: what the last load week really held (for a partial first week, its full-week level).
  let lastLoad = start;
  for (let i = 0; i < preTaper; i++) {
    if (flags[i]) {
      const target = input.achievable(i, floorTenth(lastLoad * CUTBACK_FACTOR), true);
      weeks.push({ target, level: lastLoad, cutback: true });
      continue;
    }
    const desired = i === 0 ? start : Math.max(Math.min(lastLoad, desiredPeak), Math.min(desiredPeak, floorTenth(lastLoad * (1 + growth))));
    if (i === 0 && input.firstWeekPartial) {
      const target = input.achievable(i, floorTenth((desired * input.firstWeekRunDays) / input.trainingDayCount), false);
      weeks.push({ target, level: start, cutback: false });
      continue;
    }
    const target = input.achievable(i, desired, false);
    weeks.push({ target, level: target, cutback: false });
    lastLoad = target;
  }
  const peakWeeks = weeks.filter((w, i) => !w.cutback && !input.touchesRaceWindow(i));
  const peak = Math.max(...(peakWeeks.length > 0 ? peakWeeks : weeks).map((w) => w.level));
  const raceWindow = floorTenth(Math.min(peak * RACE_WINDOW_SHARE, input.raceWindowCapacity));
  for (const f of TAPER_STEPS[input.taperWeeks] ?? []) {
    const i = weeks.length;
    const t = input.touchesRaceWindow(i) ? floorTenth(peak * f) : input.achievable(i, floorTenth(peak * f), false);
    weeks.push({ target: t, level: t, cutback: false });
  }
  weeks.push({ target: raceWindow, level: raceWindow, cutback: false });
  return { start, peak, raceWindow, weeks, notes };
}
