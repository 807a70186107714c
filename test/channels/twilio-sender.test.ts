import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import twilio from 'twilio';
import { createTwilioSender, classifyTwilioError, type TwilioSenderConfig } from '../../src/channels/twilio-sender.js';
import { createLocalSender } from '../../src/channels/local-sender.js';
import type { OutboundSms } from '../../src/channels/sender.js';
import { startFakeTwilio, fakeSegmentCount, jitteredLatency, type FakeTwilio } from '../support/fake-twilio.js';

const FROM = '+14155550100';
const MESSAGING_SERVICE = `MG${'a'.repeat(32)}`;

let fake: FakeTwilio;
beforeAll(async () => {
  fake = await startFakeTwilio({ optedOut: ['+14155550199'] });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.messages.length = 0;
  fake.requests.length = 0;
  fake.script([]);
});

function sender(over: Partial<TwilioSenderConfig> = {}) {
  return createTwilioSender({ accountSid: fake.accountSid, authToken: fake.authToken, from: FROM, apiBaseUrl: fake.url, timeoutMs: 2_000, ...over });
}

function sms(over: Partial<OutboundSms> = {}): OutboundSms {
  return { to: '+14155550123', body: 'Today: squat 3x5 @ 100 kg, RIR 2.', statusCallbackUrl: 'https://coach.example.com/sms/status', ...over };
}

