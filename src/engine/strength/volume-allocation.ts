/**
 * Balances a week's set counts: each muscle's weekly hard sets toward this week's target (MEV → MRV by the
 * week's position), never past MRV, and every session inside the client's minutes. Greedy descent over
 * single-set moves; deterministic (ties break by item order).
 */
import { MUSCLES, SECONDARY_SET_WEIGHT, type Muscle } from './volume-landmarks.js';
import type { SlotRole } from '../microcycle/split.js';
import type { Exercise, MovementPattern } from './exercises.js';

export interface AllocItem {
  day: number;
  exercise: Exercise;
  role: SlotRole;
  sets: number;
  min: number;
  max: number;
  pref: number;
  /** Minutes for `sets` sets (a function because of ramp-up and rest between sets). */
  minutes: (sets: number) => number;
  /** The session's only lift of a movement pattern it must cover: fewer sets, never dropped. */
  keep?: boolean;
}

export interface AllocInput {
  items: AllocItem[];
  targets: Record<Muscle, number>;
  mrv: Record<Muscle, number>;
  /**
   * Each muscle's MEV (volume-landmarks.ts). A set under MEV is worth more than a set between MEV and the
   * week's target: under MEV the muscle's work does not grow it at all, so sets move there from a muscle
   * already past its MEV first (UNDER_MEV_COST). Omitted: only the targets count.
   */
  mev?: Record<Muscle, number>;
  /**
   * A realization (peaking) week: the main lifts keep their preferred work sets while anything else can give
   * up time. The week is for the heavy lifts; a calf raise or curl is what goes first.
   */
  holdMains?: boolean;
  /** Muscles whose MEV is 0 (glutes, core): indirect work covers them, so excess is cheap. */
  lowPriority: ReadonlySet<Muscle>;
  budgetMinutes: number;
  fixedMinutesPerDay: number;
  /**
   * Fill sessions up to this many minutes (the client asked for the time: within ~15 % of it, more sets
   * rather than empty time). Sets may then go one past an exercise's usual maximum, never past MRV.
   */
  fillMinutes?: number;
  /**
   * A day's lifting minutes for these set counts (without the fixed minutes), when exercises share time
   * (supersets); otherwise the sum of the items' own minutes.
   */
  dayMinutes?: (day: number, sets: readonly number[]) => number;
  /**
   * The most exercises a session holds (session-size.ts): past it the least needed leave first (never a main or
   * power lift), and nothing dropped comes back to fill time; sets fill it instead.
   */
  maxPerDay?: number;
  /**
   * Days whose session lost lifts to pain: it is shorter on purpose, so the fill step leaves it (a coach drops the
   * volume; the freed minutes never become a fifth set of curls on a sore-shoulder day).
   */
  unfilledDays?: ReadonlySet<number>;
}

/**
 * Extra cost per hard set a muscle sits under its MEV, on top of the 1 per set under the week's target. At 2,
 * a set moved from a muscle above its MEV (costs 1) to one under it (gains 1 + 2) is always worth taking, and
 * still worth it after the accessory's deviation cost (0.3 a set from its usual count): calves at 3 of 8
 * sets took sets from chest at 9 of 6.
 */
export const UNDER_MEV_COST = 2;

const DROP_COST: Record<SlotRole, number> = { power: 6, main: 6, secondary: 1.5, accessory: 0.4, core: 0.4 };
/** Cost per set away from the preferred count: main lifts hold their sets, accessories flex first. */
const DEVIATION_COST: Record<SlotRole, number> = { power: 1.5, main: 1.5, secondary: 0.6, accessory: 0.3, core: 0.3 };
/** Only time may remove these from a session; volume balancing may not. */
const KEEP: ReadonlySet<SlotRole> = new Set(['power', 'main', 'secondary']);

/**
 * A main lift's work sets: a coach keeps 3 (up to 5) and cuts accessories first. Only a session too short
 * for anything else (or a muscle already at MRV) takes a main lift down to its minimum.
 */
export const MAIN_WORK_SETS = 3;

/** Lifts ranked under a day's main lifts: never more sets than the main lift with the fewest (power is fixed). */
const UNDER_MAIN: ReadonlySet<SlotRole> = new Set(['secondary', 'accessory', 'core']);

