import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { insertClient } from '../support/clients.js';
import { dryRunMorningPass, handOverGroupSize, materializeDue, runMorningPass, MORNING_FALLBACK, type ComposeMorning, type MorningPassOptions } from '../../src/scheduler/morning-pass.js';
import { claimDailySends, dailySendsFor } from '../../src/db/repositories/daily-sends.repository.js';
import { setClientStatus, updateClient } from '../../src/db/repositories/clients.repository.js';
import { json } from '../../src/db/json.js';
import { insertPlanAdaptation } from '../../src/db/repositories/plans.repository.js';
import { createPacer } from '../../src/scheduler/pacer.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(async () => {
  // Each test starts from no clients so counts are exact.
  await truncateClientData(handle.db);
  t = buildTestApp(handle);
});

/** A stand-in for the coaching flow's morning text: says whose and which local date, so tests can tell. */
const compose: ComposeMorning = async (_deps, client, localDate) => ({ body: `Good morning ${client.name}: workout for ${localDate}` });
const noWait = { take: async () => {} };

function pass(at: string, extra: Partial<MorningPassOptions> = {}) {
  const now = new Date(at);
  t.clock.now = now;
  return runMorningPass(t.deps, { now, compose, pacer: noWait, rng: () => 0.5, ...extra });
}

/** A statement creating daily sends (a query builder's insert, or the raw unnest one). */
const insertsSends = (node: { kind: string; sqlFragments?: readonly string[] }) =>
  node.kind === 'InsertQueryNode' || (node.kind === 'RawNode' && /insert into daily_sends/.test(node.sqlFragments?.join('') ?? ''));

async function morningTexts(clientId: string) {
  return handle.db.selectFrom('outbound_messages').selectAll().where('client_id', '=', clientId).where('kind', '=', 'morning').orderBy('created_at').execute();
}

/** Runs a pass every `stepMin` minutes between two instants, like the cron tick. */
async function tickEvery(fromIso: string, toIso: string, stepMin: number) {
  for (let ms = Date.parse(fromIso); ms <= Date.parse(toIso); ms += stepMin * 60_000) await pass(new Date(ms).toISOString());
}

describe('scheduler.runMorningPass — local time and DST', () => {
  it('sends a 7:00 New York client at 7:00 local on both sides of the spring-forward change', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '07:00' });
    // 2027-03-13 is EST (UTC-5): 07:00 local = 12:00Z. 2027-03-14 is EDT (UTC-4): 07:00 local = 11:00Z.
    expect((await pass('2027-03-13T11:59:00Z')).sent).toBe(0);
    expect((await pass('2027-03-13T12:00:00Z')).sent).toBe(1);
    expect((await pass('2027-03-14T10:59:00Z')).sent).toBe(0);
    expect((await pass('2027-03-14T11:00:00Z')).sent).toBe(1);
    expect((await pass('2027-03-14T11:30:00Z')).sent).toBe(0);
    const texts = await morningTexts(c.id);
    expect(texts.map((m) => m.body)).toEqual(['Good morning Sam: workout for 2027-03-13', 'Good morning Sam: workout for 2027-03-14']);
  });

  it('sends once on the fall-back day, at 7:00 EST', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '07:00' });
    // 2027-11-07 02:00 EDT → 01:00 EST. 07:00 EST = 12:00Z; 11:00Z is 06:00 EST, not yet.
    await tickEvery('2027-11-07T10:00:00Z', '2027-11-07T14:00:00Z', 15);
    const [send] = await dailySendsFor(handle.db, c.id);
    expect(send?.due_at.toISOString()).toBe('2027-11-07T12:00:00.000Z');
    expect(await morningTexts(c.id)).toHaveLength(1);
  });

  it('a time inside the spring-forward gap (02:30) still sends, once', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '02:30' });
    // 02:30 does not exist on 2027-03-14 in New York (02:00 EST jumps to 03:00 EDT = 07:00Z).
    await tickEvery('2027-03-14T06:00:00Z', '2027-03-14T09:00:00Z', 10);
    const texts = await morningTexts(c.id);
    expect(texts).toHaveLength(1);
    const [send] = await dailySendsFor(handle.db, c.id);
    expect(send?.local_date).toBe('2027-03-14');
    expect(send?.sent_at?.toISOString()).toBe('2027-03-14T07:00:00.000Z');
  });

  it('a time repeated by fall-back (01:30) sends once, at the first occurrence', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '01:30' });
    // 01:30 EDT = 05:30Z, then 01:30 EST = 06:30Z again.
    await tickEvery('2027-11-07T05:00:00Z', '2027-11-07T07:30:00Z', 10);
    expect(await morningTexts(c.id)).toHaveLength(1);
    const [send] = await dailySendsFor(handle.db, c.id);
    expect(send?.sent_at?.toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });

  it('Europe/London moves with BST: 07:00 is 06:00Z after 28 March and 07:00Z after 31 October 2027', async () => {
    const c = await insertClient(handle.db, { timezone: 'Europe/London', morningTime: '07:00' });
    expect((await pass('2027-03-27T07:00:00Z')).sent).toBe(1); // GMT
    expect((await pass('2027-03-28T05:59:00Z')).sent).toBe(0);
    expect((await pass('2027-03-28T06:00:00Z')).sent).toBe(1); // BST
    expect((await pass('2027-10-31T06:00:00Z')).sent).toBe(0); // 06:00 GMT: not yet
    expect((await pass('2027-10-31T07:00:00Z')).sent).toBe(1);
    expect(await morningTexts(c.id)).toHaveLength(3);
  });

  it('a client who moves west mid-week is not texted twice for the same local date, and gets the next morning on the new clock', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '07:00' });
    await pass('2027-01-12T12:00:00Z'); // Tue 07:00 EST
    await updateClient(handle.db, c.id, { timezone: 'America/Los_Angeles' });
    await pass('2027-01-12T15:00:00Z'); // Tue 07:00 PST: Tuesday already sent
    expect(await morningTexts(c.id)).toHaveLength(1);
    expect((await pass('2027-01-13T12:00:00Z')).sent).toBe(0); // Wed 04:00 PST: not yet
    expect((await pass('2027-01-13T15:00:00Z')).sent).toBe(1); // Wed 07:00 PST
  });

  it('a client who moves east mid-week gets Wednesday at 7:00 in the new zone', async () => {
    const c = await insertClient(handle.db, { timezone: 'America/Los_Angeles', morningTime: '07:00' });
    await pass('2027-01-12T15:00:00Z'); // Tue 07:00 PST
    await updateClient(handle.db, c.id, { timezone: 'Europe/Berlin' });
    await pass('2027-01-12T23:00:00Z'); // Wed 00:00 in Berlin: not yet
    expect((await pass('2027-01-13T06:00:00Z')).sent).toBe(1); // Wed 07:00 CET
    expect((await morningTexts(c.id)).map((m) => m.body.slice(-10))).toEqual(['2027-01-12', '2027-01-13']);
  });
});

