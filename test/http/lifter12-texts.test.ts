/**
 * Found texting Cadence as lifters after onboarding (lifter12): sick kids and a session asked about, a knee that held
 * up until the last set, a hard leg day told the day after, one shoulder, a PR with no numbers, a session done on
 * another day, sets counted at a weight, a good feeling alone. Through the signed webhook, Monday 2026-11-23 9:00 in
 * New York; Sam (WITH_MAXES) lifts Mon/Wed/Fri.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboarded, at } = smsSuite();

async function lifter(persona = WITH_MAXES): Promise<string> {
  const p = await onboarded(persona);
  return p;
}

describe('lifters: life in the way of a session', () => {
  it('"kids are sick, should i skip friday?" offers a short session or a move, and keeps Friday (was "outside what I can answer")', async () => {
    const p = await lifter();
    const reply = await say(p, 'kids are sick, should i skip friday?');
    expect(reply).toMatch(/^Sorry - hope they feel better soon\. No need to skip Friday/);
    expect(reply).toMatch(/"only 30 min fri"/);
    expect(reply).toMatch(/"move fri to sat"/);
    expect(reply).not.toMatch(/Is something up|outside what I can answer|Dropped/);
    expect(await say(p, 'friday')).toMatch(/^Fri 11\/27: (?!rest)/i);
  });
});

describe('lifters: a joint and a side', () => {
  it('"knee was fine until the last set" is a mild knee note that asks what happened (was "didn\'t get that")', async () => {
    const p = await lifter();
    const reply = await say(p, 'knee was fine until the last set');
    expect(reply).toMatch(/^Sorry about your knee\. Good that it held up until then - what did you feel at the end: a sharp pain, or more of an ache\?/);
    expect(reply).toMatch(/It sounds mild/);
  });

  it('"my left shoulder is bugging me" is said back as the left shoulder (was "your shoulders")', async () => {
    const p = await lifter();
    const reply = await say(p, 'my left shoulder is bugging me');
    expect(reply).toMatch(/^Sorry about your left shoulder/);
    expect(reply).toMatch(/"left shoulder still hurts"/);
    expect(reply).not.toMatch(/shoulders/);
  });
});

describe('lifters: sessions told on another day', () => {
  it('"leg day was brutal" on a rest day is Monday\'s session done, with the feel answered (was an extra session today)', async () => {
    const p = await lifter();
    at('2026-11-24T14:00:00Z');
    const reply = await say(p, 'leg day was brutal');
    expect(reply).toMatch(/^Logged yesterday: Full body A done\./);
    expect(reply).toMatch(/Sorry that one was a grind/);
    expect(reply).not.toMatch(/extra session/);
  });

  it('"did tomorrow\'s workout today" logs Wednesday\'s session done early; "did mon\'s workout today instead" logs Monday\'s (were the day shown and "didn\'t get that")', async () => {
    const p = await lifter();
    at('2026-11-24T14:00:00Z');
    const early = await say(p, "did tomorrow's workout today");
    expect(early).toMatch(/^Logged Wed 11\/25: Full body B done\./);
    expect(early).not.toMatch(/extra session|^Tomorrow/);
    at('2026-11-27T14:00:00Z');
    const late = await say(p, "did mon's workout today instead");
    expect(late).toMatch(/^Logged Mon 11\/23: Full body A done\./);
  });
});

describe('lifters: numbers half said', () => {
  it('"new pr!!" congratulates and asks which lift and weight, logging nothing (was "Did you mean: 1) build a new plan")', async () => {
    const p = await lifter();
    const reply = await say(p, 'new pr!!');
    expect(reply).toMatch(/^New PR - congrats!! Which lift and what weight\?/);
    expect(reply).not.toMatch(/Did you mean|Logged/);
  });

  it('"only did 2 sets of squats at 225" logs 2 sets of the planned reps at 225, effort unknown above the plan (was "Did you mean: 1) log Back squat 225 x 1")', async () => {
    const p = await lifter();
    const reply = await say(p, 'only did 2 sets of squats at 225');
    // Monday plans back squat 3x6-8 @ 200 lb: the low end of the reps, and 225 is over the plan, so no RIR 3 assumed.
    expect(reply).toMatch(/^Logged today: Back squat 2x6 @ 225 lb\. /);
    expect(reply).toMatch(/I logged the planned reps at the weight you gave/);
    expect(reply).not.toMatch(/Did you mean|RIR 3/);
  });

  it('"felt strong af" alone logs today\'s session with a word back (was "didn\'t get that"); beside a lift it is its effort', async () => {
    const p = await lifter();
    const reply = await say(p, 'felt strong af');
    expect(reply).toMatch(/^Logged today: Full body A done\.\nGood to hear/);
    expect(await say(p, 'bench 3x5 185 felt strong af')).toMatch(/^Logged today: Bench press 3x5 @ 185 lb \("felt strong af" = about 2 reps left, RIR 2\)/);
  });
});
