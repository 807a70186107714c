import { converse } from '../../src/conversation/converse.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import supertest from 'supertest';
import { useTestDatabase, usingPostgres } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, type TestApp } from '../support/deps.js';
import { insertClient, uniquePhone } from '../support/clients.js';
import { aRequest } from '../engine/strength/builders.js';
import { startPlan } from '../../src/services/plans.service.js';
import { insertInboundOnce } from '../../src/db/repositories/inbound-messages.repository.js';
import { sweepStaleInbound } from '../../src/services/inbound-sweeper.js';
import { isGsm7 } from '../../src/channels/sms-text.js';
import { createMigrator } from '../../src/db/migrate.js';
import { createApp } from '../../src/web/app.js';

/**
 * Inbound handling that must hold under faults and races: messages stored but not finished, texts from one
 * number arriving together, repeated deliveries, bytes PostgreSQL refuses. On PGlite the turns interleave
 * at every await; on PostgreSQL (TEST_DATABASE_URL) they also run on separate connections at once.
 */
const handle = useTestDatabase();
let t: TestApp;
const NOW = new Date('2026-11-23T14:00:00Z'); // Monday 09:00 in New York

beforeEach(() => {
  t = buildTestApp(handle, { now: NOW });
});

/** A New York number (212): onboarding guesses the zone from the area code. */
let nySeq = 0;
const nyPhone = () => `+1212555${String(2000 + ((process.pid + nySeq++ * 7) % 7000)).padStart(4, '0')}`;

async function say(phone: string, body: string, extra: Record<string, string> = {}) {
  const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, body, extra));
  expect(res.status, res.text).toBe(200);
  return twimlMessages(res.text)[0] ?? '';
}

const inboundOf = (phone: string) =>
  handle.db.selectFrom('inbound_messages').selectAll().where('from_phone', '=', phone).orderBy('received_at').orderBy('id').execute();
const outboundOf = (phone: string) =>
  handle.db.selectFrom('outbound_messages').selectAll().where('to_phone', '=', phone).orderBy('created_at').execute();

/** Stores a message as the webhook does, then stops, as a process killed mid-turn would. */
async function storedButUnfinished(phone: string, body: string, sid?: string) {
  const params = inboundParams(phone, body, sid ? { MessageSid: sid } : {});
  const { row } = await insertInboundOnce(handle.db, {
    provider: 'twilio',
    providerSid: params.MessageSid!,
    fromPhone: phone,
    toPhone: params.To!,
    body,
    numMedia: 0,
    params,
  });
  return { row, params };
}

/**
 * Sends texts from one number so that they arrive in the given order (each is stored before the next is
 * sent) and are all in flight at once. On PostgreSQL the client's row is held locked (as a long turn would)
 * until every text is stored, so all of them contend for the turn when it is released; PGlite has one
 * connection, so there the turns can only interleave between transactions.
 */
async function inFlightTogether(phone: string, texts: string[]): Promise<string[]> {
  return (await manyInFlightTogether([[phone, texts]]))[0]!;
}

/** The same for several numbers at once (one lock-holding transaction: the test pool is small). */
async function manyInFlightTogether(sends: Array<[string, string[]]>): Promise<string[][]> {
  const pending: Promise<string>[][] = sends.map(() => []);
  const sendAll = () =>
    Promise.all(
      sends.map(async ([phone, texts], n) => {
        const before = (await inboundOf(phone)).length;
        for (const [i, text] of texts.entries()) {
          pending[n]!.push(say(phone, text));
          const deadline = Date.now() + 10_000;
          while ((await inboundOf(phone)).length < before + i + 1) {
            if (Date.now() > deadline) throw new Error(`"${text}" was never stored`);
            await new Promise((r) => setTimeout(r, 2));
          }
        }
      }),
    );
  if (usingPostgres()) {
    await handle.db.transaction().execute(async (trx) => {
      await trx.selectFrom('clients').select('id').where('phone', 'in', sends.map(([p]) => p)).forNoKeyUpdate().execute();
      await sendAll();
      await new Promise((r) => setTimeout(r, 50)); // every turn is now polling for its client's lock
    });
  } else {
    await sendAll();
  }
  return Promise.all(pending.map((p) => Promise.all(p)));
}

