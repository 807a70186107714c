/**
 * Texts found by texting Cadence as lifters (a beginner, a kg powerlifter, a busy parent, a postpartum
 * lifter, a travelling consultant), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboardBySms, nyPhone } = smsSuite();

describe('how a lifter feels', () => {
  it('"feeling beat up" is a rough day for the person, answered once, not "the soreness pretty sore"', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    for (const text of ['feeling beat up', 'feeling beat up, baby didnt sleep', 'totally fried this week']) {
      const reply = await say(phone, text);
      expect(reply).toMatch(/rough day/);
      expect(reply).not.toMatch(/soreness/i);
    }
  });

  it('"im so sore" without a body part is said back of the client', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    const reply = await say(phone, 'im so sore today');
    expect(reply).toMatch(/^Noted: you're pretty sore\./);
    expect(reply).not.toMatch(/the soreness/);
  });
});

describe('questions a lifter asks', () => {
  it('"deload?" and "do i need a deload" say when the next one is and that a run of rough days brings it forward', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    for (const text of ['deload?', 'do i need a deload', 'should i deload']) {
      const reply = await say(phone, text);
      expect(reply).toMatch(/^Your next deload is week \d+ \(from \w{3} \w{3} \d+\)\. Feeling run down before then\?/);
    }
  });

  it('"should i do cardio too?" gets a cardio answer, not "outside what I can answer"', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    for (const text of ['should i do cardio too?', 'how much cardio should i be doing']) {
      const reply = await say(phone, text);
      expect(reply).toMatch(/^Yes, some cardio helps/);
    }
  });
});

describe('what a lifter logs', () => {
  it('"ohp felt easy went up to 70kg" is a working set logged with its effort, not a did-you-mean about a max', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    for (const [text, echo] of [
      ['ohp felt easy went up to 70kg', /^Logged today: Overhead press 70 kg \("felt easy" = about 4 reps left, RIR 4\)\./],
      ['worked up to 225 on squat', /^Logged today: Back squat 225 lb\./],
    ] as const) {
      const reply = await say(phone, text);
      expect(reply, text).toMatch(echo);
      expect(reply, text).not.toMatch(/did you mean|max to/i);
      // No reps, so no load follows it: the client is told what would make it count.
      expect(reply, text).toMatch(/With the reps next time \(e\.g\. "\w+ \d+( kg| lb)? x 5"\) your next loads will follow it\./);
      expect(reply, text).not.toMatch(/is now/);
    }
    // A bare load is still unsure: a set or a max?
    expect(await say(phone, 'bench 185')).toMatch(/^Did you mean/);
  });

  it('"bench 5x5 185 185 190 190 195 last one was grindy" is five sets at those loads, the last at RIR 0; "did legs" is the day done', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    const bench = await say(phone, 'bench 5x5 185 185 190 190 195 last one was grindy');
    expect(bench).toMatch(/^Logged today: Bench press 2x5 @ 185 lb, 2x5 @ 190 lb, 195 lb x5 \("grindy" = nothing left, RIR 0\)\. Est\. 1RM 228 lb\./);
    expect(await say(phone, 'did legs')).toMatch(/^Logged today: .*done/);
  });
});
