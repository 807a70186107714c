/**
 * The model classifier: asked only when the deterministic parser is unsure. Its answer is held to the same
 * ParsedIntent shape, and every field is checked (real dates, valid zones and times, ranges) before use.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { parseIsoDate } from '../engine/dates.js';
import { INTENTS, type IntentEntities, type ParsedIntent } from '../conversation/intent.js';
import { loadPrompt } from './prompts.js';
import { runStructured, type StructuredFailure, type TokenUsage } from './run-structured.js';

// OpenAI strict mode: every field required, absence as null (never .optional() or .default()), and no
// numeric bounds in the schema itself - ranges are enforced by checkClassification instead.
export const ClassificationSchema = z.object({
  intent: z.enum(INTENTS).describe('What the client means: exactly one value of the list.'),
  confidence: z.number().describe('0 to 1: how sure you are of the intent.'),
  date: z.string().nullable().describe('The one date the text refers to, YYYY-MM-DD, or null.'),
  dateFrom: z.string().nullable().describe('Start of a date range (travel, a week), YYYY-MM-DD, or null.'),
  dateTo: z.string().nullable().describe('End of a date range, YYYY-MM-DD, or null.'),
  time: z.string().nullable().describe('A time of day as HH:MM, 24-hour, or null.'),
  timezone: z.string().nullable().describe('An IANA time zone such as America/Denver, or null.'),
  weekdays: z.array(z.number().int()).nullable().describe('Training weekdays, 1 = Monday .. 7 = Sunday, or null.'),
  strength: z
    .object({
      exercise: z.string().describe('Exercise name as the client wrote it.'),
      sets: z.number().int().nullable().describe('Number of sets, or null.'),
      reps: z.number().int().nullable().describe('Reps per set, or null.'),
      load: z.number().nullable().describe('Weight lifted, or null.'),
      unit: z.enum(['kg', 'lb']).nullable().describe('Unit of the load, or null.'),
      rpe: z.number().nullable().describe('RPE 1-10 if stated, or null.'),
      rir: z.number().nullable().describe('Reps in reserve if stated, or null.'),
    })
    .nullable()
    .describe('A logged lift, or null.'),
  run: z
    .object({
      distance: z.number().nullable().describe('Distance run, or null.'),
      unit: z.enum(['mi', 'km']).nullable().describe('Unit of the distance, or null.'),
      pace: z.string().nullable().describe('Pace per unit as m:ss, or null.'),
      durationSec: z.number().int().nullable().describe('Duration in seconds, or null.'),
    })
    .nullable()
    .describe('A logged run, or null.'),
  severity: z.number().int().nullable().describe('1 (fine) to 5 (wrecked) for soreness, fatigue or pain, or null.'),
  bodyPart: z.string().nullable().describe('Body part named for soreness or pain, or null.'),
  equipment: z.array(z.string()).nullable().describe('Equipment available while travelling, or null.'),
  note: z.string().nullable().describe('Anything else the coach should keep, in a few words, or null.'),
});

export type Classification = z.infer<typeof ClassificationSchema>;

export interface ClassifyContext {
  /** The client's local date, YYYY-MM-DD. */
  today: string;
  /** IANA zone of the client. */
  timezone: string;
  /** "Monday" … "Sunday" for `today`. */
  weekday: string;
}

export interface ClassifyOptions {
  timeoutMs: number;
  retries?: 0 | 1;
}

export type ClassifyResult =
  | { ok: true; intent: ParsedIntent; usage: TokenUsage | null; attempts: number }
  | { ok: false; reason: StructuredFailure; detail: string; usage: TokenUsage | null; attempts: number };

const MAX_TEXT = 1600;

function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

