import supertest from 'supertest';
import type { Express } from 'express';
import { expect } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { buildTestApp, type TestApp } from './deps.js';

export const ADMIN_TOKEN = 'coach-token-0123456789';

/** The app as `npm start` runs it on a fresh machine (local chat channel) with ADMIN_TOKEN set. */
export function buildWebApp(handle: DatabaseHandle, opts: { now?: Date; env?: Record<string, string> } = {}): TestApp {
  return buildTestApp(handle, {
    now: opts.now ?? new Date('2026-11-23T14:00:00Z'),
    env: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '', ADMIN_TOKEN, ...opts.env },
  });
}

let seq = 0;
/** Texts the coach through the local chat API, as the chat page does; returns the reply. */
export async function chatSay(app: Express, phone: string, text: string): Promise<string> {
  seq += 1;
  const res = await supertest(app).post('/api/chat/messages').send({ phone, text, id: `web-test-${process.pid}-${seq}` });
  expect(res.status, res.text).toBe(200);
  return String(res.body.reply ?? '');
}

export const LIFTER_ANSWERS = ['hi', 'Sam', 'get stronger', '3 years', 'mon wed fri', 'about 60 min', 'full gym', 'none', 'yes', '6:30am', 'yes'];
export const RUNNER_ANSWERS = ['hi', 'Ida', 'train for a race', '2 years', 'mon wed fri sun', '45 min', 'bodyweight', 'no', 'yes', '6am', 'half marathon on may 2', 'none', '24:00 5k', '20 mpw', 'yes'];

export async function onboard(app: Express, phone: string, answers: readonly string[]): Promise<void> {
  for (const a of answers) await chatSay(app, phone, a);
}

/** The plan-page link from a "plan" text reply. */
export function linkIn(reply: string): { url: string; path: string; token: string } {
  const m = /(https?:\/\/\S+?)(\/p\/([A-Za-z0-9_-]{32}))(?=\s|$)/.exec(reply);
  if (!m) throw new Error(`no plan link in: ${reply}`);
  return { url: m[1]! + m[2]!, path: m[2]!, token: m[3]! };
}

/** Signs in through the login form; returns an agent holding the cookie and the page's CSRF token. */
export async function adminLogin(app: Express): Promise<{ agent: ReturnType<typeof supertest.agent>; csrf: string }> {
  const agent = supertest.agent(app);
  const res = await agent.post('/admin/login').type('form').send({ token: ADMIN_TOKEN });
  expect(res.status, res.text).toBe(303);
  const page = await agent.get('/admin');
  expect(page.status).toBe(200);
  return { agent, csrf: csrfIn(page.text) };
}

export function csrfIn(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1]!;
}

/** The chart data block a plan page carries. */
export function chartDataIn(html: string): Array<{ id: string; weeks: number[]; volume: Array<{ label: string; values: Array<number | null> }>; intensity: { values: Array<number | null> }; bands: Array<{ from: number; to: number; kind: string }>; marks: Record<string, string>; currentWeek: number | null }> {
  const m = /<script type="application\/json" id="plan-charts">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no chart data on the page');
  return JSON.parse(m[1]!);
}
