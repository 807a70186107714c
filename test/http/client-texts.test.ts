/**
 * Texts written the way clients write them (found by texting Cadence as a lifter, a runner, a hybrid and a
 * beginner), checked through the signed webhook: what the client gets back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { LIFTER_ANSWERS } from '../support/web.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  // Monday 2026-11-23, 09:00 in New York.
  t = buildTestApp(handle, { now: new Date('2026-11-23T14:00:00Z') });
});
const { say, onboardBySms } = smsClient(() => t, handle);

let n = 0;
const nyPhone = () => `+1212555${String(7000 + n++).padStart(4, '0')}`;

describe('asking for a day', () => {
  it('"what\'s today" asked again and again answers with the day, never a fresh "Hi!" each time', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, LIFTER_ANSWERS); // Mon/Wed/Fri: today is a lifting day
    for (const text of ["what's today", 'Whats today?', 'today']) {
      const reply = await say(phone, text);
      expect(reply).toMatch(/^Today: Full body A/);
      expect(reply).not.toMatch(/\bHi\b/);
    }
    // Tuesday is a rest day: said as today's rest day first, the plan position after.
    t = buildTestApp(handle, { now: new Date('2026-11-24T14:00:00Z') });
    expect(await say(phone, "what's today")).toMatch(/^Today: rest day\. .*\nWeek 1 of/);
  });
});
