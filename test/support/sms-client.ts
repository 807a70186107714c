/**
 * A client texting over the signed Twilio webhook, for tests that assert what the client receives: say a
 * text and get the reply, onboard from a persona's answers, read a stored day.
 */
import { expect } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { inboundParams, postSigned, twimlMessages, type TestApp } from './deps.js';
import type { Persona } from './web.js';

export interface StoredItem {
  exerciseId: string;
  name: string;
  sets: number;
  reps: string;
  load: number | null;
  rir: number;
}

export function smsClient(getApp: () => TestApp, handle: DatabaseHandle) {
  /** Texts `body` and returns the reply; `sid` repeats a MessageSid, as Twilio's retry of a delivery does. */
  async function say(phone: string, body: string, sid?: string): Promise<string> {
    const res = await postSigned(getApp().app, '/sms/inbound', inboundParams(phone, body, sid ? { MessageSid: sid } : {}));
    expect(res.status, res.text).toBe(200);
    return twimlMessages(res.text)[0] ?? '';
  }

  /** Onboards over the signed webhook, answering whatever is asked from the persona's table. */
  async function onboardBySms(phone: string, persona: Persona): Promise<void> {
    const transcript: string[] = [];
    let reply = await say(phone, 'hi');
    for (let turn = 0; turn < 25; turn++) {
      transcript.push(reply);
      if (/reply yes/i.test(reply)) {
        await say(phone, 'yes');
        return;
      }
      const answer = persona.answers.find(([q]) => q.test(reply.split('\n').at(-1) ?? reply)) ?? persona.answers.find(([q]) => q.test(reply));
      if (!answer) throw new Error(`cannot answer:\n${transcript.join('\n')}`);
      reply = await say(phone, answer[1]);
    }
    throw new Error(`onboarding did not finish:\n${transcript.join('\n')}`);
  }

  async function storedDay(phone: string, date: string): Promise<{ items: StoredItem[]; notes?: string[] } | undefined> {
    const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
    const row = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', date).executeTakeFirst();
    return row?.workout as { items: StoredItem[]; notes?: string[] } | undefined;
  }

  /** Every reply stored for the number, oldest first: what the coach's history shows. */
  async function repliesTo(phone: string): Promise<string[]> {
    const rows = await handle.db.selectFrom('outbound_messages').select('body').where('to_phone', '=', phone).where('kind', '=', 'reply').orderBy('created_at').execute();
    return rows.map((r) => r.body);
  }

  return { say, onboardBySms, storedDay, repliesTo };
}
