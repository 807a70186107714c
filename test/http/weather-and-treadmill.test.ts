/**
 * A runner telling the weather before a run, and a treadmill run logged by its speed: was "Sorry, I didn't get
 * that" for "it's 95 degrees out" and "snow, doing it on the treadmill", and "Logged today: run 5 mi." (the pace
 * lost) for "treadmill 5 mi at 6.5 mph".
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York: a run day for the runner (mon wed fri sun).
const { say, onboarded } = smsSuite();

describe('weather told and a treadmill speed', () => {
  it('heat gets run-by-effort advice, snow the treadmill swap, and "5 mi at 6.5 mph" is logged at 9:14/mi', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, "it's 95 degrees out")).toMatch(/^Run by effort in the heat, not pace: the same effort is 30-60 s\/mi \(20-40 s\/km\) slower/);
    expect(await say(phone, 'snow, doing it on the treadmill')).toMatch(/^In snow or ice a treadmill is a fine swap: set a 1% incline/);
    expect(await say(phone, 'treadmill 5 mi at 6.5 mph')).toMatch(/^Logged today: run 5 mi at 9:14\/mi/);
  });
});