/**
 * Muscles a movement pattern trains only indirectly, whatever the exercise lists as its prime movers: the
 * glutes work hard in squats, lunges and hinges, but RP's glute landmarks (MEV 0, MRV 16) count those as the
 * indirect work that makes direct glute sets (hip thrusts, bridges, kickbacks) optional, so they count as a
 * secondary mover's half set. Counted fully, a week of squats, lunges and RDLs reached the glutes' MRV and
 * capped every other lower-body set.
 */
const INDIRECT: Partial<Record<Muscle, ReadonlySet<MovementPattern>>> = {
  glutes: new Set<MovementPattern>(['squat', 'lunge', 'hinge']),
};

export function setWeight(ex: Exercise, m: Muscle): number {
  // Power and balance work is done far from failure: it builds speed and steadiness, not hard sets.
  if (ex.pattern === 'power' || ex.pattern === 'balance') return 0;
  if (INDIRECT[m]?.has(ex.pattern) && (ex.primaryMuscles.includes(m) || ex.secondaryMuscles.includes(m))) return SECONDARY_SET_WEIGHT;
  if (ex.primaryMuscles.includes(m)) return 1;
  if (ex.secondaryMuscles.includes(m)) return SECONDARY_SET_WEIGHT;
  return 0;
}

export function hardSets(items: readonly { exercise: Exercise; sets: number }[]): Record<Muscle, number> {
  const out = Object.fromEntries(MUSCLES.map((m) => [m, 0])) as Record<Muscle, number>;
  for (const it of items) for (const m of MUSCLES) out[m] += it.sets * setWeight(it.exercise, m);
  return out;
}

