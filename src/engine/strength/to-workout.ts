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
    rationale: e.rationale,
  };
}

/** "Week 3 of 5 — accumulation": week in block of block length, with the block type. */
export function positionLabel(week: StrengthWeek): string {
  return `Week ${week.block.weekInBlock} of ${week.block.blockWeeks} — ${week.block.type}`;
}

export function strengthDayToWorkout(week: StrengthWeek, day: StrengthDay, outline: StrengthOutline): WorkoutDay {
  const meso = outline.mesocycles[week.block.mesoIndex];
  const notes = [...day.notes];
  if (meso && day.type === 'training') notes.push(`Plan week ${week.weekNumber} of ${outline.weeks}, mesocycle ${meso.mesoNumber} of ${outline.mesocycles.length}.`);
  return {
    date: day.date,
    kind: day.type === 'training' ? 'strength' : 'rest',
    title: day.theme,
    loadLevel: day.type === 'training' ? (day.loadLevel === 'rest' ? 'light' : day.loadLevel) : 'rest',
    position: positionLabel(week),
    items: day.exercises.map(toLiftItem),
    totalDistance: null,
    distanceUnit: null,
    why: day.type === 'training' ? week.block.intent : 'Rest: recovery is when the training turns into progress.',
    notes,
    estimatedMinutes: day.type === 'training' ? day.estimatedMinutes : 0,
  };
}
