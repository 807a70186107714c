/**
 * Texts from the lead's session as Marcus (Denver, a half marathon in May): a shorter race told during onboarding is
 * a tune-up the first weeks are fitted around, and mid-plan texts a runner sends.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner trains Mon, Wed, Fri and Sun for a half marathon on May 2.
const { say, onboardBySms, nyPhone, repliesTo } = smsSuite();

describe('a tune-up race told during onboarding', () => {
  it('"no injuries. got a 10k race on saturday" keeps the half and the welcome fits the 10K into the week (was the goal turned into a 10K)', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, { ...RUNNER_ANSWERS, answers: [[/injur|which area/i, 'no injuries. got a 10k race on saturday'], ...RUNNER_ANSWERS.answers] });
    const replies = await repliesTo(phone);
    // The summary comes next: it names the 10K as a tune-up kept (was "Nov 28 is only 5 days away - that's race week").
    expect(replies.at(-2)).toMatch(/^You're training for a half marathon on May 2, 2027 .*Noted: your 10K tune-up race - I'll plan around it once you start\./);
    const welcome = replies.at(-1) ?? '';
    expect(welcome).toMatch(/From what you told me along the way:[\s\S]*a 10K fits/);
    expect(await say(phone, 'when is my race')).toMatch(/half marathon plan to 2027-05-02/);
  });
});
