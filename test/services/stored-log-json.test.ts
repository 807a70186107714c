import { describe, expect, it } from 'vitest';
import { loggedSetOf } from '../../src/services/stored-log-json.js';

const aLog = (details: unknown, kind = 'strength') => ({ kind, date: '2026-11-23', details });

describe('storedLogJson.loggedSetOf', () => {
  it('when a strength log has exercise, weight and reps, reads it as a logged set with its rir and unit', () => {
    expect(loggedSetOf(aLog({ exerciseId: 'back-squat', weight: 100, reps: 5, rir: 2, unit: 'kg', sets: 3 }))).toEqual({
      exerciseId: 'back-squat',
      date: '2026-11-23',
      weight: 100,
      reps: 5,
      rir: 2,
      unit: 'kg',
    });
    // rir and unit not stored: left out, so the reader's own default (0 rir, the client's unit) applies.
    expect(loggedSetOf(aLog({ exerciseId: 'back-squat', weight: 225, reps: 3, rir: null, unit: null }))).toEqual({ exerciseId: 'back-squat', date: '2026-11-23', weight: 225, reps: 3 });
  });

  it('when the log carries no load to learn from, or is not a strength log, reads as null', () => {
    expect(loggedSetOf(aLog({ exerciseId: 'back-squat', weight: null, reps: 5 }))).toBeNull();
    expect(loggedSetOf(aLog({ exerciseId: 'back-squat', weight: 100, reps: 0 }))).toBeNull();
    expect(loggedSetOf(aLog({ weight: 100, reps: 5 }))).toBeNull();
    expect(loggedSetOf(aLog({ exerciseId: 'back-squat', weight: '100', reps: 5 }))).toBeNull();
    expect(loggedSetOf(aLog({ distance: 5, unit: 'mi' }, 'run'))).toBeNull();
    expect(loggedSetOf(aLog(null))).toBeNull();
  });
});
