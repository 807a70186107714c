/**
 * Seeded pseudo-random numbers for the engine. The engine never calls Math.random: every choice that could
 * go either way (tie-breaks, rotation order) draws from an rng built from a seed the caller controls, so the
 * same request always produces the same plan.
 */

export type Rng = () => number;

/** 32-bit FNV-1a hash, used to turn string seeds (and seed + salt pairs) into mulberry32 states. */
export function hashSeed(value: number | string): number {
  const text = typeof value === 'number' ? `n:${value}` : `s:${value}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast, and good enough for tie-breaks; returns floats in [0, 1). */
export function createRng(seed: number | string): Rng {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic Fisher–Yates shuffle of a copy of `items`. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
