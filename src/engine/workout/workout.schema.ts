/**
 * The stored shape of a WorkoutDay (workout_instances.workout), parsed where it is read. Days stored before a
 * field existed still read: `plainWords` and `paceEstimated` stay optional, and `notes`, `why` and `position`
 * fall back to empty when missing or malformed (they only decorate the day; its items are what it is).
 */
import { z } from 'zod';
import type { LiftItem, RunItem, WeightUnit, WorkoutDay } from './workout.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A load's unit wherever one is stored or read back (a plan, a log, a pending question, a model's reading). */
export const weightUnitSchema = z.enum(['kg', 'lb']) satisfies z.ZodType<WeightUnit, unknown>;
const distanceUnit = z.enum(['mi', 'km']);

/** The numbers of a prescribed lift, as both a day's LiftItem and the strength week's exercise store them. */
export const liftPrescriptionShape = {
  exerciseId: z.string(),
  name: z.string(),
  sets: z.number(),
  reps: z.string(),
  rir: z.number(),
  restSec: z.number(),
  load: z.number().nullable(),
  unit: weightUnitSchema,
  percent1RM: z.number().nullable(),
  rationale: z.string(),
  /** Why this lift, without its numbers (absent on days stored before it existed). */
  reason: z.string().optional(),
  /** The est. 1RM (in `unit`) the load is `percent1RM` of; null when the load came from no max. */
  oneRepMax: z.number().nullable().optional(),
  /** What set the load other than a max: the client's heaviest dumbbell, a starting bell. */
  loadNote: z.string().optional(),
  /** A slower tempo for a load the client cannot raise (strength/load-cap.ts): "3 s down". */
  tempo: z.string().nullable().optional(),
  /** "A1"/"A2": done in alternation with the lift of the same letter (strength/superset.ts). */
  superset: z.string().nullable().optional(),
};

const liftItemSchema: z.ZodType<LiftItem> = z.object({
  kind: z.literal('lift'),
  section: z.enum(['prep', 'compound', 'secondary', 'accessory', 'core', 'cardio', 'cooldown']),
  ...liftPrescriptionShape,
});

const runItemSchema: z.ZodType<RunItem> = z.object({
  kind: z.literal('run'),
  segment: z.enum(['warmup', 'workout', 'cooldown']),
  lapIndex: z.number(),
  distance: z.number(),
  unit: distanceUnit,
  paceGoal: z.string().nullable(),
  effort: z.string(),
  hrZone: z.number().nullable(),
});

export const workoutDaySchema: z.ZodType<WorkoutDay> = z.object({
  date: isoDate,
  kind: z.enum(['strength', 'run', 'rest', 'race']),
  title: z.string(),
  loadLevel: z.enum(['heavy', 'moderate', 'light', 'rest']),
  position: z.string().catch(''),
  items: z.array(z.union([liftItemSchema, runItemSchema])),
  totalDistance: z.number().nullable(),
  distanceUnit: distanceUnit.nullable(),
  why: z.string().catch(''),
  // A stray non-string note is dropped, not the whole day.
  notes: z
    .array(z.unknown())
    .catch([])
    .transform((notes) => notes.filter((n): n is string => typeof n === 'string')),
  estimatedMinutes: z.number(),
  plainWords: z.boolean().optional(),
  paceEstimated: z.boolean().optional(),
});
