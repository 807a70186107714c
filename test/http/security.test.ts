import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import supertest from 'supertest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, TEST_AUTH_TOKEN, TEST_BASE_URL } from '../support/deps.js';
import { uniquePhone } from '../support/clients.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security.js';

/**
 * Who may call what (README, Security): the local chat exists only in local mode; /sms/* needs Twilio's
 * signature; /health and static files (/static/*) are public. Every response carries the security headers.
 */
const handle = useTestDatabase();

const SID = 'AC' + '0123456789abcdef'.repeat(2);
const MODES = {
  local: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '' },
  'twilio-webhook-only': {},
  twilio: { TWILIO_ACCOUNT_SID: SID, TWILIO_FROM_NUMBER: '+14155550100' },
} as const;

const CHAT_ROUTES: Array<{ method: 'get' | 'post'; path: string; body?: object }> = [
  { method: 'get', path: '/chat' },
  { method: 'get', path: '/api/chat/messages?phone=%2B14155550123' },
  { method: 'get', path: '/api/chat/conversation?phone=%2B14155550123' },
  { method: 'post', path: '/api/chat/messages', body: { phone: '+14155550123', text: 'STOP' } },
];

function call(app: Parameters<typeof supertest>[0], r: (typeof CHAT_ROUTES)[number]) {
  const req = supertest(app)[r.method](r.path);
  return r.body ? req.send(r.body) : req;
}

describe('web.app route gating', () => {
  for (const mode of ['twilio-webhook-only', 'twilio'] as const) {
    it(`in ${mode} mode the local chat is not mounted: every chat route is a JSON 404 and nothing is stored`, async () => {
      const t = buildTestApp(handle, { env: MODES[mode] });
      expect(t.deps.config.twilio.mode).toBe(mode);
      for (const r of CHAT_ROUTES) {
        const res = await call(t.app, r);
        expect(res.status, `${r.method.toUpperCase()} ${r.path}`).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      }
      const stored = await handle.db.selectFrom('inbound_messages').select('id').where('from_phone', '=', '+14155550123').execute();
      expect(stored).toHaveLength(0);
      const home = await supertest(t.app).get('/');
      expect(home.status).toBe(302);
      expect(home.headers.location).toBe('/health');
    });
  }

  it('in local mode the chat is mounted: page, script, styles and API answer', async () => {
    const t = buildTestApp(handle, { env: MODES.local });
    expect(t.deps.config.twilio.mode).toBe('local');
    const phone = uniquePhone();
    expect((await supertest(t.app).get('/chat')).status).toBe(200);
    const js = await supertest(t.app).get('/static/chat.js');
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript');
    expect((await supertest(t.app).get('/static/chat.css')).type).toBe('text/css');
    const sent = await supertest(t.app).post('/api/chat/messages').send({ phone, text: 'hi' });
    expect(sent.status).toBe(200);
    expect(sent.body.reply).toMatch(/name/i);
    const polled = await supertest(t.app).get('/api/chat/messages').query({ phone });
    expect(polled.body.messages).toHaveLength(1);
    expect((await supertest(t.app).get('/')).headers.location).toBe('/chat');
  });

  for (const mode of ['twilio-webhook-only', 'twilio'] as const) {
    it(`in ${mode} mode /sms/inbound refuses an unsigned or forged request with 403 and stores nothing`, async () => {
      const t = buildTestApp(handle, { env: MODES[mode] });
      const phone = uniquePhone();
      const unsigned = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'STOP'), { signature: null });
      const forged = await postSigned(t.app, '/sms/inbound', inboundParams(phone, 'STOP'), { token: 'someone-elses-token-0000' });
      const status = await postSigned(t.app, '/sms/status', { MessageSid: 'SM' + 'a'.repeat(32), MessageStatus: 'delivered' }, { signature: null });
      expect([unsigned.status, forged.status, status.status]).toEqual([403, 403, 403]);
      expect(await handle.db.selectFrom('inbound_messages').select('id').where('from_phone', '=', phone).execute()).toHaveLength(0);
    });
  }

  it('in local mode (no auth token) /sms/* is closed with 503, never open', async () => {
    const t = buildTestApp(handle, { env: MODES.local });
    const res = await postSigned(t.app, '/sms/inbound', inboundParams(uniquePhone(), 'hi'));
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('twilio_not_configured');
  });
});

describe('web.security headers', () => {
  const expectedCsp = Object.entries(CONTENT_SECURITY_POLICY)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join(';');

  it('every response carries the CSP and the other helmet headers: pages, JSON, TwiML, errors', async () => {
    const local = buildTestApp(handle, { env: MODES.local });
    const twilio = buildTestApp(handle);
    const responses = [
      await supertest(local.app).get('/chat'),
      await supertest(local.app).get('/health'),
      await supertest(local.app).get('/nope'),
      await postSigned(twilio.app, '/sms/inbound', inboundParams(uniquePhone(), 'hi')),
      await postSigned(twilio.app, '/sms/inbound', inboundParams(uniquePhone(), 'hi'), { signature: null }),
    ];
    for (const res of responses) {
      expect(res.headers['content-security-policy']).toBe(expectedCsp);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    expect(expectedCsp).toContain("script-src 'self'");
    expect(expectedCsp).not.toContain('unsafe-inline');
  });

  it('the chat page works under that CSP: no inline script, style or event handler; its script and styles are served', async () => {
    const t = buildTestApp(handle, { env: MODES.local });
    const html = (await supertest(t.app).get('/chat')).text;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/[^"]+"/); // same origin
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    for (const [, src] of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) {
      const res = await supertest(t.app).get(src!);
      expect(res.status, src).toBe(200);
    }
    // The script talks only to this origin's API.
    const js = (await supertest(t.app).get('/static/chat.js')).text;
    expect(js).toContain("fetch('/api/chat/messages'");
    expect(js).toContain("fetch('/api/chat/conversation");
    expect(js).not.toMatch(/https?:\/\//);
  });
});

describe('web.app request targets', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const t = buildTestApp(handle);
    server = await new Promise<Server>((resolve) => {
      const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Raw HTTP: clients like supertest cannot send an absolute-form target. */
  function raw(request: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.on('data', (c) => (data += c));
      socket.on('error', reject);
      socket.on('end', () => {
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1]);
        resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
      });
    });
  }

  it('an absolute-form target gets a 400 naming the problem, and a signed one is not handled', async () => {
    const params = new URLSearchParams(inboundParams(uniquePhone(), 'hi')).toString();
    const res = await raw(
      `POST http://evil.example/sms/inbound HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `X-Twilio-Signature: x\r\nContent-Length: ${Buffer.byteLength(params)}\r\nConnection: close\r\n\r\n${params}`,
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('bad_request_target');
    const health = await raw(`GET ${TEST_BASE_URL}/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(health.status).toBe(400);
    const asterisk = await raw('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(asterisk.status).toBe(400);
    const normal = await raw('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(normal.status).toBe(200);
    expect(TEST_AUTH_TOKEN).toBeTruthy();
  });
});
