/**
 * A client's program, whichever engine drives it: one request type, one outline type and one week type, so
 * services store, position and render plans without caring whether they lift, run or both. Pure.
 */
import { hybridLiftDays, hybridRaceRequest, restDayErrors } from './hybrid.js';
import { withLightLegs, type RunTypeOn } from './hybrid-legs.js';
import { z } from 'zod';
import { addDays, daysBetween, isoWeekday, weekdayShort } from '../dates.js';
import type { WorkoutDay } from '../workout/workout.js';
import { moveSessions, type SessionMove } from '../adaptation/missed.js';
import { easeOffWeek, type EaseOff } from '../adaptation/readiness.js';
import { EQUIPMENT, type Equipment, type IsoWeekday } from '../vocabulary.js';
import { convertWeight } from '../units.js';
import {
  buildStrengthOutline,
  strengthDayToWorkout,
  strengthRequestSchema,
  strengthWeek,
  summarizeStrengthPlan,
  withLoadLimit,
  type StrengthOutline,
  type StrengthRequest,
  type StrengthWeek,
  type StrengthWeekOptions,
} from '../strength/index.js';
import {
  generateRaceWeek,
  raceDayToWorkout,
  raceOutline,
  raceRequestSchema,
  summarizeRacePlan,
  type RaceOutline,
  type RaceRequest,
  type RaceWeek,
  type WeekExecution,
} from '../endurance/index.js';

export const planRequestSchema = z.discriminatedUnion('kind', [
  strengthRequestSchema,
  raceRequestSchema,
  z.object({
    kind: z.literal('hybrid'),
    race: raceRequestSchema,
    /** Lifting on days the race plan leaves free (at most two). */
    strength: strengthRequestSchema.nullable(),
  }),
]);
export type PlanRequest = z.infer<typeof planRequestSchema>;
export type ProgramType = PlanRequest['kind'];

