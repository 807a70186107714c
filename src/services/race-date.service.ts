/**
 * The race moved: a new plan version with the new race date (the same start, so the same place in the plan),
 * the client's plan notes (trips, pain, exclusions, pauses) carried over, in one transaction.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient } from '../db/repositories/clients.repository.js';
import { copyPlanAdaptations } from '../db/repositories/plans.repository.js';
import { withRaceDate, type RaceDateProblem } from '../engine/program/race-date.js';
import { PHASE_NAMES, type PhaseName } from '../engine/endurance/phases.js';
import { activePlan, startPlan } from './plans.service.js';

export interface RaceDateChange {
  from: string;
  to: string;
  raceName: string;
  /** The phase of the week holding `today`, before and after (null outside the plan). */
  phaseBefore: PhaseName | null;
  phaseAfter: PhaseName | null;
  /** Weeks of each phase from this week to race day, before and after: what a race moved up takes out. */
  weeksBefore: Record<PhaseName, number>;
  weeksAfter: Record<PhaseName, number>;
}

/** Weeks of each phase from the week holding `today` on. */
function phaseWeeksFrom(weeks: ReadonlyArray<{ endDate: string; phase: PhaseName }>, today: string): Record<PhaseName, number> {
  const out = Object.fromEntries(PHASE_NAMES.map((p) => [p, 0])) as Record<PhaseName, number>;
  for (const w of weeks) if (w.endDate >= today) out[w.phase] += 1;
  return out;
}

export async function setRaceDate(db: Db, client: ClientRow, date: string, today: string): Promise<{ success: true; data: RaceDateChange } | { success: false; error: RaceDateProblem | 'no_plan'; from?: string }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return { success: false, error: 'no_plan' };
    const before = plan.outline.race;
    const next = withRaceDate(plan.request, date, today);
    if (!next.success || !before) return { success: false, error: next.success ? 'no_race' : next.error, ...(before ? { from: before.raceDate } : {}) };
    const started = await startPlan(trx, client, next.data, today);
    // The same plan to another date: what the client reported still holds.
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    const after = started.outline.race!;
    const weekOf = (weeks: typeof after.weeks) => weeks.find((w) => today >= w.startDate && today <= w.endDate) ?? null;
    const [wb, wa] = [weekOf(before.weeks), weekOf(after.weeks)];
    return {
      success: true,
      data: {
        from: before.raceDate,
        to: after.raceDate,
        raceName: after.raceName,
        phaseBefore: wb?.phase ?? null,
        phaseAfter: wa?.phase ?? null,
        weeksBefore: phaseWeeksFrom(before.weeks, today),
        weeksAfter: phaseWeeksFrom(after.weeks, today),
      },
    };
  });
}
