import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import { json } from '../json.js';

/**
 * The one stored state that leaves no question pending: an onboarding that finished (step 'complete', kept with
 * its answers until the client's next pending question replaces it). The coach answers an active or paused
 * client in it as one with no state (onboarding-flow onboardingInProgress), so a question about stored days is
 * answered from the store for them too (coach answerFromStore, inbound-batches, AnswerBasis).
 */
export const FINISHED_ONBOARDING = { flow: 'onboarding', step: 'complete' } as const;

/** Whether a stored conversation state (null: none) leaves a question pending: anything but FINISHED_ONBOARDING. */
export function questionPending(stored: { flow: string; state: unknown } | null | undefined): boolean {
  if (!stored) return false;
  const step = typeof stored.state === 'object' && stored.state !== null ? (stored.state as { step?: unknown }).step : undefined;
  return !(stored.flow === FINISHED_ONBOARDING.flow && step === FINISHED_ONBOARDING.step);
}

/** questionPending in SQL, for a conversation_states row aliased `s`. */
export const QUESTION_PENDING_SQL = `not (s.flow = '${FINISHED_ONBOARDING.flow}' and s.state->>'step' is not distinct from '${FINISHED_ONBOARDING.step}')`;

export async function loadConversationState(db: Db, clientId: string): Promise<{ flow: string; state: unknown } | undefined> {
  return db.selectFrom('conversation_states').select(['flow', 'state']).where('client_id', '=', clientId).executeTakeFirst();
}

export async function saveConversationState(db: Db, clientId: string, flow: string, state: unknown): Promise<void> {
  await db
    .insertInto('conversation_states')
    .values({ client_id: clientId, flow, state: json(state) })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ flow, state: json(state), updated_at: sql`now()` as any }))
    .execute();
}

export async function clearConversationState(db: Db, clientId: string): Promise<void> {
  await db.deleteFrom('conversation_states').where('client_id', '=', clientId).execute();
}
