/**
 * Weekly volume: where it starts, how it builds, where cutbacks fall, how far it can go, and the taper.
 *
 * Rules (all volumes are training volume: the race itself is never counted):
 *  - Start: week 1 runs at the current weekly volume (at least 6 mi / 10 km; a runner above what their days
 *    can carry starts at that capacity). A partial first week gets the share of its remaining run days.
 *  - Build: each load week is at most 10 % above the load week before it (rounded down to 0.1), growing
 *    geometrically towards the peak target. One stated exception: below 10 mi (16 km) a week a step of up to
 *    1 mi (1.6 km) is allowed, because 10 % of a very small week is too small to plan (Higdon's novice
 *    5K/10K plans add about a mile a week at that level).
 *  - Cutbacks: the weeks before the taper are cut into cycles of 3 or 4 weeks, each ending in a cutback week
 *    planned 22 % below the load week before it; the last 1–3 weeks before the taper are load weeks (the
 *    taper is their cutback). The week after a cutback goes back to the pre-cutback level plus at most 10 %:
 *    the 10 % rule compares it with the last load week, not with the cutback week.
 *  - Peak: 1.5 × the start, kept inside a range for the distance (5K 15–40 mi, 10K 20–45, half 25–50,
 *    marathon 40–70; km ×1.6: a first marathoner needs ~40 mi weeks to carry an 18–20 mi long run), never below the start, and never above what the runner's days can carry.
 *    Source: Pfitzinger & Douglas, Advanced Marathoning — the 18/55 schedule expects about 35 mi/week going
 *    in and peaks at 55 (≈ 1.5×); their 70 mi schedules are the ceiling here. Higdon's novice marathon peaks
 *    near 40 mi, his half plans near 25–30, and Daniels' 5K/10K plans run from ~15 to 40 mi for recreational
 *    runners. The 10 % rule (and the cutbacks) decide how much of that target a short plan really reaches.
 *  - Base hold (a race further out than its specific plan, phases.ts SPECIFIC_WEEKS): the weeks before the
 *    specific plan build by the same step rule to the distance's entry volume (ENTRY_MI) when the runner is
 *    below it, then hold there — maintenance, cutbacks kept — and the peak is 1.5 × that held level. The
 *    specific plan's build starts from the held level, so a marathon 46 weeks out is 26 weeks of base and a
 *    20-week marathon plan, not one 46-week climb.
 *  - Taper: 2+ week tapers step down to 80 % / 65 % (or 70 %) of peak; the final 7 days before the race carry
 *    50 % of peak (40–60 % accepted), which is the taper's 40–60 % reduction.
 */

import type { DistanceUnit } from '../workout/workout.js';
import type { RaceDistance } from '../vocabulary.js';
import { floorTenth, UNIT_RULES } from './units.js';
import type { Hundredths } from './units.js';
import { counted } from '../count.js';
import { longShareCap } from './allocate.js';

import type { DistanceClass } from './race-request.js';

const KM_FACTOR = 1.6;

const PEAK_RANGE_MI: Record<DistanceClass, [number, number]> = {
  '5k': [15, 40],
  '10k': [20, 45],
  half: [25, 50],
  marathon: [40, 70],
  // A 50K-100K: Koop's Training Essentials for Ultrarunning puts most first ultras on 45-75 mi weeks.
  ultra: [45, 75],
};
/**
 * What a runner should hold before a specific plan begins (mi/week). Higdon's novice marathon asks for
 * 15-25 mi/week going in and Pfitzinger's 18/55 about 30, so a long base brings a marathoner to 25; Higdon's
 * novice half starts from ~15, his 5K/10K plans from ~10.
 */
const ENTRY_MI: Record<DistanceClass, number> = { '5k': 10, '10k': 12, half: 15, marathon: 25, ultra: 30 };
export function entryVolume(cls: DistanceClass, units: DistanceUnit): Hundredths {
  return scale(ENTRY_MI[cls], units);
}

/**
 * A base before a far race builds, it does not stand still: from where the runner is, load weeks grow by at
 * most BASE_STEP (3 %) with the usual down weeks, to the distance's entry volume or BASE_GROWTH_MAX (1.25 x)
 * the start, whichever is higher (Lydiard's and Daniels' phase I: months of easy volume rising slowly, strides
 * and hill sprints, before any race-specific work). The specific plan then builds from that top.
 */
