/**
 * The stored shape of a StrengthOutline (inside fitness_plans.outline) and of a week's prescription
 * modifiers, parsed where they are read. Each schema is typed by the engine's own type, so the two cannot drift.
 */
import { z } from 'zod';
import { STRENGTH_GOALS, TRAINING_AGES } from '../vocabulary.js';
import type { Mesocycle, OutlineWeek, PrescriptionModifiers, StrengthOutline, TrainingBlock } from './types.js';

export const blockTypeSchema = z.enum(['accumulation', 'intensification', 'realization', 'deload']);
const volumeTargetSchema = z.enum(['mev', 'mav', 'approaching_mrv', 'deload_volume']);
export const intensityBiasSchema = z.enum(['strength', 'hypertrophy', 'power', 'muscular_endurance']);
export const adaptationTypeSchema = z.enum(['neural_adaptation', 'myofibrillar_hypertrophy', 'sarcoplasmic_hypertrophy', 'work_capacity', 'recovery']);

const trainingBlockSchema: z.ZodType<TrainingBlock> = z.object({
  index: z.number(),
  blockNumber: z.number(),
  mesoIndex: z.number(),
  type: blockTypeSchema,
  startWeek: z.number(),
  endWeek: z.number(),
  weeks: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  volumeTarget: volumeTargetSchema,
  intensityBias: intensityBiasSchema,
  adaptationType: adaptationTypeSchema,
  rirStart: z.number(),
  rirEnd: z.number(),
  weeklyVolumeRamp: z.number(),
  intent: z.string(),
});

const mesocycleSchema: z.ZodType<Mesocycle> = z.object({
  index: z.number(),
  mesoNumber: z.number(),
  startWeek: z.number(),
  endWeek: z.number(),
  weeks: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  focus: z.string(),
  volumeTarget: volumeTargetSchema,
  intensityBias: intensityBiasSchema,
  blocks: z.array(trainingBlockSchema),
});

const outlineWeekSchema: z.ZodType<OutlineWeek> = z.object({
  weekNumber: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  mesoIndex: z.number(),
  blockIndex: z.number(),
  blockType: blockTypeSchema,
  weekInBlock: z.number(),
  weekInMeso: z.number(),
  rir: z.number(),
  volumeFraction: z.number(),
});

export const strengthOutlineSchema: z.ZodType<StrengthOutline> = z.object({
  kind: z.literal('strength'),
  startDate: z.string(),
  endDate: z.string(),
  weeks: z.number(),
  trainingAge: z.enum(TRAINING_AGES),
  goal: z.enum(STRENGTH_GOALS),
  mesocycles: z.array(mesocycleSchema),
  weekTable: z.array(outlineWeekSchema),
  meetDate: z.string().optional(),
});

export const prescriptionModifiersSchema: z.ZodType<PrescriptionModifiers> = z.object({
  volumeMultiplier: z.number(),
  intensityMultiplier: z.number(),
  rir: z.number(),
  restMultiplier: z.number(),
});
