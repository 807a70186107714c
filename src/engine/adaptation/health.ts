/**
 * Health conditions a coach trains around, as data: what each changes in a lifting session. A coach by text
 * never judges medical safety: these are the usual conservative defaults until the client's doctor says
 * otherwise, and the reply sends the client to their doctor once.
 *
 *  - heart (AFib, a stent, heart disease, high blood pressure): no max efforts and no breath-held grinders.
 *    Heavy sets taken close to failure bring on the Valsalva manoeuvre and the largest blood-pressure spikes
 *    (MacDougall et al. 1985: intra-arterial pressure peaks in the last reps of a set to failure); the AHA's
 *    resistance-training statement (Williams et al., Circulation 2007) keeps patients at moderate loads for
 *    8-15 reps, stopping well short of failure and breathing through each rep. So every set stops 3+ reps
 *    short of failure and has 6+ reps (no singles, doubles or triples).
 *  - bone (osteoporosis, osteopenia): strength training is recommended, but no high-impact jumps or explosive
 *    lifts (fracture risk on landing) and no loaded spinal flexion such as crunches and sit-ups (vertebral
 *    fractures: Sinaki & Mikkelsen 1984; Too Fit To Fracture, Giangregorio et al. 2014). Heavy but not maximal:
 *    2+ reps in reserve and 5+ reps a set (no max singles).
 *
 * Runs (`run`): a heart condition caps intensity until a doctor clears harder running - tempo, interval and
 * race-pace work become easy runs of the same distance (the AHA's exercise advice for atrial fibrillation and
 * after a stent keeps patients at moderate effort until cleared), and effort is by talk test / RPE rather than
 * heart rate or pace, since rate-control drugs (beta blockers) hold the heart rate down and AFib makes a
 * monitor's reading unreliable. Bone conditions keep the runs: running's impact is what builds bone.
 *
 *  - asthma: training as planned with the usual care for exercise-induced bronchoconstriction - a long,
 *    gradual warm-up (it brings on a refractory period: ATS guideline, Parsons et al. 2013), the reliever
 *    inhaler carried (and taken 15 min before if the doctor prescribes it so), and cold or dry air run
 *    easier, behind a buff or indoors.
 *  - diabetes (type 1 or 2): training as planned; the ADA's position statement (Colberg et al. 2016) asks for
 *    a glucose check before (and, for long sessions, during) exercise, fast carbs carried, and care with lows
 *    after long or hard sessions.
 *  - pregnancy: ACOG (Committee Opinion 804, 2020) keeps pregnant women active at a moderate effort they can
 *    talk through, with no lying flat on the back after the first trimester, no breath-held maximal lifts,
 *    no jumps or falls risk: tempo, interval and race-pace runs become easy runs by feel, sets stop 3+ reps
 *    short of failure, no explosive lifts or crunches.
 *  - postpartum (a birth in the last year or so): the return-to-running guideline (Goom, Donnelly & Brockwell
 *    2019) and ACOG 804 keep a new mother off impact, jumps and max efforts until a doctor or pelvic-floor physio
 *    clears her, and build back gradually: sets stop 3+ reps short of failure, loads go up in half steps, no
 *    crunches or sit-ups (they load a healing linea alba: dead bugs and bird dogs instead), no hanging or
 *    swinging core work. Runs come back as run/walk at an easy effort: speed work waits for the all-clear.
 */
import type { MovementPattern } from '../strength/exercises.js';
import { TRAINING_AGES, type TrainingAge } from '../vocabulary.js';

export const HEALTH_CONDITIONS = ['heart', 'bone', 'asthma', 'diabetes', 'pregnancy', 'postpartum'] as const;
export type HealthCondition = (typeof HEALTH_CONDITIONS)[number];

/**
 * Lifts a condition swaps for a safer one of the same pattern (the next that fits the kit is chosen), with why.
 * `allowedFrom`: the training age from which they come back; `notWhen`: a label the row does not apply to
 * (a pregnancy told as the first trimester may still lie flat).
 */
export interface HealthAvoid {
  ids: readonly string[];
  why: string;
  allowedFrom?: TrainingAge;
  notWhen?: RegExp;
}