export const BASE_STEP = 0.03;
export const BASE_GROWTH_MAX = 1.25;

/** The most a base before a far race builds to (hundredths), before the days' capacity. */
export function baseTopVolume(cls: DistanceClass, units: DistanceUnit, start: Hundredths): Hundredths {
  return Math.max(start, entryVolume(cls, units), floorTenth(start * BASE_GROWTH_MAX));
}

/** Peak target as a multiple of the starting volume (Pfitzinger 18/55: ~35 → 55 mi/week). */
export const PEAK_GROWTH = 1.5;
/**
 * A miler's peak: 1.15 x the start, no distance floor. Mile and 1500 m training is speed first (reps at mile
 * pace, 200/400 m at R pace, strides) on less volume than a 5K build (Daniels' 1500-3000 m plans run the
 * same runner ~15-20 % under their 5K mileage), so the week grows a little and the speed work does the rest.
 */
export const TRACK_PEAK_GROWTH = 1.15;
/** A miler's long run tops out here (mi): an hour of easy running is plenty for a race of four to eight minutes. */
const TRACK_LONG_PEAK_MI = 6;

/**
 * Long-run caps: a distance ceiling (mi) and a time ceiling at easy pace, whichever comes first.
 * Distance: 20 mi is the usual marathon ceiling (Higdon, Pfitzinger), 13 mi for a half (Higdon's half plans
 * top out at 10-12, Pfitzinger's at 15 for high-mileage runners), 12 for the 10K and 10 for the 5K.
 * Time: about 3 h for the marathon (past it the damage outweighs the gain: Hanson's 16 mi, Fitzgerald's and
 * Galloway's time caps; a 12:00/mi runner stops near 15 mi), 2.5 h for the half, Daniels' ~2 h or less for
 * shorter races.
 */
// An ultra's long run is capped by time on feet (4 h), not distance: 26 mi is only the distance bound.
const LONG_CAP_MI: Record<DistanceClass, number> = { '5k': 10, '10k': 12, half: 13, marathon: 20, ultra: 26 };
export const LONG_CAP_MINUTES: Record<DistanceClass, number> = { '5k': 90, '10k': 105, half: 150, marathon: 180, ultra: 240 };

/**
 * Where the long run is built to (mi), before the caps and the week's share: a first marathoner's 18-20 mi
 * three weeks out (Higdon Novice: 20 mi), a half marathoner's 12-13 two weeks out, 10 for the 10K and 8 for
 * the 5K (Higdon's intermediate 5K/10K plans). Runners whose weeks are bigger get their share of them, up to
 * the cap.
 */
const LONG_PEAK_MI: Record<DistanceClass, number> = { '5k': 8, '10k': 10, half: 13, marathon: 20, ultra: 24 };

/**
 * The long run's share of the week. Daniels' 25-30 % holds for runners on big weeks; novice plans go far past
 * it because a first marathoner on 35-40 mi still needs a 20-mile run (Higdon Novice 1: 20 of ~38 mi, about
 * 50 %). So the ceiling is 50 % for the marathon, 45 % for the half, 40 % for 5K/10K (a 10 mi/week runner's
 * 3-3-4), and the long run is planned at 28-33 % of the week only where its own progression (longRunTrack)
 * does not say more.
 */
const LONG_SHARE_MAX: Record<DistanceClass, number> = { '5k': 0.4, '10k': 0.4, half: 0.45, marathon: 0.5, ultra: 0.5 };
const LONG_SHARE_TARGET: Record<DistanceClass, number> = { '5k': 0.28, '10k': 0.28, half: 0.33, marathon: 0.33, ultra: 0.35 };
export function longShareMax(cls: DistanceClass): number {
  return LONG_SHARE_MAX[cls];
}
export function longShareTarget(cls: DistanceClass): number {
  return LONG_SHARE_TARGET[cls];
}

/** Below this weekly volume the build may step by `SMALL_STEP` instead of 10 % (Higdon's novice plans). */
export const SMALL_WEEK: Record<DistanceUnit, Hundredths> = { mi: 1000, km: 1600 };
export const SMALL_STEP: Record<DistanceUnit, Hundredths> = { mi: 100, km: 160 };

