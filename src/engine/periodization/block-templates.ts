/**
 * Seed 000's mesocycle templates and the rules for stretching them to any plan length.
 *
 * Templates (one mesocycle each): beginner 3 accumulation + 1 deload; intermediate 2 accumulation +
 * 2 intensification + 1 deload; advanced 2 + 2 + 1 realization + 1 deload. A plan length that is not a
 * multiple of the template is split into whole mesocycles whose loading weeks stretch or shrink by a week or
 * two — every mesocycle still ends in its deload, so a remainder is never a broken block.
 */
import type { StrengthGoal, TrainingAge } from '../vocabulary.js';
import type { AdaptationType, BlockType, IntensityBias, VolumeTarget } from './types.js';

export interface BlockShape {
  type: BlockType;
  weeks: number;
}

/** Template mesocycle length per training age (seed 000). */
export const TEMPLATE_MESO_WEEKS: Record<TrainingAge, number> = { beginner: 4, intermediate: 5, advanced: 6 };

export function templateBlocks(age: TrainingAge): BlockShape[] {
  return mesoBlocks(age, TEMPLATE_MESO_WEEKS[age]);
}

/** Splits a mesocycle of `weeks` (≥ 3) into blocks for the training age; the last week is always the deload. */
export function mesoBlocks(age: TrainingAge, weeks: number): BlockShape[] {
  const loading = Math.max(2, weeks - 1);
  const out: BlockShape[] = [];
  if (age === 'beginner') {
    out.push({ type: 'accumulation', weeks: loading });
  } else {
    // Advanced lifters peak for a week before the deload once there is room for it (seed 000's realization).
    const realization = age === 'advanced' && loading >= 3 ? 1 : 0;
    const wave = loading - realization;
    out.push({ type: 'accumulation', weeks: Math.ceil(wave / 2) });
    out.push({ type: 'intensification', weeks: Math.floor(wave / 2) });
    if (realization) out.push({ type: 'realization', weeks: 1 });
  }
  out.push({ type: 'deload', weeks: 1 });
  return out;
}

/**
 * The longest mesocycle, deload included: at most 6 hard weeks before a deload (RP and most coaches deload
 * every 4-6 weeks; an 8-week block let an advanced lifter train 7 weeks straight).
 */
export const MAX_MESO_WEEKS = 7;

/**
 * Mesocycle lengths for a plan: as many template-sized mesocycles as fit (rounded, and never one longer than
 * MAX_MESO_WEEKS), the leftover weeks spread one each over the earliest mesocycles. 7 weeks for a beginner →
 * 4 + 3; 52 for an intermediate → 6,6,5,…; 8 for an advanced lifter → 4 + 4.
 */
