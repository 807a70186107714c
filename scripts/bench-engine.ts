import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { planOutline, programWeek, type PlanRequest } from '../src/engine/program/program.js';
import { buildPlanJson } from '../src/engine/program/plan-json.js';
import {
  buildStrengthOutline,
  buildStrengthPlan,
  strengthRequestSchema,
  strengthWeek,
  type StrengthRequest,
} from '../src/engine/strength/index.js';
import { buildRacePlan, generateRaceWeek, raceOutline, raceRequestSchema, type RaceRequest } from '../src/engine/endurance/index.js';
import { EQUIPMENT_PRESETS } from '../src/engine/vocabulary.js';

/**
 * `npm run bench:engine -- [--runs N] [--budget-ms 1000] [--filter text] [--json]`: times the pure plan
 * engines (no database). Each case is warmed up, then run N times (default: as many as fit in the budget,
 * 20–5000) and reported as median / p95 / max milliseconds and operations per second (from the mean).
 * The ratios at the end compare plan lengths, split sizes, and a single week (what the services build per
 * request, from the stored outline) with a whole plan (what the CLI builds).
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'budget-ms': { type: 'string', default: '1000' },
    filter: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  strict: true,
});
const args = z
  .object({
    runs: z.coerce.number().int().min(1, { message: '--runs must be at least 1' }).optional(),
    budgetMs: z.coerce.number().positive({ message: '--budget-ms must be > 0' }),
    filter: z.string().optional(),
    json: z.boolean(),
  })
  .safeParse({ runs: values.runs, budgetMs: values['budget-ms'], filter: values.filter, json: values.json });
if (!args.success) {
  console.error(args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const opts = args.data;

// ---- requests -------------------------------------------------------------------------------------------

function strength(weeks: number, days: 3 | 6): StrengthRequest {
  return strengthRequestSchema.parse({
    kind: 'strength',
    startDate: '2026-03-02',
    weeks,
    trainingAge: 'intermediate',
    goal: 'strength',
    trainingDays: days === 3 ? [1, 3, 5] : [1, 2, 3, 4, 5, 6],
    sessionMinutes: 75,
    equipment: EQUIPMENT_PRESETS.full_gym,
    units: 'lb',
    oneRepMaxes: { back_squat: 275, bench_press: 205, deadlift: 335, overhead_press: 125 },
    seed: 11,
  });
}

/** 20 ISO weeks: Monday 2026-11-30 to Sunday 2027-04-18. */
const marathon: RaceRequest = raceRequestSchema.parse({
  kind: 'race',
  distance: 'marathon',
  startDate: '2026-11-30',
  raceDate: '2027-04-18',
  goalTime: '3:20:00',
  recentRace: { distance: 'half', time: '1:35:00' },
  currentWeeklyMileage: 25,
  trainingDays: [2, 3, 4, 6, 7],
  units: 'mi',
});

const s12x3 = strength(12, 3);
const s26x3 = strength(26, 3);
const s52x3 = strength(52, 3);
const s12x6 = strength(12, 6);
const s26x6 = strength(26, 6);
const s52x6 = strength(52, 6);

// Single weeks are built from a stored outline, as the services do (plans.service getOrCreateWeek).
const marathonReq: PlanRequest = marathon;
const marathonOutline = planOutline(marathonReq);
const raceOutlineOnly = raceOutline(marathon);
const s52x3Req: PlanRequest = s52x3;
const s52x3Outline = planOutline(s52x3Req);
const s52x6Outline = buildStrengthOutline(s52x6);
const hybridReq: PlanRequest = { kind: 'hybrid', race: marathon, strength: { ...strength(20, 3), startDate: marathon.startDate, trainingDays: [1, 5] } };
const hybridOutline = planOutline(hybridReq);

/** Cycles week numbers so single-week cases cover every block / phase type. */
function cycler(total: number): () => number {
  let n = 0;
  return () => (n++ % total) + 1;
}

