import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../../src/channels/sms-text.js';
import {
  MAX_REPLY_CHARS,
  startOnboarding,
  stepOnboarding,
  type OnboardingContext,
  type OnboardingProfile,
  type OnboardingState,
  type OnboardingTurn,
} from '../../src/conversation/onboarding/index.js';

/** Thursday 2026-11-12, 10:00 in New York. */
const NOW = new Date('2026-11-12T15:00:00Z');

/** Builder: a San Francisco number (area code 415 → Pacific) and a fake plan summary from "the engines". */
function onboardingCtx(overrides: Partial<OnboardingContext> = {}): OnboardingContext {
  return {
    now: NOW,
    phone: '+14155550123',
    defaultTimezone: 'America/New_York',
    summarize: (p: OnboardingProfile) =>
      `Plan for ${p.name}: ${p.goal}, ${p.trainingDays.length} days x ${p.sessionMinutes} min, 12 weeks in 3 blocks. Week 1 starts Monday.`,
    ...overrides,
  };
}

interface Transcript {
  state: OnboardingState;
  replies: string[];
  last: OnboardingTurn | null;
  profile: OnboardingProfile | undefined;
}

/**
 * Plays a conversation, storing the state as JSON between every message (as the lead does), and checks
 * every reply is GSM-7 and at most 320 characters.
 */
function converse(messages: string[], ctx = onboardingCtx()): Transcript {
  const start = startOnboarding(ctx);
  let state = start.state;
  const replies = [start.reply];
  let last: OnboardingTurn | null = null;
  let profile: OnboardingProfile | undefined;
  for (const text of messages) {
    last = stepOnboarding(JSON.parse(JSON.stringify(state)) as OnboardingState, text, ctx);
    state = last.state;
    replies.push(last.reply);
    if (last.profile) profile = last.profile;
  }
  for (const r of replies) {
    expect(isGsm7(r), r).toBe(true);
    expect(r.length, r).toBeLessThanOrEqual(MAX_REPLY_CHARS);
  }
  return { state, replies, last, profile };
}

const LIFTER = ['Sam', 'get stronger', '3 years', 'mon wed fri', 'about 45 min', 'full gym', 'none', 'yes', '7am'];

describe('onboarding.startOnboarding', () => {
  it('when a client starts it welcomes in one line and asks the name', () => {
    const { state, reply } = startOnboarding(onboardingCtx());
    expect(reply).toBe("Hi! I'm Cadence, your training coach by text. What's your name?");
    expect(state).toEqual({ step: 'name', answers: { units: 'imperial' }, history: [], retries: 0 });
  });

  it('when the phone is British the units are metric', () => {
    expect(startOnboarding(onboardingCtx({ phone: '+442071234567' })).state.answers.units).toBe('metric');
  });

  it('when the phone is not E.164 it throws naming the field', () => {
    expect(() => startOnboarding(onboardingCtx({ phone: '415-555-0123' }))).toThrow(/phone must be E\.164/);
  });
});