describe('twilio-sender.createTwilioSender', () => {
  it('when Twilio accepts the message, the result carries its SM sid and queued status', async () => {
    const result = await sender().send(sms());
    expect(result).toEqual({ ok: true, providerSid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: 'queued' });
    expect(fake.messages).toHaveLength(1);
    expect(result.ok && result.providerSid).toBe(fake.messages[0]!.sid);
  });

  it('when sending, the fake receives exactly the form fields Twilio gets', async () => {
    await sender().send(sms());
    expect(fake.messages[0]!.form).toEqual({
      To: '+14155550123',
      From: FROM,
      Body: 'Today: squat 3x5 @ 100 kg, RIR 2.',
      StatusCallback: 'https://coach.example.com/sms/status',
    });
    expect(fake.requests[0]).toMatchObject({ accountSidInPath: fake.accountSid, username: fake.accountSid, answer: 201 });
  });

  it('when there is no public URL, no StatusCallback is sent', async () => {
    await sender().send(sms({ statusCallbackUrl: null }));
    expect(Object.keys(fake.messages[0]!.form).sort()).toEqual(['Body', 'From', 'To']);
  });

  it('when a messaging service is configured, Twilio gets its sid instead of From and answers accepted', async () => {
    const result = await sender({ from: undefined, messagingServiceSid: MESSAGING_SERVICE }).send(sms());
    expect(result).toMatchObject({ ok: true, status: 'accepted' });
    expect(fake.messages[0]!.form).toEqual({
      To: '+14155550123',
      MessagingServiceSid: MESSAGING_SERVICE,
      Body: 'Today: squat 3x5 @ 100 kg, RIR 2.',
      StatusCallback: 'https://coach.example.com/sms/status',
    });
  });

  it('when Twilio answers 429, the send is retryable and the client did not retry on its own', async () => {
    fake.script([{ status: 429 }]);
    const result = await sender().send(sms());
    expect(result).toEqual({ ok: false, retryable: true, code: 20429, message: 'Too Many Requests', optedOut: false });
    // autoRetry is off: exactly one request reached Twilio, nothing was sent.
    expect(fake.requests).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it('when Twilio answers 500 or 503, the send is retryable', async () => {
    fake.script([{ status: 500 }, { status: 503 }]);
    const s = sender();
    expect(await s.send(sms())).toMatchObject({ ok: false, retryable: true, code: 20500, optedOut: false });
    expect(await s.send(sms())).toMatchObject({ ok: false, retryable: true, code: 20503, optedOut: false });
    // The script is used up: the third goes through.
    expect(await s.send(sms())).toMatchObject({ ok: true });
  });

  it('when a 5xx comes without a JSON body, the HTTP status stands in for the code', () => {
    const err = new twilio.RestException({ statusCode: 502, body: '<html>Bad Gateway</html>' });
    expect(classifyTwilioError(err)).toMatchObject({ ok: false, retryable: true, code: 502, optedOut: false });
  });

  it('when the recipient replied STOP at the carrier (21610), the client is marked opted out and not retried', async () => {
    const result = await sender().send(sms({ to: '+14155550199' }));
    expect(result).toEqual({ ok: false, retryable: false, code: 21610, message: 'Attempt to send to unsubscribed recipient', optedOut: true });
  });

  it('when a scripted 21610 comes back, it maps the same way', async () => {
    fake.script([{ status: 400, code: 21610 }]);
    expect(await sender().send(sms())).toMatchObject({ ok: false, retryable: false, code: 21610, optedOut: true });
  });

  it('when the number is invalid (21211), the error is permanent', async () => {
    const result = await sender().send(sms({ to: '4155550123' }));
    expect(result).toEqual({
      ok: false,
      retryable: false,
      code: 21211,
      message: "The 'To' number 4155550123 is not a valid phone number.",
      optedOut: false,
    });
  });

  it('when the number is not mobile (21614) or the region is not permitted (21408), the error is permanent', async () => {
    fake.script([{ status: 400, code: 21614 }, { status: 400, code: 21408 }]);
    const s = sender();
    expect(await s.send(sms())).toMatchObject({ ok: false, retryable: false, code: 21614, optedOut: false });
    expect(await s.send(sms())).toMatchObject({ ok: false, retryable: false, code: 21408, optedOut: false });
  });

  it('when Twilio never answers, the send times out as retryable', async () => {
    fake.script(['hang']);
    const started = performance.now();
    const result = await sender({ timeoutMs: 300 }).send(sms());
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: false, retryable: true, code: null, optedOut: false });
    expect(result.ok === false && result.message).toMatch(/network error: ECONNABORTED/);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('when nothing listens at the API address, the send is retryable', async () => {
    const closed = await startFakeTwilio();
    const url = closed.url;
    await closed.close();
    const result = await sender({ apiBaseUrl: url }).send(sms());
    expect(result).toMatchObject({ ok: false, retryable: true, code: null, optedOut: false });
    expect(result.ok === false && result.message).toMatch(/ECONNREFUSED/);
  });

  it('when the auth token is wrong, the error is permanent with Twilio code 20003', async () => {
    const result = await sender({ authToken: 'not-the-token' }).send(sms());
    expect(result).toEqual({ ok: false, retryable: false, code: 20003, message: 'Authenticate', optedOut: false });
    expect(fake.requests[0]).toMatchObject({ answer: 401 });
    expect(fake.messages).toHaveLength(0);
  });

  it('when the body is empty, Twilio says 21602 and the error is permanent', async () => {
    expect(await sender().send(sms({ body: '' }))).toMatchObject({ ok: false, retryable: false, code: 21602 });
  });

  it('when neither From nor a messaging service is configured, it refuses to build a sender', () => {
    expect(() => sender({ from: undefined })).toThrow(/from or messagingServiceSid is required/);
  });

  it('when the from number is not E.164, it names the field', () => {
    expect(() => sender({ from: '4155550100' })).toThrow(/from must be an E\.164 number/);
  });
});

describe('fake-twilio.deliver', () => {
  let server: Server;
  let callbackUrl: string;
  const received: Array<{ body: Record<string, string>; valid: boolean }> = [];

  beforeAll(async () => {
    const app = express();
    app.post('/sms/status', express.urlencoded({ extended: false }), (req, res) => {
      const valid = twilio.validateRequest(fake.authToken, req.get('x-twilio-signature') ?? '', callbackUrl, req.body);
      received.push({ body: req.body, valid });
      res.status(valid ? 204 : 403).end();
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/status`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('when a message is delivered, the callback is signed like Twilio and carries the status fields', async () => {
    const result = await sender().send(sms({ statusCallbackUrl: callbackUrl }));
    const sid = result.ok ? result.providerSid : '';
    expect(await fake.deliver(sid, 'delivered')).toBe(204);
    expect(received.at(-1)).toEqual({
      valid: true,
      body: expect.objectContaining({ MessageSid: sid, MessageStatus: 'delivered', AccountSid: fake.accountSid, To: '+14155550123', From: FROM }),
    });
    expect(received.at(-1)!.body).not.toHaveProperty('ErrorCode');
  });

  it('when a message is undelivered, the callback carries the error code', async () => {
    const result = await sender().send(sms({ statusCallbackUrl: callbackUrl }));
    const sid = result.ok ? result.providerSid : '';
    expect(await fake.deliver(sid, 'undelivered', 30003)).toBe(204);
    expect(received.at(-1)!.body).toMatchObject({ MessageStatus: 'undelivered', ErrorCode: '30003' });
  });
});

describe('fake-twilio.fakeSegmentCount', () => {
  it('when text is plain GSM-7, 160 characters fit one segment and 161 need two', () => {
    expect(fakeSegmentCount('a'.repeat(160))).toBe(1);
    expect(fakeSegmentCount('a'.repeat(161))).toBe(2);
  });

  it('when one curly quote is present, the whole message is UCS-2: 71 characters need two segments', () => {
    expect(fakeSegmentCount('\u2019' + 'a'.repeat(70))).toBe(2);
  });
});

describe('fake-twilio answer delay (bench:morning --carrier-latency)', () => {
  it('when the carrier takes 150 ms to answer, a send waits for it, and eight sent at once overlap instead of queuing', async () => {
    const slow = await startFakeTwilio({ answerDelayMs: () => 150 });
    try {
      const s = createTwilioSender({ accountSid: slow.accountSid, authToken: slow.authToken, from: FROM, apiBaseUrl: slow.url, timeoutMs: 2_000 });
      let t0 = performance.now();
      expect(await s.send(sms())).toMatchObject({ ok: true });
      expect(performance.now() - t0).toBeGreaterThanOrEqual(145);
      slow.resetLoad();
      t0 = performance.now();
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => s.send(sms({ to: `+1415555020${i}` }))));
      const spanMs = performance.now() - t0;
      expect(results.every((r) => r.ok)).toBe(true);
      expect(slow.messages).toHaveLength(9);
      // Eight answers of 150 ms in parallel: well under eight in a row (1,200 ms), and all eight waiting at once.
      expect(spanMs).toBeLessThan(900);
      expect(slow.load().peakInFlight).toBe(8);
      expect(slow.load().inFlightMs).toBeGreaterThanOrEqual(8 * 145);
    } finally {
      await slow.close();
    }
  });

  it('when the delay is jittered from a seed, the same seed gives the same delays, within mean x (1 ± spread)', () => {
    const a = jitteredLatency(150, 7);
    const b = jitteredLatency(150, 7);
    const xs = Array.from({ length: 200 }, () => a());
    expect(Array.from({ length: 200 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(75);
    expect(Math.max(...xs)).toBeLessThanOrEqual(225);
    expect(new Set(xs.map((x) => Math.round(x))).size).toBeGreaterThan(50);
  });
});

describe('local-sender.createLocalSender', () => {
  it('when sending locally, each message gets a unique local id and is handed to onSend', async () => {
    const seen: string[] = [];
    const s = createLocalSender({ onSend: (m) => seen.push(`${m.to}: ${m.body}`) });
    const a = await s.send(sms());
    const b = await s.send(sms());
    expect(s.channel).toBe('local');
    expect(a).toMatchObject({ ok: true, status: 'local', providerSid: expect.stringMatching(/^local-[0-9a-f-]{36}$/) });
    expect(a.ok && b.ok && a.providerSid !== b.providerSid).toBe(true);
    expect(seen).toEqual(['+14155550123: Today: squat 3x5 @ 100 kg, RIR 2.', '+14155550123: Today: squat 3x5 @ 100 kg, RIR 2.']);
  });
});
