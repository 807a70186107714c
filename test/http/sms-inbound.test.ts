import { beforeEach, describe, expect, it, vi } from 'vitest';
import supertest from 'supertest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, TEST_AUTH_TOKEN, type TestApp } from '../support/deps.js';
import { sql } from 'kysely';

const handle = useTestDatabase();
let t: TestApp;
let phoneCounter = 0;
/** A fresh, valid North American number per test so tests do not share a client. */
const newPhone = () => `+1415555${String(1000 + phoneCounter++).padStart(4, '0')}`;

beforeEach(() => {
  t = buildTestApp(handle);
});

async function count(table: 'inbound_messages' | 'outbound_messages' | 'clients', phone: string): Promise<number> {
  const col = table === 'inbound_messages' ? 'from_phone' : table === 'outbound_messages' ? 'to_phone' : 'phone';
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(col)} = ${phone}`.execute(handle.db);
  return r.rows[0]!.n;
}

describe('POST /sms/inbound', () => {
  it('when the signature is missing, answers 403 and stores nothing', async () => {
    const phone = newPhone();
    const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'hi'), { signature: null });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('bad_signature');
    expect(await count('inbound_messages', phone)).toBe(0);
    expect(await count('clients', phone)).toBe(0);
  });

  it('when the signature was made with another token or the body was altered, answers 403', async () => {
    const phone = newPhone();
    const forged = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'hi'), { token: 'not-the-real-token-000000' });
    expect(forged.status).toBe(403);
    const params = inboundParams(phone, 'hi');
    const signature = (await import('twilio')).default.getExpectedTwilioSignature(TEST_AUTH_TOKEN, 'https://coach.example.test/sms/inbound', params);
    const tampered = await postSigned(t.app, '/sms/inbound', { ...params, Body: 'STOP' }, { signature });
    expect(tampered.status).toBe(403);
    expect(await count('inbound_messages', phone)).toBe(0);
  });

  it('when no auth token is configured, answers 503 and stores nothing (never open)', async () => {
    const open = buildTestApp(handle, { env: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '' } });
    const phone = newPhone();
    const res = await postSigned(open.app, '/sms/inbound', inboundParams(phone, 'hi'));
    expect(res.status).toBe(503);
    expect(await count('inbound_messages', phone)).toBe(0);
  });

  it('when signed, stores the message and the reply, and answers with TwiML', async () => {
    const phone = newPhone();
    const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'blorp'));
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/xml');
    const [reply] = twimlMessages(res.text);
    expect(reply).toMatch(/Cadence.*name/i); // a stranger's first text starts onboarding
    const inbound = await handle.db.selectFrom('inbound_messages').selectAll().where('from_phone', '=', phone).execute();
    expect(inbound).toHaveLength(1);
    expect(inbound[0]!.status).toBe('processed');
    expect(inbound[0]!.params).toMatchObject({ FromCity: 'SAN FRANCISCO' }); // Twilio's extra fields kept
    const out = await handle.db.selectFrom('outbound_messages').selectAll().where('to_phone', '=', phone).execute();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ channel: 'twiml', kind: 'reply', body: reply, segments: expect.any(Number) });
  });

  it('when Twilio retries the same MessageSid, handles it once and repeats the first reply', async () => {
    const phone = newPhone();
    const params = inboundParams(phone, 'what is this');
    const first = await postSigned(t.app, '/sms/inbound', params);
    const second = await postSigned(t.app, '/sms/inbound', params);
    expect(second.status).toBe(200);
    expect(twimlMessages(second.text)).toEqual(twimlMessages(first.text));
    expect(await count('inbound_messages', phone)).toBe(1);
    expect(await count('outbound_messages', phone)).toBe(1);
  });

  it('when handling fails, the client gets a short apology (not silence or a stack trace), the failure is stored, and a retry repeats it', async () => {
    const phone = newPhone();
    await sql`alter table conversation_states rename to conversation_states_away`.execute(handle.db);
    try {
      const params = inboundParams(phone, 'hi');
      const res = await postSigned(t.app, '/sms/inbound', params);
      expect(res.status).toBe(200);
      const [reply] = twimlMessages(res.text);
      expect(reply).toMatch(/something went wrong on my side/i);
      expect(reply).not.toMatch(/relation|error:|at /i);
      const row = await handle.db.selectFrom('inbound_messages').selectAll().where('from_phone', '=', phone).executeTakeFirstOrThrow();
      expect(row.status).toBe('failed');
      expect(row.error).toMatch(/conversation_states/);
      const again = await postSigned(t.app, '/sms/inbound', params);
      expect(twimlMessages(again.text)).toEqual([reply]);
    } finally {
      await sql`alter table conversation_states_away rename to conversation_states`.execute(handle.db);
    }
  });

  it('when the same new number texts twice at once, one client exists', async () => {
    const phone = newPhone();
    await Promise.all([postSigned(t.app, '/sms/inbound', inboundParams(phone, 'a')), postSigned(t.app, '/sms/inbound', inboundParams(phone, 'b'))]);
    expect(await count('clients', phone)).toBe(1);
    expect(await count('inbound_messages', phone)).toBe(2);
  });

  it('normalizes the sender to E.164', async () => {
    const res = await postSigned(t.app, '/sms/inbound', inboundParams('(415) 555-7788', 'hey'));
    expect(res.status).toBe(200);
    expect(await count('clients', '+14155557788')).toBe(1);
  });

  it('when a signed request lacks required fields, answers 400 naming them', async () => {
    const params = inboundParams(newPhone(), 'x');
    delete params.From;
    params.MessageSid = 'not-a-sid';
    const res = await postSigned(t.app, '/sms/inbound', params);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/MessageSid/);
    expect(res.body.error.message).toMatch(/From/);
  });
});

describe("POST /sms/inbound served without express's router (web/direct-route.ts)", () => {
  /** The same request to the plain path (served directly) and with a trailing slash (routed: express matches it too). */
  async function both(make: (path: string, phone: string) => supertest.Test) {
    const router = (t.app as unknown as { router: { handle: (...args: unknown[]) => unknown } }).router;
    const routerHandle = vi.spyOn(router, 'handle');
    try {
      const direct = await make('/sms/inbound', newPhone());
      const directWentThroughRouter = routerHandle.mock.calls.length > 0;
      const routed = await make('/sms/inbound/', newPhone());
      expect(directWentThroughRouter).toBe(false);
      expect(routerHandle).toHaveBeenCalledTimes(1);
      return { direct, routed };
    } finally {
      routerHandle.mockRestore();
    }
  }
  const answer = (res: supertest.Response) => {
    const { date: _date, ...headers } = res.headers;
    return { status: res.status, headers, text: res.text };
  };

  it('answers every request as the routed webhook does: a text, its signature checks, bad fields, a body too large', async () => {
    const cases: Array<[string, number, (path: string, phone: string) => supertest.Test]> = [
      ['a first text', 200, (path, phone) => postSigned(t.app, path, inboundParams(phone, 'blorp'))],
      ['no signature', 403, (path, phone) => postSigned(t.app, path, inboundParams(phone, 'hi'), { signature: null })],
      ['a forged signature', 403, (path, phone) => postSigned(t.app, path, inboundParams(phone, 'hi'), { token: 'not-the-real-token-000000' })],
      ['no MessageSid', 400, (path, phone) => postSigned(t.app, path, { From: phone, Body: 'hi' })],
      ['a From that is not a number', 400, (path) => postSigned(t.app, path, inboundParams('not a phone', 'hi'))],
      ['a JSON body', 403, (path, phone) => supertest(t.app).post(path).set('X-Twilio-Signature', 'x').send({ From: phone, Body: 'hi' })],
      ['a body over 64 KB', 413, (path, phone) => postSigned(t.app, path, inboundParams(phone, 'x'.repeat(70_000)))],
      ['a Latin-1 form (read by body-parser)', 403, (path, phone) => supertest(t.app).post(path).set('Content-Type', 'application/x-www-form-urlencoded; charset=iso-8859-1').set('X-Twilio-Signature', 'x').send(new URLSearchParams(inboundParams(phone, 'hi')).toString())],
    ];
    for (const [what, status, make] of cases) {
      const { direct, routed } = await both(make);
      expect(direct.status, what).toBe(status);
      expect(answer(direct), what).toEqual(answer(routed));
    }
  });

  it('when handling throws, the error middleware answers as it does routed', async () => {
    await sql`create or replace function refuse_inbound() returns trigger language plpgsql as $$ begin raise exception 'refused' using errcode = 'P0001'; end $$`.execute(handle.db);
    await sql`create trigger refuse_inbound before insert on inbound_messages for each row execute function refuse_inbound()`.execute(handle.db);
    try {
      const { direct, routed } = await both((path, phone) => postSigned(t.app, path, inboundParams(phone, 'hi')));
      expect(direct.status).toBe(500);
      expect(answer(direct)).toEqual(answer(routed));
    } finally {
      await sql`drop trigger if exists refuse_inbound on inbound_messages`.execute(handle.db);
    }
  });

  it('another method or a query string still goes through the router', async () => {
    const router = (t.app as unknown as { router: { handle: (...args: unknown[]) => unknown } }).router;
    const routerHandle = vi.spyOn(router, 'handle');
    try {
      expect((await supertest(t.app).get('/sms/inbound')).status).toBe(404);
      expect((await postSigned(t.app, '/sms/inbound?x=1', inboundParams(newPhone(), 'hi'))).status).toBe(200);
      expect(routerHandle).toHaveBeenCalledTimes(2);
    } finally {
      routerHandle.mockRestore();
    }
  });
});

describe('carrier keywords', () => {
  async function text(phone: string, body: string, extra: Record<string, string> = {}) {
    const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, body, extra));
    expect(res.status).toBe(200);
    return twimlMessages(res.text);
  }

  it.each(['STOP', 'stop', '  Stop. ', 'STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit!'])('"%s" opts out with one confirmation', async (word) => {
    const phone = newPhone();
    await text(phone, 'hello');
    const replies = await text(phone, word);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/unsubscribed/i);
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(client.status).toBe('opted_out');
  });

  it('after STOP nothing is answered or sent until START, then the old status returns', async () => {
    const phone = newPhone();
    await text(phone, 'hello');
    await text(phone, 'STOP');
    expect(await text(phone, "what's today")).toEqual([]);
    expect(await text(phone, 'STOP')).toHaveLength(1); // repeated STOP is confirmed again, still opted out
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(client.status).toBe('opted_out');
    expect(client.status_before_opt_out).toBe('onboarding');

    const back = await text(phone, 'unstop');
    expect(back[0]).toMatch(/subscribed again/i);
    const after = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(after.status).toBe('onboarding');
  });

  it('HELP and INFO answer with what Cadence is, how to stop and examples — even when opted out', async () => {
    const phone = newPhone();
    for (const word of ['HELP', 'info']) {
      const [reply] = await text(phone, word);
      expect(reply).toMatch(/Cadence/);
      expect(reply).toMatch(/STOP/);
      expect(reply).toMatch(/what's today/i);
    }
    await text(phone, 'STOP');
    expect(await text(phone, 'help')).toHaveLength(1);
  });

  it('"stop sending squats" is a sentence, not an opt-out', async () => {
    const phone = newPhone();
    await text(phone, 'stop sending me squats');
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(client.status).not.toBe('opted_out');
  });

  it('when Twilio Advanced Opt-Out already answered (OptOutType), records the opt-out without a second confirmation', async () => {
    const phone = newPhone();
    const replies = await text(phone, 'STOP', { OptOutType: 'STOP' });
    expect(replies).toEqual([]);
    const client = await handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(client.status).toBe('opted_out');
  });
});

describe('GET /health', () => {
  it('reports the database and channel', async () => {
    const res = await supertest(t.app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', sms: 'twilio-webhook-only', model: 'deterministic' });
  });

  it('unknown routes get a JSON 404, not an HTML page', async () => {
    const res = await supertest(t.app).get('/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('onboarding a runner over the signed webhook', () => {
  it('when Lena names the Chicago Marathon "next october" the date is proposed, YES keeps it, and a cold or a moved long run changes nothing', async () => {
    // Sun Nov 29, 2026, noon in Chicago.
    const app = buildTestApp(handle, { now: new Date('2026-11-29T18:00:00Z') });
    const phone = '+13125550177';
    const say = async (body: string) => twimlMessages((await postSigned(app.app, '/sms/inbound', inboundParams(phone, body))).text)[0] ?? '';
    const first = await say('Hi, Im Lena. training for the chicago marathon next october, did a half in 1:52 in september. running about 25 miles a week, 4 days, i can do 5 tops. long runs on saturday');
    // The second Sunday of October 2027 (Oct 1 is a Friday, so Sundays fall on the 3rd and 10th); one question.
    expect(first).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\?/);
    expect(first).not.toMatch(/already passed/);
    expect(await say('yes')).toMatch(/Goal time for the marathon\?/);
    expect(await say('my shins are kinda achy after that run')).toMatch(/your shins\./);
    const sick = await say('ugh sick with a cold, no running till friday');
    expect(sick).toMatch(/sick/);
    expect(sick).not.toMatch(/0 mi a week/);
    // The cold is acknowledged and onboarding goes on: the same one question is asked again.
    expect(sick).toMatch(/Goal time for the marathon\?/);
    const move = await say('i have a wedding saturday, can i move my long run to sunday?');
    expect(move).not.toMatch(/days a week/);
    expect(move).toMatch(/Goal time for the marathon\?/);
    // "Changes nothing": no plan exists until onboarding ends, and neither the cold nor the move was stored as a note or signal.
    const stored = await sql<{ plans: number; notes: number }>`select
        (select count(*)::int from fitness_plans p join clients c on c.id = p.client_id where c.phone = ${phone}) as plans,
        (select count(*)::int from plan_adaptations a join clients c on c.id = a.client_id where c.phone = ${phone})
        + (select count(*)::int from readiness_signals r join clients c on c.id = r.client_id where c.phone = ${phone}) as notes`.execute(handle.db);
    expect(stored.rows[0]).toEqual({ plans: 0, notes: 0 });
  });
});
