/**
 * The stored shape of a RaceWeek and its days (inside microcycles.pattern), parsed where it is read. Typed by
 * the engine's own types, so the two cannot drift.
 */
import { z } from 'zod';
import { DAY_TYPES, type Lap, type RaceDay } from './race-day.js';
import { phaseNameSchema } from './outline.schema.js';
import type { RaceWeek } from './week.js';

const lapSchema: z.ZodType<Lap> = z.object({
  lapIndex: z.number(),
  distance: z.number(),
  paceGoal: z.string().nullable(),
  hrZone: z.number().nullable().optional(),
  effort: z.enum([
    'warm-up',
    'cool-down',
    'easy',
    'moderate',
    'long',
    'recovery',
    'shakeout',
    'threshold',
    'interval',
    'repetition',
    'recovery jog',
    'marathon pace',
    'race pace',
    'walk',
    'run-walk',
  ]),
  description: z.string(),
});

export const raceDaySchema: z.ZodType<RaceDay> = z.object({
  date: z.string(),
  dayNumber: z.number(),
  type: z.enum(DAY_TYPES),
  warmup: z.array(lapSchema),
  workout: z.array(lapSchema),
  cooldown: z.array(lapSchema),
  total: z.number(),
  minutes: z.number().optional(),
  mediumLong: z.literal(true).optional(),
  notes: z.string(),
});

export const raceWeekSchema: z.ZodType<RaceWeek> = z.object({
  weekNumber: z.number(),
  phase: phaseNameSchema,
  startDate: z.string(),
  endDate: z.string(),
  volume: z.number(),
  trainingVolume: z.number(),
  partial: z.boolean(),
  cutback: z.boolean(),
  vdot: z.number(),
  days: z.array(raceDaySchema),
  version: z.number(),
  changes: z.array(z.string()),
  held: z.string().optional(),
});
