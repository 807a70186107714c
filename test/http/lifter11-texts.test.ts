/**
 * Found texting Cadence as lifters after onboarding (lifter11): a PR told as news, DOMS after leg day, a question
 * about session length, a goblet squat's one dumbbell, two sore joints in one text, an extra day asked for, a
 * closed gym on a holiday. Through the signed webhook, on Monday 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboardBySms, nyPhone } = smsSuite();

async function lifter(persona = WITH_MAXES): Promise<string> {
  const p = nyPhone();
  await onboardBySms(p, persona);
  return p;
}

describe('lifters: a PR told as news', () => {
  it('"hit a PR on squat!! 155x5" is logged today with a congrats (was "Noted: Back squat 155 lb x 5.", a stated max)', async () => {
    const p = await lifter(LIFTER_ANSWERS);
    const reply = await say(p, 'hit a PR on squat!! 155x5');
    expect(reply).toMatch(/^New PR - congrats!\nLogged today: Back squat 155 lb x5\./);
    expect(reply).not.toMatch(/^Noted/m);
  });

  it('"new PR on squat!! 295x3" over a stated 275 max is logged, not asked about as too much (the PR is the news)', async () => {
    const p = await lifter();
    // 295 lb is over 275 x 1.05 = 289 and 20 lb more than the max: without "PR" that asks whether it is a typo.
    const reply = await say(p, 'new PR on squat!! 295x3');
    expect(reply).toMatch(/^New PR - congrats!\nLogged today: Back squat 295 lb x3\./);
    expect(reply).not.toMatch(/more than I'd expect/);
  });
});

describe('lifters: DOMS said by what it stops', () => {
  it('"leg day was brutal, could barely walk" logs the session and reads sore legs, not an injury (was the done alone)', async () => {
    const p = await lifter();
    const reply = await say(p, 'leg day was brutal, could barely walk');
    expect(reply).toMatch(/^Logged today: .* done\./);
    expect(reply).toMatch(/^Noted: legs .*sore\.$/m);
    // One reading of it: the soreness reply says what the next session does, no "sorry that one was a grind" too.
    expect(reply).not.toMatch(/physio|doctor|grind/);
  });
});
