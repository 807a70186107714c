/**
 * The rules every generated week and plan must pass: seed 004's validation requirements (structure, laps,
 * day-type mileage, race-week rules) plus this engine's progression, cutback, taper and long-run rules.
 * Error strings name the week and date so a failing property test points straight at the problem.
 */

import { addDays, daysBetween, isoWeekday } from '../dates.js';
import { PACE_PATTERN, parseDuration } from './durations.js';
import type { RaceOutline } from './outline.js';
import { MIN_PLAN_WEEKS, PHASE_NAMES, SPECIFIC_WEEKS, shortPhases } from './phases.js';
import type { RacePlan } from './plan.js';
import { dayHundredths, HARD_TYPES, isQuality, lapSum } from './race-day.js';
import type { Lap, RaceDay } from './race-day.js';
import type { RaceRequest } from './race-request.js';
import { patternSlots } from './slots.js';
import { longRunCeiling } from './allocate.js';

/** Runs with no warm-up or cool-down laps: easy from the first step (laps.ts longLaps, easyLaps). */
const EASY_FROM_THE_START: ReadonlySet<string> = new Set(['long', 'easy', 'moderate', 'recovery', 'shakeout']);
import type { IsoWeekday } from '../vocabulary.js';
import { toHundredths, UNIT_RULES } from './units.js';
import { baseTopVolume, CUTBACK_FACTOR, entryVolume, longShareMax, maxNextLoad, PEAK_GROWTH, peakRange } from './volume.js';
import { HARD_EFFORTS, SHARPENER_REPS } from './laps.js';
import { HARD_SHARE_MAX, isTrackRace } from './slots.js';
import { runWalkSession } from './run-walk.js';
import { paceZones } from './vdot.js';
import type { RaceWeek } from './week.js';
import { backToBackRace } from './week.js';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

export interface WeekValidationContext {
  outline: RaceOutline;
  /** The week before, when known: hard days across the boundary and the 10 % rule are checked against it. */
  previousWeek?: RaceWeek | null;
}

/** Cutback weeks must land 19–26 % below the week before (planned at 22 %). */
export const CUTBACK_RATIO: [number, number] = [0.74, 0.81];
/** The 7 days before the race carry 40–60 % of the peak week. */
export const RACE_WINDOW_RATIO: [number, number] = [0.4, 0.6];
/** Taper weeks before the race window stay at or under 90 % of peak. */
export const TAPER_WEEK_MAX = 0.9;

const PACE_TOLERANCE_SEC = 1.5;

function paceSec(p: string | null): number | null {
  return p === null ? null : parseDuration(p);
}

function checkLaps(where: string, name: string, laps: readonly Lap[], errors: string[]): void {
  laps.forEach((l, i) => {
    if (l.lapIndex !== i + 1) errors.push(`${where}: ${name} lapIndex ${l.lapIndex} at position ${i + 1} (must run 1, 2, 3 …)`);
    if (!(l.distance > 0) || !Number.isFinite(l.distance)) errors.push(`${where}: ${name} lap ${i + 1} distance ${l.distance} must be > 0`);
    if (l.paceGoal !== null && !PACE_PATTERN.test(l.paceGoal)) errors.push(`${where}: ${name} lap ${i + 1} paceGoal "${l.paceGoal}" is not m:ss`);
  });
}

function inRange(h: number, [lo, hi]: [number, number]): boolean {
  return h >= lo - 0.5 && h <= hi + 0.5;
}

