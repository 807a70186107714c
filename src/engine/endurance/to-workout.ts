/**
 * A race-plan day as the one workout shape every channel shows (src/engine/workout/workout.ts).
 */

import type { LoadLevel, RunItem, WorkoutDay } from '../workout/workout.js';
import { parseDuration } from './durations.js';
import type { RaceOutline } from './outline.js';
import type { DayType, Lap, RaceDay } from './race-day.js';
import type { RaceWeek } from './week.js';
import { weekPositionLabel } from '../program/week-position.js';

const TITLES: Record<DayType, string> = {
  easy: 'Easy run',
  moderate: 'Steady run',
  long: 'Long run',
  recovery: 'Recovery run',
  tempo: 'Tempo run',
  intervals: 'Intervals',
  marathon_pace: 'Marathon-pace run',
  repetition: 'Repetitions',
  shakeout: 'Shakeout',
  race: 'Race day',
  run_walk: 'Run/walk',
  rest: 'Rest',
};

const LOAD: Record<DayType, LoadLevel> = {
  easy: 'light',
  recovery: 'light',
  shakeout: 'light',
  moderate: 'moderate',
  long: 'heavy',
  tempo: 'heavy',
  intervals: 'heavy',
  marathon_pace: 'heavy',
  repetition: 'heavy',
  race: 'heavy',
  run_walk: 'light',
  rest: 'rest',
};

const WHY: Record<DayType, string> = {
  easy: 'Easy miles build the aerobic base without adding fatigue.',
  moderate: 'Steady aerobic running to carry the week\'s volume.',
  long: 'The long run builds endurance for race day.',
  // Not "from the hard day before": a day the adaptation shortened (soreness, a missed week) is a recovery run too.
  recovery: 'A short, very easy run: time on your feet without adding fatigue.',
  tempo: 'Threshold work raises the pace you can hold for an hour.',
  intervals: 'Intervals at VO2max pace build your top-end aerobic power.',
  marathon_pace: 'Practice the exact pace you will race the marathon at.',
  repetition: 'Short fast reps with full recovery build the speed and economy a mile race is run on.',
  shakeout: 'A short shakeout keeps your legs fresh two days before the race.',
  race: 'Race day: everything in the plan was for this.',
  run_walk: 'Short runs with walk breaks build the habit and your legs without getting hurt; the runs grow each week.',
  rest: 'Rest lets the training soak in.',
};


function item(l: Lap, segment: RunItem['segment'], unit: RunItem['unit']): RunItem {
  return { kind: 'run', segment, lapIndex: l.lapIndex, distance: l.distance, unit, paceGoal: l.paceGoal, effort: l.effort, hrZone: l.hrZone ?? null };
}

/** Map a plan day to the shared WorkoutDay: kind, title, "Build phase, week 6 of 16", one item per lap. */
export function raceDayToWorkout(week: RaceWeek, day: RaceDay, outline: RaceOutline): WorkoutDay {
  const unit = outline.units;
  const items: RunItem[] = [
    ...day.warmup.map((l) => item(l, 'warmup', unit)),
    ...day.workout.map((l) => item(l, 'workout', unit)),
    ...day.cooldown.map((l) => item(l, 'cooldown', unit)),
  ];
  const easyMid = (outline.paces.easy.min + outline.paces.easy.max) / 2;
  const minutes = items.reduce((s, i) => s + (i.distance * (i.paceGoal ? (parseDuration(i.paceGoal) ?? easyMid) : outline.paces.easy.max)) / 60, 0);
  const title =
    day.type === 'race'
      ? `Race day: ${outline.raceName}`
      : day.type === 'run_walk'
        ? `Run/walk: ${day.workout[0]?.description ?? ''}`
        : week.partial && day.type === 'recovery'
          ? 'Easy start'
          : day.mediumLong
            ? 'Medium-long run (back-to-back)'
            : TITLES[day.type];
  return {
    date: day.date,
    kind: day.type === 'rest' ? 'rest' : day.type === 'race' ? 'race' : 'run',
    title,
    loadLevel: LOAD[day.type],
    // One position line: "Week 6 of 16 - build" (an easier week says so); a mid-week start's lead-in days
    // are the "Start day"/"Start week" and the first full week is week 1 (program/week-position.ts).
    position: weekPositionLabel({ weeks: outline.totalWeeks, race: outline }, week.weekNumber, week.cutback ? `${week.phase}, easier week` : week.phase),
    items,
    totalDistance: day.type === 'rest' ? null : day.total,
    distanceUnit: day.type === 'rest' ? null : unit,
    // A plan's first days have no hard day before them to recover from.
    why: week.partial && day.type === 'recovery' ? 'A short, easy first run to get the plan going.' : day.mediumLong ? 'Running on yesterday\'s legs trains the late hours of an ultra.' : WHY[day.type],
    // The week's first day says why the week holds back, rest day or run (its note replaces the rest line).
    notes: [...(week.held && day.date === week.days[0]?.date ? [week.held] : []), ...(day.notes ? [day.notes] : [])],
    estimatedMinutes: day.minutes ?? Math.round(minutes),
    ...(outline.fitnessSource === 'estimated' && !outline.runWalk ? { paceEstimated: true } : {}),
  };
}