export function mesoLengths(age: TrainingAge, totalWeeks: number): number[] {
  const template = TEMPLATE_MESO_WEEKS[age];
  const count = Math.max(1, Math.round(totalWeeks / template), Math.ceil(totalWeeks / MAX_MESO_WEEKS));
  const base = Math.floor(totalWeeks / count);
  const extra = totalWeeks - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * The peaking mesocycle before a meet, counted back from the meet week: accumulation, intensification, one
 * realization week of heavy singles at about opener weight, and the meet week itself as the light week
 * (deload volume, so the lifter arrives fresh). 3 weeks is the shortest: accumulation, realization, meet.
 */
export const PEAK_MESO_WEEKS = 6;
export function peakBlocks(weeks: number): BlockShape[] {
  const loading = Math.max(1, weeks - 2);
  const out: BlockShape[] = [{ type: 'accumulation', weeks: Math.ceil(loading / 2) }];
  if (loading >= 2) out.push({ type: 'intensification', weeks: Math.floor(loading / 2) });
  out.push({ type: 'realization', weeks: 1 }, { type: 'deload', weeks: 1 });
  return out;
}

/**
 * Mesocycle lengths for a plan that ends at a meet: the last one is the peak (6 weeks), the weeks before it
 * split the usual way. A remainder under 4 weeks joins the peak while the whole stays a mesocycle
 * (MAX_MESO_WEEKS); past that it is a short mesocycle of its own (at least 3 weeks) and the peak shortens:
 * 4 weeks → [4], 7 → [7], 8 → [3, 5], 9 → [3, 6], 12 for an intermediate → [6, 6], 20 → [5, 4, 5, 6].
 */
export function peakMesoLengths(age: TrainingAge, totalWeeks: number): number[] {
  const rest = totalWeeks - PEAK_MESO_WEEKS;
  if (rest >= 4) return [...mesoLengths(age, rest), PEAK_MESO_WEEKS];
  if (totalWeeks <= MAX_MESO_WEEKS) return [totalWeeks];
  const first = Math.max(3, rest);
  return [first, totalWeeks - first];
}

const BIAS: Record<StrengthGoal, Record<Exclude<BlockType, 'deload'>, IntensityBias>> = {
  strength: { accumulation: 'hypertrophy', intensification: 'strength', realization: 'strength' },
  hypertrophy: { accumulation: 'hypertrophy', intensification: 'hypertrophy', realization: 'strength' },
  fat_loss: { accumulation: 'muscular_endurance', intensification: 'hypertrophy', realization: 'strength' },
  general_fitness: { accumulation: 'hypertrophy', intensification: 'strength', realization: 'strength' },
  power: { accumulation: 'strength', intensification: 'power', realization: 'power' },
  muscular_endurance: {
    accumulation: 'muscular_endurance',
    intensification: 'muscular_endurance',
    realization: 'hypertrophy',
  },
};

export function intensityBiasFor(goal: StrengthGoal, type: BlockType, previous: IntensityBias | null): IntensityBias {
  if (type === 'deload') return previous ?? BIAS[goal].accumulation;
  return BIAS[goal][type];
}

export function adaptationFor(type: BlockType, bias: IntensityBias): AdaptationType {
  if (type === 'deload') return 'recovery';
  switch (bias) {
    case 'strength':
    case 'power':
      return 'neural_adaptation';
    case 'hypertrophy':
      return 'myofibrillar_hypertrophy';
    case 'muscular_endurance':
      return type === 'accumulation' ? 'work_capacity' : 'sarcoplasmic_hypertrophy';
  }
}

export const VOLUME_TARGET: Record<BlockType, VolumeTarget> = {
  accumulation: 'mav',
  intensification: 'approaching_mrv',
  realization: 'mev',
  deload: 'deload_volume',
};

/**
 * RIR across a mesocycle's loading weeks (RP-style: start ~3 RIR, finish near 1). Beginners stop at 2 RIR
 * because their technique under fatigue is the limiting factor, not effort.
 */
export const RIR_RUN: Record<TrainingAge, { start: number; end: number }> = {
  beginner: { start: 3, end: 2 },
  intermediate: { start: 3, end: 1 },
  advanced: { start: 3, end: 1 },
};
export const REALIZATION_RIR = 1;
export const DELOAD_RIR = 4;

/**
 * How far toward MRV the last loading week of a mesocycle goes (fraction of the MEV → MRV span). Never 1:
 * we stop short of MRV so a bad week of sleep does not tip the client over. Hypertrophy pushes furthest;
 * strength and power trade sets for load; general fitness stays modest.
 */
export function volumeFractionEnd(age: TrainingAge, goal: StrengthGoal): number {
  const base = { beginner: 0.5, intermediate: 0.7, advanced: 0.8 }[age];
  const goalShift: Record<StrengthGoal, number> = {
    hypertrophy: 0.1,
    strength: -0.05,
    fat_loss: 0,
    general_fitness: -0.15,
    power: -0.15,
    muscular_endurance: 0,
  };
  return Math.min(0.9, Math.max(0.3, base + goalShift[goal]));
}

/** Each new mesocycle starts a little above the last one's MEV start (RP: MEV creeps up as you adapt). */
export function volumeFractionStart(mesoIndex: number): number {
  return Math.min(0.15, 0.05 * mesoIndex);
}

export const BLOCK_INTENT: Record<BlockType, Record<'default' | 'endurance', string>> = {
  accumulation: {
    default: 'Accumulation: more sets at moderate loads to build muscle and work capacity.',
    endurance: 'Accumulation: higher reps and short rests to build work capacity.',
  },
  intensification: {
    default: 'Intensification: heavier loads and fewer reps to turn new muscle into strength.',
    endurance: 'Intensification: a bit heavier, still high reps, pushing closer to failure.',
  },
  realization: {
    default: 'Realization: low volume and peak loads so the strength you built shows.',
    endurance: 'Realization: fewer sets, heavier loads, to express what you built.',
  },
  deload: {
    default: 'Deload: about half the sets and lighter loads so fatigue drops and gains show.',
    endurance: 'Deload: about half the sets and lighter loads so fatigue drops and gains show.',
  },
};
