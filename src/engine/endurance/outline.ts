/**
 * The race outline: everything about a plan that is cheap to compute — fitness (VDOT, predictions, paces,
 * goal), phases, the weekly pattern and every week's planned volume. Weeks are generated from it one at a
 * time (week.ts), in any order.
 */

import type { DistanceClass } from './race-request.js';
import { addDays, isoWeekday, startOfIsoWeek } from '../dates.js';
import type { DistanceUnit } from '../workout/workout.js';
import type { RaceDistance } from '../vocabulary.js';
import { formatDuration, parseDuration } from './durations.js';
import { estimatedVdot } from './estimated-fitness.js';
import { MIN_PLAN_WEEKS, baseHoldWeeks, phaseOfWeek, splitPhases, taperWeeksFor } from './phases.js';
import type { Phase, PhaseName } from './phases.js';
import { weekPattern } from './pattern.js';
import type { WeekPattern } from './pattern.js';
import {
  distanceClass,
  planWeekCount,
  raceDistanceMeters,
  raceName,
  recentDistanceMeters,
} from './race-request.js';
import type { RaceRequest } from './race-request.js';
import { fromHundredths, toHundredths, UNIT_RULES } from './units.js';
import { bigWeekLongCap, carryLongCap, cutbackFlags, longRunCap, longRunPeakTarget, longRunTrack, planVolumes, runTimeCap, shortRunwayLongCap, shortRunwayWeeks } from './volume.js';
import { DEFAULT_SESSION_MINUTES, RUN_WALK_BELOW, estimatedHundredths, runWalkSession, stageSchedule, WARM_WALK_MIN, COOL_WALK_MIN } from './run-walk.js';
import { allocatedTotal, allocateSlots, patternSlots } from './slots.js';
import type { SlotFrame } from './slots.js';
import { METERS_PER_UNIT, paceZones, predictStandardTimes, predictTime, roundVdot, vdotFromRace } from './vdot.js';
import type { PaceZones, StandardDistance } from './vdot.js';

export interface OutlineWeek {
  weekNumber: number;
  phase: PhaseName;
  startDate: string;
  endDate: string;
  /** First week starting after Monday. */
  partial: boolean;
  cutback: boolean;
  /** Planned training volume (units, race excluded). */
  targetVolume: number;
  /** Full-week load level the 10 % rule is measured on (units). */
  level: number;
  /**
   * The long run this week builds to (units; volume.ts longRunTrack). Absent in outlines stored before it
   * (and 0 in the race window's weeks): the long run is then its share of the week.
   */
  longRun?: number;
}

export interface GoalAssessment {
  timeSec: number;
  paceSecPerUnit: number;
  /** Goal vs prediction, as a fraction: −0.05 = goal 5 % faster than predicted. */
  delta: number;
  /** Set when the goal is far from the prediction (more than 3 % faster or 5 % slower). */
  note: string | null;
}

/** Where the paces come from: a recent race, a stated 5K pace, or an estimate (nothing measured). */
export type FitnessSource = 'race' | 'pace' | 'estimated';

export interface RunWalkOutline {
  /** Session minutes the runner gave (default 30). */
  sessionMinutes: number;
  /** Stage index of each week (run-walk.ts). */
  stages: number[];
}

