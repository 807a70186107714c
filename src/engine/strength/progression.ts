/**
 * Progression from logged sets (pure): what to do next time for one exercise, and whether it has stalled.
 */
import { roundLoad, loadStep, type LoadImplement } from '../units.js';
import type { WeightUnit } from '../workout/workout.js';
import { exerciseById } from './exercises.js';
import { estimateOneRepMax } from './one-rep-max.js';
import type { LoggedSet } from './types.js';
import { counted } from '../count.js';

export interface ProgressionTarget {
  exerciseId?: string;
  repsMin: number;
  repsMax: number;
  rir: number;
  /** The load that was prescribed; defaults to the heaviest logged weight of the last session. */
  load?: number | null;
  units?: WeightUnit;
  implement?: LoadImplement;
}

export type ProgressionAction = 'increase_load' | 'increase_reps' | 'hold' | 'reduce';

export interface ProgressionDecision {
  action: ProgressionAction;
  nextLoad: number | null;
  reason: string;
}

function lastSession(history: readonly LoggedSet[], exerciseId?: string): LoggedSet[] {
  const sets = exerciseId ? history.filter((s) => s.exerciseId === exerciseId) : history.slice();
  if (sets.length === 0) return [];
  const last = sets.reduce((d, s) => (s.date > d ? s.date : d), sets[0]!.date);
  return sets.filter((s) => s.date === last);
}

/**
 * Double progression with RIR: all sets at the top of the range with the planned RIR or more in reserve →
 * add load (2.5 %, or 5 % when 2+ reps were left over; at least one plate/dumbbell step); reps made with room
 * to spare but not yet at the top → add reps; a set short of the bottom of the range → reduce 5 %;
 * otherwise hold. A set logged without RIR counts as on target.
 */
export function progressExercise(history: readonly LoggedSet[], target: ProgressionTarget): ProgressionDecision {
  const session = lastSession(history, target.exerciseId);
  const units = target.units ?? session[0]?.unit ?? 'lb';
  const ex = exerciseById(target.exerciseId ?? session[0]?.exerciseId ?? '');
  const implement: LoadImplement | null = target.implement ?? ex?.implement ?? null;
  if (session.length === 0) {
    return { action: 'hold', nextLoad: target.load ?? null, reason: 'No logged sets yet: start with the prescribed load.' };
  }
  const working = Math.max(...session.map((s) => s.weight));
  const load = target.load ?? working;
  const atLoad = session.filter((s) => s.weight >= load - 1e-9);
  const sets = atLoad.length > 0 ? atLoad : session;
  const minReps = Math.min(...sets.map((s) => s.reps));
  const minRir = Math.min(...sets.map((s) => s.rir ?? target.rir));
  const loaded = implement !== null && load > 0;
  const round = (v: number) => (loaded ? roundLoad(v, units, implement as LoadImplement) : null);
  const step = loaded ? loadStep(implement as LoadImplement, units) : 0;

  if (minReps < target.repsMin) {
    const next = loaded ? Math.min(round(load * 0.95) as number, load - step) : null;
    return {
      action: 'reduce',
      nextLoad: next,
      reason: `Missed the rep target (${minReps} < ${target.repsMin}): back off about 5% and rebuild.`,
    };
  }
  if (minReps >= target.repsMax && minRir >= target.rir) {
    const pct = minRir - target.rir >= 2 ? 0.05 : 0.025;
    const next = loaded ? Math.max(round(load * (1 + pct)) as number, load + step) : null;
    return {
      action: 'increase_load',
      nextLoad: next,
      reason: `All sets hit ${target.repsMax}+ reps with ${minRir} in reserve (target ${target.rir}): add ${Math.round(pct * 1000) / 10}%.`,
    };
  }
  if (minRir >= target.rir + 1) {
    return {
      action: 'increase_reps',
      nextLoad: loaded ? load : null,
      reason: `${counted(minRir, 'rep')} in reserve against a target of ${target.rir}: same load, aim for a rep more per set.`,
    };
  }
  return {
    action: 'hold',
    nextLoad: loaded ? load : null,
    reason: `On target (${minReps}+ reps at RIR ${minRir}): repeat the load and own it.`,
  };
}

export interface StallVerdict {
  stalled: boolean;
  intervention?: 'variation_swap' | 'load_reset';
  reason: string;
}

/** Exposures (sessions) compared: the last STALL_EXPOSURES against the best before them. */
export const STALL_EXPOSURES = 3;

/**
 * Stalled = the best estimated 1RM (Epley, with logged RIR) of the last 3 sessions is no better than the best
 * before them (within 0.5 %). If performance is falling (last session > 5 % under the earlier best) the
 * answer is a load reset (accumulated fatigue); if it is flat, a variation swap (new stimulus).
 * Uses the most recent exercise in `history` when it holds several.
 */
export function detectStall(history: readonly LoggedSet[]): StallVerdict {
  if (history.length === 0) return { stalled: false, reason: 'No logged sets.' };
  const latest = history.reduce((a, b) => (b.date > a.date ? b : a));
  const sets = history.filter((s) => s.exerciseId === latest.exerciseId);
  const byDate = new Map<string, number>();
  for (const s of sets) {
    const e = estimateOneRepMax(s.weight, s.reps, s.rir ?? 0);
    byDate.set(s.date, Math.max(byDate.get(s.date) ?? 0, e));
  }
  const sessions = [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, e]) => e);
  if (sessions.length < STALL_EXPOSURES + 1) {
    return { stalled: false, reason: `Only ${counted(sessions.length, 'session')} logged; need ${STALL_EXPOSURES + 1} to judge a stall.` };
  }
  const recent = sessions.slice(-STALL_EXPOSURES);
  const before = Math.max(...sessions.slice(0, -STALL_EXPOSURES));
  const recentBest = Math.max(...recent);
  const last = recent[recent.length - 1] as number;
  const fmt = (n: number) => Math.round(n * 10) / 10;
  if (recentBest > before * 1.005) {
    return { stalled: false, reason: `Still progressing: best estimated 1RM ${fmt(recentBest)} vs ${fmt(before)} before.` };
  }
  if (last < before * 0.95) {
    return {
      stalled: true,
      intervention: 'load_reset',
      reason: `No progress in ${STALL_EXPOSURES} sessions and falling (${fmt(last)} vs best ${fmt(before)}): reset the load about 10% and build back.`,
    };
  }
  return {
    stalled: true,
    intervention: 'variation_swap',
    reason: `No progress in ${STALL_EXPOSURES} sessions (best ${fmt(recentBest)} vs ${fmt(before)} before): swap to a close variation for a block.`,
  };
}
