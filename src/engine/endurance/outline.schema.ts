/**
 * The stored shape of a RaceOutline (inside fitness_plans.outline), parsed where it is read; its request is
 * checked by the engine's own raceRequestSchema. Typed by RaceOutline, so the two cannot drift.
 */
import { z } from 'zod';
import { raceRequestSchema } from './race-request.js';
import { PHASE_NAMES } from './phases.js';
import type { OutlineWeek, RaceOutline } from './outline.js';

const isoWeekday = z.literal([1, 2, 3, 4, 5, 6, 7]);
export const phaseNameSchema = z.enum(PHASE_NAMES);

const outlineWeekSchema: z.ZodType<OutlineWeek> = z.object({
  weekNumber: z.number(),
  phase: phaseNameSchema,
  startDate: z.string(),
  endDate: z.string(),
  partial: z.boolean(),
  cutback: z.boolean(),
  targetVolume: z.number(),
  level: z.number(),
  longRun: z.number().optional(),
});

export const raceOutlineSchema: z.ZodType<RaceOutline> = z.object({
  request: raceRequestSchema,
  fitnessSource: z.enum(['race', 'pace', 'estimated']),
  runWalk: z.object({ sessionMinutes: z.number(), stages: z.array(z.number()) }).nullable(),
  units: z.enum(['mi', 'km']),
  raceName: z.string(),
  distanceClass: z.enum(['5k', '10k', 'half', 'marathon', 'ultra']),
  raceDate: z.string(),
  startDate: z.string(),
  distanceMeters: z.number(),
  raceDistance: z.number(),
  totalWeeks: z.number(),
  phases: z.array(z.object({ name: phaseNameSchema, weekCount: z.number(), startWeek: z.number(), endWeek: z.number() })),
  pattern: z.object({ trainingDays: z.array(isoWeekday), longRunDay: isoWeekday, qualityDays: z.array(isoWeekday) }),
  weeks: z.array(outlineWeekSchema),
  vdot: z.number(),
  predictions: z.record(z.enum(['5k', '10k', 'half', 'marathon']), z.number()),
  racePrediction: z.number(),
  racePaceSecPerUnit: z.number(),
  paces: z.object({
    easy: z.object({ min: z.number(), max: z.number() }),
    marathon: z.number(),
    threshold: z.number(),
    interval: z.number(),
    repetition: z.number(),
  }),
  goal: z.object({ timeSec: z.number(), paceSecPerUnit: z.number(), delta: z.number(), note: z.string().nullable() }).nullable(),
  startVolume: z.number(),
  peakVolume: z.number(),
  raceWindowVolume: z.number(),
  raceWindowStart: z.string(),
  longRunCap: z.number(),
  holdWeeks: z.number(),
  notes: z.array(z.string()),
  shortRunway: z.object({ weeks: z.number(), needWeeks: z.number() }).nullable().optional(),
  runTime: z.object({ minutes: z.number(), cap: z.number(), needMinutes: z.number() }).nullable().optional(),
});
