import { parseArgs } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { z } from 'zod';
import twilio from 'twilio';
import autocannon from 'autocannon';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/connection.js';
import { adminQuery, withDatabase } from '../src/db/admin-query.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { planOutline, type PlanRequest } from '../src/engine/program/program.js';
import { parseStrengthRequest } from '../src/engine/strength/index.js';
import { raceRequestSchema } from '../src/engine/endurance/index.js';
import { EQUIPMENT_PRESETS } from '../src/engine/vocabulary.js';
import { addDays, startOfIsoWeek } from '../src/engine/dates.js';
import type { BenchStats } from '../src/bench-stats.js';

/**
 * `npm run bench:inbound -- [--clients 500] [--concurrency 10,50,100] [--duration 10] [--db postgres,pglite]
 *   [--database-url postgres://…] [--cpu-prof DIR] [--log-level info] [--port 3141] [--trace-sql] [--onboarded-by-text]`
 *
 * A texting rush against the real server, measured against a floor in the same run:
 * - the floor: a bare express server (urlencoded body parser, fixed TwiML answer), in its own process;
 * - Cadence (`src/server.ts`) in its own process on PostgreSQL (a fresh cadence_bench_inbound_<pid> database,
 *   dropped at the end) and on PGlite (a temporary DATA_DIR), with N onboarded clients seeded set-based
 *   (active, each with a strength or race plan that started last week).
 * This process only generates load (autocannon, in-process): Twilio-signed webhooks, each with a new
 * MessageSid, signed exactly as Twilio does (twilio.getExpectedTwilioSignature over PUBLIC_BASE_URL + path
 * and the sorted form fields), the clients taken round-robin. Every text and concurrency runs for
 * --duration seconds after a warm-up that asks every client "what's today" and "tomorrow" once (as the
 * morning text would have built today's workout). Printed per run: p50/p99 latency, requests/s, its ratio
 * to the floor at the same concurrency, statements per request (the server counts them, BENCH_STATS=true,
 * and reports over IPC) and the server's RSS before and after.
 * --cpu-prof DIR writes a V8 CPU profile of each Cadence server (node --cpu-prof) into DIR.
 * --onboarded-by-text: every client also keeps the state a client onboarded by text keeps (the finished onboarding,
 * step 'complete'), as every client who signed up by text does; without it the clients have no state at all.
 * --restart-after-warm-up: the timed runs are served by a new server process (the days stay stored), as at 7:05
 * when the morning texts went out from the worker and the web process has read none of the numbers yet: a
 * number's first text in the process takes the ordinary path (stored, then answered), its later texts the
 * answered-ahead one. The new process's JIT is warmed on the last tenth of the clients, and the timed runs
 * text the other nine tenths; with --clients above the requests of a run, every timed text is a number's first.
 */

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '10,50,100' },
    duration: { type: 'string', default: '10' },
    db: { type: 'string', default: 'postgres,pglite' },
    texts: { type: 'string', default: 'today,tomorrow,log' },
    'database-url': { type: 'string' },
    'cpu-prof': { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
    'serve-floor': { type: 'boolean', default: false },
    port: { type: 'string' },
    'trace-sql': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'auto-explain': { type: 'string' },
    'stale-stats': { type: 'boolean', default: false },
    'restart-after-warm-up': { type: 'boolean', default: false },
    'onboarded-by-text': { type: 'boolean', default: false },
  },
  strict: true,
});

interface PgWork {
  buffers: number;
  seqRows: number;
}

