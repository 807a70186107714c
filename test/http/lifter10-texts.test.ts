/**
 * Found texting Cadence as lifters after onboarding (lifter10): Smith machine lifts, timed holds, a lift refused or
 * eased with a body part as its reason, two sore joints in one text. Through the signed webhook, on Monday
 * 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboarded, at } = smsSuite();

async function lifter(): Promise<string> {
  const p = await onboarded(WITH_MAXES);
  return p;
}

describe('lifters: Smith machine lifts are their own', () => {
  it('"smith squat 3x8 at 95" logs a Smith machine squat and leaves the back squat max alone (was a back squat, est. 1RM 130)', async () => {
    const p = await lifter();
    expect(await say(p, 'smith squat 3x8 at 95')).toMatch(/^Logged today: Smith machine squat 3x8 @ 95 lb\./);
    expect(await say(p, 'smith bench 3x10 @ 95')).toMatch(/^Logged today: Smith machine bench press 3x10 @ 95 lb\./);
    expect(await say(p, "what's my squat max?")).toMatch(/275/);
  });
});

describe('lifters: a timed hold is seconds', () => {
  it('"plnk 3x60s" logs 3 holds of 60 seconds (was "Plank 3x60 @ bodyweight": 60 reps)', async () => {
    const p = await lifter();
    expect(await say(p, 'plnk 3x60s')).toBe('Logged today: Plank 3x60s.');
    expect(await say(p, 'farmers carry 3x40s at 50')).toMatch(/^Logged today: Farmer's carry 3x40s @ 50 lb\.$/m);
  });
});

describe('lifters: a lift refused or eased for a while', () => {
  it('"no squats this week" takes the front squat and box squat out too, not only the back squat (Friday had a front squat)', async () => {
    const p = await lifter();
    expect(await say(p, 'no squats this week')).toMatch(/^No back squat or lifts like it \(front squat, box squat/m);
    const fri = await say(p, 'fri');
    expect(fri).not.toMatch(/^(?:Front|Back|Box) squat/im);
    expect(fri).toMatch(/^Leg press /m);
  });

  it('"go easy on bench for a bit, shoulder feels a little off" is one reply: bench eased through next week for the shoulder (was a 3-day pain report and the caution beside it)', async () => {
    const p = await lifter();
    const reply = await say(p, 'go easy on bench for a bit, shoulder feels a little off');
    expect(reply).toMatch(/^Got it - easing off bench presses to give your shoulders a rest\.\nNo bench press or lifts like it .* through Sun Dec 6/);
    expect(reply).not.toMatch(/Sorry about|3 days/);
  });

  it('"careful with deadlifts for a while, my lower back is a bit cranky" keeps "for a while" (was pain only, 3 days)', async () => {
    const p = await lifter();
    const reply = await say(p, 'careful with deadlifts for a while, my lower back is a bit cranky');
    expect(reply).toMatch(/^Got it - easing off deadlifts to give your lower back a rest\.\nNo deadlift .* through Sun Dec 6/);
    expect(reply).not.toMatch(/Sorry about/);
  });
});

describe('lifters: two sore joints in one text', () => {
  it('"knee hurts and my back too" is read for both (was the knee only)', async () => {
    const p = await lifter();
    const reply = await say(p, 'knee hurts and my back too');
    expect(reply).toMatch(/Sorry about your knee/);
    // The second joint in a line beside the first's (lifter11): one reply, not two paragraphs.
    expect(reply).toMatch(/^Same for your back: /m);
    expect(await say(p, 'knee hurts but my back is fine')).not.toMatch(/your back/);
  });
});

describe('lifters: training days from a later date', () => {
  it('"from january i can only train tue and thu" is stored: December stays Mon/Wed/Fri, the week of Jan 4 is Tue/Thu (was "text the days that week")', async () => {
    const p = await lifter();
    expect(await say(p, 'from january i can only train tue and thu')).toMatch(/^Got it: from Mon Jan 4 \(the first week from Fri Jan 1\) you train Tue, Thu\. Until then nothing changes: Mon, Wed, Fri as now\./);
    expect(await say(p, 'this week')).toMatch(/Mon 11\/23: Full body A/);
    at('2027-01-04T14:00:00Z');
    const week = await say(p, 'this week');
    expect(week).toMatch(/^Tue 1\/5: (?!Rest)/m);
    expect(week).toMatch(/^Thu 1\/7: (?!Rest)/m);
    expect(week).toMatch(/^Mon 1\/4: Rest/m);
    expect(week).toMatch(/^Wed 1\/6: Rest/m);
    expect(week).toMatch(/^Fri 1\/8: Rest/m);
  });

  it('"starting next month mondays won\'t work" keeps Mondays through November and drops them from December (was "didn\'t get that")', async () => {
    const p = await lifter();
    expect(await say(p, "starting next month mondays won't work")).toMatch(/^Got it: from Mon Dec 7 \(the first week from Tue Dec 1\) you train Wed, Fri\./);
    at('2026-11-30T14:00:00Z');
    expect(await say(p, 'this week')).toMatch(/^Mon 11\/30: (?!Rest)/m);
    at('2026-12-07T14:00:00Z');
    expect(await say(p, 'this week')).toMatch(/^Mon 12\/7: Rest/m);
  });
});

describe('lifters at home: a day at the gym, a gym closed on a holiday', () => {
  const HOME = { ...WITH_MAXES, answers: WITH_MAXES.answers.map(([q, a]) => [q, /where do you train/.test(q.source) ? 'home, dumbbells up to 50 and a bench' : a] as const) };

  it('"i\'ll be at the gym on friday" says yes and names the gym version of Friday\'s dumbbell lifts (was a trip: "swap barbell lifts for the dumbbell version")', async () => {
    const p = await onboarded(HOME);
    const reply = await say(p, "i'll be at the gym on friday");
    expect(reply).toMatch(/^Yes - do Fri Nov 27's session at the gym\. It's written for your own kit, so all of it works there as it is\. With the gym's kit you can use the bigger version: incline dumbbell press -> incline bench press, /);
    expect(reply).not.toMatch(/travel|trip/i);
    // A rest day at the gym is said to be one (was "outside what I can answer").
    expect(await say(p, 'can i do thursday at the gym instead of at home?')).toMatch(/^Thu Nov 26 is a rest day in your plan/);
  });

  it('"my gym is closed thanksgiving" is Thursday Nov 26, not today', async () => {
    const p = await lifter();
    const reply = await say(p, 'my gym is closed thanksgiving');
    expect(reply).not.toMatch(/today/i);
    expect(reply).toMatch(/Thu Nov 26|Thanksgiving|11\/26/);
  });
});

describe('lifters: more arms', () => {
  it('"can i add some arm work" is answered (was "outside what I can answer")', async () => {
    const p = await lifter();
    expect(await say(p, 'can i add some arm work')).toMatch(/^Yes - arms are an easy add/);
  });
});
