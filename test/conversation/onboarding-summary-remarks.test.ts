/**
 * A slot the text filled beats a remark about it, at the onboarding summary: a fact told beside "today" is kept, a
 * day's setting said of one day stays that day's remark.
 */
import { describe, expect, it } from 'vitest';
import { slotBeatsRemark } from '../../src/conversation/onboarding/summary-remarks.js';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const LIFTER = ["hi i'm sam, want to get stronger", '2 years', 'mon wed fri', '60 min', 'full gym', 'none'];

describe('onboarding.summaryRemarks', () => {
  it('when maxes are told "as of today", they are the maxes (was "That\'s just for that day" and the maxes lost)', () => {
    const { last } = playOnboarding(ctx, [...LIFTER, 'squat 275 bench 185 deadlift 335 as of today']);
    expect(last.reply).toMatch(/^Updated: I'll set your first weights from your back squat max 275, bench press max 185 and deadlift max 335 lb/);
    expect(last.state.answers.lifts?.oneRepMaxes).toMatchObject({ back_squat: 275, bench_press: 185, deadlift: 335 });
  });

  it('when a race result is told as a session done, it is their recent race, as before', () => {
    const runner = ['im ana, 10k on march 14, goal 45:00, ran a 5k in 22:30 last month, about 30 km a week, 3 years running, tue thu sat sun, no injuries, New York, i use km'];
    const { last } = playOnboarding(ctx, [...runner, 'ran a 24:10 5k today']);
    expect(last.reply).toMatch(/^Updated: Your recent 5K was 24:10/);
  });

  it('when one day\'s minutes are told, the remark keeps the plan as summed up, as before', () => {
    const { last } = playOnboarding(ctx, [...LIFTER, 'i only have 30 min today']);
    expect(last.reply).toMatch(/^That's just for that day/);
    expect(last.state.answers.sessionMinutes).toBe(60);
  });

  it('when "dont know my maxes anymore tbh" is said at the summary, none are needed and the first weights are explained (was "I didn\'t catch a change")', () => {
    for (const said of ['dont know my maxes anymore tbh', 'no idea what my 1rm is', "honestly not sure what i can bench these days"]) {
      const { last } = playOnboarding(ctx, [...LIFTER, said]);
      expect(last.reply, said).toMatch(/^No problem - you don't need them\. Your first weeks start on the light side/);
      expect(last.reply, said).toMatch(/Reply YES to start/);
      expect(last.state.step).toBe('confirm');
    }
  });

  it('when the rule is read as data: a session told gives way to any slot, the other remarks to the client\'s facts only', () => {
    expect(slotBeatsRemark({ givesWayTo: 'any slot' }, ['duration'])).toBe(true);
    expect(slotBeatsRemark({ givesWayTo: 'facts' }, ['duration', 'days'])).toBe(false);
    expect(slotBeatsRemark({ givesWayTo: 'facts' }, ['maxes'])).toBe(true);
    expect(slotBeatsRemark({ givesWayTo: 'facts' }, ['race_recent'])).toBe(true);
    expect(slotBeatsRemark({ givesWayTo: 'any slot' }, [])).toBe(false);
  });
});
