import { describe, expect, it } from 'vitest';
import { buildMacrocycle, mesoLengths, type MacrocycleInput } from '../../../src/engine/periodization/index.js';
import { TRAINING_AGES, STRENGTH_GOALS } from '../../../src/engine/vocabulary.js';

const input = (o: Partial<MacrocycleInput> = {}): MacrocycleInput => ({
  startDate: '2026-03-02',
  weeks: 12,
  trainingAge: 'beginner',
  goal: 'strength',
  ...o,
});
const shape = (o: Partial<MacrocycleInput>) =>
  buildMacrocycle(input(o)).mesocycles.map((m) => m.blocks.map((b) => `${b.type}:${b.weeks}`).join(' '));

describe('macrocycle.buildMacrocycle', () => {
  it('when a beginner asks for 12 weeks, gives 3 mesocycles of 3 accumulation + 1 deload (seed 000)', () => {
    expect(shape({ weeks: 12 })).toEqual(Array(3).fill('accumulation:3 deload:1'));
  });

  it('when an intermediate asks for 15 weeks, gives 3 mesocycles of 2 acc + 2 int + 1 deload', () => {
    expect(shape({ weeks: 15, trainingAge: 'intermediate' })).toEqual(Array(3).fill('accumulation:2 intensification:2 deload:1'));
  });

  it('when an advanced lifter asks for 18 weeks, adds a realization week before each deload', () => {
    expect(shape({ weeks: 18, trainingAge: 'advanced' })).toEqual(
      Array(3).fill('accumulation:2 intensification:2 realization:1 deload:1'),
    );
  });

  it('when the length is not a multiple of the template, stretches whole mesocycles instead of leaving a broken block', () => {
    // 7 weeks beginner → 4 + 3; 52 weeks intermediate → 10 mesocycles of 6,6,5,...
    expect(shape({ weeks: 7 })).toEqual(['accumulation:3 deload:1', 'accumulation:2 deload:1']);
    expect(mesoLengths('intermediate', 52)).toEqual([6, 6, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(shape({ weeks: 4, trainingAge: 'advanced' })).toEqual(['accumulation:1 intensification:1 realization:1 deload:1']);
  });

  it('when any length 4–52 is asked for any age, blocks tile the plan and every mesocycle ends in one deload week', () => {
    for (const trainingAge of TRAINING_AGES) {
      for (let weeks = 4; weeks <= 52; weeks += 1) {
        const o = buildMacrocycle(input({ weeks, trainingAge }));
        const blocks = o.mesocycles.flatMap((m) => m.blocks);
        expect(blocks.reduce((t, b) => t + b.weeks, 0)).toBe(weeks);
        expect(o.weekTable).toHaveLength(weeks);
        for (const m of o.mesocycles) {
          expect(m.blocks.at(-1)).toMatchObject({ type: 'deload', weeks: 1 });
          expect(m.blocks[0]?.type).toBe('accumulation');
          expect(m.weeks).toBeGreaterThanOrEqual(3);
          for (const b of m.blocks) expect(b.weeks).toBeGreaterThanOrEqual(1);
        }
        expect(o.endDate).toBe(o.weekTable.at(-1)?.endDate);
      }
    }
  });

  it('when a block is built, it carries type, weeks, volume target, bias, adaptation, RIR start→end and volume ramp', () => {
    const o = buildMacrocycle(input({ trainingAge: 'intermediate', weeks: 10, goal: 'hypertrophy' }));
    const [acc, int, deload] = o.mesocycles[0]!.blocks;
    expect(acc).toMatchObject({ type: 'accumulation', weeks: 2, volumeTarget: 'mav', intensityBias: 'hypertrophy', adaptationType: 'myofibrillar_hypertrophy', rirStart: 3, rirEnd: 2, startDate: '2026-03-02', endDate: '2026-03-15' });
    expect(int).toMatchObject({ type: 'intensification', rirStart: 2, rirEnd: 1, volumeTarget: 'approaching_mrv' });
    expect(deload).toMatchObject({ type: 'deload', rirStart: 4, rirEnd: 4, weeklyVolumeRamp: 0.5, adaptationType: 'recovery' });
    expect(acc!.weeklyVolumeRamp).toBeGreaterThan(1);
  });

  it('when RIR is read across a mesocycle, it falls through accumulation and intensification and never rises', () => {
    for (const trainingAge of TRAINING_AGES) {
      for (const goal of STRENGTH_GOALS) {
        const o = buildMacrocycle(input({ trainingAge, goal, weeks: 26 }));
        for (const m of o.mesocycles) {
          const run = o.weekTable.filter((w) => w.mesoIndex === m.index && w.blockType !== 'deload').map((w) => w.rir);
          for (let i = 1; i < run.length; i += 1) expect(run[i]).toBeLessThanOrEqual(run[i - 1]!);
          expect(run.at(-1)!).toBeLessThan(run[0]!);
        }
      }
    }
    // Intermediate 5-week mesocycle: 3, 2, 2, 1 then the deload at 4.
    const o = buildMacrocycle(input({ trainingAge: 'intermediate', weeks: 5 }));
    expect(o.weekTable.map((w) => w.rir)).toEqual([3, 2, 2, 1, 4]);
  });

  it('when volume is read across a mesocycle, it climbs from MEV (fraction 0) toward but short of MRV', () => {
    const o = buildMacrocycle(input({ trainingAge: 'intermediate', weeks: 5, goal: 'hypertrophy' }));
    const f = o.weekTable.map((w) => w.volumeFraction);
    expect(f[0]).toBe(0);
    expect(f[3]).toBeCloseTo(0.8);
    for (let i = 1; i < 4; i += 1) expect(f[i]!).toBeGreaterThan(f[i - 1]!);
  });
});
