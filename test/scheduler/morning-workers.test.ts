import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { truncateClientData, useTestDatabase, usingPostgres } from '../support/db.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../support/pg-url.js';
import { buildTestApp, COACH_NUMBER, type TestApp } from '../support/deps.js';
import { insertClient, uniquePhone, type ClientSpec } from '../support/clients.js';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio.js';
import { aRequest } from '../engine/strength/builders.js';
import { raceRequest } from '../engine/endurance/builders.js';
import { openPostgres, type DatabaseHandle } from '../../src/db/connection.js';
import type { AppDeps } from '../../src/app-deps.js';
import type { ClientRow } from '../../src/db/schema.js';
import type { PlanRequest } from '../../src/engine/program/program.js';
import type { LiftItem, WorkoutDay } from '../../src/engine/workout/workout.js';
import { createSender } from '../../src/bootstrap.js';
import { materializeDue, runMorningPass, MORNING_FALLBACK, type MorningPassOptions, type MorningPassSummary } from '../../src/scheduler/morning-pass.js';
import { dailySendsFor, takeMaterializeTurn } from '../../src/db/repositories/daily-sends.repository.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';
import { startPlan } from '../../src/services/plans.service.js';
import { formatLift, formatRunLines } from '../../src/messages/format/workout-lines.js';
import { commonRir } from '../../src/messages/format/daily-message.js';
import { toGsm7 } from '../../src/channels/sms-text.js';

/**
 * The morning run end to end: real plans through the coaching flow, several workers on one PostgreSQL, a
 * worker process killed mid-batch, and the real Twilio client against the local fake Twilio.
 *
 * Dates: plans start Monday 2026-11-30; Tuesday 2026-12-01 is a lifting day (Mon/Tue/Thu/Fri) and a run day
 * (Tue/Wed/Thu/Sat/Sun) for the race plan. 07:00 in New York that day (EST) is 12:00Z.
 */
const PLAN_START = '2026-11-30';
const DAY = '2026-12-01';
const AT = new Date('2026-12-01T12:05:00Z');
const strengthPlan = (): PlanRequest => aRequest({ startDate: PLAN_START, weeks: 8 });
const racePlan = (): PlanRequest => raceRequest();
const noWait = { take: async () => {} };
/** Also says it never waits: each group's successes are then recorded by the statement marking the next group. */
const freeSlots = { take: async () => {}, delayMs: () => 0 };

async function clientWithPlan(deps: Pick<AppDeps, 'db'>, request: PlanRequest, spec: ClientSpec = {}): Promise<ClientRow> {
  const client = await insertClient(deps.db, { timezone: 'America/New_York', morningTime: '07:00', status: 'active', ...spec });
  await deps.db.transaction().execute((trx) => startPlan(trx, client, request, PLAN_START));
  return client;
}

async function morningTexts(db: DatabaseHandle['db'], clientId?: string) {
  let q = db.selectFrom('outbound_messages').selectAll().where('kind', '=', 'morning');
  if (clientId) q = q.where('client_id', '=', clientId);
  return q.orderBy('created_at').execute();
}

/** Counts per client of morning texts: all stored ones, and those a provider took (it returned an id). */
async function textsPerClient(db: DatabaseHandle['db']) {
  const rows = await db
    .selectFrom('clients as c')
    .leftJoin('outbound_messages as o', (j) => j.onRef('o.client_id', '=', 'c.id').on('o.kind', '=', 'morning'))
    .select((eb) => [
      'c.id',
      'c.phone',
      eb.fn.count<number>('o.id').as('stored'),
      eb.fn.count<number>('o.provider_sid').as('handed'),
    ])
    .groupBy(['c.id', 'c.phone'])
    .execute();
  return rows.map((r) => ({ id: r.id, phone: r.phone, stored: Number(r.stored), handed: Number(r.handed) }));
}

/** The stored workout a morning text was built from. */
async function storedWorkout(db: DatabaseHandle['db'], clientId: string, date: string): Promise<WorkoutDay> {
  const row = await db.selectFrom('workout_instances').select('workout').where('client_id', '=', clientId).where('date', '=', date).executeTakeFirstOrThrow();
  return row.workout as WorkoutDay;
}

// ---------------------------------------------------------------------------------------------------------
// On both databases: content from the coaching flow, and the real Twilio client against the fake.
// ---------------------------------------------------------------------------------------------------------

