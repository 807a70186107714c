import { describe, expect, it } from 'vitest';
import { readBuiltWith } from '../../src/services/stored-plan-json.js';

describe('storedPlanJson.readBuiltWith', () => {
  it('when a stored day carries its build record, reads week, stamp and plan date (other members dropped)', () => {
    const stored = { weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02', planVersion: 2, inputs: { easeOffs: [] } };
    expect(readBuiltWith(stored)).toEqual({ weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02' });
  });

  it('when the record is missing or not of that shape, reads as empty so the week or day is built again', () => {
    expect(readBuiltWith(null)).toEqual({});
    expect(readBuiltWith('7:12:1')).toEqual({});
    // A stamp stored as a number is not a stamp weekStamp writes: it must not be taken as current.
    expect(readBuiltWith({ weekNumber: 3, stamp: 71210 })).toEqual({});
    expect(readBuiltWith({ weekNumber: 2.5, stamp: '7:12:1' })).toEqual({});
  });
});
