import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePlanRequest } from '../src/engine/program/program.js';
import type { PlanRequest } from '../src/engine/program/program.js';
import { buildPlanJson } from '../src/engine/program/plan-json.js';
import { planDigest } from '../src/engine/program/digest.js';
import { planOutline, programWeek, workoutDaysOf } from '../src/engine/program/program.js';
import { formatDailyMessage } from '../src/messages/format/daily-message.js';
import { countSegments } from '../src/channels/sms-text.js';

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
  -h, --help           this help
Requests: {"kind":"strength",...}, {"kind":"race",...} or {"kind":"hybrid","race":{...},"strength":{...}|null}.
Examples: scripts/examples/*.json; fields: docs/engine-cli.md`;

function fail(message: string): never {
  process.stderr.write(`plan: ${message}\n`);
  process.exit(2);
}

let values: { input?: string; compact?: boolean; digest?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      input: { type: 'string', short: 'i' },
      compact: { type: 'boolean', default: false },
      digest: { type: 'boolean', default: false },
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
  const outline = planOutline(req);
  const sizes: number[] = [];
  const samples: string[] = [];
  for (let n = 1; n <= outline.weeks; n++) {
    for (const day of workoutDaysOf(outline, programWeek(req, outline, n))) {
      const text = formatDailyMessage(day, { name: 'Sam', isMorning: true });
      if (day.kind !== 'rest' && day.kind !== 'race') sizes.push(countSegments(text).segments);
      if (samples.length === 0 && day.kind !== 'rest') samples.push(text);
      if (samples.length === 1 && day.kind === 'rest') samples.push(text);
    }
  }
  sizes.sort((a, b) => a - b);
  const median = sizes.length ? sizes[Math.floor((sizes.length - 1) / 2)] : 0;
  lines.push('', `Morning texts (training days): median ${median} segments, max ${sizes.at(-1) ?? 0}, ${sizes.filter((x) => x > 2).length} of ${sizes.length} over 2`);
  for (const t of samples) lines.push('---', t);
  return lines;
}

const plan = buildPlanJson(parsed.data);
if (!plan.validation.ok) {
  process.stderr.write(`plan: the plan fails ${plan.validation.errors.length} validation rule(s); see "validation" in the output\n`);
}
process.stdout.write(`${JSON.stringify(plan, null, values.compact ? undefined : 2)}\n`);
