/**
 * Plan weeks for read paths (the plan page, the calendar feed, "why is this week lighter?", "when do I get
 * …?"): the stored week where it was built, else the engine's projection adapted with the same function the
 * week builder uses (`adaptedWeek`), from the same plan notes — so a trip, an illness, an exclusion or an
 * accepted early deload shows in a week nobody has opened yet. Nothing is stored here: a week is built (and
 * frozen into days) only when the coach first needs it.
 *
 * Cost: a projection is kept in memory under the plan, the week and the notes that touch that week, so a
 * new log or a note about another week does not re-project the whole plan; weeks no note touches share the
 * plain projection.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/db-types.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { listMicrocycles } from '../db/repositories/plan-schedule.repository.js';
import { addDays } from '../engine/dates.js';
import { adaptedWeek, lastDay, type AdaptationInput } from '../engine/adaptation/index.js';
import { programWeek, weekSpan, type ProgramWeek } from '../engine/program/program.js';
import { toAdaptationInputs } from './adaptation-inputs.service.js';
import { breakDaysBefore, onPlanCalendar, wholeWeeks } from './plan-breaks.js';
import { noteInputs, type ActivePlan } from './plans.service.js';
import { readProgramWeek } from './stored-plan-json.js';

export type NoteRow = Awaited<ReturnType<typeof listPlanAdaptations>>[number];

/** About a dozen long plans' worth of weeks. */
const PROJECTION_CACHE_WEEKS = 600;

/** Days either side of a week an adaptation can still reach it (hybrid strength weeks; a re-entry after illness). */
const REACH_DAYS = 7;

function touches(a: AdaptationInput, from: string, to: string): boolean {
  const end = lastDay(a);
  return a.from <= addDays(to, REACH_DAYS) && (end === null || addDays(end, REACH_DAYS) >= from);
}

interface Projection {
  week: ProgramWeek;
  /** The adaptation engine's one-line reasons for what it changed in this week ("Traveling Mon-Fri: …"). */
  reasons: string[];
}
const projections = new Map<string, Projection>();

function project(plan: ActivePlan, n: number, notes: readonly NoteRow[]): Projection {
  const span = weekSpan(plan.outline, n);
  const reported = toAdaptationInputs(notes);
  // Weeks not built yet lie ahead of every break told so far: they are built with all of them closed.
  const shift = plan.outline.race ? 0 : wholeWeeks(breakDaysBefore(notes, '9999-12-31'));
  const adaptations = onPlanCalendar(reported, [], notes, shift).adaptations.filter((a) => touches(a, span.startDate, span.endDate));
  const inputs = noteInputs(notes, span);
  const touched = adaptations.length > 0 || inputs.easeOffs !== undefined || inputs.moves !== undefined;
  const tag = touched ? createHash('sha1').update(JSON.stringify([adaptations, inputs])).digest('base64url') : 'plain';
  const key = `${plan.row.id}:${n}:${tag}`;
  const hit = projections.get(key);
  if (hit) return hit;
  let out: Projection;
  if (touched) {
    const r = adaptedWeek(plan.request, plan.outline, n, inputs, { adaptations, soreness: [] });
    out = { week: r.week, reasons: [...new Set(r.changes.map((c) => c.reason))] };
  } else out = { week: programWeek(plan.request, plan.outline, n), reasons: [] };
  projections.set(key, out);
  if (projections.size > PROJECTION_CACHE_WEEKS) projections.delete(projections.keys().next().value!);
  return out;
}

/**
 * Week `n` as the engine would build it today from the plan's notes, without logs (loads come from logs
 * once the week is built). Pure apart from the cache.
 */
export function projectedWeek(plan: ActivePlan, n: number, notes: readonly NoteRow[]): ProgramWeek {
  return project(plan, n, notes).week;
}

/** Why week `n` differs from the plain plan, in the adaptation engine's words (empty when it does not). */
export function adaptationReasons(plan: ActivePlan, n: number, notes: readonly NoteRow[]): string[] {
  return project(plan, n, notes).reasons;
}

/**
 * A reader of the plan's weeks as they stand: stored ones where built (they carry logs and adaptations),
 * else the adapted projection. Two queries, then in memory.
 */
export async function planWeeks(db: Db, plan: ActivePlan): Promise<{ week: (n: number) => ProgramWeek; built: (n: number) => boolean; notes: NoteRow[] }> {
  const [rows, notes] = await Promise.all([listMicrocycles(db, plan.row.id), listPlanAdaptations(db, plan.row.id)]);
  const stored = new Map<number, ProgramWeek>();
  for (const r of rows) {
    const w = readProgramWeek(r.pattern);
    if (w) stored.set(r.week_number, w);
  }
  return { week: (n) => stored.get(n) ?? projectedWeek(plan, n, notes), built: (n) => stored.has(n), notes };
}
