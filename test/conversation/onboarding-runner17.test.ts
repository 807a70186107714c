/**
 * Onboarding as Marcus texted it (Denver, a half marathon in May): a paragraph with an emoji between its sentences,
 * and a shorter race told once the goal race is known.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 8am in Denver. */
const CTX = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+13035550123', 'America/Denver');
const play = (texts: string[]) => playOnboarding(CTX, texts);

describe('onboarding: a paragraph with an emoji between sentences', () => {
  it('"training for the colfax half in may 🏃 ran a 10k in 49:30 last month, doing about 18 miles a week" keeps the half, May, the 10K and the miles, and asks only the day (was "Which race, and when?")', () => {
    const { last } = play(['hi im marcus', 'train for a race', 'training for the colfax half in may 🏃 ran a 10k in 49:30 last month, doing about 18 miles a week']);
    expect(last.state.answers.race).toMatchObject({ distance: 'half', month: '2027-05', recentRace: { distance: '10k', time: '0:49:30' }, weeklyMileage: 18 });
    expect(last.state.step).toBe('race_event');
    expect(last.reply).toMatch(/^Got it\. You're training for a half marathon\. Your recent 10K was 49:30\. You run about 18 mi a week now\. Which day in May 2027\?/);
  });

  it('said in the first text with the name, the day next finishes the race', () => {
    const { last } = play(['hey! im marcus 👋 training for the colfax half in may🏃ran a 10k in 49:30 last month, doing about 18 miles a week', '17']);
    expect(last.state.answers).toMatchObject({ name: 'Marcus', race: { distance: 'half', date: '2027-05-17', recentRace: { distance: '10k' }, weeklyMileage: 18 } });
    expect(last.state.step).toBe('race_goal_time');
  });
});

describe('onboarding: a shorter race before the goal race', () => {
  const HALF = ['hi im marcus', 'training for a half marathon on may 16'];

  it('"got a 10k race on saturday" is a tune-up: the half on May 16 stays the goal, the 10K is noted (was the goal turned into a 10K, told it was too close)', () => {
    const { last } = play([...HALF, 'got a 10k race on saturday']);
    expect(last.state.answers.race).toMatchObject({ distance: 'half', date: '2027-05-16' });
    expect(last.state.answers.notes?.map((n) => n.text)).toEqual(['got a 10k race on saturday']);
    expect(last.state.step).toBe('race_goal_time');
    expect(last.reply).toMatch(/^A 10K on Sat Dec 5 is a good tune-up before your half marathon: I've kept the half marathon on May 16, 2027 as your goal/);
    expect(last.reply).toMatch(/ Goal time for the half marathon\? /);
    expect(last.reply).not.toMatch(/too close|race week/);
  });

  it('later in onboarding it is a tune-up too, and the question asked comes again', () => {
    const { last } = play([...HALF, 'none', 'none', '18 mpw', '2 years', 'doing a 5k this saturday']);
    expect(last.state.answers.race).toMatchObject({ distance: 'half', date: '2027-05-16', weeklyMileage: 18 });
    expect(last.state.step).toBe('days');
    expect(last.reply).toMatch(/^A 5K on Sat Dec 5 is a good tune-up .* Which days can you train\?/);
  });

  it('the goal\'s own distance on another day is still the goal race moved', () => {
    const { last } = play([...HALF, 'actually the half is on may 2']);
    expect(last.state.answers.race).toMatchObject({ distance: 'half', date: '2027-05-02' });
    expect(last.state.answers.notes).toBeUndefined();
  });
});
