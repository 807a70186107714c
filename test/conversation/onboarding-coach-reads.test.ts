/**
 * Onboarding read as a coach would (onboard13's sessions with new clients from the US, the UK, Spain and Australia):
 * days from a count are proposed, not said as chosen; a goal time is not a result; an injury answer is taken in
 * before the next question; a runner's "idk" to experience is guessed from their miles; a 60-year-old's lifts stay
 * in the summary.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);

describe('onboarding: days from a count are the coach\'s proposal', () => {
  it('"i run like 3x a week" says the count and proposes the days (was "3 days a week (Tue, Thu, Sat)", days never named)', () => {
    const { turns } = play(['hey im priya, training for broad street. i run like 3x a week']);
    expect(turns[0]!.reply).toMatch(/You can train 3 days a week\. Say which days suit you, or I'll use Tue, Thu, Sat\./);
    expect(turns[0]!.reply).not.toMatch(/3 days a week \(/);
  });

  for (const days of ['3-4x a week', '4 days', 'prob 4 times a week', 'FOUR days a week']) {
    it(`"${days}" to the days question: the summary proposes the days`, () => {
      const { last } = play(["hi i'm walt, want to get stronger", '2 years', days, '45 min', 'full gym', 'none']);
      expect(last.state.step).toBe('confirm');
      expect(last.reply).toMatch(/You can train \d days a week, about 45 min each\. Say which days suit you, or I'll use [A-Z][a-z]{2}(?:, [A-Z][a-z]{2})+\./);
    });
  }

  it('days named are said back as theirs; "actually 4 days" after naming three keeps them theirs', () => {
    const named = play(["hi i'm walt, want to get stronger", '2 years', 'mon wed fri', '45 min', 'full gym', 'none']).last;
    expect(named.reply).toMatch(/You can train 3 days a week \(Mon, Wed, Fri\)/);
    expect(named.reply).not.toMatch(/Say which days suit you/);
    const grown = play(["hi i'm walt, want to get stronger", '2 years', 'tue thu sat', '45 min', 'full gym', 'none', 'actually 4 days']).last;
    expect(grown.reply).toMatch(/^Updated: You can train 4 days a week \(/);
    expect(grown.state.answers.trainingDays).toEqual(expect.arrayContaining([2, 4, 6]));
  });

  it('"wait how many days do you recommend?" then "ok 4 then": the days, with the open question again (was lost)', () => {
    for (const four of ['ok 4 then', 'lets do 4', '4 it is', 'okay 4 days then']) {
      const { last } = play(['hey im priya, training for broad street. i run like 3x a week', 'wait how many days do you recommend?', four]);
      expect(last.state.answers.trainingDays, four).toHaveLength(4);
      expect(last.reply, four).toMatch(/^Got it\. You can train 4 days a week\. Say which days suit you, or I'll use .*The Broad Street Run 2027 is Sun May 2 - is that your race\?/);
    }
  });

  it('naming the days after a count makes them theirs', () => {
    const { last } = play(["hi i'm walt, want to get stronger", '2 years', '3 days', '45 min', 'full gym', 'none', 'tue thu sat']);
    expect(last.reply).toMatch(/You can train 3 days a week \(Tue, Thu, Sat\)/);
    expect(last.state.answers.daysFromCount).toBeUndefined();
  });
});

describe('onboarding: a goal time is not a result', () => {
  for (const text of ['training for a mile race in june, sub 5 mile', 'hi im Jake. training for a mile race in june, sub 5 mile', 'training for a 5k in april, sub 20 5k']) {
    it(`"${text}" is the goal, with no recent race (was also a recent result at the goal time)`, () => {
      const { last } = play([text]);
      expect(last.state.answers.race?.goalTime).toBeTruthy();
      expect(last.state.answers.race?.recentRace).toBeUndefined();
      expect(last.reply).not.toMatch(/Your recent/);
    });
  }

  it('a result beside the goal is still read: "i ran a sub 20 5k last month, training for a sub 18 5k in april"', () => {
    const { last } = play(['i ran a sub 20 5k last month, training for a sub 18 5k in april']);
    expect(last.state.answers.race).toMatchObject({ goalTime: '0:18:00', recentRace: { distance: '5k', time: '0:20:00' } });
  });
});

describe('onboarding: an injury answer is taken in before the next question', () => {
  // An Australian mobile spans several zones, so the time zone is asked after the injury question.
  const au = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+61412345678', null as unknown as string);
  const LIAM = ["g'day, Liam here. 27, want to get jacked 💪 train at anytime fitness", 'about a year', 'mon tue thu fri', '75 mins'];
  for (const injury of ['dodgy lower back from footy', 'bad back from deadlifting', 'lower back from footy tbh', 'my left knee, acl reconstruction 2 yrs ago']) {
    it(`"${injury}" is said back before the time-zone question`, () => {
      const { last } = playOnboarding(au, [...LIAM, injury]);
      expect(last.state.step).toBe('timezone');
      expect(last.reply).toMatch(/I'll go easy on your (?:lower back|back|knee)\. What time zone are you in\?/);
    });
  }

  it('"none" gets no echo', () => {
    const { last } = playOnboarding(au, [...LIAM, 'none']);
    expect(last.reply).toMatch(/^What time zone are you in\?/);
  });
});

describe('onboarding: a runner\'s "idk" to experience', () => {
  const ANA = ['hi, Ana here. want to run a 10k', 'march 14', 'sub 55', 'none'];
  it('with 15 miles a week is guessed from the miles, said so (was "new to this")', () => {
    const { last } = play([...ANA, '15 miles a week', 'idk']);
    expect(last.state.answers.trainingAge).toBe('intermediate');
    expect(last.reply).toMatch(/^No problem - at 15 miles a week you've clearly got a base, so I'll start you there \(intermediate\); tell me if you're newer to it\./);
  });

  it('with 45 miles a week: experienced', () => {
    const { last } = play([...ANA, '45 miles a week', 'dunno']);
    expect(last.state.answers.trainingAge).toBe('advanced');
  });

  it('with 4 miles a week: new, as before', () => {
    const { last } = play([...ANA, '4 miles a week', 'idk']);
    expect(last.state.answers.trainingAge).toBe('beginner');
    expect(last.reply).toMatch(/new to this/);
  });
});

describe("onboarding: a 60-year-old's lifts stay in the summary", () => {
  it('three lifts, the age rules and an injury caution: the first-weights line is kept (was pushed out)', () => {
    const walter = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+14045550187', 'America/New_York', {
      summarize: () => 'Your plan: 15 weeks, in stretches of a few harder weeks followed by a lighter week to recover.',
    });
    const { turns, last } = playOnboarding(walter, [
      "Hi there. I'm Walter, 60 years old, retired. Want to get stronger and stay healthy. I have a home setup with dumbbells up to 50 and a bench",
      'lifting about 4 years, db bench 50s x 10, goblet squat 45x12, db row 40x10',
      'mon wed fri',
      '45 min',
      'my left shoulder is cranky, had a rotator cuff thing 2 yrs ago, no overhead pressing',
    ]);
    expect(last.state.step).toBe('confirm');
    expect(last.reply).toMatch(/I'll set your first weights from your dumbbell bench press 50x10/);
    // The age rules are said in full when the age is told (the first reply); the summary keeps what the client told
    // and the essentials first (onboard21's rank table), so a full summary drops their restatement.
    expect(turns[0]!.reply).toMatch(/You're 60/);
    expect(last.reply).toMatch(/Your workout text comes at/);
  });
});

describe('onboarding: a greeting that names the coach', () => {
  it('"hi coach! Marcus, 45, from Houston..." reads the name and the age (was neither: the name asked next)', () => {
    const houston = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+17135550190', 'America/Chicago');
    const { last } = playOnboarding(houston, ['hi coach! Marcus, 45, from Houston. signed up for the houston marathon in january. want sub 4 this time. running 30 mi/wk, 5 days']);
    expect(last.state.answers).toMatchObject({ name: 'Marcus', age: 45, goal: 'race', race: { event: 'houston', distance: 'marathon' } });
    expect(last.reply).toMatch(/^Hi Marcus! .*The Houston Marathon 2027 is Sun Jan 17 - is that your race\?/);
  });

  it('"mon, 10, tue" is no age', () => {
    const { last } = play(["hi i'm sam, want to get stronger", '2 years', 'mon, 10, tue']);
    expect(last.state.answers.age).toBeUndefined();
  });
});

describe('onboarding: unsure answers are answers', () => {
  const uk = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+447700900199', 'Europe/London');
  const FREYA = "hiya i'm Freya 31, london. want to do hybrid - get stronger AND run my first half in spring. gym at work has barbells n racks";

  for (const days of ['maybe 4-5 days?', 'probably 4 days a week?', 'like 4 days?']) {
    it(`"${days}" is the days, though it ends with "?" (was "Let's finish setting up your plan first")`, () => {
      const { last } = playOnboarding(uk, [FREYA, days]);
      expect(last.state.answers.trainingDays?.length).toBeGreaterThanOrEqual(4);
      expect(last.reply).not.toMatch(/Let's finish setting up your plan first/);
    });
  }

  for (const idk of ['idk tbh', 'idk', 'honestly no idea', 'not sure yet']) {
    it(`"${idk}" to the race day sets a target day and says it (was the question again)`, () => {
      const { last } = playOnboarding(uk, [FREYA, idk]);
      expect(last.state.answers.race).toMatchObject({ date: '2027-04-11', targetDate: true });
      expect(last.reply).toMatch(/^Got it\. You're training for a half marathon by Apr 11, 2027.*No race date yet, so that is your target day/);
    });
  }

  it('"idk" to a well-known race\'s proposed day asks for the day, the proposal standing (no target day in its place)', () => {
    const { last } = play(['hey im priya, training for broad street', 'idk']);
    expect(last.state.answers.race?.date).toBeUndefined();
  });
});

describe('onboarding: "did it in" after the race named is that race\'s result', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['signed up for the houston marathon in january, did it last year in 4:12. want sub 4 this time', { distance: 'marathon', time: '4:12:00' }],
    ['training for broad street again, did it in 1:32 last may', { distance: 'custom', customDistanceKm: 16.09, time: '1:32:00' }],
    ['doing a half in april, ran it last year in 1:58', { distance: 'half', time: '1:58:00' }],
  ];
  for (const [text, recent] of cases) {
    it(`"${text}" (was no recent result: the paces asked for again)`, () => {
      const { last } = play([text]);
      expect(last.state.answers.race?.recentRace).toMatchObject(recent);
      expect(last.reply).toMatch(/Your recent /);
    });
  }
});
