/**
 * The end of onboarding as one unit of work: the client's settings, their confirmed profile, the finished
 * conversation state and their first (or next) plan are written in one transaction, so a client is never
 * active without a plan or left mid-onboarding with one. Returns the client as it now is.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { json } from '../db/json.js';
import { lockClient, updateClient } from '../db/repositories/clients.repository.js';
import { saveConversationState } from '../db/repositories/conversation-states.repository.js';
import type { PlanRequest } from '../engine/program/program.js';
import { startPlan } from './plans.service.js';

export interface ConfirmedClient {
  /** null: the client chose not to give one. */
  name: string | null;
  timezone: string;
  morningTime: string;
  units: 'imperial' | 'metric';
  /** The profile as onboarding confirmed it (kept on the client for a later "new plan"). */
  profile: Record<string, unknown>;
}

export async function completeOnboarding(
  db: Db,
  client: ClientRow,
  confirmed: ConfirmedClient,
  request: PlanRequest,
  today: string,
  finalState: { flow: string; state: unknown },
): Promise<ClientRow> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const updated = await updateClient(trx, client.id, {
      name: confirmed.name,
      timezone: confirmed.timezone,
      morning_time: confirmed.morningTime,
      units: confirmed.units,
      profile: json(confirmed.profile) as never,
      status: client.status === 'paused' ? 'paused' : 'active',
    });
    await saveConversationState(trx, client.id, finalState.flow, finalState.state);
    await startPlan(trx, client, request, today);
    return updated;
  });
}
