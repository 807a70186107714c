import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { loadConversationState, saveConversationState } from '../db/repositories/conversation-states.repository.js';
import { updateClient } from '../db/repositories/clients.repository.js';
import { json } from '../db/json.js';
import { planOutline, programWeek, summarizePlan } from '../engine/program/program.js';
import {
  fitReply,
  nextMissingStep,
  question,
  startOnboarding,
  stepOnboarding,
  type OnboardingAnswers,
  type OnboardingContext,
  type OnboardingProfile,
  type OnboardingState,
} from './onboarding/index.js';
import { profileToPlanRequest } from './plan-request.js';
import { localToday, startPlan } from '../services/plans.service.js';
import type { CoachTurn } from './coach.js';

export const ONBOARDING_FLOW = 'onboarding';

/**
 * What the plan would be, for the summary the client confirms: built by the same engines and request
 * mapping that will build the real plan, so the summary cannot promise something else.
 */
function summarizer(now: Date): (profile: OnboardingProfile) => string {
  return (profile) => {
    const today = localToday({ timezone: profile.timezone }, now);
    try {
      const request = profileToPlanRequest(profile, today);
      const outline = planOutline(request);
      return summarizePlan(outline, programWeek(request, outline, 1));
    } catch (err) {
      return `I could not build that plan (${err instanceof Error ? err.message : 'unknown reason'}). Reply with a change, e.g. "race date june 1".`;
    }
  };
}

function contextFor(deps: AppDeps, client: ClientRow, now: Date): OnboardingContext {
  return { now, phone: client.phone, defaultTimezone: client.timezone || deps.config.defaultTimezone, summarize: summarizer(now) };
}

/** Whether this client is mid-onboarding (first contact, or a "new plan" conversation in progress). */
export async function onboardingInProgress(deps: AppDeps, client: ClientRow): Promise<OnboardingState | null | 'fresh'> {
  const stored = await loadConversationState(deps.db, client.id);
  if (stored?.flow === ONBOARDING_FLOW) {
    const state = stored.state as OnboardingState;
    if (state.step !== 'complete') return state;
  }
  return client.status === 'onboarding' ? (stored ? (stored.state as OnboardingState) : 'fresh') : null;
}

export async function beginOnboarding(deps: AppDeps, client: ClientRow, now: Date, lead?: string): Promise<CoachTurn> {
  const ctx = contextFor(deps, client, now);
  if (client.name) {
    // A returning client building a new plan: who they are, where and when stay; the training questions are asked again.
    const answers: OnboardingAnswers = { name: client.name, timezone: client.timezone, morningTime: client.morning_time, units: client.units };
    const step = nextMissingStep(answers);
    await saveConversationState(deps.db, client.id, ONBOARDING_FLOW, { step, answers, history: [], retries: 0 } satisfies OnboardingState);
    return { reply: fitReply([lead ?? '', question(step, answers, ctx)]), intent: 'onboarding', agent: null };
  }
  const start = startOnboarding(ctx);
  await saveConversationState(deps.db, client.id, ONBOARDING_FLOW, start.state);
  return { reply: lead ? `${lead} ${start.reply}` : start.reply, intent: 'onboarding', agent: null };
}

/**
 * One onboarding turn. On YES the profile becomes the client's settings and an active plan (a previous plan
 * is archived as a past version), and morning texts start.
 */
export async function continueOnboarding(deps: AppDeps, client: ClientRow, state: OnboardingState, text: string, now: Date): Promise<CoachTurn> {
  const turn = stepOnboarding(state, text, contextFor(deps, client, now));
  if (!turn.profile) {
    await saveConversationState(deps.db, client.id, ONBOARDING_FLOW, turn.state);
    return { reply: turn.reply, intent: 'onboarding', agent: null };
  }
  const profile = turn.profile;
  const today = localToday({ timezone: profile.timezone }, now);
  const request = profileToPlanRequest(profile, today);
  await deps.db.transaction().execute(async (trx) => {
    await updateClient(trx, client.id, {
      name: profile.name,
      timezone: profile.timezone,
      morning_time: profile.morningTime,
      units: profile.units,
      profile: json(profile) as any,
      status: client.status === 'paused' ? 'paused' : 'active',
    });
    await saveConversationState(trx, client.id, ONBOARDING_FLOW, turn.state);
    await startPlan(trx, client, request, today);
  });
  return { reply: turn.reply, intent: 'onboarding_complete', agent: null };
}