async function backdate(inboundId: string, seconds: number) {
  await sql`update inbound_messages set received_at = now() - make_interval(secs => ${seconds}), lease_until = now() - make_interval(secs => ${seconds - 60})
            where id = ${inboundId}`.execute(handle.db);
}

describe('inbound: bytes PostgreSQL refuses', () => {
  it('a NUL in Body is stripped, the original length recorded, and the text answered (a retry repeats the answer)', async () => {
    const phone = uniquePhone();
    const params = inboundParams(phone, 'hi\u0000 there\u0000');
    const first = await postSigned(t.app, '/sms/inbound', params);
    expect(first.status).toBe(200);
    const [reply] = twimlMessages(first.text);
    expect(reply).toMatch(/name/i);
    const [row] = await inboundOf(phone);
    expect(row).toMatchObject({ body: 'hi there', original_body_length: 10, status: 'processed' });
    expect(row!.params.Body).toBe('hi there');
    const again = await postSigned(t.app, '/sms/inbound', params);
    expect(twimlMessages(again.text)).toEqual([reply]);
    // A message with nothing stripped records no original length.
    await say(phone, 'Sam');
    expect((await inboundOf(phone))[1]!.original_body_length).toBeNull();
  });

  it('a NUL in a status callback ErrorMessage is stripped and the status recorded', async () => {
    const phone = uniquePhone();
    const client = await insertClient(handle.db, { phone });
    const sid = 'SM' + 'c'.repeat(32);
    await handle.db
      .insertInto('outbound_messages')
      .values({ client_id: client.id, to_phone: phone, body: 'x', kind: 'reply', channel: 'twilio', status: 'sent', provider_sid: sid, segments: 1, encoding: 'GSM-7' })
      .execute();
    const res = await postSigned(t.app, '/sms/status', { MessageSid: sid, MessageStatus: 'undelivered', ErrorCode: '30003', ErrorMessage: 'Unreachable\u0000 handset' });
    expect(res.status).toBe(204);
    const row = await handle.db.selectFrom('outbound_messages').selectAll().where('provider_sid', '=', sid).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'undelivered', error_code: '30003', error_message: 'Unreachable handset' });
  });
});

describe('inbound: what is sent is what is stored', () => {
  it('a TwiML reply is the stored GSM-7 body ("Zoë" goes out as "Zoe", never UCS-2)', async () => {
    const phone = uniquePhone();
    await say(phone, 'hi');
    const reply = await say(phone, 'Zoë');
    expect(reply).toMatch(/Nice to meet you, Zoe!/);
    expect(isGsm7(reply)).toBe(true);
    const out = await outboundOf(phone);
    expect(out.at(-1)!.body).toBe(reply);
    expect((await inboundOf(phone)).at(-1)!.reply).toBe(reply);
  });

  it('the local chat answers with the stored body too', async () => {
    const local = buildTestApp(handle, { now: NOW, env: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '' } });
    const phone = uniquePhone();
    await supertest(local.app).post('/api/chat/messages').send({ phone, text: 'hi' });
    const res = await supertest(local.app).post('/api/chat/messages').send({ phone, text: 'Zoë' });
    expect(res.body.reply).toMatch(/Zoe!/);
    expect((await outboundOf(phone)).at(-1)!.body).toBe(res.body.reply);
  });
});

describe('inbound: chat ids', () => {
  it('are unique per phone: a STOP from a second number with the first one\'s id is handled, not swallowed', async () => {
    const local = buildTestApp(handle, { now: NOW, env: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '' } });
    const [a, b] = [uniquePhone(), uniquePhone()];
    const id = 'same-id-0001';
    const first = await supertest(local.app).post('/api/chat/messages').send({ phone: a, text: 'hi', id });
    const second = await supertest(local.app).post('/api/chat/messages').send({ phone: b, text: 'STOP', id });
    expect(first.body.duplicate).toBe(false);
    expect(second.body).toMatchObject({ duplicate: false, reply: expect.stringMatching(/unsubscribed/) });
    const clientB = await handle.db.selectFrom('clients').selectAll().where('phone', '=', b).executeTakeFirstOrThrow();
    expect(clientB.status).toBe('opted_out');
    // The same phone repeating its id is a retry: answered once.
    const retry = await supertest(local.app).post('/api/chat/messages').send({ phone: a, text: 'hi', id });
    expect(retry.body).toEqual({ reply: first.body.reply, duplicate: true });
  });
});

