import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import ICAL from 'ical.js';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { buildWebApp, chatSay, LIFTER_ANSWERS, linkIn, onboard, RUNNER_ANSWERS } from '../support/web.js';
import type { TestApp } from '../support/deps.js';

const handle = useTestDatabase();
let t: TestApp;
let n = 0;
const phone = () => `+1212555${String(5100 + n++).padStart(4, '0')}`;

beforeEach(async () => {
  await truncateClientData(handle.db);
  // Monday 2026-11-23, 09:00 in New York.
  t = buildWebApp(handle);
});

interface FeedEvent {
  uid: string;
  date: string;
  allDay: boolean;
  summary: string;
  description: string;
  sequence: number;
  stamp: string;
}

/** Fetches the feed and reads it back with ical.js (Mozilla's RFC 5545 parser), as a calendar app would. */
async function readFeed(token: string): Promise<{ name: string; events: FeedEvent[] }> {
  const res = await supertest(t.app).get(`/cal/${token}.ics`).buffer(true).parse((r, cb) => {
    let data = '';
    r.setEncoding('utf8');
    r.on('data', (c: string) => (data += c));
    r.on('end', () => cb(null, data));
  });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const text = res.body as string;
  // RFC 5545: CRLF line endings, folded at 75 octets.
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  expect(String(cal.getFirstPropertyValue('prodid'))).toMatch(/Cadence/);
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      date: e.startDate.toString(),
      allDay: e.startDate.isDate,
      summary: e.summary,
      description: e.description,
      sequence: e.sequence,
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
  return { name: String(cal.getFirstPropertyValue('x-wr-calname')), events };
}

describe('calendar feed', () => {
  it('has one all-day event per planned workout with the workout as its description, and none for rest days', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const link = linkIn(await chatSay(t.app, p, 'plan'));
    const { name, events } = await readFeed(link.token);
    expect(name).toBe('Cadence - Sam');
    const plan = await handle.db.selectFrom('fitness_plans').selectAll().where('status', '=', 'active').executeTakeFirstOrThrow();
    // Mon, Wed and Fri for every week of the plan: 3 x weeks events, no rest days.
    expect(events).toHaveLength(3 * plan.weeks);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const e of events) {
      expect(e.allDay).toBe(true);
      expect([1, 3, 5]).toContain(new Date(`${e.date}T12:00:00Z`).getUTCDay());
      expect(e.summary).not.toMatch(/^Rest/);
      expect(e.sequence).toBe(0);
      expect(e.description).toContain(`Your plan: ${link.url}`);
    }
    const first = events.find((e) => e.date === '2026-11-23')!;
    // The description is the workout: sets x reps of each lift, one line each.
    expect(first.description.split('\n').filter((l) => /\d+x\d+/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(events[0]!.date).toBe(plan.start_date);
  });

  it('keeps UIDs and SEQUENCE on an unchanged refresh, and bumps SEQUENCE on the events an adaptation changed', async () => {
    const p = phone();
    await onboard(t.app, p, RUNNER_ANSWERS);
    const link = linkIn(await chatSay(t.app, p, 'plan'));
    const before = await readFeed(link.token);
    const again = await readFeed(link.token);
    expect(again.events).toEqual(before.events);

    // Week 1: one run of four logged. Next Monday the coach builds week 2 from that, with less running.
    await chatSay(t.app, p, 'ran 4 at 9:30');
    t.clock.now = new Date('2026-11-30T14:00:00Z');
    await chatSay(t.app, p, "what's today");
    const week2 = await handle.db.selectFrom('microcycles').select('pattern').where('week_number', '=', 2).executeTakeFirstOrThrow();
    expect((week2.pattern as { race: { changes: string[] } }).race.changes.length).toBeGreaterThan(0);

    const after = await readFeed(link.token);
    const byUid = new Map(after.events.map((e) => [e.uid, e]));
    // Same dates, same UIDs: calendars replace events instead of duplicating them. A run the adapted week
    // dropped is gone from the feed (a subscribed calendar removes it on refresh).
    const beforeUids = new Set(before.events.map((e) => e.uid));
    for (const e of after.events) expect(beforeUids.has(e.uid), e.date).toBe(true);
    const changed = before.events.filter((e) => {
      const now = byUid.get(e.uid);
      return !now || now.description !== e.description || now.summary !== e.summary;
    });
    expect(changed.length).toBeGreaterThan(0);
    for (const e of before.events) {
      const now = byUid.get(e.uid);
      if (!now) continue;
      const didChange = changed.includes(e);
      expect(now.sequence, e.date).toBe(didChange ? 1 : 0);
      if (didChange) expect(now.stamp).not.toBe(e.stamp);
      else expect(now.stamp).toBe(e.stamp);
    }
    // The logged Monday reads as done; week 2 changed; weeks 3+ (not built yet) did not.
    expect(byUid.get(before.events.find((e) => e.date === '2026-11-23')!.uid)!.summary).toMatch(/done$/);
    expect(byUid.get(before.events.find((e) => e.date === '2026-11-23')!.uid)!.sequence).toBe(1);
    expect(changed.some((e) => e.date >= '2026-11-30' && e.date <= '2026-12-06')).toBe(true);
    expect(changed.every((e) => e.date <= '2026-12-06')).toBe(true);
  });

  it('when the client picks other training days, events move to the new days', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS);
    const link = linkIn(await chatSay(t.app, p, 'plan'));
    await chatSay(t.app, p, 'I can only train tue thu sat now');
    const { events } = await readFeed(link.token);
    const future = events.filter((e) => e.date > '2026-11-23');
    expect(future.length).toBeGreaterThan(0);
    for (const e of future) expect([2, 4, 6]).toContain(new Date(`${e.date}T12:00:00Z`).getUTCDay());
  });

  it('a trip told weeks ahead shows in that week\'s events although the week is not built yet', async () => {
    const p = phone();
    await onboard(t.app, p, LIFTER_ANSWERS); // Mon/Wed/Fri, full gym; today Monday 11/23
    const link = linkIn(await chatSay(t.app, p, 'plan'));
    const plainMonday = (await readFeed(link.token)).events.find((e) => e.date === '2027-01-11')!;
    expect(plainMonday.description).toMatch(/Back squat/);
    // Seven weeks out (week 8): past the six weeks a report rebuilds at most, so week 8 stays unbuilt.
    await chatSay(t.app, p, 'traveling jan 11-15, no gym, just bodyweight');
    const built = await handle.db.selectFrom('microcycles').select('week_number').execute();
    expect(built.map((w) => w.week_number)).not.toContain(8);
    const monday = (await readFeed(link.token)).events.find((e) => e.date === '2027-01-11')!;
    expect(monday.description).not.toMatch(/Back squat|Bench press|Barbell/);
    expect(monday.description).toMatch(/Travel day: planned for bodyweight/);
    expect(monday.sequence).toBe(1);
    // The week after the trip is the plain plan again.
    expect((await readFeed(link.token)).events.find((e) => e.date === '2027-01-18')!.description).not.toMatch(/Travel day/);
  });

  it('a client without a plan gets a valid, empty calendar', async () => {
    const p = phone();
    await chatSay(t.app, p, 'hi');
    const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', p).executeTakeFirstOrThrow();
    const { planLinkToken } = await import('../../src/services/plan-links.service.js');
    const token = await planLinkToken(handle.db, client.id);
    const { events } = await readFeed(token);
    expect(events).toEqual([]);
  });
});
