import { describe, expect, it } from 'vitest';
import { hybridLiftDays } from '../../../src/engine/program/hybrid.js';

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
