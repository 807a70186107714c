/**
 * Found texting Cadence as lifters after onboarding (lifter8): a lift asked about by what it is for, a skip
 * with its reason, two moves in one text, a change of days from a later date, and caution about one lift.
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

describe('lifters: "what are lunges for" asks what a lift does', () => {
  it('"what do face pulls do" of a lift in the plan says what it trains and how (never "outside what I can answer")', async () => {
    const p = await lifter();
    const reply = await say(p, 'what do face pulls do');
    expect(reply).toMatch(/^Face pull is for the backs of your shoulders/);
  });

  it('"what are lunges for" of a lift not in the plan says what lunges train, then why the block has another', async () => {
    const p = await lifter();
    const reply = await say(p, 'what are lunges for');
    expect(reply).toMatch(/^Dumbbell walking lunge is for one leg at a time[^.]*\. Nothing rules dumbbell walking lunge out: this block trains the single-leg movement with /);
  });
});