describe('onboarding.stepOnboarding', () => {
  it('when a lifter answers everything and says YES the profile is returned', () => {
    const t = converse([...LIFTER, 'YES']);
    expect(t.profile).toEqual({
      name: 'Sam',
      goal: 'strength',
      trainingAge: 'intermediate',
      trainingDays: [1, 3, 5],
      sessionMinutes: 45,
      equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'],
      limitations: [],
      timezone: 'America/Los_Angeles',
      morningTime: '07:00',
      units: 'imperial',
    });
    expect(t.state.step).toBe('complete');
    expect(t.replies.at(-1)).toBe("Let's go, Sam! Your first workout text arrives at 7:00am. Text 'what's today' anytime, or HELP for more.");
  });

  it('when the questions are asked each shows the answer format', () => {
    const t = converse(LIFTER);
    expect(t.replies[1]).toContain('Get stronger, build muscle, lose fat, general fitness, train for a race, or a mix');
    expect(t.replies[3]).toBe("Which days can you train? e.g. 'mon wed fri' or '3 days'");
    expect(t.replies[7]).toBe("Looks like you're on Pacific time (America/Los_Angeles) - right? Reply YES or name your city/time zone");
    expect(t.replies[9]).toBe(
      "Plan for Sam: strength, 3 days x 45 min, 12 weeks in 3 blocks. Week 1 starts Monday. Reply YES to start, or tell me what to change (e.g. '4 days', '7am instead').",
    );
  });

  it('when the profile is returned it is only on the YES turn', () => {
    const t = converse(LIFTER);
    expect(t.profile).toBeUndefined();
    expect(t.state.step).toBe('confirm');
  });

  it('when an answer is garbage it re-asks precisely and stays on the question', () => {
    const t = converse(['Sam', 'get stronger', 'purple']);
    expect(t.state.step).toBe('experience');
    expect(t.state.retries).toBe(1);
    expect(t.replies.at(-1)).toBe("How long have you trained? e.g. 'new', '6 months', '3 years'");
  });

  it('when garbage comes twice the re-ask mentions BACK', () => {
    const t = converse(['Sam', 'get stronger', '3 years', 'whenever', 'sometimes']);
    expect(t.replies.at(-1)).toBe("I didn't catch the days - try 'mon wed fri' or '3 days' (Or reply BACK to go back.)");
  });

  it('when the client says "back" it returns to the previous question and keeps going from there', () => {
    const t = converse(['Sam', 'get stronger', '3 years', 'back', '6 months', 'mon wed fri']);
    expect(t.replies[4]).toBe("OK, back to that one. How long have you been training? e.g. 'new', '6 months', '3 years'");
    expect(t.state.step).toBe('duration');
    expect(t.state.answers.trainingAge).toBe('beginner');
  });

  it('when "back" is sent at the first question it says so', () => {
    const t = converse(['back']);
    expect(t.replies[1]).toBe("That's the first question. What's your name?");
    expect(t.state.step).toBe('name');
  });

  it('when the days answer includes the length the length question is skipped', () => {
    const t = converse(['Sam', 'get stronger', '3 years', 'mon wed fri, about an hour']);
    expect(t.state.step).toBe('equipment');
    expect(t.state.answers.sessionMinutes).toBe(60);
  });

  it('when only a count of days is given the reply says which days were picked', () => {
    const t = converse(['Sam', 'get stronger', '3 years', '4 days']);
    expect(t.replies.at(-1)).toBe("I'll use Mon, Tue, Thu, Fri. How long can each session be? e.g. '45 min' or '1 hour'");
  });

  it('when the area-code guess is confirmed with YES the guessed zone is kept', () => {
    const t = converse(LIFTER.slice(0, 8));
    expect(t.state.answers.timezone).toBe('America/Los_Angeles');
  });

  it('when the guess is overridden with a city that zone is used and named back', () => {
    const t = converse([...LIFTER.slice(0, 7), 'no', 'Denver']);
    expect(t.replies[8]).toBe("OK - which city or time zone are you in? e.g. 'Denver', 'Chicago' or 'Europe/London'");
    expect(t.replies[9]).toBe("Got it, Mountain time (America/Denver). What time should your daily workout text arrive? e.g. '6:30am' or '7am'");
    expect(t.state.answers.timezone).toBe('America/Denver');
  });

  it('when the guess is overridden directly with an IANA zone it is used', () => {
    const t = converse([...LIFTER.slice(0, 7), 'tz Europe/London']);
    expect(t.state.answers.timezone).toBe('Europe/London');
  });

  it('when the area code is unknown it asks for the city instead of guessing', () => {
    const t = converse(LIFTER.slice(0, 7), onboardingCtx({ phone: '+18005550123' }));
    expect(t.replies.at(-1)).toBe("What time zone are you in? Name your city (e.g. 'Denver', 'London') or a zone like 'Eastern'");
  });

  it('when the client asks for a change at the summary it updates and shows the summary again', () => {
    const t = converse([...LIFTER, 'make it 4 days', '7:30am instead', 'change days to tue thu sat', 'YES']);
    expect(t.replies[10]).toMatch(/^Updated\. Plan for Sam: strength, 4 days x 45 min/);
    expect(t.profile).toMatchObject({ trainingDays: [2, 4, 6], morningTime: '07:30' });
  });

  it('when a field is named without a value it asks that question and comes back to the summary', () => {
    const t = converse([...LIFTER, 'change my equipment', 'dumbbells only']);
    expect(t.replies[10]).toBe("Where do you train? e.g. 'full gym', 'home gym', 'dumbbells only', 'hotel gym' or 'just bodyweight'");
    expect(t.state.step).toBe('confirm');
    expect(t.state.answers.equipment).toEqual(['bench', 'dumbbell', 'bodyweight']);
  });

  it('when the summary reply is neither YES nor a change it says how to change things', () => {
    const t = converse([...LIFTER, 'hmm']);
    expect(t.state.step).toBe('confirm');
    expect(t.replies.at(-1)).toContain("Try '4 days', 'mon wed fri', '7am instead'");
  });

  it('when the goal changes to a race at the summary the race questions are asked', () => {
    const t = converse([...LIFTER, 'change goal to a half marathon']);
    expect(t.state.step).toBe('race_event');
    expect(t.replies.at(-1)).toBe("Updated. When is your half marathon? e.g. 'april 12' or '4/12'");
  });

  it('when a half-marathoner onboards the race details land in the profile', () => {
    const t = converse([
      "I'm Alex",
      'train for a half marathon',
      'new',
      '4 days',
      '1 hour',
      'just bodyweight',
      'bad knee',
      'yes',
      '6:30',
      'april 12',
      'sub 2',
      '25:30 5k',
      '25 mpw',
      'yes',
    ]);
    expect(t.profile).toMatchObject({
      name: 'Alex',
      goal: 'race',
      trainingAge: 'beginner',
      limitations: ['knee'],
      race: { distance: 'half', date: '2027-04-12', goalTime: '2:00:00', recentRace: { distance: '5k', time: '0:25:30' }, weeklyMileage: 25 },
    });
  });

  const RACER_TO_EVENT = ['Alex', 'race', 'new', '4 days', '1 hour', 'full gym', 'none', 'yes', '6:30'];

  it('when the race date has passed it says so precisely', () => {
    // Nov 1 was 11 days before Nov 12: taken as this year's (past) date, not next year's.
    const t = converse([...RACER_TO_EVENT, 'half marathon on nov 1']);
    expect(t.replies.at(-1)).toBe("Nov 1, 2026 has already passed - when is the race? e.g. 'april 12'");
    expect(t.state).toMatchObject({ step: 'race_event', answers: { race: { distance: 'half' } } });
  });

  it('when the race is under 4 weeks away it asks for a later one, keeping the distance', () => {
    // Dec 1 is 19 days after Nov 12 (18 left in November + 1).
    const t = converse([...RACER_TO_EVENT, '10k dec 1', 'march 7']);
    expect(t.replies[10]).toBe('Dec 1, 2026 is only 19 days away - I need at least 4 weeks to build a plan. Is there a later race? Send its date');
    expect(t.state.answers.race).toMatchObject({ distance: '10k', date: '2027-03-07' });
    expect(t.state.step).toBe('race_goal_time');
  });

  it('when the race is given without a distance the distance is asked next', () => {
    const t = converse([...RACER_TO_EVENT, 'march 7']);
    expect(t.replies.at(-1)).toBe("What distance is the race on Mar 7, 2027? e.g. '5k', '10k', 'half' or 'marathon'");
  });

  it('when the mileage is given in km for an imperial client it is converted to miles', () => {
    const t = converse([...RACER_TO_EVENT, 'half on april 12', 'none', 'none', '40 km a week']);
    // 40 km / 1.609 = 24.9 mi.
    expect(t.state.answers.race?.weeklyMileage).toBe(24.9);
    expect(t.state.step).toBe('confirm');
  });

  it('when the goal is a mix both lifting and race questions are asked', () => {
    const t = converse(['Jo', 'a mix of lifting and running', '2 years', 'mon tue thu fri', '60 min', 'home gym', 'none', 'yes', '6am', '10k on april 12', 'none', 'none', '15']);
    expect(t.state.step).toBe('confirm');
    expect(t.state.answers).toMatchObject({ goal: 'hybrid', equipment: expect.arrayContaining(['barbell']), race: { distance: '10k', weeklyMileage: 15 } });
  });

  it('when the state is JSON round-tripped mid-flow it resumes identically', () => {
    const ctx = onboardingCtx();
    const mid = converse(LIFTER.slice(0, 5), ctx).state;
    const copy = JSON.parse(JSON.stringify(mid)) as OnboardingState;
    expect(copy).toEqual(mid);
    expect(stepOnboarding(copy, 'home gym', ctx)).toEqual(stepOnboarding(mid, 'home gym', ctx));
  });

  it('when stored state is corrupt it starts over instead of crashing', () => {
    const turn = stepOnboarding({ step: 'nonsense' } as unknown as OnboardingState, 'hi', onboardingCtx());
    expect(turn.state.step).toBe('name');
    expect(turn.reply).toContain('start again');
  });

  it('when the engines return a very long summary the reply is cut to 320 characters and keeps the YES prompt', () => {
    const ctx = onboardingCtx({ summarize: () => 'Week 1: squat, bench, row. '.repeat(30) });
    const t = converse(LIFTER, ctx);
    const reply = t.replies.at(-1)!;
    expect(reply.length).toBeLessThanOrEqual(320);
    expect(reply.endsWith("Reply YES to start, or tell me what to change (e.g. '4 days', '7am instead').")).toBe(true);
  });

  it('when the summary has curly quotes or long dashes the reply is still GSM-7', () => {
    const ctx = onboardingCtx({ summarize: () => 'Your plan \u2014 \u201cstrength\u201d block \u2019s first week \u{1F4AA}' });
    const t = converse(LIFTER, ctx);
    expect(isGsm7(t.replies.at(-1)!)).toBe(true);
  });

  it('when a text arrives after completion no second profile is returned', () => {
    const t = converse([...LIFTER, 'yes', 'yes']);
    expect(t.last?.profile).toBeUndefined();
    expect(t.state.step).toBe('complete');
  });
});
