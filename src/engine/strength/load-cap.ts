/**
 * When the heaviest dumbbell or kettlebell a client has is lighter than the load a set calls for (a home rack
 * to 50 lb, one 16 kg bell, a hotel), the set must get harder some other way than more weight.
 *
 * The rule (a coach's, in order):
 *  1. The heaviest weight for more reps, as many as leave the same reps in reserve (Epley read backwards),
 *     while that stays at or under the rep ceiling for the slot. Sets of 6-30 reps build muscle about
 *     equally when taken near failure (Schoenfeld et al. 2017, 2021), but past ~15 reps for the big lifts
 *     and ~20 for small ones the set is limited by breathing and discomfort before the muscle, so a coach
 *     stops adding reps there.
 *  2. A harder variation of the same movement pattern that the client's kit allows: single-leg or single-arm
 *     (Bulgarian split squat for a goblet squat, single-leg RDL for a dumbbell RDL), which roughly halves the
 *     load the working side needs.
 *  3. A slower tempo: 3 seconds down, then a pause at the bottom. Slower eccentrics and pauses cut the reps a
 *     load allows (Wilk et al. 2018, 2020: fewer reps to failure at the same %1RM with slow tempos); the
 *     factors below are a coaching estimate, and the reps in reserve still govern the set.
 * The reps never pass the ceiling: whatever is left over is made up by the tempo and stopping at the reserve.
 */
import type { SlotRole } from '../microcycle/split.js';
import type { Equipment, Limitation, TrainingAge } from '../vocabulary.js';
import { roundLoad, roundLoadDown, type LoadImplement } from '../units.js';
import type { WeightUnit } from '../workout/workout.js';
import { exerciseById, type Exercise, nameMidSentence } from './exercises.js';
import type { RepRange } from './prescription.js';
import { fits } from './selection.js';
import { counted } from '../count.js';

/**
 * Most reps a non-timed set may prescribe, for any client (the validator's bound): past 20 a set is
 * conditioning, not strength or muscle work.
 */
export const REP_CEILING = 20;

/** The rep ceiling when a load cap pushes reps up: 15 for main and secondary lifts (and every beginner or fat-loss set), 20 for small lifts. */
export function cappedRepCeiling(role: SlotRole, beginnerCap: number | null): number {
  const base = role === 'main' || role === 'secondary' || role === 'power' ? 15 : REP_CEILING;
  return beginnerCap === null ? base : Math.min(base, beginnerCap);
}

/**
 * Harder variations, from → to, with the 1RM ratio (per dumbbell or bell, as the engine's loads are).
 * Coaching heuristics: one leg moves about 55-60 % of what two legs do together (bilateral deficit and
 * balance), so a Bulgarian split squat with a pair is about 0.55 × one goblet dumbbell; a single-leg RDL with
 * one dumbbell about 0.8 × one dumbbell of a two-dumbbell RDL.
 */
export const HARDER_VARIANTS: Readonly<Record<string, ReadonlyArray<{ to: string; ratio: number }>>> = {
  goblet_squat: [
    { to: 'bulgarian_split_squat', ratio: 0.55 },
    { to: 'walking_lunge', ratio: 0.6 },
  ],
  db_box_squat: [
    { to: 'bulgarian_split_squat', ratio: 0.55 },
    { to: 'walking_lunge', ratio: 0.6 },
  ],
  walking_lunge: [{ to: 'bulgarian_split_squat', ratio: 0.9 }],
  db_step_up: [{ to: 'bulgarian_split_squat', ratio: 1 }],
  db_romanian_deadlift: [{ to: 'single_leg_rdl', ratio: 0.8 }],
  kb_goblet_squat: [{ to: 'kb_reverse_lunge', ratio: 0.6 }],
  kb_deadlift: [{ to: 'kb_single_leg_deadlift', ratio: 0.5 }],
};

/** Tempo prescriptions, lightest first, with the share of reps to failure each leaves (coaching estimate). */
export const TEMPOS: ReadonlyArray<{ text: string; repFactor: number; repSeconds: number }> = [
  { text: '3 s down', repFactor: 0.8, repSeconds: 5 },
  { text: '3 s down, 2 s pause at the bottom', repFactor: 0.65, repSeconds: 7 },
];

/** Seconds one rep takes at a tempo (the time estimate); 3 s at the usual pace. */
export function repSecondsFor(tempo: string | null | undefined): number {
  return TEMPOS.find((t) => t.text === tempo)?.repSeconds ?? 3;
}

export interface CapContext {
  /** Heaviest load on the implement (one dumbbell or bell), in `unit`. */
  cap: number;
  /** How the cap is said when it is not the heaviest weight there is ("your 135 lb limit"). */
  label?: string;
  unit: WeightUnit;
  role: SlotRole;
  rir: number;
  /** The beginner / fat-loss cap when it applies, else null. */
  beginnerCap: number | null;
  equipment: readonly Equipment[];
  limitations: readonly Limitation[];
  trainingAge: TrainingAge;
  exclude?: ReadonlySet<string>;
  /** Exercises already in the day (a variation must not repeat one). */
  usedToday: ReadonlySet<string>;
  /** A stated or logged 1RM for an exercise, when known (a variation's own history beats the ratio). */
  knownMax: (exerciseId: string) => number | undefined;
}

