/**
 * What a lifter's age changes in their plan, as data: one row per age band, read once when the plan request
 * is made (conversation/plan-request.ts) and applied by the week builder (strength/week.ts).
 *
 * - Under 18 (NSCA 2009 youth position statement; AAP 2020): technique first, every set 2+ reps short of
 *   failure with 5+ reps, so no max singles or grinding sets.
 * - 60 and over (ACSM 2009 position stand on exercise for older adults; NSCA 2019 position statement on
 *   resistance training for older adults): heavy lifting stays (it is what keeps muscle and bone), but every
 *   set stops 2+ reps short of failure, no 1-3 rep maxes (5+ reps), a longer general warm-up with ramp-up sets,
 *   load added in smaller steps, and power (moving light loads fast) and balance (single-leg work) kept in.
 * - 75 and over: the same, one more rep in reserve and 6+ reps.
 */
import { YOUTH_EFFORT_FLOOR, type StrengthRequest } from './request.js';

export interface AgeRule {
  band: 'youth' | 'older' | 'oldest';
  /** Ages this row covers, inclusive. */
  from: number;
  to: number;
  /** Fewest reps in reserve and reps a set, every set of the plan (request effortFloor). */
  effortFloor: { rir: number; minReps: number };
  /** Minutes of general warm-up before the first lift (request warmupMinutes). */
  warmupMinutes: number;
  /** Share of the usual load increase per step (request progressionScale): 0.5 = half steps. */
  progressionScale: number;
  /** A line on each training day: how to warm up, said once per day. */
  dayNote: string | null;
  /**
   * A line on each training day: light power (a few light reps moved fast) and balance (single-leg stands), kept
   * small: power and balance fall fastest with age and are what keeps an older lifter from falling (ACSM 2009;
   * NSCA 2019 recommend both for older adults).
   */
  powerBalanceNote: string | null;
}

export const AGE_RULES: readonly AgeRule[] = [
  { band: 'youth', from: 10, to: 17, effortFloor: { ...YOUTH_EFFORT_FLOOR }, warmupMinutes: 5, progressionScale: 1, dayNote: null, powerBalanceNote: null },
  {
    band: 'older', from: 60, to: 74, effortFloor: { rir: 2, minReps: 5 }, warmupMinutes: 10, progressionScale: 0.5,
    dayNote: 'Warm up 10 min (brisk walk or bike, then leg swings and arm circles), and do 2-3 lighter ramp-up sets before each main lift.',
    powerBalanceNote: 'Power and balance: move the lighter ramp-up sets fast (up in about a second, down under control), and finish with single-leg stands, 2 x 30 s a side, a hand near a rail or wall.',
  },
  {
    band: 'oldest', from: 75, to: 120, effortFloor: { rir: 3, minReps: 6 }, warmupMinutes: 12, progressionScale: 0.5,
    dayNote: 'Warm up 12 min (brisk walk or bike, then leg swings and arm circles), and do 2-3 lighter ramp-up sets before each main lift. Keep a hand near support for single-leg work.',
    powerBalanceNote: 'Power and balance: stand up from a chair fast 2 x 5 (sit down slowly), and finish with single-leg stands, 2 x 20 s a side, a hand on a rail or wall.',
  },
];

export function ageRuleFor(age: number | undefined): AgeRule | null {
  if (age === undefined) return null;
  return AGE_RULES.find((r) => age >= r.from && age <= r.to) ?? null;
}

/** The request fields an age rule sets (none for an age with no rule). */
export function ageRequestFields(age: number | undefined): Pick<StrengthRequest, 'effortFloor' | 'warmupMinutes' | 'progressionScale' | 'ageNote' | 'powerBalanceNote'> {
  const rule = ageRuleFor(age);
  if (!rule) return {};
  return {
    effortFloor: { ...rule.effortFloor },
    ...(rule.warmupMinutes !== 5 ? { warmupMinutes: rule.warmupMinutes } : {}),
    ...(rule.progressionScale !== 1 ? { progressionScale: rule.progressionScale } : {}),
    ...(rule.dayNote ? { ageNote: rule.dayNote } : {}),
    ...(rule.powerBalanceNote ? { powerBalanceNote: rule.powerBalanceNote } : {}),
  };
}