/** The most a load week may hold after a load week of `last` (hundredths): +10 %, or +1 mi / 1.6 km on small weeks. */
export function maxNextLoad(last: Hundredths, units: DistanceUnit): Hundredths {
  const pct = floorTenth(last * (1 + MAX_WEEKLY_INCREASE));
  return last < SMALL_WEEK[units] ? Math.max(pct, Math.min(last + SMALL_STEP[units], SMALL_WEEK[units])) : pct;
}

export const MIN_START_VOLUME: Record<DistanceUnit, Hundredths> = { mi: 600, km: 1000 };
export const CUTBACK_FACTOR = 0.78;
export const MAX_WEEKLY_INCREASE = 0.1;
export const RACE_WINDOW_SHARE = 0.5;
const TAPER_STEPS: Record<number, number[]> = { 1: [], 2: [0.7], 3: [0.8, 0.65] };

function scale(mi: number, units: DistanceUnit): Hundredths {
  return Math.round(mi * (units === 'km' ? KM_FACTOR : 1) * 100);
}

/** Long-run cap: the distance ceiling, or the time ceiling at `easyPaceSec` per unit, whichever is shorter (half units). */
export function longRunCap(cls: DistanceClass, units: DistanceUnit, easyPaceSec?: number): Hundredths {
  const byDistance = scale(LONG_CAP_MI[cls], units);
  if (!easyPaceSec || easyPaceSec <= 0) return byDistance;
  const byTime = Math.floor(((LONG_CAP_MINUTES[cls] * 60) / easyPaceSec) * 2) * 50;
  return Math.min(byDistance, byTime);
}

/**
 * Daniels' ceiling on any long run: 150 minutes (Daniels' Running Formula: an L run is at most 25-30 % of the
 * week and at most 150 min). A 5K or 10K runner already on big weeks over few days (70 km on 4 days is
 * 17.5 km a run) is not cut back to the distance's usual cap (10 mi / 90 min for a 5K): their long run may
 * carry what their current week needs beside easy days at the easy ceiling, up to this and the week's share.
 */
export const CARRY_LONG_MAX_MINUTES = 150;

/**
 * The long-run cap that lets `days` run days carry the runner's current week (hundredths): `cap` when it
 * already does, else the long run the week needs beside easy days at the easy ceiling, no more than
 * CARRY_LONG_MAX_MINUTES at `easyPaceSec` nor the distance's share of the week.
 */
export function carryLongCap(cls: DistanceClass, units: DistanceUnit, days: number, current: Hundredths, cap: Hundredths, easyPaceSec: number): Hundredths {
  if (days < 2 || weekCapacity(days, cls, units, cap) >= current) return cap;
  const needed = Math.ceil((current - UNIT_RULES[units].easy[1] * (days - 1)) / 50) * 50;
  const ceiling = Math.min(runTimeCap(CARRY_LONG_MAX_MINUTES, easyPaceSec), halfUnitFloor(current * LONG_SHARE_MAX[cls]));
  return Math.max(cap, Math.min(needed, ceiling));
}

/**
 * A runner on big weeks: the long run is about a quarter of the week (Daniels' Running Formula: an L run is
 * 25-30 % of the week, at most 150 min), so a 5K runner on 60 mi/week runs about 15 mi long beside ~9 mi easy
 * days, not the 10 mi cap a 25 mi/week 5K runner needs, nor every day at 10 beside it. The distance's cap still
 * holds when it is higher (a marathoner's 20), so no 5K or 10K runner gets a marathoner's long run.
 */
export const BIG_WEEK_LONG_SHARE = 0.25;

/** The long-run cap for a runner now on `current` a week (hundredths): `cap`, or a quarter of the week when more. */
export function bigWeekLongCap(current: Hundredths, cap: Hundredths, easyPaceSec: number): Hundredths {
  const quarter = halfUnitFloor(current * BIG_WEEK_LONG_SHARE);
  return Math.max(cap, Math.min(quarter, runTimeCap(CARRY_LONG_MAX_MINUTES, easyPaceSec)));
}

