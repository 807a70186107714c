/**
 * One week of a race plan, generated from the outline alone (weeks can be generated in any order, any
 * number of times). Dates are computed here: week 1 runs from the start date to its Sunday (a partial week
 * when the plan starts mid-week); every later week is Monday–Sunday.
 *
 * Day rules:
 *  - Runs fall on preferred days; other days are rest. Exceptions: the shakeout two days before the race
 *    and the race itself happen whatever the weekday; a preferred day is rest on the day before the race,
 *    after the race, and under the low-volume rule (allocate.ts) — each such rest day says why.
 *  - A partial first week is filled lightly: easy runs only.
 *  - Quality sessions start in build: build and peak use one or two quality slots (two with 5+ days in
 *    build, 4+ in peak), cutback weeks one, taper weeks one; base has none.
 *  - Race window = the 7 days before race day: no hard session, the day before is rest, two days before is
 *    a 2–4 mi (3–6.5 km) shakeout; those 7 days carry the outline's race-window volume (50 % of peak).
 *  - After the race: rest.
 */

import { addDays, daysBetween, isoWeekday } from '../dates.js';
import { allocate } from './allocate.js';
import type { Allocation, Slot } from './allocate.js';
import { allocatedTotal, allocateSlots, patternSlots } from './slots.js';
import { formatDuration, formatGoal, formatPace } from './durations.js';
import { applyExecution } from './execution.js';
import type { WeekExecution } from './execution.js';
import { easyLaps, longLaps, qualityLaps, qualitySize, raceLaps, SHARPENER_REPS, sharpenerLaps, sharpenerSize } from './laps.js';
import type { DayLaps, LapContext, LongFinish } from './laps.js';
import type { RaceOutline } from './outline.js';
import type { PhaseName } from './phases.js';
import type { DayType, Lap, RaceDay } from './race-day.js';
import type { IsoWeekday } from '../vocabulary.js';
import { dayHundredths } from './race-day.js';
import type { RaceRequest } from './race-request.js';
import { floorTenth, fromHundredths, toHundredths, UNIT_RULES } from './units.js';
import type { Hundredths } from './units.js';
import { paceZones } from './vdot.js';
import { ESTIMATED_PACE_NOTE } from './estimated-fitness.js';
import { LONG_CAP_MINUTES } from './volume.js';
import { COOL_WALK_MIN, estimatedHundredths, runWalkSession, WARM_WALK_MIN } from './run-walk.js';
import { HARD_EFFORTS } from './laps.js';
import { HARD_SHARE_MAX, isTrackRace } from './slots.js';
import type { PaceZones } from './vdot.js';

export interface RaceWeek {
  weekNumber: number;
  phase: PhaseName;
  startDate: string;
  endDate: string;
  /** Sum of every day's total, race included (the week's "miles" or "km"). */
  volume: number;
  /** Volume without the race itself: what progression, cutback and taper rules are measured on. */
  trainingVolume: number;
  partial: boolean;
  cutback: boolean;
  /** VDOT the paces of this week come from (the outline's, or raised by over-performance). */
  vdot: number;
  days: RaceDay[];
  version: number;
  changes: string[];
  /** Said to the runner on the week's first day: why the week holds back (execution.ts ExecutionEffect.held). */
  held?: string;
}

export interface GenerateWeekOptions {
  /** What the runner did in the week before (week N − 1). */
  previous?: WeekExecution;
  /**
   * VDOT from the runner's logged runs (adaptation/runs.ts: a race, or a pattern of quality runs), replacing
   * the outline's as the base the week's paces come from. Omit to use the outline's.
   */
  vdot?: number;
  /** Version of the week this one replaces (the latest stored); the result is version + 1. Omit for a first generation (version 1). */
  version?: number;
}

function dateRange(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  return Array.from({ length: n + 1 }, (_, i) => addDays(from, i));
}

/**
 * Distances of the race window's run days (race − 7 … race − 3 on preferred days, plus the shakeout at
 * race − 2). Computed from the outline alone so the two weeks the window may span agree.
 */
export function raceWindowAllocation(outline: RaceOutline, paces: PaceZones = outline.paces): Allocation[] {
  const { slots, budget, usual } = usualRaceWindow(outline, paces);
  const alloc = usual.some((a) => a.role === 'rest') ? smallRaceWindow(slots, budget, outline.units) : lastLongRun(outline, usual, budget, paces);
  return isTrackRace(outline.raceDistance, outline.units) ? trackRaceWindow(outline, alloc, budget, { units: outline.units, paces }) : alloc;
}

/**
 * A race window too small for a full easy run on each of its days (a 10 mi/week runner's 5K: 6.8 mi): the
 * race is the week's long effort and the long-run weekday a week out is a short race-week run, not a "last
 * longer run" (smallRaceWindow).
 */
export function isSmallRaceWindow(outline: RaceOutline): boolean {
  return usualRaceWindow(outline, outline.paces).usual.some((a) => a.role === 'rest');
}

function usualRaceWindow(outline: RaceOutline, paces: PaceZones): { slots: Slot[]; budget: Hundredths; usual: Allocation[] } {
  const preferred = new Set<number>(outline.pattern.trainingDays);
  const slots: Slot[] = [];
  for (let i = 0; i < 5; i++) {
    const date = addDays(outline.raceWindowStart, i);
    if (preferred.has(isoWeekday(date))) slots.push({ date, role: 'easy' });
  }
  slots.push({ date: addDays(outline.raceDate, -2), role: 'shakeout' });
  const budget = toHundredths(outline.raceWindowVolume);
  const usual = allocate(slots, budget, {
    units: outline.units,
    longCap: 0,
    weekVolume: budget,
    qualitySize: (t) => qualitySize(t, budget, { units: outline.units, paces }),
  });
  return { slots, budget, usual };
}

/**
 * An ultra's long run is time on feet at an effort held for hours: walk breaks from the start (the hills, and a
 * minute every 20-30) and fuel from the first hour, practising what race day will be (Koop; ACSM on carbohydrate
 * in events over 2.5 h: 30-60 g an hour and more).
 */