export interface CappedSet {
  exercise: Exercise;
  oneRm: number;
  load: number;
  range: RepRange;
  tempo: string | null;
  /** One line for the client on what changed and why. */
  note: string;
}

/** Reps to failure at `load` for a 1RM (Epley backwards). */
function repsToFailure(oneRm: number, load: number): number {
  return load >= oneRm ? 1 : Math.floor(30 * (oneRm / load - 1) + 1e-9);
}

function rangeAt(top: number, planned: RepRange): RepRange {
  const width = Math.max(2, planned.max - planned.min);
  return { min: Math.max(1, top - width), max: top };
}

function rangeText(r: RepRange): string {
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}

/**
 * The set for a capped load, or null when the cap does not bind (the planned load is at or under it).
 * `implement` is the exercise's (dumbbell or kettlebell); `oneRm` its 1RM per implement.
 */
export function fitToCap(exercise: Exercise, oneRm: number, planned: RepRange, c: CapContext): CappedSet | null {
  const implement = exercise.implement as LoadImplement;
  const cap = roundLoadDown(c.cap, c.unit, implement);
  const wanted = roundLoad(oneRm / (1 + (planned.max + c.rir) / 30), c.unit, implement);
  // No loadable weight at or under the cap (an 8 lb bell in a pound gym's 10 lb steps): nothing to prescribe here.
  if (wanted <= cap + 1e-9 || cap <= 0 || cap > c.cap + 1e-9) return null;
  const ceiling = Math.max(planned.max, cappedRepCeiling(c.role, c.beginnerCap));
  const bell = implement === 'kettlebell' ? 'kettlebell' : 'dumbbells';
  const heaviest = c.label ?? `your heaviest ${cap} ${c.unit} ${bell}`;

  // 1. More reps with the heaviest weight, up to the ceiling.
  const more = repsToFailure(oneRm, cap) - c.rir;
  if (more <= ceiling) {
    const range = rangeAt(Math.max(planned.max, more), planned);
    return { exercise, oneRm, load: cap, range, tempo: null, note: `Capped at ${heaviest}: ${rangeText(range)} reps, stopping ${c.rir} short of failure.` };
  }

  // 2. A harder variation the kit allows, at the planned reps or a few more.
  let hardest: { exercise: Exercise; oneRm: number } = { exercise, oneRm };
  for (const v of HARDER_VARIANTS[exercise.id] ?? []) {
    const to = exerciseById(v.to);
    if (!to || to.implement !== implement || c.usedToday.has(to.id)) continue;
    if (!fits(to, { equipment: c.equipment, limitations: c.limitations, trainingAge: c.trainingAge, exclude: c.exclude })) continue;
    const rm = c.knownMax(to.id) ?? oneRm * v.ratio;
    if (rm < hardest.oneRm) hardest = { exercise: to, oneRm: rm };
    const load = Math.min(cap, roundLoad(rm / (1 + (planned.max + c.rir) / 30), c.unit, implement));
    const reps = repsToFailure(rm, load) - c.rir;
    if (reps > ceiling) continue;
    const range = rangeAt(Math.max(planned.max, Math.min(reps, ceiling)), planned);
    return { exercise: to, oneRm: rm, load, range, tempo: null, note: swapNote(to, exercise, heaviest, planned) };
  }

  // 3. The tempo that brings the reps under the ceiling (or the slowest one, with the reserve deciding), on
  // the hardest variation that fits: a single-leg RDL lowered slowly before a two-leg one.
  const toFailure = repsToFailure(hardest.oneRm, cap);
  const tempo = TEMPOS.find((t) => Math.floor(toFailure * t.repFactor) - c.rir <= ceiling) ?? (TEMPOS[TEMPOS.length - 1] as (typeof TEMPOS)[number]);
  const top = Math.max(planned.max, Math.min(ceiling, Math.floor(toFailure * tempo.repFactor) - c.rir));
  const range = rangeAt(top, planned);
  const slow = `${rangeText(range)} reps lowering for 3 seconds${tempo.text.includes('pause') ? ' with a 2-second pause at the bottom' : ''}, so the light weight still ends ${counted(c.rir, 'rep')} short of failure`;
  const swapped = hardest.exercise.id !== exercise.id;
  return {
    exercise: hardest.exercise,
    oneRm: hardest.oneRm,
    load: cap,
    range,
    tempo: tempo.text,
    note: swapped ? `${swapNote(hardest.exercise, exercise, heaviest, planned)} ${slow[0]!.toUpperCase()}${slow.slice(1)}.` : `Capped at ${heaviest}: ${slow}.`,
  };
}

function swapNote(to: Exercise, from: Exercise, heaviest: string, planned: RepRange): string {
  return `${to.name} in place of ${nameMidSentence(from.name)}: ${heaviest} are too light for ${rangeText(planned)} on both sides, so one side does the work.`;
}

/** True when `exerciseId` is the harder variation of some lift in `pattern` (a split squat standing in for squats). */
export function standsInFor(exerciseId: string, pattern: Exercise['pattern']): boolean {
  return Object.entries(HARDER_VARIANTS).some(([from, vs]) => exerciseById(from)?.pattern === pattern && vs.some((v) => v.to === exerciseId));
}