function checkDay(day: RaceDay, week: RaceWeek, ctx: WeekValidationContext, errors: string[]): void {
  const o = ctx.outline;
  const r = UNIT_RULES[o.units];
  const where = `week ${week.weekNumber} ${day.date}`;
  if (!Array.isArray(day.warmup) || !Array.isArray(day.workout) || !Array.isArray(day.cooldown)) {
    errors.push(`${where}: warmup, workout and cooldown must all be arrays`);
    return;
  }
  if (day.dayNumber !== isoWeekday(day.date)) errors.push(`${where}: dayNumber ${day.dayNumber} is not the weekday of the date`);
  checkLaps(where, 'warmup', day.warmup, errors);
  checkLaps(where, 'workout', day.workout, errors);
  checkLaps(where, 'cooldown', day.cooldown, errors);
  const total = dayHundredths(day);
  if (Math.abs(toHundredths(day.total) - total) > 0) errors.push(`${where}: total ${day.total} is not the sum of its laps (${total / 100})`);

  if (day.type === 'rest') {
    if (day.warmup.length + day.workout.length + day.cooldown.length > 0) errors.push(`${where}: rest day must have three empty arrays`);
    return;
  }
  // A long or easy run is easy from the first step: its laps are all "workout" (laps.ts longLaps, easyLaps).
  if (EASY_FROM_THE_START.has(day.type)) {
    if (day.workout.length === 0 || day.warmup.length + day.cooldown.length > 0) errors.push(`${where}: ${day.type} run needs workout laps and no warm-up or cool-down`);
  } else if (day.warmup.length === 0 || day.workout.length === 0 || day.cooldown.length === 0) {
    errors.push(`${where}: ${day.type} day needs at least one lap in warmup, workout and cooldown`);
  }
  if (day.type === 'run_walk' || (o.runWalk && day.type === 'race')) {
    // Timed sessions: no pace anywhere, and the session fits the minutes the runner gave (+10 %).
    for (const l of [...day.warmup, ...day.workout, ...day.cooldown]) if (l.paceGoal !== null) errors.push(`${where}: run/walk lap with a pace goal`);
    if (day.type === 'run_walk' && o.runWalk && (day.minutes ?? Infinity) > o.runWalk.sessionMinutes * 1.1) {
      errors.push(`${where}: run/walk session of ${day.minutes} min is over the ${o.runWalk.sessionMinutes} minutes asked`);
    }
    return;
  }
  for (const l of [...day.warmup, ...day.cooldown]) {
    const h = toHundredths(l.distance);
    if (h < r.warmLap[0] || h > r.warmLap[1]) errors.push(`${where}: warm-up/cool-down lap of ${l.distance} outside ${r.warmLap[0] / 100}–${r.warmLap[1] / 100}`);
    if (l.paceGoal !== null) errors.push(`${where}: warm-up/cool-down laps carry no pace goal`);
  }
  const work = lapSum(day.workout);
  const ranges: Partial<Record<RaceDay['type'], [number, number]>> = {
    // A short easy run (a low-mileage week's, not after a hard day: week.ts dayTypeFor) goes down to a recovery run's length.
    easy: [r.recovery[0], r.easy[1]],
    moderate: r.moderate,
    recovery: r.recovery,
    shakeout: r.shakeout,
    tempo: r.tempo,
    intervals: r.intervals,
    marathon_pace: r.marathonPace,
    repetition: r.intervals,
  };
  const range = ranges[day.type];
  if (range && !inRange(total, range)) errors.push(`${where}: ${day.type} day of ${day.total} outside ${range[0] / 100}–${range[1] / 100}`);
  if ((day.type === 'easy' || day.type === 'moderate') && total >= r.easy[0] && work < r.easyWorkMin) errors.push(`${where}: ${day.type} workout of ${work / 100} is under ${r.easyWorkMin / 100}`);
  if (day.type === 'long') {
    if (total < r.longMin) errors.push(`${where}: long run of ${day.total} is under ${r.longMin / 100}`);
    if (total > toHundredths(o.longRunCap)) errors.push(`${where}: long run of ${day.total} is over the ${o.longRunCap} cap`);
    const share = longShareMax(o.distanceClass);
    if (total > Math.max(toHundredths(week.trainingVolume) * share + 1, longRunCeiling(toHundredths(week.trainingVolume), share, o.units))) {
      errors.push(`${where}: long run of ${day.total} is over ${Math.round(share * 100)}% of the week's ${week.trainingVolume}`);
    }
  }
  if (day.type === 'race' && o.fitnessSource === 'estimated' && day.workout.some((l) => l.paceGoal !== null)) {
    errors.push(`${where}: race pace shown although fitness is only estimated`);
  }
  if (day.type === 'race') {
    if (day.date !== o.raceDate) errors.push(`${where}: race day is not the race date ${o.raceDate}`);
    if (!day.workout.some((l) => Math.abs(toHundredths(l.distance) - toHundredths(o.raceDistance)) <= 1)) {
      errors.push(`${where}: race day has no lap of the race distance ${o.raceDistance}`);
    }
  }

  // Paces: quality days run at the week's zone paces, easy-type work within the easy range.
  const z = paceZones(week.vdot, o.units);
  const near = (p: string | null, target: number) => {
    const s = paceSec(p);
    return s !== null && Math.abs(s - target) <= PACE_TOLERANCE_SEC;
  };
  if (day.type === 'tempo' && !day.workout.some((l) => near(l.paceGoal, z.threshold))) errors.push(`${where}: tempo has no lap at threshold pace`);
  if (day.type === 'intervals' && !day.workout.some((l) => near(l.paceGoal, z.interval))) errors.push(`${where}: intervals have no lap at interval pace`);
  if (day.type === 'repetition' && !day.workout.some((l) => l.effort === 'repetition')) errors.push(`${where}: repetitions have no rep`);
  if (o.fitnessSource === 'estimated') {
    // Nothing measured: a marathon pace would be an invented race pace, so marathon-effort laps run by feel.
    if (day.workout.some((l) => l.effort === 'marathon pace' && l.paceGoal !== null)) errors.push(`${where}: a marathon pace from estimated fitness (run it by feel)`);
    if (day.type === 'marathon_pace' && !day.workout.some((l) => l.effort === 'marathon pace')) errors.push(`${where}: marathon-pace run has no marathon-effort lap`);
  } else if (day.type === 'marathon_pace' && !day.workout.some((l) => near(l.paceGoal, z.marathon))) errors.push(`${where}: marathon-pace run has no lap at marathon pace`);
  if (['easy', 'moderate', 'long', 'recovery', 'shakeout'].includes(day.type)) {
    for (const l of day.workout) {
      const s = paceSec(l.paceGoal);
      if (s === null || l.effort === 'marathon pace' || l.effort === 'threshold') continue;
      if (s < z.easy.min - PACE_TOLERANCE_SEC || s > z.easy.max + PACE_TOLERANCE_SEC) errors.push(`${where}: ${day.type} lap pace ${l.paceGoal} is outside the easy range`);
    }
  }
}

