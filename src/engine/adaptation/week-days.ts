/**
 * One week on other days (pure): "this week I can train thu fri sun" from a shift worker whose days change
 * week to week. The week's sessions still ahead go onto the days given, for that week only; the training
 * days stay. The rules, and why:
 * - The sessions keep their order (a lifter's A/B/C rotation, a runner's quality day before the long run):
 *   the plan's order is what its spacing was built around, so the n-th session goes to the n-th day used.
 * - A session already on a day given stays there when the order allows (fewest moves: the plan as the
 *   client knows it changes as little as it can).
 * - Among placements with as few moves, the one with the fewest hard days back to back is taken (Daniels'
 *   hard/easy principle; lifters recover between sessions), then the earliest.
 * - More sessions than days: the least important ones are dropped for the week (an easy run first, then the
 *   light lifting day, then the moderate one; a long run last), never stacked two on a day.
 * A done day, a past day and a race day are never touched.
 */
import { addDays } from '../dates.js';
import type { WorkoutDay } from '../workout/workout.js';
import { sessionClass, type SessionClass, type SessionMove } from './missed.js';

/** How much a session matters to the week when there are fewer days than sessions: the lowest goes first. */
const KEEP_PRIORITY: Record<Exclude<SessionClass, 'rest' | 'race'>, number> = { easy_run: 0, lift: 2, quality_run: 3, long_run: 4 };
/** A lifting day's load level refines its priority: the light day goes before the moderate, the heavy one last. */
const LIFT_LEVEL: Record<string, number> = { light: -1, moderate: 0, heavy: 1 };

const HARD: ReadonlySet<SessionClass> = new Set(['long_run', 'quality_run', 'race', 'lift']);

export interface WeekOnDays {
  /** Moves in the order they apply one after another (moveSessions): a day is emptied before it is filled. */
  moves: SessionMove[];
  /** Sessions with no day left this week (their dates), dropped for the week. */
  dropped: string[];
  /** Sessions already on a day given, left where they are. */
  kept: string[];
}

function keepPriority(day: WorkoutDay): number {
  const c = sessionClass(day);
  if (c === 'rest' || c === 'race') return Infinity;
  return KEEP_PRIORITY[c] + (c === 'lift' ? (LIFT_LEVEL[day.loadLevel] ?? 0) : 0);
}

/** Every way of choosing `k` of `items`, in order (a week has at most seven days: at most 35 ways). */
function choose<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...choose(rest, k - 1).map((c) => [first!, ...c]), ...choose(rest, k)];
}

/**
 * The week's sessions placed on the days the client can train. `days` are the plan week's days (any order);
 * `available` the dates the client can train this week; `today` and `completed` say what can no longer change.
 */
export function weekOnDays(input: { days: readonly WorkoutDay[]; available: readonly string[]; today: string; completed?: readonly string[] }): WeekOnDays {
  const done = new Set(input.completed ?? []);
  const week = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const open = (d: WorkoutDay) => d.date >= input.today && !done.has(d.date);
  const sessions = week.filter((d) => open(d) && sessionClass(d) !== 'rest' && sessionClass(d) !== 'race');
  const slots = week.filter((d) => open(d) && input.available.includes(d.date) && sessionClass(d) !== 'race').map((d) => d.date);
  // Fewer days than sessions: the least important go (the later of two equals first).
  const byDropOrder = [...sessions].sort((a, b) => keepPriority(a) - keepPriority(b) || (a.date < b.date ? 1 : -1));
  const droppedDays = byDropOrder.slice(0, Math.max(0, sessions.length - slots.length));
  const kept = sessions.filter((s) => !droppedDays.includes(s));
  const cls = new Map(week.map((d) => [d.date, sessionClass(d)]));
  for (const s of sessions) cls.set(s.date, 'rest');
  const backToBack = (placed: ReadonlyMap<string, SessionClass>) =>
    week.filter((d) => HARD.has(placed.get(d.date) ?? 'rest') && HARD.has(placed.get(addDays(d.date, -1)) ?? 'rest')).length;
  let best: { dates: string[]; score: [number, number] } | null = null;
  for (const dates of choose(slots, kept.length)) {
    const placed = new Map(cls);
    kept.forEach((s, i) => placed.set(dates[i]!, sessionClass(s)));
    const score: [number, number] = [kept.filter((s, i) => s.date !== dates[i]).length, backToBack(placed)];
    if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { dates, score };
  }
  const targets = best?.dates ?? [];
  const pending: SessionMove[] = kept.flatMap((s, i) => (s.date === targets[i] ? [] : [{ from: s.date, to: targets[i]!, asked: true }]));
  // Apply order: a move waits while its target still holds a session that has yet to move away.
  const moves: SessionMove[] = [];
  while (pending.length) {
    const next = pending.findIndex((m) => !pending.some((o) => o !== m && o.from === m.to));
    moves.push(...pending.splice(next < 0 ? 0 : next, 1));
  }
  const dropped = droppedDays.map((d) => d.date);
  // Drops first: a day emptied by a drop may then receive another session.
  return { moves: [...dropped.map((from) => ({ from, to: from, asked: true, dropped: true })), ...moves], dropped, kept: kept.filter((s, i) => s.date === targets[i]).map((s) => s.date) };
}