describe('inbound: a message stored but not finished', () => {
  it("is handled by Twilio's retry of its MessageSid, and answered", async () => {
    const phone = uniquePhone();
    const { params } = await storedButUnfinished(phone, 'hi');
    const res = await postSigned(t.app, '/sms/inbound', params);
    expect(res.status).toBe(200);
    expect(twimlMessages(res.text)[0]).toMatch(/name/i);
    const rows = await inboundOf(phone);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('processed');
    expect(await outboundOf(phone)).toHaveLength(1);
  });

  it('is answered through the sender by the sweeper once it has waited over a minute; fresh ones are left to their handler', async () => {
    const phone = uniquePhone();
    const fresh = uniquePhone();
    const { row } = await storedButUnfinished(phone, 'hi');
    await backdate(row.id, 90);
    await storedButUnfinished(fresh, 'hi');
    const summary = await sweepStaleInbound(t.deps, converse);
    expect(summary).toMatchObject({ found: 1, handled: 1, failed: 0 });
    expect((await inboundOf(phone))[0]!.status).toBe('processed');
    expect((await inboundOf(fresh))[0]!.status).toBe('received');
    expect(t.sender.sent.map((m) => m.to)).toEqual([phone]);
    expect(t.sender.sent[0]!.body).toMatch(/name/i);
    const [out] = await outboundOf(phone);
    expect(out).toMatchObject({ channel: 'twilio', kind: 'reply' });
    // A late retry of that MessageSid is not answered a second time: the client has the reply already.
    const retry = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'hi', { MessageSid: row.provider_sid }));
    expect(twimlMessages(retry.text)).toEqual([]);
    expect(await sweepStaleInbound(t.deps, converse)).toMatchObject({ found: 0 });
  });

  it('an earlier text left unfinished is answered first when the same number texts again (arrival order)', async () => {
    const phone = nyPhone();
    const { row } = await storedButUnfinished(phone, 'hi');
    await backdate(row.id, 120);
    const reply = await say(phone, 'Sam');
    // "hi" was taken over (its answer through the sender), then "Sam" answered the name question.
    expect(t.sender.sent.map((m) => m.body)).toEqual([expect.stringMatching(/What's your name/)]);
    expect(reply).toMatch(/Nice to meet you, Sam!/);
    expect((await inboundOf(phone)).map((r) => r.status)).toEqual(['processed', 'processed']);
  });
});

describe('inbound: concurrency', () => {
  it('concurrent deliveries of one MessageSid all get the one reply; it is handled once', async () => {
    const phone = uniquePhone();
    const params = inboundParams(phone, 'hi');
    const responses = await Promise.all(Array.from({ length: 20 }, () => postSigned(t.app, '/sms/inbound', params)));
    const replies = responses.map((r) => {
      expect(r.status).toBe(200);
      return twimlMessages(r.text);
    });
    expect(replies[0]).toHaveLength(1);
    for (const r of replies) expect(r).toEqual(replies[0]);
    expect(await inboundOf(phone)).toHaveLength(1);
    expect(await outboundOf(phone)).toHaveLength(1);
  });

  it('two onboarding answers sent together are applied in arrival order: no answer lost (10 clients at once)', async () => {
    const phones = Array.from({ length: 10 }, () => nyPhone());
    await Promise.all(phones.map((p) => say(p, 'hi')));
    // Each client sends name and goal back to back: the goal arrives while the name is still being
    // handled, and all twenty requests are in flight at once.
    const results = await manyInFlightTogether(phones.map((p) => [p, ['Sam', 'get stronger']]));
    for (const [i, [nameReply, goalReply]] of results.entries()) {
      expect(nameReply, phones[i]).toMatch(/Nice to meet you, Sam!/);
      expect(goalReply, phones[i]).not.toMatch(/Nice to meet you/);
      expect(goalReply).toMatch(/experience|training|years|lifting/i);
    }
    for (const p of phones) {
      const rows = await inboundOf(p);
      expect(rows.map((r) => r.body)).toEqual(['hi', 'Sam', 'get stronger']);
      // Handled in arrival order: processed_at follows received_at.
      const processed = rows.map((r) => r.processed_at!.getTime());
      expect([...processed].sort((a, b) => a - b)).toEqual(processed);
    }
  });

  it('a burst of texts from one number is handled one at a time, in arrival order', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone(), timezone: 'America/New_York' });
    await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 8 }), '2026-11-23'));
    const texts = ['today', 'tomorrow', 'this week', 'done', 'my plan', 'next week', 'wednesday', 'help me'];
    const replies = await inFlightTogether(client.phone, texts);
    for (const r of replies) expect(r).not.toBe('');
    const rows = await inboundOf(client.phone);
    expect(rows.map((r) => r.body)).toEqual(texts);
    expect(rows.every((r) => r.status === 'processed')).toBe(true);
    const processed = rows.map((r) => r.processed_at!.getTime());
    expect([...processed].sort((a, b) => a - b)).toEqual(processed);
  });

  it('a question about a stored day sent right behind a log of that day is answered after the log', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone(), timezone: 'America/New_York' });
    await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 8 }), '2026-11-23'));
    expect(await say(client.phone, "what's today")).not.toMatch(/Already logged/); // today is now stored
    // "done" is still waiting for its turn when "what's today" arrives: the question must not be answered
    // from the stored day ahead of it.
    const [done, today] = await inFlightTogether(client.phone, ['done', "what's today"]);
    expect(done).toMatch(/^Logged today/);
    expect(today).toMatch(/^Already logged as done today/);
  });

  it('concurrent deliveries of one "what\'s today" on a stored day all get the one reply; one reply is stored', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone(), timezone: 'America/New_York' });
    await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 8 }), '2026-11-23'));
    const first = await say(client.phone, "what's today");
    const params = inboundParams(client.phone, "what's today");
    const responses = await Promise.all(Array.from({ length: 20 }, () => postSigned(t.app, '/sms/inbound', params)));
    for (const r of responses) {
      expect(r.status).toBe(200);
      expect(twimlMessages(r.text)).toEqual([first]);
    }
    expect(await inboundOf(client.phone)).toHaveLength(2);
    expect(await outboundOf(client.phone)).toHaveLength(2);
  });

  it('three training-day changes at once: each applied in turn, no apology, one active plan', async () => {
    const client = await insertClient(handle.db, { phone: uniquePhone(), timezone: 'America/New_York' });
    await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 8, trainingDays: [1, 3, 5] }), '2026-11-23'));
    const changes = ['I can only train mon wed fri now', 'I can only train tue thu sat now', 'I can only train mon tue thu fri now'];
    const replies = await inFlightTogether(client.phone, changes);
    for (const r of replies) {
      expect(r).toMatch(/^Updated: you train/);
      expect(r).not.toMatch(/went wrong/);
    }
    const plans = await handle.db.selectFrom('fitness_plans').selectAll().where('client_id', '=', client.id).execute();
    const active = plans.filter((p) => p.status === 'active');
    expect(active).toHaveLength(1);
    expect(plans).toHaveLength(4);
    // Applied in arrival order: the plan in force has the days of the last text.
    expect((active[0]!.request as { trainingDays: number[] }).trainingDays).toEqual([1, 2, 4, 5]);
    expect(replies[2]).toMatch(/Mon, Tue, Thu/);
  });
});

describe('GET /health and migrations', () => {
  it('answers 503 naming the pending migration when the database is behind this release, 200 when current', async () => {
    const migrator = createMigrator(handle.db);
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    const undone = down.results![0]!.migrationName;
    try {
      const behind = await supertest(createApp(t.deps)).get('/health');
      expect(behind.status).toBe(503);
      expect(behind.body).toMatchObject({ status: 'degraded', database: 'ok', migrations: 'pending', pending: [undone] });
    } finally {
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
    }
    const current = await supertest(createApp(t.deps)).get('/health');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ status: 'ok', migrations: 'current' });
  });
});
