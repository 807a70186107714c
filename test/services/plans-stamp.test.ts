import { describe, expect, it } from 'vitest';
import { stampShift } from '../../src/services/plans.service.js';

describe('plans.stampShift', () => {
  it('when a week was built after a 14-day break its stamp ends :s14 and reads back 14; built in place, 0', () => {
    // weekStamp writes `<engine version>:<inputs rev>:<previous week over 0|1>` and `:s<days>` only when shifted.
    expect(stampShift('7:12:1:s14')).toBe(14);
    expect(stampShift('7:12:1')).toBe(0);
    expect(stampShift(undefined)).toBe(0);
  });
});
