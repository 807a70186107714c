/**
 * The plan CLI's JSON (`npm run plan`): a whole plan built from a request, shaped as plain JSON (dates as
 * YYYY-MM-DD strings, no Maps, no functions) with the engine's validation attached. Pure and deterministic:
 * the same request always prints the same JSON.
 */
import type { WeightUnit } from '../workout/workout.js';
import type { IsoWeekday, StrengthGoal, TrainingAge } from '../vocabulary.js';
import { hybridRaceRequest, restDayErrors } from './hybrid.js';
import { hybridStrengthPlan, lightLegsErrors, runTypesOf } from './hybrid-legs.js';
import {
  buildStrengthPlan,
  validateStrengthPlan,
  type DayLoadLevel,
  type Muscle,
  type PrescriptionModifiers,
  type SplitName,
  type StrengthDay,
  type StrengthPlan,
  type StrengthRequest,
  type StrengthWeek,
  type TrainingBlock,
  type Mesocycle,
  type PrescribedExercise,
  type WeekBlockInfo,
} from '../strength/index.js';
import { buildRacePlan, racePlanToJson, validateRacePlan, type RacePlan, type RacePlanJson, type RaceRequest } from '../endurance/index.js';
import type { PlanRequest } from './program.js';

export interface ValidationJson {
  ok: boolean;
  errors: string[];
}

/** A block as the engine plans it, minus the engine's internal array positions. */
export type BlockJson = Omit<TrainingBlock, 'index' | 'mesoIndex'>;

export type MesocycleJson = Omit<Mesocycle, 'index' | 'blocks'> & { blocks: BlockJson[] };

export interface StrengthOutlineJson {
  startDate: string;
  endDate: string;
  weeks: number;
  trainingAge: TrainingAge;
  goal: StrengthGoal;
  mesocycles: MesocycleJson[];
}

export interface ExerciseJson {
  exerciseId: string;
  name: string;
  muscles: Muscle[];
  sets: number;
  reps: string;
  rir: number;
  restSec: number;
  /** In the plan's `units`; null when no 1RM is known or estimable, or the exercise is not loaded. */
  load: number | null;
  percent1RM: number | null;
  /** "A1"/"A2" when alternated with another exercise (a superset). */
  superset?: string;
  rationale: string;
  /** Why this lift, without its numbers; absent on weeks built before it was kept. */
  reason?: string;
  /** The est. 1RM the load is `percent1RM` of (null when no max set the load): a coach checks the basis. */
  oneRepMax?: number | null;
  /** What set the load other than a max (the heaviest dumbbell, a starting bell, a load limit). */
  loadNote?: string;
  /** A slower tempo that makes a too-light load hard enough ("3 s down"); absent at the usual pace. */
  tempo?: string;
}

export interface StrengthDayJson {
  date: string;
  dayNumber: IsoWeekday;
  type: 'training' | 'rest';
  theme: string;
  loadLevel: DayLoadLevel | 'rest';
  estimatedMinutes: number;
  exercises: ExerciseJson[];
  notes: string[];
}

export type WeekBlockJson = Omit<WeekBlockInfo, 'mesoIndex' | 'blockIndex'>;

export interface StrengthWeekJson {
  weekNumber: number;
  startDate: string;
  endDate: string;
  split: SplitName;
  block: WeekBlockJson;
  modifiers: PrescriptionModifiers;
  hardSetsByMuscle: Record<Muscle, number>;
  days: StrengthDayJson[];
  notes: string[];
}

export interface StrengthPlanJson {
  kind: 'strength';
  units: WeightUnit;
  outline: StrengthOutlineJson;
  weeks: StrengthWeekJson[];
  validation: ValidationJson;
}

export type RacePlanCliJson = { kind: 'race' } & RacePlanJson & { validation: ValidationJson };

export interface HybridPlanJson {
  kind: 'hybrid';
  race: RacePlanCliJson;
  strength: StrengthPlanJson | null;
  /** Both plans' validation (errors prefixed "race:" / "strength:") plus the rules between them. */
  validation: ValidationJson;
}

export type PlanJson = StrengthPlanJson | RacePlanCliJson | HybridPlanJson;

function blockJson(b: TrainingBlock): BlockJson {
  const { index: _index, mesoIndex: _mesoIndex, ...json } = b;
  return json;
}

function mesocycleJson(m: Mesocycle): MesocycleJson {
  const { index: _index, blocks, ...json } = m;
  return { ...json, blocks: blocks.map(blockJson) };
}

export function exerciseJson(e: PrescribedExercise): ExerciseJson {
  return {
    exerciseId: e.exerciseId,
    name: e.name,
    muscles: [...e.muscles],
    sets: e.sets,
    reps: e.reps,
    rir: e.rir,
    restSec: e.restSec,
    load: e.load,
    percent1RM: e.percent1RM,
    ...(e.superset ? { superset: e.superset } : {}),
    rationale: e.rationale,
    ...(e.reason ? { reason: e.reason } : {}),
    ...(e.oneRepMax !== undefined ? { oneRepMax: e.oneRepMax } : {}),
    ...(e.loadNote ? { loadNote: e.loadNote } : {}),
    ...(e.tempo ? { tempo: e.tempo } : {}),
  };
}

