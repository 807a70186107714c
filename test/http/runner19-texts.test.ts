/**
 * Texts a runner sent in session 19 wave 2 (a half marathon on May 2, Mon/Wed/Fri/Sun): a session done that is not the
 * one planned.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, at } = smsSuite();
/** Wednesday 2026-11-25, 6pm in New York: the plan has an easy run today. */
const WEDNESDAY_EVENING = '2026-11-25T23:00:00Z';

describe('a run done that is not the one planned', () => {
  it('"did the tempo" on an easy day says a tempo was run where the plan had an easy run, and to keep the next run easy (was only "Easy run done.")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    expect(await say(phone, 'did the tempo')).toMatch(/^Logged today: Easy run done\. You ran a tempo where the plan had an easy run - that's an extra hard day this week, so keep your next run easy\./);
  });

  it('"did my easy run" on an easy day is just done', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    const reply = await say(phone, 'did my easy run');
    expect(reply).toMatch(/^Logged today: Easy run done\./);
    expect(reply).not.toMatch(/where the plan had/);
  });
});
