import { describe, expect, it } from 'vitest';
import { hybridDayErrors, hybridLiftDays, hybridRunDays, strengthFirstDays } from '../../../src/engine/program/hybrid.js';
import { weekPattern } from '../../../src/engine/endurance/pattern.js';

describe('hybrid.hybridLiftDays', () => {
  it('when no count is given it is two days the runs leave free, spread apart', () => {
    // Runs Tue Thu Sun: free Mon Wed Fri Sat.
    expect(hybridLiftDays([2, 4, 7])).toEqual([1, 5]);
  });

  it('when the client lifts 3x a week it is three free days as far apart as they go', () => {
    expect(hybridLiftDays([2, 4, 7], undefined, 3)).toEqual([1, 3, 5]);
  });

  it('when the count would leave no rest day it stops one short of the free days', () => {
    expect(hybridLiftDays([2, 4, 7], undefined, 4)).toHaveLength(3);
    expect(hybridLiftDays([1, 2, 4, 6, 7], undefined, 3)).toHaveLength(1);
  });
});

describe('hybrid.hybridRunDays', () => {
  it('when the lifting is Mon and Thu and the runs are 3, they take other days: the long run Sunday, no key run after lifting', () => {
    const runs = hybridRunDays([1, 4], 3);
    expect(runs).toEqual([3, 5, 7]);
    const p = weekPattern(runs, undefined, [1, 4]);
    expect(p.longRunDay).toBe(7);
    expect(hybridDayErrors(runs, [1, 4], [p.longRunDay, ...p.qualityDays])).toEqual([]);
    expect(p.qualityDays.length).toBeGreaterThan(0);
  });

  it('when the lifting and the runs asked would fill the week, one day stays a rest day', () => {
    expect(hybridRunDays([1, 3, 5], 4)).toHaveLength(3);
  });

  it('when the client names the long-run day it is one of the run days', () => {
    expect(hybridRunDays([1, 4], 3, 6)).toContain(6);
  });
});

describe('hybrid.strengthFirstDays', () => {
  it('when a strength-first client trains Mon-Fri, lifting takes two days apart and the runs the other three', () => {
    const days = strengthFirstDays([1, 2, 3, 4, 5])!;
    expect(days).toEqual({ liftDays: [2, 5], runDays: [1, 3, 4] });
    const p = weekPattern(days.runDays, undefined, days.liftDays);
    expect(hybridDayErrors(days.runDays, days.liftDays, [p.longRunDay, ...p.qualityDays])).toEqual([]);
  });

  it('when six days are given, three lift (never two in a row) and three run', () => {
    const days = strengthFirstDays([1, 2, 3, 4, 5, 6])!;
    expect(days.liftDays).toHaveLength(3);
    expect(days.runDays).toHaveLength(3);
    expect(days.liftDays.every((d, i) => i === 0 || d - days.liftDays[i - 1]! >= 2)).toBe(true);
  });

  it('when seven days are given, one stays a rest day', () => {
    const days = strengthFirstDays([1, 2, 3, 4, 5, 6, 7])!;
    expect(days.liftDays.length + days.runDays.length).toBe(6);
  });

  it('when four days cannot hold two lifts beside three runs, it gives way (null)', () => {
    expect(strengthFirstDays([1, 2, 4, 6])).toBeNull();
  });
});
