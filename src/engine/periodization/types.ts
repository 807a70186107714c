import type { StrengthGoal, TrainingAge } from '../vocabulary.js';

/** Block types from seed 000/001. */
export type BlockType = 'accumulation' | 'intensification' | 'realization' | 'deload';
/** Where in the MEV → MRV range a block aims its weekly sets (seed 001's VolumeTarget). */
export type VolumeTarget = 'mev' | 'mav' | 'approaching_mrv' | 'deload_volume';
export type IntensityBias = 'strength' | 'hypertrophy' | 'power' | 'muscular_endurance';
export type AdaptationType =
  | 'neural_adaptation'
  | 'myofibrillar_hypertrophy'
  | 'sarcoplasmic_hypertrophy'
  | 'work_capacity'
  | 'recovery';

export interface TrainingBlock {
  /** 0-based position of the block in the whole macrocycle. */
  index: number;
  /** 1-based position inside its mesocycle. */
  blockNumber: number;
  mesoIndex: number;
  type: BlockType;
  /** 1-based plan week the block starts on. */
  startWeek: number;
  endWeek: number;
  weeks: number;
  startDate: string;
  /** Last day of the block (inclusive). */
  endDate: string;
  volumeTarget: VolumeTarget;
  intensityBias: IntensityBias;
  adaptationType: AdaptationType;
  rirStart: number;
  rirEnd: number;
  /** Planned week-over-week growth of weekly hard sets (1.10 = +10 %/week); below 1 on deloads. */
  weeklyVolumeRamp: number;
  /** One line of what the block is for; used as the day's "why". */
  intent: string;
}

export interface Mesocycle {
  index: number;
  /** 1-based. */
  mesoNumber: number;
  startWeek: number;
  endWeek: number;
  weeks: number;
  startDate: string;
  endDate: string;
  focus: string;
  volumeTarget: VolumeTarget;
  intensityBias: IntensityBias;
  blocks: TrainingBlock[];
}

/** Per-week facts the rest of the engine needs, precomputed so a week never re-derives the macro. */
export interface OutlineWeek {
  weekNumber: number;
  startDate: string;
  endDate: string;
  mesoIndex: number;
  blockIndex: number;
  blockType: BlockType;
  weekInBlock: number;
  weekInMeso: number;
  /** Target reps-in-reserve for hard sets this week. */
  rir: number;
  /**
   * Position of this week's weekly hard sets between MEV (0) and MRV (1) for each muscle. Deloads carry the
   * previous week's fraction; their sets are halved from that week instead.
   */
  volumeFraction: number;
}

export interface StrengthOutline {
  kind: 'strength';
  startDate: string;
  /** Last day of the plan (inclusive). */
  endDate: string;
  weeks: number;
  trainingAge: TrainingAge;
  goal: StrengthGoal;
  mesocycles: Mesocycle[];
  weekTable: OutlineWeek[];
  /** A meet (competition) the plan peaks for, in its last week: 'YYYY-MM-DD'. */
  meetDate?: string;
}

export interface BlockContext {
  date: string;
  weekNumber: number;
  /** 1-based week in the block / mesocycle / macrocycle. */
  weekInBlock: number;
  weekInMeso: number;
  weekInMacro: number;
  block: TrainingBlock;
  mesocycle: Mesocycle;
  /** 1-based day of the plan week (1 = the week's first day, which is the plan's start weekday). */
  dayInWeek: number;
  rir: number;
  modifiers: PrescriptionModifiers;
}

export interface PrescriptionModifiers {
  /** Weekly sets relative to the mesocycle's first week (deload ≈ 0.5 of the week before). */
  volumeMultiplier: number;
  /** Multiplier on the load the reps × RIR pair calls for (below 1 only on deloads). */
  intensityMultiplier: number;
  /** Reps in reserve for hard sets this week. */
  rir: number;
  /** Multiplier on rest periods. */
  restMultiplier: number;
}
