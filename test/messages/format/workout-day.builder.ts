import type { LiftItem, RunItem, WorkoutDay } from '../../../src/engine/workout/workout.js';

export function lift(over: Partial<LiftItem> = {}): LiftItem {
  return {
    kind: 'lift',
    section: 'compound',
    exerciseId: 'back-squat',
    name: 'Back squat',
    sets: 4,
    reps: '5',
    rir: 2,
    restSec: 180,
    load: 225,
    unit: 'lb',
    percent1RM: 0.8,
    rationale: 'Main lift of the block',
    ...over,
  };
}

export function lap(over: Partial<RunItem> = {}): RunItem {
  return {
    kind: 'run',
    segment: 'workout',
    lapIndex: 1,
    distance: 1,
    unit: 'mi',
    paceGoal: null,
    effort: 'easy',
    hrZone: null,
    ...over,
  };
}

export function workoutDay(over: Partial<WorkoutDay> = {}): WorkoutDay {
  return {
    date: '2026-11-24',
    kind: 'strength',
    title: 'Lower — squat focus',
    loadLevel: 'heavy',
    position: 'Week 3 of 5 — accumulation',
    items: [],
    totalDistance: null,
    distanceUnit: null,
    why: 'Heavy squats early in the week, while you are fresh.',
    notes: [],
    estimatedMinutes: 60,
    ...over,
  };
}

/** A typical lower day: prep, two compounds, two accessories, core, cool-down. */
export function strengthDay(over: Partial<WorkoutDay> = {}): WorkoutDay {
  return workoutDay({
    items: [
      lift({ section: 'prep', exerciseId: 'hip-airplane', name: 'Hip airplane', sets: 2, reps: '6', load: null, rir: 4 }),
      lift({ section: 'prep', exerciseId: 'goblet-squat', name: 'Goblet squat', sets: 2, reps: '8', load: null, rir: 4 }),
      lift(),
      lift({ section: 'secondary', exerciseId: 'rdl', name: 'Romanian deadlift', sets: 3, reps: '8-10', load: null, rir: 2 }),
      lift({ section: 'accessory', exerciseId: 'split-squat', name: 'Bulgarian split squat', sets: 3, reps: '10', load: 40, rir: 2 }),
      lift({ section: 'accessory', exerciseId: 'leg-curl', name: 'Lying leg curl', sets: 3, reps: '12', load: 70, rir: 1 }),
      lift({ section: 'core', exerciseId: 'plank', name: 'Side plank', sets: 3, reps: '30s', load: null, rir: 3 }),
      lift({ section: 'cooldown', exerciseId: 'couch', name: 'Couch stretch', sets: 1, reps: '60s', load: null, rir: 5 }),
    ],
    ...over,
  });
}

/** 1 mi warm-up, 4 x (1 mi @ 6:45 + 0.25 mi jog) with the last jog dropped, 1 mi cool-down = 6.75 mi. */
export function intervalDay(over: Partial<WorkoutDay> = {}): WorkoutDay {
  const main: RunItem[] = [];
  for (let i = 0; i < 4; i++) {
    main.push(lap({ lapIndex: main.length + 1, distance: 1, paceGoal: '6:45', effort: 'interval', hrZone: 5 }));
    if (i < 3) main.push(lap({ lapIndex: main.length + 1, distance: 0.25, effort: 'recovery jog' }));
  }
  return workoutDay({
    kind: 'run',
    title: 'Intervals',
    loadLevel: 'heavy',
    position: 'Build phase, week 6 of 16',
    items: [lap({ segment: 'warmup' }), ...main, lap({ segment: 'cooldown' })],
    totalDistance: 6.75,
    distanceUnit: 'mi',
    why: 'Mile repeats at 5K effort build the speed your goal pace needs.',
    estimatedMinutes: 55,
    ...over,
  });
}

export function restDay(over: Partial<WorkoutDay> = {}): WorkoutDay {
  return workoutDay({
    kind: 'rest',
    title: 'Rest',
    loadLevel: 'rest',
    items: [],
    why: 'Two hard days behind you: today the adaptation happens.',
    estimatedMinutes: 0,
    ...over,
  });
}

/** Half marathon: 1 mi shakeout warm-up, 13.1 mi at 8:00, 0.5 mi walk/jog cool-down. */
export function raceDay(over: Partial<WorkoutDay> = {}): WorkoutDay {
  return workoutDay({
    kind: 'race',
    title: 'Half marathon',
    loadLevel: 'heavy',
    position: 'Taper, race week',
    items: [
      lap({ segment: 'warmup', distance: 1 }),
      lap({ segment: 'workout', distance: 13.1, paceGoal: '8:00', effort: 'race' }),
      lap({ segment: 'cooldown', distance: 0.5 }),
    ],
    totalDistance: 14.6,
    distanceUnit: 'mi',
    why: 'Everything since week 1 was for this.',
    notes: ['Start 10 s/mi slower than goal for the first 2 miles.', 'Gel every 45 min with water.'],
    estimatedMinutes: 120,
    ...over,
  });
}