interface Case {
  name: string;
  fn: () => unknown;
}

const nextRace = cycler(marathonOutline.weeks);
const nextRace2 = cycler(marathonOutline.weeks);
const nextHybrid = cycler(hybridOutline.weeks);
const nextS3 = cycler(52);
const nextS3b = cycler(52);
const nextS6 = cycler(52);

const cases: Case[] = [
  { name: 'strength outline only, 12 wk', fn: () => buildStrengthOutline(s12x3) },
  { name: 'strength outline only, 52 wk', fn: () => buildStrengthOutline(s52x3) },
  { name: 'strength plan 12 wk x 3 d', fn: () => buildStrengthPlan(s12x3) },
  { name: 'strength plan 26 wk x 3 d', fn: () => buildStrengthPlan(s26x3) },
  { name: 'strength plan 52 wk x 3 d', fn: () => buildStrengthPlan(s52x3) },
  { name: 'strength plan 12 wk x 6 d', fn: () => buildStrengthPlan(s12x6) },
  { name: 'strength plan 26 wk x 6 d', fn: () => buildStrengthPlan(s26x6) },
  { name: 'strength plan 52 wk x 6 d', fn: () => buildStrengthPlan(s52x6) },
  { name: 'race outline only, 20 wk marathon', fn: () => raceOutline(marathon) },
  { name: 'race plan 20 wk marathon', fn: () => buildRacePlan(marathon) },
  { name: 'race single week (generateRaceWeek)', fn: () => generateRaceWeek(marathon, raceOutlineOnly, nextRace2()) },
  { name: 'race single week (programWeek)', fn: () => programWeek(marathonReq, marathonOutline, nextRace()) },
  { name: 'strength single week 3 d (strengthWeek)', fn: () => strengthWeek(s52x3, s52x3Outline.strength!, nextS3b()) },
  { name: 'strength single week 3 d (programWeek)', fn: () => programWeek(s52x3Req, s52x3Outline, nextS3()) },
  { name: 'strength single week 6 d (strengthWeek)', fn: () => strengthWeek(s52x6, s52x6Outline, nextS6()) },
  { name: 'hybrid single week (programWeek)', fn: () => programWeek(hybridReq, hybridOutline, nextHybrid()) },
  { name: 'CLI JSON: strength 12 wk x 3 d + validation', fn: () => buildPlanJson(s12x3) },
  { name: 'CLI JSON: race 20 wk + validation', fn: () => buildPlanJson(marathon) },
];

// ---- timing ---------------------------------------------------------------------------------------------

interface Result {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
  perSecond: number;
}

let sink = 0;
function consume(v: unknown): void {
  // Keeps results observable so the work is not optimised away.
  if (v && typeof v === 'object') sink ^= Object.keys(v).length;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function bench(c: Case): Result {
  // Warm-up: at least 5 runs and ~15 % of the budget, so the JIT has seen the code paths.
  const warmEnd = performance.now() + opts.budgetMs * 0.15;
  for (let i = 0; i < 5 || performance.now() < warmEnd; i++) consume(c.fn());

  const times: number[] = [];
  const end = performance.now() + opts.budgetMs;
  const maxRuns = opts.runs ?? 5000;
  const minRuns = opts.runs ?? 20;
  while (times.length < maxRuns && (times.length < minRuns || performance.now() < end)) {
    const t0 = performance.now();
    const v = c.fn();
    times.push(performance.now() - t0);
    consume(v);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return {
    name: c.name,
    runs: times.length,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted[sorted.length - 1]!,
    meanMs: mean,
    perSecond: 1000 / mean,
  };
}

const selected = cases.filter((c) => !opts.filter || c.name.toLowerCase().includes(opts.filter.toLowerCase()));
if (!selected.length) {
  console.error(`no case matches --filter ${opts.filter}`);
  process.exit(2);
}

const results = new Map<string, Result>();
for (const c of selected) results.set(c.name, bench(c));

// ---- report ---------------------------------------------------------------------------------------------

const ms = (v: number) => (v < 0.1 ? v.toFixed(4) : v < 10 ? v.toFixed(3) : v.toFixed(1));
const rate = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));