/** Returns the balanced set count per item (same order); 0 means the item is dropped this week. */
export function allocateSets(input: AllocInput): number[] {
  const { items, targets, mrv, lowPriority, budgetMinutes, fixedMinutesPerDay } = input;
  const sets = items.map((i) => i.sets);
  const days = [...new Set(items.map((i) => i.day))];
  const liftMinutes = (d: number, counts: readonly number[]) =>
    input.dayMinutes ? input.dayMinutes(d, counts) : items.reduce((t, it, k) => t + (it.day === d ? it.minutes(counts[k] as number) : 0), 0);
  /** A day's lifting minutes with item k at n sets. */
  const minutesWith = (d: number, k: number, n: number) => {
    const before = sets[k] as number;
    sets[k] = n;
    const m = liftMinutes(d, sets);
    sets[k] = before;
    return m;
  };
  // Rounded up the way the session's estimate is shown, so "45 min" really means at most 45.
  const dayMinutes = (d: number) => Math.ceil(fixedMinutesPerDay + liftMinutes(d, sets) - 1e-9);
  const activeOnDay = (d: number) => items.filter((it, k) => it.day === d && (sets[k] as number) > 0).length;
  const totals = () => hardSets(items.map((it, k) => ({ exercise: it.exercise, sets: sets[k] as number })));

  const itemCost = (k: number, n: number) => {
    const it = items[k] as AllocItem;
    if (n === 0) return DROP_COST[it.role] + DEVIATION_COST[it.role] * it.pref;
    return DEVIATION_COST[it.role] * Math.abs(n - it.pref);
  };
  const muscleCost = (m: Muscle, h: number) => {
    const t = targets[m];
    const underMev = input.mev ? Math.max(0, input.mev[m] - h) * UNDER_MEV_COST : 0;
    return underMev + (h < t ? t - h : (h - t) * (lowPriority.has(m) ? 0.25 : 0.7));
  };
  /** Next allowed value: sets step by one between min and max, and may jump between min and 0. */
  const step = (k: number, dir: 1 | -1): number | null => {
    const it = items[k] as AllocItem;
    const cur = sets[k] as number;
    if (dir === 1) {
      if (cur === 0) return it.min;
      return cur < it.max ? cur + 1 : null;
    }
    if (cur === 0) return null;
    return cur > it.min ? cur - 1 : 0;
  };
  const delta = (k: number, next: number, h: Record<Muscle, number>) => {
    const it = items[k] as AllocItem;
    const diff = next - (sets[k] as number);
    let d = itemCost(k, next) - itemCost(k, sets[k] as number);
    for (const m of MUSCLES) {
      const w = setWeight(it.exercise, m);
      if (w === 0) continue;
      d += muscleCost(m, h[m] + diff * w) - muscleCost(m, h[m]);
    }
    return d;
  };
  /**
   * The week's last core drill is held like a main lift (fewer sets; dropped only when nothing else gives the
   * time): core's MEV is 0, so with a calf raise on every full-body day a 45-minute week used to lose all its
   * core work, a coach's first thing to keep for a trunk that needs care (a diastasis: dead bugs, bird dogs).
   */
  const lastCore = (k: number) =>
    (items[k] as AllocItem).role === 'core' && items.every((o, j) => j === k || o.role !== 'core' || (sets[j] as number) === 0);
  const canDrop = (k: number) => !(items[k] as AllocItem).keep && activeOnDay((items[k] as AllocItem).day) > 1;
  /** Dropped only when nothing else gives the time (main, second and power lifts, and the week's last core drill). */
  const held = (k: number) => KEEP.has((items[k] as AllocItem).role) || lastCore(k);
  /**
   * Whether item k may move to n sets and keep its day in order: no secondary lift, accessory or core work
   * above the day's main lift with the fewest sets; and, unless `relaxed`, no main lift under its work sets.
   */
  const inOrder = (k: number, n: number, relaxed = false): boolean => {
    const it = items[k] as AllocItem;
    if (n === 0) return true;
    if (it.role === 'main') {
      // Relaxed (time or MRV leave no other choice): the move is allowed and `clampToMains` follows it.
      if (relaxed) return true;
      if (n < (input.holdMains ? it.pref : Math.min(MAIN_WORK_SETS, it.pref)) && n < (sets[k] as number)) return false;
      return items.every((o, j) => j === k || o.day !== it.day || !UNDER_MAIN.has(o.role) || (sets[j] as number) <= n);
    }
    if (!UNDER_MAIN.has(it.role)) return true;
    return items.every((o, j) => j === k || o.day !== it.day || o.role !== 'main' || (sets[j] as number) === 0 || (sets[j] as number) >= n);
  };
  /** After a main lift lost a set it had to: the day's other lifts come down to it (never under their minimum). */
  const clampToMains = (d: number): void => {
    const mains = items.flatMap((it, k) => (it.day === d && it.role === 'main' && (sets[k] as number) > 0 ? [sets[k] as number] : []));
    if (mains.length === 0) return;
    const top = Math.min(...mains);
    items.forEach((it, k) => {
      if (it.day === d && UNDER_MAIN.has(it.role) && (sets[k] as number) > top) sets[k] = Math.max(Math.min(it.min, top), top);
    });
  };

  // 0. Every session holds at most `maxPerDay` exercises: the cheapest to lose leave first (accessories before
  // second lifts and the week's last core drill; main and power lifts stay).
  const cap = input.maxPerDay ?? Infinity;
  const atCap = (d: number) => activeOnDay(d) >= cap;
  for (const d of days) {
    for (let guard = 0; guard < 50 && activeOnDay(d) > cap; guard += 1) {
      const h = totals();
      let best: { k: number; cost: number } | null = null;
      for (const allowHeld of [false, true]) {
        items.forEach((it, k) => {
          if (it.day !== d || (sets[k] as number) === 0 || !canDrop(k)) return;
          if (it.role === 'main' || it.role === 'power') return;
          if (held(k) && !allowHeld) return;
          const cost = delta(k, 0, h);
          if (!best || cost < best.cost) best = { k, cost };
        });
        if (best) break;
      }
      if (!best) break;
      sets[(best as { k: number }).k] = 0;
    }
  }

  // 1. Every session fits its minutes: cheapest removals first.
  for (const d of days) {
    for (let guard = 0; guard < 200 && dayMinutes(d) > budgetMinutes; guard += 1) {
      const h = totals();
      let best: { k: number; next: number; cost: number } | null = null;
      // Main lifts go under their work sets only when nothing else can give up time, and leave a session
      // only when even that is not enough.
      for (const [relaxed, allowKeepDrop] of [[false, false], [true, false], [true, true]] as const) {
        items.forEach((it, k) => {
          if (it.day !== d) return;
          const next = step(k, -1);
          if (next === null || (next === 0 && !canDrop(k))) return;
          if (next === 0 && held(k) && !allowKeepDrop) return;
          if (!inOrder(k, next, relaxed)) return;
          const cost = delta(k, next, h) / Math.max(0.1, liftMinutes(d, sets) - minutesWith(d, k, next));
          if (!best || cost < best.cost) best = { k, next, cost };
        });
        if (best) break;
      }
      if (!best) break;
      sets[(best as { k: number }).k] = (best as { next: number }).next;
      clampToMains(d);
    }
  }

  // 2. No muscle above MRV: cheapest single-set removals that help an over-MRV muscle, main lifts last.
  for (let guard = 0; guard < 300; guard += 1) {
    const h = totals();
    const over = MUSCLES.filter((m) => h[m] > mrv[m] + 1e-9);
    if (over.length === 0) break;
    let best: { k: number; next: number; cost: number } | null = null;
    for (const [relaxed, allowKeepDrop] of [[false, false], [true, false], [true, true]] as const) {
      items.forEach((it, k) => {
        if (!over.some((m) => setWeight(it.exercise, m) > 0)) return;
        const next = step(k, -1);
        if (next === null || (next === 0 && !canDrop(k))) return;
        if (next === 0 && held(k) && !allowKeepDrop) return;
        if (!inOrder(k, next, relaxed)) return;
        const cost = delta(k, next, h);
        if (!best || cost < best.cost) best = { k, next, cost };
      });
      if (best) break;
    }
    if (!best) break;
    sets[(best as { k: number }).k] = (best as { next: number }).next;
    clampToMains((items[(best as { k: number }).k] as AllocItem).day);
  }

  // 3. Descend: best single move while it helps, never past MRV or the session's minutes.
  for (let guard = 0; guard < 600; guard += 1) {
    const h = totals();
    let best: { k: number; next: number; d: number } | null = null;
    for (let k = 0; k < items.length; k += 1) {
      const it = items[k] as AllocItem;
      for (const dir of [1, -1] as const) {
        const next = step(k, dir);
        if (next === null) continue;
        if (next === 0 && (!canDrop(k) || held(k))) continue;
        if (dir === 1 && (sets[k] as number) === 0 && atCap(it.day)) continue;
        if (!inOrder(k, next)) continue;
        if (dir === 1) {
          const diff = next - (sets[k] as number);
          if (MUSCLES.some((m) => h[m] + diff * setWeight(it.exercise, m) > mrv[m] + 1e-9 && setWeight(it.exercise, m) > 0)) continue;
          const before = sets[k] as number;
          sets[k] = next;
          const over = dayMinutes(it.day) > budgetMinutes;
          sets[k] = before;
          if (over) continue;
        }
        const d = delta(k, next, h);
        if (d < -1e-9 && (!best || d < best.d)) best = { k, next, d };
      }
    }
    if (!best) break;
    sets[best.k] = best.next;
  }

  // 3a. Trade: a session with no minutes left can still move a set from a muscle past its MEV to one under
  // it on the same day (a face pull set for an incline press set when chest sits at 6 of 7 and shoulders at 14
  // of 9). Single moves cannot: taking the set away alone only costs, and adding one alone does not fit.
  const mev = input.mev;
  if (mev) {
    for (let guard = 0; guard < 100; guard += 1) {
      const h = totals();
      const under = MUSCLES.filter((m) => h[m] < mev[m] - 1e-9);
      if (under.length === 0) break;
      let best: { add: number; addTo: number; drop: number; dropTo: number; d: number } | null = null;
      items.forEach((it, a) => {
        if (!under.some((m) => it.exercise.primaryMuscles.includes(m))) return;
        const addTo = step(a, 1);
        if (addTo === null) return;
        if ((sets[a] as number) === 0 && atCap(it.day)) return;
        if (MUSCLES.some((m) => setWeight(it.exercise, m) > 0 && h[m] + (addTo - (sets[a] as number)) * setWeight(it.exercise, m) > mrv[m] + 1e-9)) return;
        items.forEach((o, r) => {
          if (r === a || o.day !== it.day) return;
          const dropTo = step(r, -1);
          if (dropTo === null || dropTo === 0) return;
          const beforeA = sets[a] as number;
          const beforeR = sets[r] as number;
          const dRemove = delta(r, dropTo, h);
          sets[r] = dropTo;
          const h2 = totals();
          const ok = inOrder(a, addTo) && inOrder(r, dropTo);
          const dAdd = ok ? delta(a, addTo, h2) : 0;
          sets[a] = addTo;
          const fits = ok && dayMinutes(it.day) <= budgetMinutes && inOrder(a, addTo) && inOrder(r, dropTo);
          sets[a] = beforeA;
          sets[r] = beforeR;
          if (!fits) return;
          const d = dRemove + dAdd;
          if (d < -1e-9 && (!best || d < best.d)) best = { add: a, addTo, drop: r, dropTo, d };
        });
      });
      if (!best) break;
      const b = best as { add: number; addTo: number; drop: number; dropTo: number };
      sets[b.drop] = b.dropTo;
      sets[b.add] = b.addTo;
    }
  }

  // 3b. Fill: a session well under the minutes asked gets more sets, cheapest first (accessories before
  // main lifts, muscles furthest under MRV first), one past the usual maximum at most.
  if (input.fillMinutes !== undefined) {
    const fill = Math.min(input.fillMinutes, budgetMinutes);
    const byDay = new Map<number, number[]>(days.map((d) => [d, items.map((it, k) => (it.day === d ? k : -1)).filter((k) => k >= 0)]));
    const rawMinutes = (d: number) => fixedMinutesPerDay + liftMinutes(d, sets);
    const mins = new Map<number, number>(days.map((d) => [d, rawMinutes(d)]));
    const h = totals();
    const stuck = new Set<number>();
    // Round-robin: always the shortest session still under the fill line, so no day takes every muscle's
    // room before the others get any.
    for (let guard = 0; guard < 400; guard += 1) {
      let d: number | undefined;
      for (const x of days) if (!stuck.has(x) && !input.unfilledDays?.has(x) && (mins.get(x) as number) < fill && (d === undefined || (mins.get(x) as number) < (mins.get(d) as number))) d = x;
      if (d === undefined) break;
      let best: { k: number; score: number; add: number; next: number } | null = null;
      for (const k of byDay.get(d) ?? []) {
        const it = items[k] as AllocItem;
        const cur = sets[k] as number;
        // A dropped exercise comes back at its minimum before anything goes past its usual maximum: a
        // session of more exercises reads better than six sets of one.
        const next = cur === 0 ? it.min : cur + 1;
        if (cur >= it.max + 1) continue;
        if (cur === 0 && atCap(d)) continue;
        if (!inOrder(k, next, true)) continue;
        if (MUSCLES.some((m) => setWeight(it.exercise, m) > 0 && h[m] + (next - cur) * setWeight(it.exercise, m) > mrv[m] + 1e-9)) continue;
        const add = minutesWith(d, k, next) - liftMinutes(d, sets);
        if (Math.ceil((mins.get(d) as number) + add - 1e-9) > budgetMinutes) continue;
        // Prefer the muscles furthest under their weekly target (so extra sets spread evenly), items under
        // their usual maximum, and real muscles over core/glutes (indirect work already covers them).
        const trained = MUSCLES.filter((m) => it.exercise.primaryMuscles.includes(m));
        const room = trained.length ? Math.min(...trained.map((m) => (targets[m] - h[m]) / Math.max(1, mrv[m]))) : 0;
        const low = trained.length > 0 && trained.every((m) => lowPriority.has(m)) ? 1 : 0;
        const score = DEVIATION_COST[it.role] * (cur >= it.max ? 3 : 1) - room + low - (cur === 0 ? 0.5 : 0);
        if (!best || score < best.score) best = { k, score, add, next };
      }
      if (!best) {
        stuck.add(d);
        continue;
      }
      const it = items[best.k] as AllocItem;
      const diff = best.next - (sets[best.k] as number);
      sets[best.k] = best.next;
      mins.set(d, (mins.get(d) as number) + best.add);
      for (const m of MUSCLES) h[m] += diff * setWeight(it.exercise, m);
    }
  }

  // 4. Safety net: nothing may sit above MRV (only possible if the starting counts were already over).
  for (let guard = 0; guard < 200; guard += 1) {
    const h = totals();
    const over = MUSCLES.find((m) => h[m] > mrv[m] + 1e-9);
    if (!over) break;
    const k = items.findIndex((it, idx) => setWeight(it.exercise, over) > 0 && step(idx, -1) !== null && (step(idx, -1) !== 0 || canDrop(idx)));
    if (k < 0) break;
    sets[k] = step(k, -1) as number;
    clampToMains((items[k] as AllocItem).day);
  }
  return sets;
}