/** The distance run in `minutes` at `easyPaceSec` per unit, in half units: a runner's time a run as a distance cap. */
export function runTimeCap(minutes: number, easyPaceSec: number): Hundredths {
  return Math.floor(((minutes * 60) / easyPaceSec) * 2) * 50;
}

/**
 * A short runway: fewer weeks than a plan for the distance needs to build the long run safely (Higdon's and
 * Hansons' shortest marathon plans are 12 weeks from a running base, half plans 8). Such a plan is still
 * built, honestly: the long run is capped lower (Hansons' 16 mi marathon long run; 11 mi for the half) so
 * the 10 % rule is not broken to reach 20, and the plan says it is short.
 */
const SHORT_RUNWAY_WEEKS: Partial<Record<DistanceClass, number>> = { marathon: 12, half: 8 };
const SHORT_RUNWAY_LONG_CAP_MI: Partial<Record<DistanceClass, number>> = { marathon: 16, half: 11 };

/** The weeks a plan for the distance needs, when `totalWeeks` is fewer; otherwise null. */
export function shortRunwayWeeks(cls: DistanceClass, totalWeeks: number): number | null {
  const need = SHORT_RUNWAY_WEEKS[cls];
  return need !== undefined && totalWeeks < need ? need : null;
}

/** The long-run cap of a short-runway plan (hundredths), or the usual cap. */
export function shortRunwayLongCap(cls: DistanceClass, units: DistanceUnit, totalWeeks: number, cap: Hundredths): Hundredths {
  const mi = SHORT_RUNWAY_LONG_CAP_MI[cls];
  return shortRunwayWeeks(cls, totalWeeks) !== null && mi !== undefined ? Math.min(cap, scale(mi, units)) : cap;
}

export function longRunCapMinutes(cls: DistanceClass): number {
  return LONG_CAP_MINUTES[cls];
}

export function peakRange(cls: DistanceClass, units: DistanceUnit): [Hundredths, Hundredths] {
  const [lo, hi] = PEAK_RANGE_MI[cls];
  return [scale(lo, units), scale(hi, units)];
}

export function longRunPeakTarget(cls: DistanceClass, units: DistanceUnit): Hundredths {
  return scale(LONG_PEAK_MI[cls], units);
}

/**
 * The most a full week of `days` run days can carry under the day rules: non-long days at most the easy
 * ceiling, and the long run at most its cap and its share of the week.
 */
export function weekCapacity(days: number, cls: DistanceClass, units: DistanceUnit, longCap: Hundredths = longRunCap(cls, units)): Hundredths {
  // No other day passes the long run's cap (allocate.ts), so a low cap (a 5K's) lowers what the days carry.
  const others = Math.min(UNIT_RULES[units].easy[1], longCap) * (days - 1);
  return floorTenth(Math.min(longCap + others, others / (1 - LONG_SHARE_MAX[cls])));
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
  /** The runner's long-run cap (hundredths), time cap included. */
  longCap: Hundredths;
  totalWeeks: number;
  taperWeeks: number;
  /** The most the final 7 days before the race can carry on this runner's days. */
  raceWindowCapacity: Hundredths;
  /** Weeks (0-based) whose days reach into the 7 days before the race. */
  touchesRaceWindow: (index: number) => boolean;
  /** Weeks of base hold before the specific plan (phases.ts baseHoldWeeks); 0 or absent for none. */
  holdWeeks?: number;
  /** A track race (the mile, 1500 m, 3000 m): a smaller build and a shorter long run than a 5K (TRACK_PEAK_GROWTH). */
  trackRace?: boolean;
  /**
   * What week `index` really holds when planned at `target` with its long run at most `longCeiling` (null: the
   * runner's cap only), and the long run that layout gives it (the day rules may leave some of the week out).
   * Called in week order; `cutback` tells whether the week is a cutback week.
   */
  achievable: (index: number, target: Hundredths, cutback: boolean, longCeiling: Hundredths | null) => Placed;
}

/** A week as the day rules lay it out: its volume and its long run (hundredths). */
export interface Placed {
  total: Hundredths;
  long: Hundredths;
}

