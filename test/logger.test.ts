import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import supertest from 'supertest';
import { configSecrets, parseConfig } from '../src/config.js';
import { createLogger, maskPhone, redactText } from '../src/logger.js';
import { createApp } from '../src/web/app.js';
import { useTestDatabase } from './support/db.js';
import { buildTestApp, inboundParams, postSigned, TEST_AUTH_TOKEN } from './support/deps.js';
import { uniquePhone } from './support/clients.js';

/** A logger whose lines land in an array, as a log collector would see them. */
function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const log = createLogger('trace', { secrets, destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, text: () => lines.join('') };
}

describe('logger.maskPhone', () => {
  it('keeps the country code, area and last four: +14155550123 -> +1415***0123', () => {
    expect(maskPhone('+14155550123')).toBe('+1415***0123');
    expect(maskPhone('+447911123456')).toBe('+4479***3456');
    expect(maskPhone('12')).toBe('***');
  });

  it('masks every E.164 number inside a text and the password of a connection URL', () => {
    expect(redactText('Key (phone)=(+14155550123) already exists')).toBe('Key (phone)=(+1415***0123) already exists');
    expect(redactText('postgres://cadence:s3cret-pw@db:5432/x')).toBe('postgres://cadence:***@db:5432/x');
  });
});

describe('logger.createLogger', () => {
  it('never writes a phone number or a secret: not in fields, messages, nested objects or errors', () => {
    const config = parseConfig({
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_BASE_URL: 'https://c.example.com',
      OPENAI_API_KEY: 'sk-test-0123456789abcdef',
      ADMIN_TOKEN: 'admin-token-0123456789',
      DATABASE_URL: 'postgres://cadence:db-password-42@db:5432/cadence',
    });
    if (!config.success) throw new Error(config.error);
    const c = capture(configSecrets(config.data));
    c.log.info({ config: config.data }, 'configuration');
    c.log.info({ from: '+14155550123', nested: { to: ['+14155550199'] } }, 'text from +14155550123');
    c.log.error({ err: new Error(`duplicate key (phone)=(+14155550123); token ${TEST_AUTH_TOKEN}`) }, 'failed');
    c.log.warn({ url: 'https://x.test/?auth=admin-token-0123456789' }, 'odd url');
    const out = c.text();
    for (const secret of [TEST_AUTH_TOKEN, 'sk-test-0123456789abcdef', 'admin-token-0123456789', 'db-password-42', '4155550123', '4155550199']) {
      expect(out, secret).not.toContain(secret);
    }
    expect(out).toContain('+1415***0123');
    expect(out).toContain('"type":"Error"');
    expect(c.lines).toHaveLength(4);
  });
});

describe('logger in the webhook path', () => {
  const handle = useTestDatabase();

  it('a handled text, a forged one and a failing one log no phone number and no token', async () => {
    const t = buildTestApp(handle);
    const c = capture(configSecrets(t.deps.config));
    t.deps.log = c.log;
    const app = createApp(t.deps);
    const phone = uniquePhone();
    await postSigned(app, '/sms/inbound', inboundParams(phone, 'hi'));
    await postSigned(app, '/sms/inbound', inboundParams(phone, 'hi'), { token: 'a-forged-token-000000000' });
    await sql`alter table conversation_states rename to conversation_states_away`.execute(handle.db);
    try {
      const res = await postSigned(app, '/sms/inbound', inboundParams(phone, 'Sam'));
      expect(res.status).toBe(200);
    } finally {
      await sql`alter table conversation_states_away rename to conversation_states`.execute(handle.db);
    }
    await supertest(app).get('/nope?phone=' + encodeURIComponent(phone));
    const out = c.text();
    expect(out).toMatch(/rejected webhook with a bad signature/);
    expect(out).toMatch(/inbound handling failed/);
    expect(out).not.toContain(phone.slice(1));
    expect(out).not.toContain(TEST_AUTH_TOKEN);
  });
});
