/**
 * A client texting over simulated days: each text, onboarding and morning pass runs at the instant it names, through
 * the signed webhook and the real morning pass (the only fakes are Twilio's API and the clock). For tests that follow
 * one client across a week or more (a silent week, runs not logged), where every step has its own time.
 */
import { beforeEach, expect } from 'vitest';
import type { useTestDatabase } from './db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, type TestApp } from './deps.js';
import { smsClient } from './sms-client.js';
import type { Persona } from './web.js';
import { runMorningPass } from '../../src/scheduler/morning-pass.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';

export function clockedSms(handle: ReturnType<typeof useTestDatabase>, start: string) {
  let t: TestApp;
  beforeEach(() => {
    t = buildTestApp(handle, { now: new Date(start) });
  });
  const { onboardBySms } = smsClient(() => t, handle);
  const at = (iso: string): TestApp => (t = buildTestApp(handle, { now: new Date(iso) }));

  /** The reply to a text sent at `iso`. */
  async function sayAt(iso: string, to: string, body: string): Promise<string> {
    const res = await postSigned(at(iso).app, '/sms/inbound', inboundParams(to, body));
    expect(res.status, res.text).toBe(200);
    return twimlMessages(res.text)[0] ?? '';
  }

  /** The morning pass run at `iso`: the newest morning text stored for `to`. */
  async function morningAt(iso: string, to: string): Promise<string> {
    const app = at(iso);
    await runMorningPass({ ...app.deps, now: () => new Date(iso) }, { now: new Date(iso), compose: composeMorningMessage, pacer: { take: async () => {} } });
    const rows = await handle.db.selectFrom('outbound_messages').select('body').where('to_phone', '=', to).where('kind', '=', 'morning').orderBy('created_at').execute();
    return rows.at(-1)?.body ?? '';
  }

  /** Onboards `to` by text at `iso`. */
  async function onboardAt(iso: string, to: string, persona: Persona): Promise<void> {
    at(iso);
    await onboardBySms(to, persona);
  }

  return { onboardBySms, sayAt, morningAt, onboardAt };
}
