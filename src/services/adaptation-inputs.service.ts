/**
 * The adaptation engine's inputs, read from what the client reported: plan notes (plan_adaptations rows:
 * travel, illness, pain, exclusions, swaps, missing equipment) and recent soreness signals. Each stored row
 * is mapped by its type (one table below) and parsed with the engine's schema; a row that does not parse is
 * left out rather than guessed at.
 */
import type { Db } from '../db/db-types.js';
import { listSignalsSince } from '../db/repositories/adaptations.repository.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import type { AdaptationRowsFilter } from '../db/repositories/logs.repository.js';
import { addDays } from '../engine/dates.js';
import { onPlanCalendar } from './plan-breaks.js';
import { adaptationInputSchema, SORENESS_HORIZON_DAYS, type AdaptationContext, type AdaptationInput, type SorenessInput } from '../engine/adaptation/index.js';

type Row = Awaited<ReturnType<typeof listPlanAdaptations>>[number];
type M = Record<string, any>;

/** Soreness at or above this severity (1-5) trims the next session; milder soreness is normal training. */
export const SORENESS_MIN_SEVERITY = 3;

/** Plan-note type → the engine's input. Types not listed (pause, …) are not adaptation inputs. */
const FROM_NOTE: Record<string, (r: Row, m: M) => unknown> = {
  travel_note: (r, m) => ({
    kind: 'travel',
    from: r.effective_from,
    to: r.effective_to,
    equipment: Array.isArray(m.equipment) && m.equipment.length ? m.equipment : null,
    maxDumbbell: m.maxDumbbell ?? null,
    cardio: m.cardio ?? [],
    timezone: m.timezone ?? null,
    reason: r.reason,
  }),
  illness_note: (r, m) => ({ kind: 'illness', from: r.effective_from, to: r.effective_to, reason: r.reason, ...(m.timeOff === true ? { timeOff: true } : {}) }),
  pain_note: (r, m) => ({ kind: 'pain', from: r.effective_from, to: r.effective_to, bodyPart: m.bodyPart, redFlag: m.redFlag === true, exerciseId: m.exerciseId ?? null, reason: r.reason, ...(m.mild === true ? { mild: true } : {}) }),
  exercise_exclusion_request: (r, m) => ({
    kind: 'exclude', from: r.effective_from, exerciseId: m.exerciseId, toExerciseId: null, reason: r.reason,
    ...(r.effective_to ? { to: r.effective_to } : {}),
    ...(Array.isArray(m.exerciseIds) && m.exerciseIds.length ? { exerciseIds: m.exerciseIds } : {}),
  }),
  exercise_swap_request: (r, m) => ({ kind: 'exclude', from: r.effective_from, exerciseId: m.fromExerciseId, toExerciseId: m.toExerciseId ?? null, reason: r.reason }),
  health_note: (r, m) => ({ kind: 'health', from: r.effective_from, condition: m.condition, label: m.label ?? m.condition, reason: r.reason }),
  load_limit_note: (r, m) => ({ kind: 'load_limit', from: r.effective_from, to: r.effective_to, load: m.load, unit: m.unit, reason: r.reason, ...(Array.isArray(m.exerciseIds) && m.exerciseIds.length ? { exerciseIds: m.exerciseIds } : {}) }),
  legs_back_note: (r) => ({ kind: 'legs_back', from: r.effective_from, to: r.effective_to, reason: r.reason }),
  equipment_note: (r, m) => ({ kind: 'missing_equipment', from: r.effective_from, equipment: m.missing ?? [], reason: r.reason }),
};

/**
 * The stored rows that can make `adaptationContext` non-empty (engine hasAdaptations), as data a query can test
 * without reading them: plan notes of a type mapped above, and soreness from `SORENESS_HORIZON_DAYS` before `today`
 * at SORENESS_MIN_SEVERITY or more, of a body part. One definition for both: a "done" stored with the same
 * statement that bumps the plan's revision only when such a row exists (logs.service, writeLogs `ifAdapted`). A
 * row this admits and the context leaves out (a note that does not parse, soreness said to be better since) only
 * costs a rebuild that changes nothing; none the context reads is missed.
 */
export function adaptationRowsFilter(clientId: string, today: string): AdaptationRowsFilter {
  return { clientId, noteTypes: Object.keys(FROM_NOTE), sorenessFrom: addDays(today, -SORENESS_HORIZON_DAYS), sorenessMinSeverity: SORENESS_MIN_SEVERITY };
}

export function toAdaptationInputs(rows: readonly Row[]): AdaptationInput[] {
  const out: AdaptationInput[] = [];
  for (const r of rows) {
    const map = FROM_NOTE[r.type];
    if (!map) continue;
    const parsed = adaptationInputSchema.safeParse(map(r, (r.metadata ?? {}) as M));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Everything the engine adapts the client's weeks to, as of `today`. Two queries. */
export async function adaptationContext(db: Db, clientId: string, planId: string, today: string, opts: { planShift?: number | null } = {}): Promise<AdaptationContext> {
  const [rows, signals] = await Promise.all([
    listPlanAdaptations(db, planId),
    listSignalsSince(db, clientId, ['soreness'], addDays(today, -SORENESS_HORIZON_DAYS)),
  ]);
  // "calves better": a part said to be recovered (a mild report) ends the soreness reported of it on or before that day.
  const recovered = new Map<string, string>();
  for (const s of signals) {
    if (s.severity < SORENESS_MIN_SEVERITY && s.body_part && s.date > (recovered.get(s.body_part) ?? '')) recovered.set(s.body_part, s.date);
  }
  const byDate = new Map<string, SorenessInput>();
  for (const s of signals) {
    if (s.severity < SORENESS_MIN_SEVERITY || !s.body_part || s.date <= (recovered.get(s.body_part) ?? '')) continue;
    const cur = byDate.get(s.date);
    // A day is "tight" only when every report of it said so: one "sore" makes it soreness.
    const tight = s.feel === 'tight' && (cur ? cur.tight === true : true);
    byDate.set(s.date, {
      date: s.date,
      bodyParts: [...new Set([...(cur?.bodyParts ?? []), s.body_part])],
      severity: Math.max(cur?.severity ?? 0, s.severity),
      ...(tight ? { tight } : {}),
    });
  }
  const ctx = { adaptations: toAdaptationInputs(rows), soreness: [...byDate.values()] };
  // A strength plan moved by a pause or a long break is built on its own dates (plan-breaks.ts).
  return opts.planShift != null ? onPlanCalendar(ctx.adaptations, ctx.soreness, rows, opts.planShift) : ctx;
}