/**
 * The ultra long run said in hours (volume.ts caps it by time on feet, not miles): about how long it takes at
 * easy pace, and the cap, so a slow day on a hilly trail stops at the time rather than chasing the distance.
 */
export function ultraLongNote(distance: Hundredths, paces: PaceZones, units: RaceOutline['units']): string {
  const time = hoursOnFeet(distance, paces);
  const cap = LONG_CAP_MINUTES.ultra / 60;
  return `Long run by time on feet: about ${time}, easy - the time is the goal, not the ${units} (never past ${cap} h); walk the hills and a minute every 20-30 min, and eat 30-60 g of carbs an hour from the first hour (practise your race-day food and drink).`;
}

/**
 * A 50-mile, 100K or 100-mile race is run for hours on tired legs: its build and peak weeks (not cutbacks) train
 * that with back-to-back weekend long runs (Koerner, Koop): the long run, then next day a medium-long run of
 * about 60-70 % of it, both easy and by time on feet. A 50K keeps one long run. From 80 km (50 mi).
 */
export const BACK_TO_BACK_MIN_KM = 80;
/** The medium-long run's share of the long run: 65 % planned, 60 % the least worth calling a back-to-back. */
export const BACK_TO_BACK_SHARE = { target: 0.65, min: 0.6 } as const;

export function backToBackRace(outline: Pick<RaceOutline, 'distanceClass' | 'raceDistance' | 'units'>): boolean {
  const km = outline.units === 'mi' ? outline.raceDistance * 1.609344 : outline.raceDistance;
  return outline.distanceClass === 'ultra' && km >= BACK_TO_BACK_MIN_KM;
}

/**
 * The week's back-to-back weekend: the long run and a medium-long run the next day, the volume moved from the
 * other easy days (each down to an easy run's minimum), so the week keeps its volume and the 10 % rule. When the
 * day after the long-run day is an easy run day, the medium-long goes there; else (a Sunday long run) the long run
 * moves to the easy day before it (Saturday) and Sunday is the medium-long. Null when the week has no such pair or
 * its easy days cannot give the medium-long 60 % of the long run.
 */
export function backToBack(placed: readonly Allocation[], units: RaceOutline['units']): { placed: Allocation[]; long: string; mediumLong: string } | null {
  const r = UNIT_RULES[units];
  const long = placed.find((a) => a.role === 'long');
  if (!long) return null;
  const easyOn = (d: string) => placed.find((a) => a.date === d && a.role === 'easy');
  const after = easyOn(addDays(long.date, 1));
  const before = after ? undefined : easyOn(addDays(long.date, -1));
  const partner = after ?? before;
  if (!partner) return null;
  // Never a long run next to a quality day: the day before the pair and the day after it are no quality days.
  const first = after ? long.date : partner.date;
  const last = after ? partner.date : long.date;
  if (placed.some((a) => a.role === 'quality' && (a.date === addDays(first, -1) || a.date === addDays(last, 1)))) return null;
  const want = Math.round((long.distance * BACK_TO_BACK_SHARE.target) / 50) * 50;
  const least = Math.ceil((long.distance * BACK_TO_BACK_SHARE.min) / 10) * 10;
  // A tenth at a time from the longest easy day left, so the easy days come down evenly.
  const give = new Map<Allocation, Hundredths>();
  const donors = placed.filter((x) => x.role === 'easy' && x !== partner);
  const left = (a: Allocation) => a.distance - (give.get(a) ?? 0);
  for (let need = want - partner.distance; need > 0; need -= 10) {
    const a = donors.filter((x) => left(x) - 10 >= r.easy[0]).sort((x, y) => left(y) - left(x))[0];
    if (!a) break;
    give.set(a, (give.get(a) ?? 0) + 10);
  }
  const moved = [...give.values()].reduce((s, g) => s + g, 0);
  const ml = partner.distance + moved;
  if (ml < least) return null;
  const longDate = after ? long.date : partner.date;
  const mlDate = after ? partner.date : long.date;
  const out = placed.map((a): Allocation => {
    if (a === long) return { ...a, date: longDate };
    if (a === partner) return { date: mlDate, role: 'long', distance: ml };
    return give.has(a) ? { ...a, distance: a.distance - give.get(a)! } : a;
  });
  return { placed: out.sort((x, y) => (x.date < y.date ? -1 : 1)), long: longDate, mediumLong: mlDate };
}

/** The day-2 run of a back-to-back weekend, said in time on feet like the long run (ultraLongNote). */
export function mediumLongNote(distance: Hundredths, paces: PaceZones): string {
  return `Back-to-back: tired-legs practice for race day. Medium-long run by time on feet: about ${hoursOnFeet(distance, paces)}, easy on yesterday's legs; walk the hills, eat 30-60 g of carbs an hour.`;
}