export interface WeekVolume {
  /** Planned training volume of the week (hundredths). For the race week: the race window's volume. */
  target: Hundredths;
  /** The full-week load level the 10 % rule is measured on (equal to target in full load weeks). */
  level: Hundredths;
  cutback: boolean;
  /** The long run the week's volume needs on the runner's days (hundredths; longRunTrack builds at least this). */
  long?: Hundredths;
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
  const capacity = Math.min(weekCapacity(input.trainingDayCount, input.cls, units, input.longCap), floorTenth(input.raceWindowCapacity / 0.45));
  let start = floorTenth(input.currentVolume);
  if (start < MIN_START_VOLUME[units]) {
    start = MIN_START_VOLUME[units];
    notes.push(`Starts at ${start / 100} ${units}/week, the least this plan schedules.`);
  }
  if (start > capacity) {
    notes.push(
      `You run ${start / 100} ${units}/week now; ${input.trainingDayCount} run days carry about ${capacity / 100} (runs up to ${Math.min(UNIT_RULES[units].easy[1], input.longCap) / 100} ${units}, the long run up to ${input.longCap / 100}), so the plan holds volume there: add a run day to keep your ${start / 100}.`,
    );
    start = capacity;
  }
  const hold = input.holdWeeks ?? 0;
  // The level a base hold keeps: the distance's entry volume for a runner below it, else where they are.
  const entry = entryVolume(input.cls, units);
  const holdLoads = cutbackFlags(input.totalWeeks - input.taperWeeks).slice(0, hold).filter((f) => !f).length;
  // What the base reaches: its top, or (a short base) what BASE_STEP a load week gets to from the start.
  const reachable = start >= entry ? floorTenth(start * Math.pow(1 + BASE_STEP, Math.max(0, holdLoads - 1))) : Infinity;
  const holdLevel = hold > 0 ? Math.max(start, Math.min(capacity, reachable, baseTopVolume(input.cls, units, start))) : start;
  // The base's rise spread over its load weeks (at most BASE_STEP a week), so it builds the whole base long.
  const baseStep = Math.min(BASE_STEP, holdLoads > 1 ? Math.pow(holdLevel / Math.max(1, start), 1 / (holdLoads - 1)) - 1 : BASE_STEP);
  const [lo, hi] = peakRange(input.cls, units);
  const desiredPeak = input.trackRace
    ? Math.max(holdLevel, Math.min(capacity, hi, Math.round(holdLevel * TRACK_PEAK_GROWTH)))
    : Math.max(holdLevel, Math.min(capacity, Math.min(hi, Math.max(lo, Math.round(holdLevel * PEAK_GROWTH)))));

  const preTaper = input.totalWeeks - input.taperWeeks;
  const flags = cutbackFlags(preTaper);
  const loadWeeks = flags.filter((f) => !f).length;
  let growth = loadWeeks > 1 ? Math.pow(desiredPeak / start, 1 / (loadWeeks - 1)) - 1 : 0;
  if (hold > 0) {
    notes.push(
      `Base first: ${counted(hold, 'week')} of easy running ${holdLevel > start ? `building from ${start / 100} to about ${holdLevel / 100}` : `at about ${holdLevel / 100}`} ${units}/week with down weeks, strides and hill sprints, then the ${input.totalWeeks - hold}-week race plan builds to the peak. A tune-up race in the base (a 5K or 10K) sets your paces.`,
    );
  }

