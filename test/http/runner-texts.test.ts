/**
 * Texts found by texting Cadence as runners (a first marathoner, a 5K runner chasing a time, a hybrid, an
 * injured runner), checked through the signed webhook: what the client gets back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS, type Persona } from '../support/web.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  // Monday 2026-11-23, 09:00 in New York.
  t = buildTestApp(handle, { now: new Date('2026-11-23T14:00:00Z') });
});
const { say, onboardBySms } = smsClient(() => t, handle);

let n = 0;
const nyPhone = () => `+1212555${String(9300 + n++).padStart(4, '0')}`;

/** The runner persona with other answers for the questions matching `changes`. */
function runner(changes: ReadonlyArray<readonly [RegExp, string]>): Persona {
  return { ...RUNNER_ANSWERS, answers: [...changes, ...RUNNER_ANSWERS.answers] };
}

describe('a count of days after onboarding', () => {
  it('a runner going to 5 days keeps the long run on its weekend day with rest spread, not Mon-Fri', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, RUNNER_ANSWERS); // mon wed fri sun: the long run is Sunday
    expect(await say(phone, 'I can only do 5 days now')).toMatch(/^Updated: you train Tue, Wed, Thu, Sat, Sun from now on\./);
    expect(await say(phone, 'next week')).toMatch(/Sun 12\/6: Long run/);
  });

  it('a runner whose long run is Saturday keeps it on Saturday', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, runner([[/which days/i, 'tue thu sat']]));
    expect(await say(phone, 'i can do 4 days a week now')).toMatch(/^Updated: you train Tue, Wed, Fri, Sat from now on\./);
  });

  it('a lifter going to 4 days gets heavy days with a rest day between pairs', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS);
    expect(await say(phone, 'switch to 4 days a week')).toMatch(/^Updated: you train Mon, Tue, Thu, Fri from now on\./);
  });
});
