import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { buildWebApp, chatSay } from '../support/web.js';
import type { TestApp } from '../support/deps.js';
import { sendToClient } from '../../src/services/messaging.service.js';

const handle = useTestDatabase();
let t: TestApp;

beforeEach(async () => {
  await truncateClientData(handle.db);
  t = buildWebApp(handle);
});

interface Entry { id: string; from: 'client' | 'coach'; body: string; kind: string | null; at: string }

async function conversation(phone: string, after?: string): Promise<Entry[]> {
  const res = await supertest(t.app).get('/api/chat/conversation').query(after ? { phone, after } : { phone });
  expect(res.status, res.text).toBe(200);
  return res.body.messages;
}

describe('local chat: the whole conversation after a reload', () => {
  it('returns both sides in order, with morning texts and the coach\'s own messages marked', async () => {
    const phone = '+14155550160';
    const r1 = await chatSay(t.app, phone, 'hi');
    const r2 = await chatSay(t.app, phone, 'Sam');
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    await sendToClient(t.deps, { client, body: 'Good morning, Sam! Today: rest.', kind: 'morning' });
    await sendToClient(t.deps, { client, body: 'Checking in from your coach.', kind: 'coach' });

    const all = await conversation(phone);
    expect(all.map((m) => [m.from, m.body, m.kind])).toEqual([
      ['client', 'hi', null],
      ['coach', r1, 'reply'],
      ['client', 'Sam', null],
      ['coach', r2, 'reply'],
      ['coach', 'Good morning, Sam! Today: rest.', 'morning'],
      ['coach', 'Checking in from your coach.', 'coach'],
    ]);
    // The chat page sends its own id with each text; the client's messages come back under it, so the page
    // does not show a text twice.
    expect(all[0]!.id).toMatch(/^local-web-test-/);
    // Polling from the last message seen returns nothing new.
    expect(await conversation(phone, all.at(-1)!.at)).toEqual([]);
  });

  it('leaves out what an opted-out number never received, and answers an unknown number with nothing', async () => {
    const phone = '+14155550161';
    await chatSay(t.app, phone, 'hi');
    await chatSay(t.app, phone, 'STOP');
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    await sendToClient(t.deps, { client, body: 'held back', kind: 'morning' });
    const all = await conversation(phone);
    expect(all.map((m) => m.body)).not.toContain('held back');
    expect(all.filter((m) => m.from === 'client').map((m) => m.body)).toEqual(['hi', 'STOP']);
    expect(await conversation('+14155550199')).toEqual([]);
    const bad = await supertest(t.app).get('/api/chat/conversation').query({ phone: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/phone/);
  });

  it('the chat page loads its script and styles as files (no inline script)', async () => {
    const res = await supertest(t.app).get('/chat');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<script src="\/static\/chat\.js" defer><\/script>/);
    expect(res.text).not.toMatch(/<script>(?!<\/script>)/);
    expect(res.text).not.toMatch(/<style/);
  });
});