  const weeks: WeekVolume[] = [];
  // lastLoad: what the last load week really held (for a partial first week, its full-week level).
  let lastLoad = start;
  // The long run of the last load week. On few days the long run carries what the easy days cannot (a 3-day
  // marathoner's 32 mi week is 10 + 6 + 16), so a week may only grow as far as a long run one step longer
  // than the last one lets it (LONG_STEP): the long run builds smoothly and the week follows it.
  // Where the runner's long run already is: its share of their week, or what their week needs beside easy days
  // at the easy ceiling (49 mi on 3 days is already a 20 mi long run).
  const startLong = Math.max(
    halfUnitFloor(start * LONG_SHARE_TARGET[input.cls]),
    halfUnitFloor(start / Math.max(1, input.trainingDayCount)),
    start - UNIT_RULES[units].easy[1] * Math.max(0, input.trainingDayCount - 1),
  );
  let lastLong = startLong;
  const place = (i: number, target: Hundredths, cutback: boolean, ceiling: Hundredths | null) => input.achievable(i, target, cutback, ceiling);
  for (let i = 0; i < preTaper; i++) {
    if (hold > 0 && i === hold) {
      // The specific plan starts: grow from the held level to the peak over its own load weeks.
      const steps = flags.slice(hold).filter((f) => !f).length;
      growth = steps > 0 ? Math.pow(desiredPeak / Math.max(1, lastLoad), 1 / steps) - 1 : 0;
    }
    if (flags[i]) {
      const p = place(i, floorTenth(lastLoad * CUTBACK_FACTOR), true, null);
      weeks.push({ target: p.total, level: lastLoad, cutback: true, long: p.long });
      continue;
    }
    // Geometric growth towards the peak, never more than the step rule (maxNextLoad) allows.
    const step = Math.min(maxNextLoad(lastLoad, units), Math.max(floorTenth(lastLoad * (1 + growth)), lastLoad < SMALL_WEEK[units] ? maxNextLoad(lastLoad, units) : 0));
    const desired =
      i === 0
        ? start
        : i < hold
          ? lastLoad < entry
            ? Math.max(Math.min(lastLoad, holdLevel), Math.min(holdLevel, maxNextLoad(lastLoad, units)))
            : Math.max(Math.min(lastLoad, holdLevel), Math.min(holdLevel, Math.max(Math.ceil((lastLoad * (1 + baseStep)) / 10 - 1e-9) * 10, lastLoad + 10)))
          : Math.max(Math.min(lastLoad, desiredPeak), Math.min(desiredPeak, step));
    if (i === 0 && input.firstWeekPartial) {
      const p = place(i, floorTenth((desired * input.firstWeekRunDays) / input.trainingDayCount), false, null);
      weeks.push({ target: p.total, level: start, cutback: false, long: p.long });
      lastLong = Math.max(lastLong, p.long);
      continue;
    }
    // The first week is where the runner already is; after it the long run grows at most LONG_STEP a load week.
    const p = place(i, desired, false, i === 0 ? null : Math.max(UNIT_RULES[units].longMin, lastLong) + LONG_STEP[units]);
    weeks.push({ target: p.total, level: p.total, cutback: false, long: p.long });
    lastLoad = p.total;
    lastLong = i === 0 ? Math.max(lastLong, p.long) : p.long;
  }
  const peakWeeks = weeks.filter((w, i) => !w.cutback && !input.touchesRaceWindow(i));
  const peak = Math.max(...(peakWeeks.length > 0 ? peakWeeks : weeks).map((w) => w.level));
  const raceWindow = floorTenth(Math.min(peak * RACE_WINDOW_SHARE, input.raceWindowCapacity));
  for (const f of TAPER_STEPS[input.taperWeeks] ?? []) {
    const i = weeks.length;
    const p = input.touchesRaceWindow(i) ? null : place(i, floorTenth(peak * f), false, null);
    const t = p ? p.total : floorTenth(peak * f);
    weeks.push({ target: t, level: t, cutback: false, ...(p ? { long: p.long } : {}) });
  }
  weeks.push({ target: raceWindow, level: raceWindow, cutback: false });
  return { start, peak, raceWindow, weeks, notes };
}

/** The most a load week's long run grows over the last load week's (Higdon's plans add 1-2 mi a week). */
const LONG_STEP: Record<DistanceUnit, Hundredths> = { mi: 200, km: 300 };
/** A cutback week's long run: about three quarters of the last one (Higdon: 12 → 9, 18 → 13). */
export const LONG_CUTBACK_FACTOR = 0.75;
/** The long run of a taper week before the race window: about two thirds of the longest (20 → 13 mi). */
export const LONG_TAPER_FACTOR = 0.65;

const halfUnitFloor = (h: number) => Math.floor(h / 50 + 1e-9) * 50;

