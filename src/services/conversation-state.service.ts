/**
 * What the coach is waiting for from a client between texts: the onboarding answers so far, or a pending
 * question after onboarding (a log to confirm, a choice between two readings). One row per client.
 */
import type { Db } from '../db/db-types.js';
import { clearConversationState, loadConversationState, saveConversationState } from '../db/repositories/conversation-states.repository.js';

/** Whether a stored state leaves a question pending (a finished onboarding does not). */
export { questionPending } from '../db/repositories/conversation-states.repository.js';

export function loadState(db: Db, clientId: string): Promise<{ flow: string; state: unknown } | undefined> {
  return loadConversationState(db, clientId);
}

export function saveState(db: Db, clientId: string, flow: string, state: unknown): Promise<void> {
  return saveConversationState(db, clientId, flow, state);
}

export function clearState(db: Db, clientId: string): Promise<void> {
  return clearConversationState(db, clientId);
}
