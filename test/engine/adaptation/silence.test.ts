import { describe, expect, it } from 'vitest';
import { silentSince } from '../../../src/engine/adaptation/silence.js';

describe('silence.silentSince', () => {
  const base = { today: '2026-12-02', planStart: '2026-11-23', lastLog: null, notes: [] };
  it('a plan with nothing logged for 7+ days: silent from the plan start (or the day after the last log)', () => {
    expect(silentSince(base)).toBe('2026-11-23');
    expect(silentSince({ ...base, lastLog: '2026-11-24' })).toBe('2026-11-25');
  });
  it('a log 6 days ago is no silent week', () => {
    expect(silentSince({ ...base, lastLog: '2026-11-26' })).toBeNull();
  });
  it('days a sickness, time off or a pause accounts for are not silence; one still in force today ends the question', () => {
    expect(silentSince({ ...base, notes: [{ type: 'illness_note', effective_from: '2026-11-24', effective_to: '2026-11-29' }] })).toBeNull();
    expect(silentSince({ ...base, notes: [{ type: 'pause', effective_from: '2026-11-24', effective_to: null }] })).toBeNull();
    // A trip is no reason not to log.
    expect(silentSince({ ...base, notes: [{ type: 'travel_note', effective_from: '2026-11-24', effective_to: '2026-11-29' }] })).toBe('2026-11-23');
  });
});
