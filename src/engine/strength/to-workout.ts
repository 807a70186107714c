/**
 * Maps a strength day to the one WorkoutDay shape every channel shows.
 */
import type { LiftItem, WorkoutDay } from '../workout/workout.js';
import type { StrengthOutline } from '../periodization/types.js';
import type { SlotRole } from '../microcycle/split.js';
import type { PrescribedExercise, StrengthDay, StrengthWeek } from './types.js';

const SECTION: Record<SlotRole, LiftItem['section']> = {
  power: 'prep',
  main: 'compound',
  secondary: 'secondary',
  accessory: 'accessory',
  core: 'core',
};

export function toLiftItem(e: PrescribedExercise): LiftItem {
  return {
    kind: 'lift',
    section: SECTION[e.role],
    exerciseId: e.exerciseId,
    name: e.name,
    sets: e.sets,
    reps: e.reps,
    rir: e.rir,
    restSec: e.restSec,
    load: e.load,
    unit: e.unit,
    percent1RM: e.percent1RM,
    ...(e.tempo ? { tempo: e.tempo } : {}),
    ...(e.superset ? { superset: e.superset } : {}),
    rationale: e.rationale,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.oneRepMax !== undefined ? { oneRepMax: e.oneRepMax } : {}),
    ...(e.loadNote ? { loadNote: e.loadNote } : {}),
  };
}

/** Block types in plain words for the client. */
export const BLOCK_WORDS: Record<StrengthWeek['block']['type'], string> = {
  accumulation: 'building volume',
  intensification: 'getting heavier',
  realization: 'peak week',
  deload: 'easy week',
};

/** "Week 3 of 12 - building volume": one position line, plan week of plan length, the block in plain words. */
export function positionLabel(week: StrengthWeek, totalWeeks?: number): string {
  return `Week ${week.weekNumber} of ${totalWeeks ?? '?'} - ${BLOCK_WORDS[week.block.type]}`;
}

export function strengthDayToWorkout(week: StrengthWeek, day: StrengthDay, outline: StrengthOutline): WorkoutDay {
  const notes = [...day.notes];
  return {
    date: day.date,
    kind: day.type === 'training' ? 'strength' : 'rest',
    title: day.theme,
    loadLevel: day.type === 'training' ? (day.loadLevel === 'rest' ? 'light' : day.loadLevel) : 'rest',
    position: positionLabel(week, outline.weeks),
    items: day.exercises.map(toLiftItem),
    totalDistance: null,
    distanceUnit: null,
    why: day.type === 'training' ? week.block.intent : 'Rest: recovery is when the training turns into progress.',
    notes,
    estimatedMinutes: day.type === 'training' ? day.estimatedMinutes : 0,
    plainWords: outline.trainingAge === 'beginner',
  };
}