// ---- the floor's own process: bare express, fixed TwiML -------------------------------------------------
if (values['serve-floor']) {
  const { default: express } = await import('express');
  const app = express();
  const fixed = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Today: rest day. Reply "done" when you train.</Message></Response>';
  app.post('/sms/inbound', express.urlencoded({ extended: false, limit: '64kb' }), (_req, res) => {
    res.type('text/xml').send(fixed);
  });
  const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ type: 'ready' }));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  // `log` is a plain "done" (the whole planned day); `lift` a lift with sets, reps, load and an effort word, which
  // also names the next load (the week rebuilt from the new estimate). Each client repeats its text all run long:
  // its log history grows by one row per text, a few per client per run.
  const TEXTS = { today: "what's today", tomorrow: 'tomorrow', log: 'done', lift: 'squat 3x5 at 225, felt like RPE 9' } as const;
  const args = z
    .object({
      clients: z.coerce.number().int().min(10).max(100_000),
      concurrency: z.string().transform((s) => s.split(',').map((x) => Number(x.trim()))).pipe(z.array(z.number().int().min(1).max(1000)).min(1)),
      duration: z.coerce.number().min(1).max(600),
      db: z.string().transform((s) => s.split(',').map((x) => x.trim())).pipe(z.array(z.enum(['postgres', 'pglite'])).min(1)),
      texts: z.string().transform((s) => s.split(',').map((x) => x.trim())).pipe(z.array(z.enum(['today', 'tomorrow', 'log', 'lift'])).min(1)),
      'database-url': z.string().regex(/^postgres(ql)?:\/\//, '--database-url must be a postgres:// URL'),
      'cpu-prof': z.string().optional(),
      'log-level': z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']),
    })
    .safeParse({ ...values, 'database-url': values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  if (!args.success) {
    console.error(args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    process.exit(2);
  }
  const opts = args.data;
  const N = opts.clients;
  const TOKEN = 'bench-auth-token-0123456789abcdef';
  const BASE = 'https://coach.bench.test';
  const root = path.resolve(import.meta.dirname, '..');
  const phoneOf = (i: number) => `+1415${String(2_000_000 + i).padStart(7, '0')}`;

  // ---- plans: started on Monday last week, so "today" is in week 2 and last week's history is read --------
  const start = addDays(startOfIsoWeek(new Date().toISOString().slice(0, 10)), -7);
  const strength = (over: Record<string, unknown>): PlanRequest => {
    const parsed = parseStrengthRequest({
      kind: 'strength', startDate: start, weeks: 12, trainingAge: 'intermediate', goal: 'strength', trainingDays: [1, 2, 4, 5],
      sessionMinutes: 60, equipment: EQUIPMENT_PRESETS.full_gym, units: 'lb', seed: 7, ...over,
    });
    if (!parsed.success) throw new Error(parsed.error);
    return parsed.data;
  };
  const raceDate = addDays(start, 7 * 18 + 6);
  const VARIANTS: PlanRequest[] = [
    strength({}),
    raceRequestSchema.parse({
      kind: 'race', distance: 'marathon', startDate: start, raceDate, goalTime: '3:20:00', recentRace: { distance: 'half', time: '1:35:00' },
      currentWeeklyMileage: 25, trainingDays: [2, 3, 4, 6, 7], units: 'mi',
    }),
    strength({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], sessionMinutes: 45, equipment: EQUIPMENT_PRESETS.home_gym, seed: 3 }),
  ];

  async function seed(handle: DatabaseHandle): Promise<void> {
    const migrated = await migrateToLatest(handle.db);
    if (!migrated.success) throw migrated.error;
    const db = handle.db;
    await sql`insert into clients (phone, name, timezone, morning_time, status, profile)
      select '+1415' || lpad((2000000 + g)::text, 7, '0'), 'Bench ' || g, 'America/New_York', '06:30', 'active', '{}'::jsonb
        from generate_series(0, ${N - 1}::int) g`.execute(db);
    for (const [v, request] of VARIANTS.entries()) {
      const o = planOutline(request);
      const race = o.race ? JSON.stringify({ distance: o.race.raceName, date: o.race.raceDate, vdot: o.race.vdot }) : null;
      await sql`insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline, race, version, activated_at)
        select id, 'active', ${o.kind}, ${o.startDate}::date, ${o.endDate}::date, ${o.weeks}, ${JSON.stringify(request)}::jsonb, ${JSON.stringify(o)}::jsonb,
               ${race}::jsonb, 1, now()
          from clients where substr(name, 7)::int % ${VARIANTS.length} = ${v}`.execute(db);
    }
    if (values['onboarded-by-text']) {
      // What a client onboarded by text keeps: the finished onboarding's state (step 'complete', with its answers).
      await sql`insert into conversation_states (client_id, flow, state)
        select id, 'onboarding', jsonb_build_object('step', 'complete', 'answers', jsonb_build_object('name', name, 'timezone', timezone), 'history', '[]'::jsonb, 'retries', 0)
          from clients`.execute(db);
    }
    await sql`analyze`.execute(db);
  }

  // ---- processes ------------------------------------------------------------------------------------------
  interface Child {
    proc: ChildProcess;
    port: number;
    stats(): Promise<BenchStats | null>;
    /** The figures once the server has finished the requests the generator abandoned at the end of a run. */
    settled(): Promise<BenchStats | null>;
    stop(): Promise<void>;
  }
  // --port P: the floor and the servers take P, P+1, … (engineers sharing a machine each have a port range).
  let nextPort = values.port ? Number(values.port) : 3141 + (process.pid % 50) * 3;
  async function waitHttp(port: number, proc: ChildProcess, what: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${what} exited with ${proc.exitCode} before answering`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/sms/inbound`, { method: 'POST' });
        await res.arrayBuffer();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${what} did not answer on port ${port}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  }
  function wrap(proc: ChildProcess, port: number): Child {
    const child: Child = {
      proc,
      port,
      settled: async () => {
        let last = await child.stats();
        for (let i = 0; i < 40 && last; i++) {
          await new Promise((r) => setTimeout(r, 250));
          const next = await child.stats();
          if (!next || (next.queries === last.queries && next.responses === last.responses)) return next;
          last = next;
        }
        return last;
      },
      stats: () =>
        new Promise((resolve) => {
          // PGlite runs in the server's thread: under load the answer can wait behind queued queries.
          const timer = setTimeout(() => {
            proc.off('message', on);
            resolve(null);
          }, 15_000);
          const on = (msg: { type?: string } & BenchStats) => {
            if (msg?.type !== 'bench-stats') return;
            clearTimeout(timer);
            proc.off('message', on);
            resolve(msg);
          };
          proc.on('message', on);
          proc.send({ type: 'bench-stats' });
        }),
      stop: () =>
        new Promise((resolve) => {
          if (proc.exitCode !== null) return resolve();
          const kill = setTimeout(() => proc.kill('SIGKILL'), 15_000);
          proc.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          proc.kill('SIGTERM');
        }),
    };
    return child;
  }
  async function startFloor(): Promise<Child> {
    const port = nextPort++;
    const proc = fork(path.join(root, 'scripts/bench-inbound.ts'), ['--serve-floor'], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await waitHttp(port, proc, 'floor server');
    return wrap(proc, port);
  }
  /** `port`: the port of a server this one replaces (--restart-after-warm-up), so the run stays inside P, P+1, …. */
  async function startCadence(env: Record<string, string>, label: string, port = nextPort++): Promise<Child> {
    const prof = opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opts['cpu-prof'])}`] : [];
    if (opts['cpu-prof']) mkdirSync(path.resolve(opts['cpu-prof']), { recursive: true });
    const proc = fork(path.join(root, 'src/server.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx', ...prof],
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: opts['log-level'],
        TWILIO_AUTH_TOKEN: TOKEN,
        PUBLIC_BASE_URL: BASE,
        RUN_SCHEDULER_IN_WEB: 'false',
        BENCH_STATS: 'true',
        ...env,
      },
      // Logs go where a deployment sends them (a pipe, here /dev/null): written, never read.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await waitHttp(port, proc, `Cadence on ${label}`);
    return wrap(proc, port);
  }

  // ---- load -----------------------------------------------------------------------------------------------
  const runTag = randomBytes(6).toString('hex');
  let sidCounter = 0;
  let clientCursor = 0;
  /** The clients the load texts from, round-robin: [from, to). */
  let clients = { from: 0, to: N };
  /** One signed webhook body: a new MessageSid each time, the next client round-robin. */
  function signedRequest(text: string): { body: string; headers: Record<string, string> } {
    sidCounter += 1;
    if (clientCursor < clients.from || clientCursor >= clients.to) clientCursor = clients.from;
    const i = clientCursor;
    clientCursor = clientCursor + 1 >= clients.to ? clients.from : clientCursor + 1;
    const params: Record<string, string> = {
      MessageSid: `SM${runTag}${sidCounter.toString(16).padStart(20, '0')}`,
      AccountSid: 'AC' + '0'.repeat(32),
      From: phoneOf(i),
      To: '+14155550100',
      Body: text,
      NumMedia: '0',
      NumSegments: '1',
    };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, `${BASE}/sms/inbound`, params);
    return {
      body: new URLSearchParams(params).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    };
  }

  interface Figures {
    p50: number;
    p99: number;
    rps: number;
    ok: number;
    bad: number;
    errors: number;
    timeouts: number;
  }
  async function load(port: number, text: string, connections: number, spec: { duration?: number; amount?: number }): Promise<Figures> {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? opts.duration }),
      timeout: 20,
      requests: [
        {
          method: 'POST',
          path: '/sms/inbound',
          setupRequest: (req) => ({ ...req, ...signedRequest(text) }),
        },
      ],
    });
    return {
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
      ok: result['2xx'],
      bad: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    };
  }

  const rows: string[] = [];
  const fmtMb = (b: number | undefined) => (b === undefined ? '?' : `${Math.round(b / 1048576)} MB`);
  const floorRps = new Map<number, number>();

  /**
   * CPU time (ms) used so far by each PostgreSQL backend serving `dbName` (by process id), read from /proc: the
   * database's half of a text's cost, which shares the machine's cores with the server. Null when the server
   * is not on this machine (no /proc entry for its backends) or the list cannot be read.
   */
  async function backendCpuMs(adminUrl: string, dbName: string): Promise<Map<number, number> | null> {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()", [dbName]);
      const cpu = new Map<number, number>();
      for (const { pid } of rows) {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in ticks of 10 ms
      }
      return cpu;
    } catch {
      return null;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  /**
   * ANALYZE on the bench database, as autovacuum does on a live one (which re-plans the server's prepared
   * statements: their cached plans depend on the tables' sizes); says whether this server runs autovacuum.
   */
  async function analyzeDatabase(url: string): Promise<string> {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ setting: string }>("select setting from pg_settings where name = 'autovacuum'");
      const t0 = performance.now();
      await client.query('analyze');
      return `analyzed the bench database after the warm-up (${Math.round(performance.now() - t0)} ms; autovacuum is ${rows[0]?.setting ?? '?'} on this server; --stale-stats skips it)`;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  /**
   * Shared buffers the bench database's statements touched (hit or read) and rows its sequential scans read, so
   * far (pg_stat_database, pg_stat_user_tables). A backend publishes its counts at most once a second (PostgreSQL
   * 15: when idle, at least 1 s after its last report), hence the wait. Null when they cannot be read.
   */
  async function pgWorkOf(url: string): Promise<PgWork | null> {
    await new Promise((r) => setTimeout(r, 1500));
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ buffers: string; seq_rows: string }>(
        `select (select blks_hit + blks_read from pg_stat_database where datname = current_database()) as buffers,
                (select coalesce(sum(seq_tup_read), 0) from pg_stat_user_tables) as seq_rows`,
      );
      return { buffers: Number(rows[0]!.buffers), seqRows: Number(rows[0]!.seq_rows) };
    } catch {
      return null;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  /** CPU the backends used between two readings (a backend that ended in between is missed: undercounts). */
  const backendCpuBetween = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((sum, [pid, ms]) => sum + ms - (a.get(pid) ?? 0), 0);

  console.log(`bench:inbound — ${N} clients, ${opts.duration} s per run, concurrency ${opts.concurrency.join('/')}, texts ${opts.texts.join('/')}, server LOG_LEVEL=${opts['log-level']}`);
  console.log('(node ' + process.version + ', load generator autocannon in this process, each server in its own process)\n');

  // ---- the floor ----------------------------------------------------------------------------------------
  const floor = await startFloor();
  try {
    await load(floor.port, TEXTS.today, 10, { duration: 2 }); // JIT warm-up
    for (const c of opts.concurrency) {
      const f = await load(floor.port, TEXTS.today, c, {});
      floorRps.set(c, f.rps);
      rows.push(`| floor: bare express, fixed TwiML | - | ${c} | ${f.p50} | ${f.p99} | ${Math.round(f.rps)} | 1.00 | - | - | - | ${f.bad + f.errors + f.timeouts} |`);
      console.log(`floor            c=${String(c).padStart(3)}  p50 ${f.p50} ms  p99 ${f.p99} ms  ${Math.round(f.rps)} req/s`);
    }
  } finally {
    await floor.stop();
  }

  // ---- Cadence on each database ---------------------------------------------------------------------------
  for (const kind of opts.db) {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    let pgCpu: (() => Promise<Map<number, number> | null>) | null = null;
    let analyze: (() => Promise<string>) | null = null;
    let pgWork: (() => Promise<PgWork | null>) | null = null;
    const seedStart = performance.now();
    if (kind === 'postgres') {
      const dbName = `cadence_bench_inbound_${process.pid}`;
      const admin = (text: string) => adminQuery(opts['database-url'], text);
      await admin(`drop database if exists ${dbName}`);
      await admin(`create database ${dbName}`);
      // --auto-explain MS (diagnostic): every statement of this database slower than MS ms is logged with its plan,
      // row counts and buffers to the PostgreSQL server's log (auto_explain, loaded for this database's sessions only).
      if (values['auto-explain'] !== undefined) {
        await admin(`alter database ${dbName} set session_preload_libraries = 'auto_explain'`);
        await admin(`alter database ${dbName} set auto_explain.log_min_duration = ${Number(values['auto-explain'])}`);
        await admin(`alter database ${dbName} set auto_explain.log_analyze = on`);
        await admin(`alter database ${dbName} set auto_explain.log_buffers = on`);
      }
      const dbUrl = withDatabase(opts['database-url'], dbName);
      const handle = openPostgres(dbUrl, { max: 2 });
      try {
        await seed(handle);
      } finally {
        await handle.close();
      }
      if (!values['stale-stats']) await analyzeDatabase(dbUrl);
      env = { DATABASE_URL: dbUrl };
      pgCpu = () => backendCpuMs(opts['database-url'], dbName);
      analyze = () => analyzeDatabase(dbUrl);
      pgWork = () => pgWorkOf(dbUrl);
      // --keep: the seeded and warmed database stays, to look at its statements (EXPLAIN) after the run.
      cleanup = values.keep ? async () => console.log(`kept database ${dbUrl}`) : () => admin(`drop database if exists ${dbName} with (force)`);
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'cadence-bench-inbound-'));
      const handle = await openPglite({ dataDir: dir, purpose: 'bench:inbound seed' });
      try {
        await seed(handle);
      } finally {
        await handle.close();
      }
      env = { DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    console.log(`\n${kind}: seeded ${N} clients with plans in ${Math.round(performance.now() - seedStart)} ms`);
    try {
      let server = await startCadence(env, kind);
      try {
        const before = await server.stats();
        // What the texts are answered with (a seeded client is onboarded: these must be workouts, not questions).
        // --trace-sql: the server prints every statement of these sample requests (after one warm request each).
        if (values['trace-sql']) server.proc.send({ type: 'bench-trace', on: true });
        for (const t of opts.texts) {
          const r = signedRequest(TEXTS[t]);
          if (values['trace-sql']) console.log(`-- "${TEXTS[t]}"`);
          const res = await fetch(`http://127.0.0.1:${server.port}/sms/inbound`, { method: 'POST', headers: r.headers, body: r.body });
          const xml = await res.text();
          console.log(`  "${TEXTS[t]}" → ${res.status} ${xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 110)}…`);
        }
        if (values['trace-sql']) {
          for (const t of opts.texts) {
            clientCursor = 3; // a client whose day the first pass built: the stored-day path
            const r = signedRequest(TEXTS[t]);
            await fetch(`http://127.0.0.1:${server.port}/sms/inbound`, { method: 'POST', headers: r.headers, body: r.body }).then((x) => x.text());
            clientCursor = 3;
            console.log(`-- "${TEXTS[t]}" again (day stored)`);
            const r2 = signedRequest(TEXTS[t]);
            await fetch(`http://127.0.0.1:${server.port}/sms/inbound`, { method: 'POST', headers: r2.headers, body: r2.body }).then((x) => x.text());
          }
          server.proc.send({ type: 'bench-trace', on: false });
        }
        // Warm-up: every client's today and tomorrow built once (what the morning text does), and the JIT warm.
        const t0 = performance.now();
        const w1 = await load(server.port, TEXTS.today, 10, { amount: N });
        const w2 = await load(server.port, TEXTS.tomorrow, 10, { amount: N });
        const afterWarm = await server.settled();
        // The tables' statistics as a live database has them (autovacuum's ANALYZE), unless --stale-stats. The warm-up
        // grew the tables from nothing: the server's prepared statements were planned (generic plans, kept for the
        // connection's life) when they were nearly empty, and a plan for a near-empty table scans it whole. ANALYZE
        // invalidates those plans; without it they stay, on a server with autovacuum off, while the table grows.
        if (analyze && !values['stale-stats']) console.log(await analyze());
        const warmQ = afterWarm && before ? (afterWarm.queries - before.queries) / Math.max(1, afterWarm.responses - before.responses) : NaN;
        console.log(
          `warm-up (each client's first "what's today" and "tomorrow": the day is built and stored), c=10: ${w1.ok + w2.ok} ok, ${w1.bad + w2.bad} non-2xx, ` +
            `p50 ${w1.p50}/${w2.p50} ms, p99 ${w1.p99}/${w2.p99} ms, ${warmQ.toFixed(1)} statements/request, ${Math.round(performance.now() - t0)} ms`,
        );
        rows.push(`| ${kind}: first "what's today" per client (builds the day) | today | 10 | ${w1.p50} | ${w1.p99} | ${Math.round(w1.rps)} | ${(w1.rps / (floorRps.get(10) ?? NaN)).toFixed(2)} | ${warmQ.toFixed(1)} | - | - | ${w1.bad + w1.errors + w1.timeouts} |`);
        if (values['restart-after-warm-up']) {
          await server.stop();
          server = await startCadence(env, kind, server.port);
          const jitClients = Math.max(1, Math.floor(N / 10));
          clients = { from: N - jitClients, to: N };
          const j = await load(server.port, TEXTS.today, 10, { amount: 3 * jitClients });
          clients = { from: 0, to: N - jitClients };
          console.log(
            `restarted after the warm-up: a new server, JIT warmed with ${j.ok} "what's today" from the last ${jitClients} clients; ` +
              `the timed runs text the other ${N - jitClients}, each number's first text in this process taking the ordinary path`,
          );
        }
        for (const t of opts.texts) {
          for (const c of opts.concurrency) {
            const s0 = await server.stats();
            const pg0 = pgCpu ? await pgCpu() : null;
            const work0 = pgWork ? await pgWork() : null;
            const gen0 = process.cpuUsage();
            const f = await load(server.port, TEXTS[t], c, {});
            const gen = process.cpuUsage(gen0);
            const s1 = await server.settled();
            const pg1 = pgCpu ? await pgCpu() : null;
            const work1 = pgWork ? await pgWork() : null;
            const q = s0 && s1 ? (s1.queries - s0.queries) / Math.max(1, s1.responses - s0.responses) : NaN;
            // The server's own CPU per answered text: less disturbed by a shared machine than latency is.
            const cpuMs = s0 && s1 ? (s1.cpuMicros - s0.cpuMicros) / 1000 / Math.max(1, s1.responses - s0.responses) : NaN;
            const answered = s0 && s1 ? Math.max(1, s1.responses - s0.responses) : NaN;
            // PostgreSQL's CPU per answered text (its backends for this database; backends that ended mid-run are missed).
            const pgMs = pg0 && pg1 ? backendCpuBetween(pg0, pg1) / answered : NaN;
            // PostgreSQL's work per text in buffers and rows read (its statistics): the same on a busy machine as on an idle one.
            const work = work0 && work1 ? `, ${((work1.buffers - work0.buffers) / answered).toFixed(0)} buffers and ${((work1.seqRows - work0.seqRows) / answered).toFixed(0)} rows seq-scanned per text` : '';
            // Mean time from sending a statement to its result: batched statements wait for one another's commits.
            // The load generator's own CPU (signing and sending): it shares the machine's cores too.
            const genMs = (gen.user + gen.system) / 1000 / answered;
            const stmtMs = s0 && s1 ? (s1.queryMillis - s0.queryMillis) / Math.max(1, s1.queries - s0.queries) : NaN;
            const ratio = f.rps / (floorRps.get(c) ?? NaN);
            const failed = f.bad + f.errors + f.timeouts;
            rows.push(`| ${kind} | ${t} | ${c} | ${f.p50} | ${f.p99} | ${Math.round(f.rps)} | ${ratio.toFixed(2)} | ${q.toFixed(1)} | ${cpuMs.toFixed(2)} | ${Number.isNaN(pgMs) ? '-' : pgMs.toFixed(2)} | ${failed} |`);
            console.log(
              `${kind.padEnd(8)} ${t.padEnd(8)} c=${String(c).padStart(3)}  p50 ${f.p50} ms  p99 ${f.p99} ms  ${Math.round(f.rps)} req/s  ` +
                `${(ratio * 100).toFixed(0)}% of floor  ${q.toFixed(1)} statements/request (${stmtMs.toFixed(1)} ms each)  ${cpuMs.toFixed(2)} ms CPU/request` +
                `${Number.isNaN(pgMs) ? '' : ` + ${pgMs.toFixed(2)} ms PostgreSQL CPU`} (generator ${genMs.toFixed(2)} ms${work})${failed ? `  !! ${failed} failed` : ''}`,
            );
          }
        }
        const after = await server.stats();
        console.log(`${kind} server RSS: ${fmtMb(before?.rss)} before, ${fmtMb(afterWarm?.rss)} after warm-up, ${fmtMb(after?.rss)} after (heap ${fmtMb(after?.heapUsed)})`);
        rows.push(`| ${kind}: server RSS before → after | | | | | | | ${fmtMb(before?.rss)} → ${fmtMb(after?.rss)} | | | |`);
      } finally {
        await server.stop();
      }
    } finally {
      await cleanup();
    }
  }

  console.log('\n| server | text | concurrent | p50 ms | p99 ms | req/s | × floor | statements/req | CPU ms/req | PostgreSQL CPU ms/req | failed |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}
