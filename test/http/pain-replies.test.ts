/**
 * What a mild pain report says when nothing in its window changes: the truth (nothing planned loads it), never
 * "already out of your plan" when nothing was taken out.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded } = smsSuite();

describe('a mild pain nothing planned loads', () => {
  it('when a runner says their shoulder is a bit achy, the reply says nothing in the window loads it and when to check in', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'my shoulder is a bit achy');
    expect(reply).toMatch(/^Sorry about your shoulders - noted\. Nothing in your plan through \w{3} \w{3} \d+ loads it; skip any movement that hurts/);
    expect(reply).toMatch(/text me on \w{3} \w{3} \d+ how it feels/);
    expect(reply).not.toMatch(/already out of your plan/);
  });
});

describe('a run eased for soreness', () => {
  it('when a runner\'s calves are tight, the eased run\'s main pace and its "keep it at … or slower" are the same pace', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    await say(phone, "what's today");
    const reply = await say(phone, 'my calves are really tight, legs are wrecked');
    const keep = /Keep it at (\d+:\d\d)\/mi or slower/.exec(reply);
    expect(keep, reply).not.toBeNull();
    const main = /Main: [\d.]+ mi @ (\d+:\d\d)\/mi/.exec(reply);
    expect(main, reply).not.toBeNull();
    // Was "Main: 2.6 mi @ 9:29/mi" beside "Keep it at 9:56/mi or slower".
    expect(main![1]).toBe(keep![1]);
    expect(reply).toMatch(new RegExp(`now an easy [\\d.]+ mi, ${keep![1]}/mi or slower`));
  });
});

describe('soreness after today\'s session is done', () => {
  it('when a lifter texts "done" then "i\'m so sore, can barely sit down lol", the fewer sets are for the next session, not today', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    // Monday: a training day for the Mon/Wed/Fri lifter.
    expect(await say(phone, "what's today")).toMatch(/^Today: /);
    await say(phone, 'done');
    const reply = await say(phone, "i'm so sore, can barely sit down lol");
    // Was "…do 1-2 fewer sets for those muscles today" after the day's last set.
    expect(reply).toMatch(/^Noted: you're really sore\. For the rest of today - an easy walk/);
    expect(reply).toMatch(/still sore next session, do 1-2 fewer sets/);
    expect(reply).not.toMatch(/fewer sets for those muscles today/);
  });
});

describe('a mild ache asked about', () => {
  it('"my hips ache a little today, is that normal?" is answered (common when starting, what is not) before what changed', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'my hips ache a little today, is that normal?');
    expect(reply).toMatch(/^A mild ache when you start training is common[^\n]*Sharp pain, swelling, or pain that keeps you up is not normal/);
    expect(reply).toMatch(/hips/);
    // Said without the question, the reply is the usual one.
    const other = await onboarded(LIFTER_ANSWERS);
    expect(await say(other, 'my hips ache a little today')).not.toMatch(/is common/);
  });
});
