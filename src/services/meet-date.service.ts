/**
 * The meet moved (or was told after the plan started): a new plan version to the new meet date (the same
 * start, so the client keeps their week; the last mesocycle peaks for the new date), the client's plan notes
 * carried over, in one transaction.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient } from '../db/repositories/clients.repository.js';
import { copyPlanAdaptations } from '../db/repositories/plans.repository.js';
import { withMeetDate, type MeetDateProblem } from '../engine/program/meet-date.js';
import { activePlan, startPlan } from './plans.service.js';

export async function setMeetDate(
  db: Db,
  client: ClientRow,
  date: string,
  today: string,
): Promise<{ success: true; data: { from: string | null; to: string; weeks: number } } | { success: false; error: MeetDateProblem | 'no_plan'; from: string | null }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return { success: false, error: 'no_plan', from: null };
    const from = plan.request.kind === 'strength' ? (plan.request.meetDate ?? null) : null;
    const next = withMeetDate(plan.request, date, today);
    if (!next.success) return { success: false, error: next.error, from };
    const started = await startPlan(trx, client, next.data, today);
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    return { success: true, data: { from, to: date, weeks: next.data.kind === 'strength' ? next.data.weeks : 0 } };
  });
}
