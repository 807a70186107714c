/**
 * Reads a stored strength log (workout_logs.details) as the engine's LoggedSet. Every reader of logged sets
 * (the week's history, the maxes, the progress answer, the stall check) goes through this one parser instead
 * of casting `details` to its own guess of the shape.
 */
import { z } from 'zod';
import type { LoggedSet } from '../engine/strength/index.js';
import { weightUnitSchema } from '../engine/workout/workout.schema.js';

const strengthDetailsSchema = z.object({
  exerciseId: z.string(),
  weight: z.number().nullish(),
  reps: z.number().nullish(),
  rir: z.number().nullish(),
  unit: weightUnitSchema.nullish(),
});

/**
 * A strength log as a logged set: null for another kind of log, or one without an exercise, a weight or reps
 * (a set logged as "done" only carries no load to learn from). `rir` and `unit` are present only when stored.
 */
export function loggedSetOf(log: { kind: string; date: string; details: unknown }): LoggedSet | null {
  if (log.kind !== 'strength') return null;
  const parsed = strengthDetailsSchema.safeParse(log.details);
  if (!parsed.success) return null;
  const d = parsed.data;
  if (!d.exerciseId || !d.weight || !d.reps) return null;
  return { exerciseId: d.exerciseId, date: log.date, weight: d.weight, reps: d.reps, ...(d.rir != null ? { rir: d.rir } : {}), ...(d.unit ? { unit: d.unit } : {}) };
}

const strengthGroupSchema = strengthDetailsSchema.extend({ sets: z.number().int().positive().nullish(), rpe: z.number().nullish(), source: z.string().nullish() });

/** A stored strength log's set group as logged (sets, reps, load, effort), or null for another kind of log. */
export function storedSetGroupOf(log: { kind: string; details: unknown }): { exerciseId: string; sets: number; reps: number | null; weight: number | null; unit: 'kg' | 'lb' | null; rpe: number | null; rir: number | null; stated: boolean } | null {
  if (log.kind !== 'strength') return null;
  const parsed = strengthGroupSchema.safeParse(log.details);
  if (!parsed.success) return null;
  const d = parsed.data;
  return { exerciseId: d.exerciseId, sets: d.sets ?? 1, reps: d.reps ?? null, weight: d.weight ?? null, unit: d.unit ?? null, rpe: d.rpe ?? null, rir: d.rir ?? null, stated: d.source === 'stated' };
}
