/**
 * Sets logged with no lift named ("hit 225 for 3 sets of 5", "did 3x8 at 60kg") belong to the day's plan:
 * the one planned lift whose scheme and load they fit, or the day's only main lift. Pure: the caller brings
 * the day's planned lifts.
 */
import { convertWeight } from '../engine/units.js';
import type { LiftItem } from '../engine/workout/workout.js';
import type { SetGroup, WeightUnit } from './understand/items.js';

/** How far a logged load may be from the planned one and still be that lift (15%: a heavier or lighter day). */
const LOAD_TOLERANCE = 0.15;

/** "5" → [5, 5], "8-10" → [8, 10]; null for a time ("30s") or anything else. */
export function repRange(reps: string): [number, number] | null {
  // "10-12/side": a one-sided lift's reps are each side's (was no range, and "only did 1 set" of it read as unplanned).
  const m = /^(\d{1,3})(?:\s*-\s*(\d{1,3}))?(?:\/side)?$/.exec(reps.trim());
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}

/** The logged sets fit the planned lift: same sets x reps (reps inside its range) and a load near its own. */
function fits(groups: readonly SetGroup[], item: LiftItem, clientUnit: WeightUnit): boolean {
  const range = repRange(item.reps);
  if (!range) return false;
  return groups.every((g) => {
    if (g.reps === null || g.reps < range[0] || g.reps > range[1]) return false;
    if (groups.length === 1 && g.sets !== item.sets && g.sets !== 1) return false;
    if (g.load === null || item.load === null) return true;
    const load = convertWeight(g.load, g.unit ?? clientUnit, item.unit);
    return Math.abs(load - item.load) <= item.load * LOAD_TOLERANCE;
  });
}

/** The planned lift these sets were, or null when none or several fit (ask which). */
export function plannedLiftFor(groups: readonly SetGroup[], planned: readonly LiftItem[], clientUnit: WeightUnit): LiftItem | null {
  const lifts = planned.filter((i) => i.section !== 'prep' && i.section !== 'cooldown' && i.section !== 'cardio');
  const fitting = lifts.filter((i) => fits(groups, i, clientUnit));
  if (fitting.length === 1) return fitting[0]!;
  const mains = lifts.filter((i) => i.section === 'compound');
  if (mains.length === 1 && (fitting.length === 0 || fitting.includes(mains[0]!))) return mains[0]!;
  return null;
}
