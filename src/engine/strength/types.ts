import type { Equipment, Limitation, IsoWeekday, StrengthGoal, TrainingAge } from '../vocabulary.js';
import type { WeightUnit } from '../workout/workout.js';
import type { AdaptationType, BlockType, IntensityBias, PrescriptionModifiers, StrengthOutline } from '../periodization/types.js';
import type { DayLoadLevel, SlotRole, SplitName } from '../microcycle/split.js';
import type { Muscle } from './volume-landmarks.js';
import type { MovementPattern } from './exercises.js';

/** One logged working set. `unit` defaults to the request's units. */
export interface LoggedSet {
  exerciseId: string;
  date: string;
  weight: number;
  reps: number;
  rir?: number | null;
  unit?: WeightUnit;
}

/** Adjustments in force for a week (travel, soreness, a new injury, missed days). */
export interface WeekOverrides {
  /** Equipment available on a date (travel); other dates use the request's equipment. */
  equipmentByDate?: Record<string, Equipment[]>;
  extraLimitations?: Limitation[];
  /** Scales the week's set targets, e.g. 0.7 when sore. */
  volumeMultiplier?: number;
  /** Dates that become rest days. */
  skipDates?: string[];
  /** Areas to spare on a date only (pain reported for a few days), on top of the week-wide ones. */
  limitationsByDate?: Record<string, Limitation[]>;
  /** Exercises this client does not do (asked, or swapped out): never selected while in force. */
  excludeExerciseIds?: string[];
  /** Exercises out on a date only (a sore hip spares every hinge, squat and hip thrust for a few days). */
  excludeByDate?: Record<string, string[]>;
  /** The client's own replacement for an excluded exercise (from → to), used whenever it fits the day. */
  substitutions?: Record<string, string>;
  /** Heaviest dumbbell on a date (per hand, in the request's units): heavier dumbbell loads are capped to it. */
  maxDumbbellByDate?: Record<string, number>;
  /**
   * A mild ache on a date ("elbow felt a bit off"): the lifts that load the part (these patterns, or stressing one
   * of these limitations) stay, `sets` fewer (a main lift keeps 2), `rir` more reps in reserve and loads times
   * `load`; only the `swap` lifts (the worst offenders for the part) are replaced by another for the same slot.
   */
  easedByDate?: Record<string, { patterns: MovementPattern[]; limitations: Limitation[]; rir: number; sets: number; load: number; swap: string[] }>;
  /** Sets taken off every exercise whose primary muscles include one of `muscles` on that date (soreness). */
  setCutsByDate?: Record<string, { muscles: Muscle[]; sets: number }>;
  /** A date's sets scaled by this factor (re-entry after illness), each exercise keeping at least one set. */
  setFactorByDate?: Record<string, number>;
  /** Heaviest load of any implement on a date (a doctor's limit, in the request's units), and how to say it. */
  maxLoadByDate?: Record<string, number>;
  /** Heaviest load of one lift on a date ("keep it under 135 on squats"), by exercise id, in the request's units. */
  maxLoadByExerciseByDate?: Record<string, Record<string, number>>;
  /** Fewest reps in reserve on a date's sets (a health condition: no max efforts). */
  rirFloorByDate?: Record<string, number>;
  /** Fewest reps in a date's rep-counted sets (a health condition: no heavy singles). */
  minRepsByDate?: Record<string, number>;
  /** One-line notes shown on a date (why it changed). */
  notesByDate?: Record<string, string[]>;
  /** Dates whose leg work stays light (a hybrid plan's key run is next to them: strength/legs-light.ts). */
  lightLegsDates?: string[];
}

export interface PrescribedExercise {
  exerciseId: string;
  name: string;
  role: SlotRole;
  pattern: MovementPattern;
  /** Primary muscles (1 hard set each). */
  muscles: Muscle[];
  secondaryMuscles: Muscle[];
  sets: number;
  /** As shown: "5", "8-10", "30-45s", "10-12/side". */
  reps: string;
  repsMin: number;
  repsMax: number;
  timed: boolean;
  rir: number;
  restSec: number;
  /** In `unit`; null when no 1RM is known or estimable (or the exercise is not externally loaded). */
  load: number | null;
  unit: WeightUnit;
  percent1RM: number | null;
  /** A slower tempo that makes a too-light load hard enough ("3 s down"); absent or null at the usual pace. */
  tempo?: string | null;
  /** "A1"/"A2": alternated with the other exercise of the same letter (a superset); absent when done alone. */
  superset?: string | null;
  rationale: string;
  /** Why this lift, without its numbers (`rationale` is this and the load's arithmetic); absent on older weeks. */
  reason?: string;
  /** The est. 1RM (in `unit`) the load is `percent1RM` of; null when the load came from no max. */
  oneRepMax?: number | null;
  /** What set the load other than a max, in a sentence: the client's heaviest dumbbell, a starting bell. */
  loadNote?: string;
}

export interface StrengthDay {
  date: string;
  dayNumber: IsoWeekday;
  type: 'training' | 'rest';
  theme: string;
  loadLevel: DayLoadLevel | 'rest';
  exercises: PrescribedExercise[];
  estimatedMinutes: number;
  /** Equipment the day was planned with. */
  equipment: Equipment[];
  notes: string[];
}

export interface WeekBlockInfo {
  mesoIndex: number;
  mesoNumber: number;
  blockIndex: number;
  blockNumber: number;
  type: BlockType;
  weekInBlock: number;
  blockWeeks: number;
  weekInMeso: number;
  mesoWeeks: number;
  intensityBias: IntensityBias;
  adaptationType: AdaptationType;
  intent: string;
  rir: number;
  volumeFraction: number;
}

export interface OneRmSource {
  value: number;
  source: 'given' | 'estimated_from_set' | 'history' | 'related';
  detail: string;
}

export interface StrengthWeek {
  weekNumber: number;
  startDate: string;
  endDate: string;
  split: SplitName;
  block: WeekBlockInfo;
  modifiers: PrescriptionModifiers;
  days: StrengthDay[];
  /** Weekly hard sets (primary 1, secondary 0.5) per muscle group. */
  hardSetsByMuscle: Record<Muscle, number>;
  /** This week's landmarks and the set target the week aimed for. */
  volumeTargets: Record<Muscle, { mev: number; mrv: number; target: number }>;
  inputs: {
    trainingAge: TrainingAge;
    goal: StrengthGoal;
    trainingDays: IsoWeekday[];
    sessionMinutes: number;
    equipment: Equipment[];
    limitations: Limitation[];
    units: WeightUnit;
    seed: number;
    overrides: WeekOverrides | null;
    oneRepMaxes: Record<string, OneRmSource>;
    loggedSetsUsed: number;
  };
  notes: string[];
}

export interface StrengthPlan {
  outline: StrengthOutline;
  weeks: StrengthWeek[];
}

export interface StrengthWeekOptions {
  history?: LoggedSet[];
  exposures?: import('./selection.js').ExposureRecord[];
  overrides?: WeekOverrides;
}
