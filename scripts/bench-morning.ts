import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { sql, type LogEvent } from 'kysely';
import { z } from 'zod';
import { parseConfig } from '../src/config.js';
import type { AppDeps } from '../src/app-deps.js';
import type { Database } from '../src/db/schema.js';
import type { Sender } from '../src/channels/sender.js';
import { openPostgres } from '../src/db/connection.js';
import { adminQuery, withDatabase } from '../src/db/admin-query.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createLogger } from '../src/logger.js';
import { createTwilioSender } from '../src/channels/twilio-sender.js';
import { materializeDue, runMorningPass, handOverGroupSize, HAND_OVER_GROUP, MORNING_FALLBACK, type MorningPassSummary } from '../src/scheduler/morning-pass.js';
import { createPacer, type Pacer } from '../src/scheduler/pacer.js';
import { databasePacer } from '../src/scheduler/shared-pacer.js';
import { composeMorningMessage, prefetchMorningReads } from '../src/services/morning-message.service.js';
import { withBatchReads } from '../src/db/batch-reads.js';
import { deferringWrites, noDeferredWrites } from '../src/db/batch-writes.js';
import { weekMemoStats } from '../src/services/week-memo.js';
import { planOutline, type PlanRequest } from '../src/engine/program/program.js';
import { parseStrengthRequest } from '../src/engine/strength/index.js';
import { raceRequestSchema } from '../src/engine/endurance/index.js';
import { EQUIPMENT_PRESETS } from '../src/engine/vocabulary.js';
import type { FakeTwilio } from '../test/support/fake-twilio.js';

/**
 * `npm run bench:morning -- [--clients 10000] [--database-url postgres://…] [--concurrency 8,16] [--group 64] [--batch 192] [--in-flight 2] [--workers 1,2,2x4] [--sequential] [--sends-before-go] [--sample-waits] [--warm-up 300] [--warm-up-pass] [--warm-pool] [--scale-out-only] [--worker-node-flags="…"] [--worker-cpu-prof DIR] [--cpu-prof DIR] [--distinct-plans] [--twilio] [--carrier-latency 150] [--carrier-jitter 0.5] [--send-rate 100] [--profile] [--async-commit] [--auto-explain MS] [--keep]`
 *
 * Seeds N active clients with real plans across 8 time zones in a fresh database (cadence_bench_<pid>_<random>,
 * dropped at the end), then runs the morning pass at an instant when every one of them is due, once per
 * concurrency: materialize, claim, compose through the coaching flow (plan → week → workout → formatter)
 * and send. The sender is an in-process no-op (and, with --twilio, also the real Twilio client against the
 * local fake Twilio); the pacer is unlimited. The floor is a bare multi-row insert of N outbound_messages.
 * --group sets the hand-over group (texts marked `sending` in one statement, the crash bound; the pacer here
 * never binds, so groups are always this size); --batch and --in-flight set the daily sends claimed per batch and the
 * batches a process works on at once (the pass's defaults otherwise). --profile groups query time by statement; --async-commit (diagnostic) turns off synchronous_commit for the
 * bench database to show how much of the run is commit latency; --auto-explain MS (diagnostic) logs the plan of every
 * statement slower than MS ms to the PostgreSQL server's log (auto_explain); --keep keeps the database.
 * --workers 1,2 (scale-out) runs a cold morning once per count with that many worker processes at once (each
 * a child process running the same pass on its own pool), times it until the last one finishes, and counts
 * texts per client: every client exactly once. A count may repeat (--workers 1,2,1,2: ranges on a shared
 * machine). Each worker first warms up the same way (--warm-up N, default 300 clients; 0 = none): it composes N
 * clients' texts for a week later, nothing stored or sent, as a long-running worker has a hot JIT from earlier
 * mornings (see warmUp); the output says so; --warm-up-pass makes it a whole rolled-back morning pass for N clients (claim,
 * group statements and recordings too, see warmUpPass). Per worker it prints the kernel CPU, the statements and the
 * context switches of the pass; --worker-cpu-prof DIR writes a V8 CPU profile of each worker's pass alone; --warm-pool
 * opens every connection of each worker's pool before 'go' (no PostgreSQL backend starts inside the pass).
 * Per worker it also prints its CPU per text for its first 1,000 texts and for the rest (a process's start-up
 * costs: JIT, its caches, the week builds), and the PostgreSQL backends that worked. --workers 2x4 runs two
 * workers at concurrency 4 each (the same connections in total as one at 8). --sends-before-go creates the daily
 * sends before 'go' (out of the figures); --sequential does so and runs the workers one after another, each on its
 * own share of the sends, so the summed CPU of two processes that do not run at once compares with one worker's
 * (per-process costs against the cost of running together). --sample-waits samples pg_stat_activity every 20 ms
 * (wait events, backends blocked by another's lock). Before runs with two or more workers it prints the machine's own
 * cost of two at once (the same fixed CPU work alone and two at once).
 * --carrier-latency MS runs every --workers count twice: the CPU-bound case (the no-op sender) and the carrier-bound
 * one, each worker sending through the real Twilio client to one fake Twilio (in this process) that answers every
 * request after MS ms ± --carrier-jitter (a share, default 0.5; seeded, so every run draws the same delays). A real
 * carrier is a network call: that is the case scale-out is for. --send-rate R gives each worker the production pacer
 * (databasePacer with SEND_RATE_PER_SECOND=R, as cron.ts builds it: every worker claims its slots from one schedule
 * in the database, so two workers together send at R); without it the sends are unpaced. It prints what the
 * carrier took (numbers texted more than once, counted there), the requests waiting on it (mean, peak) against
 * lanes x workers, and the bound (the answers, lanes x workers at a time; the pacer's rate, shared).
 * --scale-out-only skips the single-process cold and warm runs;
 * --worker-node-flags="--max-semi-space-size=32" (with "=": the value starts with dashes) starts the workers with
 * those node flags (GC experiments).
 */

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '10000' },
    'database-url': { type: 'string' },
    concurrency: { type: 'string', default: '8,16' },
    group: { type: 'string', default: String(HAND_OVER_GROUP) },
    batch: { type: 'string' },
    'in-flight': { type: 'string' },
    twilio: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'async-commit': { type: 'boolean', default: false },
    'auto-explain': { type: 'string' },
    workers: { type: 'string', default: '' },
    'distinct-plans': { type: 'boolean', default: false },
    'warm-up': { type: 'string', default: '300' },
    'warm-up-pass': { type: 'boolean', default: false },
    'warm-pool': { type: 'boolean', default: false },
    'scale-out-only': { type: 'boolean', default: false },
    sequential: { type: 'boolean', default: false },
    'sample-waits': { type: 'boolean', default: false },
    'sends-before-go': { type: 'boolean', default: false },
    'worker-node-flags': { type: 'string', default: '' },
    'worker-cpu-prof': { type: 'string' },
    'cpu-prof': { type: 'string' },
    'carrier-latency': { type: 'string' },
    'carrier-jitter': { type: 'string', default: '0.5' },
    'send-rate': { type: 'string' },
    // Internal: this process is one of --workers' children (database URL, concurrency).
    'worker-of': { type: 'string' },
  },
  strict: true,
});

