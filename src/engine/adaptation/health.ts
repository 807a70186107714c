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
 */
import type { MovementPattern } from '../strength/exercises.js';

export const HEALTH_CONDITIONS = ['heart', 'bone'] as const;
export type HealthCondition = (typeof HEALTH_CONDITIONS)[number];

export interface HealthRule {
  /** Fewest reps in reserve on any set. */
  rirFloor: number;
  /** Fewest reps in any set that counts reps (holds keep their seconds). */
  minReps: number;
  /** Movement patterns left out of every session. */
  excludePatterns: readonly MovementPattern[];
  /** What changed, said once: "every set stops 3+ reps short of failure …". */
  line: string;
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
};
