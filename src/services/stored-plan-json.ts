/**
 * Reads the plan JSON plans.service stores (the plan's request and outline in fitness_plans, weeks in
 * microcycles.pattern, days in workout_instances.workout) with the engine's zod schemas, never a cast. What a
 * row that does not parse means is the caller's decision: a week or day is built again (or skipped on a
 * page), a plan is an error the operator sees (plans.service toActivePlan).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { planRequestSchema, type PlanOutline, type PlanRequest, type ProgramWeek } from '../engine/program/program.js';
import { planOutlineSchema, programWeekSchema } from '../engine/program/program.schema.js';
import { workoutDaySchema } from '../engine/workout/workout.schema.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { deepFreeze } from './week-memo.js';
import { jsonTextOf } from '../db/json-text.js';

/** Parsed weeks of frozen (shared) stored weeks: the morning prefetch hands one object to every client on it. */
const parsedShared = new WeakMap<object, ProgramWeek | null>();

/**
 * A stored week, or null when it is not of the engine's shape (the caller builds it again or skips it). A
 * frozen input is a week shared by many clients (morning prefetch, plans.repository findMicrocyclesFor): it is
 * parsed once and the frozen result shared, instead of ~0.25 ms of parsing per client.
 */
export function readProgramWeek(value: unknown): ProgramWeek | null {
  const shared = typeof value === 'object' && value !== null && Object.isFrozen(value);
  if (shared && parsedShared.has(value)) return parsedShared.get(value)!;
  const parsed = programWeekSchema.safeParse(value);
  const week = parsed.success ? parsed.data : null;
  if (shared) parsedShared.set(value, week && deepFreeze(week));
  return week && shared ? parsedShared.get(value)! : week;
}

/**
 * How many stored weeks' parsed patterns a process keeps (a week is ~10-20 KB parsed). A week row's pattern
 * is written once (inserts never overwrite) and rewritten only with its `version` raised (updateMicrocycle),
 * so (id, version) names one content and an entry never goes stale.
 */
export const STORED_WEEK_CACHE_CAPACITY = 500;

const weekCache = new Map<string, ProgramWeek | null>();

/**
 * readProgramWeek of a stored week row, parsed once per (id, version) and process: a lift log reads its week to
 * name the lift's variant and again to rebuild it with the new numbers (~0.3 ms of zod each time for ~9 KB).
 * The result is frozen, shared by every later read of the same version, as a built week from the week memo is.
 */
export function readStoredWeek(row: { id: string; version: number; pattern: unknown }): ProgramWeek | null {
  const key = `${row.id}:${row.version}`;
  const hit = weekCache.get(key);
  if (hit !== undefined) {
    weekCache.delete(key);
    weekCache.set(key, hit);
    return hit;
  }
  const parsed = readProgramWeek(row.pattern);
  const week = parsed && (Object.isFrozen(parsed) ? parsed : deepFreeze(parsed));
  weekCache.set(key, week);
  if (weekCache.size > STORED_WEEK_CACHE_CAPACITY) weekCache.delete(weekCache.keys().next().value!);
  return week;
}

/**
 * A stored day, or null when it is not of the engine's shape. Days stored before `plainWords`, `paceEstimated`
 * (or with no notes, why or position) still read (workout.schema.ts).
 */
export function readWorkoutDay(value: unknown): WorkoutDay | null {
  // A frozen day is one shared by many clients (a morning batch's recorded days, db/json.ts sharedStoredJson):
  // parsed once, and the frozen result shared, as readProgramWeek does for weeks.
  const shared = typeof value === 'object' && value !== null && Object.isFrozen(value);
  if (shared && parsedSharedDays.has(value)) return parsedSharedDays.get(value)!;
  const parsed = workoutDaySchema.safeParse(value);
  const day = parsed.success ? parsed.data : null;
  if (shared) parsedSharedDays.set(value, day && deepFreeze(day));
  return day;
}

const parsedSharedDays = new WeakMap<object, WorkoutDay | null>();

/**
 * How many stored days' parsed workouts a process keeps (a day is 1-3 KB parsed). A row's `workout` is
 * written once (inserts never overwrite) and rewritten only with its `version` raised
 * (updateScheduledWorkout), so (id, version) names one content and an entry never goes stale.
 */
export const STORED_DAY_CACHE_CAPACITY = 2000;

const dayCache = new Map<string, WorkoutDay | null>();

