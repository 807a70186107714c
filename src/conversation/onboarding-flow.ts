import { isShortPlan, planShapePhrase, runTimePhrase, shortRunwayPhrase } from '../engine/endurance/summary.js';
import { STRENGTH_FIRST_LIFT_DAYS } from '../engine/program/hybrid.js';
import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { timezoneForPhone } from '../channels/phone-region.js';
import { unitsForPhone } from '../channels/phone-region.js';
import { planOutline } from '../engine/program/program.js';
import { formatFinish } from '../engine/endurance/index.js';
import { completeOnboarding } from '../services/onboarding.service.js';
import { understandText } from '../agents/understand-text.js';
import { loadState, questionPending, saveState } from '../services/conversation-state.service.js';
import { localToday } from '../services/plans.service.js';
import {
  fitReply,
  nextStep,
  question,
  startOnboarding,
  stepOnboarding,
  onboardingStateSchema,
  type OnboardingAnswers,
  type OnboardingContext,
  type OnboardingProfile,
  type OnboardingState,
  type KeptNote,
} from './onboarding/index.js';
import { profileToPlanRequest } from './plan-request.js';
import { formatWeekdays } from './parse/weekdays.js';
import { formatDate } from './parse/dates.js';
import { describeTargetEvent } from './onboarding/target-event.js';
import type { CoachTurn } from './coach.js';

export const ONBOARDING_FLOW = 'onboarding';

/**
 * The plan this profile would get, in plain sentences for the summary: built by the same engines and
 * request mapping that will build the real plan, so the summary cannot promise something else. No block
 * jargon: a beginner reads "harder weeks, then a lighter week", not "accumulation".
 */
