import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { parseIntent } from './intent-parser.js';
import { understandText } from '../agents/coach-language.js';
import { beginOnboarding, continueOnboarding, onboardingInProgress } from './onboarding-flow.js';
import { handleIntent } from './intent-handlers.js';
import { localToday } from '../services/plans.service.js';
import { DateTime } from 'luxon';
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
 * The coaching flow: everything that is not a carrier keyword. A client who is onboarding (or building a new
 * plan) talks to the onboarding state machine; everyone else's text is understood (deterministic parser,
 * then the model when the parser is unsure and a model is configured) and answered from the engines.
 */
export async function coach(deps: AppDeps, client: ClientRow, text: string, ctx: CoachContext): Promise<CoachTurn> {
  if (!text.trim()) {
    return { reply: 'I can only read text messages. ' + NOT_UNDERSTOOD_REPLY, intent: 'empty', agent: null };
  }
  const onboarding = await onboardingInProgress(deps, client);
  if (onboarding === 'fresh') return beginOnboarding(deps, client, ctx.now);
  if (onboarding) return continueOnboarding(deps, client, onboarding, text, ctx.now);

  const parsed = parseIntent(text, { now: ctx.now, timezone: client.timezone });
  const today = localToday(client, ctx.now);
  const understood = await understandText(
    deps.model,
    text,
    { today, timezone: client.timezone, weekday: DateTime.fromISO(today).setLocale('en').weekdayLong ?? '' },
    parsed,
    { timeoutMs: deps.config.openai.timeoutMs },
  );
  const answer = await handleIntent({ deps, client, text, now: ctx.now, inboundId: ctx.inboundId }, understood.intent);
  return { reply: answer.reply, intent: answer.intent ?? understood.intent.intent, agent: understood.trace };
}