/**
 * readWorkoutDay of a stored row, parsed once per (id, version) and process: the "what's today" path reads
 * the client's day on every text. The result is frozen, shared by every later read of the same version.
 */
export function readStoredWorkoutDay(row: { id: string; version: number; workout: unknown }): WorkoutDay | null {
  const key = `${row.id}:${row.version}`;
  const hit = dayCache.get(key);
  if (hit !== undefined) {
    dayCache.delete(key);
    dayCache.set(key, hit);
    return hit;
  }
  // A day the process has not seen by (id, version) is often one it has by content: the clients of a template
  // store the same day, and a number's first text reads its own row of it (db/json-text.ts).
  const text = jsonTextOf(row, 'workout');
  const same = text === undefined ? undefined : dayByText.get(text);
  const shared = same !== undefined ? same : frozenDay(readWorkoutDay(row.workout));
  if (text !== undefined && same === undefined) {
    dayByText.set(text, shared);
    if (dayByText.size > SHARED_DAY_TEXT_CAPACITY) dayByText.delete(dayByText.keys().next().value!);
  }
  dayCache.set(key, shared);
  if (dayCache.size > STORED_DAY_CACHE_CAPACITY) dayCache.delete(dayCache.keys().next().value!);
  return shared;
}

const frozenDay = (day: WorkoutDay | null) => day && deepFreeze(day);

/** How many parsed days a process keeps by their stored JSON text (a morning's distinct days are a few per template). */
export const SHARED_DAY_TEXT_CAPACITY = 500;

/** Parsed days by the jsonb text they were read from: parsing is a pure function of it, so equal text gives an equal day. */
const dayByText = new Map<string, WorkoutDay | null>();

/** The parsed day this process holds for a stored row's (id, version), without parsing or refreshing anything. */
export function peekStoredWorkoutDay(id: string, version: number): WorkoutDay | undefined {
  return dayCache.get(`${id}:${version}`) ?? undefined;
}

export interface StoredPlan {
  request: PlanRequest;
  outline: PlanOutline;
}

/**
 * How many plans' parsed request and outline a process keeps. A plan row's request and outline are never
 * updated (a new version is a new row with a new id), so an entry never goes stale; each is a few tens of KB.
 */
export const STORED_PLAN_CACHE_CAPACITY = 1000;

const planCache = new Map<string, StoredPlan>();

/**
 * Parsed plans by content, for plans not yet read by this process: a roster's plans come from a few templates
 * (same request, same dates), and the morning pass reads every client's plan once, so the first plan of a
 * template is parsed (~0.3 ms) and the rest get its frozen result for one serialization and digest. Parsing is
 * a pure function of the JSON, so equal JSON gives an equal plan; a different key order only costs a miss.
 */
const planByContent = new Map<string, StoredPlan>();

/** Parsed plans by the very outline object read (with its request object): no serialization at all. */
const planByObjects = new WeakMap<object, { request: unknown; plan: StoredPlan }>();

function rememberObjects(row: { request: unknown; outline: unknown }, plan: StoredPlan): void {
  if (typeof row.outline === 'object' && row.outline !== null) planByObjects.set(row.outline, { request: row.request, plan });
}

/**
 * Parsed plans by the jsonb text of the request and outline, when the row still holds them as read (db/json-text.ts):
 * a number's first text reads its plan row as text, and a template's rows print the same text, so no parse,
 * serialization or digest at all. Keys are a plan's whole text (~5 KB), so fewer are kept than plans by id.
 */
const planByText = new Map<string, StoredPlan>();
const PLAN_TEXT_CAPACITY = 200;

function planTextOf(row: object): string | undefined {
  const request = jsonTextOf(row, 'request');
  const outline = request === undefined ? undefined : jsonTextOf(row, 'outline');
  return outline === undefined ? undefined : `${request}\u0000${outline}`;
}

function rememberText(text: string | undefined, plan: StoredPlan): void {
  if (text === undefined) return;
  planByText.set(text, plan);
  if (planByText.size > PLAN_TEXT_CAPACITY) planByText.delete(planByText.keys().next().value!);
}

function contentKey(row: { request: unknown; outline: unknown }): string | null {
  try {
    return createHash('sha1').update(JSON.stringify([row.request, row.outline]) ?? '').digest('base64');
  } catch {
    return null; // not serializable (a cycle, a BigInt): parsed without the memo, and fails there
  }
}