export interface LongRunTrackInput {
  cls: DistanceClass;
  units: DistanceUnit;
  /** The weeks planVolumes planned (taper and race week included). */
  weeks: readonly WeekVolume[];
  /** planVolumes' start volume. */
  start: Hundredths;
  /** The runner's long-run cap (distance and time, longRunCap). */
  longCap: Hundredths;
  taperWeeks: number;
  holdWeeks: number;
  firstWeekPartial: boolean;
  /** Weeks (0-based) whose days reach into the 7 days before the race. */
  touchesRaceWindow: (index: number) => boolean;
  /** A track race: the long run builds to TRACK_LONG_PEAK_MI, not the 5K's 8 mi. */
  trackRace?: boolean;
}

/**
 * The long run of every week (hundredths; 0 where the week plans none of its own: the race window's weeks).
 * A long run is built like a coach builds it, not as a fixed share of the week: it starts near a third of the
 * runner's current week, grows in even steps (at most 2 mi / 3 km a load week) to the distance's target
 * (LONG_PEAK_MI, within the distance and time caps) in the last load week before the taper — 3 weeks out for
 * a marathon, 2 for a half — drops to three quarters in cutback weeks, to two thirds of the peak in a taper
 * week, and never takes more than the distance's share of its own week (LONG_SHARE_MAX), so a runner with few
 * miles or few weeks gets the longest run those miles carry, not a leap. A base hold keeps the long run at a
 * third of the held week.
 */
export function longRunTrack(input: LongRunTrackInput): Hundredths[] {
  const { cls, units, weeks } = input;
  const r = UNIT_RULES[units].longMin;
  const share = (i: number) => longShareCap(weeks[i]!.target, LONG_SHARE_MAX[cls], units);
  const fit = (i: number, want: Hundredths): Hundredths => {
    const l = halfUnitFloor(Math.min(want, share(i), input.longCap));
    // Below the long-run minimum the week has no long run of its own: the allocator's share rule decides.
    return l >= r ? l : 0;
  };
  const preTaper = weeks.length - input.taperWeeks;
  const from = Math.max(r, halfUnitFloor(input.start * LONG_SHARE_TARGET[cls]));
  const peakVolume = Math.max(...weeks.slice(0, preTaper).map((w) => w.level));
  const peakLong = input.trackRace
    ? Math.min(input.longCap, scale(TRACK_LONG_PEAK_MI, units))
    : Math.min(input.longCap, Math.max(longRunPeakTarget(cls, units), halfUnitFloor(peakVolume * LONG_SHARE_TARGET[cls])));
  const loadIdx = weeks.map((w, i) => i).filter((i) => i >= input.holdWeeks && i < preTaper && !weeks[i]!.cutback);
  const out: Hundredths[] = new Array<Hundredths>(weeks.length).fill(0);
  let lastLoad = 0;
  let longest = 0;
  for (let i = 0; i < weeks.length; i++) {
    const w = weeks[i]!;
    if (input.touchesRaceWindow(i)) continue;
    let want: Hundredths;
    if (i >= preTaper) want = halfUnitFloor(longest * LONG_TAPER_FACTOR);
    else if (w.cutback) want = halfUnitFloor(Math.max(r, lastLoad * LONG_CUTBACK_FACTOR));
    else if (i < input.holdWeeks) want = Math.max(from, halfUnitFloor(w.target * LONG_SHARE_TARGET[cls]));
    else {
      // Even steps from where the runner is (or the base left them) to the peak, in the last load week.
      const k = loadIdx.indexOf(i);
      const base = lastLoad > 0 ? lastLoad : from;
      const remaining = loadIdx.length - k;
      const even = base + (peakLong - base) / Math.max(1, remaining);
      want = Math.min(lastLoad > 0 ? lastLoad + LONG_STEP[units] : from, Math.max(base, k === 0 && lastLoad === 0 ? from : even));
    }
    if (i === 0 && input.firstWeekPartial) want = Math.min(want, from);
    // Never shorter than the long run the week's volume was planned with: on few days the rest of the week
    // cannot take those miles (planVolumes grows the week only as far as that long run's step allows).
    const needs = i < preTaper && w.long !== undefined && !(i === 0 && input.firstWeekPartial) ? w.long : 0;
    out[i] = Math.max(fit(i, want), Math.min(needs, share(i)));
    if (!w.cutback && i < preTaper && out[i]! > 0) lastLoad = out[i]!;
    longest = Math.max(longest, out[i]!);
  }
  return out;
}