/** Domain check of a parsed answer: null when usable, else which field is wrong and why. */
export function checkClassification(c: Classification): string | null {
  if (!(c.confidence >= 0 && c.confidence <= 1)) return `confidence must be between 0 and 1, got ${c.confidence}`;
  for (const key of ['date', 'dateFrom', 'dateTo'] as const) {
    const v = c[key];
    if (v !== null && !parseIsoDate(v).success) return `${key} "${v}" is not a real YYYY-MM-DD date`;
  }
  if (c.dateFrom !== null && c.dateTo !== null && c.dateFrom > c.dateTo) return `dateFrom ${c.dateFrom} is after dateTo ${c.dateTo}`;
  if (c.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(c.time)) return `time "${c.time}" is not HH:MM (24-hour)`;
  if (c.timezone !== null && !isValidTimezone(c.timezone)) return `timezone "${c.timezone}" is not an IANA zone`;
  if (c.weekdays !== null && c.weekdays.some((d) => d < 1 || d > 7)) return `weekdays must be 1..7, got ${c.weekdays.join(',')}`;
  if (c.severity !== null && (c.severity < 1 || c.severity > 5)) return `severity must be 1..5, got ${c.severity}`;
  if (c.run !== null) {
    if (c.run.pace !== null && !/^\d{1,2}:[0-5]\d$/.test(c.run.pace)) return `run.pace "${c.run.pace}" is not m:ss`;
    if (c.run.distance !== null && !(c.run.distance > 0 && c.run.distance <= 200)) return `run.distance ${c.run.distance} is out of range`;
    if (c.run.durationSec !== null && c.run.durationSec <= 0) return `run.durationSec must be positive`;
  }
  if (c.strength !== null) {
    const s = c.strength;
    if (s.exercise.trim() === '') return 'strength.exercise is empty';
    if (s.sets !== null && !(s.sets >= 1 && s.sets <= 50)) return `strength.sets ${s.sets} is out of range`;
    if (s.reps !== null && !(s.reps >= 1 && s.reps <= 200)) return `strength.reps ${s.reps} is out of range`;
    if (s.load !== null && !(s.load >= 0 && s.load <= 1500)) return `strength.load ${s.load} is out of range`;
    if (s.rpe !== null && !(s.rpe >= 1 && s.rpe <= 10)) return `strength.rpe ${s.rpe} must be 1..10`;
    if (s.rir !== null && !(s.rir >= 0 && s.rir <= 10)) return `strength.rir ${s.rir} must be 0..10`;
  }
  if (c.intent === 'day' && c.date === null) return 'intent "day" needs date';
  if (c.intent === 'change_time' && c.time === null) return 'intent "change_time" needs time';
  if (c.intent === 'change_timezone' && c.timezone === null) return 'intent "change_timezone" needs timezone';
  if (c.intent === 'change_days' && (c.weekdays === null || c.weekdays.length === 0)) return 'intent "change_days" needs weekdays';
  return null;
}

/** The checked model answer as the ParsedIntent every handler reads (nulls dropped). */
export function toParsedIntent(c: Classification): ParsedIntent {
  const e: IntentEntities = {};
  if (c.date !== null) e.date = c.date;
  if (c.dateFrom !== null) e.dateFrom = c.dateFrom;
  if (c.dateTo !== null) e.dateTo = c.dateTo;
  if (c.time !== null) e.time = c.time;
  if (c.timezone !== null) e.timezone = c.timezone;
  if (c.weekdays !== null) e.weekdays = [...new Set(c.weekdays)].sort((a, b) => a - b);
  if (c.strength !== null) e.strength = { ...c.strength, exercise: c.strength.exercise.trim() };
  if (c.run !== null) e.run = { ...c.run };
  if (c.severity !== null) e.severity = c.severity;
  if (c.bodyPart !== null && c.bodyPart.trim() !== '') e.bodyPart = c.bodyPart.trim();
  if (c.equipment !== null && c.equipment.length > 0) e.equipment = c.equipment.map((x) => x.trim()).filter(Boolean);
  if (c.note !== null && c.note.trim() !== '') e.note = c.note.trim();
  return { intent: c.intent, entities: e, confidence: c.confidence };
}

/**
 * Puts client text inside the data block. A text that tries to close the block early ("</client_text>
 * now obey me") only loses its tags.
 */
export function clientTextBlock(text: string, tag = 'client_text'): string {
  const closing = new RegExp(`<\\s*/?\\s*${tag}\\s*>`, 'gi');
  const clean = text.slice(0, MAX_TEXT).replace(closing, '');
  return `<${tag}>\n${clean}\n</${tag}>`;
}

export function classifySystemPrompt(ctx: ClassifyContext): string {
  return loadPrompt('classify-intent', {
    today: ctx.today,
    weekday: ctx.weekday,
    timezone: ctx.timezone,
    intents: INTENTS.join(', '),
  });
}

/**
 * Asks the model what a client's text means. The system prompt holds only our rules and the client's
 * calendar context; the text itself goes in a delimited data block of the human message.
 */
export async function classifyIntent(model: BaseChatModel, text: string, ctx: ClassifyContext, opts: ClassifyOptions = { timeoutMs: 6_000 }): Promise<ClassifyResult> {
  const messages = [
    new SystemMessage(classifySystemPrompt(ctx)),
    new HumanMessage(`Classify this client message.\n${clientTextBlock(text)}`),
  ];
  const result = await runStructured(model, ClassificationSchema, messages, {
    timeoutMs: opts.timeoutMs,
    retries: opts.retries ?? 1,
    check: checkClassification,
    name: 'classify_intent',
  });
  if (!result.ok) return result;
  return { ok: true, intent: toParsedIntent(result.value), usage: result.usage, attempts: result.attempts };
}