/**
 * A miler's race-week sharpener (week.ts trackRaceWindow): a track race's one repetition session 3-5 days out,
 * at most SHARPENER_REPS reps — the only hard running the 7 days before a race may hold.
 */
function trackSharpener(o: RaceOutline, d: RaceDay): boolean {
  if (!isTrackRace(o.raceDistance, o.units) || d.type !== 'repetition') return false;
  const out = daysBetween(d.date, o.raceDate);
  return out >= 3 && out <= 5 && d.workout.filter((l) => l.effort === 'repetition').length <= SHARPENER_REPS;
}

/** Validate one week against the outline (and the week before it, when given). */
export function validateRaceWeek(week: RaceWeek, ctx: WeekValidationContext): ValidationResult {
  const errors: string[] = [];
  const o = ctx.outline;
  const ow = o.weeks[week.weekNumber - 1];
  if (!ow) return { ok: false, errors: [`week ${week.weekNumber} is outside the ${o.totalWeeks}-week plan`] };
  const w = `week ${week.weekNumber}`;
  if (week.phase !== ow.phase) errors.push(`${w}: phase ${week.phase}, outline says ${ow.phase}`);
  if (week.startDate !== ow.startDate) errors.push(`${w}: starts ${week.startDate}, expected ${ow.startDate}`);
  if (!Number.isInteger(week.version) || week.version < 1) errors.push(`${w}: version must be a positive integer`);

  // Seed 004: week 1 may be partial (plan starting mid-week); every other week has exactly 7 days.
  const expectedDays = week.weekNumber === 1 ? 8 - isoWeekday(o.startDate) : 7;
  if (week.days.length !== expectedDays) errors.push(`${w}: ${week.days.length} days, expected ${expectedDays}`);
  week.days.forEach((d, i) => {
    if (d.date !== addDays(week.startDate, i)) errors.push(`${w}: day ${i + 1} dated ${d.date}, expected ${addDays(week.startDate, i)}`);
  });

  for (const d of week.days) checkDay(d, week, ctx, errors);

  const volume = week.days.reduce((s, d) => s + dayHundredths(d), 0);
  const raceH = week.days.filter((d) => d.type === 'race').reduce((s, d) => s + dayHundredths(d), 0);
  if (toHundredths(week.volume) !== volume) errors.push(`${w}: volume ${week.volume} is not the sum of its days (${volume / 100})`);
  if (toHundredths(week.trainingVolume) !== volume - raceH) errors.push(`${w}: trainingVolume ${week.trainingVolume} is not volume minus the race`);

  // Preferred days, quality by phase, race window.
  const preferred = new Set<number>(o.pattern.trainingDays);
  const race = o.raceDate;
  for (const d of week.days) {
    const where = `${w} ${d.date}`;
    if (d.type !== 'rest' && !preferred.has(d.dayNumber) && d.type !== 'race' && !(d.type === 'shakeout' && d.date === addDays(race, -2))) {
      errors.push(`${where}: ${d.type} run on a day the runner does not train`);
    }
    if (d.type === 'rest' && preferred.has(d.dayNumber) && d.notes.trim() === '') errors.push(`${where}: a preferred day is rest without a reason`);
    if (isQuality(d.type) && (week.phase === 'base' || week.partial)) errors.push(`${where}: ${d.type} in ${week.partial ? 'the partial first week' : 'base'} (quality starts in build)`);
    if (d.date > race && d.type !== 'rest') errors.push(`${where}: run after the race`);
    if (d.date === addDays(race, -1) && d.type !== 'rest') errors.push(`${where}: the day before the race must be rest`);
    if (d.date === addDays(race, -2) && !o.runWalk) {
      const h = dayHundredths(d);
      const [lo, hi] = UNIT_RULES[o.units].shakeout;
      if (d.type !== 'shakeout' || h < lo || h > hi) errors.push(`${where}: two days before the race must be a ${lo / 100}–${hi / 100} shakeout`);
    }
    if (d.date >= o.raceWindowStart && d.date < race && HARD_TYPES.has(d.type) && !trackSharpener(o, d)) errors.push(`${where}: ${d.type} in the 7 days before the race`);
    if (d.date === race && d.type !== 'race') errors.push(`${where}: race day must be the race`);
  }

  // Most running easy: hard laps (threshold, interval, marathon pace, moderate) at most 20 % of the week.
  const trainingDays = week.days.filter((d) => d.type !== 'race');
  const hardH = trainingDays.reduce((s, d) => s + d.workout.filter((l) => HARD_EFFORTS.has(l.effort)).reduce((x, l) => x + toHundredths(l.distance), 0), 0);
  const trainH = toHundredths(week.trainingVolume);
  if (trainH > 0 && hardH > trainH * HARD_SHARE_MAX + 1) {
    errors.push(`${w}: ${Math.round((hardH / trainH) * 100)}% of the week is hard running (at most ${HARD_SHARE_MAX * 100}%: ~80% easy)`);
  }
  const quality = week.days.filter((d) => isQuality(d.type)).length;
  if (quality > 2) errors.push(`${w}: ${quality} quality days (1–2 a week)`);
  if (week.days.some((d) => d.type === 'moderate')) errors.push(`${w}: a "moderate" day (easy or quality only)`);
  if (o.runWalk) {
    for (const d of week.days) {
      if (preferred.has(d.dayNumber) && d.date < addDays(race, -1) && d.type !== 'run_walk') errors.push(`${w} ${d.date}: a planned day that is not a run/walk session (${d.type})`);
    }
  } else if (week.days.some((d) => d.type === 'run_walk')) errors.push(`${w}: run/walk session in a continuous-running plan`);

  // Never two hard days in a row, including across the boundary with the week before.
  const seq = [...(ctx.previousWeek?.days.slice(-1) ?? []), ...week.days];
  for (let i = 1; i < seq.length; i++) {
    const a = seq[i - 1]!;
    const b = seq[i]!;
    // An ultra's back-to-back weekend (week.ts backToBack) is two easy long runs in a row on purpose.
    const backToBackWeekend = a.type === 'long' && b.type === 'long' && backToBackRace(o);
    if (HARD_TYPES.has(a.type) && HARD_TYPES.has(b.type) && daysBetween(a.date, b.date) === 1 && !backToBackWeekend) {
      errors.push(`${w}: hard days back to back (${a.date} ${a.type}, ${b.date} ${b.type})`);
    }
  }

  // Volume never above the outline's target for the week (adaptation only lowers it).
  const touchesWindow = week.days.some((d) => d.date >= o.raceWindowStart);
  if (!touchesWindow && toHundredths(week.trainingVolume) > toHundredths(ow.targetVolume) + 1) {
    errors.push(`${w}: ${week.trainingVolume} is over the planned ${ow.targetVolume}`);
  }

  // 10 % rule against the week before: a partial week 1 counts at its full-week level, and the week after a
  // cutback is measured against the last load week (the outline's level).
  const prev = ctx.previousWeek;
  if (prev && !o.runWalk && prev.weekNumber === week.weekNumber - 1 && !week.cutback && week.phase !== 'taper') {
    const prevOw = o.weeks[prev.weekNumber - 1]!;
    const ref = prev.partial || prev.cutback ? toHundredths(prevOw.level) : toHundredths(prev.trainingVolume);
    if (toHundredths(week.trainingVolume) > maxNextLoad(ref, o.units) + 1) {
      errors.push(`${w}: ${week.trainingVolume} is more than 10% over the previous load of ${ref / 100}`);
    }
  }
  return { ok: errors.length === 0, errors };
}

