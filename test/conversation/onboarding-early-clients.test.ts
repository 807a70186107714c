/**
 * Onboarding as 6 a.m. clients wrote it (onboard11's sessions): a lifter back after a decade, a start time said as
 * when they train, a marathoner's days beside the long run, two goals in one breath.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Wednesday 2026-12-02, 06:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-02T11:00:00Z'), '+12125550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);

describe('onboarding: when they train, said as a start', () => {
  it('when "usually 5ish am before work" is said the workout text comes at 4:30, before they start, and the start is said back', () => {
    const { last } = play(["hey its Dan, want to get strong again. 3 days a week, home gym w rack barbell bench, 2 years", 'usually 5ish am before work', '1 hour', 'none', 'skip']);
    expect(last.state.step).toBe('confirm');
    expect(last.state.answers.morningTime).toBe('04:30');
    expect(last.reply).toMatch(/usually 5ish am before work/);
    expect(last.reply).toMatch(/Your workout text comes at 4:30am Eastern time/);
  });

  it('when the text\'s time is said it stands ("send it at 5am")', () => {
    const { last } = play(["hey its Dan, want to get strong again. 3 days a week, home gym w rack barbell bench, 2 years", 'send it at 5am', '1 hour', 'none', 'skip']);
    expect(last.state.answers.morningTime).toBe('05:00');
  });
});
