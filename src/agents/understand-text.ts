/**
 * The model reader, asked only for what the deterministic rules are unsure of. One schema holds every intent
 * and every onboarding slot at once, with several items per text, so "long run done, bench 185x5 wed, knee
 * is sore" comes back as three items. The answer is checked like the rules' own output: closed sets are
 * enums, exercises must exist in the library, dates must be real and logs never in the future.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { weightUnitSchema } from '../engine/workout/workout.schema.js';
import { parseIsoDate } from '../engine/dates.js';
import { EQUIPMENT, LIMITATIONS, RACE_DISTANCES, STRENGTH_GOALS, TRAINING_AGES } from '../engine/vocabulary.js';
import { INTENTS, RUN_ZONES, TERMS, WORKOUT_KINDS, type Item, type SetGroup } from '../conversation/understand/items.js';
import { BODY_PARTS, JOINTS, type Joint } from '../conversation/words.js';
import { matchExercise } from '../conversation/parse/exercise.js';
import { findRaceDistance, raceLabel } from '../conversation/parse/race.js';
import { comingWeekend } from '../conversation/understand/rules.js';
import { clientTextBlock } from './client-text.js';
import { loadPrompt } from './prompts.js';
import { runStructured, type StructuredFailure, type TokenUsage } from './run-structured.js';

// OpenAI strict mode: every field required, absence as null, no numeric bounds (checked in checkUnderstanding).
const SetSchema = z.object({
  sets: z.number().int().describe('How many sets at this load and reps (1 for a single set).'),
  reps: z.number().int().nullable().describe('Reps per set, or null when not said.'),
  load: z.number().nullable().describe('Weight lifted per set (per hand for dumbbells), or null for bodyweight.'),
  unit: weightUnitSchema.nullable().describe('Unit of the load as written, or null when not written.'),
  rpe: z.number().nullable().describe('RPE 1-10 if stated, or null.'),
  rir: z.number().nullable().describe('Reps in reserve if stated, or null.'),
});

export const ItemSchema = z.object({
  intent: z.enum(INTENTS).describe('What this part of the message means: exactly one value of the list.'),
  date: z.string().nullable().describe('The one day this item is about, YYYY-MM-DD (a log: the day it was done, never after today), or null.'),
  dateFrom: z.string().nullable().describe('First day of a span (travel, illness, pause, a week), YYYY-MM-DD, or null.'),
  dateTo: z.string().nullable().describe('Last day of a span, YYYY-MM-DD, or null when open-ended or not a span.'),
  time: z.string().nullable().describe('A time of day as HH:MM (24-hour) for change_time, or null.'),
  timezone: z.string().nullable().describe('An IANA time zone such as America/Denver, or null.'),
  weekdays: z.array(z.number().int()).nullable().describe('Training weekdays, 1 = Monday .. 7 = Sunday, or null.'),
  exercise: z.string().nullable().describe('The exercise this item is about (a logged lift, a swap or exclusion source, a max), as written, or null.'),
  toExercise: z.string().nullable().describe('For swap_exercise: the exercise wanted instead, or null.'),
  toEquipment: z.enum(EQUIPMENT).nullable().describe('For swap_exercise: the equipment wanted instead ("for dumbbells"), or null.'),
  sets: z.array(SetSchema).nullable().describe('For log_strength and stated_maxes: the sets, one entry per load; or null.'),
  run: z
    .object({
      distance: z.number().nullable().describe('Distance run, or null.'),
      unit: z.enum(['mi', 'km']).nullable().describe('Unit of the distance as written, or null.'),
      durationSec: z.number().int().nullable().describe('Duration in seconds, or null.'),
      pace: z.string().nullable().describe('Pace per unit as m:ss, or null.'),
      walked: z.boolean().describe('True when they walked part of it (run/walk).'),
      kind: z.enum(['easy', 'long', 'tempo', 'intervals', 'race', 'recovery']).nullable().describe('The kind of run named, or null.'),
    })
    .nullable()
    .describe('For log_run: the run, or null.'),
  severity: z.number().int().nullable().describe('1 (fine) .. 5 (wrecked or cannot train) for soreness, readiness or pain, or null.'),
  bodyParts: z.array(z.enum(BODY_PARTS)).nullable().describe('Body parts named for soreness or pain, or null.'),
  redFlags: z.array(z.string()).nullable().describe('Words that call for a doctor or physio (sharp, swelling, numb, cannot put weight on it, over a week), or null.'),
  readinessKind: z.enum(['sleep', 'stress', 'energy']).nullable().describe('For readiness: what it is about, or null.'),
  equipment: z.array(z.enum(EQUIPMENT)).nullable().describe('For travel: equipment available; for missing_equipment: what is missing; or null.'),
  maxDumbbell: z.object({ load: z.number(), unit: weightUnitSchema }).nullable().describe('For travel: the heaviest dumbbell available, or null.'),
  term: z.enum(TERMS).nullable().describe('For explain_term: the term asked about, or null.'),
  zone: z.enum(RUN_ZONES).nullable().describe('For pace_question: which pace, or null.'),
  nextLong: z
    .boolean()
    .nullable()
    .describe('For pace_question: true when it asks the pace of the next long run itself ("what pace for the long run?"), false or null for long runs in general.'),
  distance: z.string().nullable().describe('For tune_up_race: the distance of the race they want to add, as written ("5k", "half", "10 miler"), or null.'),
  workout: z.enum(WORKOUT_KINDS).nullable().describe('For when_question: which workout, or null.'),
  direction: z.enum(['lighter', 'heavier', 'different']).nullable().describe('For why_week, or null.'),
  note: z.string().nullable().describe('The words of the message this item comes from, or null.'),
});

export const OnboardingSlotsSchema = z.object({
  name: z.string().nullable().describe('First name the client gave, or null.'),
  goal: z.enum([...STRENGTH_GOALS, 'race', 'hybrid']).nullable().describe('Main goal, or null.'),
  trainingAge: z.enum(TRAINING_AGES).nullable().describe('beginner (<1 year), intermediate (1-5 years), advanced (5+), or null.'),
  trainingDays: z.array(z.number().int()).nullable().describe('Weekdays they can train, 1 = Monday .. 7 = Sunday, or null.'),
  daysPerWeek: z.number().int().nullable().describe('How many days a week when no weekdays are named, or null.'),
  sessionMinutes: z.number().int().nullable().describe('Minutes per session, or null.'),
  equipment: z.array(z.enum(EQUIPMENT)).nullable().describe('Equipment they have, or null.'),
  missingEquipment: z.array(z.enum(EQUIPMENT)).nullable().describe('Equipment they say they do NOT have ("no squat rack"), or null.'),
  limitations: z.array(z.enum(LIMITATIONS)).nullable().describe('Injured or limited areas; [] when they say none; null when not said.'),
  timezone: z.string().nullable().describe('IANA zone from a city or zone they named, or null.'),
  morningTime: z.string().nullable().describe('When the daily text should arrive, HH:MM 24-hour, or null.'),
  raceDistance: z.enum(RACE_DISTANCES).nullable().describe('Distance of the race they train for, or null.'),
  raceDate: z.string().nullable().describe('Race day, YYYY-MM-DD, or null.'),
  goalTime: z.string().nullable().describe('Goal finish time h:mm:ss, or null.'),
  recentRaceDistance: z.enum(RACE_DISTANCES).nullable().describe('Distance of a recent race result, or null.'),
  recentRaceTime: z.string().nullable().describe('Its time, h:mm:ss, or null.'),
  weeklyMileage: z.number().nullable().describe('Current weekly running volume in their units, or null.'),
  confirm: z.boolean().nullable().describe('True when they confirm the plan summary (a yes with words around it), false when they refuse, else null.'),
});

export const UnderstandingSchema = z.object({
  items: z.array(ItemSchema).describe('Everything the message says, one item per thing (several lifts are several items).'),
  onboarding: OnboardingSlotsSchema.describe('Onboarding answers found in the message (all null after onboarding).'),
  confidence: z.number().describe('0 to 1: how sure you are of the reading.'),
});
export type ModelUnderstanding = z.infer<typeof UnderstandingSchema>;
export type OnboardingSlots = z.infer<typeof OnboardingSlotsSchema>;

export interface UnderstandContext {
  today: string;
  timezone: string;
  units: 'imperial' | 'metric';
}

const isDate = (v: string | null) => v === null || parseIsoDate(v).success;

/** Domain check of a parsed answer: null when usable, else what is wrong (sent back to the model on retry). */
export function checkUnderstanding(u: ModelUnderstanding, ctx: UnderstandContext): string | null {
  if (!(u.confidence >= 0 && u.confidence <= 1)) return `confidence must be between 0 and 1, got ${u.confidence}`;
  if (u.items.length === 0 && Object.values(u.onboarding).every((v) => v === null)) return 'items must hold at least one item (use intent "unknown" when nothing fits)';
  for (const [n, it] of u.items.entries()) {
    const at = `items[${n}]`;
    for (const k of ['date', 'dateFrom', 'dateTo'] as const) if (!isDate(it[k])) return `${at}.${k} "${it[k]}" is not a real YYYY-MM-DD date`;
    if (it.dateFrom && it.dateTo && it.dateFrom > it.dateTo) return `${at}.dateFrom is after dateTo`;
    if (['done', 'skipped', 'log_strength', 'log_run'].includes(it.intent) && it.date && it.date > ctx.today) return `${at}.date ${it.date} is after today ${ctx.today}: a log is never in the future`;
    if (it.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(it.time)) return `${at}.time "${it.time}" is not HH:MM`;
    if (it.weekdays?.some((d) => d < 1 || d > 7)) return `${at}.weekdays must be 1..7`;
    if (it.severity !== null && (it.severity < 1 || it.severity > 5)) return `${at}.severity must be 1..5`;
    if (it.intent === 'log_strength' || it.intent === 'stated_maxes') {
      if (!it.exercise || !matchExercise(it.exercise)) return `${at}.exercise "${it.exercise}" is not an exercise I know`;
      if (!it.sets?.length) return `${at}.sets is required for ${it.intent}`;
      for (const s of it.sets) {
        if (s.sets < 1 || s.sets > 20 || (s.reps !== null && (s.reps < 1 || s.reps > 100)) || (s.load !== null && (s.load <= 0 || s.load > 1500))) return `${at}.sets has numbers out of range`;
        if (s.rpe !== null && (s.rpe < 1 || s.rpe > 10)) return `${at}.rpe must be 1..10`;
        if (s.rir !== null && (s.rir < 0 || s.rir > 10)) return `${at}.rir must be 0..10`;
      }
    }
    if (it.intent === 'log_run') {
      if (!it.run) return `${at}.run is required for log_run`;
      if (it.run.pace !== null && !/^\d{1,2}:[0-5]\d$/.test(it.run.pace)) return `${at}.run.pace is not m:ss`;
      if (it.run.distance !== null && !(it.run.distance > 0)) return `${at}.run.distance must be positive`;
    }
    if ((it.intent === 'exclude_exercise' || it.intent === 'swap_exercise') && (!it.exercise || !matchExercise(it.exercise))) return `${at}.exercise is required and must be a known exercise`;
    if (it.intent === 'explain_term' && !it.term) return `${at}.term is required for explain_term`;
    // A session's pace or a tune-up race is about a day ahead: "what pace for tomorrow?", "race a 5k saturday?".
    if (it.intent === 'pace_question' && it.date !== null && it.date < ctx.today) return `${at}.date ${it.date} is before today ${ctx.today}: a pace question asks about a session ahead`;
    if (it.intent === 'tune_up_race' && (it.dateTo ?? it.date ?? ctx.today) < ctx.today) return `${at}: a tune-up race is asked about days ahead, not before today ${ctx.today}`;
    if (it.intent === 'change_timezone' && it.timezone !== null) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: it.timezone });
      } catch {
        return `${at}.timezone is not an IANA zone`;
      }
    }
  }
  return null;
}

