/**
 * Macrocycle (the whole plan) → mesocycles → blocks, plus a per-week table of RIR and volume position.
 * Cheap and pure: no exercise selection happens here.
 */
import { addDays } from '../dates.js';
import type { StrengthGoal, TrainingAge } from '../vocabulary.js';
import {
  adaptationFor,
  BLOCK_INTENT,
  DELOAD_RIR,
  intensityBiasFor,
  mesoBlocks,
  mesoLengths,
  peakBlocks,
  peakMesoLengths,
  REALIZATION_RIR,
  RIR_RUN,
  VOLUME_TARGET,
  volumeFractionEnd,
  volumeFractionStart,
} from './block-templates.js';
import type { IntensityBias, Mesocycle, OutlineWeek, StrengthOutline, TrainingBlock } from './types.js';

export interface MacrocycleInput {
  startDate: string;
  weeks: number;
  trainingAge: TrainingAge;
  goal: StrengthGoal;
  /** A meet in the last week: the last mesocycle peaks for it (peakBlocks). */
  meetDate?: string;
}

/** A reference muscle (MEV 8, MRV 20 sets) used only to express a block's volume ramp as one number. */
const REF_MEV = 8;
const REF_MRV = 20;
const refSets = (fraction: number) => REF_MEV + fraction * (REF_MRV - REF_MEV);

export function buildMacrocycle(input: MacrocycleInput): StrengthOutline {
  const { startDate, weeks, trainingAge, goal } = input;
  const weekStart = (w: number) => addDays(startDate, 7 * (w - 1));
  const weekEnd = (w: number) => addDays(startDate, 7 * w - 1);
  const fractionEnd = volumeFractionEnd(trainingAge, goal);
  const rirRun = RIR_RUN[trainingAge];

  const mesocycles: Mesocycle[] = [];
  const weekTable: OutlineWeek[] = [];
  let week = 1;
  let blockIndex = 0;
  let previousBias: IntensityBias | null = null;

  const lengths = input.meetDate ? peakMesoLengths(trainingAge, weeks) : mesoLengths(trainingAge, weeks);
  lengths.forEach((mesoWeeks, mesoIndex) => {
    // Counted back from the meet: the last mesocycle peaks (realization the week before, the meet week light).
    const shapes = input.meetDate && mesoIndex === lengths.length - 1 ? peakBlocks(mesoWeeks) : mesoBlocks(trainingAge, mesoWeeks);
    const mesoStart = week;
    // Loading weeks that ramp (accumulation + intensification); realization and deload sit outside the ramp.
    const rampWeeks = shapes
      .filter((s) => s.type === 'accumulation' || s.type === 'intensification')
      .reduce((n, s) => n + s.weeks, 0);
    const fStart = volumeFractionStart(mesoIndex);
    let rampPos = 0;
    let lastFraction = fStart;
    let lastRir = rirRun.start;
    const blocks: TrainingBlock[] = [];

    shapes.forEach((shape, i) => {
      const bias = intensityBiasFor(goal, shape.type, previousBias);
      previousBias = bias;
      const blockStart = week;
      const rirs: number[] = [];
      const fractions: number[] = [];
      for (let wib = 1; wib <= shape.weeks; wib += 1) {
        let rir: number;
        let fraction: number;
        if (shape.type === 'accumulation' || shape.type === 'intensification') {
          const t = rampWeeks > 1 ? rampPos / (rampWeeks - 1) : 1;
          // Round half up keeps RIR non-increasing: 3, 2.33 → 2, 1.67 → 2, 1.
          rir = Math.round(rirRun.start - (rirRun.start - rirRun.end) * t);
          fraction = fStart + (fractionEnd - fStart) * t;
          rampPos += 1;
        } else if (shape.type === 'realization') {
          rir = Math.min(REALIZATION_RIR, lastRir);
          fraction = fStart;
        } else {
          rir = DELOAD_RIR;
          fraction = lastFraction;
        }
        lastRir = shape.type === 'deload' ? lastRir : rir;
        lastFraction = fraction;
        rirs.push(rir);
        fractions.push(fraction);
        weekTable.push({
          weekNumber: week,
          startDate: weekStart(week),
          endDate: weekEnd(week),
          mesoIndex,
          blockIndex,
          blockType: shape.type,
          weekInBlock: wib,
          weekInMeso: week - mesoStart + 1,
          rir,
          volumeFraction: Number(fraction.toFixed(4)),
        });
        week += 1;
      }
      const first = fractions[0] ?? 0;
      const last = fractions[fractions.length - 1] ?? first;
      const prevWeek = weekTable[weekTable.length - shape.weeks - 1];
      let ramp: number;
      if (shape.type === 'deload') ramp = 0.5;
      else if (shape.weeks > 1) ramp = Math.pow(refSets(last) / refSets(first), 1 / (shape.weeks - 1));
      else ramp = prevWeek && prevWeek.mesoIndex === mesoIndex ? refSets(first) / refSets(prevWeek.volumeFraction) : 1;
      blocks.push({
        index: blockIndex,
        blockNumber: i + 1,
        mesoIndex,
        type: shape.type,
        startWeek: blockStart,
        endWeek: week - 1,
        weeks: shape.weeks,
        startDate: weekStart(blockStart),
        endDate: weekEnd(week - 1),
        volumeTarget: VOLUME_TARGET[shape.type],
        intensityBias: bias,
        adaptationType: adaptationFor(shape.type, bias),
        rirStart: rirs[0] ?? DELOAD_RIR,
        rirEnd: rirs[rirs.length - 1] ?? DELOAD_RIR,
        weeklyVolumeRamp: Number(ramp.toFixed(3)),
        intent: BLOCK_INTENT[shape.type][bias === 'muscular_endurance' ? 'endurance' : 'default'],
      });
      blockIndex += 1;
    });

    const lead = blocks[0] as TrainingBlock;
    mesocycles.push({
      index: mesoIndex,
      mesoNumber: mesoIndex + 1,
      startWeek: mesoStart,
      endWeek: week - 1,
      weeks: mesoWeeks,
      startDate: weekStart(mesoStart),
      endDate: weekEnd(week - 1),
      focus: `${goalLabel(goal)}: ${blocks.map((b) => `${b.type} (${b.weeks} wk)`).join(', ')}`,
      volumeTarget: lead.volumeTarget,
      intensityBias: lead.intensityBias,
      blocks,
    });
  });

  return {
    kind: 'strength',
    startDate,
    endDate: weekEnd(weeks),
    weeks,
    trainingAge,
    goal,
    mesocycles,
    weekTable,
    ...(input.meetDate ? { meetDate: input.meetDate } : {}),
  };
}

export function goalLabel(goal: StrengthGoal): string {
  return goal === 'fat_loss'
    ? 'fat loss'
    : goal === 'general_fitness'
      ? 'general fitness'
      : goal === 'muscular_endurance'
        ? 'muscular endurance'
        : goal;
}

export function blocksOf(outline: StrengthOutline): TrainingBlock[] {
  return outline.mesocycles.flatMap((m) => m.blocks);
}
