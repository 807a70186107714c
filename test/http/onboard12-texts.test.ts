/**
 * Onboarding by SMS as onboard12's new clients texted it: a client who will not give a name still gets a plan,
 * and the coach's records hold no made-up name. Checked through the signed webhook.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, nyPhone, db } = smsSuite();

describe('onboarding: a client who gives no name', () => {
  it('when "idk" answers the name twice, the questions go on, the plan starts with "Let\'s go!" and no name is stored', async () => {
    const phone = nyPhone();
    expect(await say(phone, 'idk')).toMatch(/What's your name\?/);
    expect(await say(phone, 'idk')).toMatch(/or reply SKIP and we'll go on without one/);
    expect(await say(phone, 'idk')).toMatch(/^No problem - we'll go without a name\. What's your main goal\?/);
    for (const text of ['get stronger', '2 years', 'mon wed fri', '45 min', 'full gym', 'none']) await say(phone, text);
    expect(await say(phone, 'yes')).toMatch(/^Let's go! Your first workout text arrives at 7:00am/);
    const client = await db().selectFrom('clients').select(['name', 'status']).where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(client).toEqual({ name: null, status: 'active' });
    expect(await say(phone, "what's today")).not.toMatch(/undefined|null/);
  });
});
