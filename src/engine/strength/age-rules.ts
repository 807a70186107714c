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
import { TRAINING_AGES, type TrainingAge } from '../vocabulary.js';
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
   * The power exercise added to each training day when the plan has none, in order of preference (the first the
   * kit and limitations allow): an explosive kettlebell swing when there is a bell, else fast sit-to-stands; a
   * band with any also ends each training day with a balance hold. Power and balance fall fastest with age and
   * are what keeps an older lifter from falling (ACSM 2009; NSCA 2019 recommend both for older adults). Empty:
   * neither is added. (Requests stored before these were exercises carry the old line, `powerBalanceNote`.)
   */
  powerChoices: readonly string[];
}

export const AGE_RULES: readonly AgeRule[] = [
  { band: 'youth', from: 10, to: 17, effortFloor: { ...YOUTH_EFFORT_FLOOR }, warmupMinutes: 5, progressionScale: 1, dayNote: null, powerChoices: [] },
  {
    band: 'older', from: 60, to: 74, effortFloor: { rir: 2, minReps: 5 }, warmupMinutes: 10, progressionScale: 0.5,
    dayNote: 'Warm up 10 min (brisk walk or bike, then leg swings and arm circles), and do 2-3 lighter ramp-up sets before each main lift.',
    powerChoices: ['kb_power_swing', 'fast_sit_to_stand'],
  },
  {
    band: 'oldest', from: 75, to: 120, effortFloor: { rir: 3, minReps: 6 }, warmupMinutes: 12, progressionScale: 0.5,
    dayNote: 'Warm up 12 min (brisk walk or bike, then leg swings and arm circles), and do 2-3 lighter ramp-up sets before each main lift. Keep a hand near support for single-leg work.',
    powerChoices: ['fast_sit_to_stand'],
  },
];

export type AgeBand = AgeRule['band'];

/**
 * Lifts an age band does not get from the plan, as data: each row names the lifts, the training age from which
 * they come back (null: never), and why, said where a lift was passed over for one of them.
 *
 * - Jumps (box, broad and squat jumps, plyometric push-ups) for 60+: a landing is where an older lifter gets
 *   hurt, and the power they need (out of a chair, catching a trip) is trained as fast concentric work instead
 *   (NSCA 2019 position statement on resistance training for older adults: power with light to moderate loads
 *   moved fast).
 * - Unassisted pull-ups and chin-ups for 60+ who are not advanced: few can do a set of them, and hanging from a
 *   bar loads an older shoulder; a lat pulldown or a band-assisted pull-up trains the same pull at a load that
 *   can be picked (ACSM 2009: machines and supported positions for the less trained older adult).
 * - Walking and barbell lunges and hanging knee raises for 60+ who are not advanced: a step-up or split squat
 *   beside a rail trains the same leg without the moving balance challenge under load, and a core drill on
 *   the floor does not hang from the shoulders. A 60+ beginner also gets a split squat with a hand on a wall
 *   over a stepping lunge, and an incline push-up (hands on a counter) over a floor push-up: both can be made
 *   harder as they get stronger, and neither asks for balance or strength they do not have yet.
 * - Barbell back and front squats, floor deadlifts and good mornings for a 75+ beginner: a goblet squat or a
 *   squat to a bench (the sit-to-stand they need every day, with a target depth) and a dumbbell hinge train the
 *   same muscles with a load that can be set down (NSCA 2019: machines, dumbbells and supported positions for
 *   the untrained older adult). A 75-year-old who already lifts (intermediate on) keeps their barbell lifts.
 */
export interface AgeExerciseRule {
  bands: readonly AgeBand[];
  exerciseIds: readonly string[];
  /** The training age from which these lifts come back (null: never for these bands). */
  allowedFrom: TrainingAge | null;
  why: string;
}

export const AGE_EXERCISE_RULES: readonly AgeExerciseRule[] = [
  { bands: ['older', 'oldest'], exerciseIds: ['box_jump', 'broad_jump', 'jump_squat', 'plyo_push_up'], allowedFrom: null, why: 'landings are hard on joints past 60; power comes from moving fast instead' },
  { bands: ['older', 'oldest'], exerciseIds: ['pull_up', 'chin_up', 'neutral_grip_pull_up'], allowedFrom: 'advanced', why: 'a pull you can set the weight of suits you better than hanging from a bar' },
  { bands: ['older', 'oldest'], exerciseIds: ['walking_lunge', 'barbell_reverse_lunge', 'hanging_knee_raise'], allowedFrom: 'advanced', why: 'steadier for you, beside a rail or on the floor' },
  { bands: ['older', 'oldest'], exerciseIds: ['reverse_lunge', 'kb_reverse_lunge', 'pistol_squat'], allowedFrom: 'intermediate', why: 'a split squat or step-up with a hand on a wall or rail is steadier while you learn it' },
  { bands: ['older', 'oldest'], exerciseIds: ['push_up'], allowedFrom: 'intermediate', why: 'hands on a counter or bench lets you set how hard it is while you build up' },
  {
    bands: ['oldest'],
    exerciseIds: ['back_squat', 'front_squat', 'deadlift', 'sumo_deadlift', 'good_morning'],
    allowedFrom: 'intermediate',
    why: 'a squat to a bench or with a weight held in front, and a hinge with dumbbells, are safer to learn past 75 than a barbell on your back or off the floor',
  },
];

/** The lifts a band rules out for a lifter of this training age, each with why (empty: none). */
export function ageExcludedExercises(band: AgeBand | undefined, trainingAge: TrainingAge): Map<string, string> {
  const out = new Map<string, string>();
  if (!band) return out;
  for (const r of AGE_EXERCISE_RULES) {
    if (!r.bands.includes(band)) continue;
    if (r.allowedFrom && TRAINING_AGES.indexOf(trainingAge) >= TRAINING_AGES.indexOf(r.allowedFrom)) continue;
    for (const id of r.exerciseIds) out.set(id, r.why);
  }
  return out;
}

/** The power exercises a band adds to a day without one, in preference order (none for other bands). */
export function agePowerChoices(band: AgeBand | undefined): readonly string[] {
  return AGE_RULES.find((r) => r.band === band)?.powerChoices ?? [];
}

/** Whether a band's plan carries power and balance as exercises on every training day (not a line of notes). */
export function addsPowerBalance(band: AgeBand | undefined): boolean {
  return agePowerChoices(band).length > 0;
}

export function ageRuleFor(age: number | undefined): AgeRule | null {
  if (age === undefined) return null;
  return AGE_RULES.find((r) => age >= r.from && age <= r.to) ?? null;
}

/**
 * The request fields an age rule sets (none for an age with no rule). Power and balance come from the band as
 * exercises (week.ts), so the request no longer carries their line (`powerBalanceNote` stays in the schema for
 * requests stored before).
 */
export function ageRequestFields(age: number | undefined): Pick<StrengthRequest, 'ageBand' | 'effortFloor' | 'warmupMinutes' | 'progressionScale' | 'ageNote'> {
  const rule = ageRuleFor(age);
  if (!rule) return {};
  return {
    ageBand: rule.band,
    effortFloor: { ...rule.effortFloor },
    ...(rule.warmupMinutes !== 5 ? { warmupMinutes: rule.warmupMinutes } : {}),
    ...(rule.progressionScale !== 1 ? { progressionScale: rule.progressionScale } : {}),
    ...(rule.dayNote ? { ageNote: rule.dayNote } : {}),
  };
}
