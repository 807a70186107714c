import { createHash } from 'node:crypto';
import { adaptedWeek } from '../engine/adaptation/index.js';
import { deepFreeze } from '../db/json.js';

type AdaptedWeek = ReturnType<typeof adaptedWeek>;
type Args = Parameters<typeof adaptedWeek>;

/**
 * How many distinct weeks a process keeps. A roster shares a few plan templates (same request, start date and
 * week, no adaptations yet), so a few hundred entries cover a morning; each is ~20 KB (the week and its base).
 */
export const WEEK_MEMO_CAPACITY = 500;

const memo = new Map<string, AdaptedWeek>();
const stats = { hits: 0, misses: 0 };

/**
 * `adaptedWeek`, memoized per process. The engine is pure: the same request, outline, week number, inputs,
 * adaptations and settled dates always give the same week, so a template shared by many clients is built once
 * (the cold morning builds one week per client, most of them identical). Keyed by a SHA-1 of the arguments'
 * JSON; a different key order only costs a miss, never a wrong week. Results are deep-frozen because every
 * caller with the same key shares them: a caller that mutated one would change another client's plan, and
 * frozen it throws instead. Least recently used entries go first beyond WEEK_MEMO_CAPACITY.
 */
export function memoAdaptedWeek(...args: Args): AdaptedWeek {
  const [req, outline, weekNumber, inputs, ctx, settled] = args;
  const rest = [weekNumber, inputs, ctx, settled ? [...settled].sort() : []];
  // A shared (frozen) request and outline, as every stored plan read is (stored-plan-json.ts), stand for their
  // content by a number: the ~5 KB plan is serialized and digested once per plan, not once per client.
  const plan = sharedPlanKey(req, outline);
  const key = plan !== null ? `${plan}|${digest(JSON.stringify(rest))}` : digest(JSON.stringify([req, outline, ...rest]));
  const hit = memo.get(key);
  if (hit) {
    stats.hits += 1;
    // Refresh its place: a Map iterates in insertion order, so the first key is the least recently used.
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  stats.misses += 1;
  const built = deepFreeze(adaptedWeek(...args));
  memo.set(key, built);
  if (memo.size > WEEK_MEMO_CAPACITY) memo.delete(memo.keys().next().value!);
  return built;
}

const digest = (text: string) => createHash('sha1').update(text).digest('base64');

/** Content keys of frozen outlines (with the request they came with): a digest of the pair's JSON. */
const planKeys = new WeakMap<object, { req: unknown; key: string }>();

function sharedPlanKey(req: unknown, outline: unknown): string | null {
  if (typeof outline !== 'object' || outline === null || !Object.isFrozen(outline) || !Object.isFrozen(req)) return null;
  const known = planKeys.get(outline);
  if (known && known.req === req) return known.key;
  const key = digest(JSON.stringify([req, outline]));
  planKeys.set(outline, { req, key });
  return key;
}

/** Hits and misses since the process started (benchmarks print them). */
export function weekMemoStats(): { hits: number; misses: number; size: number } {
  return { ...stats, size: memo.size };
}

export { deepFreeze };
