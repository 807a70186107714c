import type { WorkoutDay } from '../../../src/engine/workout/workout.js';

/** A plan day as the missed-session and week-days rules read it: kind, title and load level, nothing else. */
export function planDay(date: string, kind: WorkoutDay['kind'], title: string, loadLevel: WorkoutDay['loadLevel']): WorkoutDay {
  return { date, kind, title, loadLevel, position: '', items: [], totalDistance: null, distanceUnit: null, why: '', notes: [], estimatedMinutes: 0 };
}