const group = (s: z.infer<typeof SetSchema>): SetGroup => ({ sets: s.sets, reps: s.reps, load: s.load, unit: s.unit, rpe: s.rpe, rir: s.rir });

/** The checked model answer as the items the handlers read. */
export function toItems(u: ModelUnderstanding, ctx: UnderstandContext): Item[] {
  const out: Item[] = [];
  for (const it of u.items) {
    const date = it.date ?? ctx.today;
    const note = it.note ?? '';
    const ex = it.exercise ? matchExercise(it.exercise) : undefined;
    switch (it.intent) {
      case 'today':
      case 'tomorrow':
      case 'day':
        out.push({ intent: it.intent, date });
        break;
      case 'week':
        out.push({ intent: 'week', from: it.dateFrom ?? date, to: it.dateTo ?? date });
        break;
      case 'done':
        out.push({ intent: 'done', date, skippedExerciseIds: [], note: it.note });
        break;
      case 'skipped':
        out.push({ intent: 'skipped', date, note: it.note });
        break;
      case 'log_strength':
        if (ex && it.sets) out.push({ intent: 'log_strength', date, lift: { exerciseId: ex.id, name: ex.name, written: it.exercise!, groups: it.sets.map(group) } });
        break;
      case 'stated_maxes':
        if (ex && it.sets) out.push({ intent: 'stated_maxes', maxes: it.sets.filter((s) => s.load !== null).map((s) => ({ exerciseId: ex.id, name: ex.name, weight: s.load!, unit: s.unit, reps: s.reps ?? 1 })) });
        break;
      case 'log_run':
        if (it.run) out.push({ intent: 'log_run', date, run: { ...it.run } });
        break;
      case 'correct_log':
        out.push({ intent: 'correct_log', replacement: [] });
        break;
      case 'soreness':
        out.push({ intent: 'soreness', date: ctx.today, bodyParts: it.bodyParts ?? [], severity: it.severity ?? 3, note });
        break;
      case 'readiness':
        out.push({ intent: 'readiness', date: ctx.today, kind: it.readinessKind ?? 'energy', severity: it.severity ?? 3, note });
        break;
      case 'recovered':
        out.push({ intent: 'recovered', bodyParts: it.bodyParts ?? [], note });
        break;
      case 'pain': {
        const parts = it.bodyParts ?? [];
        const joint = (parts.find((p) => (JOINTS as readonly string[]).includes(p)) as Joint | undefined) ?? null;
        out.push({ intent: 'pain', date: ctx.today, bodyPart: joint ?? parts[0] ?? null, joint, severity: it.severity ?? 3, redFlags: it.redFlags ?? [], exerciseId: ex?.id ?? null, note });
        break;
      }
      case 'illness':
        out.push({ intent: 'illness', from: it.dateFrom ?? ctx.today, to: it.dateTo, note });
        break;
      case 'travel':
        out.push({ intent: 'travel', from: it.dateFrom ?? ctx.today, to: it.dateTo, equipment: it.equipment, maxDumbbell: it.maxDumbbell, cardio: [], timezone: it.timezone, note });
        break;
      case 'exclude_exercise':
        if (ex) out.push({ intent: 'exclude_exercise', exerciseId: ex.id, name: ex.name, note });
        break;
      case 'swap_exercise': {
        const to = it.toExercise ? matchExercise(it.toExercise) : undefined;
        if (ex) out.push({ intent: 'swap_exercise', fromExerciseId: ex.id, fromName: ex.name, toExerciseId: to?.id ?? null, toEquipment: it.toEquipment, note });
        break;
      }
      case 'missing_equipment':
        out.push({ intent: 'missing_equipment', equipment: it.equipment ?? [], exerciseId: ex?.id ?? null, note });
        break;
      case 'missed_session':
        out.push({ intent: 'missed_session', date, question: null, note });
        break;
      case 'explain_term':
        if (it.term) out.push({ intent: 'explain_term', term: it.term });
        break;
      case 'why_week':
        out.push({ intent: 'why_week', direction: it.direction ?? 'different' });
        break;
      case 'pace_question': {
        // As the rules read it: a day asked is that day's session; the next long run only for the long zone.
        const zone = it.zone ?? 'easy';
        if (it.date) out.push({ intent: 'pace_question', zone, date: it.date });
        else out.push({ intent: 'pace_question', zone, ...(it.nextLong === true && zone === 'long' ? { nextLong: true as const } : {}) });
        break;
      }
      case 'tune_up_race': {
        // The days it would be on: the span or day said, else the coming weekend (as the rules read it).
        const span = it.dateFrom ? { from: it.dateFrom, to: it.dateTo ?? it.dateFrom } : it.date ? { from: it.date, to: it.date } : comingWeekend(ctx.today);
        const said = it.distance ? findRaceDistance(it.distance) : null;
        out.push({ intent: 'tune_up_race', ...span, distance: said ? raceLabel(said) : null });
        break;
      }
      case 'when_question':
        if (it.workout) out.push({ intent: 'when_question', workout: it.workout });
        break;
      case 'max_question':
        if (ex) out.push({ intent: 'max_question', exerciseId: ex.id, name: ex.name });
        break;
      case 'load_question':
        if (ex) out.push({ intent: 'load_question', exerciseId: ex.id, name: ex.name, direction: 'either' });
        break;
      case 'explain_exercise':
        if (ex) out.push({ intent: 'explain_exercise', exerciseId: ex.id, name: ex.name });
        break;
      case 'modification_ok':
        out.push({ intent: 'modification_ok', note, exerciseId: ex?.id ?? null });
        break;
      case 'change_time':
        out.push({ intent: 'change_time', time: it.time });
        break;
      case 'change_timezone':
        out.push({ intent: 'change_timezone', timezone: it.timezone });
        break;
      case 'change_days':
        out.push({ intent: 'change_days', weekdays: it.weekdays ? [...new Set(it.weekdays)].sort((a, b) => a - b) : null });
        break;
      case 'change_race_date':
        if (it.dateFrom) out.push({ intent: 'change_race_date', date: it.dateFrom, shiftDays: null });
        break;
      case 'pause':
        out.push({ intent: 'pause', from: it.dateFrom ?? ctx.today, to: it.dateTo });
        break;
      case 'new_plan':
        out.push({ intent: 'new_plan', note });
        break;
      case 'refused':
      case 'unknown':
        out.push({ intent: it.intent, note });
        break;
      case 'plan':
      case 'race_cancelled':
      case 'what_changed':
      case 'progress_question':
      case 'resume':
      case 'help':
      case 'greeting':
      case 'thanks':
        out.push({ intent: it.intent });
        break;
    }
  }
  return out;
}