/** --batch and --in-flight when given (the pass's own defaults otherwise): claimed per batch, batches at once. */
function passSizes(batch: number | string | undefined, inFlight: number | string | undefined): { batchSize?: number; batchesInFlight?: number } {
  return { ...(batch ? { batchSize: Number(batch) } : {}), ...(inFlight ? { batchesInFlight: Number(inFlight) } : {}) };
}

/** No carrier rate (the sends are no-ops): never waits, and says so, as a pacer with slots free does. */
const unpaced = { take: async () => {}, delayMs: () => 0 };

/** Per worker, the pass's CPU up to this many texts handed over is printed apart from the rest's (start-up costs). */
const FIRST_TEXTS = 1000;

/**
 * A worker in production has run earlier mornings: its JIT has compiled the hot code (the pg driver, the
 * engine, the formatter). A fresh bench process would compile it inside the timed pass, so N workers would pay
 * that N times for the same 10,000 texts. Before 'go',
 * each worker (one or two alike) composes the texts of `count` clients for a date a week later than the
 * morning's (another week, so the week memo holds none of the morning's cold weeks; the pass's own week builds
 * are counted and printed), through the morning's prefetch and composing, with nothing stored or sent.
 */
async function warmUp(deps: AppDeps, count: number): Promise<void> {
  if (count <= 0) return;
  const localDate = '2026-12-08';
  const clients = await deps.db.selectFrom('clients').selectAll().orderBy('phone').limit(count).execute();
  for (let i = 0; i < clients.length; i += 200) {
    const chunk = clients.slice(i, i + 200);
    const reads = await prefetchMorningReads(deps, chunk.map((c) => ({ clientId: c.id, localDate })));
    await withBatchReads(reads, async () => {
      for (const c of chunk) await deferringWrites(noDeferredWrites(), () => composeMorningMessage(deps, c, localDate));
    });
  }
}

/**
 * This process's context switches so far (/proc/self/status; zeros where there is none): voluntary ones are
 * waits (a socket with nothing to read yet), involuntary ones preemptions by other processes on the cores.
 */
async function contextSwitches(): Promise<{ voluntary: number; involuntary: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { voluntary: field('voluntary_ctxt_switches'), involuntary: field('nonvoluntary_ctxt_switches') };
}

/**
 * --worker-cpu-prof DIR: a V8 CPU profile of the pass alone (from 'go' to its end; node's --cpu-prof would also
 * take in the warm-up and the start), written to DIR as <pid>.cpuprofile, to sum by function for one worker
 * against two.
 */
async function startPassProfile(): Promise<{ stop: (dir: string) => Promise<string>; split: (dir: string) => void }> {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
  await post('Profiler.enable');
  await post('Profiler.start');
  const write = async (dir: string, name: string, profile: unknown) => {
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const file = `${dir}/${name}`;
    await writeFile(file, JSON.stringify(profile));
    return file;
  };
  return {
    // The profile so far is written as <time>-<pid>-first.cpuprofile and a new one starts (the first texts apart).
    split: (dir) => {
      const name = `${Date.now()}-${process.pid}-first.cpuprofile`;
      void post<{ profile: unknown }>('Profiler.stop').then(async ({ profile }) => {
        await post('Profiler.start');
        await write(dir, name, profile);
      });
    },
    stop: async (dir) => {
      const { profile } = await post<{ profile: unknown }>('Profiler.stop');
      session.disconnect();
      const { writeFile, mkdir } = await import('node:fs/promises');
      await mkdir(dir, { recursive: true });
      const file = `${dir}/${Date.now()}-${process.pid}.cpuprofile`;
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}

class WarmUpRollback extends Error {}

/**
 * --warm-up-pass: the warm-up is a whole morning pass for `count` clients a week later (2026-12-08), inside a
 * transaction that is rolled back: claim, prefetch, compose, the group statements and their recordings, the
 * sender; so the JIT has compiled the claim and hand-over path too, not only composing (warmUp). Each process
 * compiles its own hot code: with composing warmed, one worker still compiled 229 functions with TurboFan inside
 * the timed pass and two workers 338 between them (--trace-opt, 2026-12-01); after a pass of 300 clients 191 and
 * 312, of 2,000 clients 160 and 221 (the JIT never stops entirely). Worker `index` takes its own clients (two
 * warm-ups inserting the same (client, date) would wait on each other's row). At 14:29Z no bench client's morning
 * has come (they are 0-150 minutes before 17:00Z), so the pass creates no sends of its own and takes only these.
 */
async function warmUpPass(deps: AppDeps, count: number, index: number, concurrency: number, group: number): Promise<void> {
  if (count <= 0) return;
  const at = new Date('2026-12-08T14:29:00Z');
  const clients = await deps.db.selectFrom('clients').select('id').orderBy('phone').offset(index * count).limit(count).execute();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await sql`insert into daily_sends (client_id, local_date, due_at, status)
                select id, '2026-12-08'::date, ${at.toISOString()}::timestamptz, 'pending' from unnest(${clients.map((c) => c.id)}::uuid[]) as t(id)`.execute(trx);
      const s = await runMorningPass({ ...deps, db: trx, now: () => at }, { now: at, compose: composeMorningMessage, pacer: unpaced, concurrency, handOverGroup: group });
      if (s.sent !== clients.length) throw new Error(`warm-up pass sent ${s.sent} of ${clients.length}`);
      throw new WarmUpRollback();
    });
  } catch (err) {
    if (!(err instanceof WarmUpRollback)) throw err;
  }
}

