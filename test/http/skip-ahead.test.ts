/**
 * A session taken off before its day ("skip fri, wedding" on a Monday): was read as a log of last Friday (or,
 * for "skip sat", of today) and nothing changed. Now the rules move it to a free day or drop it, the week and
 * that day say so, and a move and a skip in one text are both done. Through the signed webhook.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; Sam trains Mon, Wed, Fri.
const { say, onboarded, db } = smsSuite();

describe('a session skipped ahead of its day', () => {
  it('when "skip friday, wedding" comes on Monday, Friday is a rest day and its session is moved or dropped, never logged as last Friday', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'skip friday, wedding');
    // The first free day before Monday's session takes it: Saturday (Sunday would put two sessions back to back).
    expect(reply).toMatch(/^Moved Friday's Full body [A-C] to Saturday/);
    expect(reply).not.toMatch(/Logged|11\/20|Nov 20/);
    expect(await say(phone, 'friday')).toMatch(/rest day/);
    expect(await say(phone, 'this week')).toMatch(/Fri 11\/27: Rest\nSat 11\/28: Full body/);
    // Never missed: taken off ahead of time.
    const saturday = await say(phone, 'saturday');
    expect(saturday).toMatch(/Moved from Friday\./);
    expect(saturday).not.toMatch(/missed/i);
  });

  it('when "skip tomorrow" comes on Monday for a Tuesday rest day, nothing moves and no log is made', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'skip tomorrow')).toMatch(/rest day/);
    // Nothing stored: no log of any day, no session moved.
    const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(await db().selectFrom('workout_logs').select('id').where('client_id', '=', client.id).execute()).toHaveLength(0);
    expect(await say(phone, 'this week')).toMatch(/Fri 11\/27: Full body/);
  });
});