export function understandSystemPrompt(ctx: UnderstandContext & { weekday: string }): string {
  return loadPrompt('understand-text', {
    today: ctx.today,
    weekday: ctx.weekday,
    timezone: ctx.timezone,
    units: ctx.units === 'metric' ? 'kilograms and kilometres' : 'pounds and miles',
    intents: INTENTS.join(', '),
  });
}

export type UnderstandResult =
  | { ok: true; items: Item[]; confidence: number; onboarding: ModelUnderstanding['onboarding']; usage: TokenUsage | null; attempts: number }
  | { ok: false; reason: StructuredFailure; detail: string; usage: TokenUsage | null; attempts: number };

/** Asks the model to read a client's text. Never throws; the caller keeps its own reading on failure. */
export async function understandText(model: BaseChatModel, text: string, ctx: UnderstandContext & { weekday: string }, opts: { timeoutMs: number; retries?: 0 | 1 }): Promise<UnderstandResult> {
  const messages = [new SystemMessage(understandSystemPrompt(ctx)), new HumanMessage(`Read this client message.\n${clientTextBlock(text)}`)];
  const r = await runStructured(model, UnderstandingSchema, messages, {
    timeoutMs: opts.timeoutMs,
    retries: opts.retries ?? 1,
    check: (u) => checkUnderstanding(u, ctx),
    name: 'understand_text',
  });
  if (!r.ok) return r;
  const items = toItems(r.value, ctx);
  if (items.length === 0 && Object.values(r.value.onboarding).every((v) => v === null)) return { ok: false, reason: 'check_failed', detail: 'no usable item', usage: r.usage, attempts: r.attempts };
  return { ok: true, items, confidence: r.value.confidence, onboarding: r.value.onboarding, usage: r.usage, attempts: r.attempts };
}
