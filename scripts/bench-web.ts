import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { z } from 'zod';
import { openPostgres } from '../src/db/connection.js';
import { adminQuery, withDatabase } from '../src/db/admin-query.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { json } from '../src/db/json.js';
import { planOutline, type PlanRequest } from '../src/engine/program/program.js';
import { parseStrengthRequest } from '../src/engine/strength/index.js';
import { raceRequestSchema } from '../src/engine/endurance/index.js';
import { EQUIPMENT_PRESETS } from '../src/engine/vocabulary.js';
import { dashboard, clientDetail } from '../src/services/coach-dashboard.service.js';
import { planView } from '../src/services/plan-view.service.js';
import { calendarFeed } from '../src/services/calendar-feed.service.js';
import { parseConfig } from '../src/config.js';

/**
 * `npm run bench:web -- [--clients 2000] [--runs 15] [--database-url postgres://…]`
 *
 * Seeds N clients in a fresh PostgreSQL database (cadence_benchweb_<pid>, dropped at the end), each with an
 * active plan, two weeks of workouts, 40 messages and a readiness note, then times what the web pages do:
 * the coach's client list (one page of 100, every figure computed over all clients' last 14 days), one
 * client's page, a plan page and a calendar feed for the longest plans the engine builds. Prints medians and
 * ratios: the client list against a bare `select * from clients limit 100`, and at N against N/10 clients.
 * Plan page and feed figures are given warm (medians) and cold (the first request for that plan).
 */
