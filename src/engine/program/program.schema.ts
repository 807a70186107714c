/**
 * The stored shapes of a program (fitness_plans.request/outline, microcycles.pattern), parsed where they are
 * read, never cast (DESIGN.md principle 4). Typed by the engine's own types, so a field added to a type
 * without its schema fails to compile.
 */
import { z } from 'zod';
import { strengthOutlineSchema } from '../periodization/types.schema.js';
import { strengthWeekSchema } from '../strength/types.schema.js';
import { raceOutlineSchema } from '../endurance/outline.schema.js';
import { raceWeekSchema } from '../endurance/week.schema.js';
import type { PlanOutline, ProgramWeek } from './program.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const planOutlineSchema: z.ZodType<PlanOutline> = z.object({
  kind: z.enum(['strength', 'race', 'hybrid']),
  startDate: isoDate,
  endDate: isoDate,
  weeks: z.number(),
  strength: strengthOutlineSchema.nullable(),
  race: raceOutlineSchema.nullable(),
});

export const programWeekSchema: z.ZodType<ProgramWeek> = z.object({
  weekNumber: z.number(),
  startDate: isoDate,
  endDate: isoDate,
  strength: strengthWeekSchema.nullable(),
  race: raceWeekSchema.nullable(),
});
