/**
 * What the adaptation engine reads: the client's open adaptations (travel, illness, pain, exclusions and
 * swaps, missing equipment) and recent soreness. Services parse stored rows into these with the schemas
 * below (never casts); the engine treats them as plain data.
 */
import { z } from 'zod';
import { weightUnitSchema } from '../workout/workout.schema.js';
import { EQUIPMENT } from '../vocabulary.js';
import { HEALTH_CONDITIONS } from './health.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const equipment = z.enum(EQUIPMENT);

export const adaptationInputSchema = z.discriminatedUnion('kind', [
  /** Away from the usual gym: these dates use `equipment` (null = unknown: bodyweight). */
  z.object({
    kind: z.literal('travel'),
    from: isoDate,
    to: isoDate.nullable(),
    equipment: z.array(equipment).nullable(),
    maxDumbbell: z.object({ load: z.number().positive(), unit: weightUnitSchema }).nullable(),
    cardio: z.array(z.string()),
    timezone: z.string().nullable(),
    reason: z.string(),
  }),
  /** Sick or away: rest through `to` (null = 3 days), then a re-entry. */
  /** `timeOff`: a break said after it was over ("back after 3 weeks off"), not a sickness: the re-entry says so. */
  z.object({ kind: z.literal('illness'), from: isoDate, to: isoDate.nullable(), reason: z.string(), timeOff: z.boolean().optional() }),
  /** Pain at a body part: what loads it is left out through `to` (null = 7 days). */
  z.object({
    kind: z.literal('pain'),
    from: isoDate,
    to: isoDate.nullable(),
    bodyPart: z.string(),
    redFlag: z.boolean(),
    exerciseId: z.string().nullable(),
    reason: z.string(),
    /** Said mild ("a bit achy", no red flag): a runner's runs are eased (shorter, easy), not taken out. */
    mild: z.boolean().optional(),
  }),
  /**
   * The client stops an exercise for good; `toExerciseId` is their chosen replacement (a swap), if any. With `to`
   * it is a caution for a while ("go easy on deadlifts"): out through `to`, with `exerciseIds` (the lift and its
   * close variants) out too, then back.
   */
  z.object({
    kind: z.literal('exclude'), from: isoDate, exerciseId: z.string(), toExerciseId: z.string().nullable(), reason: z.string(),
    to: isoDate.nullable().optional(),
    exerciseIds: z.array(z.string()).optional(),
  }),
  /** Equipment the client's gym does not have, from `from` on. */
  z.object({ kind: z.literal('missing_equipment'), from: isoDate, equipment: z.array(equipment), reason: z.string() }),
  /**
   * Legs back after a cast, a boot or a wheelchair ("cast is off"): the lower body returns light through `to`
   * (about 2 weeks: leg lifts at 2 sets, 3+ reps in reserve), then progresses as planned.
   */
  z.object({ kind: z.literal('legs_back'), from: isoDate, to: isoDate, reason: z.string() }),
  /** A health condition told (AFib, osteoporosis, …): its rules (health.ts) from `from` on, for good. */
  z.object({ kind: z.literal('health'), from: isoDate, condition: z.enum(HEALTH_CONDITIONS), label: z.string(), reason: z.string() }),
  /**
   * A lifting limit (a doctor's "nothing over 135 for 6 weeks"): no load over it `from` through `to`
   * (null = until the client says it is lifted).
   */
  z.object({
    kind: z.literal('load_limit'), from: isoDate, to: isoDate.nullable(), load: z.number().positive(), unit: weightUnitSchema, reason: z.string(),
    /** Said of these lifts only ("keep it under 135 on squats"): the others keep their loads. Absent: every lift. */
    exerciseIds: z.array(z.string()).optional(),
  }),
]);
export type AdaptationInput = z.infer<typeof adaptationInputSchema>;
export type AdaptationKind = AdaptationInput['kind'];

export const sorenessInputSchema = z.object({
  date: isoDate,
  bodyParts: z.array(z.string()),
  severity: z.number().min(1).max(5),
  /** Stiffness rather than soreness: the change is named "Tight …" (absent: "Sore …"). */
  tight: z.boolean().optional(),
});
export type SorenessInput = z.infer<typeof sorenessInputSchema>;

/** Everything the engine adapts a week to (logs and maxes reach the engines through their own options). */
export interface AdaptationContext {
  adaptations: AdaptationInput[];
  soreness: SorenessInput[];
}

export const NO_ADAPTATIONS: AdaptationContext = { adaptations: [], soreness: [] };