/** Lying flat on the back (or the belly): after the first trimester the uterus presses on the vena cava. */
export const LYING_FLAT_LIFTS: readonly string[] = [
  'bench_press', 'db_bench_press', 'close_grip_bench_press', 'smith_bench_press', 'floor_press', 'db_floor_press',
  'db_fly', 'skull_crusher', 'db_pullover', 'dead_bug', 'hollow_hold', 'barbell_glute_bridge', 'glute_bridge',
  'single_leg_glute_bridge', 'banded_glute_bridge', 'slider_leg_curl', 'db_leg_curl',
];

export interface HealthRule {
  /** Lifts swapped for a safer one of the same pattern (see HealthAvoid). */
  avoid: readonly HealthAvoid[];
  /** Share of the usual load increase per step (request progressionScale): 0.5 = half steps. */
  progressionScale: number;
  /** Fewest reps in reserve on any set. */
  rirFloor: number;
  /** Fewest reps in any set that counts reps (holds keep their seconds). */
  minReps: number;
  /** Movement patterns left out of every session. */
  excludePatterns: readonly MovementPattern[];
  /** What changed, said once: "every set stops 3+ reps short of failure …". */
  line: string;
  /**
   * The line for a label told more exactly, first match wins (else `line`): a client 20 weeks pregnant is told
   * "nothing lying flat on your back", not "after the first trimester", which she is past.
   */
  lines?: ReadonlyArray<{ when: RegExp; line: string }>;
  /** Why, in a few words. */
  why: string;
  /** What it changes in a race plan's runs. */
  run: {
    /** Tempo, interval and race-pace runs (and a long run's fast finish) become easy running, same distance. */
    easyOnly: boolean;
    /** What changed (or what to mind, when nothing does), said once. */
    line: string;
    why: string;
  };
}