// ---- a scale-out worker: one morning pass on its own pool, summary back to the parent ----------------------
if (values['worker-of']) {
  const [workerUrl, workerConcurrency, workerGroup, workerBatch, workerInFlight, workerWarmUp, workerProfileDir, workerWarmUpPass, workerIndex, workerWarmPool, carrierUrl, carrierSid, carrierToken, workerSendRate] =
    values['worker-of'].split('|');
  // Statements this worker ran in the pass (a counter: the two workers' sum against one worker's).
  let statements = 0;
  const handle = openPostgres(workerUrl!, { max: Number(workerConcurrency) + 2, log: (e) => void (e.level === 'query' && (statements += 1)) });
  const parsedConfig = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: workerUrl, ...(workerSendRate ? { SEND_RATE_PER_SECOND: workerSendRate } : {}) });
  if (!parsedConfig.success) throw new Error(parsedConfig.error);
  let n = 0;
  // The pass's CPU when this worker handed over its FIRST_TEXTS-th text: a process's start-up cost (JIT, its
  // caches, its backends' caches and plans) lands in its first texts, so first against the rest shows it.
  let cpuAtFirst: NodeJS.CpuUsage | undefined;
  // --worker-cpu-prof: the pass's profile, split at the FIRST_TEXTS-th text (its first texts, then the rest).
  let profiler: Awaited<ReturnType<typeof startPassProfile>> | null = null;
  let passCpu0: NodeJS.CpuUsage | undefined;
  // The carrier: a no-op (the CPU-bound case), or the real Twilio client against the parent's fake Twilio, which
  // answers after the carrier latency (the carrier-bound case, --carrier-latency).
  const carrier = carrierUrl ? createTwilioSender({ accountSid: carrierSid!, authToken: carrierToken!, from: '+14155550100', apiBaseUrl: carrierUrl }) : null;
  const sender: Sender = {
    channel: carrier ? 'twilio' : 'local',
    send: async (message) => {
      if (++n === FIRST_TEXTS && passCpu0) {
        cpuAtFirst = process.cpuUsage(passCpu0);
        profiler?.split(workerProfileDir!);
      }
      return carrier ? carrier.send(message) : { ok: true, providerSid: `bench-${process.pid}-${n}`, status: 'local' };
    },
  };
  const at = new Date('2026-12-01T17:00:00Z');
  const deps: AppDeps = { db: handle.db, config: parsedConfig.data, sender, log: createLogger('silent'), now: () => at, model: null };
  // --send-rate: the production pacer (cron.ts: databasePacer, SEND_RATE_PER_SECOND shared by every worker).
  const pacer: Pick<Pacer, 'take' | 'delayMs'> = workerSendRate ? databasePacer(deps) : unpaced;
  const warmUpCpu0 = process.cpuUsage();
  // The warm-up sends nothing to the carrier (its texts are rolled back): a no-op sender.
  const noop: Sender = { channel: 'local', send: async () => ({ ok: true, providerSid: `warm-up-${process.pid}-${++n}`, status: 'local' }) };
  if (workerWarmUpPass === 'pass') await warmUpPass({ ...deps, sender: noop }, Number(workerWarmUp || 0), Number(workerIndex), Number(workerConcurrency), Number(workerGroup));
  else await warmUp(deps, Number(workerWarmUp || 0));
  // --warm-pool: every connection of the pool open before 'go' (a worker whose pool outlives its idle ticks), so
  // the pass does not start PostgreSQL backends: each new one costs its start and a plan per prepared statement.
  // Kept open until 'go' (the pool closes a connection idle for 10 s, and the other workers may still be warming up).
  const openAll = () => Promise.all(Array.from({ length: Number(workerConcurrency) + 2 }, () => sql`select pg_sleep(0.05)`.execute(handle.db)));
  if (workerWarmPool === 'pool') await openAll();
  const keepOpen = workerWarmPool === 'pool' ? setInterval(() => void openAll(), 3000) : undefined;
  const warmUpCpu = process.cpuUsage(warmUpCpu0);
  const memo0 = weekMemoStats();
  process.send?.({ type: 'ready', warmUpCpuMs: (warmUpCpu.user + warmUpCpu.system) / 1000 });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  clearInterval(keepOpen);
  // Garbage-collection pauses during the pass (V8's own timings, wall time): each process keeps its own batches
  // in flight (3 x 200 clients' reads and texts) live in its young heap whatever its share of the morning
  // (--trace-gc: 107 scavenges for one worker, 74 + 78 for two; a larger young heap did not close the CPU gap).
  let gcMs = 0;
  const { PerformanceObserver } = await import('node:perf_hooks');
  // Collections by kind (scavenges of the young heap, mark-compacts of the old): the same texts allocate the same,
  // so more collections in total for two workers means each keeps more alive or starts its heap small.
  const gcKinds = { minor: 0, major: 0 };
  const { constants: perfConstants } = await import('node:perf_hooks');
  const gcs = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      gcMs += e.duration;
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      if (kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) gcKinds.minor += 1;
      else if (kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) gcKinds.major += 1;
    }),
  );
  gcs.observe({ entryTypes: ['gc'] });
  profiler = workerProfileDir ? await startPassProfile() : null;
  const switches0 = await contextSwitches();
  const statements0 = statements;
  n = 0;
  const cpu0 = process.cpuUsage();
  passCpu0 = cpu0;
  const summary = await runMorningPass(deps, { now: at, compose: composeMorningMessage, pacer, concurrency: Number(workerConcurrency), handOverGroup: Number(workerGroup), ...passSizes(workerBatch, workerInFlight) });
  const cpu = process.cpuUsage(cpu0);
  const switches1 = await contextSwitches();
  const passStatements = statements - statements0;
  const profileFile = profiler ? await profiler.stop(workerProfileDir!) : undefined;
  const memo = weekMemoStats();
  await new Promise((resolve) => setImmediate(resolve));
  gcs.disconnect();
  process.send?.({
    type: 'done',
    summary,
    cpuMs: (cpu.user + cpu.system) / 1000,
    firstCpuMs: cpuAtFirst ? (cpuAtFirst.user + cpuAtFirst.system) / 1000 : undefined,
    sysMs: cpu.system / 1000,
    weekBuilds: memo.misses - memo0.misses,
    gcMs,
    gcKinds,
    statements: passStatements,
    voluntary: switches1.voluntary - switches0.voluntary,
    involuntary: switches1.involuntary - switches0.involuntary,
    profileFile,
  });
  // The pool stays open until the parent has read its backends' CPU (a closed backend is no longer counted).
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  await handle.close();
  process.exit(0);
}
const args = z
  .object({
    clients: z.coerce.number().int().min(1, '--clients must be at least 1').max(1_000_000),
    'database-url': z.string().regex(/^postgres(ql)?:\/\//, '--database-url must be a postgres:// URL'),
    // "2" = two workers at --concurrency's first value each; "2x4" = two workers at concurrency 4 each.
    workers: z
      .string()
      .transform((s) => (s ? s.split(',').map((x) => x.trim().split('x').map(Number)) : []))
      .pipe(z.array(z.tuple([z.number().int().min(1).max(8)]).or(z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(64)])))),
    'worker-of': z.string().optional(),
    concurrency: z
      .string()
      .transform((s) => s.split(',').map((x) => Number(x.trim())))
      .pipe(z.array(z.number().int().min(1).max(64)).min(1)),
    group: z.coerce.number().int().min(1, '--group must be at least 1').max(1000),
    batch: z.coerce.number().int().min(1, '--batch must be at least 1').max(5000).optional(),
    'in-flight': z.coerce.number().int().min(1, '--in-flight must be at least 1').max(8).optional(),
    twilio: z.boolean(),
    profile: z.boolean(),
    keep: z.boolean(),
    'async-commit': z.boolean(),
    'auto-explain': z.coerce.number().int().min(0, '--auto-explain is a duration in ms').optional(),
    'distinct-plans': z.boolean(),
    'warm-up': z.coerce.number().int().min(0, '--warm-up is a client count').max(100_000),
    'warm-up-pass': z.boolean(),
    'warm-pool': z.boolean(),
    'scale-out-only': z.boolean(),
    sequential: z.boolean(),
    'sample-waits': z.boolean(),
    'sends-before-go': z.boolean(),
    'worker-node-flags': z.string().transform((f) => f.split(' ').filter(Boolean)),
    'worker-cpu-prof': z.string().optional(),
    'cpu-prof': z.string().optional(),
    'carrier-latency': z.coerce.number().min(1, '--carrier-latency is the carrier\'s mean answer time in ms').max(5000).optional(),
    'carrier-jitter': z.coerce.number().min(0).max(1, '--carrier-jitter is a share of the mean, 0-1'),
    'send-rate': z.coerce.number().positive('--send-rate is texts per second, shared by the workers').max(1000, '--send-rate is at most 1000 (SEND_RATE_PER_SECOND)').optional(),
  })
  .safeParse({ ...values, 'database-url': values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
if (!args.success) {
  console.error(args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const opts = args.data;
const N = opts.clients;
const adminUrl = opts['database-url'];

// ---------------------------------------------------------------------------------------------------------

const PLAN_START = '2026-11-30'; // a Monday
/** 17:00Z on Tuesday 1 Dec 2026: 07:00 in Honolulu … 18:00 in Berlin, the same local date everywhere. */
const AT = new Date('2026-12-01T17:00:00Z');
const ZONES = [
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
];

function strength(over: Record<string, unknown>): PlanRequest {
  const parsed = parseStrengthRequest({
    kind: 'strength',
    startDate: PLAN_START,
    weeks: 12,
    trainingAge: 'intermediate',
    goal: 'strength',
    trainingDays: [1, 2, 4, 5],
    sessionMinutes: 60,
    equipment: EQUIPMENT_PRESETS.full_gym,
    units: 'lb',
    seed: 7,
    ...over,
  });
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
}
function race(over: Record<string, unknown>): PlanRequest {
  return raceRequestSchema.parse({
    kind: 'race',
    distance: 'marathon',
    startDate: PLAN_START,
    raceDate: '2027-04-18',
    goalTime: '3:20:00',
    recentRace: { distance: 'half', time: '1:35:00' },
    currentWeeklyMileage: 25,
    trainingDays: [2, 3, 4, 6, 7],
    units: 'mi',
    ...over,
  });
}

/** Distinct plan requests; clients share them round-robin (60 % strength, 40 % race). */
const VARIANTS: PlanRequest[] = [
  strength({}),
  strength({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 2, 4], sessionMinutes: 45, equipment: EQUIPMENT_PRESETS.home_gym, seed: 3 }),
  strength({ trainingAge: 'advanced', goal: 'hypertrophy', trainingDays: [1, 2, 3, 5, 6], sessionMinutes: 75, seed: 11 }),
  race({}),
  race({ distance: 'half', raceDate: '2027-03-07', goalTime: '1:45:00', recentRace: { distance: '10k', time: '48:00' }, currentWeeklyMileage: 18, trainingDays: [2, 4, 6, 7] }),
];
const variantOf = (i: number) => [0, 3, 1, 4, 2][i % 5]!;

// ---------------------------------------------------------------------------------------------------------

const admin = (text: string) => adminQuery(adminUrl, text);
const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);

/** Query time grouped by statement (parameters aside), for --profile. */
const profile = new Map<string, { count: number; ms: number }>();
function record(e: LogEvent): void {
  if (e.level !== 'query') return;
  const key = e.query.sql.replace(/\s+/g, ' ').replace(/\(\$\d+(, \$\d+)*\)/g, '(…)').replace(/\$\d+/g, '?').slice(0, 110);
  const p = profile.get(key) ?? { count: 0, ms: 0 };
  p.count += 1;
  p.ms += e.queryDurationMillis;
  profile.set(key, p);
}

/**
 * CPU time (ms) of the PostgreSQL backends serving this database, read from /proc when the server runs on this
 * machine (null otherwise): the database's own share of the run, which the other work on a shared machine
 * changes far less than the wall time. Backends are keyed by pid; one that ended meanwhile is not counted.
 */
async function backendCpu(): Promise<Map<number, number> | null> {
  const { readFile } = await import('node:fs/promises');
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(db);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // Fields 14 and 15 (utime, stime) in clock ticks (100 per second on Linux), after the ")" of the name.
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch (err) {
      // A backend that ended since the listing (a worker closing its pool) is not counted; any other failure
      // means the server is not on this machine.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return null;
    }
  }
  return out;
}
const cpuSince = (before: Map<number, number> | null, after: Map<number, number> | null): number | null =>
  before && after ? [...after].reduce((t, [pid, ms]) => t + ms - (before.get(pid) ?? 0), 0) : null;

// The pid and a random suffix: unique even when other benchmarks (bench:inbound, another engineer's bench:morning)
// run at the same time on the same PostgreSQL, and the first `drop … if exists` never drops a database another run
// kept (--keep) under a pid since reused.
const dbName = `cadence_bench_${process.pid}_${randomUUID().slice(0, 8)}`;
const url = withDatabase(adminUrl, dbName);
await admin(`drop database if exists ${dbName}`);
await admin(`create database ${dbName}`);
// Diagnostic only: how much of the run is waiting for WAL flushes (one per autocommitted statement).
if (opts['async-commit']) await admin(`alter database ${dbName} set synchronous_commit = off`);
// Diagnostic only: every statement slower than this many ms is logged with its plan to the server's log
// (auto_explain, loaded for this database's sessions): which statements scan whole tables, and how long each took.
if (opts['auto-explain'] !== undefined) {
  await admin(`alter database ${dbName} set session_preload_libraries = 'auto_explain'`);
  await admin(`alter database ${dbName} set auto_explain.log_min_duration = ${opts['auto-explain']}`);
}
// openPostgres sets the driver's type parsers (dates as strings, int8 as numbers) that the app relies on.
const migrator = openPostgres(url, { max: 2 });
// The pass runs on the app's own connection (openPostgres: its statements marked `prepared` are prepared, as in
// a worker), not a bare pool. The final drop … with (force) ends sessions the pool may still be closing; that is
// not an error here.
const db = openPostgres(url, { max: 20, onConnectionError: () => {}, ...(opts.profile ? { log: record } : {}) }).db;

try {
  const migrated = await migrateToLatest(migrator.db);
  await migrator.close();
  if (!migrated.success) throw migrated.error;
  console.log(`bench:morning — ${N} clients, database ${dbName}, at ${AT.toISOString()}`);

  // ---- seed -------------------------------------------------------------------------------------------
  const seedStart = performance.now();
  const ids: string[] = [];
  const CHUNK = 2000;
  for (let i = 0; i < N; i += CHUNK) {
    const rows = [];
    for (let j = i; j < Math.min(N, i + CHUNK); j++) {
      const zone = ZONES[j % ZONES.length]!;
      // Each client's morning time is 0-150 min before the zone's local clock at AT: all due, none late.
      const local = DateTime.fromJSDate(AT, { zone }).minus({ minutes: (j * 37) % 151 });
      rows.push({
        id: randomUUID(),
        phone: `+1415${String(2_000_000 + j).padStart(7, '0')}`,
        name: `Bench ${j}`,
        timezone: zone,
        morning_time: local.toFormat('HH:mm'),
        status: 'active' as const,
        profile: sql<Record<string, unknown>>`'{}'::jsonb`,
      });
    }
    await db.insertInto('clients').values(rows).execute();
    ids.push(...rows.map((r) => r.id));
  }
  // --distinct-plans: no two clients share a request (their own exercise-selection seed, or their own weekly
  // mileage), so no week is shared either: the cold morning builds every week (the week memo cannot help).
  if (opts['distinct-plans']) {
    for (let i = 0; i < N; i += 500) {
      const rows = ids.slice(i, i + 500).map((id, k) => {
        const j = i + k;
        const base = VARIANTS[variantOf(j)]!;
        const request = base.kind === 'strength' ? { ...base, seed: 1000 + j } : base.kind === 'race' ? { ...base, currentWeeklyMileage: 20 + (j % 97) / 10 } : base;
        const outline = planOutline(request);
        const raceRow = outline.race ? { distance: outline.race.raceName, date: outline.race.raceDate, vdot: outline.race.vdot } : null;
        return sql`(${id}::uuid, 'active', ${outline.kind}, ${outline.startDate}::date, ${outline.endDate}::date, ${outline.weeks}, ${JSON.stringify(request)}::jsonb, ${JSON.stringify(outline)}::jsonb, ${raceRow === null ? null : JSON.stringify(raceRow)}::jsonb, 1, now())`;
      });
      await sql`insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline, race, version, activated_at) values ${sql.join(rows)}`.execute(db);
    }
  }
  // One statement per distinct request: its JSON crosses the wire once, Postgres copies it into each row.
  for (const [v, request] of opts['distinct-plans'] ? [] : VARIANTS.entries()) {
    const outline = planOutline(request);
    const mine = ids.filter((_, i) => variantOf(i) === v);
    const raceJson = outline.race ? JSON.stringify({ distance: outline.race.raceName, date: outline.race.raceDate, vdot: outline.race.vdot }) : null;
    await sql`
      insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline, race, version, activated_at)
      select id, 'active', ${outline.kind}, ${outline.startDate}::date, ${outline.endDate}::date, ${outline.weeks},
             ${JSON.stringify(request)}::jsonb, ${JSON.stringify(outline)}::jsonb, ${raceJson}::jsonb, 1, now()
      from unnest(${mine}::uuid[]) as t(id)`.execute(db);
  }
  await sql`analyze`.execute(db);
  const seedMs = ms(seedStart);
  console.log(`seed: ${N} clients + plans (${opts['distinct-plans'] ? N : VARIANTS.length} distinct requests) in ${fmt(seedMs)}`);

  // ---- floor: a bare insert of N outbound rows --------------------------------------------------------
  const sampleBody = 'Good morning, Bench! Week 1 of 12 - accumulation.\nToday: Lower - squat focus (heavy), ~60 min\nBack squat 4x5 @ RIR 2\nReply "done", "skipped" or how it went.';
  const floorStart = performance.now();
  for (let i = 0; i < N; i += CHUNK) {
    await db
      .insertInto('outbound_messages')
      .values(
        ids.slice(i, i + CHUNK).map((id, k) => ({
          client_id: id,
          to_phone: `+1415${String(2_000_000 + i + k).padStart(7, '0')}`,
          body: sampleBody,
          kind: 'morning' as const,
          channel: 'local' as const,
          status: 'local' as const,
          provider_sid: `floor-${i + k}`,
          segments: 2,
          encoding: 'GSM-7',
        })),
      )
      .execute();
  }
  const floorMs = ms(floorStart);
  console.log(`floor: bare insert of ${N} outbound_messages rows in chunks of ${CHUNK}: ${fmt(floorMs)}`);

  // ---- morning runs -----------------------------------------------------------------------------------
  const parsed = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url });
  if (!parsed.success) throw new Error(parsed.error);
  const config = parsed.data;
  let counter = 0;
  const localSender: Sender = { channel: 'local', send: async () => ({ ok: true, providerSid: `bench-${++counter}`, status: 'local' }) };

  /**
   * Cold: nothing generated yet (no weeks, no workouts), as on the morning a week starts for every client —
   * the worst case. Warm: this week's microcycles already stored, as on the other six mornings.
   */
  async function reset(mode: 'cold' | 'warm'): Promise<void> {
    const tables = mode === 'cold' ? 'daily_sends, outbound_messages, workout_instances, microcycles' : 'daily_sends, outbound_messages, workout_instances';
    await sql.raw(`truncate ${tables} cascade`).execute(db);
    await sql.raw(`vacuum analyze ${tables}`).execute(db);
  }

  async function run(label: string, sender: Sender, concurrency: number, mode: 'cold' | 'warm' = 'cold'): Promise<void> {
    await reset(mode);
    profile.clear();
    const deps: AppDeps = { db, config, sender, log: createLogger('silent'), now: () => AT, model: null };
    // Memory flat in the client count: the pass holds one batch (200) at a time, so the peak RSS during the
    // pass should be the same for 2,000 and 10,000 clients. Sampled every 50 ms.
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    // --cpu-prof DIR: a V8 profile of this run alone (materialize and pass), written as <time>-<pid>.cpuprofile.
    const prof = opts['cpu-prof'] ? await startPassProfile() : null;
    const cpu0 = process.cpuUsage();
    const pg0 = await backendCpu();
    const t0 = performance.now();
    const { due, late } = await materializeDue(deps, AT);
    const materializeMs = ms(t0);
    const t1 = performance.now();
    const s: MorningPassSummary = await runMorningPass(deps, { now: AT, compose: composeMorningMessage, pacer: unpaced, concurrency, handOverGroup: opts.group, ...passSizes(opts.batch, opts['in-flight']) });
    const sendMs = ms(t1);
    const totalMs = ms(t0);
    const cpu = process.cpuUsage(cpu0);
    const profFile = prof ? await prof.stop(`${opts['cpu-prof']}/${mode}`) : null;
    clearInterval(sampler);
    const pgCpuMs = cpuSince(pg0, await backendCpu());
    const counts = await sql<{ texts: number; fallbacks: number; workouts: number; digest: string }>`
      select (select count(*) from outbound_messages where kind = 'morning')::int as texts,
             (select count(*) from outbound_messages where body = ${MORNING_FALLBACK})::int as fallbacks,
             (select count(*) from workout_instances)::int as workouts,
             (select md5(string_agg(c.phone || ':' || o.body, E'\n' order by c.phone)) from outbound_messages o join clients c on c.id = o.client_id where o.kind = 'morning') as digest`.execute(db);
    const c = counts.rows[0]!;
    console.log(
      `\n[${label}, concurrency ${concurrency}, groups of ${opts.group}, ${mode === 'cold' ? 'cold: every week built this morning' : 'warm: weeks already built'}] due ${due} (late ${late}); claimed ${s.claimed}, sent ${s.sent}, failed ${s.failed}, deferred ${s.deferred}; ` +
        `${c.texts} texts, ${c.fallbacks} fallbacks, ${c.workouts} workouts`,
    );
    // The same seed gives the same texts whatever the code path: compare this line across changes.
    console.log(`  texts digest:             md5 ${c.digest} (every client's phone and morning text)`);
    console.log(`  materialize:              ${fmt(materializeMs)}`);
    console.log(`  generate + claim + send:  ${fmt(sendMs)}  → ${Math.round((s.sent / sendMs) * 1000)} clients/s`);
    console.log(`  total run:                ${fmt(totalMs)}  (${(totalMs / floorMs).toFixed(1)}x the bare insert floor of ${fmt(floorMs)})`);
    const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
    const memo = weekMemoStats();
    // CPU time is what the other work on the machine changes least: the run's own cost in this process.
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`  node CPU:                 ${fmt(cpuMs)} user+sys (${Math.round((cpuMs / totalMs) * 100)}% of the run; the rest waits on PostgreSQL or the machine)`);
    if (pgCpuMs !== null) console.log(`  PostgreSQL CPU:           ${fmt(pgCpuMs)} (this database's backends; node + PostgreSQL ${fmt(cpuMs + pgCpuMs)} = ${((cpuMs + pgCpuMs) / totalMs).toFixed(2)} cores)`);
    console.log(`  memory:                   RSS ${mb(rssBefore)} before, peak ${mb(rssPeak)} during the pass (${N} clients)`);
    console.log(`  week memo (process):      ${memo.hits} hits, ${memo.misses} builds so far, ${memo.size} kept`);
    if (profFile) console.log(`  CPU profile of the run:   ${profFile}`);
    if (due !== N || s.sent !== N || c.fallbacks !== 0) console.log(`  !! expected ${N} due and sent with no fallbacks`);
    if (opts.profile) {
      const rows = [...profile.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 16);
      const all = [...profile.values()].reduce((t, p) => t + p.ms, 0);
      const n = [...profile.values()].reduce((t, p) => t + p.count, 0);
      console.log(`  queries: ${n} (${(n / N).toFixed(1)} per client), ${fmt(all)} summed across connections`);
      for (const [k, p] of rows) console.log(`    ${String(p.count).padStart(7)}  ${fmt(p.ms).padStart(8)}  ${k}`);
    }
  }

  /**
   * The machine's own cost of running two things at once: the same fixed CPU work (JSON and string work, no I/O)
   * in one process alone, then in two processes at once, each one's CPU time. On an idle machine whose two cores
   * share a physical core, or a host busy with other VMs, two at once cost more CPU each for the same work; the
   * morning's workers and their backends pay that too, whatever the code (it cannot be seen from inside the VM:
   * no hardware counters here). Printed before the scale-out runs, in the same machine state.
   */
  async function calibrate(): Promise<string> {
    const { spawn } = await import('node:child_process');
    const job = `const c0 = process.cpuUsage(); let x = 0; const o = { a: [1, 2, 3], b: 'morning text '.repeat(20), c: { d: 1.5, e: [true, null] } };
      for (let i = 0; i < 120000; i++) { const t = JSON.stringify(o) + i; x += JSON.parse(t.slice(0, t.length - String(i).length)).a.length + t.indexOf('text', i % 50); }
      const c = process.cpuUsage(c0); process.stdout.write(String((c.user + c.system) / 1000 + (x < 0 ? 1 : 0)));`;
    const once = () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', job], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.once('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`calibration job exited with ${code}`))));
      });
    const alone: number[] = [];
    const together: number[] = [];
    for (let round = 0; round < 2; round++) {
      alone.push(await once());
      together.push(...(await Promise.all([once(), once()])));
    }
    const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
    return `the same fixed CPU work: ${alone.map(fmt).join(', ')} alone, ${together.map(fmt).join(', ')} two at once (each): two at once cost ${(mean(together) / mean(alone)).toFixed(2)}x the CPU`;
  }
  if (opts.workers.some(([count]) => count > 1)) console.log(`machine: ${await calibrate()}`);

  if (!opts['scale-out-only']) {
    for (const c of opts.concurrency) await run('local no-op sender', localSender, c);
    // Keeps the weeks the last cold run built: the cost of an ordinary mid-week morning.
    await run('local no-op sender', localSender, opts.concurrency[0]!, 'warm');
  }
  /**
   * --sample-waits: every 20 ms, from a connection to the admin database (so this database's backends' CPU
   * figures leave it out), what this database's active backends are doing: running, or waiting and on what
   * (wait_event_type:wait_event; Lock = a row or advisory lock another backend holds, LWLock = a shared-memory
   * lock, IO:WALSync = a commit's flush). Returns the stop function, which gives the mean count per sample.
   */
  async function sampleWaits(): Promise<() => Promise<string>> {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const counts = new Map<string, number>();
    let samples = 0;
    let blocked = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const { rows } = await client.query<{ what: string; n: number; blocked: number }>(
          `select coalesce(wait_event_type || ':' || wait_event, 'running') as what, count(*)::int as n,
                  count(*) filter (where cardinality(pg_blocking_pids(pid)) > 0)::int as blocked
             from pg_stat_activity where datname = $1 and state = 'active' and pid <> pg_backend_pid() group by 1`,
          [dbName],
        );
        samples += 1;
        for (const r of rows) {
          counts.set(r.what, (counts.get(r.what) ?? 0) + r.n);
          blocked += r.blocked;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    return async () => {
      running = false;
      await loop;
      await client.end();
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
      return `${samples} samples of active backends: ${top.map(([k, n]) => `${k} ${(n / samples).toFixed(2)}`).join(', ')} (mean per sample); blocked by another backend's lock ${(blocked / Math.max(1, samples)).toFixed(2)}`;
    };
  }

  /**
   * Scale-out: `count` worker processes run the same cold morning at once on one PostgreSQL. With `fake`, each
   * sends through the real Twilio client to the fake Twilio, which answers after the carrier latency (the
   * carrier-bound case); otherwise through a no-op (the CPU-bound case).
   */
  /** Each CPU-bound scale-out run (no-op sender): its worker count, wall time and CPU (workers + PostgreSQL), for the verdict. */
  const cpuBoundRuns: { count: number; wallMs: number; cpuMs: number; machineMs: number | null }[] = [];
  /** When the fake carrier took each text of the run (performance.now()), for the most it took in any second. */
  const carrierArrivals: number[] = [];
  async function scaleOutRun(count: number, concurrencyOf: number | undefined, fake: FakeTwilio | null): Promise<void> {
    await reset('cold');
    // --sequential: the daily sends are created here before 'go' (outside the figures, for every count alike), and
    // the workers run one after another, each on its own share (the others' held back by a due time 1,000 days
    // later): the same processes and shares as at once, without running at the same time. Summed CPU against
    // one worker's says whether the extra of two is per process (start-up, caches) or from running together.
    // --sends-before-go: the same, the workers at once (materialize out of the figures, to compare with --sequential).
    if (opts.sequential || opts['sends-before-go']) {
      await materializeDue({ db, config, sender: localSender, log: createLogger('silent'), now: () => AT, model: null }, AT);
      if (opts.sequential && count > 1) await sql`update daily_sends set due_at = due_at + interval '1000 days'`.execute(db);
    }
    const { fork } = await import('node:child_process');
    const concurrency = concurrencyOf ?? opts.concurrency[0]!;
    const children = Array.from({ length: count }, (_, index) =>
      fork(
        new URL(import.meta.url).pathname,
        ['--worker-of', `${url}|${concurrency}|${opts.group}|${opts.batch ?? ''}|${opts['in-flight'] ?? ''}|${opts['warm-up']}|${opts['worker-cpu-prof'] ?? ''}|${opts['warm-up-pass'] ? 'pass' : ''}|${index}|${opts['warm-pool'] ? 'pool' : ''}|${fake ? `${fake.url}|${fake.accountSid}|${fake.authToken}|${opts['send-rate'] ?? ''}` : '|||'}`], { execArgv: ['--import', 'tsx', ...opts['worker-node-flags']], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    type WorkerMessage = {
      type?: string;
      summary?: MorningPassSummary;
      cpuMs?: number;
      firstCpuMs?: number;
      sysMs?: number;
      warmUpCpuMs?: number;
      weekBuilds?: number;
      gcMs?: number;
      gcKinds?: { minor: number; major: number };
      statements?: number;
      voluntary?: number;
      involuntary?: number;
      profileFile?: string;
    };
    const waitFor = (child: (typeof children)[number], type: string) =>
      new Promise<WorkerMessage>((resolve, reject) => {
        child.on('message', (m: WorkerMessage) => (m.type === type ? resolve(m) : undefined));
        child.once('exit', (code) => reject(new Error(`worker exited with ${code} before ${type}`)));
      });
    const ready = await Promise.all(children.map((c) => waitFor(c, 'ready')));
    const done = children.map((c) => waitFor(c, 'done'));
    const stopSampling = opts['sample-waits'] ? await sampleWaits() : null;
    let wallMs = 0;
    let pgCpuMs: number | null = 0;
    // The backends that worked in the pass (more than 10 ms of CPU), and the CPU of those started during it.
    const backendsBusy: number[] = [];
    let newBackendsCpuMs = 0;
    let machineMs: number | null = 0;
    const measure = async (go: () => Promise<unknown>) => {
      const m0 = machineBusyMs();
      const pg0 = await backendCpu();
      const t0 = performance.now();
      await go();
      wallMs += ms(t0);
      const pg1 = await backendCpu();
      const m1 = machineBusyMs();
      machineMs = machineMs === null || m0 === null || m1 === null ? null : machineMs + m1 - m0;
      const spent = cpuSince(pg0, pg1);
      pgCpuMs = pgCpuMs === null || spent === null ? null : pgCpuMs + spent;
      for (const [pid, cpuMs] of pg1 ?? []) {
        if (cpuMs - (pg0?.get(pid) ?? 0) > 10) backendsBusy.push(pid);
        if (!pg0?.has(pid)) newBackendsCpuMs += cpuMs;
      }
    };
    // The carrier's side of this run: what it took, and how many requests waited on it at once.
    fake?.messages.splice(0);
    fake?.requests.splice(0);
    fake?.resetLoad();
    carrierArrivals.splice(0);
    const carrierCpu0 = process.cpuUsage();
    if (opts.sequential && count > 1) {
      const { rows: order } = await sql<{ id: string }>`select id from daily_sends order by id`.execute(db);
      for (const [k, child] of children.entries()) {
        const share = order.filter((_, i) => i % count === k).map((r) => r.id);
        await sql`update daily_sends set due_at = due_at - interval '1000 days' where id = any(${share}::uuid[])`.execute(db);
        await measure(async () => {
          child.send({ type: 'go' });
          await done[k];
        });
      }
    } else {
      await measure(async () => {
        for (const c of children) c.send({ type: 'go' });
        await Promise.all(done);
      });
    }
    const finished = await Promise.all(done);
    const carrierLoad = fake?.load();
    const carrierCpu = process.cpuUsage(carrierCpu0);
    const waits = stopSampling ? await stopSampling() : null;
    for (const child of children) child.send({ type: 'exit' });
    const summaries = finished.map((d) => d.summary!);
    const workerCpuMs = finished.reduce((t, d) => t + (d.cpuMs ?? 0), 0);
    const counts = await sql<{ clients: number; texts: number; twice: number }>`
      select count(distinct client_id)::int as clients, count(*)::int as texts,
             (select count(*) from (select client_id from outbound_messages where kind = 'morning' group by client_id having count(*) > 1) d)::int as twice
        from outbound_messages where kind = 'morning'`.execute(db);
    const c = counts.rows[0]!;
    const sendRate = opts['send-rate'];
    console.log(
      `\n[scale-out: ${count} worker process${count > 1 ? 'es' : ''}, concurrency ${concurrency} each, cold, ${
        fake
          ? `CARRIER-BOUND case: the real Twilio client → fake Twilio answering in ${opts['carrier-latency']} ms ± ${Math.round(opts['carrier-jitter'] * 100)}%, ${sendRate ? `pacer ${sendRate}/s shared by the workers (databasePacer, as SEND_RATE_PER_SECOND)` : 'no pacer (--send-rate not given; production paces at SEND_RATE_PER_SECOND, default 1/s, shared by the workers)'}, groups of ${handOverGroupSize(sendRate ? createPacer(sendRate) : unpaced, concurrency, opts.group)} until the first answers, then ${handOverGroupSize(sendRate ? createPacer(sendRate) : unpaced, concurrency, opts.group, opts['carrier-latency'])} at the mean answer time`
          : 'CPU-bound case: no-op sender'
      }${opts.sequential || opts['sends-before-go'] ? ', sends created before go' + (opts.sequential && count > 1 ? ', SEQUENTIAL: one after another, each its share' : '') : ''}] ${fmt(wallMs)} until the last finished ` +
        `(${(wallMs / floorMs).toFixed(1)}x the floor); sent per worker ${summaries.map((s) => s.sent).join(' + ')}; ` +
        `${c.texts} texts to ${c.clients} clients, ${c.twice} clients texted more than once`,
    );
    // Whether the machine's cores were the bound: the workers' and the database's CPU over the wall time.
    console.log(
      `  CPU: workers ${fmt(workerCpuMs)} (${finished.map((d) => fmt(d.cpuMs ?? 0)).join(' + ')}; garbage-collection pauses, wall time, ${finished.map((d) => fmt(d.gcMs ?? 0)).join(' + ')}; scavenges ${finished.map((d) => d.gcKinds?.minor).join(' + ')}, mark-compacts ${finished.map((d) => d.gcKinds?.major).join(' + ')})` +
        (pgCpuMs === null ? '' : `, PostgreSQL ${fmt(pgCpuMs)}; ${((workerCpuMs + pgCpuMs) / wallMs).toFixed(2)} cores busy on average`),
    );
    if (!fake && pgCpuMs !== null && !opts.sequential) cpuBoundRuns.push({ count, wallMs, cpuMs: workerCpuMs + pgCpuMs, machineMs });
    // Start-up costs land in a process's first texts: its CPU per text for the first FIRST_TEXTS against the rest.
    const perText = (cpuMs: number, texts: number) => (texts > 0 ? `${Math.round((cpuMs / texts) * 1000)} µs` : '-');
    console.log(
      `  per worker: pass ${finished.map((d) => fmt(d.summary!.durationMs)).join(' + ')}; CPU per text, first ${FIRST_TEXTS} texts → the rest: ` +
        finished.map((d) => (d.firstCpuMs === undefined ? perText(d.cpuMs ?? 0, d.summary!.sent) : `${perText(d.firstCpuMs, FIRST_TEXTS)} → ${perText((d.cpuMs ?? 0) - d.firstCpuMs, d.summary!.sent - FIRST_TEXTS)}`)).join(' + ') +
        `; PostgreSQL backends busy ${backendsBusy.length} (those started in the pass: ${fmt(newBackendsCpuMs)})`,
    );
    if (waits) console.log(`  waits: ${waits}`);
    // Where a second worker's extra CPU could go: kernel time (waits and wake-ups), statements, context switches.
    console.log(
      `  per worker: kernel CPU ${finished.map((d) => fmt(d.sysMs ?? 0)).join(' + ')}; statements ${finished.map((d) => d.statements).join(' + ')}; ` +
        `context switches voluntary ${finished.map((d) => d.voluntary).join(' + ')}, involuntary ${finished.map((d) => d.involuntary).join(' + ')}`,
    );
    console.log(
      opts['warm-up'] > 0
        ? `  warm-up before 'go' (a long-running worker's hot JIT): each worker ${opts['warm-up-pass'] ? `ran a whole morning pass for ${opts['warm-up']} clients on 2026-12-08 first (claim, compose, store, hand over), rolled back` : `composed ${opts['warm-up']} clients' texts for 2026-12-08 first, nothing stored or sent`} (${ready.map((r) => fmt(r.warmUpCpuMs ?? 0)).join(' + ')} CPU, not in the figures above); weeks built by the engine in the pass ${finished.map((d) => d.weekBuilds).join(' + ')} (each worker its own cold weeks)`
        : `  no warm-up (--warm-up 0): each worker process starts cold (JIT, caches) inside the timed pass; weeks built by the engine in the pass ${finished.map((d) => d.weekBuilds).join(' + ')}`,
    );
    if (opts['worker-cpu-prof']) console.log(`  CPU profiles of the pass: ${finished.map((d) => d.profileFile).join(' ')}`);
    if (fake && carrierLoad) {
      // What the carrier saw: each client once, and how well the pass kept requests waiting on it. Bound: the
      // carrier's answers alone, lanes x workers at a time (and the pacer's rate, shared by the workers, when given).
      const perNumber = new Map<string, number>();
      for (const m of fake.messages) perNumber.set(m.to, (perNumber.get(m.to) ?? 0) + 1);
      const twiceAtCarrier = [...perNumber.values()].filter((k) => k > 1).length;
      const lanes = concurrency * count;
      const latencyBoundMs = (N * opts['carrier-latency']!) / lanes;
      const rateBoundMs = sendRate ? (N / sendRate) * 1000 : 0;
      const boundMs = Math.max(latencyBoundMs, rateBoundMs);
      console.log(
        `  carrier: fake Twilio took ${fake.messages.length} messages for ${perNumber.size} numbers, ${twiceAtCarrier} numbers texted more than once; ` +
          `requests waiting on it: mean ${(carrierLoad.inFlightMs / wallMs).toFixed(1)}, peak ${carrierLoad.peakInFlight} (lanes ${concurrency} x ${count} worker${count > 1 ? 's' : ''} = ${lanes}); ` +
          `most texts it took in any second ${mostWithinOneSecond(carrierArrivals)}${sendRate ? ` (the pacer's rate, shared: ${sendRate})` : ''}`,
      );
      console.log(
        `  carrier bound: ${N} answers of ${opts['carrier-latency']} ms, ${lanes} at a time, ${fmt(latencyBoundMs)}` +
          (sendRate ? `; the pacer, ${sendRate}/s shared, ${fmt(rateBoundMs)}` : '') +
          `: this run ${fmt(wallMs)} = ${Math.round((boundMs / wallMs) * 100)}% of the bound's pace; ${Math.round((N / wallMs) * 1000)} texts/s; fake Twilio's CPU (the bench's own process) ${fmt((carrierCpu.user + carrierCpu.system) / 1000)}`,
      );
    }
    if (c.texts !== N || c.clients !== N || c.twice !== 0) console.log(`  !! expected ${N} texts to ${N} clients, none twice`);
  }
  // With --carrier-latency every count runs twice, the CPU-bound case (no-op sender) and then the carrier-bound
  // one, so each pair is measured in the same machine state.
  const carrierFake = opts['carrier-latency']
    ? await (async () => {
        const { startFakeTwilio, jitteredLatency } = await import('../test/support/fake-twilio.js');
        const delay = jitteredLatency(opts['carrier-latency']!, 'bench:morning carrier', opts['carrier-jitter']);
        // Asked once per Messages request as it arrives: when the carrier took each text (its rate per second).
        return startFakeTwilio({ answerDelayMs: () => (carrierArrivals.push(performance.now()), delay()) });
      })()
    : null;
  try {
    for (const [count, concurrencyOf] of opts.workers) {
      await scaleOutRun(count, concurrencyOf, null);
      if (carrierFake) await scaleOutRun(count, concurrencyOf, carrierFake);
    }
  } finally {
    await carrierFake?.close();
  }
  printCpuBoundVerdict(cpuBoundRuns, availableParallelism());
  if (opts.twilio) {
    // The fake lives under test/support; it is a plain express app, loaded only when asked for.
    const { startFakeTwilio } = await import('../test/support/fake-twilio.js');
    const fake = await startFakeTwilio();
    try {
      const twilioSender = createTwilioSender({ accountSid: fake.accountSid, authToken: fake.authToken, from: '+14155550100', apiBaseUrl: fake.url });
      for (const c of opts.concurrency) {
        fake.messages.length = 0;
        fake.requests.length = 0;
        await run('real Twilio client → fake Twilio over HTTP', twilioSender, c);
        console.log(`  fake Twilio accepted ${fake.messages.length} messages`);
      }
    } finally {
      await fake.close();
    }
  }
} finally {
  await db.destroy();
  if (opts.keep) console.log(`kept database ${dbName}`);
  else await admin(`drop database if exists ${dbName} with (force)`);
}

/**
 * CPU time (ms) every core of this machine has spent busy since boot (/proc/stat: all but idle and iowait), or
 * null where there is no /proc/stat. Over a run, less this run's own CPU, it is what everything else on the
 * machine took (other engineers' tests and benches on a shared machine).
 */
function machineBusyMs(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    return ((user + nice + system + irq + softirq + steal) * 1000) / 100; // USER_HZ = 100
  } catch {
    return null;
  }
}

/**
 * Whether more workers could finish a CPU-bound (no-op sender) morning sooner on this machine. A run can end no
 * sooner than its CPU (the workers' and PostgreSQL's) spread over the cores left to it: its CPU floor, (workers +
 * PostgreSQL CPU) / (cores - what the rest of the machine kept busy meanwhile, from /proc/stat). When the CPU floor
 * of N workers is above one worker's wall time, N cannot be faster here, however the work is split: the machine,
 * not the claim or the batches, is the bound. Printed per count: wall, CPU, cores busy and that floor.
 */
function printCpuBoundVerdict(runs: readonly { count: number; wallMs: number; cpuMs: number; machineMs: number | null }[], cores: number): void {
  const one = runs.filter((r) => r.count === 1);
  if (!one.length || !runs.some((r) => r.count > 1)) return;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  /** Cores left to a run: all of them, less the mean number the rest of the machine kept busy during it. */
  const left = (r: (typeof runs)[number]) => (r.machineMs === null ? cores : Math.max(0.1, cores - Math.max(0, r.machineMs - r.cpuMs) / r.wallMs));
  const oneWall = mean(one.map((r) => r.wallMs));
  const oneCpu = mean(one.map((r) => r.cpuMs));
  console.log(`\n[scale-out, CPU-bound (no-op sender): is the machine the bound? ${cores} cores]`);
  for (const count of [...new Set(runs.map((r) => r.count))].sort((a, b) => a - b)) {
    const of = runs.filter((r) => r.count === count);
    const wall = mean(of.map((r) => r.wallMs));
    const cpu = mean(of.map((r) => r.cpuMs));
    const cores_ = mean(of.map(left));
    const floor = cpu / cores_;
    console.log(
      `  ${count} worker${count > 1 ? 's' : ''} (${of.length} run${of.length > 1 ? 's' : ''}): wall ${fmt(wall)}, CPU ${fmt(cpu)} (workers + PostgreSQL; ${(cpu / oneCpu).toFixed(2)}x one worker's), ` +
        `${(cpu / wall).toFixed(2)} cores busy of the ${cores_.toFixed(2)} the rest of the machine left (${cores} in all); CPU floor ${fmt(floor)}` +
        (count === 1
          ? `: one worker already keeps ${Math.round((cpu / wall / cores_) * 100)}% of them busy, so no split of the work can be more than ${(wall / floor).toFixed(2)}x faster`
          : floor >= oneWall
            ? `: not below one worker's wall ${fmt(oneWall)}, so ${count} cannot be faster on this machine (CPU-bound)`
            : `: below one worker's wall ${fmt(oneWall)}, so at best ${(oneWall / floor).toFixed(2)}x faster; measured ${(oneWall / wall).toFixed(2)}x`),
    );
  }
}

/** The most of `times` (ms) within any one second: what a carrier counting texts per second would have seen. */
function mostWithinOneSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
