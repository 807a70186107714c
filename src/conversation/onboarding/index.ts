/**
 * Onboarding: a short SMS conversation, one question at a time, that ends in a confirmed profile. The state
 * is plain JSON (the caller stores it between messages); every function here is pure — the clock comes in
 * as `ctx.now`.
 */
import { z } from 'zod';
import { toGsm7 } from '../../channels/sms-text.js';
import { unitsForPhone } from '../parse/area-code.js';
import { formatClock } from '../parse/time-of-day.js';
import { isValidTimezone } from '../parse/timezone.js';
import { isNo, isYes, normalize } from '../parse/text.js';
import { parseConfirmChange } from './changes.js';
import { buildProfile, nextMissingStep } from './profile.js';
import { applyAnswer, question } from './steps.js';
import { ONBOARDING_STEPS, type OnboardingAnswers, type OnboardingContext, type OnboardingState, type OnboardingStep, type OnboardingTurn } from './types.js';

export * from './types.js';
export { buildProfile, nextMissingStep, onboardingProfileSchema } from './profile.js';
export { question } from './steps.js';

/** Twice a GSM-7 segment: the longest onboarding reply. */
export const MAX_REPLY_CHARS = 320;

const contextSchema = z.object({
  now: z.date({ message: 'now must be a Date' }).refine((d) => !Number.isNaN(d.getTime()), { message: 'now must be a valid Date' }),
  phone: z.string({ message: 'phone must be a string' }).regex(/^\+[1-9]\d{6,14}$/, { message: 'phone must be E.164, e.g. +14155550123' }),
  defaultTimezone: z.string().refine(isValidTimezone, { message: 'defaultTimezone must be a valid IANA zone' }),
  summarize: z.custom<OnboardingContext['summarize']>((v) => typeof v === 'function', { message: 'summarize must be a function' }),
});

/** State as read back from storage: checked, because it may be days old and written by an older version. */
export const onboardingStateSchema = z.object({
  step: z.enum(ONBOARDING_STEPS, { message: 'step is not a known onboarding step' }),
  answers: z.record(z.string(), z.unknown(), { message: 'answers must be an object' }),
  history: z.array(z.enum(ONBOARDING_STEPS), { message: 'history must list onboarding steps' }),
  retries: z.number({ message: 'retries must be a number' }).int().min(0),
});

function checkContext(ctx: OnboardingContext): void {
  const r = contextSchema.safeParse(ctx);
  if (!r.success) throw new Error(`onboarding context: ${r.error.issues.map((i) => i.message).join('; ')}`);
}

/** GSM-7 and at most 320 characters; when too long the first part is shortened, never the question. */
export function fitReply(parts: string[], keepLast = true): string {
  const clean = parts.map((p) => toGsm7(p)).filter((p) => p !== '');
  let text = clean.join(' ');
  if (text.length <= MAX_REPLY_CHARS) return text;
  if (keepLast && clean.length > 1) {
    const last = clean[clean.length - 1]!;
    const room = MAX_REPLY_CHARS - last.length - 1;
    const head = clean.slice(0, -1).join(' ');
    if (room > 10) return `${head.slice(0, room - 3).trimEnd()}... ${last}`.slice(0, MAX_REPLY_CHARS);
  }
  text = text.slice(0, MAX_REPLY_CHARS - 3).trimEnd();
  return `${text}...`;
}

const CONFIRM_FOOTER = "Reply YES to start, or tell me what to change (e.g. '4 days', '7am instead').";

function summaryReply(answers: OnboardingAnswers, ctx: OnboardingContext, lead?: string): string {
  const profile = buildProfile(answers);
  // Only reachable with complete answers; a failure here means stored answers were tampered with.
  const summary = profile ? ctx.summarize(profile) : 'Your plan is ready.';
  const head = lead ? `${lead} ${summary}` : summary;
  return fitReply([head, CONFIRM_FOOTER]);
}

function ask(step: OnboardingStep, answers: OnboardingAnswers, ctx: OnboardingContext, lead?: string): string {
  if (step === 'confirm') return summaryReply(answers, ctx, lead);
  return fitReply(lead ? [lead, question(step, answers, ctx)] : [question(step, answers, ctx)]);
}

/** Begins onboarding: one short welcome line and the name question. */
export function startOnboarding(ctx: OnboardingContext): { state: OnboardingState; reply: string } {
  checkContext(ctx);
  const answers: OnboardingAnswers = { units: unitsForPhone(ctx.phone) };
  const state: OnboardingState = { step: 'name', answers, history: [], retries: 0 };
  return { state, reply: fitReply(["Hi! I'm Cadence, your training coach by text.", question('name', answers, ctx)]) };
}

