/**
 * The days answer with a time of day in it (onboard16's new clients): "mon wed fri, I can only train before 7am"
 * keeps both the days and the window, and the workout text comes before the window closes.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);
const LIFTER = ["hi i'm ana, want to get stronger", '2 years'];

describe('onboarding: days said with a time of day', () => {
  it.each([
    ['mon wed fri, I can only train before 7am', [1, 3, 5], '06:00'],
    ['mon wed fri before 7am', [1, 3, 5], '06:00'],
    ['mon, wed and fri but only before 6:30am', [1, 3, 5], '05:30'],
    ['tue thu sat. only before 7am', [2, 4, 6], '06:00'],
    ['mon/wed/fri - has to be before 7am cause of work', [1, 3, 5], '06:00'],
    ['I can train tuesday and thursday but only after 6pm', [2, 4], undefined],
  ])('"%s" keeps the days and the time', (text, days, morning) => {
    const { last } = play([...LIFTER, text]);
    expect(last.state.answers.trainingDays).toEqual(days);
    expect(last.state.answers.trainingWindow).toBeDefined();
    expect(last.state.answers.work).toBeUndefined();
    expect(last.state.answers.morningTime).toBe(morning);
    expect(last.reply).toMatch(/^Got it\. You can train \d days a week \(/);
    expect(last.reply).toMatch(/How long can each session be/);
  });

  it('"3 days, mornings only" keeps the count', () => {
    const { last } = play([...LIFTER, '3 days, mornings only']);
    expect(last.state.answers.trainingDays).toHaveLength(3);
    expect(last.state.answers.trainingWindow).toMatch(/mornings only/);
  });

  it('"before 7am on weekdays, weekends anytime" says when, not which days: the days are still asked', () => {
    const { last } = play([...LIFTER, 'I can only work out before 7am on weekdays, weekends anytime']);
    expect(last.state.answers.trainingDays).toBeUndefined();
    expect(last.reply).toMatch(/Which days can you train\?/);
  });
});
