/**
 * Texts from the lead's seventeenth-session clients (Tomas, Phoenix, garage gym, Mon/Wed/Fri): whether to train
 * today, asked on a rest day and on a training day, and the next session brought forward to today.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the lifter trains Mon, Wed and Fri with a full gym.
const { say, onboarded, at } = smsSuite();
const TUESDAY_9AM = '2026-11-24T14:00:00Z';

describe('may I train today', () => {
  it('"can i work out today" on a rest day offers the next session and how to move it (was "outside what I can answer")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    at(TUESDAY_9AM);
    const reply = await say(phone, 'can i work out today');
    expect(reply).toMatch(/^Today is a rest day - the rest is part of the plan\. Feeling fresh\? You can do Wednesday's session \(.+\) today instead and rest Wednesday: text "move wed to today"/);
    expect(reply).not.toMatch(/outside what I can answer/);
  });

  it('"ok if i lift today?" on a training day says yes with the day (was "Yes, that\'s fine")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'ok if i lift today?');
    expect(reply).toMatch(/^Yes - today is a training day\. /);
    expect(reply).toMatch(/squat|press|deadlift|row/i);
  });

  it('"move wed to today" on the rest day puts Wednesday\'s session on today and rests Wednesday', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    at(TUESDAY_9AM);
    const wednesday = await say(phone, 'wednesday');
    const session = /^[^:]+: ([^,(\n]+)/.exec(wednesday)![1]!.trim();
    expect(await say(phone, 'move wed to today')).toMatch(/^Moved Wednesday's .+ to Tuesday/);
    expect(await say(phone, "what's today")).toContain(session);
    expect(await say(phone, 'wednesday')).toMatch(/[Rr]est/);
  });
});
