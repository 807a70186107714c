/**
 * One day's workout as every channel shows it, whichever engine produced it. The strength engine and the
 * endurance engine each map their own day to this shape (see strength/to-workout.ts, endurance/to-workout.ts),
 * so the daily-message formatter, the web pages and the stored workout_instances read one type.
 */

export type WorkoutKind = 'strength' | 'run' | 'rest' | 'race';
export type LoadLevel = 'heavy' | 'moderate' | 'light' | 'rest';
export type WeightUnit = 'kg' | 'lb';
export type DistanceUnit = 'mi' | 'km';

/** A prescribed lift: "Back squat 4 × 5 @ 225 lb (RIR 2)". */
export interface LiftItem {
  kind: 'lift';
  /** Block of the session the item belongs to (prep, compound, secondary, accessory, core, cooldown). */
  section: 'prep' | 'compound' | 'secondary' | 'accessory' | 'core' | 'cardio' | 'cooldown';
  exerciseId: string;
  name: string;
  sets: number;
  /** Rep target as shown: "5", "8-10", "30s". */
  reps: string;
  rir: number;
  restSec: number;
  /** Load in `unit`, rounded to what the gym can load; null when no 1RM is known or estimable. */
  load: number | null;
  unit: WeightUnit;
  percent1RM: number | null;
  /** "3 s down" when the load is capped by the client's heaviest dumbbell or bell; absent at the usual pace. */
  tempo?: string | null;
  /** "A1"/"A2": alternated with the other lift of the same letter, one rest per round; absent when done alone. */
  superset?: string | null;
  rationale: string;
  /** Why this lift, without its numbers (`rationale` is this and the load's arithmetic); absent on older days. */
  reason?: string;
  /**
   * The est. 1RM (in `unit`) the load is `percent1RM` of: "why is my bench 160?" is answered from it. Null when
   * the load came from no max (a starting bell, a deload's carried load); absent on days stored before it.
   */
  oneRepMax?: number | null;
  /** What set the load other than a max, in a sentence: the client's heaviest dumbbell, a starting bell. */
  loadNote?: string;
}

/** A run segment: warm-up, work or cool-down lap. */
export interface RunItem {
  kind: 'run';
  segment: 'warmup' | 'workout' | 'cooldown';
  lapIndex: number;
  distance: number;
  unit: DistanceUnit;
  /** "m:ss" per unit, or null for easy/by-feel running. */
  paceGoal: string | null;
  /** "easy", "threshold", "interval", "recovery jog" … */
  effort: string;
  hrZone: number | null;
}

export type WorkoutItem = LiftItem | RunItem;

export interface WorkoutDay {
  /** Local ISO date. */
  date: string;
  kind: WorkoutKind;
  /** Day theme: "Lower — squat focus", "Tempo run", "Rest". */
  title: string;
  loadLevel: LoadLevel;
  /** Where the client is: "Week 3 of 5 — accumulation", "Build phase, week 6 of 16". */
  position: string;
  items: WorkoutItem[];
  /** Sum of run item distances, in the run unit; null for strength and rest days. */
  totalDistance: number | null;
  distanceUnit: DistanceUnit | null;
  /** One line of why this day looks the way it does. */
  why: string;
  /** Extra notes (race-week rules, shakeout, adaptation in force). */
  notes: string[];
  /** Rough session length in minutes (0 on rest days). */
  estimatedMinutes: number;
  /**
   * Say it in plain words (beginners): no "RIR" or "DB" shorthand in the texts; the terms come on request.
   * Absent on days stored before it existed, which read as false.
   */
  plainWords?: boolean;
  /** Run paces come from estimated fitness (endurance/estimated-fitness.ts): texts mark them "~ … (est.)". */
  paceEstimated?: boolean;
}