export function strengthDayJson(d: StrengthDay): StrengthDayJson {
  return {
    date: d.date,
    dayNumber: d.dayNumber,
    type: d.type,
    theme: d.theme,
    loadLevel: d.loadLevel,
    estimatedMinutes: d.estimatedMinutes,
    exercises: d.exercises.map(exerciseJson),
    notes: [...d.notes],
  };
}

export function strengthWeekJson(w: StrengthWeek): StrengthWeekJson {
  const { mesoIndex: _mesoIndex, blockIndex: _blockIndex, ...weekBlock } = w.block;
  return {
    weekNumber: w.weekNumber,
    startDate: w.startDate,
    endDate: w.endDate,
    split: w.split,
    block: weekBlock,
    modifiers: { ...w.modifiers },
    hardSetsByMuscle: { ...w.hardSetsByMuscle },
    days: w.days.map(strengthDayJson),
    notes: [...w.notes],
  };
}

/** A built strength plan as the CLI prints it. */
export function strengthPlanJson(plan: StrengthPlan, units: WeightUnit, validation: ValidationJson): StrengthPlanJson {
  const o = plan.outline;
  return {
    kind: 'strength',
    units,
    outline: {
      startDate: o.startDate,
      endDate: o.endDate,
      weeks: o.weeks,
      trainingAge: o.trainingAge,
      goal: o.goal,
      mesocycles: o.mesocycles.map(mesocycleJson),
    },
    weeks: plan.weeks.map(strengthWeekJson),
    validation: { ok: validation.ok, errors: [...validation.errors] },
  };
}

/** A built race plan as the CLI prints it: the endurance engine's `racePlanToJson` plus kind and validation. */
export function racePlanCliJson(plan: RacePlan, validation: ValidationJson): RacePlanCliJson {
  return { kind: 'race', ...racePlanToJson(plan), validation: { ok: validation.ok, errors: [...validation.errors] } };
}

/**
 * Rules between the two halves of a hybrid plan. A lifting day on a race training day is dropped when the
 * day's workout is shown (the run wins), so it is reported here.
 */
export function hybridErrors(race: RaceRequest, strength: StrengthRequest | null): string[] {
  if (!strength) return [];
  const errors: string[] = [];
  const clash = strength.trainingDays.filter((d) => race.trainingDays.includes(d));
  if (clash.length) {
    errors.push(`strength.trainingDays: ${clash.length === 1 ? `day ${clash[0]} is also a race training day` : `days ${clash.join(', ')} are also race training days`} (lifting goes on days the race plan leaves free)`);
  }
  // The key runs next to lifting are checked on the built days (lightLegsErrors): a lift the day before the
  // long run is fine when its legs are light.
  errors.push(...restDayErrors(race.trainingDays, strength.trainingDays));
  return errors;
}

/**
 * The checks a plan request can fail before any week is built (the services run them when a plan is
 * stored; the week rules are met by construction and checked whole by buildPlanJson). Empty when fine.
 */
export function planRequestErrors(req: PlanRequest): string[] {
  return req.kind === 'hybrid' ? hybridErrors(req.race, req.strength) : [];
}

export function buildStrengthPlanJson(req: StrengthRequest): StrengthPlanJson {
  const plan = buildStrengthPlan(req);
  return strengthPlanJson(plan, req.units, validateStrengthPlan(plan, req));
}

export function buildRacePlanJson(req: RaceRequest): RacePlanCliJson {
  const plan = buildRacePlan(req);
  return racePlanCliJson(plan, validateRacePlan(plan, req));
}

/** Builds the whole plan a (validated) request asks for and shapes it as the CLI's JSON. */
export function buildPlanJson(req: PlanRequest): PlanJson {
  if (req.kind === 'strength') return buildStrengthPlanJson(req);
  if (req.kind === 'race') return buildRacePlanJson(req);
  const raceReq = hybridRaceRequest(req.race, req.strength?.trainingDays ?? null);
  const racePlan = buildRacePlan(raceReq);
  const race = racePlanCliJson(racePlan, validateRacePlan(racePlan, raceReq));
  let strength: StrengthPlanJson | null = null;
  const interference: string[] = [];
  if (req.strength) {
    const runOn = runTypesOf(racePlan);
    const plan = hybridStrengthPlan(req.strength, runOn);
    strength = strengthPlanJson(plan, req.strength.units, validateStrengthPlan(plan, req.strength));
    interference.push(...plan.weeks.flatMap((w) => lightLegsErrors(w.days, runOn)));
  }
  const errors = [
    ...race.validation.errors.map((e) => `race: ${e}`),
    ...(strength?.validation.errors.map((e) => `strength: ${e}`) ?? []),
    ...hybridErrors(req.race, req.strength),
    ...interference,
  ];
  return { kind: 'hybrid', race, strength, validation: { ok: errors.length === 0, errors } };
}
