import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { NOT_UNDERSTOOD_REPLY } from './replies.js';

export interface CoachTurn {
  reply: string | null;
  /** What the text was taken to mean, stored on the inbound message for the coach's view and for tuning. */
  intent: string | null;
  /** Model usage and fallbacks for this turn, when a model was involved. */
  agent: unknown;
}

export interface CoachContext {
  inboundId: string;
  now: Date;
}

/**
 * The coaching flow: everything that is not a carrier keyword. Onboarding, intents and logging live behind
 * this one function so every channel (SMS, web chat, terminal) gets the same coach.
 */
export async function coach(_deps: AppDeps, _client: ClientRow, _text: string, _ctx: CoachContext): Promise<CoachTurn> {
  return { reply: NOT_UNDERSTOOD_REPLY, intent: 'unknown', agent: null };
}
