/**
 * A race 2-3 weeks away at onboarding (was refused: "Dec 6, 2026 is only 13 days away - I need at least 4 weeks to
 * build a plan"): a short plan that keeps, sharpens and tapers, said with what the time can and cannot do.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, nyPhone } = smsSuite();

describe('a race under 4 weeks away at onboarding', () => {
  it('a half 13 days out with a goal past today\'s fitness: a sharpen-and-taper plan, the goal pace said honestly, race day in the week', async () => {
    const phone = nyPhone();
    const summary = await say(phone, 'im mo, half marathon on dec 6, goal 1:50, ran a 10k in 52:30 last month, 20 mpw, 3 years running, mon wed fri sun, no injuries, New York');
    expect(summary).toMatch(/2 weeks to race day: too little time to build fitness, so your usual easy running with one race-pace session, then a taper to start the race fresh; your goal 1:50 is faster than the 1:56:23 your fitness predicts, and 2 weeks can't close that: start at about 8:53\/mi/);
    expect(summary).toMatch(/Reply YES to start/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    expect(await say(phone, 'next week')).toMatch(/Sun 12\/6: Race day/i);
  });

  it('a first marathon 13 days out on 15 mi a week: told plainly it is run to finish', async () => {
    const phone = nyPhone();
    const summary = await say(phone, 'im jo, marathon on dec 6, no goal, never raced, 15 mpw, 1 year running, mon wed fri sun, no injuries, New York');
    expect(summary).toMatch(/you run about 15 mi a week and a marathon is 26\.22 mi: that's more than 2 weeks can get you ready for, so run it to finish healthy \(walk breaks are fine\), not for a time\./);
  });

  it('a 5K 5 days out is race week: how to run it, and a later race asked for', async () => {
    const phone = nyPhone();
    expect(await say(phone, 'im al, 5k on nov 28, 15 mpw, 1 year running, 4 days, no injuries, New York')).toMatch(/only 5 days away - that's race week.*Is there a later race/);
  });
});
