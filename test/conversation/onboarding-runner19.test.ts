/**
 * Onboarding as runners texted it in session 19 wave 2: texts beside the question asked.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Thursday 2026-12-03, 9am in New York. */
const CTX = onboardingContext(new Date('2026-12-03T14:00:00Z'), '+12125550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(CTX, texts);

describe('onboarding: a known race proposed, then a text that is no answer', () => {
  it('"about an hour on weekdays, sundays i have all morning" keeps the Chicago Marathon\'s day proposed (was "Which day in October 2027? Just the day is fine")', () => {
    const { last } = play(['hi im ida', 'train for a race', 'maybe chicago?', 'about an hour on weekdays, sundays i have all morning']);
    expect(last.reply).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\? \(YES or a different date\)/);
    expect(last.reply).not.toMatch(/Which day in October/);
    const { last: after } = play(['hi im ida', 'train for a race', 'maybe chicago?', 'about an hour on weekdays, sundays i have all morning', 'yes']);
    expect(after.state.answers.race).toMatchObject({ distance: 'marathon', date: '2027-10-10' });
  });
});

describe('onboarding: a clock beside the training days', () => {
  const A = ['hi im ida', 'train for a race', 'half marathon on may 2', 'none', 'none', '20 mpw', '2 years'];
  it('"mon wed fri sat 7:30" keeps the 7:30 and says it back (was dropped without a word)', () => {
    const { last } = play([...A, 'mon wed fri sat 7:30']);
    expect(last.state.answers.trainingDays).toEqual([1, 3, 5, 6]);
    expect(last.state.answers.trainingWindow).toBe('at 7:30');
    expect(last.reply).toMatch(/You can train 4 days a week \(Mon, Wed, Fri, Sat\)\. Noted: at 7:30\./);
  });
});

describe('onboarding: a log of runs at the days question', () => {
  const A = ['hi im ida', 'train for a race', 'half marathon on may 2', 'none', 'none', '20 mpw', '2 years'];
  it('"mon: easy 3, wed: tempo" is no schedule: the days are asked again, saying why (was read as training days Mon, Wed)', () => {
    const { last } = play([...A, 'mon: easy 3, wed: tempo']);
    expect(last.state.answers.trainingDays).toBeUndefined();
    expect(last.reply).toMatch(/reads like runs you've done, not the days you can train/);
    expect(last.reply).toMatch(/Which days can you train\?/);
  });

  it('plain days, and days with a session named for them, are still the days', () => {
    expect(play([...A, 'mon, wed, fri']).last.state.answers.trainingDays).toEqual([1, 3, 5]);
    expect(play([...A, 'mon wed fri sat, long run sat']).last.state.answers.trainingDays).toEqual([1, 3, 5, 6]);
  });
});

describe('onboarding: the time a runner has, told at the experience question', () => {
  const A = ['hi im ida', 'train for a race', 'half marathon on may 2', 'none', 'none', '20 mpw'];
  it('"about 45 min on weekdays, longer on sat" is said back, the long run goes on Sat, then the open question (was read as nothing and asked again)', () => {
    const { last } = play([...A, 'about 45 min on weekdays, longer on sat']);
    expect(last.reply).toMatch(/^Got it: about 45 min on weekdays, longer on sat - your long run goes on Sat\. How long have you been running\?/);
    expect(last.state.answers.race?.longRunDay).toBe(6);
    expect(last.state.answers.trainingWindow).toBe('about 45 min on weekdays, longer on sat');
    expect(last.state.answers.runMinutes).toBeUndefined();
    const done = play([...A, 'about 45 min on weekdays, longer on sat', '3 years', 'mon wed fri sat', 'none']).last;
    expect(done.reply).toMatch(/about 45 min on weekdays, longer on sat/);
  });
});

describe('onboarding: the weekday time, then a clock beside the days', () => {
  it('"about 45 min on weekdays, longer on sat" then "mon wed fri sat 7:30": both said back in the summary (was only "Noted: at 7:30.")', () => {
    const { last } = play(['hi im ida', 'train for a race', 'half marathon on may 2', 'none', 'none', '20 mpw', 'about 45 min on weekdays, longer on sat', '3 years', 'mon wed fri sat 7:30', 'none']);
    expect(last.state.answers.trainingWindow).toBe('about 45 min on weekdays, longer on sat; at 7:30');
    expect(last.reply).toMatch(/about 45 min on weekdays, longer on sat; at 7:30/);
  });
});
