/**
 * How long they trained, as new clients word it (onboard16): "on and off, nothing consistent" is under a year of
 * steady training, a beginner (it was read as intermediate: "on and off" alone counts as some experience).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');

describe('onboarding: inconsistent training is a beginner', () => {
  it.each(["i've done some workouts on youtube on and off, nothing consistent", 'on and off, never been consistent', 'tried a few times, never stuck with it'])('"%s"', (text) => {
    const { last } = playOnboarding(ctx, ["hey! mom of 3 here, i'm Jess. honestly i just want to lose the baby weight", text]);
    expect(last.state.answers.trainingAge).toBe('beginner');
  });

  it('"on and off for 3 years" stays intermediate', () => {
    const { last } = playOnboarding(ctx, ["hi i'm jess, want to lose weight", 'on and off for 3 years']);
    expect(last.state.answers.trainingAge).toBe('intermediate');
  });
});