function hoursOnFeet(distance: Hundredths, paces: PaceZones): string {
  const minutes = Math.round(((distance / 100) * ((paces.easy.min + paces.easy.max) / 2)) / 60 / 5) * 5;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h${m > 0 ? ` ${m} min` : ''}` : `${m} min`;
}

/** Sharpener days by preference: 4 days before the race, then 3, then 5 (the shakeout is at 2). */
const SHARPENER_DAYS_OUT = [4, 3, 5];
/** Easy runs a miler's race window keeps besides the sharpener and the shakeout. */
const TRACK_WINDOW_EASY_MAX = 2;

/**
 * A mile (1500 m, 3000 m) taper is short and sharp, not a 5K's week of easy running: the race window keeps its
 * volume share but on fewer days, and one preferred day 3-5 days out is a sharpener (laps.ts sharpenerLaps: 4
 * reps at R pace), so intensity stays while volume drops (Mujika & Padilla's taper review: hold intensity, cut
 * volume 40-60 %, frequency a little). The other days: the shakeout, at most TRACK_WINDOW_EASY_MAX easy runs
 * (the window's first day first: last week's long-run day), the rest taper rest. A window too small for the
 * sharpener, the shakeout's minimum and nothing else keeps the 5K's window.
 */
function trackRaceWindow(outline: RaceOutline, alloc: Allocation[], budget: Hundredths, ctx: LapContext): Allocation[] {
  const r = UNIT_RULES[outline.units];
  const preferred = new Set<number>(outline.pattern.trainingDays);
  const sharpDate = SHARPENER_DAYS_OUT.map((n) => addDays(outline.raceDate, -n)).find((d) => preferred.has(isoWeekday(d)) && alloc.some((a) => a.date === d));
  const shake = alloc.find((a) => a.role === 'shakeout');
  const sharp = sharpenerSize(ctx);
  if (!sharpDate || !shake || budget < sharp + r.shakeout[0]) return alloc;
  const easy = alloc.filter((a) => a.date !== sharpDate && a.role === 'easy');
  // Kept: the window's first day (the last longer run keeps its size), then the days nearest the race.
  const order = easy.length > 1 ? [easy[0]!, ...easy.slice(1).reverse()] : easy;
  const kept = order.slice(0, TRACK_WINDOW_EASY_MAX).map((a) => ({ date: a.date, distance: a.distance }));
  let shakeDist = shake.distance;
  const avail = () => budget - sharp - shakeDist;
  const sum = () => kept.reduce((t, a) => t + a.distance, 0);
  // Too much: the later days give way to a recovery run's length, then the first day, then the shakeout,
  // then the day nearest the race is dropped.
  while (sum() > avail()) {
    const over = sum() - avail();
    const give = [...kept.slice(1).reverse(), kept[0]].find((a) => a !== undefined && a.distance > r.recovery[0]);
    if (give) give.distance -= Math.min(over, give.distance - r.recovery[0]);
    else if (shakeDist > r.shakeout[0]) shakeDist -= Math.min(over, shakeDist - r.shakeout[0]);
    else if (kept.length > 0) kept.pop();
    else return alloc;
  }
  // Too little (the dropped days' share): the shakeout up to its planned size, then the first day.
  let spare = avail() - sum();
  const toShake = Math.min(spare, Math.max(0, r.shakeoutPlanned - shakeDist));
  shakeDist += toShake;
  spare -= toShake;
  if (spare > 0 && kept[0]) kept[0].distance += spare;
  else shakeDist += spare;
  if (shakeDist > r.shakeout[1] || (kept[0] && kept[0].distance > r.easy[1])) return alloc;
  const byDate = new Map(kept.map((a) => [a.date, a.distance]));
  return alloc.map((a): Allocation => {
    if (a.date === sharpDate) return { date: a.date, role: 'quality', quality: 'repetition', distance: sharp };
    if (a.role === 'shakeout') return { ...a, distance: shakeDist };
    if (a.role !== 'easy') return a;
    return byDate.has(a.date) ? { ...a, distance: byDate.get(a.date)! } : { date: a.date, role: 'rest', distance: 0 };
  });
}

/** Whether `date` is a miler's race-week sharpener (trackRaceWindow) rather than a training-week session. */
function isSharpener(outline: RaceOutline, date: string): boolean {
  return isTrackRace(outline.raceDistance, outline.units) && date >= outline.raceWindowStart && date < outline.raceDate;
}

/** The last long run, a week out, as a share of the plan's longest (Higdon's novice marathon: 8 mi after a 20). */
export const LAST_LONG_SHARE = 0.5;

/**
 * The long-run weekday a week out, the race window's first or second day (a race on the long-run day, or
 * the day before it: a Saturday race after Sunday long runs): the last longer run before the race.
 */
export function isLastLongRunDay(outline: RaceOutline, date: string): boolean {
  return (
    (date === outline.raceWindowStart || date === addDays(outline.raceWindowStart, 1)) &&
    isoWeekday(date) === outline.pattern.longRunDay &&
    outline.pattern.trainingDays.includes(outline.pattern.longRunDay)
  );
}

/**
 * A race on (or the day after) the long-run weekday puts the week-out long-run day in the race window, where
 * an even share made it the window's shortest run (5.6 mi the Sunday before a marathon). It runs about half the
 * plan's longest long run instead, as easy running, taken from the race week's days while each keeps a full
 * easy run (3 mi / 5 km) and the shakeout its size: the window's volume does not change.
 *
 * It is also the long run of its own week, so it is longer than that week's other runs (longestBefore): a
 * half marathon 4 weeks out at 20 mi/week had a 2 mi "last longer run" after 3.2 mi easy runs and a 4.1 mi
 * interval session. When the window is too small for that and a full easy run on every race-week day, the
 * race-week days shrink to a recovery run (2 mi / 3 km), then the ones furthest from the race rest (race-week
 * runs are meant to be few and short), the days nearest the shakeout kept.
 */
function lastLongRun(outline: RaceOutline, alloc: Allocation[], budget: Hundredths, paces: PaceZones): Allocation[] {
  const first = alloc.find((a) => isLastLongRunDay(outline, a.date));
  if (!first || first.role !== 'easy') return alloc;
  const r = UNIT_RULES[outline.units];
  const others = alloc.filter((a) => a !== first && a.role === 'easy');
  const fixed = alloc.filter((a) => a !== first && a.role !== 'easy').reduce((s, a) => s + a.distance, 0);
  const peakLong = Math.max(0, ...outline.weeks.map((w) => toHundredths(w.longRun ?? 0)));
  const share = Math.floor((peakLong * LAST_LONG_SHARE) / 50) * 50;
  const beat = longestBefore(outline, first.date, paces);
  // Never past the minutes the runner has for one run (outline runTime).
  const timeCap = outline.runTime ? toHundredths(outline.runTime.cap) : r.easy[1];
  const must = Math.min(beat > 0 ? Math.ceil((beat + 1) / 50) * 50 : 0, r.easy[1], timeCap);
  const want = Math.max(share, must);
  // Every race-week day a full easy run when that leaves the week's long run longer than its other runs; else
  // the most days that do, each a full easy run if possible, else a recovery run.
  let keep = others.length;
  let per: Hundredths = r.easy[0];
  const fits = (k: number, d: Hundredths) => budget - fixed - k * d >= must;
  outer: for (; keep >= 0; keep--) {
    for (const d of [r.easy[0], r.recovery[0]]) if (fits(keep, d)) { per = d; break outer; }
  }
  if (keep < 0) { keep = 0; per = r.easy[0]; }
  // Dropped first: the race-week days furthest from the race.
  const kept = others.slice(others.length - keep);
  const distance = Math.min(want, r.easy[1], timeCap, budget - fixed - kept.length * per);
  if (distance <= first.distance) return alloc;
  const rest = budget - fixed - distance;
  const tenths = kept.length > 0 ? Math.floor(rest / 10) : 0;
  const base = kept.length > 0 ? Math.floor(tenths / kept.length) : 0;
  const extra = tenths - base * kept.length;
  const odd = rest - tenths * 10;
  const sized = new Map<Allocation, Hundredths>(kept.map((a, i) => [a, (base + (i < extra ? 1 : 0)) * 10 + (i === kept.length - 1 ? odd : 0)]));
  return alloc.map((a): Allocation => {
    if (a === first) return { ...a, distance };
    if (sized.has(a)) return { ...a, distance: sized.get(a)! };
    if (others.includes(a)) return { date: a.date, role: 'rest', distance: 0 };
    return a;
  });
}

/**
 * The longest run the week holding `date` has before the race window, laid out as an ordinary week at the week
 * before's level (usualDayCaps): what the week's last long run must beat to be its long run.
 */
function longestBefore(outline: RaceOutline, date: string, paces: PaceZones): Hundredths {
  const idx = outline.weeks.findIndex((w) => date >= w.startDate && date <= w.endDate);
  // The plan's first week is the runner's usual running, not a built long run: the race week keeps its runs.
  if (idx <= 0) return 0;
  const ow = outline.weeks[idx]!;
  const dates = dateRange(ow.startDate, ow.endDate);
  const caps = usualDayCaps(outline, idx + 1, paces, dates, false);
  return Math.max(0, ...[...caps].filter(([d]) => d < outline.raceWindowStart).map(([, h]) => h));
}

/**
 * A race window too small for a full easy run on every day (a 10 mi/week runner's 5K: 6.8 mi over the
 * 7 days): the usual low-volume rule drops the latest easy days first and leaves the race week with only
 * the shakeout. Race-week runs are meant to be short, so here the days nearest the race are kept, each at
 * least a recovery run (2 mi / 3 km), and the shakeout gives up distance down to its minimum to make room:
 * 6.8 mi = shakeout 2 + Mon 2.4 + Wed 2.4, and the earlier day (last Saturday) rests.
 */
function smallRaceWindow(slots: readonly Slot[], budget: Hundredths, units: RaceOutline['units']): Allocation[] {
  const r = UNIT_RULES[units];
  const easy = slots.filter((s) => s.role === 'easy');
  const fits = (k: number) => k === 0 || floorTenth((budget - r.shakeout[0]) / k) >= r.recovery[0];
  let k = easy.length;
  while (k > 0 && !fits(k)) k--;
  // Kept first: the last easy day before the shakeout (the race week's own run), then the window's first day
  // (the week before's usual run, often its long-run day), then the others from the race backwards.
  const order = easy.length > 1 ? [easy[easy.length - 1]!, easy[0]!, ...easy.slice(1, -1).reverse()] : easy;
  const kept = new Set(order.slice(0, k).map((s) => s.date));
  // The shakeout keeps its planned size when the kept days can still have a full easy run each.
  const shake = Math.max(r.shakeout[0], Math.min(r.shakeoutPlanned, budget - k * r.easy[0]));
  const per = k > 0 ? Math.min(r.easy[1], floorTenth((budget - shake) / k)) : 0;
  return slots.map((s) => {
    if (s.role === 'shakeout') return { ...s, distance: Math.min(r.shakeout[1], Math.max(r.shakeout[0], budget - per * k)) };
    return kept.has(s.date) ? { ...s, distance: per } : { ...s, role: 'rest' as const, distance: 0 };
  });
}

/**
 * The most each preferred day of a week reaching into the race window may carry outside it: what that day
 * runs in the same week laid out at the week before's level (its volume and long run, the long run on its
 * day). The window takes the long-run day of a race on the long-run weekday; its share must not be poured
 * onto an easy day (a 16 km "easy" run 12 days before a 10K), nor a quality day turned easy grow past it.
 */
function usualDayCaps(outline: RaceOutline, weekNumber: number, paces: PaceZones, weekDates: readonly string[], noQuality: boolean): Map<string, Hundredths> {
  const ow = outline.weeks[weekNumber - 1]!;
  const ref = outline.weeks[weekNumber - 2] ?? ow;
  const level = toHundredths(ref.targetVolume);
  const longTarget = ref.longRun ? toHundredths(ref.longRun) : undefined;
  const preferred = new Set<number>(outline.pattern.trainingDays);
  const all = weekDates.filter((d) => preferred.has(isoWeekday(d)));
  const usual = allocateSlots({ ...outline, paces }, patternSlots(outline, ref, all, level, noQuality), level, level, level, longTarget);
  return new Map(usual.map((a) => [a.date, a.distance]));
}

/**
 * A cutback week keeps the load week's run days, each shorter (down to a recovery run), rather than dropping
 * a day and pouring its miles onto the others: a 3-day runner's 15.6 km cutback was 7.8 + 7.8 after a
 * 6.7 + 6.7 + 6.7 week, its long run up 16 %. The load week before it (as laid out on its own) sets how
 * many easy days it may keep.
 */
function cutbackKeepDays(outline: RaceOutline, weekNumber: number, paces: PaceZones, dates: readonly string[], noQuality: boolean): { maxEasy: number } | undefined {
  const ow = outline.weeks[weekNumber - 1]!;
  const ref = outline.weeks[weekNumber - 2];
  if (!ref || ref.partial || ref.cutback) return undefined;
  const level = toHundredths(ref.targetVolume);
  const refLong = ref.longRun ? toHundredths(ref.longRun) : undefined;
  const before = allocateSlots({ ...outline, paces }, patternSlots(outline, ref, dates, level, noQuality), level, level, level, refLong);
  const runs = before.filter((a) => a.role !== 'rest').length;
  const fixed = patternSlots(outline, ow, dates, toHundredths(ow.targetVolume), noQuality).filter((s) => s.role !== 'easy').length;
  return { maxEasy: Math.max(0, runs - fixed) };
}

/**
 * Every non-hard day is easy: "moderate" is never a default day. A short one (under a full easy run) is a
 * recovery run only when it follows a hard day — that is what a recovery run is for; a low-mileage week's
 * 2 mi after a rest day is an easy run, and says so.
 */
function dayTypeFor(a: Allocation, units: RaceOutline['units'], afterHard: boolean): DayType {
  const r = UNIT_RULES[units];
  if (a.role === 'rest') return 'rest';
  if (a.role === 'long') return 'long';
  if (a.role === 'shakeout') return 'shakeout';
  if (a.role === 'quality' && a.quality) return a.quality;
  if (a.distance < r.easy[0] && afterHard) return 'recovery';
  return 'easy';
}

/**
 * Whether the day before `date` carries a hard run: a long run or quality session of this week, or — for the
 * week's first day — the pattern's long-run or quality weekday of the week before.
 */
function followsHardDay(date: string, alloc: ReadonlyMap<string, Allocation>, outline: RaceOutline, weekStart: string): boolean {
  const before = addDays(date, -1);
  if (before < weekStart) {
    const wd = isoWeekday(before) as IsoWeekday;
    return outline.pattern.trainingDays.includes(wd) && (wd === outline.pattern.longRunDay || outline.pattern.qualityDays.includes(wd));
  }
  const a = alloc.get(before);
  return a !== undefined && (a.role === 'long' || a.role === 'quality');
}

/**
 * The shakeout stays two days before the race whatever the weekday (seed 004's race-week rule: race − 2 is a
 * 2-4 mi shakeout, race − 1 rest; a shakeout the day before is its other choice, but a rest day there is the
 * safer default for a runner new to racing). On a day the runner does not usually run, the note says why it moved.
 */
export const SHAKEOUT_NOTE = 'Shakeout two days before the race: easy, legs loose.';
export const SHAKEOUT_OFF_DAY_NOTE = `${SHAKEOUT_NOTE} Not one of your usual run days: it is the one run race week asks you to move, to keep your legs awake for race day. If you can't, rest today and jog 15 min tomorrow instead.`;
function shakeoutNote(onARunDay: boolean): string {
  return onARunDay ? SHAKEOUT_NOTE : SHAKEOUT_OFF_DAY_NOTE;
}

function restDay(date: string, notes: string): RaceDay {
  return { date, dayNumber: isoWeekday(date), type: 'rest', warmup: [], workout: [], cooldown: [], total: 0, notes };
}

/**
 * With estimated fitness (estimated-fitness.ts) a marathon pace would be an invented race pace: those laps
 * run by feel (no pace goal), everything else keeps its estimated pace.
 */
function byFeel(outline: RaceOutline, laps: DayLaps): DayLaps {
  if (outline.fitnessSource !== 'estimated') return laps;
  const feel = (l: Lap): Lap => (l.effort === 'marathon pace' ? { ...l, paceGoal: null, description: 'marathon effort by feel (no race yet to set a pace)' } : l);
  return { warmup: laps.warmup.map(feel), workout: laps.workout.map(feel), cooldown: laps.cooldown.map(feel) };
}

function runDay(date: string, type: DayType, laps: DayLaps, notes: string): RaceDay {
  return { date, dayNumber: isoWeekday(date), type, ...laps, total: fromHundredths(dayHundredths(laps)), notes };
}

/**
 * Generate week `weekNumber` of the plan. With `opts.previous` (last week's execution) the week adapts:
 * see execution.ts for the rules; `changes` says what moved and why.
 */
export function generateRaceWeek(req: RaceRequest, outline: RaceOutline, weekNumber: number, opts: GenerateWeekOptions = {}): RaceWeek {
  const ow = outline.weeks[weekNumber - 1];
  if (!ow) throw new RangeError(`week ${weekNumber} is outside this ${outline.totalWeeks}-week plan`);
  if (req.raceDate !== outline.raceDate || req.startDate !== outline.startDate || req.units !== outline.units) {
    throw new Error('the outline was built from a different request (dates or units differ)');
  }
  if (outline.runWalk) return generateRunWalkWeek(outline, weekNumber, opts);
  const units = outline.units;
  const u = units;
  const rules = UNIT_RULES[units];
  const baseVdot = opts.vdot ?? outline.vdot;
  const effect = applyExecution(outline, weekNumber, baseVdot, opts.previous);
  const paces = effect.vdot === outline.vdot ? outline.paces : paceZones(effect.vdot, units);
  const ctx: LapContext = { units, paces };
  const changes = [...(baseVdot !== outline.vdot ? [`Paces from VDOT ${baseVdot} (your logged runs), not the plan's ${outline.vdot}.`] : []), ...effect.changes];

  let target = toHundredths(ow.targetVolume);
  if (effect.volumeCap !== null && effect.volumeCap < target) target = effect.volumeCap;

  const race = outline.raceDate;
  const windowStart = outline.raceWindowStart;
  const preferred = new Set<number>(outline.pattern.trainingDays);
  const dates = dateRange(ow.startDate, ow.endDate);
  const inWindow = (d: string) => d >= windowStart && d < race;

  const windowAlloc = new Map<string, Allocation>();
  if (dates.some(inWindow)) for (const a of raceWindowAllocation(outline, paces)) windowAlloc.set(a.date, a);

  // Slots outside the race window, before race day.
  const outside = dates.filter((d) => d < windowStart && preferred.has(isoWeekday(d)));
  const touchesWindow = dates.some((d) => d >= windowStart);
  const windowInWeek = dates.reduce((s, d) => s + (windowAlloc.get(d)?.distance ?? 0), 0);
  // A week reaching into the race window never exceeds its target (the window's days come out of it), and
  // its days outside the window get no more than their usual share of the week.
  const runDays = outline.pattern.trainingDays.length;
  // The long run the outline built to, unless an adaptation cut the week (then its share of what is left).
  const longTarget = effect.volumeCap !== null && effect.volumeCap < toHundredths(ow.targetVolume) ? undefined : ow.longRun ? toHundredths(ow.longRun) : undefined;
  const outsideBudget = touchesWindow ? Math.max(0, Math.min(target - windowInWeek, floorTenth((target * outside.length) / runDays))) : target;
  // ...and each of them no more than it runs in an ordinary week at the week before's level (usualDayCaps).
  const caps = touchesWindow && outside.length > 0 ? usualDayCaps(outline, weekNumber, paces, dates, effect.noQuality) : null;
  const keepDays = ow.cutback && !touchesWindow ? cutbackKeepDays(outline, weekNumber, paces, outside, effect.noQuality) : undefined;
  // The last longer run (a week out, in the window) stays its week's longest run: the days before it are
  // at least half a unit shorter (a 4-day 5K at 70 km/week: a 19 km tempo day beside a 16 km last longer run).
  const lastLongA = touchesWindow && !isSmallRaceWindow(outline) ? [...windowAlloc.values()].find((a) => dates.includes(a.date) && isLastLongRunDay(outline, a.date) && a.role === 'easy') : undefined;
  // Not when that is under a full easy run (a race 12 days away: its first week is the runner's usual running).
  const lastLongCap = lastLongA && lastLongA.distance - 50 >= rules.easy[0] ? lastLongA.distance - 50 : null;
  // A quality day keeps its session whole: cut to the session itself, or leave at least a warm-up lap's extra.
  const capDay = (a: Allocation, cap: Hundredths): Allocation => {
    if (a.distance <= cap) return a;
    if (a.role !== 'quality' || !a.quality) return { ...a, distance: cap };
    const size = qualitySize(a.quality, target, ctx);
    const extra = cap - size;
    return { ...a, distance: extra < rules.warmLap[0] ? Math.min(a.distance, size) : cap };
  };
  let holds = touchesWindow ? outsideBudget + windowInWeek : target;
  let placed: Allocation[] = [];
  // A week reaching into the race window may place less than its budget: quality is admitted again on what
  // it really holds, so hard running stays within its share of the real week (slots.ts HARD_SHARE_MAX).
  for (let k = 0; k < 3; k++) {
    const slots = patternSlots(outline, ow, outside, target, effect.noQuality, holds);
    placed = allocateSlots({ ...outline, paces }, slots, outsideBudget, outsideBudget + windowInWeek, target, longTarget, keepDays);
    // Quality days too: a tempo that took the window's share was longer than the last longer run (5K at 60 mi/week: 10.9 mi beside 9.5).
    if (caps) placed = placed.map((a) => ((a.role === 'easy' || a.role === 'quality') && (caps.get(a.date) ?? 0) > 0 ? capDay(a, caps.get(a.date)!) : a));
    if (lastLongCap !== null) placed = placed.map((a) => (a.role === 'easy' || a.role === 'quality' ? capDay(a, lastLongCap) : a));
    const real = allocatedTotal(placed) + windowInWeek;
    if (!touchesWindow || real >= holds) break;
    holds = real;
  }
  // Back-to-back weekend long runs in an ultra's build and peak (not a cutback, not the race window).
  const b2b = backToBackRace(outline) && (ow.phase === 'build' || ow.phase === 'peak') && !ow.cutback && !ow.partial && !touchesWindow ? backToBack(placed, units) : null;
  if (b2b) placed = b2b.placed;
  const alloc = new Map<string, Allocation>();
  for (const a of placed) alloc.set(a.date, a);

  let finish: LongFinish =
    outline.pattern.qualityDays.length === 0 && (ow.phase === 'build' || ow.phase === 'peak') && !effect.noQuality
      ? 'threshold'
      : ow.phase === 'peak' && (outline.distanceClass === 'marathon' || outline.distanceClass === 'half') && !effect.noQuality
        ? 'marathon'
        : 'none';
  // A fast finish only while the week's hard running stays within its share (slots.ts HARD_SHARE_MAX).
  if (finish !== 'none') {
    const longA = [...alloc.values()].find((a) => a.role === 'long');
    const hardSoFar = [...alloc.values()]
      .filter((a) => a.role === 'quality' && a.quality)
      .reduce((s, a) => s + qualityLaps(a.quality!, target, ctx, a.distance).workout.filter((l) => HARD_EFFORTS.has(l.effort)).reduce((x, l) => x + toHundredths(l.distance), 0), 0);
    const fast = longA ? longLaps(longA.distance, finish, ctx).workout.filter((l) => HARD_EFFORTS.has(l.effort)).reduce((x, l) => x + toHundredths(l.distance), 0) : 0;
    // Measured on what the week really holds: a week reaching into the race window holds less than its target.
    const real = allocatedTotal(placed) + windowInWeek;
    if (!longA || hardSoFar + fast > Math.min(target, real) * HARD_SHARE_MAX) finish = 'none';
  }
  // Each day's allocation, the race window's days from the window's.
  const dayAlloc = new Map<string, Allocation>([...alloc, ...[...windowAlloc].filter(([d]) => inWindow(d))]);
  const strides = `Finish with 4 × 20 s strides at about ${formatPace(paces.repetition)}/${u} (relaxed, full recovery).`;
  let stridesGiven = ow.phase === 'taper' || ow.partial;
  const hasEasy = placed.some((a) => a.role === 'easy' && a.distance >= rules.easy[0]);

  const days: RaceDay[] = dates.map((date) => {
    if (date > race) return restDay(date, 'After the race: rest. Walk if you like.');
    if (date === race) return raceDay(outline, ctx, date);
    if (date === addDays(race, -1)) return restDay(date, 'Day before the race: rest. Lay out your kit.');
    const a = inWindow(date) ? windowAlloc.get(date) : alloc.get(date);
    const wd = isoWeekday(date);
    if (!a) return restDay(date, preferred.has(wd) ? 'Rest.' : 'Rest day.');
    if (a.role === 'rest') {
      return restDay(
        date,
        inWindow(date)
          ? 'Taper rest: the race week keeps volume low.'
          : `Rest: this week's ${fromHundredths(target)} ${u} does not spread over every run day without runs under ${rules.easy[0] / 100} ${u}.`,
      );
    }
    // A partial first week has no hard day behind it: its short runs keep their "easy start" (to-workout.ts).
    const type = dayTypeFor(a, units, ow.partial || followsHardDay(date, dayAlloc, outline, ow.startDate));
    if (type === 'long' && date === b2b?.mediumLong) return { ...runDay(date, 'long', byFeel(outline, longLaps(a.distance, 'none', ctx)), mediumLongNote(a.distance, paces)), mediumLong: true };
    if (type === 'long') {
      const laps = byFeel(outline, longLaps(a.distance, finish, ctx));
      const why =
        finish === 'marathon'
          ? 'Long run with a marathon-pace finish: race-specific endurance.'
          : finish === 'threshold'
            ? 'Long run with a short threshold finish: this week\'s quality rides on the long run.'
            : outline.distanceClass === 'ultra'
              ? ultraLongNote(a.distance, paces, units)
              : 'Long run: easy pace, time on feet.';
      return runDay(date, 'long', laps, why);
    }
    if (type === 'tempo' || type === 'intervals' || type === 'marathon_pace' || type === 'repetition') {
      const est = outline.fitnessSource === 'estimated';
      const notes = {
        tempo: `Tempo: threshold pace ${est ? '~' : ''}${formatPace(paces.threshold)}/${u}, comfortably hard${est ? ` (${ESTIMATED_PACE_NOTE})` : ''}.`,
        intervals: `Intervals at ${est ? '~' : ''}${formatPace(paces.interval)}/${u}; jog easy between reps.`,
        repetition: `Reps at ${est ? '~' : ''}${formatPace(paces.repetition)}/${u}: fast, relaxed form, jog the full recovery between.`,
        marathon_pace: est
          ? 'Marathon-pace run by feel: the effort you could hold for hours, no target pace until a race or time trial sets one.'
          : `Marathon-pace run at ${formatPace(paces.marathon)}/${u}.`,
      }[type];
      if (type === 'repetition' && isSharpener(outline, date)) {
        return runDay(date, type, sharpenerLaps(ctx), `Race-week sharpener: ${SHARPENER_REPS} short reps at ${est ? '~' : ''}${formatPace(paces.repetition)}/${u}, race rhythm, full recovery between. Volume is down this week; the speed stays.`);
      }
      return runDay(date, type, byFeel(outline, qualityLaps(type, target, ctx, a.distance)), notes);
    }
    if (type === 'shakeout') return runDay(date, 'shakeout', easyLaps('shakeout', a.distance, ctx), shakeoutNote(preferred.has(wd)));
    const kind = type as 'easy' | 'moderate' | 'recovery';
    let note = kind === 'recovery' ? (ow.partial ? 'Easy start: short and very easy.' : 'Recovery run: short and very easy.') : kind === 'moderate' ? 'Steady aerobic run.' : 'Easy run, conversational pace.';
    if (inWindow(date)) {
      note = !isLastLongRunDay(outline, date)
        ? 'Race week: easy and short.'
        : isSmallRaceWindow(outline)
          ? SMALL_WINDOW_WEEK_OUT
          : kind === 'easy' && a.distance > (windowAlloc.get(addDays(race, -2))?.distance ?? 0)
            ? 'Last longer run before the race: easy pace, well short of your long runs.'
            : 'Race week: easy and short.';
    }
    if (effect.keepEasy) note += ' Keep it truly easy: slower than you ran last week.';
    // A low-mileage runner's offered days are short runs (allocate.ts): the week's first one still carries the
    // strides when the week has no full easy run.
    const stridesDay = kind === 'easy' || (kind === 'recovery' && !ow.partial && !ow.cutback && !hasEasy);
    if (!stridesGiven && stridesDay && (ow.phase === 'base' || ow.phase === 'build')) {
      // A base before a far race alternates strides with short hill sprints (power and economy, little fatigue).
      note += ` ${weekNumber <= outline.holdWeeks && weekNumber % 2 === 0 ? HILL_SPRINTS : strides}`;
      stridesGiven = true;
    }
    return runDay(date, kind, easyLaps(kind, a.distance, ctx), note);
  });

  const volumeH = days.reduce((s, d) => s + dayHundredths(d), 0);
  const raceH = days.filter((d) => d.type === 'race').reduce((s, d) => s + dayHundredths(d), 0);
  const trainingH = volumeH - raceH;
  const planned = toHundredths(ow.targetVolume);
  if (!touchesWindow && trainingH < planned - 5 && effect.volumeCap === null) {
    changes.push(`Week holds ${fromHundredths(trainingH)} ${u} of the planned ${ow.targetVolume}: the run days carry no more under the day rules.`);
  }
  const version = (opts.version ?? 0) + 1;
  if (changes.length === 0) {
    changes.push(version === 1 ? `Week ${weekNumber} generated from the outline (${ow.phase}).` : `Week ${weekNumber} regenerated: no change from the outline.`);
  }
  return {
    weekNumber,
    phase: ow.phase,
    startDate: ow.startDate,
    endDate: ow.endDate,
    volume: fromHundredths(volumeH),
    trainingVolume: fromHundredths(trainingH),
    partial: ow.partial,
    cutback: ow.cutback,
    vdot: effect.vdot,
    days,
    version,
    changes,
    ...(effect.held ? { held: effect.held } : {}),
  };
}

/**
 * The long-run weekday a week out when the race window is small (isSmallRaceWindow): a short easy run, no
 * long run; the race itself is the week's long effort.
 */
export const SMALL_WINDOW_WEEK_OUT = 'Race week: easy and short. No long run this week: the race is the effort that counts, so arrive fresh.';

const HILL_SPRINTS = 'Finish with 6 x 10 s hill sprints on a steep hill (walk back down, full recovery).';

function raceDay(outline: RaceOutline, ctx: LapContext, date: string): RaceDay {
  if (outline.fitnessSource === 'estimated' || outline.runWalk) {
    // Nothing measured (or a first race after run/walk): no race pace and no predicted time, only how to pace it.
    const short = outline.distanceClass === '5k' || outline.distanceClass === '10k';
    const s = SHORT_RACE_WARM[ctx.units];
    const d = toHundredths(outline.raceDistance);
    const laps = outline.runWalk
      ? { warmup: [walkLap(1, WARM_WALK_MIN, ctx.units, 'brisk walk to warm up')], workout: [{ lapIndex: 1, distance: d / 100, paceGoal: null, hrZone: null, effort: 'race pace' as const, description: `${outline.raceName}: run/walk the pattern you trained, by feel` }], cooldown: [walkLap(1, COOL_WALK_MIN, ctx.units, 'walk to cool down')] }
      : raceLaps(d, 0, short, ctx, `${outline.raceName} by feel`);
    if (!outline.runWalk) laps.workout = laps.workout.map((l) => ({ ...l, paceGoal: null }));
    void s;
    const notes = outline.runWalk
      ? `Race day: ${outline.raceName}. Start slower than feels right and keep your run/walk rhythm; finishing strong is the goal. No target time: this is your first measured one.`
      : `Race day: ${outline.raceName}. Start at an effort you could hold twice as long, then build; no target time until you have a race or time trial logged.`;
    return runDay(date, 'race', laps, notes);
  }
  const g = outline.goal;
  const useGoal = g !== null && g.delta >= -0.03;
  const pace = useGoal ? g.paceSecPerUnit : outline.racePaceSecPerUnit;
  const target = useGoal ? g.timeSec : outline.racePrediction;
  const short = outline.distanceClass === '5k' || outline.distanceClass === '10k';
  const laps = raceLaps(toHundredths(outline.raceDistance), pace, short, ctx, `${outline.raceName} at ${formatPace(pace)}/${ctx.units} (${formatDuration(target)})`);
  let notes = `Race day: ${outline.raceName}. Even pace at ${formatPace(pace)}/${ctx.units} for ${formatDuration(target)}.`;
  if (g && !useGoal) notes += ` Your goal ${formatGoal(g.timeSec)} is faster than today's fitness: start at this pace and push only after halfway.`;
  return runDay(date, 'race', laps, notes);
}


const SHORT_RACE_WARM: Record<RaceOutline['units'], number> = { mi: 100, km: 150 };

function walkLap(index: number, minutes: number, units: RaceOutline['units'], description: string) {
  return { lapIndex: index, distance: estimatedHundredths(minutes * 60, 0, 1e9, units) / 100, paceGoal: null, hrZone: 1, effort: 'walk' as const, description: `${description} (${minutes} min)` };
}

/**
 * A run/walk week (run-walk.ts): every planned day before the last two days before the race is a timed
 * session at the week's stage; two days before the race is a short session, the day before is rest.
 * Re-entry: when the week before was missed (fewer sessions than planned) the stage repeats the last one
 * done; when nothing was run it steps back one stage.
 */
function generateRunWalkWeek(outline: RaceOutline, weekNumber: number, opts: GenerateWeekOptions): RaceWeek {
  const rw = outline.runWalk!;
  const ow = outline.weeks[weekNumber - 1]!;
  const units = outline.units;
  const changes: string[] = [];
  let stage = rw.stages[weekNumber - 1]!;
  const prev = opts.previous;
  if (prev && prev.weekNumber === weekNumber - 1 && prev.completedDays < prev.plannedDays) {
    const last = rw.stages[weekNumber - 2] ?? 0;
    stage = Math.min(stage, prev.completedDays === 0 ? Math.max(0, last - 1) : last);
    changes.push(
      prev.completedDays === 0
        ? `Week ${prev.weekNumber}: no sessions done, so this week steps back one run/walk stage.`
        : `Week ${prev.weekNumber}: ${prev.completedDays} of ${prev.plannedDays} sessions, so this week repeats last week's run/walk.`,
    );
  }
  const ctx: LapContext = { units, paces: outline.paces };
  const preferred = new Set<number>(outline.pattern.trainingDays);
  const race = outline.raceDate;
  const jog = outline.paces.easy.max;
  const days: RaceDay[] = dateRange(ow.startDate, ow.endDate).map((date) => {
    if (date > race) return restDay(date, 'After the race: rest. Walk if you like.');
    if (date === race) return raceDay(outline, ctx, date);
    if (date === addDays(race, -1)) return restDay(date, 'Day before the race: rest. Lay out your kit.');
    const sharp = date === addDays(race, -2);
    if (!preferred.has(isoWeekday(date))) return restDay(date, 'A walk is fine; no running today.');
    const minutes = sharp ? Math.max(20, Math.min(rw.sessionMinutes, 25)) : rw.sessionMinutes;
    const s = runWalkSession(stage, minutes);
    const main = estimatedHundredths(s.reps * s.walkSec, s.reps * s.runSec, jog, units);
    const laps: DayLaps = {
      warmup: [walkLap(1, WARM_WALK_MIN, units, 'brisk walk')],
      workout: [{ lapIndex: 1, distance: main / 100, paceGoal: null, hrZone: 2, effort: 'run-walk', description: s.pattern }],
      cooldown: [walkLap(1, COOL_WALK_MIN, units, 'easy walk')],
    };
    const notes = sharp
      ? `Short and easy two days before the race: ${s.pattern}.`
      : s.walkSec > 0
        ? 'Run slowly enough to talk; the walk breaks are part of the plan.'
        : 'Run slowly enough to talk.';
    return { ...runDay(date, 'run_walk', laps, notes), minutes: s.totalMin };
  });
  const volumeH = days.reduce((s, d) => s + dayHundredths(d), 0);
  const raceH = days.filter((d) => d.type === 'race').reduce((s, d) => s + dayHundredths(d), 0);
  const version = (opts.version ?? 0) + 1;
  if (changes.length === 0) changes.push(version === 1 ? `Week ${weekNumber} generated from the outline (run/walk stage ${stage + 1}).` : `Week ${weekNumber} regenerated: no change from the outline.`);
  return {
    weekNumber,
    phase: ow.phase,
    startDate: ow.startDate,
    endDate: ow.endDate,
    volume: fromHundredths(volumeH),
    trainingVolume: fromHundredths(volumeH - raceH),
    partial: ow.partial,
    cutback: ow.cutback,
    vdot: outline.vdot,
    days,
    version,
    changes,
  };
}