describe('scheduler.runMorningPass — who gets a text', () => {
  it('skips paused and opted-out clients and onboarding ones', async () => {
    const active = await insertClient(handle.db);
    const paused = await insertClient(handle.db, { status: 'paused' });
    const out = await insertClient(handle.db, { status: 'opted_out' });
    const onboarding = await insertClient(handle.db, { status: 'onboarding' });
    const summary = await pass('2027-01-12T12:00:00Z');
    expect(summary).toMatchObject({ due: 1, sent: 1 });
    expect(await morningTexts(active.id)).toHaveLength(1);
    for (const c of [paused, out, onboarding]) expect(await morningTexts(c.id)).toHaveLength(0);
    expect(t.sender.sent.map((m) => m.to)).toEqual([active.phone]);
  });

  it('a client who opts out between the tick and the send gets nothing', async () => {
    const c = await insertClient(handle.db);
    const slowCompose: ComposeMorning = async (deps, client, date) => {
      await setClientStatus(deps.db, client.id, 'opted_out');
      return compose(deps, client, date);
    };
    // First pass creates and claims; the status flips during compose; the send is suppressed.
    await pass('2027-01-12T12:00:00Z', { compose: slowCompose });
    expect(t.sender.sent).toHaveLength(0);
    const [msg] = await morningTexts(c.id);
    expect(msg?.status).toBe('suppressed');
  });

  it('catch-up: a worker back 2 h late still sends; one back 4 h late skips and records why', async () => {
    const onTime = await insertClient(handle.db, { timezone: 'America/Chicago', morningTime: '07:00' }); // 13:00Z in January
    const tooLate = await insertClient(handle.db, { timezone: 'America/New_York', morningTime: '07:00' }); // 12:00Z
    // Worker down from 11:00Z to 16:00Z. New York's 07:00 was 4 h ago (> 3 h); Chicago's was 3 h ago... at 15:00Z.
    const summary = await pass('2027-01-12T15:30:00Z');
    // Chicago: due 13:00Z, now 15:30Z = 2.5 h late → sent. New York: 3.5 h late → skipped.
    expect(summary).toMatchObject({ sent: 1, late: 1 });
    expect(await morningTexts(onTime.id)).toHaveLength(1);
    expect(await morningTexts(tooLate.id)).toHaveLength(0);
    const [skipped] = await dailySendsFor(handle.db, tooLate.id);
    expect(skipped).toMatchObject({ status: 'skipped', error: expect.stringMatching(/3 h/) });
    expect((await pass('2027-01-12T15:31:00Z')).sent).toBe(0); // the skip is final for that date
  });

  it('when generation fails for one client, that client gets the fallback and the others their workouts', async () => {
    const ok1 = await insertClient(handle.db, { name: 'Ana' });
    const broken = await insertClient(handle.db, { name: 'Bo' });
    const ok2 = await insertClient(handle.db, { name: 'Cy' });
    const flaky: ComposeMorning = async (deps, client, date) => {
      if (client.id === broken.id) throw new Error('plan outline is corrupt');
      return compose(deps, client, date);
    };
    const summary = await pass('2027-01-12T12:00:00Z', { compose: flaky });
    expect(summary.sent).toBe(3);
    expect((await morningTexts(broken.id))[0]?.body).toBe(MORNING_FALLBACK);
    expect((await morningTexts(ok1.id))[0]?.body).toMatch(/Ana/);
    expect((await morningTexts(ok2.id))[0]?.body).toMatch(/Cy/);
  });

  it('a database error while composing one client\'s text: the others still get their workouts, each stored once, and that client the fallback', async () => {
    const ok1 = await insertClient(handle.db, { name: 'Ana' });
    const broken = await insertClient(handle.db, { name: 'Bo' });
    const ok2 = await insertClient(handle.db, { name: 'Cy' });
    // Each composer stores a row (standing in for a stale day it rewrites; the table allows one per client),
    // then Bo's fails inside the database. Every client must still get a text, and nobody's row may be lost
    // or stored twice.
    const writes: ComposeMorning = async (deps, client, date) => {
      await deps.db.insertInto('conversation_states').values({ client_id: client.id, flow: 'probe', state: json({ date }) }).execute();
      if (client.id === broken.id) await sql`select 1 / 0`.execute(deps.db);
      return compose(deps, client, date);
    };
    const summary = await pass('2027-01-12T12:00:00Z', { compose: writes });
    expect(summary.sent).toBe(3);
    expect((await morningTexts(broken.id)).map((m) => m.body)).toEqual([MORNING_FALLBACK]);
    expect((await morningTexts(ok1.id)).map((m) => m.body)).toEqual(['Good morning Ana: workout for 2027-01-12']);
    expect((await morningTexts(ok2.id)).map((m) => m.body)).toEqual(['Good morning Cy: workout for 2027-01-12']);
    // Bo's write before the error stays, as it would have one statement at a time.
    const rows = await handle.db.selectFrom('conversation_states').select('client_id').where('flow', '=', 'probe').execute();
    expect(rows.map((n) => n.client_id).sort()).toEqual([ok1.id, broken.id, ok2.id].sort());
  });

  it('a dry run shows who would get what and stores and sends nothing', async () => {
    const c = await insertClient(handle.db, { name: 'Dee' });
    const dry = await dryRunMorningPass(t.deps, new Date('2027-01-12T12:00:00Z'), compose);
    expect(dry.wouldSend).toEqual([{ to: c.phone, body: 'Good morning Dee: workout for 2027-01-12' }]);
    expect(dry.summary).toMatchObject({ due: 1, sent: 1 });
    expect(t.sender.sent).toHaveLength(0);
    expect(await dailySendsFor(handle.db, c.id)).toHaveLength(0);
    expect(await morningTexts(c.id)).toHaveLength(0);
    // The real pass afterwards still sends.
    expect((await pass('2027-01-12T12:00:00Z')).sent).toBe(1);
  });

  it('clients in many zones, and one away on a trip, are each found once, in one read for all zones', async () => {
    // 17:00Z on Tue 12 Jan 2027: 07:00 in Honolulu … 18:00 in Berlin; 02:00 Wed in Tokyo. Each client's
    // morning time is half an hour before their clock: all due, none late.
    const zones = { 'Pacific/Honolulu': '06:30', 'America/Los_Angeles': '08:30', 'America/Denver': '09:30', 'America/Chicago': '10:30', 'America/New_York': '11:30', 'America/Sao_Paulo': '13:30', 'Europe/London': '16:30', 'Europe/Berlin': '17:30' };
    const home = await Promise.all(Object.entries(zones).map(([timezone, morningTime]) => insertClient(handle.db, { timezone, morningTime })));
    const later = await insertClient(handle.db, { timezone: 'Pacific/Honolulu', morningTime: '07:30' }); // not yet
    // A Berlin client in Tokyo from Tuesday to Thursday (Tokyo dates): Wednesday's text comes at 01:30 Tokyo time, not Tuesday's at home.
    const traveller = await insertClient(handle.db, { timezone: 'Europe/Berlin', morningTime: '01:30' });
    const plan = await sql<{ id: string }>`insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline)
      values (${traveller.id}, 'active', 'strength', '2027-01-04', '2027-03-28', 12, '{}'::jsonb, '{}'::jsonb) returning id`.execute(handle.db);
    await insertPlanAdaptation(handle.db, { clientId: traveller.id, planId: plan.rows[0]!.id, type: 'travel_note', reason: 'Tokyo', trigger: 'asked', effectiveFrom: '2027-01-12', effectiveTo: '2027-01-14', metadata: { timezone: 'Asia/Tokyo' } });
    let statements = 0;
    const counted = { ...t.deps, db: handle.db.withPlugin({ transformQuery: (a) => (statements++, a.node), transformResult: async (a) => a.result }) };
    const { due, late } = await materializeDue(counted, new Date('2027-01-12T17:00:00Z'));
    expect({ due, late }).toEqual({ due: home.length + 1, late: 0 });
    // The workers' turn, the zones with clients or trips, one read of every zone's candidates, one insert: not a read per zone.
    expect(statements).toBeLessThanOrEqual(5);
    for (const c of home) expect((await dailySendsFor(handle.db, c.id)).map((d) => d.local_date)).toEqual(['2027-01-12']);
    expect(await dailySendsFor(handle.db, later.id)).toEqual([]);
    // Not Tuesday at home (long past 01:30 in Berlin: that would be a late skip), Wednesday in Tokyo.
    const away = (await dailySendsFor(handle.db, traveller.id)).map((d) => ({ date: d.local_date, dueAt: new Date(d.due_at).toISOString(), status: d.status }));
    expect(away).toEqual([{ date: '2027-01-13', dueAt: '2027-01-12T16:30:00.000Z', status: 'pending' }]);
  });

  it('two workers ticking at the same instant: one creates the sends, the other finds them created and inserts nothing', async () => {
    const clients = await Promise.all([1, 2, 3, 4, 5].map((i) => insertClient(handle.db, { name: `C${i}` })));
    const inserts: number[] = [0, 0];
    const worker = (k: number) => ({
      ...t.deps,
      db: handle.db.withPlugin({ transformQuery: (a) => (insertsSends(a.node) && (inserts[k]! += 1), a.node), transformResult: async (a) => a.result }),
    });
    const now = new Date('2027-01-12T12:00:00Z');
    const [a, b] = await Promise.all([materializeDue(worker(0), now), materializeDue(worker(1), now)]);
    expect([a.due, b.due].sort()).toEqual([0, clients.length]);
    expect(inserts.sort()).toEqual([0, 1]);
    for (const c of clients) expect(await dailySendsFor(handle.db, c.id)).toHaveLength(1);
  });

  it('two workers (each its own sender) on consecutive mornings: each morning\'s text is recorded sent with its own provider id', async () => {
    // Tests in a file share one database: a second app's sender must not repeat an id the first one stored
    // (a per-sender count did, and the unique provider_sid then failed the recording: the reverted d35474b).
    const c = await insertClient(handle.db);
    await pass('2027-01-12T12:01:00Z');
    t = buildTestApp(handle);
    await pass('2027-01-13T12:01:00Z');
    const sends = await dailySendsFor(handle.db, c.id);
    expect(sends.map((s) => s.status)).toEqual(['sent', 'sent']);
    const ids = (await morningTexts(c.id)).map((m) => m.provider_sid);
    expect(new Set(ids).size).toBe(2);
  });

  it('running the same instant twice sends nothing the second time', async () => {
    await insertClient(handle.db);
    await insertClient(handle.db);
    expect((await pass('2027-01-12T12:01:00Z')).sent).toBe(2);
    expect(await pass('2027-01-12T12:01:00Z')).toMatchObject({ due: 0, claimed: 0, sent: 0 });
    expect(t.sender.sent).toHaveLength(2);
  });
});

