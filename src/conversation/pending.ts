/**
 * The question the coach waits on between texts outside onboarding, and its schema: the state is stored JSON,
 * maybe written by an older version, so it is parsed where it is read (coach), never cast.
 */
import { z } from 'zod';
import type { LogEntry } from '../services/logs.service.js';
import type { Proposal } from '../engine/adaptation/readiness.js';
import { LIMITATIONS, type Limitation } from '../engine/vocabulary.js';
import { weightUnitSchema } from '../engine/workout/workout.schema.js';
import { INTENTS, type Item, type ItemOf, type SetGroup } from './understand/items.js';

/** What the coach waits for after asking a question outside onboarding. */
export type Pending =
  | { kind: 'confirm_logs'; entries: LogEntry[]; rawText: string }
  | { kind: 'choose'; options: [Item, Item] }
  | { kind: 'proposal'; proposal: Proposal }
  /** A change offered in place of one refused (a move to the nearest allowed day): YES applies it. */
  | { kind: 'offer'; item: Item }
  /** A lift left out for an area told at the start, offered back: YES rebuilds the plan without sparing it. */
  | { kind: 'unspare'; limitations: Limitation[]; areas: string; lift: string }
  /** Sets logged with no lift named that no planned lift fitted: kept until the client names the lift. */
  | { kind: 'which_lift'; item: ItemOf<'unnamed_lift'> }
  /** The morning text's time shown with "Text a new time": a clock alone next ("7:30") is that new time. */
  | { kind: 'text_time' };

// Items and log entries were made by the coach's own readers (their fields are the readers' types): checked for
// the fields this answer reads first (the intent, the kind and day), not re-validated field by field.
const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const itemSchema = z.custom<Item>((v) => record(v) && (INTENTS as readonly unknown[]).includes(v['intent']), { message: 'not a read item' });
const logEntrySchema = z.custom<LogEntry>((v) => record(v) && (v['kind'] === 'strength' || v['kind'] === 'run') && typeof v['date'] === 'string', { message: 'not a log entry' });
const setGroupSchema = z.object({
  sets: z.number(),
  reps: z.number().nullable(),
  load: z.number().nullable(),
  unit: weightUnitSchema.nullable(),
  rpe: z.number().nullable(),
  rir: z.number().nullable(),
  effort: z.string().optional(),
}) satisfies z.ZodType<SetGroup, unknown>;
const unnamedLiftSchema = z.object({
  intent: z.literal('unnamed_lift'),
  date: z.string(),
  groups: z.array(setGroupSchema),
  note: z.string(),
}) satisfies z.ZodType<ItemOf<'unnamed_lift'>, unknown>;
const proposalSchema = z.object({
  kind: z.enum(['early_deload', 'intensity_reduction']),
  from: z.string(),
  to: z.string(),
  volumeMultiplier: z.number(),
  loadMultiplier: z.number(),
  trigger: z.enum(['readiness', 'stall']),
  reason: z.string(),
  exerciseId: z.string().optional(),
}) satisfies z.ZodType<Proposal, unknown>;

export const pendingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirm_logs'), entries: z.array(logEntrySchema), rawText: z.string() }),
  z.object({ kind: z.literal('choose'), options: z.tuple([itemSchema, itemSchema]) }),
  z.object({ kind: z.literal('proposal'), proposal: proposalSchema }),
  z.object({ kind: z.literal('offer'), item: itemSchema }),
  z.object({ kind: z.literal('unspare'), limitations: z.array(z.enum(LIMITATIONS)), areas: z.string(), lift: z.string() }),
  z.object({ kind: z.literal('which_lift'), item: unnamedLiftSchema }),
  z.object({ kind: z.literal('text_time') }),
]) satisfies z.ZodType<Pending, unknown>;
