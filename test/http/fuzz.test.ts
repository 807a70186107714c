import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import twilio from 'twilio';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { truncateClientData, useTestDatabase, usingPostgres } from '../support/db.js';
import { buildTestApp, inboundParams, TEST_AUTH_TOKEN, TEST_BASE_URL, twimlMessages, type TestApp } from '../support/deps.js';
import { isGsm7 } from '../../src/channels/sms-text.js';

/**
 * Fuzzing the webhook the way Twilio and clients would stress it: 10,000 correctly signed requests (fast-check,
 * fixed seed) from a few hundred numbers, with real texts and arbitrary Unicode (NUL, emoji, lone surrogates,
 * long bodies), extra form fields Twilio might add, and repeated deliveries of the same MessageSid, sent 25
 * at a time so one number's texts race. Every request must be answered 200, and every stored message
 * answered: none left `received`, none without a reply (except texts to an opted-out number).
 */
// 10,000 on PostgreSQL, where requests really run at once; PGlite runs every query on one connection, so
// there the same mix is 2,000 to keep the embedded suite quick. FUZZ_REQUESTS overrides both.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? (usingPostgres() ? 10_000 : 2_000));
const IN_FLIGHT = 25;
const handle = useTestDatabase();

const REAL_TEXTS = [
  'hi', 'Sam', 'Zoë', 'get stronger', 'build muscle', 'train for a race', '3 years', 'beginner', 'mon wed fri', '4 days',
  'about 45 min', 'full gym', 'dumbbells only', 'none', 'bad knee', 'yes', 'YES', 'no', '6:30am', 'back', 'what is today',
  'tomorrow', 'this week', 'done', 'squat 3x5 at 225 rpe 9', 'ran 6 at 8:40', 'legs are wrecked', 'pause', 'resume', 'new plan',
  'STOP', 'START', 'HELP', 'stop sending squats', 'half marathon on april 12', '22:30 5k', '25 mpw',
];

const phoneArb = fc.integer({ min: 0, max: 299 }).map((n) => `+1415${String(7000000 + n * 13).padStart(7, '0')}`);
const bodyArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...REAL_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...REAL_TEXTS), fc.constantFrom('\u0000', '\uD800', '\uDC00', '😀', '李', '\u200B')).map(([t, x]) => `${t}${x}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 1600, minLength: 800 }) },
);
// Fields Twilio may add without notice: identifier-like names (as all of Twilio's are), any values.
const extraArb = fc.dictionary(
  fc.stringMatching(/^[A-Z][A-Za-z0-9]{1,11}$/).filter((k) => !['MessageSid', 'From', 'Body', 'NumMedia', 'OptOutType', 'SmsSid', 'SmsMessageSid', 'AccountSid', 'To'].includes(k)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  { maxKeys: 3 },
);
const requestArb = fc.record({
  phone: phoneArb,
  body: bodyArb,
  extra: extraArb,
  numMedia: fc.constantFrom('0', '0', '0', '1', '2'),
  /** Re-deliver an earlier request instead (Twilio's retry), 1 in 20. */
  repeat: fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
});

describe('POST /sms/inbound fuzzed', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  beforeAll(async () => {
    await truncateClientData(handle.db);
    t = buildTestApp(handle, { now: new Date('2026-11-23T14:00:00Z') });
    server = await new Promise<Server>((resolve) => {
      const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    // Node closes a kept-alive socket idle for 5 s; under a loaded CI a batch can take longer, and the agent
    // may reuse the socket just as the server closes it (ECONNRESET: the test's transport, not the webhook).
    server.keepAliveTimeout = 120_000;
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** One webhook delivery over a kept-alive connection, signed as Twilio signs it. */
  function post(params: Record<string, string>): Promise<{ status: number; text: string }> {
    const body = new URLSearchParams(params).toString();
    const signature = twilio.getExpectedTwilioSignature(TEST_AUTH_TOKEN, `${TEST_BASE_URL}/sms/inbound`, params);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/sms/inbound',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-twilio-signature': signature },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it(`answers ${REQUESTS} signed requests with 200 and leaves no stored message unanswered`, async () => {
    const started = performance.now();
    const specs = fc.sample(requestArb, { numRuns: REQUESTS, seed: 20261129 });
    const sent: Record<string, string>[] = [];
    for (const [i, spec] of specs.entries()) {
      if (spec.repeat !== null && sent.length > 0) {
        sent.push(sent[spec.repeat % sent.length]!);
        continue;
      }
      sent.push(inboundParams(spec.phone, spec.body, { ...spec.extra, NumMedia: spec.numMedia, ...(i % 500 === 0 ? { OptOutType: 'STOP' } : {}) }));
    }

    const failures: string[] = [];
    const repliesBySid = new Map<string, Set<string>>();
    for (let i = 0; i < sent.length; i += IN_FLIGHT) {
      const batch = sent.slice(i, i + IN_FLIGHT);
      const results = await Promise.all(batch.map(post));
      results.forEach((r, j) => {
        if (r.status !== 200) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
        const replies = twimlMessages(r.text);
        for (const reply of replies) expect(isGsm7(reply), reply).toBe(true);
        const sid = batch[j]!.MessageSid!;
        if (!repliesBySid.has(sid)) repliesBySid.set(sid, new Set());
        repliesBySid.get(sid)!.add(replies.join('\n'));
      });
    }
    expect(failures.slice(0, 5)).toEqual([]);

    const rows = await handle.db.selectFrom('inbound_messages').select(['provider_sid', 'status', 'reply', 'intent', 'error']).execute();
    const uniqueSids = new Set(sent.map((p) => p.MessageSid));
    expect(rows).toHaveLength(uniqueSids.size);
    expect(rows.filter((r) => r.status === 'received')).toEqual([]);
    expect(rows.filter((r) => r.status === 'failed').map((r) => r.error)).toEqual([]);
    // Answered: a reply stored, or deliberately silent (an opted-out number; Twilio's own opt-out reply).
    const silent = rows.filter((r) => r.reply === null && r.intent !== 'ignored_opted_out' && !['opt_out', 'opt_in', 'help'].includes(r.intent ?? ''));
    expect(silent).toEqual([]);
    // Every delivery of one MessageSid got the same answer.
    const inconsistent = [...repliesBySid].filter(([, set]) => set.size > 1);
    expect(inconsistent).toEqual([]);
    const outbound = await sql<{ n: number }>`select count(*)::int as n from outbound_messages where inbound_message_id is not null`.execute(handle.db);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `fuzz: ${sent.length} signed requests (${uniqueSids.size} messages, ${sent.length - uniqueSids.size} repeated deliveries) ` +
        `in ${seconds.toFixed(1)} s on ${handle.kind}: 0 lost, ${outbound.rows[0]!.n} replies stored`,
    );
  }, 600_000);
});
