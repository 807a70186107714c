/**
 * How much of the client-text corpus the deterministic reader gets right, overall and per tag (dates,
 * exercises, questions, corrections, several items, typos), plus the onboarding corpus and the phone
 * time-zone corpus. Used to compare a library against the hand-written code it replaces: run it, swap the
 * implementation, run it again. `npm run -s corpus` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { timezoneForPhone } from '../src/channels/phone-region.js';
import { readText } from '../src/conversation/understand/read.js';
import { CORPUS } from '../test/conversation/corpus/client-texts.js';
import { ONBOARDING_CORPUS, readOnboardingEntry } from '../test/conversation/corpus/onboarding-texts.js';

/** expected ⊆ actual, as vitest's toMatchObject. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return isDeepStrictEqual(actual, expected);
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

function sameClock(a: string, b: string): boolean {
  const off = (z: string, d: string) => new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' }).format(new Date(d));
  return ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'].every((d) => off(a, d).replace(/^.*, /, '') === off(b, d).replace(/^.*, /, ''));
}

const tally = new Map<string, { ok: number; all: number }>();
const count = (tag: string, ok: boolean) => {
  const t = tally.get(tag) ?? { ok: 0, all: 0 };
  t.all += 1;
  if (ok) t.ok += 1;
  tally.set(tag, t);
};
const misses: string[] = [];

for (const e of CORPUS) {
  const read = readText(e.text, { now: new Date(e.now ?? '2026-11-27T15:00:00Z'), timezone: 'America/New_York', units: e.units ?? 'imperial' });
  const ok = read.items.length === e.read.length && e.read.every((x, i) => matches(read.items[i], x));
  count('client texts', ok);
  for (const tag of e.tags ?? []) count(`  ${tag}`, ok);
  if (!ok) misses.push(`client: ${e.text} -> ${read.items.map((i) => i.intent).join('+')}`);
}
for (const e of ONBOARDING_CORPUS) {
  const answers = readOnboardingEntry(e);
  const ok = matches(answers, e.expect) && (e.absent ?? []).every((k) => (answers as Record<string, unknown>)[k] === undefined);
  count('onboarding texts', ok);
  if (!ok) misses.push(`onboarding: ${e.text}`);
}
const phones = JSON.parse(readFileSync(new URL('./corpus/phone-zones.json', import.meta.url), 'utf8')) as Array<[string, string]>;
for (const [phone, zone] of phones) {
  const guess = await timezoneForPhone(phone);
  // Right clock: the same UTC offsets in January and July (London for a Dublin number sends at the same minute).
  count('phone zones (right clock)', guess !== null && sameClock(guess, zone));
  // Asking is not a misread: a null guess means onboarding asks the client.
  count('phone zones (not wrong)', guess === null || sameClock(guess, zone));
  if (guess !== zone) misses.push(`phone: ${phone} ${zone} -> ${guess}`);
}

for (const [tag, t] of tally) console.log(`${tag.padEnd(26)} ${String(t.ok).padStart(4)} / ${String(t.all).padEnd(4)} ${((100 * t.ok) / t.all).toFixed(1)}%`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(`  miss ${m}`);
