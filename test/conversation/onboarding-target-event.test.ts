/**
 * A dated reason to train that is no competition ("strong enough for a big hiking trip in june", "getting married
 * june 12"): said back, and the plan runs to it (was: the date dropped and the plan ending in March).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550123', 'America/New_York');
const play = (texts: string[]) => playOnboarding(ctx, texts);
const REST = ['mon wed fri', '60 min', 'full gym', 'none', 'skip'];

describe('onboarding.targetEvent', () => {
  it('when a lifter says a June hiking trip at the experience question, it is said back and the question asked again', () => {
    const { turns } = play(["hey i'm dana, want to get stronger", 'mostly i want to be strong enough for a big hiking trip in june, like carrying a 35lb pack up mountains lol']);
    expect(turns[1]!.reply).toMatch(/^Got it\. Your goal is to get stronger, ready for your hiking trip in June\. How long have you been training\?/);
    expect(turns[1]!.state.answers.targetEvent).toEqual({ name: 'hiking trip', date: '2027-06-01', monthOnly: true });
  });

  it('when the goal and a wedding day come in one text, both are read and the plan runs to the wedding\'s week', () => {
    const { turns, last } = play(['hi im getting married june 12 and want to lose like 15 lbs before then!', 'Jess', '1 year', ...REST, 'yes']);
    expect(turns[0]!.reply).toMatch(/Your goal is to lose fat, ready for your wedding on Jun 12, 2027\./);
    expect(last.profile).toMatchObject({ goal: 'fat_loss', targetEvent: { name: 'wedding', date: '2027-06-12' } });
    // Tue Dec 1 to Sat Jun 12 is 193 days: floor(193 / 7) + 1 = 28 plan weeks, the wedding in the last.
    const request = profileToPlanRequest(last.profile!, '2026-12-01');
    expect(request).toMatchObject({ kind: 'strength', weeks: 28 });
    expect(request.kind === 'strength' && request.meetDate).toBeFalsy();
  });

  it('when the event is nearer than 4 weeks or no goal frames a trip, nothing is planned to it', () => {
    expect(play(['want to get stronger before my trip on dec 20', 'Sam', '1 year', ...REST, 'yes']).last.profile?.targetEvent).toBeUndefined();
    // "vacation in march" with nothing saying it is trained for: a time away, not a target.
    expect(play(['want to get stronger', 'Sam', '1 year. on vacation in march', ...REST, 'yes']).last.profile?.targetEvent).toBeUndefined();
  });

  it('when a meet is named too, the meet is what the plan peaks for', () => {
    const { last } = play(['want to get stronger for my first powerlifting meet on april 17, and a beach vacation in july', 'Sam', '2 years', ...REST, 'yes']);
    expect(last.profile?.meetDate).toBe('2027-04-17');
    expect(last.profile?.targetEvent).toBeUndefined();
  });

  it('when a lifter says how they trained ("mostly machines tho"), the kit question is still asked', () => {
    const { turns } = play(["hey i'm dana, want to get stronger", 'ive lifted on and off for a couple years, mostly machines tho, I can squat maybe 135 for a few', 'tue wed fri sat', 'about an hour']);
    expect(turns[1]!.reply).not.toMatch(/You have machines/);
    expect(turns[3]!.reply).toMatch(/Where do you train\?/);
  });
});

describe('onboarding.raceDay', () => {
  it('when a runner asked which day in May asks about tomorrow\'s run, tomorrow is not the race day', () => {
    const { turns } = play(["hi!! so i signed up for my first half marathon, its the brooklyn half in may. im maya btw", 'i only have 30 min tomorrow morning, can i do a shorter run?']);
    // Was "Dec 2, 2026 is only 1 day away - that's race week, too close for a plan to change your fitness".
    expect(turns[1]!.reply).not.toMatch(/race week|1 day away/);
    expect(turns[1]!.reply).toMatch(/Which day in May 2027\?/);
    expect(turns[1]!.state.answers.race?.date).toBeUndefined();
    // A weekday named the same way (was "Dec 3, 2026 is only 0 days away" on a Thursday, texting as Tom).
    const thursday = play(["hi! im tom, signed up for the philly half in november lol, first one", 'i only have 30 min on thursday, can i do a shorter run?']).turns[1]!;
    expect(thursday.reply).not.toMatch(/race week|days? away/);
    expect(thursday.state.answers.race?.date).toBeUndefined();
  });
});