/** The lifting part of a request: a strength plan's own, a hybrid's (null when it has none), a race plan's none. */
export function strengthRequestOf(request: PlanRequest | undefined): StrengthRequest | null {
  return request?.kind === 'strength' ? request : request?.kind === 'hybrid' ? request.strength : null;
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

/** Validates a plan request (CLI, stored JSON); the error names each bad field by its path. */
export function parsePlanRequest(input: unknown): ParseResult<PlanRequest> {
  const parsed = planRequestSchema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`).join('; '),
  };
}

export interface PlanOutline {
  kind: ProgramType;
  startDate: string;
  /** Last day of the plan, inclusive (race day for race plans). */
  endDate: string;
  weeks: number;
  strength: StrengthOutline | null;
  race: RaceOutline | null;
}

export interface ProgramWeek {
  weekNumber: number;
  startDate: string;
  endDate: string;
  strength: StrengthWeek | null;
  race: RaceWeek | null;
}

export interface WeekInputs {
  strength?: StrengthWeekOptions;
  /** Missed sessions moved to a later day of their week (adaptation/missed.ts decides them). */
  moves?: SessionMove[];
  /** Accepted readiness proposals in force (adaptation/readiness.ts): early deloads and intensity cuts. */
  easeOffs?: EaseOff[];
  race?: { previous?: WeekExecution; version?: number; vdot?: number };
}

export function planOutline(req: PlanRequest): PlanOutline {
  if (req.kind === 'strength') {
    const o = buildStrengthOutline(req);
    return { kind: 'strength', startDate: o.startDate, endDate: o.endDate, weeks: o.weeks, strength: o, race: null };
  }
  const raceReq = req.kind === 'race' ? req : hybridRaceRequest(req.race, req.strength?.trainingDays ?? null);
  const r = raceOutline(raceReq);
  const s = req.kind === 'hybrid' && req.strength ? buildStrengthOutline(req.strength) : null;
  return { kind: req.kind, startDate: r.startDate, endDate: r.raceDate, weeks: r.totalWeeks, strength: s, race: r };
}

/**
 * The plan week a date falls in, or null outside the plan. Strength weeks run 7 days from the start date;
 * race weeks are Monday-based with a partial first week (the endurance engine's rule).
 */
export function weekNumberFor(outline: PlanOutline, date: string): number | null {
  if (date < outline.startDate || date > outline.endDate) return null;
  if (outline.race) {
    const found = outline.race.weeks.find((w) => date >= w.startDate && date <= w.endDate);
    return found ? found.weekNumber : null;
  }
  return Math.floor(daysBetween(outline.startDate, date) / 7) + 1;
}

export function weekSpan(outline: PlanOutline, weekNumber: number): { startDate: string; endDate: string } {
  if (outline.race) {
    const w = outline.race.weeks[weekNumber - 1];
    if (!w) throw new RangeError(`week ${weekNumber} is outside this ${outline.weeks}-week plan`);
    return { startDate: w.startDate, endDate: w.endDate };
  }
  const startDate = addDays(outline.startDate, 7 * (weekNumber - 1));
  return { startDate, endDate: addDays(startDate, 6) };
}

/** Builds one plan week from the engines. Deterministic in its inputs (stored with the week). */
export function programWeek(req: PlanRequest, outline: PlanOutline, weekNumber: number, inputs: WeekInputs = {}): ProgramWeek {
  return easeOffWeek(moveSessions(builtWeek(req, outline, weekNumber, inputs), inputs.moves ?? []), outline, inputs.easeOffs ?? []);
}

function builtWeek(req: PlanRequest, outline: PlanOutline, weekNumber: number, inputs: WeekInputs): ProgramWeek {
  const span = weekSpan(outline, weekNumber);
  if (req.kind === 'strength') {
    return { weekNumber, ...span, strength: strengthWeek(req, outline.strength!, weekNumber, inputs.strength), race: null };
  }
  const raceReq = req.kind === 'race' ? req : hybridRaceRequest(req.race, req.strength?.trainingDays ?? null);
  const race = generateRaceWeek(raceReq, outline.race!, weekNumber, inputs.race);
  let strength: StrengthWeek | null = null;
  if (req.kind === 'hybrid' && req.strength && outline.strength) {
    // The strength plan's weeks run from its own start date (a Tuesday when the plan began on one): this race
    // week's lifts come from the strength week covering its Monday and, for the days after that one ends, the
    // next (was: the first only, so from week 2 on a Mon/Wed lifter's Wednesday lift was a rest day).
    const first = Math.floor(daysBetween(outline.strength.startDate, span.startDate) / 7) + 1;
    const runTypes = raceRunTypes(raceReq, outline.race!, race);
    const parts: StrengthWeek[] = [];
    for (const n of [first, first + 1]) {
      if (n < 1 || n > outline.strength.weeks) break;
      const from = outline.strength.weekTable[n - 1]!.startDate;
      const liftDates = Array.from({ length: 7 }, (_, i) => addDays(from, i)).filter((d) => req.strength!.trainingDays.includes(isoWeekday(d) as IsoWeekday));
      const overrides = withLightLegs(inputs.strength?.overrides ?? {}, liftDates, runTypes);
      parts.push(strengthWeek(req.strength, outline.strength, n, { ...inputs.strength, overrides }));
    }
    strength = liftsInSpan(parts, span);
  }
  return { weekNumber, ...span, strength, race };
}

/**
 * One race week's lifting from the strength weeks that cover it: the first's week (block, volume, notes) with the
 * lifting days of both that fall in the race week. The first alone when the next adds none (weeks that line up).
 */
function liftsInSpan(parts: readonly StrengthWeek[], span: { startDate: string; endDate: string }): StrengthWeek | null {
  const [head, next] = parts;
  if (!head) return null;
  const extra = (next?.days ?? []).filter((d) => d.date >= span.startDate && d.date <= span.endDate && !head.days.some((h) => h.date === d.date));
  if (!extra.length) return head;
  return { ...head, days: [...head.days.filter((d) => d.date >= span.startDate && d.date <= span.endDate), ...extra].sort((a, b) => a.date.localeCompare(b.date)) };
}

/**
 * The run type on any date of a race plan: `built`'s own days (this week, with its inputs), other weeks
 * built on demand (a Sunday lift before a Monday quality run looks into the next week).
 */
function raceRunTypes(req: RaceRequest, outline: RaceOutline, built: RaceWeek): RunTypeOn {
  const weeks = new Map<number, RaceWeek>([[built.weekNumber, built]]);
  return (date) => {
    const ow = outline.weeks.find((w) => date >= w.startDate && date <= w.endDate);
    if (!ow) return null;
    let week = weeks.get(ow.weekNumber);
    if (!week) weeks.set(ow.weekNumber, (week = generateRaceWeek(req, outline, ow.weekNumber)));
    const day = week.days.find((d) => d.date === date);
    return day && day.type !== 'rest' ? day.type : null;
  };
}

/** Today's workout from a built week, as every channel shows it. */
export function workoutFor(outline: PlanOutline, week: ProgramWeek, date: string): WorkoutDay | null {
  const raceDay = week.race?.days.find((d) => d.date === date);
  const liftDay = week.strength?.days.find((d) => d.date === date);
  const run = raceDay && outline.race ? raceDayToWorkout(week.race!, raceDay, outline.race) : null;
  const lift = liftDay && outline.strength ? strengthDayToWorkout(week.strength!, liftDay, outline.strength) : null;
  if (run && lift && lift.kind === 'strength' && (run.kind === 'rest')) {
    // Hybrid: a lifting day lands on a day the race plan leaves free.
    return { ...lift, position: run.position, notes: [...lift.notes, 'Strength day in your race plan.'] };
  }
  return run ?? lift;
}

/** A few SMS lines: what plan this is, its phases or blocks, and how the first week looks. */
export function summarizePlan(outline: PlanOutline, firstWeek: ProgramWeek | null): string {
  const parts: string[] = [];
  if (outline.race) parts.push(summarizeRacePlan(outline.race));
  if (outline.strength) {
    // Two lines (length and block shape) fit an SMS summary; the engine's third line is explanation.
    const lines = summarizeStrengthPlan(outline.strength).split('\n');
    parts.push(outline.kind === 'hybrid' ? `Plus strength: ${lines[0]}` : lines.slice(0, 2).join('\n'));
  }
  if (firstWeek) {
    const days = workoutDaysOf(outline, firstWeek).filter((d) => d.kind !== 'rest');
    // "Full body A - squat & bench" → "Full body A": the week view has the detail.
    if (days.length) parts.push(`Week 1: ${days.map((d) => `${weekdayShort(d.date)} ${d.title.split(' - ')[0]}`).join(', ')}.`);
  }
  return parts.join('\n');
}

/**
 * The same plan on other training days: dates, length and position stay, so the client keeps their phase
 * and week; only the weeks built from now on change. The error is a reply-ready sentence.
 */
export function withTrainingDays(request: PlanRequest, days: readonly IsoWeekday[], today?: string): ParseResult<PlanRequest> {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (request.kind === 'strength') {
    if (sorted.length > 6) return { success: false, error: 'Keep at least one rest day: pick up to 6 days.' };
    // Days told ahead and not yet come stay for their date ("from january tue thu", then "no more fridays" now);
    // once in force they are the days this change replaces.
    const { laterDays, ...rest } = request;
    const ahead = laterDays && today !== undefined && laterDays.from > today ? { laterDays } : {};
    return { success: true, data: { ...rest, ...ahead, trainingDays: sorted } };
  }
  if (sorted.length < 3) return { success: false, error: 'A race plan needs at least 3 run days. Which days can you run?' };
  if (request.kind === 'race') return { success: true, data: { ...request, trainingDays: sorted } };
  const race = { ...request.race, trainingDays: sorted };
  if (!request.strength) return { success: true, data: { ...request, race } };
  // Lifting stays on its days unless the runs now take one or fill the week (a lift on a run day is never
  // shown: the run wins); then it moves to the days the runs leave free, as many as fit with a rest day.
  const lifts = request.strength.trainingDays;
  const clash = lifts.some((d) => sorted.includes(d)) || restDayErrors(sorted, lifts).length > 0;
  const liftDays = clash ? hybridLiftDays(sorted, race.longRunDay, lifts.length) : lifts;
  if (!liftDays.length) return { success: true, data: { ...request, race, strength: null } };
  return { success: true, data: { ...request, race, strength: { ...request.strength, trainingDays: liftDays } } };
}

/** The minutes a plan's lifting sessions are laid out for; null for a race plan (its runs have their own lengths). */
export function sessionMinutesOf(request: PlanRequest): number | null {
  return request.kind === 'strength' ? request.sessionMinutes : request.kind === 'hybrid' ? (request.strength?.sessionMinutes ?? null) : null;
}

/**
 * The same plan with sessions of `minutes` ("can sessions be 45 min"): the lifting sessions are laid out for that time
 * (main lifts keep their sets; accessories go first). A race plan's runs have their own lengths: refused.
 */
export function withSessionMinutes(request: PlanRequest, minutes: number): ParseResult<PlanRequest> {
  const m = Math.round(minutes);
  if (m < 20 || m > 150) return { success: false, error: 'Pick a session length between 20 and 150 minutes.' };
  if (request.kind === 'strength') return { success: true, data: { ...request, sessionMinutes: m } };
  if (request.kind === 'hybrid' && request.strength) return { success: true, data: { ...request, strength: { ...request.strength, sessionMinutes: m } } };
  return { success: false, error: 'race_plan' };
}

/**
 * A lifting plan whose days change from a later date ("from january i can only train tue and thu"): the weeks
 * starting on or after `from` are laid out on `days`, the weeks before keep theirs. Null for a plan with a race
 * (its long run and quality days are placed for the whole plan at once).
 */
export function withLaterTrainingDays(request: PlanRequest, days: readonly IsoWeekday[], from: string): ParseResult<PlanRequest> | null {
  if (request.kind !== 'strength') return null;
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length > 6) return { success: false, error: 'Keep at least one rest day: pick up to 6 days.' };
  return { success: true, data: { ...request, laterDays: { from, trainingDays: sorted } } };
}

/**
 * The same plan under a lifting limit (a doctor's "no lifting over 20 lb", `limit` in kg or lb): the lifting
 * keeps its dates and position, with only kit whose loads stay under it (strength/request.ts withLoadLimit).
 * A plan with no lifting is returned unchanged.
 */
export function withPlanLoadLimit(request: PlanRequest, limit: { load: number; unit: 'kg' | 'lb' }): PlanRequest {
  const cap = (s: StrengthRequest) => withLoadLimit(s, Math.round(convertWeight(limit.load, limit.unit, s.units) * 10) / 10);
  if (request.kind === 'strength') return cap(request);
  if (request.kind === 'hybrid' && request.strength) return { ...request, strength: cap(request.strength) };
  return request;
}

/**
 * The same plan with other kit for good ("my gym closed, only bands now", "got a squat rack for the garage"):
 * dates, length and position stay; the lifting weeks built from now on pick exercises for `equipment`.
 * Bodyweight is always there. A plan with no lifting is returned unchanged (runs need no kit).
 */
export function withPlanEquipment(request: PlanRequest, equipment: readonly Equipment[]): PlanRequest {
  const kit = EQUIPMENT.filter((e) => e === 'bodyweight' || equipment.includes(e));
  if (request.kind === 'strength') return { ...request, equipment: kit };
  if (request.kind === 'hybrid' && request.strength) return { ...request, strength: { ...request.strength, equipment: kit } };
  return request;
}

/**
 * The same plan for a client who can no longer use their legs ("I'm in a wheelchair now", "broke my leg, in a
 * cast"): the lifting from today is upper body and trunk only, every lift seated (strength/upper-body-only.ts),
 * the fat-loss activity in active minutes, not steps. A plan with no lifting, or one already upper-body only, is
 * returned as it is (the same object): runs cannot be made seated.
 */
export function withPlanUpperBodyOnly(request: PlanRequest): PlanRequest {
  if (request.kind === 'strength') return request.upperBodyOnly ? request : { ...request, upperBodyOnly: true };
  if (request.kind === 'hybrid' && request.strength && !request.strength.upperBodyOnly) return { ...request, strength: { ...request.strength, upperBodyOnly: true } };
  return request;
}

/**
 * The legs back after withPlanUpperBodyOnly ("cast is off", "out of the boot"): the whole-body plan again. A plan
 * that was not upper-body only is returned as it is (the same object).
 */
export function withPlanLegsBack(request: PlanRequest): PlanRequest {
  if (request.kind === 'strength' && request.upperBodyOnly) {
    const { upperBodyOnly: _, ...rest } = request;
    return rest;
  }
  if (request.kind === 'hybrid' && request.strength?.upperBodyOnly) {
    const { upperBodyOnly: _, ...rest } = request.strength;
    return { ...request, strength: rest };
  }
  return request;
}

export { weekdayShort } from '../dates.js';

/** Every date of a week as WorkoutDays (rest days included). */
export function workoutDaysOf(outline: PlanOutline, week: ProgramWeek): WorkoutDay[] {
  const out: WorkoutDay[] = [];
  for (let d = week.startDate; d <= week.endDate; d = addDays(d, 1)) {
    const w = workoutFor(outline, week, d);
    if (w) out.push(w);
  }
  return out;
}
