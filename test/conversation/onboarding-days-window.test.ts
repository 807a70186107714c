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

describe('onboarding: the workout text set from when they train says why', () => {
  const summary = (days: string) => play([...LIFTER, days, '45 min', 'full gym', 'none']).last;

  it('"usually at 5:30am": the text at 5:00, 30 min before they usually train', () => {
    const last = summary('mon wed fri, usually at 5:30am');
    expect(last.reply).toMatch(/Your workout text comes at 5:00am Eastern time, 30 min before you usually train\./);
  });

  it('"before 7am": the text at 6:00, an hour before the cutoff, said as soon as the days are answered', () => {
    const { turns, last } = play([...LIFTER, 'mon wed fri, I can only train before 7am', '45 min', 'full gym', 'none']);
    expect(turns[2]!.reply).toMatch(/Your workout text comes at 6:00am Eastern time, an hour before your 7:00am cutoff\./);
    expect(last.reply).toMatch(/Your workout text comes at 6:00am Eastern time, an hour before your 7:00am cutoff\./);
  });

  it('"mon wed fri before work": the text early, said so, and the days not said twice', () => {
    const last = summary('mon wed fri before work');
    expect(last.state.answers.morningTime).toBe('05:30');
    expect(last.reply).toMatch(/Noted: before work\./);
    expect(last.reply).toMatch(/Your workout text comes at 5:30am Eastern time, early so it's there before work \(tell me when you start, e\.g\. 'texts at 6:15', and I'll move it\)\./);
  });

  it('"mornings around 6" and "6ish before work": the text at 5:30, 30 min before', () => {
    for (const days of ['mornings around 6, mon wed fri', 'mon wed fri, 6ish before work']) {
      const last = summary(days);
      expect(last.state.answers.trainingDays).toEqual([1, 3, 5]);
      expect(last.reply).toMatch(/Your workout text comes at 5:30am Eastern time, 30 min before you usually train\./);
    }
  });

  it('"mon wed fri around 6" is kept and said back; 6am or 6pm unsaid, the text stays and they hear how to move it', () => {
    const last = summary('mon wed fri around 6');
    expect(last.state.answers.trainingDays).toEqual([1, 3, 5]);
    expect(last.reply).toMatch(/Noted: around 6\./);
    expect(last.reply).toMatch(/Your workout text comes at 7:00am Eastern time\. If that's 6 in the morning, say 'texts at 5:30' and it comes before you train\./);
    expect(play([...LIFTER, 'mon wed fri around 6', '45 min', 'full gym', 'none', 'texts at 5:30']).last.state.answers.morningTime).toBe('05:30');
  });

  it('"after work around 6" needs no morning note', () => {
    const last = summary('mon wed fri after work around 6');
    expect(last.reply).toMatch(/Noted: after work around 6\./);
    expect(last.reply).toMatch(/Your workout text comes at 7:00am Eastern time\. Your plan/);
  });
});

describe('onboarding: a time asked for the texts is no training window', () => {
  it('"can the texts come at 4pm since I sleep days" sets the text at 4pm', () => {
    const { last } = play([...LIFTER, 'mon wed fri', '60 min', 'full gym', 'none', 'can the texts come at 4pm since I sleep days']);
    expect(last.state.answers.morningTime).toBe('16:00');
    expect(last.state.answers.trainingWindow).toBeUndefined();
  });
});
