/**
 * What a mild pain report says when nothing in its window changes: the truth (nothing planned loads it), never
 * "already out of your plan" when nothing was taken out.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboardBySms, nyPhone } = smsSuite();

describe('a mild pain nothing planned loads', () => {
  it('when a runner says their shoulder is a bit achy, the reply says nothing in the window loads it and when to check in', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, RUNNER_ANSWERS);
    const reply = await say(phone, 'my shoulder is a bit achy');
    expect(reply).toMatch(/^Sorry about your shoulders - noted\. Nothing in your plan through \w{3} \w{3} \d+ loads it; skip any movement that hurts/);
    expect(reply).toMatch(/text me on \w{3} \w{3} \d+ how it feels/);
    expect(reply).not.toMatch(/already out of your plan/);
  });
});
