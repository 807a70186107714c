/**
 * A change the adaptation engine made to the plan: what kind, which dates, why (one line), and what the
 * dates looked like before and after. Changes are found by comparing the plan without adaptations (or what
 * the client was last told) with the adapted plan, so a change is only ever reported when a workout moved.
 */
import type { WorkoutDay } from '../workout/workout.js';
import { nameMidSentence } from '../strength/exercises.js';

/** Seed 000/001's adaptation types, plus the schedule kinds a coach texts about. */
export const CHANGE_TYPES = [
  'equipment_change',
  'rest_days',
  're_entry',
  'injury_limitation',
  'non_impact',
  'exercise_swap',
  'volume_reduction',
  'easy_run',
  'schedule_shift',
  'health_limitation',
  'load_limit',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** Why some dates change: the engine's rule and the client's words, before the days are compared. */
export interface Cause {
  type: ChangeType;
  dates: string[];
  /** One line, in the client's sport: "You're sick through Thu: rest, no training texts." */
  reason: string;
  /** What input caused it, when one report should not repeat another's changes ("exclude:wall_sit"). */
  key?: string;
}

export interface PlanChange extends Cause {
  /** Per changed date, the day as it was ("Tempo run 6 mi") and as it is now ("Easy run 4 mi"). */
  before: Record<string, string>;
  after: Record<string, string>;
}

/** Adds a cause, merging its dates into an earlier one with the same type and reason (one line per reason). */
export function addCause(causes: Cause[], c: Cause): void {
  const same = causes.find((x) => x.type === c.type && x.reason === c.reason);
  if (same) same.dates = [...new Set([...same.dates, ...c.dates])].sort();
  else causes.push({ ...c, dates: [...c.dates] });
}

/** One short line for a day: "Rest", "Tempo run 6 mi", "Lower: back squat 4x5 @ 225 lb, RDL 3x8 …". */
export function describeDay(day: WorkoutDay | null | undefined): string {
  if (!day || day.kind === 'rest') return day?.notes.length ? `Rest (${day.notes[0]!.replace(/^Rest: /, '').replace(/\.$/, '')})` : 'Rest';
  if (day.kind === 'run' || day.kind === 'race') {
    return `${day.title} ${day.totalDistance ?? 0} ${day.distanceUnit ?? ''}`.trim();
  }
  const lifts = day.items
    .filter((i) => i.kind === 'lift')
    .map((i) => (i.kind === 'lift' ? `${nameMidSentence(i.name)} ${i.sets}x${i.reps}${i.load !== null ? ` @ ${i.load} ${i.unit}` : ''}${i.tempo ? `, ${i.tempo}` : ''}` : ''));
  return `${day.title.split(' - ')[0]}: ${lifts.join(', ')}`;
}

/**
 * Keeps each cause's dates whose day differs between `before` and `after`, with both versions; drops causes
 * that changed nothing (an exclusion of an exercise this week does not use).
 */
export function changesBetween(causes: readonly Cause[], before: ReadonlyMap<string, WorkoutDay>, after: ReadonlyMap<string, WorkoutDay>): PlanChange[] {
  const out: PlanChange[] = [];
  for (const cause of causes) {
    const b: Record<string, string> = {};
    const a: Record<string, string> = {};
    for (const date of cause.dates) {
      const was = describeDay(before.get(date));
      const now = describeDay(after.get(date));
      if (was !== now) {
        b[date] = was;
        a[date] = now;
      }
    }
    const dates = Object.keys(a).sort();
    if (dates.length) out.push({ ...cause, dates, before: b, after: a });
  }
  return out;
}
