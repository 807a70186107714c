import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePlanRequest } from '../src/engine/program/program.js';
import type { PlanRequest } from '../src/engine/program/program.js';
import { buildPlanJson } from '../src/engine/program/plan-json.js';
import { planDigest } from '../src/engine/program/digest.js';
import { buildRacePlan } from '../src/engine/endurance/plan.js';
import { raceFigures, strengthFigures } from '../src/engine/program/digest.js';
import { raceFlags, strengthFlags } from '../src/engine/program/coach-flags.js';
import { hybridRaceRequest } from '../src/engine/program/hybrid.js';
import { personaGrid } from '../src/engine/program/personas.js';
import { buildStrengthPlan } from '../src/engine/strength/week.js';
import { hybridStrengthPlan, runTypesOf } from '../src/engine/program/hybrid-legs.js';
import { morningTextSizes } from '../src/messages/format/text-sizes.js';

/**
 * `npm run plan -- --input request.json` (or the request JSON on stdin): builds the whole plan a request
 * asks for — strength, race or hybrid — and prints it as JSON with the engine's validation. No database,
 * no network, no clock: the same request always prints the same plan.
 *
 * Exit codes: 0 plan printed (check `validation.ok`; a failing plan also warns on stderr), 2 bad usage,
 * unreadable input, malformed JSON or an invalid request (the message names the field).
 */
const USAGE = `usage: npm run plan -- --input request.json   (or: npm run plan < request.json)
  -i, --input <file>   the plan request (JSON); reads stdin when omitted
      --compact        print JSON on one line
      --digest         print a readable digest (one line a week, figures, morning-text sizes) instead of JSON
      --grid           no request: one line of figures for every persona of the coach's review grid
  -h, --help           this help
Requests: {"kind":"strength",...}, {"kind":"race",...} or {"kind":"hybrid","race":{...},"strength":{...}|null}.
Examples: scripts/examples/*.json; fields: docs/engine-cli.md`;

function fail(message: string): never {
  process.stderr.write(`plan: ${message}\n`);
  process.exit(2);
}

let values: { input?: string; compact?: boolean; digest?: boolean; grid?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      input: { type: 'string', short: 'i' },
      compact: { type: 'boolean', default: false },
      digest: { type: 'boolean', default: false },
      grid: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

/** One line per persona: validation, morning-text segments, and the figures a coach checks first. */
function gridLine(name: string, req: PlanRequest): string {
  const json = buildPlanJson(req);
  const t = morningTextSizes(req);
  const texts = `texts ${t.median}/${t.max} seg (${t.over2}/${t.count} over 2)`;
  let figures = '';
  // What a coach would refuse (program/coach-flags.ts), after the figures.
  let flags: string[] = [];
  if (req.kind === 'strength') {
    const plan = buildStrengthPlan(req);
    const f = strengthFigures(plan, req);
    flags = strengthFlags(plan);
    figures = `sessions ${f.minutes[0]}-${f.minutes[1]}/${req.sessionMinutes} min, MRV ${Math.round(f.maxMrvShare * 100)}%`;
  } else {
    const raceReq = req.kind === 'race' ? req : hybridRaceRequest(req.race, req.strength?.trainingDays ?? null);
    const plan = buildRacePlan(raceReq);
    const f = raceFigures(plan);
    flags = raceFlags(plan);
    const phases = plan.outline.phases.map((p) => `${p.name} ${p.weekCount}`).join('/');
    // The biggest step of the long run over the longest one before it: over 2 mi (3.2 km) a coach rejects the plan.
    const u = plan.outline.units;
    let longest = 0;
    let step = 0;
    for (const w of plan.weeks) {
      const l = Math.max(0, ...w.days.filter((d) => d.type === 'long').map((d) => d.total));
      if (longest > 0) step = Math.max(step, l - longest);
      longest = Math.max(longest, l);
    }
    if (step > (u === 'km' ? 3.2 : 2) + 1e-9) flags.unshift(`LONG-RUN-JUMP +${Math.round(step * 10) / 10}`);
    figures = `${plan.outline.totalWeeks} wk (${phases}), ${f.runWalk ? 'run/walk' : `${f.startVolume}->${f.peakVolume} ${u}, long ${f.longestRun}`}, easy >= ${Math.round(f.minEasyShare * 100)}%, quality <= ${f.qualityDaysMax}, fitness ${plan.outline.fitnessSource}`;
  }
  if (req.kind === 'hybrid' && req.strength) flags.push(...strengthFlags(hybridStrengthPlan(req.strength, runTypesOf(buildRacePlan(hybridRaceRequest(req.race, req.strength.trainingDays))))).map((x) => `lift ${x}`));
  if (flags.length > 0) figures += `  FLAGS: ${flags.join('; ')}`;
  return `${name.padEnd(44)} ${json.validation.ok ? 'ok  ' : 'FAIL'} ${texts.padEnd(28)} ${figures}${json.validation.ok ? '' : `\n    ${json.validation.errors.slice(0, 3).join(' | ')}`}`;
}

if (values.grid) {
  let flagged = 0;
  const counts = new Map<string, number>();
  for (const p of personaGrid()) {
    const line = gridLine(p.name, p.request);
    process.stdout.write(`${line}\n`);
    const flags = line.split('\n')[0]!.split('FLAGS: ')[1];
    if (!flags) continue;
    flagged++;
    for (const f of flags.split('; ')) {
      const k = f.replace(/^lift /, 'lift:').split(' ')[0]!;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  process.stdout.write(`flagged ${flagged} of ${personaGrid().length} personas${[...counts].map(([k, n]) => `; ${k} ${n}`).join('')}\n`);
  process.exit(0);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

let text: string;
if (values.input !== undefined) {
  // `npm run` changes into the package root; a relative path means the caller's directory.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.input);
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read --input ${values.input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
} else {
  if (process.stdin.isTTY) fail(`no request: pass --input <file> or pipe the JSON on stdin\n${USAGE}`);
  text = await readStdin();
}

if (!text.trim()) fail('the request is empty');
let json: unknown;
try {
  json = JSON.parse(text);
} catch (err) {
  fail(`the request is not valid JSON: ${(err as Error).message}`);
}

const parsed = parsePlanRequest(json);
if (!parsed.success) fail(`invalid request: ${parsed.error}`);

if (values.digest) {
  process.stdout.write(`${digest(parsed.data).join('\n')}\n`);
  process.exit(0);
}

/** The coach's skim: the engine digest plus what the morning texts look like (sizes and two samples). */
function digest(req: PlanRequest): string[] {
  const lines = planDigest(req);
  const t = morningTextSizes(req);
  lines.push('', `Morning texts (training days): median ${t.median} segments, max ${t.max}, ${t.over2} of ${t.count} over 2`);
  for (const s of t.samples) lines.push('---', s);
  return lines;
}

const plan = buildPlanJson(parsed.data);
if (!plan.validation.ok) {
  process.stderr.write(`plan: the plan fails ${plan.validation.errors.length} validation rule(s); see "validation" in the output\n`);
}
process.stdout.write(`${JSON.stringify(plan, null, values.compact ? undefined : 2)}\n`);
