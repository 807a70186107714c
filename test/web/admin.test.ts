import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { adminLogin, ADMIN_TOKEN, buildWebApp, chatSay, LIFTER_ANSWERS, linkIn, onboard, RUNNER_ANSWERS } from '../support/web.js';
import type { TestApp } from '../support/deps.js';
import { aRequest } from '../engine/strength/builders.js';
import { raceRequest } from '../engine/endurance/builders.js';
import { startPlan } from '../../src/services/plans.service.js';

const handle = useTestDatabase();
let t: TestApp;
let n = 0;
const phone = () => `+1415555${String(2100 + n++).padStart(4, '0')}`;

beforeEach(async () => {
  await truncateClientData(handle.db);
  t = buildWebApp(handle);
});

async function clientOf(p: string) {
  return handle.db.selectFrom('clients').selectAll().where('phone', '=', p).executeTakeFirstOrThrow();
}

describe('admin: signing in', () => {
  it('when no ADMIN_TOKEN is configured, every coach page is off (404 saying so), not open', async () => {
    const off = buildWebApp(handle, { env: { ADMIN_TOKEN: '' } });
    for (const path of ['/admin', '/admin/login', '/admin/clients/00000000-0000-4000-8000-000000000000']) {
      const res = await supertest(off.app).get(path);
      expect(res.status, path).toBe(404);
      expect(res.text).toMatch(/dashboard is off/i);
    }
    const login = await supertest(off.app).post('/admin/login').type('form').send({ token: ADMIN_TOKEN });
    expect(login.status).toBe(404);
    expect(login.headers['set-cookie']).toBeUndefined();
  });

  it('when signed out, the dashboard redirects to the login form', async () => {
    const res = await supertest(t.app).get('/admin');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/login');
  });

  it('when the token is wrong, sign-in is refused and no cookie is set', async () => {
    const res = await supertest(t.app).post('/admin/login').type('form').send({ token: 'coach-token-wrong-guess' });
    expect(res.status).toBe(401);
    expect(res.text).toMatch(/not right/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const forged = await supertest(t.app).get('/admin').set('Cookie', 'cadence_admin=9999999999999.abc.def');
    expect(forged.status).toBe(303);
  });

  it('when the token is right, the session cookie is HttpOnly, SameSite=Strict and scoped to /admin', async () => {
    const res = await supertest(t.app).post('/admin/login').type('form').send({ token: ADMIN_TOKEN });
    expect(res.status).toBe(303);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^cadence_admin=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toContain(ADMIN_TOKEN);
  });

  it('when the session is older than 12 hours, it no longer opens the dashboard', async () => {
    const { agent } = await adminLogin(t.app);
    t.clock.now = new Date(t.clock.now.getTime() + 12 * 3600_000 + 1000);
    const res = await agent.get('/admin');
    expect(res.status).toBe(303);
  });

  it('after ten wrong tokens from one address, even the right token waits', async () => {
    for (let i = 0; i < 10; i++) await supertest(t.app).post('/admin/login').type('form').send({ token: `wrong-token-number-${i}` });
    const res = await supertest(t.app).post('/admin/login').type('form').send({ token: ADMIN_TOKEN });
    expect(res.status).toBe(429);
  });
});

describe('admin: the client list', () => {
  it('shows each client with status, plan, week and phase, last message, compliance and flags', async () => {
    const lifter = phone();
    await onboard(t.app, lifter, LIFTER_ANSWERS);
    await chatSay(t.app, lifter, 'my knee hurts when I squat');
    const newcomer = phone();
    await chatSay(t.app, newcomer, 'hello');
    const quitter = phone();
    await onboard(t.app, quitter, LIFTER_ANSWERS);
    await chatSay(t.app, quitter, 'STOP');

    const { agent } = await adminLogin(t.app);
    const res = await agent.get('/admin');
    expect(res.status).toBe(200);
    const rowOf = async (p: string) => {
      const id = (await clientOf(p)).id;
      const m = new RegExp(`<tr[^>]*data-client="${id}"[\\s\\S]*?</tr>`).exec(res.text);
      expect(m, p).not.toBeNull();
      return m![0];
    };
    const liftRow = await rowOf(lifter);
    expect(liftRow).toMatch(/Sam/);
    expect(liftRow).toMatch(/badge active/);
    expect(liftRow).toMatch(/Strength, \d+ wk/);
    expect(liftRow).toMatch(/Week 1 of \d+ - accumulation/);
    expect(liftRow).toMatch(/Sorry about your knee/); // the coach's last reply
    expect(liftRow).toMatch(/data-flag="pain"/);
    expect(await rowOf(newcomer)).toMatch(/onboarding/);
    const quitRow = await rowOf(quitter);
    expect(quitRow).toMatch(/data-flag="opted_out"/);
    // Pain comes first: the lifter needs attention, the others do not.
    expect(res.text.indexOf((await clientOf(lifter)).id)).toBeLessThan(res.text.indexOf((await clientOf(newcomer)).id));
  });
});

describe('admin: a plan that failed its checks', () => {
  it('is flagged in the client list (first, as needing attention) and its failures are listed on the client page; a plan that passed shows none', async () => {
    const ok = phone();
    await onboard(t.app, ok, LIFTER_ANSWERS);
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const client = await clientOf(p);
    // A hybrid plan that lifts on a run day: stored anyway (better than none), its failed check in its notes.
    const race = raceRequest({ startDate: '2026-11-30', trainingDays: [2, 4, 6, 7], longRunDay: 7, distance: 'half', raceDate: '2027-03-21', goalTime: undefined });
    await handle.db.transaction().execute((trx) => startPlan(trx, client, { kind: 'hybrid', race, strength: aRequest({ startDate: '2026-11-30', weeks: 16, trainingDays: [1, 4] }) }, '2026-11-30'));

    const { agent } = await adminLogin(t.app);
    const list = await agent.get('/admin');
    const row = new RegExp(`<tr[^>]*data-client="${client.id}"[\\s\\S]*?</tr>`).exec(list.text)?.[0] ?? '';
    expect(row).toMatch(/<span class="badge flag" data-flag="plan_checks">Plan failed 1 check<\/span>/);
    expect(list.text.indexOf(client.id)).toBeLessThan(list.text.indexOf((await clientOf(ok)).id));
    const page = await agent.get(`/admin/clients/${client.id}`);
    const section = /<section class="card attention" id="plan-checks">([\s\S]*?)<\/section>/.exec(page.text)?.[1] ?? '';
    expect(section).toMatch(/<li>strength\.trainingDays: day 4 is also a race training day/);
    expect((await agent.get(`/admin/clients/${(await clientOf(ok)).id}`)).text).not.toMatch(/id="plan-checks"/);
  });
});

describe('admin: one client', () => {
  it('shows the whole conversation, the plan chart, and adaptations with their reasons', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    await chatSay(t.app, p, 'pause');
    const { agent } = await adminLogin(t.app);
    const id = (await clientOf(p)).id;
    const res = await agent.get(`/admin/clients/${id}`);
    expect(res.status).toBe(200);
    // Both sides, in order: the client's "hi" before the coach's name question.
    const hi = res.text.indexOf('data-direction="in">hi<');
    const ask = res.text.indexOf("What&#39;s your name?");
    expect(hi).toBeGreaterThan(0);
    expect(ask).toBeGreaterThan(hi);
    expect(res.text).toMatch(/<canvas data-chart="lift"/);
    expect(res.text).toMatch(/<strong>pause<\/strong>[\s\S]*?Reason: pause/);
    expect(res.text).toMatch(/\/static\/vendor\/chart\.umd\.min\.js/);
  });

  it('shows what the client said about their body and other sports: injuries, body notes and cross-training, in their words', async () => {
    const p = phone();
    await onboard(t.app, p, { ...RUNNER_ANSWERS, answers: [[/which days/i, "tue thu sat sun. I swim Mon Wed, bike Sat"], [/injur|which area/i, "knee clicks but doesn't hurt"], ...RUNNER_ANSWERS.answers] });
    const client = await clientOf(p);
    const { agent } = await adminLogin(t.app);
    const res = await agent.get(`/admin/clients/${client.id}`);
    expect(res.status).toBe(200);
    const section = /<section class="card" id="profile-notes">([\s\S]*?)<\/section>/.exec(res.text)?.[1] ?? '';
    expect(section).toMatch(/<dt>Body notes \(nothing spared\)<\/dt><dd>[^<]*knee clicks/);
    expect(section).toMatch(/<dt>Cross-training \(kept off run days\)<\/dt><dd>[^<]*swim mon wed; bike sat<\/dd>/);
    // A lifter who said none gets no empty card.
    const q = phone();
    await onboard(t.app, q, LIFTER_ANSWERS);
    expect((await agent.get(`/admin/clients/${(await clientOf(q)).id}`)).text).not.toMatch(/id="profile-notes"/);
  });

  it('a coach message is stored as the coach\'s, sent through the sender, and shown in the conversation', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const { agent, csrf } = await adminLogin(t.app);
    const id = (await clientOf(p)).id;
    const res = await agent.post(`/admin/clients/${id}/messages`).type('form').send({ _csrf: csrf, text: 'Great first week, Sam – keep it up!' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/admin/clients/${id}?sent=1#send`);
    expect(t.sender.sent.map((m) => m.body)).toEqual(['Great first week, Sam - keep it up!']); // GSM-7: the long dash is cleaned
    const row = await handle.db.selectFrom('outbound_messages').selectAll().where('client_id', '=', id).where('kind', '=', 'coach').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ body: 'Great first week, Sam - keep it up!', status: 'queued', segments: 1 });
    expect(row.provider_sid).toMatch(/^SM/);
    const page = await agent.get(res.headers.location!);
    expect(page.text).toMatch(/Sent\./);
    expect(page.text).toMatch(/data-kind="coach">Great first week, Sam - keep it up!/);
  });

  it('a coach message to an opted-out client is held back and the coach is told why', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    await chatSay(t.app, p, 'stop');
    const { agent, csrf } = await adminLogin(t.app);
    const id = (await clientOf(p)).id;
    const res = await agent.post(`/admin/clients/${id}/messages`).type('form').send({ _csrf: csrf, text: 'Miss you!' });
    expect(res.status).toBe(409);
    expect(res.text).toMatch(/opted out/);
    expect(t.sender.sent).toHaveLength(0);
    const row = await handle.db.selectFrom('outbound_messages').select('status').where('client_id', '=', id).where('kind', '=', 'coach').executeTakeFirstOrThrow();
    expect(row.status).toBe('suppressed');
  });

  it('an empty message, a missing CSRF token or a foreign Origin sends nothing', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const { agent, csrf } = await adminLogin(t.app);
    const id = (await clientOf(p)).id;
    const empty = await agent.post(`/admin/clients/${id}/messages`).type('form').send({ _csrf: csrf, text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/Write a message first/);
    const noCsrf = await agent.post(`/admin/clients/${id}/messages`).type('form').send({ text: 'hello' });
    expect(noCsrf.status).toBe(403);
    const foreign = await agent.post(`/admin/clients/${id}/messages`).set('Origin', 'https://evil.example').type('form').send({ _csrf: csrf, text: 'hello' });
    expect(foreign.status).toBe(403);
    const signedOut = await supertest(t.app).post(`/admin/clients/${id}/messages`).type('form').send({ _csrf: csrf, text: 'hello' });
    expect(signedOut.status).toBe(401);
    expect(t.sender.sent).toHaveLength(0);
  });

  it('an unknown or malformed client id is a 404', async () => {
    const { agent } = await adminLogin(t.app);
    expect((await agent.get('/admin/clients/not-a-uuid')).status).toBe(404);
    expect((await agent.get('/admin/clients/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('revoking the plan link makes the old page and feed answer 410 and issues a new link', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const old = linkIn(await chatSay(t.app, p, 'my plan'));
    expect((await supertest(t.app).get(old.path)).status).toBe(200);
    const { agent, csrf } = await adminLogin(t.app);
    const id = (await clientOf(p)).id;
    const res = await agent.post(`/admin/clients/${id}/plan-link`).type('form').send({ _csrf: csrf });
    expect(res.status).toBe(303);
    expect((await supertest(t.app).get(old.path)).status).toBe(410);
    expect((await supertest(t.app).get(`/cal/${old.token}.ics`)).status).toBe(410);
    const fresh = linkIn(await chatSay(t.app, p, 'my plan'));
    expect(fresh.token).not.toBe(old.token);
    expect((await supertest(t.app).get(fresh.path)).status).toBe(200);
  });
});