function remember<K>(cache: Map<K, StoredPlan>, key: K, plan: StoredPlan): void {
  cache.set(key, plan);
  if (cache.size > STORED_PLAN_CACHE_CAPACITY) cache.delete(cache.keys().next().value!);
}

/**
 * A plan row's request and outline, parsed with the engine's schemas once per plan id and process (the
 * "what's today" path reads the plan on every text; its outline is 4-5 KB of JSON). The result is frozen:
 * every later read of the plan shares it. An error names the plan and each bad field by its path.
 */
export function readStoredPlan(row: { id: string; request: unknown; outline: unknown }): { success: true; data: StoredPlan } | { success: false; error: string } {
  const hit = planCache.get(row.id);
  if (hit) {
    // Refresh its place: a Map iterates in insertion order, so the first key is the least recently used.
    planCache.delete(row.id);
    planCache.set(row.id, hit);
    return { success: true, data: hit };
  }
  // Read as text and not parsed yet (before anything reads the columns, which would parse them).
  const text = planTextOf(row);
  const sameText = text === undefined ? undefined : planByText.get(text);
  if (sameText) {
    remember(planCache, row.id, sameText);
    return { success: true, data: sameText };
  }
  // Rows read together share their equal request and outline objects (plans.repository findActivePlans).
  const sameObjects = typeof row.outline === 'object' && row.outline !== null ? planByObjects.get(row.outline) : undefined;
  if (sameObjects && sameObjects.request === row.request) {
    remember(planCache, row.id, sameObjects.plan);
    return { success: true, data: sameObjects.plan };
  }
  const key = contentKey(row);
  const same = key === null ? undefined : planByContent.get(key);
  if (same) {
    planByContent.delete(key!);
    planByContent.set(key!, same);
    remember(planCache, row.id, same);
    rememberObjects(row, same);
    rememberText(text, same);
    return { success: true, data: same };
  }
  const request = planRequestSchema.safeParse(row.request);
  const outline = planOutlineSchema.safeParse(row.outline);
  if (!request.success || !outline.success) {
    const issues = [...(request.error?.issues.map((i) => ['request', i] as const) ?? []), ...(outline.error?.issues.map((i) => ['outline', i] as const) ?? [])];
    const error = issues.slice(0, 5).map(([what, i]) => `${[what, ...i.path].join('.')}: ${i.message}`).join('; ');
    return { success: false, error: `plan ${row.id} has a stored ${!request.success ? 'request' : 'outline'} that does not parse (${error})` };
  }
  const plan = deepFreeze({ request: request.data, outline: outline.data });
  remember(planCache, row.id, plan);
  if (key !== null) remember(planByContent, key, plan);
  rememberObjects(row, plan);
  rememberText(text, plan);
  return { success: true, data: plan };
}

/** The parsed plan this process holds for a plan id, without parsing or refreshing anything. */
export function peekStoredPlan(id: string): StoredPlan | undefined {
  return planCache.get(id);
}

const builtWithSchema = z.object({
  weekNumber: z.number().int().optional(),
  stamp: z.string().optional(),
  planDate: z.string().optional(),
});

/** What plans.service records about how a stored week or day was built (the `engine_input` column). */
export type BuiltWith = z.infer<typeof builtWithSchema>;

/**
 * The build record of a stored week or day (`engine_input`): which week, under which stamp (weekStamp), and a
 * day's plan date. Anything not of that shape reads as empty, which every caller treats as "build it again".
 */
export function readBuiltWith(engineInput: unknown): Readonly<BuiltWith> {
  if (typeof engineInput !== 'object' || engineInput === null) return parseBuiltWith(engineInput);
  let built = builtWithRead.get(engineInput);
  if (!built) {
    built = Object.freeze(parseBuiltWith(engineInput));
    builtWithRead.set(engineInput, built);
  }
  return built;
}

function parseBuiltWith(engineInput: unknown): BuiltWith {
  const parsed = builtWithSchema.safeParse(engineInput);
  return parsed.success ? parsed.data : {};
}

/**
 * Each stored row's build record read once per object: a number's held day and plan rows are asked about
 * twice per "what's today" (storedDayAnswers) and again for every later text their basis answers; zod's parse of
 * it was ~0.8% of a texting rush's CPU. Rows' JSON columns are never changed in place (a rewrite writes a copy).
 */
const builtWithRead = new WeakMap<object, Readonly<BuiltWith>>();
