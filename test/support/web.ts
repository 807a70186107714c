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

/**
 * A client's answers to whatever onboarding asks, found by the question's words, so a test does not depend
 * on the order of the questions (onboarding asks only what a text has not already answered).
 */
export interface Persona {
  answers: ReadonlyArray<readonly [RegExp, string]>;
  /** Sent at the summary before YES (a change the client makes there, e.g. the morning time). */
  atSummary?: readonly string[];
}

export const LIFTER_ANSWERS: Persona = {
  answers: [
    [/name/i, 'Sam'],
    [/main goal/i, 'get stronger'],
    [/how long have you been/i, '3 years'],
    [/which days/i, 'mon wed fri'],
    [/how long can each session/i, 'about 60 min'],
    [/where do you train/i, 'full gym'],
    [/injur|which area/i, 'none'],
    [/recent hard set|maxes/i, 'skip'],
    [/time zone/i, 'New York'],
    [/what time should/i, '6:30am'],
  ],
  atSummary: ['6:30am'],
};

export const RUNNER_ANSWERS: Persona = {
  answers: [
    [/name/i, 'Ida'],
    [/main goal/i, 'train for a race'],
    [/which race|when is your|what distance/i, 'half marathon on may 2'],
    [/goal time/i, 'none'],
    [/recent race/i, '24:00 5k'],
    [/a week are you running/i, '20 mpw'],
    [/how long have you been/i, '2 years'],
    [/which days/i, 'mon wed fri sun'],
    [/how long can each session/i, '45 min'],
    [/where do you train/i, 'bodyweight'],
    [/injur|which area/i, 'none'],
    [/time zone/i, 'New York'],
    [/what time should/i, '6am'],
  ],
  atSummary: ['6am'],
};

/** Onboards a client through the chat API until their plan starts; fails with the conversation if it stalls. */
export async function onboard(app: Express, phone: string, persona: Persona): Promise<void> {
  const transcript: string[] = [];
  const say = async (text: string) => {
    const reply = await chatSay(app, phone, text);
    transcript.push(`> ${text}`, reply);
    return reply;
  };
  let reply = await say('hi');
  let summaryChanges = [...(persona.atSummary ?? [])];
  for (let turn = 0; turn < 25; turn++) {
    if (/reply yes/i.test(reply)) {
      const change = summaryChanges.shift();
      reply = await say(change ?? 'yes');
      if (change === undefined) return;
      continue;
    }
    // The question is the reply's last sentence asking something; earlier lines may restate answers.
    const answer = persona.answers.find(([q]) => q.test(reply.split('\n').at(-1) ?? reply) ) ?? persona.answers.find(([q]) => q.test(reply));
    if (!answer) throw new Error(`onboarding asked something the persona cannot answer:\n${transcript.join('\n')}`);
    reply = await say(answer[1]);
  }
  summaryChanges = [];
  throw new Error(`onboarding did not finish:\n${transcript.join('\n')}`);
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