export interface RaceOutline {
  request: RaceRequest;
  /** How fitness was set. When 'estimated' no race prediction or race pace is shown. */
  fitnessSource: FitnessSource;
  /** Set for new / very-low-mileage runners: every planned day is a timed run/walk session. */
  runWalk: RunWalkOutline | null;
  units: DistanceUnit;
  raceName: string;
  distanceClass: DistanceClass;
  raceDate: string;
  startDate: string;
  distanceMeters: number;
  /** Race distance in units (3.11 mi for a 5K). */
  raceDistance: number;
  totalWeeks: number;
  phases: Phase[];
  pattern: WeekPattern;
  weeks: OutlineWeek[];
  vdot: number;
  predictions: Record<StandardDistance, number>;
  /** Predicted time for this race (seconds) and its pace per unit. */
  racePrediction: number;
  racePaceSecPerUnit: number;
  paces: PaceZones;
  goal: GoalAssessment | null;
  startVolume: number;
  peakVolume: number;
  /** Planned training volume of the 7 days before race day. */
  raceWindowVolume: number;
  /** First day of the race window (race − 7): no hard sessions from here on. */
  raceWindowStart: string;
  longRunCap: number;
  /** Weeks of base hold before the race-specific plan (phases.ts SPECIFIC_WEEKS); 0 when there is none. */
  holdWeeks: number;
  /** Rules the engine applied to this runner (volume clamps, no quality slot …). */
  notes: string[];
  /** Set when the race is closer than a plan for its distance needs (volume.ts shortRunwayWeeks); absent before. */
  shortRunway?: { weeks: number; needWeeks: number } | null;
  /**
   * The runner's time a run ("60 min per run"): its distance at easy pace caps every run; `needMinutes` is how long
   * the distance's longest long run takes at easy pace. Absent or null: no time was given.
   */
  runTime?: { minutes: number; cap: number; needMinutes: number } | null;
}

export function fitnessSource(req: RaceRequest): FitnessSource {
  if (req.recentRace && parseDuration(req.recentRace.time) !== null) return 'race';
  if (req.fiveKPace && parseDuration(req.fiveKPace) !== null) return 'pace';
  return 'estimated';
}

/** VDOT from the request's recent race, or from its 5K pace, or estimated from weekly volume. */
export function requestVdot(req: RaceRequest): number {
  if (req.recentRace) {
    const sec = parseDuration(req.recentRace.time);
    if (sec !== null) return roundVdot(vdotFromRace(recentDistanceMeters(req.recentRace.distance), sec));
  }
  const pace = parseDuration(req.fiveKPace ?? '');
  if (pace !== null) return roundVdot(vdotFromRace(5000, (pace * 5000) / METERS_PER_UNIT[req.units]));
  return estimatedVdot(req.currentWeeklyMileage, req.units);
}

/** True when the runner starts with run/walk (run-walk.ts): under 6 mi / 10 km a week. */
export function startsWithRunWalk(req: RaceRequest): boolean {
  return req.currentWeeklyMileage < RUN_WALK_BELOW[req.units];
}

export function assessGoal(goalTime: string | null | undefined, predictedSec: number, raceUnits: number): GoalAssessment | null {
  const timeSec = goalTime ? parseDuration(goalTime) : null;
  if (timeSec === null) return null;
  const delta = (timeSec - predictedSec) / predictedSec;
  const pct = Math.round(Math.abs(delta) * 100);
  const g = formatDuration(timeSec);
  const p = formatDuration(predictedSec);
  let note: string | null = null;
  if (delta < -0.06) {
    note = `Goal ${g} is ${pct}% faster than the ${p} your current fitness predicts: a big jump for one plan. We train at today's paces and raise them as you get fitter.`;
  } else if (delta < -0.03) {
    note = `Goal ${g} is ${pct}% faster than your predicted ${p}: ambitious but within reach with a good block.`;
  } else if (delta > 0.05) {
    note = `Goal ${g} is ${pct}% slower than your predicted ${p}: you could aim higher.`;
  }
  return { timeSec, paceSecPerUnit: timeSec / raceUnits, delta, note };
}

