/**
 * Found texting Cadence as lifters after onboarding (lifter9): a back pushed too hard, caution about one lift.
 * Checked through the signed webhook, on Monday 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboardBySms, nyPhone } = smsSuite();

async function lifter(): Promise<string> {
  const p = nyPhone();
  await onboardBySms(p, WITH_MAXES);
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
