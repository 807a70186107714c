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

/**
 * Session 20: the switch was never undone. "cast is off" after "broke my leg, in a cast" was not understood and the
 * plan stayed seated upper body for good; now the legs come back, light for two weeks, and the reply says so.
 */
describe('legs back after the cast: the lower body returns, light for 2 weeks', () => {
  it.each(['cast is off!', 'finally out of the boot', 'back on my feet, off crutches now'])('"%s" after "broke my leg, in a cast": squats come back, light', async (text) => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'broke my leg, in a cast for 6 weeks');
    expect(await say(phone, 'this week')).not.toMatch(/squat|deadlift|lunge/i);
    const reply = await say(phone, text);
    expect(reply).toMatch(/legs are back in the plan/);
    expect(reply).toMatch(/light for the first 2 weeks \(at most 2 sets, 3\+ reps in reserve\)/);
    // Monday's session, told on Monday: the back squat returns at 2 sets.
    expect(reply).toMatch(/back squat 2x/);
    expect(await say(phone, 'today')).toMatch(/Legs back: squats, hinges and lunges light through/);
    const week = await say(phone, 'next week');
    expect(week).toMatch(/squat|deadlift|lunge|hinge/i);
  });

  it('"cast is off" when the plan already trains the legs: nothing changes', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'my cast is off')).toMatch(/already trains your legs, so nothing changes/);
  });
});