const { values } = parseArgs({
  options: { clients: { type: 'string', default: '2000' }, runs: { type: 'string', default: '15' }, 'database-url': { type: 'string' } },
  strict: true,
});
const parsed = z
  .object({
    clients: z.coerce.number().int().min(10).max(200_000),
    runs: z.coerce.number().int().min(3).max(1000),
    url: z.string().regex(/^postgres(ql)?:\/\//, '--database-url must be a postgres:// URL'),
  })
  .safeParse({ ...values, url: values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const { clients: N, runs: RUNS, url: adminUrl } = parsed.data;

const admin = (text: string) => adminQuery(adminUrl, text);
const dbName = `cadence_benchweb_${process.pid}`;
await admin(`drop database if exists ${dbName}`);
await admin(`create database ${dbName}`);
const handle = openPostgres(withDatabase(adminUrl, dbName), { max: 4 });
const db = handle.db;

const START = '2026-11-30';
const NOW = new Date('2026-12-14T17:00:00Z'); // two weeks in
const strength = (weeks: number, days: number[]): PlanRequest => {
  const r = parseStrengthRequest({ kind: 'strength', startDate: START, weeks, trainingAge: 'intermediate', goal: 'strength', trainingDays: days, sessionMinutes: 75, equipment: EQUIPMENT_PRESETS.full_gym, units: 'lb', seed: 7 });
  if (!r.success) throw new Error(r.error);
  return r.data;
};
const marathon: PlanRequest = raceRequestSchema.parse({
  kind: 'race', distance: 'marathon', startDate: START, raceDate: '2027-04-18', goalTime: '3:20:00',
  recentRace: { distance: 'half', time: '1:35:00' }, currentWeeklyMileage: 25, trainingDays: [2, 3, 4, 6, 7], units: 'mi',
});
const typical = [strength(12, [1, 3, 5]), marathon];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/** First (cold) calls, by label: the plan page and feed keep projections and rendered text for the next one. */
const firstCalls: string[] = [];
async function time(fn: () => Promise<unknown>, coldLabel?: string): Promise<number> {
  const t0 = performance.now();
  await fn(); // warm-up
  if (coldLabel) firstCalls.push(`| ${coldLabel}, first request | ${(performance.now() - t0).toFixed(1)} |`);
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

try {
  const migrated = await migrateToLatest(db);
  if (!migrated.success) throw migrated.error;

  async function seed(count: number, offset: number): Promise<void> {
    // Clients, plans, two weeks of workouts (Mon/Wed/Fri done or not), messages and a pain note, set-based.
    await sql`insert into clients (phone, name, timezone, status, profile)
      select '+1415' || lpad((2000000 + g)::text, 7, '0'), 'Client ' || g,
             (array['America/New_York','America/Chicago','America/Los_Angeles','Europe/London'])[1 + g % 4],
             case when g % 25 = 0 then 'opted_out' when g % 10 = 0 then 'paused' else 'active' end, '{}'::jsonb
        from generate_series(${offset + 1}::int, ${offset + count}::int) g`.execute(db);
    for (const [i, req] of typical.entries()) {
      const o = planOutline(req);
      await sql`insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline, activated_at)
        select c.id, 'active', ${o.kind}, ${o.startDate}::date, ${o.endDate}::date, ${o.weeks}, ${json(req)}, ${json(o)}, now()
          from clients c where c.name ~ '^Client [0-9]+$' and substr(c.name, 8)::int between ${offset + 1} and ${offset + count}
           and substr(c.name, 8)::int % 2 = ${i}`.execute(db);
    }
    await sql`insert into workout_instances (client_id, plan_id, date, status, workout, engine_input)
      select p.client_id, p.id, d::date,
             case when random() < 0.7 then 'completed' else 'scheduled' end,
             jsonb_build_object('kind', case when extract(isodow from d) in (1, 3, 5) then 'strength' else 'rest' end), '{}'::jsonb
        from fitness_plans p cross join generate_series(${START}::date, '2026-12-13'::date, '1 day') d
       where p.client_id in (select id from clients order by created_at desc limit ${count})`.execute(db);
    await sql`insert into inbound_messages (provider, provider_sid, client_id, from_phone, body, received_at)
      select 'local', 'bench-' || c.id || '-' || g, c.id, c.phone, 'done', ${NOW.toISOString()}::timestamptz - (g || ' hours')::interval
        from (select * from clients order by created_at desc limit ${count}) c cross join generate_series(1, 20) g`.execute(db);
    await sql`insert into outbound_messages (client_id, to_phone, body, kind, status, channel, segments, encoding, created_at)
      select c.id, c.phone, 'Logged: Full body A done. Nice work!', 'reply', case when g = 1 and random() < 0.05 then 'failed' else 'local' end, 'local', 1, 'GSM-7',
             ${NOW.toISOString()}::timestamptz - (g || ' hours')::interval + interval '1 second'
        from (select * from clients order by created_at desc limit ${count}) c cross join generate_series(1, 20) g`.execute(db);
    await sql`insert into readiness_signals (client_id, date, kind, severity, note)
      select id, '2026-12-10', 'pain', 3, 'knee' from (select * from clients order by created_at desc limit ${count}) c where random() < 0.1`.execute(db);
    await sql`analyze`.execute(db);
  }

  const config = parseConfig({ LOG_LEVEL: 'silent', ADMIN_TOKEN: 'bench-admin-token' });
  if (!config.success) throw new Error(config.error);
  const deps = { db, now: () => NOW, config: config.data };
  const floor = () => db.selectFrom('clients').selectAll().limit(100).execute();
  const listPage = () => dashboard(deps, { page: 1, pageSize: 100 });

  const small = Math.max(1, Math.floor(N / 10));
  await seed(small, 0);
  const listSmall = await time(listPage);
  await seed(N - small, small);
  const listLarge = await time(listPage);
  const floorMs = await time(floor);
  const anyClient = await db.selectFrom('clients').select('id').where('status', '=', 'active').executeTakeFirstOrThrow();
  const detailMs = await time(() => clientDetail(deps, anyClient.id));

  // The longest plans: a 52-week, 6-day strength plan and a 20-week marathon, each projected in full.
  const longest: Array<[string, PlanRequest]> = [['strength 52 wk x 6 d', strength(52, [1, 2, 3, 4, 5, 6])], ['marathon 20 wk x 5 d', marathon]];
  const rows: string[] = [];
  for (const [label, req] of longest) {
    const client = await db.insertInto('clients').values({ phone: `+1212555${String(rows.length + 7000)}`, name: 'Bench', timezone: 'America/New_York', status: 'active', profile: json({}) }).returningAll().executeTakeFirstOrThrow();
    const o = planOutline(req);
    await db.insertInto('fitness_plans').values({ client_id: client.id, status: 'active', program_type: o.kind, start_date: o.startDate, end_date: o.endDate, weeks: o.weeks, request: json(req), outline: json(o) }).execute();
    const viewMs = await time(() => planView(deps, client), `plan page data, ${label}`);
    const feedMs = await time(() => calendarFeed(deps, client, 'https://coach.example/p/x'), `calendar feed, ${label}`);
    rows.push(`| plan page data, ${label} | ${viewMs.toFixed(1)} |`, `| calendar feed, ${label} | ${feedMs.toFixed(1)} |`);
  }

  console.log(`web pages on PostgreSQL, ${N} clients (${RUNS} timed runs each, medians)\n`);
  console.log('| what | median ms |\n|---|---:|');
  console.log(`| client list, first page of 100, ${small} clients | ${listSmall.toFixed(1)} |`);
  console.log(`| client list, first page of 100, ${N} clients | ${listLarge.toFixed(1)} |`);
  console.log(`| floor: select * from clients limit 100 | ${floorMs.toFixed(2)} |`);
  console.log(`| one client's page (conversation, plan, adaptations) | ${detailMs.toFixed(1)} |`);
  for (const r of rows) console.log(r);
  for (const r of firstCalls) console.log(r);
  console.log(`\nratios: client list at ${N} vs ${small} clients ${(listLarge / listSmall).toFixed(1)}x; vs the floor ${(listLarge / floorMs).toFixed(0)}x`);
} finally {
  await handle.close();
  await admin(`drop database if exists ${dbName} with (force)`);
}
