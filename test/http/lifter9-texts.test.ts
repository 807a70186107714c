/**
 * Found texting Cadence as lifters after onboarding (lifter9): a back pushed too hard, caution about one lift.
 * Checked through the signed webhook, on Monday 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboardBySms, onboarded, nyPhone, at } = smsSuite();

async function lifter(): Promise<string> {
  const p = await onboarded(WITH_MAXES);
  return p;
}

describe('lifters: a back pushed too hard', () => {
  it('"pushed my back too hard yesterday, it\'s tight" is a tight back (the "back too" was read as "back to", no body part)', async () => {
    const p = await lifter();
    const reply = await say(p, "pushed my back too hard yesterday, it's tight");
    expect(reply).toMatch(/^Tight back noted/);
    expect(reply).toMatch(/\nTight back: 1 set fewer per exercise/);
  });
});

describe('lifters: caution about one lift for a while', () => {
  it('"go easy on deadlifts" takes deadlifts (and sumo) out through next week, says what replaces them and when they come back (was "didn\'t get that")', async () => {
    const p = await lifter();
    const reply = await say(p, 'go easy on deadlifts');
    expect(reply).toMatch(/^Got it - easing off deadlifts\.\nNo deadlift or sumo deadlift through Sun Dec 6, as you asked: another movement for the same muscles takes their place\. Deadlift comes back from Mon Dec 7\./);
    expect(reply).toMatch(/\nWed 11\/25 now: Full body B: Romanian deadlift /);
    expect(await say(p, 'wed')).not.toMatch(/^Deadlift /m);
    // The week after, Wednesday is the plan's own again: the same as a lifter who asked for nothing.
    const other = await lifter();
    at('2026-12-07T14:00:00Z');
    expect(await say(p, 'wed')).toBe(await say(other, 'wed'));
  });

  it('"no overhead press for now, shoulder" spares the shoulder: no overhead pressing of any kind, a landmine press instead', async () => {
    const p = await lifter();
    const reply = await say(p, 'no overhead press for now, shoulder');
    expect(reply).toMatch(/^Got it - easing off overhead presses to give your shoulders a rest\.\nNo overhead press or lifts like it \(seated dumbbell shoulder press, machine shoulder press and more\) through Sun Dec 6/);
    const wed = await say(p, 'wed');
    expect(wed).not.toMatch(/overhead press|shoulder press/i);
    expect(wed).toMatch(/landmine press/i);
  });

  it('"no more deadlifts" is still for good (no end said)', async () => {
    const p = await lifter();
    expect(await say(p, 'no more deadlifts')).toMatch(/^Done: no more deadlifts\.\nNo more deadlift: replaced by a movement for the same muscles\./);
  });
});

describe('lifters: an injury healed long ago', () => {
  it('"ACL reconstruction 2 yrs ago, fine now" keeps the squats (was a box squat and "I\'ll go easy on your knee")', async () => {
    const p = nyPhone();
    const answers = WITH_MAXES.answers.map(([q, a]) => [q, /injur/.test(q.source) ? 'ACL reconstruction 2 yrs ago, fine now' : a] as const);
    await onboardBySms(p, { ...WITH_MAXES, answers });
    const fri = await say(p, 'fri');
    expect(fri).toMatch(/^Front squat \d/m);
    expect(fri).not.toMatch(/box squat/i);
  });
});
