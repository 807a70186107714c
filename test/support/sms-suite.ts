/**
 * The setup every "what clients text" HTTP test file shares: its own migrated database, a fresh app per test on
 * one clock (Monday 2026-11-23, 09:00 in New York unless a file says otherwise), a signed-webhook client, and
 * New York numbers that never repeat within the file (each file has its own database, so files may overlap).
 */
import { beforeEach } from 'vitest';
import { useTestDatabase } from './db.js';
import { buildTestApp, type TestApp } from './deps.js';
import { smsClient } from './sms-client.js';
import type { Persona } from './web.js';

export const MONDAY_9AM_NEW_YORK = new Date('2026-11-23T14:00:00Z');

export function smsSuite(now: Date = MONDAY_9AM_NEW_YORK) {
  const handle = useTestDatabase();
  let t: TestApp;
  beforeEach(() => {
    t = buildTestApp(handle, { now });
  });
  let n = 0;
  const client = smsClient(() => t, handle);
  return {
    ...client,
    /** The test's database (to read what a coach sees). */
    db: () => handle.db,
    /** A number no earlier test in this file used. */
    nyPhone: () => `+1212555${String(n++).padStart(4, '0')}`,
    /** A new New York client onboarded by text as `persona` answers; their number. */
    onboarded: async (persona: Persona) => {
      const phone = `+1212555${String(n++).padStart(4, '0')}`;
      await client.onboardBySms(phone, persona);
      return phone;
    },
    /** The rest of this test runs at another instant (a later day of the week, the morning of a race). */
    at: (iso: string) => {
      t = buildTestApp(handle, { now: new Date(iso) });
    },
  };
}
