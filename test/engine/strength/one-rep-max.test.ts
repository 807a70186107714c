import { describe, expect, it } from 'vitest';
import { estimateOneRepMax, loadFor, percentOfOneRepMax } from '../../../src/engine/strength/index.js';
import { isLoadable, roundLoad } from '../../../src/engine/units.js';

describe('one-rep-max.estimateOneRepMax', () => {
  it('when a set goes to failure, uses Epley: 225 lb x 5 → 225 × (1 + 5/30) = 262.5', () => {
    expect(estimateOneRepMax(225, 5)).toBeCloseTo(262.5, 5);
  });

  it('when reps were left in reserve, counts them: 200 x 8 @ RIR 2 → 10 to failure → 266.7', () => {
    expect(estimateOneRepMax(200, 8, 2)).toBeCloseTo(266.67, 1);
  });

  it('when the set is a true single, the 1RM is the weight itself', () => {
    expect(estimateOneRepMax(140, 1, 0)).toBe(140);
  });

  it('when inverted, gives back the logged weight for the same reps and RIR (no drift)', () => {
    const e = estimateOneRepMax(100, 6, 2);
    expect(e * percentOfOneRepMax(6, 2)).toBeCloseTo(100, 6);
  });
});

describe('one-rep-max.loadFor', () => {
  it('when the 1RM is 315 lb and the target is 5 @ RIR 2, loads 255 lb (81 %)', () => {
    // 5 + 2 = 7 reps to failure → 1 / (1 + 7/30) = 0.8108 → 255.4 lb → nearest 5 lb = 255.
    expect(loadFor(315, 5, 2, 'lb', 'barbell')).toEqual({ load: 255, percent1RM: 81 });
  });

  it('when the units are kg, rounds to 2.5 kg: 140 kg, 5 @ RIR 2 → 113.5 → 112.5 kg', () => {
    expect(loadFor(140, 5, 2, 'kg', 'barbell')).toEqual({ load: 112.5, percent1RM: 81 });
  });

  it('when the load would be under an empty bar, prescribes the bar', () => {
    expect(loadFor(50, 10, 2, 'lb', 'barbell').load).toBe(45);
    expect(loadFor(20, 10, 2, 'kg', 'barbell').load).toBe(20);
  });

  it('when a deload multiplier applies, the load drops about 10 %', () => {
    // 0.8108 × 0.9 = 0.7297 → 229.9 → 230 lb.
    expect(loadFor(315, 5, 2, 'lb', 'barbell', 0.9)).toEqual({ load: 230, percent1RM: 73 });
  });
});

describe('units.roundLoad', () => {
  it('when rounding, uses plate steps for bars and rack steps for dumbbells and bells', () => {
    expect(roundLoad(227.4, 'lb', 'barbell')).toBe(225);
    expect(roundLoad(227.6, 'lb', 'barbell')).toBe(230);
    expect(roundLoad(101.2, 'kg', 'barbell')).toBe(100);
    expect(roundLoad(101.3, 'kg', 'barbell')).toBe(102.5);
    expect(roundLoad(37, 'lb', 'dumbbell')).toBe(35);
    expect(roundLoad(2, 'lb', 'dumbbell')).toBe(5);
    expect(roundLoad(18.5, 'kg', 'kettlebell')).toBe(20);
    expect(isLoadable(57.5, 'lb', 'dumbbell')).toBe(false);
    expect(isLoadable(47.5, 'kg', 'dumbbell')).toBe(true);
  });
});