export const HEALTH_RULES: Readonly<Record<HealthCondition, HealthRule>> = {
  heart: {
    avoid: [],
    progressionScale: 1,
    rirFloor: 3,
    minReps: 6,
    excludePatterns: ['power'],
    line: 'every set stops 3+ reps short of failure with 6+ reps, breathing out as you lift - no max efforts, heavy singles or explosive lifts',
    why: 'grinding, breath-held sets spike blood pressure most',
    run: {
      easyOnly: true,
      line: 'tempo, interval and race-pace days become easy runs, and every run goes by feel - a pace where you can talk in full sentences (RPE 3-4 of 10), not heart rate',
      why: 'hard efforts push heart rate and blood pressure highest; a beta blocker holds heart rate down, so HR zones mislead',
    },
  },
  bone: {
    // A fall is the fracture risk: single-leg work stays still and supported (a split squat or step-up with a
    // hand on a wall or rail), never a lunge that moves; a swing is explosive and a good morning bends the spine
    // under load. A beginner presses with hands on a counter first (an incline push-up), and loads go up in
    // half steps (Too Fit To Fracture, Giangregorio et al. 2014: progressive, supervised, no ballistic loading).
    avoid: [
      { ids: ['walking_lunge', 'barbell_reverse_lunge', 'kb_reverse_lunge', 'reverse_lunge', 'pistol_squat'], why: 'a split squat or step-up with a hand on a wall or rail trains the same leg without the fall risk of a moving lunge' },
      { ids: ['kb_swing', 'good_morning', 'hanging_knee_raise'], why: 'no swinging or bending the spine under load with your bones' },
      { ids: ['push_up'], allowedFrom: 'intermediate', why: 'hands on a counter or bench (an incline push-up) lets you set how hard it is while you build up' },
    ],
    progressionScale: 0.5,
    rirFloor: 2,
    minReps: 5,
    excludePatterns: ['power', 'core_flexion'],
    line: 'no jumps, explosive lifts, crunches or sit-ups, and sets stop 2+ reps short of failure with 5+ reps - strong, never a max effort',
    why: 'hard landings and loaded bending risk fractures; steady lifting builds bone',
    run: {
      easyOnly: false,
      line: 'your runs stay as planned, on even ground where you can, and tell me about any new bone pain',
      why: 'impact builds bone; falls and overuse are the risks',
    },
  },
  asthma: {
    avoid: [],
    progressionScale: 1,
    rirFloor: 0,
    minReps: 0,
    excludePatterns: [],
    line: 'lifting stays as planned - keep your inhaler in your gym bag',
    why: 'lifting rarely brings on asthma',
    run: {
      easyOnly: false,
      line: 'warm up 10-15 minutes easy before any harder running, carry your inhaler (use it before the run if your doctor says so), and run cold or dry-air days easier, with a buff over your mouth, or indoors',
      why: 'a gradual warm-up and warmer, moister air cut exercise-induced asthma',
    },
  },
  diabetes: {
    avoid: [],
    progressionScale: 1,
    rirFloor: 0,
    minReps: 0,
    excludePatterns: [],
    line: 'check your glucose before you lift and keep fast carbs in your bag',
    why: 'exercise moves blood sugar, mostly down',
    run: {
      easyOnly: false,
      line: 'check your glucose before every run and during long runs, carry fast carbs (glucose tabs or a gel) and a snack for after, and watch for lows later that day',
      why: 'long and hard runs pull glucose down, sometimes hours later',
    },
  },
  pregnancy: {
    // ACOG 804: no lying flat on the back after the first trimester (a bench press becomes an incline press,
    // a floor press a standing band press or push-up), nothing on the belly; no breath-held maximal lifts.
    avoid: [
      { ids: LYING_FLAT_LIFTS, notWhen: /first trimester/i, why: 'nothing lying flat on your back while pregnant - an incline or standing version instead' },
      { ids: ['walking_lunge', 'barbell_reverse_lunge', 'pistol_squat', 'hanging_knee_raise'], why: 'steadier for you while pregnant, with a hand on a wall or rail' },
    ],
    progressionScale: 1,
    rirFloor: 3,
    minReps: 6,
    excludePatterns: ['power', 'core_flexion'],
    line: 'every set stops 3+ reps short of failure, breathing out as you lift - no max efforts, jumps, explosive lifts or crunches, and nothing lying flat on your back',
    lines: [
      { when: /first trimester/i, line: 'every set stops 3+ reps short of failure, breathing out as you lift - no max efforts, jumps, explosive lifts or crunches, and from the second trimester nothing lying flat on your back' },
    ],
    why: 'moderate effort you can breathe through is what doctors advise in pregnancy',
    run: {
      easyOnly: true,
      line: 'tempo, interval and race-pace days become easy runs, and every run goes by feel at a pace where you can talk in full sentences; stop if anything feels off',
      why: 'moderate effort you can talk through is what doctors advise in pregnancy',
    },
  },
  postpartum: {
    // The promise the onboarding answer makes ("we start lighter than before", answers/faq.ts): the plan keeps it.
    avoid: [
      { ids: ['hanging_knee_raise', 'kb_swing', 'walking_lunge', 'pistol_squat'], why: 'gentler on your core and pelvic floor while they recover - dead bugs, bird dogs and steady single-leg work instead' },
    ],
    progressionScale: 0.5,
    rirFloor: 3,
    minReps: 6,
    excludePatterns: ['power', 'core_flexion'],
    line: 'we start lighter than before - every set stops 3+ reps short of failure, breathing out as you lift, loads go up in half steps, and no jumps, max efforts, crunches or sit-ups (dead bugs and bird dogs instead) until your doctor or a pelvic-floor physio clears you',
    why: 'your core and pelvic floor are still recovering from the birth',
    run: {
      easyOnly: true,
      line: 'tempo, interval and race-pace days become easy runs until your doctor or a pelvic-floor physio clears you, at a talking pace with walk breaks welcome (run 2 min, walk 1 min to start); stop and tell me about any leaking, heaviness or pain',
      why: 'impact and speed wait until the pelvic floor is ready (return-to-running guideline, Goom et al. 2019)',
    },
  },
};

/** A condition as the plan knows it: which rule, and what the client called it ("osteopenia"). */
export interface HealthNote {
  condition: HealthCondition;
  label: string;
}

/** What a condition changes in the lifts, said in the words that fit what the client told (a trimester). */
export function healthLine(note: HealthNote): string {
  const rule = HEALTH_RULES[note.condition];
  return rule.lines?.find((l) => l.when.test(note.label))?.line ?? rule.line;
}

/** The lifts the client's conditions swap out for a lifter of this training age, each with why (empty: none). */
export function healthExcludedExercises(conditions: readonly HealthNote[], trainingAge: TrainingAge): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of conditions) {
    for (const row of HEALTH_RULES[c.condition].avoid) {
      if (row.notWhen?.test(c.label)) continue;
      if (row.allowedFrom && TRAINING_AGES.indexOf(trainingAge) >= TRAINING_AGES.indexOf(row.allowedFrom)) continue;
      for (const id of row.ids) if (!out.has(id)) out.set(id, row.why);
    }
  }
  return out;
}