function ratio(label: string, a: string, b: string): { label: string; value: number } | null {
  const ra = results.get(a);
  const rb = results.get(b);
  return ra && rb ? { label, value: ra.medianMs / rb.medianMs } : null;
}

function perWeek(label: string, single: string, full: string, weeks: number): { label: string; value: number } | null {
  const rs = results.get(single);
  const rf = results.get(full);
  return rs && rf ? { label, value: rs.medianMs / (rf.medianMs / weeks) } : null;
}

const ratios = [
  ratio('strength plan 52 wk / 12 wk (3 d)', 'strength plan 52 wk x 3 d', 'strength plan 12 wk x 3 d'),
  ratio('strength plan 52 wk / 12 wk (6 d)', 'strength plan 52 wk x 6 d', 'strength plan 12 wk x 6 d'),
  ratio('strength plan 26 wk / 12 wk (3 d)', 'strength plan 26 wk x 3 d', 'strength plan 12 wk x 3 d'),
  ratio('strength plan 6 d / 3 d (26 wk)', 'strength plan 26 wk x 6 d', 'strength plan 26 wk x 3 d'),
  ratio('strength outline / 52 wk plan (3 d)', 'strength outline only, 52 wk', 'strength plan 52 wk x 3 d'),
  ratio('strength single week / 52 wk plan (3 d)', 'strength single week 3 d (programWeek)', 'strength plan 52 wk x 3 d'),
  ratio('strength single week / 12 wk plan (3 d)', 'strength single week 3 d (programWeek)', 'strength plan 12 wk x 3 d'),
  perWeek('strength single week / (52 wk plan ÷ 52) (3 d)', 'strength single week 3 d (programWeek)', 'strength plan 52 wk x 3 d', 52),
  perWeek('strength single week / (52 wk plan ÷ 52) (6 d)', 'strength single week 6 d (strengthWeek)', 'strength plan 52 wk x 6 d', 52),
  ratio('race single week / 20 wk plan', 'race single week (programWeek)', 'race plan 20 wk marathon'),
  perWeek('race single week / (20 wk plan ÷ 20)', 'race single week (programWeek)', 'race plan 20 wk marathon', 20),
  ratio('race outline / 20 wk plan', 'race outline only, 20 wk marathon', 'race plan 20 wk marathon'),
  ratio('programWeek overhead, race (vs generateRaceWeek)', 'race single week (programWeek)', 'race single week (generateRaceWeek)'),
].filter((r): r is { label: string; value: number } => r !== null);

if (opts.json) {
  console.log(JSON.stringify({ node: process.version, results: [...results.values()], ratios }, null, 2));
} else {
  const rows = [...results.values()];
  const w = Math.max(...rows.map((r) => r.name.length), 4);
  const line = (cols: string[]) => `${cols[0]!.padEnd(w)}  ${cols.slice(1).map((c) => c.padStart(9)).join('  ')}`;
  console.log(`engine benchmark — node ${process.version}, ${opts.runs ? `${opts.runs} runs` : `~${opts.budgetMs} ms per case`} after warm-up\n`);
  console.log(line(['case', 'runs', 'median ms', 'p95 ms', 'max ms', 'ops/s']));
  console.log('-'.repeat(w + 2 + 5 * 11));
  for (const r of rows) console.log(line([r.name, String(r.runs), ms(r.medianMs), ms(r.p95Ms), ms(r.maxMs), rate(r.perSecond)]));
  if (ratios.length) {
    console.log('\nratios (of medians)');
    const lw = Math.max(...ratios.map((r) => r.label.length));
    for (const r of ratios) console.log(`  ${r.label.padEnd(lw)}  ${r.value >= 10 ? r.value.toFixed(1) : r.value.toFixed(3)}×`);
  }
}
if (sink === -1) console.log(sink);
