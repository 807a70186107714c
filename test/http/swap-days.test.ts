/**
 * "can i swap sat and sun this week? going to a wedding sunday": two training days trade their sessions for the week
 * (Kenji, a London marathoner, was told "You train on both Sat and Sun already, so a swap moves nothing").
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner runs Mon, Wed, Fri and Sun (the long run).
const { say, onboarded } = smsSuite();

describe('two training days swapped', () => {
  it('puts the long run on Friday and Friday\'s run on Sunday, this week only', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const before = await say(phone, 'this week');
    const friday = /Fri 11\/27: ([^\n]+)/.exec(before)![1]!;
    const sunday = /Sun 11\/29: ([^\n]+)/.exec(before)![1]!;
    expect(sunday).toMatch(/^Long run/);
    const reply = await say(phone, 'can i swap fri and sun this week? going to a wedding sunday');
    expect(reply).toMatch(/Swapped, this week only: Long run on Fri, Easy run on Sun/);
    expect(reply).not.toMatch(/moves nothing/);
    const week = await say(phone, 'this week');
    // Each day now holds the other's session, as planned (its distance too).
    expect(/Fri 11\/27: ([^\n]+)/.exec(week)![1]).toBe(sunday);
    expect(/Sun 11\/29: ([^\n]+)/.exec(week)![1]).toBe(friday);
    // Next week is as planned: the long run back on Sunday.
    expect(await say(phone, 'next week')).toMatch(/Sun 12\/6: Long run/);
  });

  it('today, not yet done, trades with a later day; a day with its session already moved away is refused, naming it', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    // Monday morning: Monday is today and still open.
    expect(await say(phone, 'swap mon and wed')).toMatch(/Swapped, this week only: .+ on Mon, .+ on Wed/);
    // Friday's run moved to Thursday: Friday has nothing left to trade.
    await say(phone, "move friday's run to thursday");
    expect(await say(phone, 'swap fri and sun')).toMatch(/^I can't swap Fri and Sun this week: Fri has no session left to trade/);
  });
});
