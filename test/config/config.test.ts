import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.js';

const SID = 'AC' + '0123456789abcdef'.repeat(2);
const TOKEN = 'f'.repeat(32);

describe('config.parseConfig', () => {
  it('when nothing is set, runs embedded: PGlite in ./data, local channel, no model', () => {
    const r = parseConfig({});
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(r.data.twilio.mode).toBe('local');
    expect(r.data.openai.apiKey).toBeNull();
    expect(r.data.runSchedulerInWeb).toBe(true);
  });

  it('when Twilio is fully set, sends through Twilio', () => {
    const r = parseConfig({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM_NUMBER: '+14155550100', PUBLIC_BASE_URL: 'https://c.example.com/' });
    expect(r.success && r.data.twilio.mode).toBe('twilio');
    expect(r.success && r.data.publicBaseUrl).toBe('https://c.example.com');
  });

  it('when only the auth token is set, verifies webhooks and keeps other messages local', () => {
    const r = parseConfig({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: 'https://c.example.com' });
    expect(r.success && r.data.twilio.mode).toBe('twilio-webhook-only');
  });

  it('when Twilio is half set, fails naming the missing variables instead of falling back', () => {
    const r = parseConfig({ TWILIO_ACCOUNT_SID: SID });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toMatch(/TWILIO_AUTH_TOKEN/);
    expect(r.error).toMatch(/TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID/);
  });

  it('reports every bad variable at once, by name', () => {
    const r = parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEFAULT_TIMEZONE: 'Mars/Olympus', SEND_RATE_PER_SECOND: '-1', LOG_LEVEL: 'loud' });
    expect(r.success).toBe(false);
    if (r.success) return;
    for (const name of ['PORT', 'DATABASE_URL', 'DEFAULT_TIMEZONE', 'SEND_RATE_PER_SECOND', 'LOG_LEVEL']) expect(r.error).toContain(name);
  });

  it('with DATABASE_URL, uses Postgres and leaves the scheduler to the worker', () => {
    const r = parseConfig({ DATABASE_URL: 'postgres://u@db:5432/cadence' });
    expect(r.success && r.data.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/cadence' });
    expect(r.success && r.data.runSchedulerInWeb).toBe(false);
  });

  it('PUBLIC_BASE_URL is a bare origin with an optional path: a query, fragment or credentials are refused by name', () => {
    const withBase = (url: string) => parseConfig({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: url });
    for (const bad of ['https://c.example.com/?x=1', 'https://c.example.com/hook?', 'https://c.example.com/#top', 'https://u:p@c.example.com']) {
      const r = withBase(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error).toMatch(/PUBLIC_BASE_URL: must not contain/);
    }
    const ok = withBase('https://c.example.com/cadence/');
    expect(ok.success && ok.data.publicBaseUrl).toBe('https://c.example.com/cadence');
  });

  it('DATA_DIR that is a file, or runs through one, is a configuration error; a missing folder is fine', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cadence-config-'));
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const asFile = parseConfig({ DATA_DIR: file });
    expect(asFile.success).toBe(false);
    if (!asFile.success) expect(asFile.error).toMatch(/DATA_DIR: .*is a file, not a folder/);
    const through = parseConfig({ DATA_DIR: path.join(file, 'data') });
    expect(through.success).toBe(false);
    if (!through.success) expect(through.error).toMatch(/DATA_DIR: .*cannot be created: .* is a file/);
    expect(parseConfig({ DATA_DIR: path.join(dir, 'new', 'data') }).success).toBe(true);
    // With DATABASE_URL the folder is not used, so it is not checked.
    expect(parseConfig({ DATA_DIR: file, DATABASE_URL: 'postgres://u@db/x' }).success).toBe(true);
  });
});
