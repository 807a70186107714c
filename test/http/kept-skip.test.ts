/**
 * A skipped day told with a trip at the onboarding summary ("skip fri, flying to denver for work thru sunday. hotel gym
 * only has dumbells up to 50"): once the plan exists, Friday is skipped and the trip is a trip (was: every trip day
 * skipped after onboarding, and at the summary only the trip kept, Friday's session left in).
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';

// Monday 2026-11-23, 09:00 in New York: "fri" is Nov 27, "thru sunday" Nov 29.
const { say, nyPhone } = smsSuite();
const TRIP = 'skip fri, flying to denver for work thru sunday. hotel gym only has dumbells up to 50';

describe('a skip told with a trip', () => {
  it('at the summary: once the plan starts, Friday has no session and Fri-Sun is a trip with dumbbells to 50 lb', async () => {
    const phone = nyPhone();
    await say(phone, 'hey im jo, 3 yrs lifting, build muscle, mon wed fri sat, full gym, 60 min, no injuries, new york, 6am');
    await say(phone, 'skip');
    expect(await say(phone, TRIP)).toMatch(/heads-up about the trip/);
    const welcome = await say(phone, 'yes');
    expect(welcome).toMatch(/(?:Dropped|Moved) Friday's/);
    expect(welcome).toMatch(/Fri Nov 27 to Sun Nov 29/);
    expect(welcome).toMatch(/dumbbells to 50 lb/);
    expect(await say(phone, 'this week')).toMatch(/Fri 11\/27: Rest/);
  });

  it('after onboarding: Friday is skipped, Saturday keeps a session for the hotel dumbbells', async () => {
    const phone = nyPhone();
    await say(phone, 'hey im jo, 3 yrs lifting, build muscle, mon wed fri sat, full gym, 60 min, no injuries, new york, 6am');
    await say(phone, 'skip');
    await say(phone, 'yes');
    const reply = await say(phone, TRIP);
    expect(reply).toMatch(/(?:Dropped|Moved) Friday's/);
    expect(reply).toMatch(/Fri Nov 27 to Sun Nov 29/);
    expect(reply).toMatch(/dumbbells to 50 lb/);
    expect(await say(phone, 'this week')).toMatch(/Fri 11\/27: Rest\nSat 11\/28: (?!Rest)/);
  });
});
