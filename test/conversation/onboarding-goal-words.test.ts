/** Goals as new clients word them (onboard16): "want to get fitter" is general fitness (it was not read: the goal asked again). */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');

describe('onboarding: goal words', () => {
  it.each(["hi im Linda, I'm 60 and want to get fitter, never really worked out", 'just want to be fitter tbh'])('"%s" is general fitness', (text) => {
    const { last } = playOnboarding(ctx, [text]);
    expect(last.state.answers.goal).toBe('general_fitness');
    expect(last.reply).not.toMatch(/What's your main goal/);
  });
});
