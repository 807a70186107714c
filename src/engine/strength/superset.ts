/**
 * Supersets: two exercises for muscles that do not compete (a press and a row, a squat and a plank) done in
 * alternation, one rest after each round. Each muscle still rests its full time (the partner's set happens in
 * it), so a short session keeps every movement pattern instead of losing one (agonist-antagonist paired sets
 * keep performance with less total time: Robbins et al. 2010, Weakley et al. 2017).
 */
import type { SlotRole } from '../microcycle/split.js';
import type { MovementPattern } from './exercises.js';

/** Where a pattern loads the body: two exercises pair only when their regions may alternate. */
type Region = 'knee' | 'hip' | 'push' | 'pull' | 'core';

const REGION: Partial<Record<MovementPattern, Region>> = {
  squat: 'knee',
  lunge: 'knee',
  knee_extension: 'knee',
  calf_raise: 'knee',
  hinge: 'hip',
  hip_thrust: 'hip',
  knee_flexion: 'hip',
  horizontal_push: 'push',
  vertical_push: 'push',
  chest_fly: 'push',
  lateral_raise: 'push',
  elbow_extension: 'push',
  horizontal_pull: 'pull',
  vertical_pull: 'pull',
  rear_delt: 'pull',
  elbow_flexion: 'pull',
  core_anti_extension: 'core',
  core_flexion: 'core',
  core_anti_rotation: 'core',
};

/**
 * Cost of pairing two regions (lower is better; absent = never): push with pull first, then legs with core,
 * legs with the upper body. Two leg patterns, two pushes or two pulls never alternate (the same muscles would
 * get no rest); a hinge with a row loads the lower back twice.
 */
const PAIR_COST: Record<string, number> = {
  'pull|push': 0,
  'core|knee': 1,
  'core|hip': 1,
  'knee|pull': 2,
  'hip|push': 2,
  'knee|push': 3,
  'core|push': 3,
  'core|pull': 3,
};

/** The day note that says how to do the supersets starts with this (a deload rewrites it with its own rest). */
export const SUPERSET_NOTE_PREFIX = 'Superset';

/** Seconds to move from one exercise of a pair to the other. */
export const SUPERSET_TRANSITION_SEC = 20;

export interface PairCandidate {
  pattern: MovementPattern;
  role: SlotRole;
}

function pairCost(a: PairCandidate, b: PairCandidate): number | undefined {
  if (a.role === 'power' || b.role === 'power') return undefined; // explosive work is done fresh, alone
  const ra = REGION[a.pattern];
  const rb = REGION[b.pattern];
  if (!ra || !rb) return undefined;
  return PAIR_COST[[ra, rb].sort().join('|')];
}

/**
 * The day's pairs (indices into `items`): as many pairs as the table allows, then the cheapest pairing;
 * ties keep the day's order. Exhaustive over the few exercises of a session.
 */
export function pairSupersets(items: readonly PairCandidate[]): [number, number][] {
  let best: { pairs: [number, number][]; cost: number } = { pairs: [], cost: 0 };
  const go = (rest: number[], pairs: [number, number][], cost: number): void => {
    if (pairs.length > best.pairs.length || (pairs.length === best.pairs.length && cost < best.cost)) best = { pairs: [...pairs], cost };
    if (rest.length < 2) return;
    const [first, ...others] = rest as [number, ...number[]];
    // `first` sits this one out, or pairs with one of the others.
    go(others, pairs, cost);
    others.forEach((j, idx) => {
      const c = pairCost(items[first] as PairCandidate, items[j] as PairCandidate);
      if (c === undefined) return;
      go([...others.slice(0, idx), ...others.slice(idx + 1)], [...pairs, [first, j]], cost + c);
    });
  };
  go(items.map((_, i) => i), [], 0);
  return best.pairs;
}

/** One exercise's share of a session, split into the parts a superset shares and the parts it does not. */
export interface TimedPart {
  sets: number;
  /** Ramp-up sets and setup (minutes). */
  prepMin: number;
  /** One working set (minutes). */
  setMin: number;
  restSec: number;
}

/** Minutes for an exercise done on its own: prep, its sets, its rest between them. */
export function straightMinutes(p: TimedPart): number {
  if (p.sets <= 0) return 0;
  return p.prepMin + p.sets * p.setMin + ((p.sets - 1) * p.restSec) / 60;
}

/**
 * Minutes for a superset: both exercises' setup, the longer ramp-up once (warm-up sets alternate too), every
 * working set, a transition per round both do, and the longer rest once per round.
 */
export function supersetMinutes(a: TimedPart, b: TimedPart, setupMin: number): number {
  if (a.sets <= 0) return straightMinutes(b);
  if (b.sets <= 0) return straightMinutes(a);
  const rounds = Math.max(a.sets, b.sets);
  const prep = 2 * setupMin + Math.max(a.prepMin - setupMin, b.prepMin - setupMin);
  return prep + a.sets * a.setMin + b.sets * b.setMin + (Math.min(a.sets, b.sets) * SUPERSET_TRANSITION_SEC + (rounds - 1) * Math.max(a.restSec, b.restSec)) / 60;
}

/** "A1"/"A2", "B1"/"B2" … in the order the pairs appear. */
export function supersetLabels(pairs: readonly (readonly [number, number])[]): Map<number, string> {
  const out = new Map<number, string>();
  [...pairs]
    .sort((x, y) => Math.min(...x) - Math.min(...y))
    .forEach(([i, j], n) => {
      const letter = String.fromCharCode(65 + n);
      out.set(Math.min(i, j), `${letter}1`);
      out.set(Math.max(i, j), `${letter}2`);
    });
  return out;
}

/** A session's lifting minutes: exercises sharing a superset letter ("A1", "A2") share their rest. */
export function groupedMinutes(parts: readonly { part: TimedPart; superset?: string | null }[], setupMin: number): number {
  const byLetter = new Map<string, TimedPart[]>();
  let total = 0;
  for (const { part, superset } of parts) {
    if (!superset) total += straightMinutes(part);
    else byLetter.set(superset.charAt(0), [...(byLetter.get(superset.charAt(0)) ?? []), part]);
  }
  for (const group of byLetter.values()) {
    const [a, b] = group;
    total += b ? supersetMinutes(a as TimedPart, b, setupMin) : straightMinutes(a as TimedPart);
  }
  return total;
}