/** Outline of a race plan; a race under 4 weeks away gets a short plan (phases.ts shortPhases). */
export function raceOutline(req: RaceRequest): RaceOutline {
  const units = req.units;
  const rules = UNIT_RULES[units];
  const totalWeeks = planWeekCount(req.startDate, req.raceDate);
  const cls = distanceClass(req);
  const taper = taperWeeksFor(cls, totalWeeks);
  // Run/walk plans progress by stage over the whole time there is; a runner's race plan holds a base first
  // when the race is further out than its specific plan (phases.ts SPECIFIC_WEEKS).
  const holdWeeks = startsWithRunWalk(req) ? 0 : baseHoldWeeks(cls, totalWeeks);
  const phases = splitPhases(totalWeeks, taper, holdWeeks);
  const pattern = weekPattern(req.trainingDays, req.longRunDay, req.liftDays ?? []);
  const preferred = new Set<number>(pattern.trainingDays);

  const firstWeekday = isoWeekday(req.startDate);
  const firstWeekRunDays = pattern.trainingDays.filter((d) => d >= firstWeekday).length;
  const windowStart = addDays(req.raceDate, -7);
  let windowCapacity = rules.shakeout[1];
  for (let i = 0; i < 5; i++) {
    if (preferred.has(isoWeekday(addDays(windowStart, i)))) windowCapacity += rules.moderate[1];
  }

  const vdot = requestVdot(req);
  const source = fitnessSource(req);
  const paces = paceZones(vdot, units);
  const easyMid = (paces.easy.min + paces.easy.max) / 2;
  // A runner already on more than the usual caps carry on their days keeps a long run that carries it (volume.ts carryLongCap).
  // A runner on big weeks runs about a quarter of the week long (volume.ts bigWeekLongCap), short runway aside.
  const current = toHundredths(req.currentWeeklyMileage);
  const usualCap = shortRunwayWeeks(cls, totalWeeks) === null ? bigWeekLongCap(current, longRunCap(cls, units, easyMid), easyMid) : longRunCap(cls, units, easyMid);
  const distanceCapH = carryLongCap(cls, units, pattern.trainingDays.length, current, shortRunwayLongCap(cls, units, totalWeeks, usualCap), easyMid);
  // The runner's time a run caps every run, the long run too ("60 min per run" at easy pace).
  const timeCapH = req.maxRunMinutes ? runTimeCap(req.maxRunMinutes, easyMid) : null;
  const longCapH = timeCapH !== null ? Math.min(distanceCapH, timeCapH) : distanceCapH;
  const frame: SlotFrame = { units, distanceClass: cls, pattern, longRunCap: fromHundredths(longCapH), paces, raceDistance: raceDistanceMeters(req) / METERS_PER_UNIT[units] };
  const monday = startOfIsoWeek(req.startDate);
  const flags = cutbackFlags(totalWeeks - taper);
  const shapes = Array.from({ length: totalWeeks }, (_, i) => ({
    weekNumber: i + 1,
    phase: phaseOfWeek(phases, i + 1),
    startDate: i === 0 ? req.startDate : addDays(monday, 7 * i),
    endDate: addDays(monday, 7 * i + 6),
    partial: i === 0 && firstWeekday !== 1,
    cutback: flags[i] ?? false,
  }));
  const runDates = (i: number) => {
    const sh = shapes[i]!;
    const out: string[] = [];
    for (let d = sh.startDate; d <= sh.endDate; d = addDays(d, 1)) if (preferred.has(isoWeekday(d))) out.push(d);
    return out;
  };

  if (startsWithRunWalk(req)) {
    return runWalkOutline(req, { units, cls, totalWeeks, phases, pattern, shapes, runDates, vdot, source, paces, windowStart, longCapH });
  }

  // A track race (under 4 km: the mile, 1500 m, 3000 m) builds less volume than a 5K (volume.ts TRACK_PEAK_GROWTH).
  const trackRace = raceDistanceMeters(req) < 4000;
  const volumes = planVolumes({
    longCap: longCapH,
    units,
    cls,
    currentVolume: toHundredths(req.currentWeeklyMileage),
    trainingDayCount: pattern.trainingDays.length,
    firstWeekRunDays,
    firstWeekPartial: firstWeekday !== 1,
    totalWeeks,
    taperWeeks: taper,
    holdWeeks,
    trackRace,
    raceWindowCapacity: windowCapacity,
    touchesRaceWindow: (i) => shapes[i]!.endDate >= windowStart,
    achievable: (i, target, _cutback, longCeiling) => {
      // Settle on a volume the week holds exactly: quality sizes and the long run depend on the target, so
      // shrink it until planning the week at that target places all of it. A long-run ceiling (its step from
      // last week's) leaves out what only a longer long run could carry.
      const f = longCeiling === null ? frame : { ...frame, longRunCap: Math.min(frame.longRunCap, fromHundredths(longCeiling)) };
      let t = target;
      let long = 0;
      for (let k = 0; k < 20; k++) {
        const slots = patternSlots(f, shapes[i]!, runDates(i), t, false);
        const placed = allocateSlots(f, slots, t, t, t);
        const got = allocatedTotal(placed);
        long = placed.find((a) => a.role === 'long')?.distance ?? 0;
        if (got >= t) return { total: t, long };
        t = got;
      }
      return { total: t, long };
    },
  });

  const track = longRunTrack({
    cls,
    units,
    weeks: volumes.weeks,
    start: volumes.start,
    longCap: longCapH,
    taperWeeks: taper,
    holdWeeks,
    firstWeekPartial: firstWeekday !== 1,
    touchesRaceWindow: (i) => shapes[i]!.endDate >= windowStart,
    trackRace,
  });
  const weeks: OutlineWeek[] = volumes.weeks.map((v, i) => ({
    ...shapes[i]!,
    targetVolume: fromHundredths(v.target),
    level: fromHundredths(v.level),
    longRun: fromHundredths(track[i]!),
  }));

  const distanceMeters = raceDistanceMeters(req);
  const raceDistance = distanceMeters / METERS_PER_UNIT[units];
  const racePrediction = predictTime(vdot, distanceMeters);
  const notes = [...volumes.notes];
  const needWeeks = shortRunwayWeeks(cls, totalWeeks);
  if (totalWeeks < MIN_PLAN_WEEKS) {
    notes.push(`Short plan: ${totalWeeks} weeks to a ${raceName(req)} is too little time to build fitness, so the plan keeps your running, sharpens with race-pace work and tapers so you start fresh.`);
  } else if (needWeeks !== null) {
    notes.push(
      `Short runway: ${totalWeeks} weeks to a ${raceName(req)} is less than the ${needWeeks} a plan needs, so the long run is capped at ${fromHundredths(longCapH)} ${units} and the miles still rise no more than 10% a week. Run it to finish healthy, not for a time, or pick a later race.`,
    );
  }
  if (pattern.qualityDays.length === 0) {
    notes.push('Every free day touches the long run, so quality work rides on the long run (a faster finish).');
  }
  if (source === 'estimated') {
    notes.push('Paces are estimated from your weekly mileage (no recent race or time trial): run by feel, and log a race or time trial to set them.');
  }
  return {
    request: req,
    fitnessSource: source,
    runWalk: null,
    units,
    raceName: raceName(req),
    distanceClass: cls,
    raceDate: req.raceDate,
    startDate: req.startDate,
    distanceMeters,
    raceDistance: Math.round(raceDistance * 100) / 100,
    totalWeeks,
    phases,
    pattern,
    weeks,
    vdot,
    predictions: predictStandardTimes(vdot),
    racePrediction,
    racePaceSecPerUnit: racePrediction / raceDistance,
    paces,
    goal: source === 'estimated' ? null : assessGoal(req.goalTime, racePrediction, raceDistance),
    startVolume: fromHundredths(volumes.start),
    peakVolume: fromHundredths(volumes.peak),
    raceWindowVolume: fromHundredths(volumes.raceWindow),
    raceWindowStart: windowStart,
    longRunCap: fromHundredths(longCapH),
    holdWeeks,
    notes,
    shortRunway: needWeeks === null ? null : { weeks: totalWeeks, needWeeks },
    // The long run the distance builds to, in minutes at easy pace: what "60 min per run" is measured against.
    runTime: timeCapH === null ? null : { minutes: req.maxRunMinutes!, cap: fromHundredths(timeCapH), needMinutes: Math.round((fromHundredths(Math.min(distanceCapH, longRunPeakTarget(cls, units))) * easyMid) / 60) },
  };
}

