import { describe, expect, it } from 'vitest';
import { addYears } from '../../src/engine/dates.js';

describe('engine.dates', () => {
  it('when a day is moved a year on, it is the same month and day', () => {
    expect(addYears('2026-03-14', 1)).toBe('2027-03-14');
    expect(addYears('2026-12-31', 1)).toBe('2027-12-31');
    expect(addYears('2027-01-01', -1)).toBe('2026-01-01');
  });

  it('when February 29 is moved to a year without one, it is February 28 (was "2029-02-29", a day that does not exist)', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});
