/**
 * Onboarding as 6 a.m. clients wrote it (onboard11's sessions): a lifter back after a decade, a start time said as
 * when they train, a marathoner's days beside the long run, two goals in one breath.
 */
import { describe, expect, it } from 'vitest';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
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

describe('onboarding: a lifter back after years off', () => {
  const DAN = "hey its Dan, 45, used to lift a lot in my 30s, benched 275 back then, havent really touched a barbell in like 12 years. want to get strong again. 3 days a week, I have a home gym w rack barbell bench";

  it('when the bench is from 12 years ago it sets no load: the summary says it is history and how the first weights are found', () => {
    // 85% of 275 (235 lb) would be his first max: after 12 years and at 45 no factor says what is left of it.
    const { last } = play([DAN, '1 hour', 'none']);
    expect(last.state.step).toBe('confirm');
    expect(last.state.answers.lifts).toMatchObject({ oneRepMaxes: {}, recentSets: [], lapsed: { bench_press: 275 }, lapseYears: 12 });
    expect(last.reply).toMatch(/Your 275 lb bench press is from 12\+ years ago, too long a break to set weights from/);
    expect(last.reply).not.toMatch(/first weights from/);
    expect(last.reply).toMatch(/You've lifted before, but after the break we start as a beginner/);
  });

  it('when the years off are said as a span, the span is never a lift\'s number ("nothing for 12 years" is no 12 lb bench)', () => {
    const { last } = play(["hi im Al, get stronger, 3 days, 1 hour, full gym, no injuries", 'used to bench 275, nothing for 12 years']);
    expect(last.state.answers.lifts?.oneRepMaxes.bench_press).toBeUndefined();
    expect(last.state.answers.lifts?.lapsed).toEqual({ bench_press: 275 });
  });

  it('when the break is short or unsaid, 85% of the old number still sets the first loads ("benched 225 back in college")', () => {
    const { last } = play(["hi im Al, get stronger, 3 days, 1 hour, full gym, no injuries", 'benched 225 back in college']);
    expect(last.state.answers.lifts?.oneRepMaxes.bench_press).toBe(190);
  });

  it('when the age and "in my 30s" put the number 5+ years back it sets no load either', () => {
    const { last } = play(["hi im Al, 45, get stronger, 3 days, 1 hour, full gym, no injuries", 'benched 275 in my 30s']);
    expect(last.state.answers.lifts).toMatchObject({ oneRepMaxes: {}, lapseYears: 6 });
  });
});

describe('onboarding: a runner\'s count beside the long-run day', () => {
  const MARIA = "Hi! I'm Maria. training for a marathon on may 16, goal 4 hours. I did a 10k in 56:10 last week";

  it('when "4 days, sat long run" is said the count is the days and Saturday the long run (was "1 day a week (Sat)")', () => {
    const { last } = play([MARIA, 'about 20 miles a week', '4 days, sat long run']);
    expect(last.state.answers.trainingDays).toHaveLength(4);
    expect(last.state.answers.trainingDays).toContain(6);
    expect(last.reply).toMatch(/^Got it\. You can train 4 days a week \(.*Sat\)/);
  });
});

describe('onboarding: a result\'s distance asked after its time', () => {
  it('when "10k" answers "What distance was your 56:10?" the pair is said back before the next question', () => {
    const first = 'hi! sam here from seattle, doing the chicago marathon oct 10, want sub 4. ran 56:10 at a turkey trot last week, about 20 miles a week';
    const { turns } = play([first, '10k']);
    expect(turns[0]!.reply).toMatch(/What distance was your 56:10\?/);
    expect(turns[1]!.reply).toMatch(/^Got it\. Your recent 10K was 56:10\. How long have you been running\?/);
  });
});

describe('onboarding: a lifting goal with a race added', () => {
  const JAKE = (days: string) => `hey im Jake, want to build muscle and also run a half in april. ${days}, gym with everything. been lifting 2 years`;
  const REST = ['april 12', 'none', 'none', '10 miles a week', 'an hour', 'no injuries', 'skip'];

  it('when "build muscle and also run a half" comes with 5 days the lifting leads and trains for muscle (was a race with lifting on the side)', () => {
    const { last } = play([JAKE('5 days a week'), ...REST, 'yes']);
    expect(last.profile).toMatchObject({ goal: 'hybrid', liftFirst: true, alsoGoal: 'hypertrophy' });
    const request = profileToPlanRequest(last.profile!, '2026-12-02');
    // Strength first on 5 days: 2 lifting days (a muscle program) and the race plan's 3 runs.
    expect(request.kind).toBe('hybrid');
    if (request.kind !== 'hybrid') return;
    expect(request.strength?.goal).toBe('hypertrophy');
    expect(request.strength?.trainingDays).toHaveLength(2);
    expect(request.race.trainingDays).toHaveLength(3);
  });

  it('when the 5-day summary is read it says the lifting comes first and what for', () => {
    const { last } = play([JAKE('5 days a week'), ...REST]);
    expect(last.reply).toMatch(/You're training for a half marathon on Apr 12, 2027 to finish strong, with lifting first to build muscle\./);
  });

  it('when only 4 days are given the summary says the runs come first and why, instead of promising lifting first', () => {
    const { last } = play([JAKE('4 days a week'), ...REST]);
    expect(last.reply).toMatch(/and lifting to build muscle beside it \(lifting first needs 5 days: 2 lifts, 3 runs\)/);
  });

  it('when the race is said first the lifting stays on the side ("run a half in april and also build muscle")', () => {
    const { last } = play(['hey im Jake, want to run a half in april and also build muscle. 5 days a week, gym with everything. been lifting 2 years', ...REST]);
    expect(last.state.answers.liftFirst).toBeUndefined();
    expect(last.reply).toMatch(/and lifting on the side/);
  });
});

describe('onboarding: an Australian runner\'s paragraph', () => {
  const aus = onboardingContext(new Date('2026-12-02T11:00:00Z'), '+61412345678', 'Australia/Sydney');
  const LIAM = "G'day, name's Liam. Want to run a sub 45 10k. Ran 47:30 at parkrun... no wait that was a 5k lol, 23:40 for the 5k. Race is 14 march";

  it('when a result is corrected ("no wait that was a 5k, 23:40 for the 5k") the race stays the 10K, the result is the 5K 23:40, and "14 march" is its day', () => {
    // Was: "You're training for a 5K with a goal of 45:00. Your recent 5K was 47:30. When is your 5K?"
    const { last } = playOnboarding(aus, [LIAM], 'metric');
    expect(last.state.answers.race).toMatchObject({ distance: '10k', goalTime: '0:45:00', recentRace: { distance: '5k', time: '0:23:40' }, date: '2027-03-14' });
    expect(last.reply).toMatch(/^Hi Liam! Got it\. You're training for a 10K on Mar 14, 2027 with a goal of 45:00\. Your recent 5K was 23:40\./);
  });

  it('when the day comes first ("the 14th of march") it is that March day, not the next 14th', () => {
    const { last } = playOnboarding(aus, ["hi i'm Liam, training for a 10k on the 14th of march"], 'metric');
    expect(last.state.answers.race?.date).toBe('2027-03-14');
  });
});

describe('onboarding: a client who answers "idk"', () => {
  it('when the goal was defaulted after "idk", a goal said two questions later replaces it (was "I didn\'t catch how long")', () => {
    const { turns, last } = play(['hi im Sam', 'idk', 'idk', 'idk', 'lose weight i guess', 'idk', 'idk', 'idk']);
    expect(turns[1]!.reply).toMatch(/^No problem - we'll start with general fitness/);
    expect(turns[4]!.reply).toMatch(/^Got it\. Your goal is to lose fat\. How long can each session be\?/);
    expect(last.state.step).toBe('confirm');
    expect(last.state.answers.goal).toBe('fat_loss');
  });

  it('when the goal was the client\'s own, a goal word later needs a correction word as before', () => {
    const { last } = play(['hi im Sam', 'get stronger', 'idk', 'idk', 'lose weight i guess']);
    expect(last.state.answers.goal).toBe('strength');
  });
});