interface RunWalkFrame {
  units: DistanceUnit;
  cls: DistanceClass;
  totalWeeks: number;
  phases: Phase[];
  pattern: WeekPattern;
  shapes: Array<Omit<OutlineWeek, 'targetVolume' | 'level'>>;
  runDates: (i: number) => string[];
  vdot: number;
  source: FitnessSource;
  paces: PaceZones;
  windowStart: string;
  longCapH: number;
}

/**
 * Outline of a run/walk plan (run-walk.ts): no cutbacks by volume — a cutback week repeats the stage before
 * it — and each week's volume is the estimated distance of its sessions.
 */
function runWalkOutline(req: RaceRequest, f: RunWalkFrame): RaceOutline {
  const minutes = req.sessionMinutes ?? DEFAULT_SESSION_MINUTES;
  const raceWeek = f.totalWeeks - 1;
  const stages = stageSchedule(f.totalWeeks, (i) => i < raceWeek && !f.shapes[i]!.cutback);
  const jog = f.paces.easy.max;
  const sessionH = (stage: number) => {
    const s = runWalkSession(stage, minutes);
    // Summed lap by lap, as week.ts builds the session (each lap rounds on its own).
    return estimatedHundredths(WARM_WALK_MIN * 60, 0, 1e9, f.units) + estimatedHundredths(s.reps * s.walkSec, s.reps * s.runSec, jog, f.units) + estimatedHundredths(COOL_WALK_MIN * 60, 0, 1e9, f.units);
  };
  const weeks: OutlineWeek[] = f.shapes.map((sh, i) => {
    const days = f.runDates(i).filter((d) => d < f.windowStart).length;
    const v = fromHundredths(days * sessionH(stages[i]!));
    return { ...sh, targetVolume: v, level: v };
  });
  const distanceMeters = raceDistanceMeters(req);
  const raceDistance = distanceMeters / METERS_PER_UNIT[f.units];
  const racePrediction = predictTime(f.vdot, distanceMeters);
  const peak = Math.max(...weeks.map((w) => w.targetVolume));
  return {
    request: req,
    fitnessSource: f.source,
    runWalk: { sessionMinutes: minutes, stages },
    units: f.units,
    raceName: raceName(req),
    distanceClass: f.cls,
    raceDate: req.raceDate,
    startDate: req.startDate,
    distanceMeters,
    raceDistance: Math.round(raceDistance * 100) / 100,
    totalWeeks: f.totalWeeks,
    phases: f.phases,
    pattern: f.pattern,
    weeks,
    vdot: f.vdot,
    predictions: predictStandardTimes(f.vdot),
    racePrediction,
    racePaceSecPerUnit: racePrediction / raceDistance,
    paces: f.paces,
    goal: f.source === 'estimated' ? null : assessGoal(req.goalTime, racePrediction, raceDistance),
    startVolume: weeks[0]!.targetVolume,
    peakVolume: peak,
    raceWindowVolume: 0,
    raceWindowStart: f.windowStart,
    longRunCap: fromHundredths(f.longCapH),
    holdWeeks: 0,
    notes: [
      `Run/walk: every run day is a ${minutes}-minute session (5 min brisk walk, run/walk intervals, 5 min walk); the run intervals grow week by week (NHS Couch to 5K, Galloway run-walk-run).`,
      'No race pace or finish-time prediction: nothing measured supports one yet. Go by breath: you should be able to talk in short sentences.',
    ],
  };
}
