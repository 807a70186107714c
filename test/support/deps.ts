import { createHash } from 'node:crypto';
import twilio from 'twilio';
import supertest from 'supertest';
import type { Express } from 'express';
import { parseConfig, type Config } from '../../src/config.js';
import type { AppDeps } from '../../src/app-deps.js';
import type { OutboundSms, SendResult, Sender } from '../../src/channels/sender.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import type { DatabaseHandle } from '../../src/db/connection.js';

export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
export const TEST_BASE_URL = 'https://coach.example.test';
export const COACH_NUMBER = '+14155550100';

/** A config as an operator would set it, parsed by the real parser (so tests cannot drift from it). */
export function testConfig(env: Record<string, string> = {}): Config {
  const parsed = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    PUBLIC_BASE_URL: TEST_BASE_URL,
    DEFAULT_TIMEZONE: 'America/New_York',
    ...env,
  });
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
}

/** Records what would have gone out; answers like a provider that accepted everything unless scripted. */
export class RecordingSender implements Sender {
  readonly channel = 'twilio' as const;
  readonly sent: OutboundSms[] = [];
  private script: SendResult[] = [];

  failNext(...results: SendResult[]): void {
    this.script.push(...results);
  }

  async send(message: OutboundSms): Promise<SendResult> {
    const scripted = this.script.shift();
    if (scripted) return scripted;
    this.sent.push(message);
    // Unique across senders: tests in a file share one database and each builds its own sender, and Twilio's
    // ids never repeat (a per-sender count of texts to a number did, so a second test's text hit the
    // unique provider_sid of an earlier test's: the lost morning text behind the revert of d35474b).
    return { ok: true, providerSid: messageSid(), status: 'queued' };
  }
}

export interface TestApp {
  deps: AppDeps;
  app: Express;
  sender: RecordingSender;
  clock: { now: Date };
}

export function buildTestApp(handle: DatabaseHandle, opts: { env?: Record<string, string>; now?: Date } = {}): TestApp {
  const clock = { now: opts.now ?? new Date('2026-11-23T14:00:00Z') };
  const sender = new RecordingSender();
  const deps: AppDeps = {
    db: handle.db,
    config: testConfig(opts.env),
    sender,
    log: createLogger('silent'),
    now: () => clock.now,
    model: null,
  };
  return { deps, app: createApp(deps), sender, clock };
}

let sidCounter = 0;
/** A Twilio-shaped message id: SM + 32 hex. */
export function messageSid(): string {
  sidCounter += 1;
  return `SM${createHash('md5').update(`msg-${process.pid}-${sidCounter}-${Math.random()}`).digest('hex')}`;
}

/**
 * Posts to a Twilio webhook exactly as Twilio does: form-encoded, signed with HMAC-SHA1 over the public URL
 * and the sorted parameters (twilio.getExpectedTwilioSignature is Twilio's own implementation).
 */
export function postSigned(app: Express, path: string, params: Record<string, string>, opts: { token?: string; signature?: string | null } = {}) {
  const signature = opts.signature === undefined ? twilio.getExpectedTwilioSignature(opts.token ?? TEST_AUTH_TOKEN, TEST_BASE_URL + path, params) : opts.signature;
  const req = supertest(app).post(path).type('form').send(params);
  return signature === null ? req : req.set('X-Twilio-Signature', signature);
}

/** The form fields Twilio posts for an inbound SMS. */
export function inboundParams(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  const sid = extra.MessageSid ?? messageSid();
  return {
    ToCountry: 'US',
    ToState: 'CA',
    SmsMessageSid: sid,
    NumMedia: '0',
    ToCity: 'SAN FRANCISCO',
    FromZip: '94105',
    SmsSid: sid,
    FromState: 'CA',
    SmsStatus: 'received',
    FromCity: 'SAN FRANCISCO',
    Body: body,
    FromCountry: 'US',
    To: COACH_NUMBER,
    ToZip: '94105',
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: 'AC' + 'a'.repeat(32),
    From: from,
    ApiVersion: '2010-04-01',
    ...extra,
  };
}

/** The text of each <Message> in a TwiML response. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}
