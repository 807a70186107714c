/**
 * A silent week (was: not noticed at all - the morning texts went on as if every session had been run): a runner
 * who logs nothing for 7+ days hears it on the next morning text, with the missed sessions not owed and the first
 * runs back easy and shorter; said once, not every morning after. Their first text back comes after that morning.
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { clockedSms } from '../support/clocked-sms.js';
import { RUNNER_ANSWERS } from '../support/web.js';

const handle = useTestDatabase();
// Monday 2026-11-23, 09:00 in New York: the runner (mon wed fri sun, texts at 7am) starts today.
const { onboardBySms, sayAt, morningAt } = clockedSms(handle, '2026-11-23T14:00:00Z');
let n = 0;
const phone = () => `+1212555${String(8100 + n++)}`;

describe('a silent week', () => {
  it('the morning text 8 days on says nothing was logged, nothing is owed and the first runs back are easier - once', async () => {
    const p = phone();
    await onboardBySms(p, RUNNER_ANSWERS);
    // Wednesday Dec 2, 07:05: nothing logged since the plan started Mon Nov 23 (Wed, Fri, Sun, Mon, Wed missed... up to yesterday).
    const morning = await morningAt('2026-12-02T12:05:00Z', p);
    expect(morning).toMatch(/^Good morning, Ida! Week 2 of 23 - base\.\nNothing logged since your plan started Mon 11\/23 - 5 planned sessions went by\. No catching up: we ease back in, your first runs back are easy and shorter\./);
    expect(morning).toMatch(/First run back after time off: easy/);
    // Friday's run is the second run back: easy and shorter too; the morning after says nothing of the silence again.
    const friday = await sayAt('2026-12-02T15:00:00Z', p, 'friday');
    expect(friday).toMatch(/First run back after time off/);
    expect(await morningAt('2026-12-04T12:05:00Z', p)).not.toMatch(/Nothing logged/);
  });

  it('a runner who logged 4 days ago hears nothing of it', async () => {
    const p = phone();
    await onboardBySms(p, RUNNER_ANSWERS);
    expect(await sayAt('2026-11-27T20:00:00Z', p, 'ran 3 easy today')).toMatch(/Logged/);
    expect(await morningAt('2026-12-02T12:05:00Z', p)).not.toMatch(/Nothing logged/);
  });

  it('a runner who said they were sick for the week is not told they went quiet', async () => {
    const p = phone();
    await onboardBySms(p, RUNNER_ANSWERS);
    await sayAt('2026-11-24T15:00:00Z', p, 'sick with the flu, out till sunday');
    expect(await morningAt('2026-12-02T12:05:00Z', p)).not.toMatch(/Nothing logged/);
  });
});