function summarizer(now: Date): (profile: OnboardingProfile) => string {
  return (profile) => {
    const today = localToday({ timezone: profile.timezone }, now);
    try {
      const request = profileToPlanRequest(profile, today);
      const outline = planOutline(request);
      const parts: string[] = [];
      // A hybrid plan lifts on days the client did not list (the ones their runs leave free): that goes in the
      // plan's first sentence, the one the summary always keeps, so nobody finds a lift on their day off unasked.
      const liftDays = request.kind === 'hybrid' && request.strength ? request.strength.trainingDays : [];
      // More lifting days asked than the runs leave free with a rest day: said, not silently dropped.
      const asked = Math.max(profile.liftDaysPerWeek ?? 0, profile.liftDays?.filter((d) => !profile.trainingDays.includes(d)).length ?? 0);
      const short = request.kind === 'hybrid' && asked > liftDays.length ? `; ${asked} would leave you no rest day` : '';
      // Strength first: the lifting took some of the client's days, so the week says which days run.
      const first = request.kind === 'hybrid' && profile.liftFirst && request.strength && profile.trainingDays.some((d) => liftDays.includes(d));
      // Strength first on 5 days lifts 2, not 3: the race plan needs 3 run days. Said, with how to get the third.
      const wantedLifts = Math.max(2, profile.liftDaysPerWeek ?? STRENGTH_FIRST_LIFT_DAYS);
      const fewerLifts = first && liftDays.length < wantedLifts
        ? ` (${wantedLifts} lifts would leave ${profile.trainingDays.length - wantedLifts} runs; a race plan needs 3)`
        : '';
      const shape = (r: Parameters<typeof planShapePhrase>[0]) =>
        !liftDays.length
          ? planShapePhrase(r)
          : first
            ? `${planShapePhrase(r)}, strength first: lifting on ${formatWeekdays(liftDays)}, runs on ${formatWeekdays(request.race.trainingDays)}${fewerLifts}`
            : `${planShapePhrase(r)}, with lifting on ${formatWeekdays(liftDays)} (the days without runs${short})`;
      if (outline.race) {
        const r = outline.race;
        const predicted = formatFinish(r.racePrediction);
        if (r.runWalk) {
          // New runner: time, not miles; no prediction from a guess (issue 13).
          parts.push(`Your plan: ${shape(r)}, ${r.runWalk.sessionMinutes}-minute run/walk sessions where the runs grow each week.`);
          parts.push('No predicted time yet: nothing measured. Your first race sets it.');
        } else if (r.fitnessSource === 'estimated') {
          parts.push(`Your plan: ${shape(r)}.`);
          parts.push('Paces start as an estimate from your weekly mileage, so no predicted time until you log a race or time trial.');
        } else if (r.goal) {
          parts.push(`Your plan: ${shape(r)}.`);
          const d = r.goal.delta;
          const verdict = d < -0.08 ? 'a big stretch from where you are now - we will check it as you train' : d < -0.02 ? 'a stretch, but reachable with good training' : d <= 0.05 ? 'right in line with your fitness' : 'comfortably within reach';
          parts.push(`Right now your fitness predicts about ${predicted} for the ${r.raceName}; your goal is ${verdict}.`);
        } else {
          parts.push(`Your plan: ${shape(r)}.`);
          parts.push(`Right now your fitness predicts about ${predicted} for the ${r.raceName}.`);
        }
      }
      // A short runway is said right after the plan's shape, before the prediction: it is what the client must know.
      const runway = outline.race ? shortRunwayPhrase(outline.race, true) : null;
      // A race 2-3 weeks away: what the time cannot do for the distance goes in the plan's own sentence, the one
      // a long summary always keeps (as its own sentence it was dropped to fit).
      if (runway && outline.race && isShortPlan(outline.race) && parts[0]) parts[0] = `${parts[0].replace(/\.$/, '')}; ${runway}`;
      else if (runway) parts.splice(outline.race?.runWalk || outline.race?.fitnessSource === 'estimated' ? parts.length : 1, 0, runway);
      // "60 min per run": what it does to the plan, in the plan's first sentence (the one a long summary always
      // keeps), so a long run the plan cannot hold is never dropped to fit.
      const runTime = outline.race ? runTimePhrase(outline.race) : null;
      if (runTime && parts[0]) parts[0] = `${parts[0].replace(/\.$/, '')}; ${runTime.charAt(0).toLowerCase()}${runTime.slice(1)}`;
      if (outline.strength) {
        const s = outline.strength;
        const deloads = s.mesocycles.flatMap((m) => m.blocks).filter((b) => b.type === 'deload').length;
        parts.push(
          s.meetDate
            ? `Your plan: ${s.weeks} weeks to your meet on ${formatDate(s.meetDate)}, in stretches of a few harder weeks and a lighter week, then heavy singles the week before the meet and a light meet week.`
            : `${outline.race ? 'Lifting' : 'Your plan'}: ${s.weeks} weeks${profile.targetEvent && request.kind === 'strength' && !outline.race ? ` to ${describeTargetEvent(profile.targetEvent)}` : ''}, in stretches of a few harder weeks${deloads ? ' followed by a lighter week to recover' : ''}.`,
        );
      }
      return parts.join(' ');
    } catch (err) {
      return `I could not build that plan (${err instanceof Error ? err.message : 'unknown reason'}). Reply with a change, e.g. "race date june 1".`;
    }
  };
}

async function contextFor(deps: AppDeps, client: ClientRow, now: Date): Promise<OnboardingContext> {
  return { now, phone: client.phone, phoneTimezone: await timezoneForPhone(client.phone), defaultTimezone: deps.config.defaultTimezone, summarize: summarizer(now) };
}

/** Whether this client is mid-onboarding (first contact, or a "new plan" conversation in progress). */
export async function onboardingInProgress(
  deps: AppDeps,
  client: ClientRow,
  /** The client's conversation state when the caller already read it (the coach does, once per turn). */
  preloaded?: { flow: string; state: unknown } | null,
): Promise<OnboardingState | null | 'fresh' | 'lost'> {
  const stored = preloaded === undefined ? await loadState(deps.db, client.id) : (preloaded ?? undefined);
  if (stored?.flow === ONBOARDING_FLOW) {
    // A finished onboarding leaves nothing to continue for a client past it, however old its stored shape.
    if (!questionPending(stored) && client.status !== 'onboarding') return null;
    const parsed = onboardingStateSchema.safeParse(stored.state);
    // A state that no longer reads: onboarding starts over (`lost`), never a crash on its missing fields.
    return parsed.success ? parsed.data : 'lost';
  }
  return client.status === 'onboarding' ? 'fresh' : null;
}

/**
 * Starts onboarding. A new client's first text is read for every slot (a paragraph can answer most of it);
 * a returning client building a new plan keeps who they are, where and when, and is asked the training
 * questions again.
 */
