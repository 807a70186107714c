import { describe, expect, it } from 'vitest';
import { blockContextFor, buildMacrocycle, modifiersForWeek } from '../../../src/engine/periodization/index.js';

const outline = buildMacrocycle({ startDate: '2026-03-04', weeks: 12, trainingAge: 'beginner', goal: 'hypertrophy' });

describe('block-context.blockContextFor', () => {
  it('when the date is the plan start, is meso 1, block 1, week 1 everywhere', () => {
    const c = blockContextFor(outline, '2026-03-04');
    expect(c).toMatchObject({ weekInBlock: 1, weekInMeso: 1, weekInMacro: 1, dayInWeek: 1, rir: 3 });
    expect(c?.block.type).toBe('accumulation');
    expect(c?.mesocycle.mesoNumber).toBe(1);
  });

  it('when the date is in week 4, lands on the first deload', () => {
    // Week 4 runs 2026-03-25 .. 2026-03-31.
    const c = blockContextFor(outline, '2026-03-31');
    expect(c).toMatchObject({ weekInMacro: 4, weekInMeso: 4, weekInBlock: 1, dayInWeek: 7 });
    expect(c?.block.type).toBe('deload');
  });

  it('when the date is in week 6, is week 2 of meso 2', () => {
    const c = blockContextFor(outline, '2026-04-08');
    expect(c).toMatchObject({ weekInMacro: 6, weekInMeso: 2, weekInBlock: 2 });
    expect(c?.mesocycle.mesoNumber).toBe(2);
  });

  it('when the date is outside the plan, is null', () => {
    expect(blockContextFor(outline, '2026-03-03')).toBeNull();
    expect(blockContextFor(outline, '2026-05-27')).toBeNull(); // day 85
    expect(blockContextFor(outline, '2026-05-26')).not.toBeNull(); // day 84
  });
});

describe('modifiers.modifiersForWeek', () => {
  it('when the week is a deload, halves volume against the loading trend, lightens load 10 % and sets RIR 4', () => {
    const m = modifiersForWeek(outline, outline.weekTable[3]!);
    expect(m.intensityMultiplier).toBe(0.9);
    expect(m.rir).toBe(4);
    expect(m.restMultiplier).toBeLessThan(1);
    const before = modifiersForWeek(outline, outline.weekTable[2]!);
    expect(m.volumeMultiplier).toBeCloseTo(before.volumeMultiplier * 0.5, 2);
  });

  it('when accumulation weeks go by, volume rises from 1.0', () => {
    const v = outline.weekTable.slice(0, 3).map((w) => modifiersForWeek(outline, w).volumeMultiplier);
    expect(v[0]).toBe(1);
    expect(v[1]!).toBeGreaterThan(v[0]!);
    expect(v[2]!).toBeGreaterThan(v[1]!);
  });
});
