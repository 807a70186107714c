/**
 * Why a lift is not in a client's plan on a date ("why leg press instead of squats?", "why are there no
 * deadlifts?"): the rules that keep it out, from the plan request and the notes in force, most specific first.
 * Pure: the service passes the request, the adaptations and the date; the conversation words the answer.
 */
import type { StrengthRequest } from '../strength/request.js';
import { equipmentFits, levelFits, limitationConflicts, type Exercise } from '../strength/exercises.js';
import type { Equipment, Limitation, TrainingAge } from '../vocabulary.js';
import { HEALTH_RULES } from './health.js';
import { LIMITATION_FOR_PART } from './body.js';
import type { AdaptationInput } from './inputs.js';
import { covers } from './windows.js';

export type LiftAbsence =
  /** The client asked to drop it (or swapped it out), with their words. */
  | { kind: 'excluded'; reason: string; from: string }
  /** It loads a part that hurts now (a pain note) or an area told at the start (the request's limitations). */
  | { kind: 'pain'; areas: Limitation[]; bodyPart: string; reason: string }
  | { kind: 'limitation'; areas: Limitation[] }
  /** A health condition rules its movement out (e.g. no explosive lifts with AFib). */
  | { kind: 'health'; label: string }
  /** Kit it needs that the client does not have (on a trip, at their gym, or ever). */
  | { kind: 'travel'; missing: Equipment[] }
  | { kind: 'equipment'; missing: Equipment[] }
  /** A lift for more training experience than the client has. */
  | { kind: 'level'; level: TrainingAge }
  /** A doctor's limit under an empty bar: no barbell lifts. */
  | { kind: 'load_limit'; load: number; unit: 'kg' | 'lb' };

const EMPTY_BAR = { lb: 45, kg: 20 } as const;

/** Every rule that keeps `ex` out of the plan on `date`; empty when nothing does (the plan simply chose another). */
export function whyNotInPlan(ex: Exercise, req: StrengthRequest, adaptations: readonly AdaptationInput[], date: string): LiftAbsence[] {
  const out: LiftAbsence[] = [];
  for (const a of adaptations) {
    if (a.kind === 'exclude' && a.from <= date && (!a.to || date <= a.to) && (a.exerciseId === ex.id || a.exerciseIds?.includes(ex.id))) out.push({ kind: 'excluded', reason: a.reason, from: a.from });
  }
  for (const a of adaptations) {
    if (a.kind !== 'pain' || !covers(a, date)) continue;
    const lim = LIMITATION_FOR_PART[a.bodyPart];
    const areas = lim ? limitationConflicts(ex, [lim]) : [];
    if (areas.length || a.exerciseId === ex.id) out.push({ kind: 'pain', areas, bodyPart: a.bodyPart, reason: a.reason });
  }
  const told = limitationConflicts(ex, req.limitations);
  if (told.length) out.push({ kind: 'limitation', areas: told });
  for (const a of adaptations) {
    if (a.kind === 'health' && a.from <= date && HEALTH_RULES[a.condition].excludePatterns.includes(ex.pattern)) out.push({ kind: 'health', label: a.label });
  }
  const trip = adaptations.find((a) => a.kind === 'travel' && covers(a, date));
  if (trip && trip.kind === 'travel') {
    const kit = [...(trip.equipment ?? []), 'bodyweight'] as Equipment[];
    if (!equipmentFits(ex, kit)) out.push({ kind: 'travel', missing: ex.equipment.filter((e) => !kit.includes(e)) });
  }
  let kit: Equipment[] = [...req.equipment];
  for (const a of adaptations) if (a.kind === 'missing_equipment' && a.from <= date) kit = kit.filter((e) => !a.equipment.includes(e));
  if (!equipmentFits(ex, kit)) out.push({ kind: 'equipment', missing: ex.equipment.filter((e) => e !== 'bodyweight' && !kit.includes(e)) });
  for (const a of adaptations) {
    if (a.kind === 'load_limit' && covers(a, date) && !a.exerciseIds?.length && ex.equipment.includes('barbell') && a.load < EMPTY_BAR[a.unit]) out.push({ kind: 'load_limit', load: a.load, unit: a.unit });
  }
  if (!levelFits(ex, req.trainingAge)) out.push({ kind: 'level', level: ex.level });
  return out;
}
