/**
 * Onboarding played as a client texts it, without HTTP: the state is stored as JSON between texts (as the database
 * keeps it), and every reply is checked as a carrier would carry it (GSM-7, at most 4 segments).
 */
import { expect } from 'vitest';
import { countSegments, isGsm7 } from '../../src/channels/sms-text.js';
import { startOnboarding, stepOnboarding, type OnboardingContext, type OnboardingState, type OnboardingTurn } from '../../src/conversation/onboarding/index.js';

/** A context for `now` from a phone in `phoneTimezone`; the summary stands in for the engines' plan summary. */
export function onboardingContext(now: Date, phone: string, phoneTimezone: string, overrides: Partial<OnboardingContext> = {}): OnboardingContext {
  return {
    now,
    phone,
    phoneTimezone,
    defaultTimezone: 'America/New_York',
    summarize: (p) => `Your plan: 12 weeks of ${p.trainingDays.length} days a week, in stretches of a few harder weeks followed by a lighter week to recover.`,
    ...overrides,
  };
}

/** Plays texts from the first one; every turn, and the last. */
export function playOnboarding(ctx: OnboardingContext, texts: readonly string[], units: 'imperial' | 'metric' = 'imperial'): { turns: OnboardingTurn[]; last: OnboardingTurn } {
  let last = startOnboarding(ctx, texts[0] ?? '', { units });
  const turns = [last];
  for (const text of texts.slice(1)) {
    last = stepOnboarding(JSON.parse(JSON.stringify(last.state)) as OnboardingState, text, ctx);
    turns.push(last);
  }
  for (const t of turns) {
    expect(isGsm7(t.reply), t.reply).toBe(true);
    expect(countSegments(t.reply).segments, t.reply).toBeLessThanOrEqual(4);
  }
  return { turns, last };
}