/** Validate a whole plan: every week, and the rules that span weeks (phases, cutbacks, taper, race window). */
export function validateRacePlan(plan: RacePlan, req: RaceRequest): ValidationResult {
  const errors: string[] = [];
  const o = plan.outline;
  if (o.raceDate !== req.raceDate || o.startDate !== req.startDate || o.units !== req.units) errors.push('plan does not match the request (dates or units)');

  // Phases: base, build, peak, taper — in that order, all present, adding up to the plan.
  // A race under MIN_PLAN_WEEKS away has the short plan's phases (no build: there is no time to build).
  const names = o.phases.map((p) => p.name);
  const short = o.totalWeeks < MIN_PLAN_WEEKS;
  const expected = short ? shortPhases(o.totalWeeks).map((p) => p.name) : PHASE_NAMES;
  if (names.join(',') !== expected.join(',')) errors.push(`phases ${names.join(', ')}: must be ${expected.join(', ')}`);
  if (o.phases.some((p) => p.weekCount < 1)) errors.push('every phase needs at least one week');
  const sum = o.phases.reduce((s, p) => s + p.weekCount, 0);
  if (sum !== o.totalWeeks) errors.push(`phase weeks add up to ${sum}, plan has ${o.totalWeeks}`);
  // A race far out holds a base first: the build starts at most SPECIFIC_WEEKS before race day, and the
  // hold weeks stay at or under the level they hold (the start, or the distance's entry volume).
  const buildStart = o.phases.find((p) => p.name === 'build')?.startWeek ?? 1;
  if (!o.runWalk && o.totalWeeks - buildStart + 1 > SPECIFIC_WEEKS[o.distanceClass]) {
    errors.push(`the build starts ${o.totalWeeks - buildStart + 1} weeks before race day (a ${o.raceName} build is at most ${SPECIFIC_WEEKS[o.distanceClass]} weeks: hold a base until then)`);
  }
  if (o.holdWeeks > 0) {
    const holdLevel = baseTopVolume(o.distanceClass, o.units, toHundredths(o.startVolume)) / 100;
    for (const w of o.weeks.slice(0, o.holdWeeks)) if (w.targetVolume > holdLevel + 0.05) errors.push(`week ${w.weekNumber}: ${w.targetVolume} ${o.units} in the base hold (holds at ${holdLevel})`);
  }

  if (plan.weeks.length !== o.totalWeeks) errors.push(`${plan.weeks.length} weeks, plan has ${o.totalWeeks}`);
  plan.weeks.forEach((w, i) => {
    if (w.weekNumber !== i + 1) errors.push(`week at position ${i + 1} is numbered ${w.weekNumber}`);
    const res = validateRaceWeek(w, { outline: o, previousWeek: plan.weeks[i - 1] ?? null });
    errors.push(...res.errors);
    const next = plan.weeks[i + 1];
    const last = w.days[w.days.length - 1];
    if (next && last && next.days[0] && next.days[0].date !== addDays(last.date, 1)) errors.push(`week ${w.weekNumber + 1} does not start the day after week ${w.weekNumber}`);
  });
  const allDays = plan.weeks.flatMap((w) => w.days);
  const races = allDays.filter((d) => d.type === 'race');
  if (races.length !== 1 || races[0]?.date !== o.raceDate) errors.push('the plan needs exactly one race day, on the race date');
  if (allDays[0]?.date !== o.startDate) errors.push('the plan must start on the start date');

  if (o.runWalk) {
    // Run/walk plans progress by time, not distance: the running minutes of a session never drop from one
    // week to the next in the plan as written, and the last session before the race runs the longest.
    const runMin = o.runWalk.stages.map((st) => runWalkSession(st, o.runWalk!.sessionMinutes).runMin);
    for (let i = 1; i < runMin.length; i++) if (runMin[i]! < runMin[i - 1]!) errors.push(`week ${i + 1}: run/walk running minutes drop (${runMin[i - 1]} → ${runMin[i]})`);
    return { ok: errors.length === 0, errors };
  }
  // Cutbacks: only before the taper; 19–26 % below the week before; at most 3 load weeks in a row.
  const taperStart = o.phases.find((p) => p.name === 'taper')!.startWeek;
  let run = 0;
  let lastLoad = 0;
  for (const w of plan.weeks) {
    if (w.weekNumber >= taperStart) {
      if (w.cutback) errors.push(`week ${w.weekNumber}: cutback inside the taper`);
      continue;
    }
    const vol = toHundredths(w.trainingVolume);
    if (w.cutback) {
      const prev = plan.weeks[w.weekNumber - 2];
      const ratio = prev ? vol / toHundredths(prev.trainingVolume) : 0;
      if (!prev || ratio < CUTBACK_RATIO[0] || ratio > CUTBACK_RATIO[1]) {
        errors.push(`week ${w.weekNumber}: cutback at ${Math.round(ratio * 100)}% of the week before (needs ${CUTBACK_RATIO[0] * 100}–${CUTBACK_RATIO[1] * 100}%, planned ${CUTBACK_FACTOR * 100}%)`);
      }
      run = 0;
    } else {
      run++;
      if (run > 3) errors.push(`week ${w.weekNumber}: ${run} load weeks without a cutback (max 3)`);
      // Recovery week after a cutback: measured against the last load week, at most +10 %.
      if (lastLoad > 0 && vol > maxNextLoad(lastLoad, o.units) + 1 && !plan.weeks[w.weekNumber - 2]?.partial) {
        errors.push(`week ${w.weekNumber}: ${w.trainingVolume} is more than 10% over the last load week (${lastLoad / 100})`);
      }
      if (!w.partial) lastLoad = vol;
    }
  }

  // Taper: peak = highest pre-taper week. Taper weeks before the race window stay ≤ 90 % and never rise; the
  // 7 days before the race carry 40–60 % of peak; 2+ week tapers keep at least one quality session.
  const pre = plan.weeks.filter((w) => w.weekNumber < taperStart);
  // A short plan has no peak of its own (its pre-taper week is partial or touches the race window): the
  // race week is measured against what the runner runs now.
  const peak = Math.max(...pre.map((w) => toHundredths(w.trainingVolume)), short ? toHundredths(o.startVolume) : 0);
  const taper = plan.weeks.filter((w) => w.weekNumber >= taperStart && w.days.every((d) => d.date < o.raceWindowStart));
  // Peak (issue 13, volume.ts planVolumes): at most 1.5 x the level the race-specific plan starts from (the
  // start, or the entry volume a base hold builds to), kept inside the distance's range (5K 15-40 mi, …), and
  // never forced below the start. One tenth of slack for the weekly rounding.
  const from = o.holdWeeks > 0 ? baseTopVolume(o.distanceClass, o.units, toHundredths(o.startVolume)) : toHundredths(o.startVolume);
  const [lo, hi] = peakRange(o.distanceClass, o.units);
  const peakMax = Math.max(from, Math.min(hi, Math.max(lo, Math.round(from * PEAK_GROWTH))));
  if (peak > peakMax + 10) errors.push(`peak of ${peak / 100} ${o.units}/week is over ${peakMax / 100} (${PEAK_GROWTH} x ${from / 100}, within ${lo / 100}-${hi / 100})`);
  let prevTaper = peak;
  for (const w of taper) {
    const v = toHundredths(w.trainingVolume);
    if (v > peak * TAPER_WEEK_MAX + 1) errors.push(`week ${w.weekNumber}: taper week at ${Math.round((v / peak) * 100)}% of peak (max 90%)`);
    if (v > prevTaper + 1) errors.push(`week ${w.weekNumber}: taper volume rises`);
    prevTaper = v;
  }
  const windowH = allDays.filter((d) => d.date >= o.raceWindowStart && d.date < o.raceDate).reduce((s, d) => s + dayHundredths(d), 0);
  const ratio = windowH / peak;
  if (ratio < RACE_WINDOW_RATIO[0] - 0.005 || ratio > RACE_WINDOW_RATIO[1] + 0.005) {
    errors.push(`the 7 days before the race hold ${windowH / 100} = ${Math.round(ratio * 100)}% of the ${peak / 100} peak (needs 40–60%)`);
  }
  // Intensity in the taper: every taper week wholly before the race window keeps its quality session when it
  // has a quality day and the volume to carry one (slots.ts).
  for (const w of plan.weeks.filter((x) => x.weekNumber >= taperStart && x.days.every((d) => d.date < o.raceWindowStart))) {
    const ow = o.weeks[w.weekNumber - 1]!;
    const preferredDates = w.days.filter((d) => d.date < o.raceWindowStart && o.pattern.trainingDays.includes(d.dayNumber as IsoWeekday)).map((d) => d.date);
    const expected = patternSlots(o, ow, preferredDates, toHundredths(ow.targetVolume), false).some((s) => s.role === 'quality');
    if (expected && !w.days.some((d) => isQuality(d.type))) errors.push(`week ${w.weekNumber}: taper week without its quality session`);
  }
  return { ok: errors.length === 0, errors };
}
