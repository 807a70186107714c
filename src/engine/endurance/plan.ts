/**
 * A whole race plan (outline + every week) and its JSON form for the CLI.
 */

import { formatDuration, formatPace } from './durations.js';
import { raceOutline } from './outline.js';
import type { RaceOutline } from './outline.js';
import type { Lap } from './race-day.js';
import type { RaceRequest } from './race-request.js';
import { generateRaceWeek } from './week.js';
import type { RaceWeek } from './week.js';

export interface RacePlan {
  outline: RaceOutline;
  weeks: RaceWeek[];
}

/** Outline plus all weeks at once (version 1 each). */
export function buildRacePlan(req: RaceRequest): RacePlan {
  const outline = raceOutline(req);
  const weeks = outline.weeks.map((w) => generateRaceWeek(req, outline, w.weekNumber));
  return { outline, weeks };
}

export interface RacePlanJson {
  vdot: number;
  /** How fitness was set: "race", "pace" or "estimated" (from weekly mileage; no predictions then). */
  fitness: string;
  /** Null when nothing measured supports a prediction. */
  predictions: Record<'5k' | '10k' | 'half' | 'marathon', string> | null;
  runWalk: { sessionMinutes: number } | null;
  notes: string[];
  paces: { easy: { min: string; max: string }; marathon: string; threshold: string; interval: string; repetition: string };
  phases: Array<{ name: string; weekCount: number }>;
  weeks: Array<Record<string, unknown>>;
}

function lapJson(l: Lap) {
  return { lapIndex: l.lapIndex, distance: l.distance, paceGoal: l.paceGoal, effort: l.effort, hrZone: l.hrZone ?? null, description: l.description };
}

/**
 * The CLI's JSON: vdot, predictions (h:mm:ss), paces ("m:ss" per unit), phases [{name, weekCount}] and weeks
 * with `miles` or `km` and days with `totalMiles` or `totalKm`, as the plan's unit asks.
 */
export function racePlanToJson(plan: RacePlan): RacePlanJson {
  const o = plan.outline;
  const volKey = o.units === 'mi' ? 'miles' : 'km';
  const totalKey = o.units === 'mi' ? 'totalMiles' : 'totalKm';
  return {
    vdot: o.vdot,
    fitness: o.fitnessSource,
    predictions:
      o.fitnessSource === 'estimated'
        ? null
        : {
            '5k': formatDuration(o.predictions['5k']),
            '10k': formatDuration(o.predictions['10k']),
            half: formatDuration(o.predictions.half),
            marathon: formatDuration(o.predictions.marathon),
          },
    runWalk: o.runWalk ? { sessionMinutes: o.runWalk.sessionMinutes } : null,
    notes: o.notes,
    paces: {
      easy: { min: formatPace(o.paces.easy.min), max: formatPace(o.paces.easy.max) },
      marathon: formatPace(o.paces.marathon),
      threshold: formatPace(o.paces.threshold),
      interval: formatPace(o.paces.interval),
      repetition: formatPace(o.paces.repetition),
    },
    phases: o.phases.map((p) => ({ name: p.name, weekCount: p.weekCount })),
    weeks: plan.weeks.map((w) => ({
      weekNumber: w.weekNumber,
      phase: w.phase,
      startDate: w.startDate,
      [volKey]: w.volume,
      days: w.days.map((d) => ({
        date: d.date,
        dayNumber: d.dayNumber,
        type: d.type,
        warmup: d.warmup.map(lapJson),
        workout: d.workout.map(lapJson),
        cooldown: d.cooldown.map(lapJson),
        [totalKey]: d.total,
        ...(d.minutes !== undefined ? { minutes: d.minutes } : {}),
        notes: d.notes,
      })),
    })),
  };
}
