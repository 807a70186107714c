import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { buildWebApp, chartDataIn, chatSay, LIFTER_ANSWERS, linkIn, onboard, RUNNER_ANSWERS } from '../support/web.js';
import type { TestApp } from '../support/deps.js';
import { isGsm7 } from '../../src/channels/sms-text.js';
import { json } from '../../src/db/json.js';

const handle = useTestDatabase();
let t: TestApp;
let n = 0;
const phone = () => `+1212555${String(4100 + n++).padStart(4, '0')}`;

beforeEach(async () => {
  await truncateClientData(handle.db);
  // Monday 2026-11-23, 09:00 in New York.
  t = buildWebApp(handle);
});

/** No inline script, no inline event handler: the page works under helmet's default CSP. */
function expectCspClean(html: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  for (const [, attrs, body] of scripts) {
    if (/type="application\/json"/.test(attrs!)) continue;
    expect(attrs).toMatch(/\bsrc="\/static\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<style\b/i);
}

describe('plan link by text', () => {
  it('when a client texts "plan", the reply carries their private link, the same one each time, in GSM-7', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const reply = await chatSay(t.app, p, 'plan');
    expect(isGsm7(reply)).toBe(true);
    const first = linkIn(reply);
    // Without PUBLIC_BASE_URL the link points at this machine (the local setup).
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/p\//);
    expect(linkIn(await chatSay(t.app, p, 'where am i in my program')).token).toBe(first.token);
  });

  it('with PUBLIC_BASE_URL set, the link uses it', async () => {
    const pub = buildWebApp(handle, { env: { PUBLIC_BASE_URL: 'https://coach.example.com' } });
    const p = phone();
    await onboard(pub.app, p, LIFTER_ANSWERS);
    expect(linkIn(await chatSay(pub.app, p, 'my plan')).url).toMatch(/^https:\/\/coach\.example\.com\/p\/[A-Za-z0-9_-]{32}$/);
  });
});

describe('plan page', () => {
  it('a lifter sees weekly hard sets per muscle group, %1RM by week, blocks shaded with the deloads, and this week', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const link = linkIn(await chatSay(t.app, p, 'plan'));
    const res = await supertest(t.app).get(link.path);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-robots-tag']).toMatch(/noindex/);
    expectCspClean(res.text);
    expect(res.text).toMatch(/Sam&#39;s plan/);

    const plan = await handle.db.selectFrom('fitness_plans').selectAll().where('status', '=', 'active').executeTakeFirstOrThrow();
    const [chart, ...others] = chartDataIn(res.text);
    expect(others).toHaveLength(0);
    expect(chart!.id).toBe('lift');
    expect(chart!.weeks).toHaveLength(plan.weeks);
    expect(chart!.currentWeek).toBe(1);
    expect(chart!.volume.map((s) => s.label)).toEqual(expect.arrayContaining(['Chest', 'Back', 'Quads']));
    const total = (w: number) => chart!.volume.reduce((s, v) => s + (v.values[w - 1] ?? 0), 0);
    // The bands are the engine's blocks, end to end; every deload block's weeks have fewer sets than the week before.
    const outline = plan.outline as { strength: { mesocycles: Array<{ blocks: Array<{ type: string; startWeek: number; endWeek: number }> }> } };
    const blocks = outline.strength.mesocycles.flatMap((m) => m.blocks);
    expect(chart!.bands.map((b) => [b.kind, b.from, b.to])).toEqual(blocks.map((b) => [b.type, b.startWeek, b.endWeek]));
    const deloads = blocks.filter((b) => b.type === 'deload');
    expect(deloads.length).toBeGreaterThan(0);
    for (const d of deloads) expect(total(d.startWeek)).toBeLessThan(total(d.startWeek - 1));
    // %1RM of the main lifts: within what the engine prescribes (60-95 %), lower in a deload than before it.
    const pct = chart!.intensity.values;
    for (const v of pct) expect(v).toBeGreaterThanOrEqual(50), expect(v).toBeLessThanOrEqual(100);
    expect(pct[deloads[0]!.startWeek - 1]!).toBeLessThan(pct[deloads[0]!.startWeek - 2]!);

    // This week, day by day: the plan's week 1 from Monday 11/23, lifting Mon, Wed and Fri.
    const days = [...res.text.matchAll(/<li class="[^"]*" data-date="(\d{4}-\d{2}-\d{2})">[\s\S]*?<span class="title">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);
    expect(days.map((d) => d[0])).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(days.filter((d) => !d[1]!.startsWith('Rest')).map((d) => d[0])).toEqual(['2026-11-23', '2026-11-25', '2026-11-27']);
    expect(res.text).toMatch(/class="today" data-date="2026-11-23"/);
  });

  it('a runner sees weekly miles to the race with phases shaded, cutbacks and race week marked', async () => {
    const p = phone();
    await onboard(t.app, p, RUNNER_ANSWERS);
    const res = await supertest(t.app).get(linkIn(await chatSay(t.app, p, 'my plan')).path);
    expect(res.status).toBe(200);
    const [chart] = chartDataIn(res.text);
    expect(chart!.id).toBe('run');
    const plan = await handle.db.selectFrom('fitness_plans').selectAll().where('status', '=', 'active').executeTakeFirstOrThrow();
    const outline = plan.outline as { race: { phases: Array<{ name: string; startWeek: number; endWeek: number }>; weeks: Array<{ cutback: boolean; phase: string; targetVolume: number }> } };
    expect(chart!.bands.map((b) => b.kind)).toEqual(['base', 'build', 'peak', 'taper']);
    expect(chart!.bands.map((b) => [b.from, b.to])).toEqual(outline.race.phases.map((ph) => [ph.startWeek, ph.endWeek]));
    expect(chart!.marks[String(plan.weeks)]).toBe('Race');
    const cutbacks = outline.race.weeks.flatMap((w, i) => (w.cutback && w.phase !== 'taper' ? [i + 1] : []));
    expect(cutbacks.length).toBeGreaterThan(0);
    for (const c of cutbacks) expect(chart!.marks[String(c)]).toBe('Cutback');
    // Weekly miles build from the runner's 20 mpw toward the peak, and fall in the taper.
    const miles = chart!.volume[0]!.values as number[];
    const peakEnd = outline.race.phases.find((ph) => ph.name === 'peak')!.endWeek;
    expect(Math.max(...miles.slice(0, peakEnd))).toBeGreaterThan(miles[1]!);
    expect(miles[peakEnd]!).toBeLessThan(Math.max(...miles.slice(0, peakEnd)));
    // No quality running in base; some in build.
    const build = outline.race.phases.find((ph) => ph.name === 'build')!;
    expect(chart!.intensity.values[0]).toBe(0);
    expect(Math.max(...(chart!.intensity.values.slice(build.startWeek - 1, build.endWeek) as number[]))).toBeGreaterThan(0);
    expect(res.text).toMatch(/webcal:\/\/127\.0\.0\.1:3000\/cal\/[A-Za-z0-9_-]{32}\.ics/);
  });

  it('when a stored week and day hold JSON of another shape, the page skips them and shows the plan as the engine projects it', async () => {
    const p = phone();
    await onboard(t.app, p, RUNNER_ANSWERS);
    await chatSay(t.app, p, "what's today");
    const path = linkIn(await chatSay(t.app, p, 'my plan')).path;
    const before = await supertest(t.app).get(path);
    const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', p).executeTakeFirstOrThrow();
    // Right at a glance (dates, a days list, a title), wrong inside: a day of the week without its laps, a lap without its distance.
    const week = await handle.db.selectFrom('microcycles').select(['id', 'pattern']).where('client_id', '=', client.id).executeTakeFirstOrThrow();
    const pattern = week.pattern as { race: { days: Array<{ date: string }> } };
    await handle.db.updateTable('microcycles').set({ pattern: json({ ...pattern, race: { ...pattern.race, days: pattern.race.days.map((d) => ({ date: d.date, type: 'long' })) } }) }).where('id', '=', week.id).execute();
    const day = await handle.db.selectFrom('workout_instances').select(['id', 'workout']).where('client_id', '=', client.id).executeTakeFirstOrThrow();
    const workout = day.workout as { items: Array<Record<string, unknown>> };
    await handle.db.updateTable('workout_instances').set({ workout: json({ ...workout, items: workout.items.map(({ distance: _d, ...lap }) => lap) }) }).where('id', '=', day.id).execute();
    const after = await supertest(t.app).get(path);
    expect(after.status).toBe(200);
    // Nothing was adapted yet, so the projection is the week and day that were stored.
    expect(after.text).toBe(before.text);
  });

  it('an unknown, malformed or revoked link reveals nothing', async () => {
    expect((await supertest(t.app).get('/p/' + 'A'.repeat(32))).status).toBe(404);
    const bad = await supertest(t.app).get('/p/..%2F..%2Fetc');
    expect(bad.status).toBe(404);
    expect(bad.text).not.toMatch(/plan-charts/);
    expect((await supertest(t.app).get('/cal/' + 'B'.repeat(32) + '.ics')).status).toBe(404);
  });

  it('names stay escaped: a client whose stored name holds markup gets text, not markup', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    await handle.db.updateTable('clients').set({ name: 'Bob<script>alert(1)</script>' }).where('phone', '=', p).execute();
    const res = await supertest(t.app).get(linkIn(await chatSay(t.app, p, 'plan')).path);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain('Bob&lt;script&gt;alert(1)&lt;/script&gt;&#39;s plan');
    expectCspClean(res.text);
  });
});

describe('static files', () => {
  it('serves Chart.js and the page scripts from this origin', async () => {
    const chart = await supertest(t.app).get('/static/vendor/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect(chart.headers['content-type']).toMatch(/javascript/);
    expect(chart.text).toMatch(/Chart\.js v4/);
    for (const f of ['plan-chart.js', 'chat.js', 'admin.js', 'cadence.css', 'chat.css']) {
      expect((await supertest(t.app).get(`/static/${f}`)).status, f).toBe(200);
    }
    expect((await supertest(t.app).get('/static/../package.json')).status).toBe(404);
  });
});
