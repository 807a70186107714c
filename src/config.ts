import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DateTime } from 'luxon';

/**
 * The environment, parsed once at start-up. Every bad or missing variable is reported together, by name,
 * so an operator fixes the deployment in one pass instead of one crash at a time.
 */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

const ianaZone = z.string().refine((zone) => DateTime.local().setZone(zone).isValid, {
  message: 'must be an IANA time zone such as America/New_York',
});

/**
 * Twilio signs the URL it posts to; the webhook rebuilds it as PUBLIC_BASE_URL + the request path. A query
 * string, a fragment or credentials in the base would be part of neither, so every webhook would fail its
 * signature (403) and no text would ever be answered: refuse it at start-up instead.
 */
function publicBaseUrlProblem(value: string): string | null {
  const url = new URL(value);
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || value.includes('?')) return 'must not contain a query string (?…): Twilio signs the URL it posts to, path only';
  if (url.hash || value.includes('#')) return 'must not contain a fragment (#…)';
  return null;
}

/** PGlite needs a folder it can create files in: a path that is (or runs through) a file can never be one. */
function dataDirProblem(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    let stat;
    try {
      stat = statSync(current);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return null;
      current = parent;
      continue;
    }
    if (stat.isDirectory()) return null;
    return current === path.resolve(dir)
      ? `${dir} is a file, not a folder: point DATA_DIR at a folder (it is created if missing)`
      : `${dir} cannot be created: ${current} is a file`;
  }
}