function moveTo(state: OnboardingState, answers: OnboardingAnswers, ctx: OnboardingContext, ack?: string): OnboardingTurn {
  const next = nextMissingStep(answers);
  const history = next === state.step ? state.history : [...state.history, state.step];
  return { state: { step: next, answers, history, retries: 0 }, reply: ask(next, answers, ctx, ack) };
}

function retry(state: OnboardingState, error: string): OnboardingTurn {
  const retries = state.retries + 1;
  const lead = retries >= 3 ? 'Sorry, still not getting it.' : '';
  const tail = retries >= 2 ? "(Or reply BACK to go back.)" : '';
  return { state: { ...state, retries }, reply: fitReply([lead, error, tail], false) };
}

function isBack(text: string): boolean {
  return /^(back|go back|previous|prev|undo|oops go back|wait go back)$/.test(normalize(text).replace(/[.!]+$/, ''));
}

/**
 * One client message during onboarding → the next state and reply. "back" revisits the previous question;
 * an answer that does not parse gets a precise re-ask; at the summary, YES returns the profile and a change
 * ("make it 4 days", "7am instead") updates it and shows the summary again.
 */
export function stepOnboarding(state: OnboardingState, text: string, ctx: OnboardingContext): OnboardingTurn {
  checkContext(ctx);
  const checked = onboardingStateSchema.safeParse(state);
  if (!checked.success) {
    const fresh = startOnboarding(ctx);
    return { state: fresh.state, reply: fitReply(["Sorry, I lost track of where we were - let's start again.", question('name', fresh.state.answers, ctx)]) };
  }
  const answers = state.answers;

  if (state.step === 'complete') {
    return { state, reply: fitReply(["You're all set! Text 'what's today' for today's workout, or HELP for more."]) };
  }

  if (isBack(text)) {
    const previous = state.history[state.history.length - 1];
    if (previous === undefined) return { state: { ...state, retries: 0 }, reply: ask(state.step, answers, ctx, "That's the first question.") };
    return {
      state: { step: previous, answers, history: state.history.slice(0, -1), retries: 0 },
      reply: ask(previous, answers, ctx, previous === 'confirm' ? 'OK, back to the summary.' : 'OK, back to that one.'),
    };
  }

  if (state.step === 'confirm') return confirmStep(state, text, ctx);

  const r = applyAnswer(state.step, text, answers, ctx);
  if (!r.success) return retry(state, r.error);
  if (r.data.reask) return { state: { ...state, answers: r.data.answers, retries: state.retries + 1 }, reply: fitReply([r.data.reask]) };
  return moveTo(state, r.data.answers, ctx, r.data.ack);
}

function confirmStep(state: OnboardingState, text: string, ctx: OnboardingContext): OnboardingTurn {
  const answers = state.answers;
  if (isYes(text)) {
    const profile = buildProfile(answers);
    if (profile) {
      const reply = fitReply([
        `Let's go, ${profile.name}! Your first workout text arrives at ${formatClock(profile.morningTime)}. Text 'what's today' anytime, or HELP for more.`,
      ]);
      return { state: { step: 'complete', answers, history: [...state.history, 'confirm'], retries: 0 }, reply, profile };
    }
    // Stored answers are incomplete (should not happen): ask what is missing instead of failing.
    const missing = nextMissingStep(answers);
    return { state: { step: missing, answers, history: state.history, retries: 0 }, reply: ask(missing, answers, ctx) };
  }
  const change = parseConfirmChange(text, answers, ctx);
  if (change.kind === 'updated') {
    const next = nextMissingStep(change.answers);
    if (next === 'confirm') return { state: { ...state, answers: change.answers, retries: 0 }, reply: summaryReply(change.answers, ctx, 'Updated.') };
    return { state: { step: next, answers: change.answers, history: [...state.history, 'confirm'], retries: 0 }, reply: ask(next, change.answers, ctx, 'Updated.') };
  }
  if (change.kind === 'ask') {
    const reply = change.error ? fitReply([change.error]) : ask(change.step, answers, ctx);
    return { state: { step: change.step, answers, history: [...state.history, 'confirm'], retries: 0 }, reply };
  }
  const lead = isNo(text) ? 'No problem - what should I change?' : "I didn't catch a change.";
  return {
    state: { ...state, retries: state.retries + 1 },
    reply: fitReply([lead, "Try '4 days', 'mon wed fri', '7am instead', '60 min', 'home gym', 'goal: build muscle' or 'change time zone'. Or reply YES to start."]),
  };
}
