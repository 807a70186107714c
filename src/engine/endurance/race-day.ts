/**
 * A day of a race plan: three lap arrays (warm-up, workout, cool-down) as seed 004 stores them. Rest days
 * have three empty arrays; a run day has at least one lap in each; totals are sums of the laps.
 */

export const DAY_TYPES = [
  'easy',
  'moderate',
  'long',
  'recovery',
  'tempo',
  'intervals',
  'marathon_pace',
  'repetition',
  'shakeout',
  'race',
  'run_walk',
  'rest',
] as const;
export type DayType = (typeof DAY_TYPES)[number];

export const QUALITY_TYPES = ['tempo', 'intervals', 'marathon_pace', 'repetition'] as const;
export type QualityType = (typeof QUALITY_TYPES)[number];

/** Days that count as hard for the "never two hard days in a row" rule. */
export const HARD_TYPES: ReadonlySet<DayType> = new Set<DayType>(['long', 'tempo', 'intervals', 'marathon_pace', 'repetition', 'race']);

export type Effort =
  | 'warm-up'
  | 'cool-down'
  | 'easy'
  | 'moderate'
  | 'long'
  | 'recovery'
  | 'shakeout'
  | 'threshold'
  | 'interval'
  | 'repetition'
  | 'recovery jog'
  | 'marathon pace'
  | 'race pace'
  | 'walk'
  | 'run-walk';

export interface Lap {
  /** 1, 2, 3 … within its array. */
  lapIndex: number;
  /** In the plan's unit; always > 0. */
  distance: number;
  /** "m:ss" per unit, or null for warm-up, cool-down, recovery and by-feel running. */
  paceGoal: string | null;
  hrZone?: number | null;
  effort: Effort;
  description: string;
}

export interface RaceDay {
  date: string;
  /** ISO weekday of `date`: 1 = Monday … 7 = Sunday. */
  dayNumber: number;
  type: DayType;
  warmup: Lap[];
  workout: Lap[];
  cooldown: Lap[];
  /** Sum of every lap's distance (0 on rest days). */
  total: number;
  /** Planned minutes, for timed (run/walk) sessions; distances there are estimates. */
  minutes?: number;
  /** Day 2 of an ultra's back-to-back weekend (week.ts backToBack): a medium-long run, typed 'long'. */
  mediumLong?: true;
  notes: string;
}

export function isQuality(t: DayType): t is QualityType {
  return (QUALITY_TYPES as readonly string[]).includes(t);
}

export function lapSum(laps: readonly Lap[]): number {
  return laps.reduce((s, l) => s + Math.round(l.distance * 100), 0);
}

/** Day total in hundredths of a unit, from the laps. */
export function dayHundredths(day: Pick<RaceDay, 'warmup' | 'workout' | 'cooldown'>): number {
  return lapSum(day.warmup) + lapSum(day.workout) + lapSum(day.cooldown);
}
