/**
 * Reads the plan JSON stored by plans.service (weeks in microcycles.pattern, days in workout_instances.workout)
 * for the web pages. No zod schema exists for these engine shapes, so each is checked for the fields the pages
 * use, and anything that does not look like the engine's output is skipped instead of trusted.
 */
import { z } from 'zod';
import type { ProgramWeek } from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function readProgramWeek(value: unknown): ProgramWeek | null {
  if (!isObject(value)) return null;
  if (typeof value.weekNumber !== 'number' || !isDate(value.startDate) || !isDate(value.endDate)) return null;
  const strength = value.strength;
  const race = value.race;
  if (strength !== null && !(isObject(strength) && Array.isArray(strength.days) && isObject(strength.block))) return null;
  if (race !== null && !(isObject(race) && Array.isArray(race.days) && typeof race.volume === 'number')) return null;
  return value as unknown as ProgramWeek;
}

export function readWorkoutDay(value: unknown): WorkoutDay | null {
  if (!isObject(value)) return null;
  if (!isDate(value.date) || typeof value.kind !== 'string' || typeof value.title !== 'string' || !Array.isArray(value.items)) return null;
  return {
    ...(value as unknown as WorkoutDay),
    notes: Array.isArray(value.notes) ? value.notes.filter((n): n is string => typeof n === 'string') : [],
    why: typeof value.why === 'string' ? value.why : '',
    position: typeof value.position === 'string' ? value.position : '',
  };
}

const builtWithSchema = z.object({
  weekNumber: z.number().int().optional(),
  stamp: z.string().optional(),
  planDate: z.string().optional(),
});

/** What plans.service records about how a stored week or day was built (the `engine_input` column). */
export type BuiltWith = z.infer<typeof builtWithSchema>;

/**
 * The build record of a stored week or day (`engine_input`): which week, under which stamp (weekStamp), and a
 * day's plan date. Anything not of that shape reads as empty, which every caller treats as "build it again".
 */
export function readBuiltWith(engineInput: unknown): BuiltWith {
  const parsed = builtWithSchema.safeParse(engineInput);
  return parsed.success ? parsed.data : {};
}
