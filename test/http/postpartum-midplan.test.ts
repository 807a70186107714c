/**
 * Session 20: a birth told MID-plan ("im 10 weeks postpartum") only answered the FAQ and the plan kept its hard
 * running and heavy sets; now the plan takes the postpartum rules (engine/adaptation/health.ts), as when told while
 * setting up, and the reply says what changed and to check with a doctor or pelvic-floor physio.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS, type Persona } from '../support/web.js';

const { say, onboarded } = smsSuite();
const QUALITY = /Tempo|Interval|Threshold|Race-pace|Marathon-pace/i;
// A 10K five weeks out (postpartum-runner.test.ts): next week has quality days.
const TEN_K: Persona = {
  ...RUNNER_ANSWERS,
  answers: [[/main goal/i, 'train for a 10k'], [/which race|when is your|what distance/i, '10k on dec 27'], [/a week are you running/i, '25 mpw'], [/which days/i, 'mon tue thu sat sun'], ...RUNNER_ANSWERS.answers],
};

describe('a birth told mid-plan: the plan takes the postpartum rules', () => {
  it('"im 10 weeks postpartum" from a lifter: 3+ reps in reserve, half load steps, no jumps or crunches, doctor or pelvic-floor physio', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'im 10 weeks postpartum');
    expect(reply).toMatch(/Congratulations on the baby!/);
    expect(reply).toMatch(/every set stops 3\+ reps short of failure/);
    expect(reply).toMatch(/pelvic-floor physio/);
    expect(await say(phone, 'today')).not.toMatch(/RIR [0-2]\b|[0-2] reps? in reserve/);
  });

  it('"im 10 weeks postpartum" from a runner: next week has no tempo or interval days', async () => {
    const phone = await onboarded(TEN_K);
    expect(await say(phone, 'next week')).toMatch(QUALITY);
    const reply = await say(phone, 'im 10 weeks postpartum');
    expect(reply).toMatch(/tempo, interval and race-pace days become easy runs/);
    expect(await say(phone, 'next week')).not.toMatch(QUALITY);
  });

  it('asked as a question ("had a baby 3 months ago, is it ok to start running again?"), it stays the FAQ\'s answer', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'had a baby 3 months ago, is it ok to start running again?')).not.toMatch(/Congratulations on the baby! Thanks for telling me/);
  });

  it('the clearance after it ("pelvic floor PT says I can start running", "got cleared at my postpartum checkup") is read as a clearance, not a new birth or an unknown text', async () => {
    // Was: the PT's OK not understood at all; the checkup clearance read as the birth told again ("I have your recent birth on file").
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'im 10 weeks postpartum');
    for (const text of ['pelvic floor PT says I can start running', 'got cleared at my postpartum checkup']) {
      const reply = await say(phone, text);
      expect(reply, text).toMatch(/adjustments for your recent birth in place for now and flagged your coach/);
      expect(reply, text).not.toMatch(/on file|Congratulations/);
    }
  });
});
