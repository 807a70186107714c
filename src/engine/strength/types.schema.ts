/**
 * The stored shape of a StrengthWeek (inside microcycles.pattern), parsed where it is read. Typed by the
 * engine's own types, so a field added to the week without its schema fails to compile.
 */
import { z } from 'zod';
import { EQUIPMENT, LIMITATIONS, STRENGTH_GOALS, TRAINING_AGES } from '../vocabulary.js';
import { adaptationTypeSchema, blockTypeSchema, intensityBiasSchema, prescriptionModifiersSchema } from '../periodization/types.schema.js';
import { MUSCLES } from './volume-landmarks.js';
import { MOVEMENT_PATTERNS } from './exercises.js';
import { liftPrescriptionShape, weightUnitSchema } from '../workout/workout.schema.js';
import type { OneRmSource, PrescribedExercise, StrengthDay, StrengthWeek, WeekBlockInfo, WeekOverrides } from './types.js';

const isoWeekday = z.literal([1, 2, 3, 4, 5, 6, 7]);
const muscle = z.enum(MUSCLES);
const equipment = z.enum(EQUIPMENT);
const limitation = z.enum(LIMITATIONS);

const prescribedExerciseSchema: z.ZodType<PrescribedExercise> = z.object({
  ...liftPrescriptionShape,
  role: z.enum(['power', 'main', 'secondary', 'accessory', 'core']),
  pattern: z.enum(MOVEMENT_PATTERNS),
  muscles: z.array(muscle),
  secondaryMuscles: z.array(muscle),
  repsMin: z.number(),
  repsMax: z.number(),
  timed: z.boolean(),
});

export const strengthDaySchema: z.ZodType<StrengthDay> = z.object({
  date: z.string(),
  dayNumber: isoWeekday,
  type: z.enum(['training', 'rest']),
  theme: z.string(),
  loadLevel: z.enum(['heavy', 'moderate', 'light', 'rest']),
  exercises: z.array(prescribedExerciseSchema),
  estimatedMinutes: z.number(),
  equipment: z.array(equipment),
  notes: z.array(z.string()),
});

const weekBlockInfoSchema: z.ZodType<WeekBlockInfo> = z.object({
  mesoIndex: z.number(),
  mesoNumber: z.number(),
  blockIndex: z.number(),
  blockNumber: z.number(),
  type: blockTypeSchema,
  weekInBlock: z.number(),
  blockWeeks: z.number(),
  weekInMeso: z.number(),
  mesoWeeks: z.number(),
  intensityBias: intensityBiasSchema,
  adaptationType: adaptationTypeSchema,
  intent: z.string(),
  rir: z.number(),
  volumeFraction: z.number(),
});

const byDate = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

const weekOverridesSchema: z.ZodType<WeekOverrides> = z.object({
  equipmentByDate: byDate(z.array(equipment)).optional(),
  extraLimitations: z.array(limitation).optional(),
  volumeMultiplier: z.number().optional(),
  skipDates: z.array(z.string()).optional(),
  limitationsByDate: byDate(z.array(limitation)).optional(),
  excludeExerciseIds: z.array(z.string()).optional(),
  excludeByDate: byDate(z.array(z.string())).optional(),
  substitutions: z.record(z.string(), z.string()).optional(),
  maxDumbbellByDate: byDate(z.number()).optional(),
  setCutsByDate: byDate(z.object({ muscles: z.array(muscle), sets: z.number() })).optional(),
  setFactorByDate: byDate(z.number()).optional(),
  easedByDate: byDate(z.object({ patterns: z.array(z.enum(MOVEMENT_PATTERNS)), limitations: z.array(limitation), rir: z.number(), sets: z.number(), load: z.number(), swap: z.array(z.string()) })).optional(),
  notesByDate: byDate(z.array(z.string())).optional(),
  lightLegsDates: z.array(z.string()).optional(),
});

const oneRmSourceSchema: z.ZodType<OneRmSource> = z.object({
  value: z.number(),
  source: z.enum(['given', 'estimated_from_set', 'history', 'related']),
  detail: z.string(),
});

export const strengthWeekSchema: z.ZodType<StrengthWeek> = z.object({
  weekNumber: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  split: z.enum(['full_body', 'upper_lower', 'upper_lower_push_pull_legs', 'push_pull_legs', 'upper_body']),
  block: weekBlockInfoSchema,
  modifiers: prescriptionModifiersSchema,
  days: z.array(strengthDaySchema),
  hardSetsByMuscle: z.record(muscle, z.number()),
  volumeTargets: z.record(muscle, z.object({ mev: z.number(), mrv: z.number(), target: z.number() })),
  inputs: z.object({
    trainingAge: z.enum(TRAINING_AGES),
    goal: z.enum(STRENGTH_GOALS),
    trainingDays: z.array(isoWeekday),
    sessionMinutes: z.number(),
    equipment: z.array(equipment),
    limitations: z.array(limitation),
    units: weightUnitSchema,
    seed: z.number(),
    overrides: weekOverridesSchema.nullable(),
    oneRepMaxes: z.record(z.string(), oneRmSourceSchema),
    loggedSetsUsed: z.number(),
  }),
  notes: z.array(z.string()),
});