export async function beginOnboarding(deps: AppDeps, client: ClientRow, now: Date, lead?: string, firstText = '', known: OnboardingAnswers = {}): Promise<CoachTurn> {
  const ctx = await contextFor(deps, client, now);
  if (client.name) {
    // `known`: what the coach already knows for the next plan (the goal race just run, as its recent race; the
    // days and history kept when only the goal changes).
    const answers: OnboardingAnswers = { name: client.name, timezone: client.timezone, morningTime: client.morning_time, units: client.units, ...known };
    // "i want to train for a marathon now": the new goal said is read as the first answer, and only what is
    // missing for it is asked (its date, its goal time).
    if (firstText) {
      const start = startOnboarding(ctx, firstText, answers);
      await saveState(deps.db, client.id, ONBOARDING_FLOW, start.state);
      return { reply: fitReply([lead ?? '', start.reply]), intent: 'onboarding', agent: null };
    }
    const step = nextStep(answers, ctx);
    await saveState(deps.db, client.id, ONBOARDING_FLOW, { step, answers, history: [], retries: 0 } satisfies OnboardingState);
    return { reply: fitReply([lead ?? '', question(step, answers, ctx)]), intent: 'onboarding', agent: null };
  }
  const start = startOnboarding(ctx, firstText, { units: unitsForPhone(client.phone) });
  await saveState(deps.db, client.id, ONBOARDING_FLOW, start.state);
  return { reply: lead ? `${lead} ${start.reply}` : start.reply, intent: 'onboarding', agent: null };
}

/**
 * One onboarding turn. On YES the profile becomes the client's settings and an active plan (a previous plan
 * is archived as a past version), and morning texts start: one unit of work in the onboarding service.
 */
export async function continueOnboarding(deps: AppDeps, client: ClientRow, state: OnboardingState, text: string, now: Date): Promise<CoachTurn & { kept?: { client: ClientRow; notes: KeptNote[] } }> {
  const ctx = await contextFor(deps, client, now);
  let turn = stepOnboarding(state, text, ctx);
  let agent: unknown = null;
  // The rules read nothing in this text (a re-ask): the model, when configured, reads it with the same schema.
  const stuck = turn.state.step === state.step && turn.state.retries > state.retries;
  if (stuck && deps.model) {
    const started = Date.now();
    const today = localToday({ timezone: ctx.phoneTimezone ?? ctx.defaultTimezone }, now);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`));
    const r = await understandText(deps.model, text, { today, timezone: ctx.phoneTimezone ?? ctx.defaultTimezone, units: state.answers.units ?? 'imperial', weekday }, { timeoutMs: deps.config.openai.timeoutMs });
    const ms = Date.now() - started;
    if (r.ok) {
      const byModel = stepOnboarding(state, text, ctx, r.onboarding);
      const progressed = byModel.state.step !== state.step || byModel.profile !== undefined || JSON.stringify(byModel.state.answers) !== JSON.stringify(state.answers);
      agent = { agent: 'understand-text', outcome: progressed ? 'model' : 'fallback', reason: progressed ? null : 'less_confident', detail: null, attempts: r.attempts, usage: r.usage, ms };
      if (progressed) turn = byModel;
    } else agent = { agent: 'understand-text', outcome: 'fallback', reason: r.reason, detail: r.detail, attempts: r.attempts, usage: r.usage, ms };
  }
  if (!turn.profile) {
    await saveState(deps.db, client.id, ONBOARDING_FLOW, turn.state);
    return { reply: turn.reply, intent: 'onboarding', agent };
  }
  const profile = turn.profile;
  const today = localToday({ timezone: profile.timezone }, now);
  const active = await completeOnboarding(
    deps.db,
    client,
    { name: profile.name || null, timezone: profile.timezone, morningTime: profile.morningTime, units: profile.units, profile: profile as unknown as Record<string, unknown> },
    profileToPlanRequest(profile, today),
    today,
    { flow: ONBOARDING_FLOW, state: turn.state },
  );
  // Reports said along the way ("got the flu, out till thurs") are read again by the caller, now that the plan exists.
  const notes = turn.state.answers.notes ?? [];
  return { reply: turn.reply, intent: 'onboarding_complete', agent, ...(notes.length ? { kept: { client: active, notes } } : {}) };
}