export const envSchema = z
  .object({
    NODE_ENV: z.preprocess(blankToUndefined, z.enum(['development', 'production', 'test']).default('development')),
    PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
    DATABASE_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
    PUBLIC_BASE_URL: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://coach.example.com' })
        .superRefine((value, ctx) => {
          const problem = publicBaseUrlProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
    ),
    TWILIO_ACCOUNT_SID: z.preprocess(
      blankToUndefined,
      z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex characters').optional(),
    ),
    TWILIO_AUTH_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'looks too short for a Twilio auth token').optional()),
    TWILIO_FROM_NUMBER: z.preprocess(
      blankToUndefined,
      z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +14155550123').optional(),
    ),
    TWILIO_MESSAGING_SERVICE_SID: z.preprocess(
      blankToUndefined,
      z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'must look like MG followed by 32 hex characters').optional(),
    ),
    /** Lets tests and local fakes stand in for api.twilio.com. */
    TWILIO_API_BASE_URL: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_MODEL: z.preprocess(blankToUndefined, z.string().default('gpt-4o-mini')),
    OPENAI_BASE_URL: optionalString,
    OPENAI_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(500).max(12_000).default(6_000)),
    /** After this long a webhook answers empty TwiML and the reply follows through the sender (Twilio waits 15 s). */
    WEBHOOK_REPLY_DEADLINE_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(500).max(14_000).default(10_000)),
    ADMIN_TOKEN: z.preprocess(blankToUndefined, z.string().min(12, 'must be at least 12 characters').optional()),
    DEFAULT_TIMEZONE: z.preprocess(blankToUndefined, ianaZone.default('America/New_York')),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    SEND_RATE_PER_SECOND: z.preprocess(blankToUndefined, z.coerce.number().positive().max(1000).default(1)),
    /** How long after the chosen morning time a late worker may still send (see scheduler/catch-up). */
    MORNING_CATCH_UP_HOURS: z.preprocess(blankToUndefined, z.coerce.number().min(0).max(12).default(3)),
    /** Embedded mode runs the morning cron inside the web process; set false when a separate worker runs. */
    RUN_SCHEDULER_IN_WEB: z.preprocess(blankToUndefined, z.enum(['true', 'false']).optional()),
    /** `npm run bench:inbound` sets it: count queries and answer the benchmark's requests for them (IPC). */
    BENCH_STATS: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false')),
  })
  .superRefine((env, ctx) => {
    // A half-configured Twilio account is a deployment mistake: falling back silently to the local
    // channel would mean clients never get their texts and nobody notices.
    if (env.TWILIO_ACCOUNT_SID && !env.TWILIO_AUTH_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_AUTH_TOKEN'], message: 'is required when TWILIO_ACCOUNT_SID is set' });
    }
    if (env.TWILIO_ACCOUNT_SID && !env.TWILIO_FROM_NUMBER && !env.TWILIO_MESSAGING_SERVICE_SID) {
      ctx.addIssue({
        code: 'custom',
        path: ['TWILIO_FROM_NUMBER'],
        message: 'TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required when TWILIO_ACCOUNT_SID is set',
      });
    }
    if (!env.TWILIO_ACCOUNT_SID && (env.TWILIO_FROM_NUMBER || env.TWILIO_MESSAGING_SERVICE_SID)) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_ACCOUNT_SID'], message: 'is required when a Twilio sender is set' });
    }
    if (!env.DATABASE_URL) {
      const problem = dataDirProblem(env.DATA_DIR);
      if (problem) ctx.addIssue({ code: 'custom', path: ['DATA_DIR'], message: problem });
    }
    if (env.TWILIO_AUTH_TOKEN && !env.PUBLIC_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_BASE_URL'],
        message: 'is required with TWILIO_AUTH_TOKEN: webhook signatures are computed over the public URL',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export type SmsMode =
  /** Replies and morning texts go out through Twilio's REST API. */
  | 'twilio'
  /** Webhooks are verified and answered with TwiML; other outbound messages stay in the local outbox. */
  | 'twilio-webhook-only'
  /** No Twilio at all: the web chat and terminal chat are the channel. */
  | 'local';

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  publicBaseUrl: string | null;
  twilio: {
    mode: SmsMode;
    accountSid: string | null;
    authToken: string | null;
    fromNumber: string | null;
    messagingServiceSid: string | null;
    apiBaseUrl: string | null;
  };
  openai: { apiKey: string | null; model: string; baseUrl: string | null; timeoutMs: number };
  adminToken: string | null;
  webhookReplyDeadlineMs: number;
  defaultTimezone: string;
  logLevel: Env['LOG_LEVEL'];
  sendRatePerSecond: number;
  morningCatchUpHours: number;
  runSchedulerInWeb: boolean;
  /** Count queries and report them (and memory) to a benchmark parent over IPC; off in production. */
  benchStats: boolean;
}

export type ConfigResult = { success: true; data: Config } | { success: false; error: string };

/** Parses an environment (process.env by default) into the app's config, or one message naming every problem. */
export function parseConfig(source: Record<string, string | undefined> = process.env): ConfigResult {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      return `  ${name}: ${issue.message}`;
    });
    return { success: false, error: `Invalid configuration:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  const mode: SmsMode = e.TWILIO_ACCOUNT_SID ? 'twilio' : e.TWILIO_AUTH_TOKEN ? 'twilio-webhook-only' : 'local';
  return {
    success: true,
    data: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.DATA_DIR },
      publicBaseUrl: e.PUBLIC_BASE_URL ? e.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
      twilio: {
        mode,
        accountSid: e.TWILIO_ACCOUNT_SID ?? null,
        authToken: e.TWILIO_AUTH_TOKEN ?? null,
        fromNumber: e.TWILIO_FROM_NUMBER ?? null,
        messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID ?? null,
        apiBaseUrl: e.TWILIO_API_BASE_URL ?? null,
      },
      openai: {
        apiKey: e.OPENAI_API_KEY ?? null,
        model: e.OPENAI_MODEL,
        baseUrl: e.OPENAI_BASE_URL ?? null,
        timeoutMs: e.OPENAI_TIMEOUT_MS,
      },
      adminToken: e.ADMIN_TOKEN ?? null,
      webhookReplyDeadlineMs: e.WEBHOOK_REPLY_DEADLINE_MS,
      defaultTimezone: e.DEFAULT_TIMEZONE,
      logLevel: e.LOG_LEVEL,
      sendRatePerSecond: e.SEND_RATE_PER_SECOND,
      morningCatchUpHours: e.MORNING_CATCH_UP_HOURS,
      runSchedulerInWeb: e.RUN_SCHEDULER_IN_WEB ? e.RUN_SCHEDULER_IN_WEB === 'true' : !e.DATABASE_URL,
      benchStats: e.BENCH_STATS === 'true',
    },
  };
}

/** The values no log line may contain (createLogger replaces them): tokens, keys, the database password. */
export function configSecrets(config: Config): string[] {
  const secrets = [config.twilio.authToken, config.openai.apiKey, config.adminToken];
  if (config.database.kind === 'postgres') {
    try {
      secrets.push(decodeURIComponent(new URL(config.database.url).password) || null);
    } catch {
      // Not a parseable URL: pg would fail to connect anyway, and the URL_PASSWORD rule still masks it.
    }
  }
  return secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** For entry points: the config, or a clear message on stderr and exit code 1. */
export function loadConfigOrExit(source: Record<string, string | undefined> = process.env): Config {
  // A local .env is a convenience for development; real deployments set the environment itself.
  if (source === process.env && existsSync('.env')) process.loadEnvFile('.env');
  const result = parseConfig(source);
  if (!result.success) {
    process.stderr.write(`${result.error}\nSee README.md (Configuration) for every variable.\n`);
    process.exit(1);
  }
  return result.data;
}