describe('morning run — on the configured database', () => {
  const handle = useTestDatabase();
  let t: TestApp;
  beforeEach(async () => {
    await truncateClientData(handle.db);
    t = buildTestApp(handle, { now: AT });
  });

  describe('content comes from the coaching flow', () => {
    it('a strength client gets today\'s lifts with sets x reps, a race client today\'s run, a corrupted plan the fallback', async () => {
      const lifter = await clientWithPlan(t.deps, strengthPlan(), { name: 'Lee' });
      const runner = await clientWithPlan(t.deps, racePlan(), { name: 'Rae' });
      const broken = await clientWithPlan(t.deps, strengthPlan(), { name: 'Bo' });
      await sql`update fitness_plans set outline = '{}'::jsonb where client_id = ${broken.id}`.execute(handle.db);

      const summary = await runMorningPass(t.deps, { now: AT, compose: composeMorningMessage, pacer: noWait, rng: () => 0.5 });
      expect(summary).toMatchObject({ due: 3, claimed: 3, sent: 3, failed: 0, deferred: 0 });

      // Strength: the stored workout is a lifting day, and the text carries its main lifts as sets x reps.
      const [liftText] = await morningTexts(handle.db, lifter.id);
      const liftDay = await storedWorkout(handle.db, lifter.id, DAY);
      expect(liftDay.kind).toBe('strength');
      const lifts = liftDay.items.filter((i): i is LiftItem => i.kind === 'lift' && i.section === 'compound');
      expect(lifts.length).toBeGreaterThan(0);
      expect(liftText!.body).toMatch(/^Good morning, Lee!/);
      expect(liftText!.body).toContain(toGsm7(liftDay.title));
      for (const lift of lifts) {
        // The day's shared effort (RIR) is said once on its own line, so a lift at it carries no suffix.
        expect(liftText!.body).toContain(toGsm7(formatLift(lift, {}, commonRir(liftDay))));
        expect(liftText!.body).toMatch(new RegExp(`${lift.sets}x${lift.reps.replace(/[-]/g, '\\-')}`));
      }

      // Race: a run day whose main set and total are in the text.
      const [runText] = await morningTexts(handle.db, runner.id);
      const runDay = await storedWorkout(handle.db, runner.id, DAY);
      expect(runDay.kind).toBe('run');
      const run = formatRunLines(runDay);
      expect(run.main ?? run.total).toBeTruthy();
      if (run.main) expect(runText!.body).toContain(toGsm7(run.main));
      if (run.total) expect(runText!.body).toContain(run.total);
      expect(runText!.body).toMatch(/\d+(\.\d+)? mi/);

      // The corrupted plan: the fallback, recorded as such, and no workout invented for it.
      const [fallback] = await morningTexts(handle.db, broken.id);
      expect(fallback!.body).toBe(MORNING_FALLBACK);
      expect(fallback!.agent).toMatchObject({ fallback: 'generation_failed' });
      expect(await handle.db.selectFrom('workout_instances').select('id').where('client_id', '=', broken.id).execute()).toHaveLength(0);

      // What went out is what was stored.
      expect(t.sender.sent.map((m) => m.body).sort()).toEqual([liftText!.body, runText!.body, fallback!.body].sort());
    });

    it('a later "what\'s today" reads the same stored workout the morning text was built from', async () => {
      const lifter = await clientWithPlan(t.deps, strengthPlan());
      await runMorningPass(t.deps, { now: AT, compose: composeMorningMessage, pacer: noWait });
      const [text] = await morningTexts(handle.db, lifter.id);
      // Composing again (any later reader) gets the stored instance, so the words agree.
      const again = await composeMorningMessage(t.deps, lifter, DAY);
      expect(toGsm7(again.body)).toBe(text!.body);
      expect(await handle.db.selectFrom('workout_instances').select('id').where('client_id', '=', lifter.id).execute()).toHaveLength(1);
    });

    it('a day another reader stored while the batch composed is the one texted and kept, once', async () => {
      const lifter = await clientWithPlan(t.deps, strengthPlan(), { name: 'Lee' });
      const other = await clientWithPlan(t.deps, strengthPlan(), { name: 'Ona' });
      // The batch stores its new days together after composing. Meanwhile a "what's today" for Lee stored
      // today's day first (here a rest day, so the two versions differ): Lee must be texted the stored one.
      const stored: WorkoutDay = {
        date: DAY, kind: 'rest', title: 'Rest day (moved by your coach)', loadLevel: 'rest', position: 'Week 1 of 8', items: [],
        totalDistance: null, distanceUnit: null, why: 'Your coach moved today to rest.', notes: [], estimatedMinutes: 0,
      };
      let raced = false;
      const racing = Object.assign(async (deps: AppDeps, client: ClientRow, date: string) => {
        const composed = await composeMorningMessage(deps, client, date);
        if (client.id === lifter.id && !raced) {
          raced = true;
          const plan = await deps.db.selectFrom('fitness_plans').select('id').where('client_id', '=', lifter.id).executeTakeFirstOrThrow();
          await deps.db.insertInto('workout_instances')
            .values({ client_id: lifter.id, plan_id: plan.id, microcycle_id: null, date, workout: JSON.stringify(stored), rationale: null, engine_input: '{}' })
            .execute();
        }
        return composed;
      }, { prefetch: composeMorningMessage.prefetch });

      const summary = await runMorningPass(t.deps, { now: AT, compose: racing, pacer: noWait });
      expect(summary).toMatchObject({ sent: 2, failed: 0 });
      const [leeText] = await morningTexts(handle.db, lifter.id);
      // A rest day's text is its position and the day's reason (daily-message restDayLines).
      expect(leeText!.body).toBe('Good morning, Lee! Week 1 of 8.\nRest day. Your coach moved today to rest.');
      expect(await storedWorkout(handle.db, lifter.id, DAY)).toMatchObject({ title: stored.title });
      expect(await handle.db.selectFrom('workout_instances').select('id').where('client_id', '=', lifter.id).execute()).toHaveLength(1);
      // Ona's day was stored with the batch and is the one she was texted.
      const [onaText] = await morningTexts(handle.db, other.id);
      const onaDay = await storedWorkout(handle.db, other.id, DAY);
      expect(onaDay.kind).toBe('strength');
      expect(onaText!.body).toContain(toGsm7(onaDay.title));
    });
  });

  describe('through the real Twilio client and the fake Twilio', () => {
    let fake: FakeTwilio;
    let server: Server;
    let base: string;
    const optedOutPhone = uniquePhone();

    beforeAll(async () => {
      fake = await startFakeTwilio({ optedOut: [optedOutPhone] });
      server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await fake.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    /** An app whose config is a real Twilio setup pointed at the fake, serving /sms/status on `base`. */
    let deps: AppDeps;
    beforeEach(() => {
      fake.messages.length = 0;
      fake.requests.length = 0;
      fake.script([]);
      t = buildTestApp(handle, {
        now: AT,
        env: {
          PUBLIC_BASE_URL: base,
          TWILIO_ACCOUNT_SID: fake.accountSid,
          TWILIO_AUTH_TOKEN: fake.authToken,
          TWILIO_FROM_NUMBER: COACH_NUMBER,
          TWILIO_API_BASE_URL: fake.url,
        },
      });
      server.removeAllListeners('request');
      server.on('request', t.app);
      deps = { ...t.deps, sender: createSender(t.deps.config) };
    });

    function pass(at: Date, extra: Partial<MorningPassOptions> = {}): Promise<MorningPassSummary> {
      t.clock.now = at;
      return runMorningPass(deps, { now: at, compose: composeMorningMessage, pacer: noWait, rng: () => 0.5, ...extra });
    }
    const later = (ms: number) => new Date(AT.getTime() + ms);

    it('sends through the real client: the fake gets To, From, Body and StatusCallback; the stored row gets the sid', async () => {
      expect(deps.sender.channel).toBe('twilio');
      const c = await clientWithPlan(t.deps, strengthPlan());
      expect(await pass(AT)).toMatchObject({ claimed: 1, sent: 1 });
      const [stored] = await morningTexts(handle.db, c.id);
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]!.form).toEqual({ To: c.phone, From: COACH_NUMBER, Body: stored!.body, StatusCallback: `${base}/sms/status` });
      expect(fake.requests[0]).toMatchObject({ accountSidInPath: fake.accountSid, username: fake.accountSid, answer: 201 });
      expect(stored).toMatchObject({ status: 'queued', provider_sid: fake.messages[0]!.sid, channel: 'twilio', attempts: 1, error_code: null });
    });

    it('429 then ok: deferred on the first pass, sent once on a later one', async () => {
      const c = await clientWithPlan(t.deps, strengthPlan());
      fake.script([{ status: 429 }]);
      expect(await pass(AT)).toMatchObject({ claimed: 1, deferred: 1, sent: 0 });
      let [stored] = await morningTexts(handle.db, c.id);
      expect(stored).toMatchObject({ status: 'queued', provider_sid: null, error_code: '20429', attempts: 1 });
      const [send] = await dailySendsFor(handle.db, c.id);
      // Backoff with rng 0.5 on the first attempt: 15 s.
      expect(send).toMatchObject({ status: 'sending', error: expect.stringMatching(/^20429 /) });
      expect(send!.lease_until!.getTime()).toBe(AT.getTime() + 15_000);
      expect(fake.messages).toHaveLength(0);

      expect((await pass(later(10_000))).claimed).toBe(0); // not yet
      expect(await pass(later(60_000))).toMatchObject({ claimed: 1, sent: 1 });
      expect(fake.requests.map((r) => r.answer)).toEqual([429, 201]);
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]).toMatchObject({ to: c.phone, body: stored!.body, statusCallback: `${base}/sms/status` });
      [stored] = await morningTexts(handle.db, c.id);
      expect(stored).toMatchObject({ status: 'queued', provider_sid: fake.messages[0]!.sid, attempts: 2, error_code: null });
      expect((await dailySendsFor(handle.db, c.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
      expect(await morningTexts(handle.db, c.id)).toHaveLength(1);
    });

    it('500: deferred with the error recorded, nothing delivered, then sent when Twilio recovers', async () => {
      const c = await clientWithPlan(t.deps, strengthPlan());
      fake.script([{ status: 500 }]);
      expect(await pass(AT)).toMatchObject({ claimed: 1, deferred: 1, sent: 0, failed: 0 });
      const [stored] = await morningTexts(handle.db, c.id);
      expect(stored).toMatchObject({ status: 'queued', provider_sid: null, error_code: '20500' });
      expect((await dailySendsFor(handle.db, c.id))[0]).toMatchObject({ status: 'sending', error: expect.stringMatching(/^20500 /) });
      expect(fake.messages).toHaveLength(0);
      expect(await pass(later(60_000))).toMatchObject({ sent: 1 });
      expect(fake.requests.map((r) => r.answer)).toEqual([500, 201]);
    });

    it('21610 from the carrier: the client is opted out, the send fails, and nothing is retried', async () => {
      const c = await clientWithPlan(t.deps, strengthPlan(), { phone: optedOutPhone });
      expect(await pass(AT)).toMatchObject({ claimed: 1, failed: 1, deferred: 0, sent: 0 });
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]).toMatchObject({ answer: 400, form: { To: optedOutPhone } });
      const [stored] = await morningTexts(handle.db, c.id);
      expect(stored).toMatchObject({ status: 'failed', provider_sid: null, error_code: '21610' });
      const client = await handle.db.selectFrom('clients').select('status').where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(client.status).toBe('opted_out');
      expect((await dailySendsFor(handle.db, c.id))[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^21610 /) });

      expect((await pass(later(60 * 60_000))).claimed).toBe(0);
      expect((await pass(new Date('2026-12-02T12:05:00Z'))).due).toBe(0);
      expect(fake.requests).toHaveLength(1);
    });

    it('a signed status callback from the fake reaches /sms/status and moves the stored message to delivered', async () => {
      const c = await clientWithPlan(t.deps, strengthPlan());
      await pass(AT);
      const [sent] = fake.messages;
      expect(sent!.statusCallback).toBe(`${base}/sms/status`);
      expect(await fake.deliver(sent!.sid, 'sent')).toBe(204);
      expect((await morningTexts(handle.db, c.id))[0]).toMatchObject({ status: 'sent', provider_sid: sent!.sid });
      expect(await fake.deliver(sent!.sid, 'delivered')).toBe(204);
      expect((await morningTexts(handle.db, c.id))[0]).toMatchObject({ status: 'delivered', provider_sid: sent!.sid, error_code: null });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Real PostgreSQL only: several workers, and a worker process killed mid-batch.
// ---------------------------------------------------------------------------------------------------------

describe.runIf(usingPostgres())('morning run — workers on one PostgreSQL', () => {
  let database: PostgresTestDatabase;
  const handles: DatabaseHandle[] = [];
  const open = (max = 6) => {
    const h = openPostgres(database.url, { max });
    handles.push(h);
    return h;
  };

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.close()));
    await database.drop();
  });

  async function seedClients(deps: Pick<AppDeps, 'db'>, n: number): Promise<ClientRow[]> {
    const out: ClientRow[] = [];
    // A few at a time: the pool is small and each plan is a transaction.
    for (let i = 0; i < n; i += 6) {
      const batch = Array.from({ length: Math.min(6, n - i) }, (_, j) =>
        clientWithPlan(deps, (i + j) % 3 === 2 ? racePlan() : strengthPlan(), { name: `W${i + j}` }),
      );
      out.push(...(await Promise.all(batch)));
    }
    return out;
  }

  it('two workers with their own pools, started together, send each of 150 clients exactly one text', async () => {
    const a = buildTestApp(open(), { now: AT });
    const b = buildTestApp(open(), { now: AT });
    const clients = await seedClients(a.deps, 150);

    // Small batches so the two workers take turns claiming instead of one claiming all 150 at once.
    const opts = { now: AT, compose: composeMorningMessage, pacer: freeSlots, concurrency: 4, batchSize: 10, rng: () => 0.5 };
    const [sa, sb] = await Promise.all([runMorningPass(a.deps, opts), runMorningPass(b.deps, opts)]);

    expect(sa.sent + sb.sent).toBe(150);
    expect(sa.due + sb.due).toBe(150);
    expect(sa.claimed + sb.claimed).toBe(150);
    expect(sa.claimed).toBeGreaterThan(0);
    expect(sb.claimed).toBeGreaterThan(0);
    expect(sa.failed + sb.failed + sa.deferred + sb.deferred + sa.skipped + sb.skipped).toBe(0);

    const counts = await textsPerClient(a.deps.db);
    expect(counts).toHaveLength(150);
    for (const c of counts) expect(c, c.phone).toMatchObject({ stored: 1, handed: 1 });
    const phones = [...a.sender.sent, ...b.sender.sent].map((m) => m.to);
    expect(new Set(phones).size).toBe(150);
    expect(phones.sort()).toEqual(clients.map((c) => c.phone).sort());
    // Every text is a real workout, not the fallback.
    expect((await morningTexts(a.deps.db)).filter((m) => m.body === MORNING_FALLBACK)).toHaveLength(0);
    // One workout per client for the day, however the two workers interleaved.
    const workouts = await a.deps.db.selectFrom('workout_instances').select('client_id').where('date', '=', DAY).execute();
    expect(new Set(workouts.map((w) => w.client_id)).size).toBe(150);
    expect(workouts).toHaveLength(150);
  });

  it('a worker that waited for another worker to create the morning\'s sends does not read every client again, and each client still gets one text', async () => {
    const a = buildTestApp(open(), { now: AT });
    const b = buildTestApp(open(), { now: AT });
    const watcher = open(1).db;
    const clients = await Promise.all([1, 2, 3, 4, 5].map((i) => insertClient(a.deps.db, { name: `T${i}` })));
    // The read of every zone's due clients (morningCandidates), as the second worker runs it.
    let candidateReads = 0;
    const readsCandidates = (node: { kind: string; sqlFragments?: readonly string[] }) => node.kind === 'RawNode' && /with z as/.test(node.sqlFragments?.join('') ?? '');
    const bDeps = { ...b.deps, db: b.deps.db.withPlugin({ transformQuery: (q) => (readsCandidates(q.node) && (candidateReads += 1), q.node), transformResult: async (q) => q.result }) };

    let second!: Promise<{ due: number; late: number }>;
    // Worker A holds the turn; worker B ticks at the same instant and waits for it; then A creates the sends.
    const first = await a.deps.db.transaction().execute(async (trx) => {
      await takeMaterializeTurn(trx);
      second = materializeDue(bDeps, AT);
      for (let i = 0; i < 200; i++) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`.execute(watcher);
        if (rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      return materializeDue({ ...a.deps, db: trx }, AT);
    });
    expect(first).toEqual({ due: 5, late: 0 });
    expect(await second).toEqual({ due: 0, late: 0 });
    expect(candidateReads).toBe(0);

    // Both passes then claim what A created: each client one text.
    const opts = { now: AT, compose: async () => ({ body: 'Good morning' }), pacer: freeSlots, concurrency: 2, batchSize: 2, rng: () => 0.5 };
    const [sa, sb] = await Promise.all([runMorningPass(a.deps, opts), runMorningPass(bDeps, opts)]);
    expect(sa.sent + sb.sent).toBe(5);
    for (const c of clients) expect((await dailySendsFor(a.deps.db, c.id)).map((d) => d.status)).toEqual(['sent']);
    expect([...a.sender.sent, ...b.sender.sent].map((m) => m.to).sort()).toEqual(clients.map((c) => c.phone).sort());
  });

  it('a worker process killed mid-batch: after the lease, another worker finishes; nobody gets two texts', async () => {
    const t = buildTestApp(open(), { now: AT });
    const clients = await seedClients(t.deps, 60);
    const db = t.deps.db;

    const child: ChildProcess = spawn('npx', ['tsx', 'scripts/morning.ts', '--at', AT.toISOString()], {
      cwd: process.cwd(),
      // Its own process group, so SIGKILL reaches npx, tsx and the node process that does the work.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        SEND_RATE_PER_SECOND: '20',
        LOG_LEVEL: 'silent',
        // The local channel: the child must not reach any real provider or model.
        TWILIO_ACCOUNT_SID: '',
        TWILIO_AUTH_TOKEN: '',
        TWILIO_FROM_NUMBER: '',
        TWILIO_MESSAGING_SERVICE_SID: '',
        OPENAI_API_KEY: '',
        PUBLIC_BASE_URL: '',
      },
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };

    let handedAtKill: number;
    try {
      // Wait for the child to start handing texts over (npx + tsx start-up is not part of "mid-batch").
      const deadline = Date.now() + 30_000;
      let handed = 0;
      while (handed === 0) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`child never started sending:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
        handed = (await db.selectFrom('outbound_messages').select((eb) => eb.fn.count<number>('id').as('n')).where('provider_sid', 'is not', null).executeTakeFirstOrThrow()).n;
      }
      // ~1 s in at 20 texts/s: about a third of the 60 are out.
      await new Promise((r) => setTimeout(r, 1_000));
      killGroup();
      expect(await exited).toBe('SIGKILL');
      handedAtKill = Number(
        (await db.selectFrom('outbound_messages').select((eb) => eb.fn.count<number>('id').as('n')).where('provider_sid', 'is not', null).executeTakeFirstOrThrow()).n,
      );
    } finally {
      killGroup();
    }
    expect(handedAtKill, output).toBeGreaterThan(0);
    expect(handedAtKill, 'the child finished before it was killed: nothing was left mid-batch').toBeLessThan(60);
    // It died holding claims: rows in 'sending' under a lease that runs to AT + 5 min.
    const held = await db.selectFrom('daily_sends').select(['status', 'lease_until']).where('status', '=', 'sending').execute();
    expect(held.length).toBeGreaterThan(0);
    const childPhones = new Set((await db.selectFrom('outbound_messages').select('to_phone').where('provider_sid', 'is not', null).execute()).map((r) => r.to_phone));

    // A pass inside the lease takes nothing over; one past it does.
    const early = await runMorningPass(t.deps, { now: new Date(AT.getTime() + 3 * 60_000), compose: composeMorningMessage, pacer: noWait, concurrency: 4 });
    expect(early.claimed).toBe(0);
    const after = new Date(AT.getTime() + 6 * 60_000);
    t.clock.now = after;
    const summary = await runMorningPass(t.deps, { now: after, compose: composeMorningMessage, pacer: noWait, concurrency: 4 });
    expect(summary.claimed).toBeGreaterThan(0);

    const counts = await textsPerClient(db);
    const sends = await db.selectFrom('daily_sends').selectAll().execute();
    expect(sends).toHaveLength(60);
    const unknown = sends.filter((s) => s.status === 'failed' && /outcome unknown/.test(s.error ?? ''));
    expect(unknown.length).toBeLessThanOrEqual(1);
    expect(sends.filter((s) => s.status !== 'sent' && !unknown.includes(s))).toEqual([]);
    for (const c of counts) {
      if (unknown.some((u) => u.client_id === c.id)) {
        // Handed to the provider with no answer recorded: not sent again.
        expect(c.handed, c.phone).toBe(0);
        expect(t.sender.sent.map((m) => m.to)).not.toContain(c.phone);
      } else {
        expect(c.handed, c.phone).toBe(1);
      }
    }
    // Handed-over texts are 'local' (the child's channel) or 'queued' with the provider's id (this worker's).
    const handedRows = await db.selectFrom('outbound_messages').select(['status', 'provider_sid', 'to_phone']).where('provider_sid', 'is not', null).execute();
    for (const r of handedRows) expect(['local', 'accepted', 'queued']).toContain(r.status);
    // The takeover sent only to those the child had not reached.
    for (const m of t.sender.sent) expect(childPhones.has(m.to), m.to).toBe(false);
    expect(t.sender.sent.length + childPhones.size + unknown.length).toBe(clients.length);
  }, 60_000);
});
