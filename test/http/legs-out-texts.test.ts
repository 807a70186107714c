/**
 * A client who tells, mid-plan, that they cannot use their legs now ("im in a wheelchair now", "broke my leg, in
 * a cast for 6 weeks"): the lifting goes upper body only, every lift seated, and the reply says what changed.
 * Before: the text was read as pain (or not at all) and the plan kept its squats and "8,000+ steps".
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';
import type { Persona } from '../support/web.js';

const { say, onboarded } = smsSuite();

const FAT_LOSS_LIFTER: Persona = { ...LIFTER_ANSWERS, answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /main goal/.test(String(q)) ? 'lose weight' : a] as [RegExp, string]) };

describe('legs out mid-plan: the lifting goes upper body only, seated', () => {
  it('"im in a wheelchair now": every lift from today is seated upper body, and the week shows no squat', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'im in a wheelchair now');
    expect(reply).toMatch(/upper body and trunk only, every lift seated/);
    expect(reply).not.toMatch(/see a doctor|physio/i);
    const week = await say(phone, 'this week');
    expect(week).not.toMatch(/squat|deadlift|lunge/i);
  });

  it('"broke my leg, in a cast for 6 weeks" on a fat-loss plan: seated lifting, active minutes instead of steps', async () => {
    const phone = await onboarded(FAT_LOSS_LIFTER);
    const reply = await say(phone, 'broke my leg, in a cast for 6 weeks');
    expect(reply).toMatch(/every lift seated/);
    expect(reply).toMatch(/active minutes/);
    expect(await say(phone, "what's tomorrow")).not.toMatch(/steps/);
  });

  it('a runner in a cast is told runs cannot be seated, and how to hold the plan', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, "i'm in a wheelchair now")).toMatch(/runs cannot be done seated: text "pause"/);
  });
});
