/**
 * An area told at the start cleared mid-plan (YES to "want deadlifts back?"): a new plan version without
 * sparing it, from the same start, the client's plan notes carried over, in one transaction.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { json } from '../db/json.js';
import { lockClient, updateClient } from '../db/repositories/clients.repository.js';
import { copyPlanAdaptations } from '../db/repositories/plans.repository.js';
import { withoutLimitations } from '../engine/program/limitations.js';
import type { Limitation } from '../engine/vocabulary.js';
import { activePlan, startPlan } from './plans.service.js';
import { profileWithoutLimitations } from './stored-profile.js';

/** True when the plan was rebuilt; false when there is no plan or it spares none of `cleared` any more. */
export async function clearLimitations(db: Db, client: ClientRow, cleared: readonly Limitation[], today: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const plan = await activePlan(trx, client.id);
    const next = plan ? withoutLimitations(plan.request, cleared) : null;
    if (!plan || !next) return false;
    const started = await startPlan(trx, client, next, today);
    await copyPlanAdaptations(trx, plan.row.id, started.row.id);
    // The profile forgets the area too: a pain reply said "your left knee" of a knee given back, and a new plan's
    // summary and the coach's dashboard still listed it.
    const profile = profileWithoutLimitations(client.profile, cleared);
    if (profile) await updateClient(trx, client.id, { profile: json(profile) as never });
    return true;
  });
}