describe('scheduler.runMorningPass — failures and crashes', () => {
  it('retries a 429 / 5xx later with backoff and sends once it goes through', async () => {
    const c = await insertClient(handle.db);
    t.sender.failNext(
      { ok: false, retryable: true, code: 429, message: 'Too Many Requests', optedOut: false },
      { ok: false, retryable: true, code: 500, message: 'Internal Server Error', optedOut: false },
    );
    expect(await pass('2027-01-12T12:00:00Z')).toMatchObject({ claimed: 1, deferred: 1, sent: 0 });
    // Backoff with rng 0.5: attempt 1 → 0.5 × 30 s = 15 s, so 12:00:10 is too early and 12:01 is not.
    expect((await pass('2027-01-12T12:00:10Z')).claimed).toBe(0);
    expect(await pass('2027-01-12T12:01:00Z')).toMatchObject({ claimed: 1, deferred: 1 });
    expect(await pass('2027-01-12T12:10:00Z')).toMatchObject({ claimed: 1, sent: 1 });
    const texts = await morningTexts(c.id);
    expect(texts).toHaveLength(1); // the same stored message was retried, not a new one per attempt
    expect(texts[0]).toMatchObject({ status: 'queued', attempts: 3 });
    expect(t.sender.sent).toHaveLength(1);
  });

  it('21610 (recipient opted out at the carrier) marks the client opted out and is not retried', async () => {
    const c = await insertClient(handle.db);
    t.sender.failNext({ ok: false, retryable: false, code: 21610, message: 'Attempt to send to unsubscribed recipient', optedOut: true });
    expect(await pass('2027-01-12T12:00:00Z')).toMatchObject({ failed: 1 });
    const client = await handle.db.selectFrom('clients').select('status').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(client.status).toBe('opted_out');
    expect((await pass('2027-01-12T13:00:00Z')).claimed).toBe(0);
    expect((await pass('2027-01-13T12:00:00Z')).due).toBe(0); // no more mornings
  });

  it('a permanent error (invalid number) fails without retry', async () => {
    await insertClient(handle.db);
    t.sender.failNext({ ok: false, retryable: false, code: 21211, message: "The 'To' number is not a valid phone number.", optedOut: false });
    expect(await pass('2027-01-12T12:00:00Z')).toMatchObject({ failed: 1, deferred: 0 });
    expect((await pass('2027-01-12T13:00:00Z')).claimed).toBe(0);
  });

  it('claims left by a worker killed mid-batch are sent after the lease expires; sent ones are never re-sent', async () => {
    const clients = await Promise.all([1, 2, 3, 4].map((i) => insertClient(handle.db, { name: `C${i}` })));
    // A first worker creates today's sends, sends one, then claims the rest and dies before sending them.
    const now = new Date('2027-01-12T12:00:00Z');
    await runMorningPass(t.deps, { now, compose, pacer: noWait, batchSize: 1 }).catch(() => undefined);
    // ^ sends everything with batch 1; reset two of them to a "claimed by a dead worker" state instead:
    await sql`update daily_sends set status = 'pending', sent_at = null where client_id in (${sql.join([clients[2]!.id, clients[3]!.id])})`.execute(handle.db);
    await sql`delete from outbound_messages where client_id in (${sql.join([clients[2]!.id, clients[3]!.id])})`.execute(handle.db);
    const dead = await handle.db.transaction().execute((trx) => claimDailySends(trx, now, 5 * 60_000, 10));
    expect(dead).toHaveLength(2);
    t.sender.sent.length = 0;

    expect((await pass('2027-01-12T12:03:00Z')).claimed).toBe(0); // lease still held by the dead worker
    const after = await pass('2027-01-12T12:06:00Z');
    expect(after).toMatchObject({ claimed: 2, sent: 2 });
    for (const c of clients) expect(await morningTexts(c.id)).toHaveLength(1);
    expect(t.sender.sent.map((m) => m.to).sort()).toEqual([clients[2]!.phone, clients[3]!.phone].sort());
  });

  it('a claim takes sends whose lease ran out (a retry due, a dead worker\'s) before pending ones, and never one leased to another', async () => {
    const now = new Date('2027-01-12T12:00:00Z');
    const at = (iso: string) => new Date(iso);
    const rows = [
      { status: 'pending', due: '2027-01-12T11:00:00Z', lease: null },
      { status: 'pending', due: '2027-01-12T11:05:00Z', lease: null },
      { status: 'pending', due: '2027-01-12T11:10:00Z', lease: null },
      { status: 'sending', due: '2027-01-12T11:30:00Z', lease: '2027-01-12T11:59:00Z' }, // a retry now due
      { status: 'sending', due: '2027-01-12T10:00:00Z', lease: '2027-01-12T12:04:00Z' }, // another worker's claim
      { status: 'pending', due: '2027-01-12T12:30:00Z', lease: null }, // not due yet
    ] as const;
    const ids: string[] = [];
    for (const r of rows) {
      const c = await insertClient(handle.db);
      const row = await handle.db
        .insertInto('daily_sends')
        .values({ client_id: c.id, local_date: '2027-01-12', due_at: at(r.due), status: r.status, lease_until: r.lease ? at(r.lease) : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    const first = await claimDailySends(handle.db, now, 5 * 60_000, 2);
    expect(first.map((d) => d.id).sort()).toEqual([ids[3], ids[0]].sort());
    const rest = await claimDailySends(handle.db, now, 5 * 60_000, 10);
    expect(rest.map((d) => d.id).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await claimDailySends(handle.db, now, 5 * 60_000, 10)).toEqual([]);
    expect([...first, ...rest].every((d) => d.status === 'sending' && new Date(d.lease_until!).toISOString() === '2027-01-12T12:05:00.000Z')).toBe(true);
  });

  it('a worker that dies before handing its group over stores no text; after the lease each client gets one, composed then', async () => {
    const clients = await Promise.all([1, 2, 3].map((i) => insertClient(handle.db, { name: `C${i}` })));
    const now = new Date('2027-01-12T12:00:00Z');
    // The process dies while waiting for its first send slot: the claims are held, nothing is stored or sent.
    const dying = { take: async () => { throw new Error('SIGKILL'); } };
    await runMorningPass(t.deps, { now, compose, pacer: dying, concurrency: 1 });
    for (const c of clients) expect(await morningTexts(c.id)).toEqual([]);
    expect(t.sender.sent).toEqual([]);

    expect((await pass('2027-01-12T12:03:00Z')).claimed).toBe(0); // the dead worker's lease still holds
    expect(await pass('2027-01-12T12:06:00Z')).toMatchObject({ claimed: 3, sent: 3 });
    expect(t.sender.sent.map((m) => m.body).sort()).toEqual(['C1', 'C2', 'C3'].map((n) => `Good morning ${n}: workout for 2027-01-12`));
    for (const c of clients) expect(await morningTexts(c.id)).toMatchObject([{ status: 'queued', body: `Good morning ${c.name}: workout for 2027-01-12` }]);
  });

  it('a worker that stalls past its lease sends nothing for the claim another worker took over: the client gets one text', async () => {
    const c = await insertClient(handle.db, { name: 'Slow' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let stalled = false;
    // The first worker stalls while composing (a slow model call, a paused VM) until its 5-minute lease ran out.
    const slow: ComposeMorning = async (deps, client, localDate) => {
      if (!stalled) {
        stalled = true;
        await gate;
      }
      return compose(deps, client, localDate);
    };
    const now = new Date('2027-01-12T12:00:00Z');
    t.clock.now = now;
    const first = runMorningPass(t.deps, { now, compose: slow, pacer: noWait, concurrency: 1 });
    await expect.poll(() => stalled).toBe(true);
    expect(await pass('2027-01-12T12:06:00Z')).toMatchObject({ claimed: 1, sent: 1 });
    release();
    expect(await first).toMatchObject({ claimed: 1, sent: 0 });
    expect(t.sender.sent.map((m) => m.body)).toEqual(['Good morning Slow: workout for 2027-01-12']);
    expect(await morningTexts(c.id)).toHaveLength(1);
    expect(await dailySendsFor(handle.db, c.id)).toMatchObject([{ status: 'sent' }]);
  });

  it('a text stored by an earlier claim and not handed over (a 429) is sent as stored; one handed over with no answer is not re-sent', async () => {
    const stored = await insertClient(handle.db, { name: 'Queued' });
    const inFlight = await insertClient(handle.db, { name: 'InFlight' });
    const now = new Date('2027-01-12T12:00:00Z');
    const tooMany = { ok: false as const, retryable: true, code: 429, message: 'Too Many Requests', optedOut: false };
    t.sender.failNext(tooMany, tooMany);
    expect(await pass('2027-01-12T12:00:00Z')).toMatchObject({ deferred: 2, sent: 0 });
    // Both texts are stored, queued for the retry. One was handed over again by a worker that died before the answer:
    const [inFlightMsg] = await morningTexts(inFlight.id);
    await sql`update outbound_messages set status = 'sending' where id = ${inFlightMsg!.id}`.execute(handle.db);
    await sql`update daily_sends set lease_until = ${now} where status = 'sending'`.execute(handle.db);

    await pass('2027-01-12T12:10:00Z');
    expect(t.sender.sent.map((m) => m.to)).toEqual([stored.phone]);
    expect(t.sender.sent[0]?.body).toBe('Good morning Queued: workout for 2027-01-12');
    expect(await morningTexts(stored.id)).toHaveLength(1);
    const [unknown] = await dailySendsFor(handle.db, inFlight.id);
    expect(unknown).toMatchObject({ status: 'failed', error: expect.stringMatching(/outcome unknown/) });
  });
});

describe('scheduler.runMorningPass — the hand-over group (the crash bound)', () => {
  /**
   * A worker whose process dies while the provider holds its `hangAt`-th text: that call never answers and the
   * pass is abandoned, as a killed process would leave it. A second worker takes over after the lease.
   */
  async function crashMidGroup(hangAt: number, pacer: MorningPassOptions['pacer']) {
    const clients = await Promise.all(Array.from({ length: 10 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    let calls = 0;
    const dying = {
      channel: t.sender.channel,
      send: (m: Parameters<typeof t.sender.send>[0]) => (++calls === hangAt ? new Promise<never>(() => {}) : t.sender.send(m)),
    };
    const now = new Date('2027-01-12T12:00:00Z');
    t.clock.now = now;
    void runMorningPass({ ...t.deps, sender: dying }, { now, compose, pacer, concurrency: 2, handOverGroup: 4, rng: () => 0.5 });
    await expect.poll(() => calls, { timeout: 10_000 }).toBeGreaterThanOrEqual(hangAt);
    // Let the lanes still running settle (the other lane finishes its text), then the process is gone.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const after = await pass('2027-01-12T12:06:00Z'); // past the 5-minute lease
    const sends = await Promise.all(clients.map(async (c) => (await dailySendsFor(handle.db, c.id))[0]!));
    const texted = clients.map((c) => t.sender.sent.filter((m) => m.to === c.phone).length);
    return { after, sends, texted, unknown: sends.filter((s) => /outcome unknown/.test(s.error ?? '')) };
  }

  it('when the worker dies mid-group, at most one group of texts is left unknown, none is re-sent, and the rest go out', async () => {
    // Groups of 4 over 2 lanes: the first group went out, the second was marked and handed over when the
    // provider stopped answering on its third text.
    const { sends, texted, unknown } = await crashMidGroup(7, { take: async () => {}, delayMs: () => 0 });
    expect(unknown).toHaveLength(4);
    expect(Math.max(...texted)).toBe(1); // nobody texted twice
    expect(texted.filter((n) => n === 0)).toHaveLength(1); // only the text the provider never answered is missing
    expect(sends.filter((s) => s.status === 'sent')).toHaveLength(6);
  });

  it('when recording a sent group fails (its provider id is already stored), the groups after it still go out, and nobody is texted twice', async () => {
    // The reverted morning branch lost Ida's text this way: a sent group's recording rides in the next group's
    // statement, so a recording that fails took the next group down with it, and every group after that.
    const clients = await Promise.all(Array.from({ length: 6 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    await pass('2027-01-12T12:01:00Z');
    const [taken] = await morningTexts(clients[0]!.id);
    let calls = 0;
    const repeating = {
      channel: t.sender.channel,
      send: async (m: Parameters<typeof t.sender.send>[0]) => {
        const r = await t.sender.send(m);
        return ++calls === 1 && r.ok ? { ...r, providerSid: taken!.provider_sid! } : r;
      },
    };
    t.sender.sent.length = 0;
    const now = new Date('2027-01-13T12:01:00Z');
    t.clock.now = now;
    const summary = await runMorningPass({ ...t.deps, sender: repeating }, { now, compose, pacer: { take: async () => {}, delayMs: () => 0 }, concurrency: 2, handOverGroup: 2, rng: () => 0.5 });
    expect(summary).toMatchObject({ claimed: 6, sent: 6, deferred: 0 });
    for (const c of clients) {
      expect(t.sender.sent.filter((m) => m.to === c.phone)).toHaveLength(1);
      expect((await morningTexts(c.id)).filter((m) => m.body.includes('2027-01-13'))).toHaveLength(1);
    }
    const sends = await Promise.all(clients.map(async (c) => (await dailySendsFor(handle.db, c.id))[1]!));
    expect(sends.filter((s) => s.status === 'sent')).toHaveLength(4); // only the group whose recording failed is unsettled
    // After the lease, the next claim settles that group without sending again.
    await pass('2027-01-13T12:07:00Z');
    expect(t.sender.sent).toHaveLength(6);
  });

  it('when the carrier rate would make a full group wait, groups are the lanes: a crash leaves at most that many unknown', async () => {
    // One text a second: four slots would take 3 s, so the groups are 2 (the lanes).
    const { sends, texted, unknown } = await crashMidGroup(4, { take: async () => {}, delayMs: (n) => (n - 1) * 1000 });
    expect(unknown).toHaveLength(2);
    expect(Math.max(...texted)).toBe(1);
    expect(sends.filter((s) => s.status === 'sent')).toHaveLength(8);
  });
});

describe('scheduler.handOverGroupSize', () => {
  // A fresh pacer on a clock that stands still: n slots wait (n - 1) intervals.
  const paced = (perSecond: number) => createPacer(perSecond, { now: () => 0, sleep: async () => {} });

  it('with no carrier rate, or slots that come within 100 ms, a group is the full 64', () => {
    expect(handOverGroupSize({ delayMs: () => 0 }, 8, 64)).toBe(64);
    expect(handOverGroupSize(paced(1000), 8, 64)).toBe(64);
  });

  it('at 100 texts a second before any answer is seen, the groups are the lanes (8): 64 slots would take 630 ms', () => {
    expect(handOverGroupSize(paced(100), 8, 64)).toBe(8);
  });

  it('when the carrier takes 150 ms to answer, 8 lanes send no faster than ~53 a second: at 100/s the groups are full again', () => {
    expect(handOverGroupSize(paced(100), 8, 64, 150)).toBe(64);
  });

  it('when the carrier rate is slower than the lanes could send (1/s, 30/s), the groups stay the lanes, whatever the answers take', () => {
    expect(handOverGroupSize(paced(1), 8, 64, 150)).toBe(8);
    expect(handOverGroupSize(paced(30), 8, 64, 150)).toBe(8);
    expect(handOverGroupSize(paced(1), 8, 64, 2_000)).toBe(8);
  });
});

describe('scheduler.runMorningPass — a paced, slow carrier', () => {
  it.each([
    ['in one batch', {}],
    ['from one batch to the next (batches of 2, each one group)', { batchSize: 2 }],
  ])("the next group's send slots come while the group before is with the carrier, %s, and the carrier rate is still kept", async (_, sizes: Partial<MorningPassOptions>) => {
    // 20 texts a second (a slot every 50 ms), 2 lanes, groups of up to 4: four slots would wait 150 ms, so the first
    // groups are the lanes (2). The carrier answers each text after 100 ms. Before, a group's slots were taken only
    // after the last group's answers, so the carrier sat idle for every slot wait (bench:morning --send-rate: a
    // worker at 100/s with 8 lanes sent 24 texts/s against 150 ms answers, half what its lanes could).
    const clients = await Promise.all(Array.from({ length: 8 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    const rate = createPacer(20);
    let withCarrier = 0;
    const slots: Array<{ at: number; withCarrier: number }> = [];
    const sendStarts: number[] = [];
    const pacer = {
      take: async () => {
        await rate.take();
        slots.push({ at: performance.now(), withCarrier });
      },
      delayMs: (n: number) => rate.delayMs!(n),
    };
    const slow = {
      channel: t.sender.channel,
      send: async (m: Parameters<typeof t.sender.send>[0]) => {
        withCarrier += 1;
        sendStarts.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 100));
        withCarrier -= 1;
        return t.sender.send(m);
      },
    };
    const now = new Date('2027-01-12T12:01:00Z');
    t.clock.now = now;
    const summary = await runMorningPass({ ...t.deps, sender: slow }, { now, compose, pacer, concurrency: 2, handOverGroup: 4, rng: () => 0.5, ...sizes });
    expect(summary).toMatchObject({ claimed: 8, sent: 8, deferred: 0, failed: 0 });
    for (const c of clients) expect(t.sender.sent.filter((m) => m.to === c.phone)).toHaveLength(1);
    // Each later group's slots came (some of them) while the group before it waited on the carrier.
    expect(slots).toHaveLength(8);
    expect(slots.filter((s) => s.withCarrier > 0).length).toBeGreaterThanOrEqual(3);
    // The carrier rate held: the k-th text went no sooner than k - 1 slots (50 ms each) after the first slot.
    const first = slots[0]!.at;
    [...sendStarts].sort((a, b) => a - b).forEach((at, k) => expect(at - first).toBeGreaterThanOrEqual(k * 50 - 5));
  });
});

describe('scheduler.runMorningPass — hand-over groups per morning', () => {
  it('256 mornings go out in 4 group statements (one per 64 texts), not 5', async () => {
    // The group statements run one after another, each a synchronous commit: the morning's critical path. Batches
    // of 200 split 256 texts 64+64+64+8 and 56: five. Batches of whole groups (192) take 64+64+64 and 64: four.
    await Promise.all(Array.from({ length: 256 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    let groups = 0;
    const db = handle.db.withPlugin({
      transformQuery: (a) => (/insert into outbound_messages/.test(handle.db.getExecutor().compileQuery(a.node, a.queryId).sql) && groups++, a.node),
      transformResult: async (a) => a.result,
    });
    const now = new Date('2027-01-12T12:01:00Z');
    t.clock.now = now;
    const summary = await runMorningPass({ ...t.deps, db }, { now, compose, pacer: { take: async () => {}, delayMs: () => 0 }, concurrency: 8, rng: () => 0.5 });
    expect(summary).toMatchObject({ claimed: 256, sent: 256 });
    expect(groups).toBe(4);
  });
});

describe('scheduler.runMorningPass — statements PostgreSQL plans once (db/prepared.ts)', () => {
  it("every hand-over group and batch read of the clients is sent as one prepared text, the first group as the rest", async () => {
    // 10 clients in batches of 4, groups of 2: 3 batches and 5 hand-over groups. Each statement a batch repeats must
    // have one text, marked prepared, or PostgreSQL parses and plans it again every time (bench:morning: ~1.2 ms of
    // its CPU per group). The first group, with no earlier group's outcomes to record, used to have a text of its own.
    await Promise.all(Array.from({ length: 10 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    const texts: string[] = [];
    const db = handle.db.withPlugin({
      transformQuery: (a) => (texts.push(handle.db.getExecutor().compileQuery(a.node, a.queryId).sql), a.node),
      transformResult: async (a) => a.result,
    });
    const now = new Date('2027-01-12T12:01:00Z');
    t.clock.now = now;
    const summary = await runMorningPass({ ...t.deps, db }, { now, compose, pacer: { take: async () => {}, delayMs: () => 0 }, concurrency: 2, batchSize: 4, handOverGroup: 2, rng: () => 0.5 });
    expect(summary).toMatchObject({ claimed: 10, sent: 10 });
    const kinds = {
      group: /insert into outbound_messages/,
      clients: /from clients c where c.id = k.id/,
    };
    for (const [kind, re] of Object.entries(kinds)) {
      const these = texts.filter((s) => re.test(s));
      expect(these.length, kind).toBeGreaterThan(1);
      expect(new Set(these).size, kind).toBe(1);
      expect(these[0]!.startsWith('/* prepared */'), kind).toBe(true);
    }
  });
});
