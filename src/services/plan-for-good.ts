/**
 * A change told for good after onboarding (new kit, a load limit, an area given back): the same plan (dates,
 * position, notes) as a new version from today, what the client reported carried over, and the profile keeping
 * the change for a new plan - one unit of work, the client's row locked.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { json } from '../db/json.js';
import { lockClient, updateClient } from '../db/repositories/clients.repository.js';
import { copyPlanAdaptations } from '../db/repositories/plans.repository.js';
import type { PlanRequest } from '../engine/program/program.js';
import { activePlan, startPlan } from './plans.service.js';

export interface ForGood {
  /** The plan request with the change, or null (or the same request) when the plan has nothing it changes. */
  plan: (request: PlanRequest) => PlanRequest | null;
  /** The stored profile with the change, or null to leave it as stored. */
  profile: (stored: unknown) => Record<string, unknown> | null;
}

/** 'no_plan' without an active plan; 'unchanged' when the change leaves the plan as it is (nothing is written). */
export async function changePlanForGood(db: Db, client: ClientRow, change: ForGood, today: string): Promise<'ok' | 'no_plan' | 'unchanged'> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    if (!plan) return 'no_plan';
    const next = change.plan(plan.request);
    if (!next || next === plan.request) return 'unchanged';
    const started = await startPlan(trx, client, next, today);
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    const profile = change.profile(client.profile);
    if (profile) await updateClient(trx, client.id, { profile: json(profile) as never });
    return 'ok';
  });
}
