import { describe, expect, it } from 'vitest';
import type { PlanRequest } from '../../../src/engine/program/program.js';
import { withRaceDate } from '../../../src/engine/program/race-date.js';

const race: PlanRequest = {
  kind: 'race', distance: '10k', raceDate: '2027-03-07', startDate: '2026-11-23', currentWeeklyMileage: 15,
  trainingDays: [2, 4, 6, 7], units: 'mi', fiveKPace: '8:30',
};
const today = '2026-12-07';

describe('program.withRaceDate', () => {
  it('when the race moves, only its date changes: the start (so the place in the plan) stays', () => {
    expect(withRaceDate(race, '2027-03-21', today)).toEqual({ success: true, data: { ...race, raceDate: '2027-03-21' } });
    const hybrid: PlanRequest = { kind: 'hybrid', race: race as Extract<PlanRequest, { kind: 'race' }>, strength: null };
    const r = withRaceDate(hybrid, '2027-02-28', today);
    expect(r.success && r.data.kind === 'hybrid' && r.data.race.raceDate).toBe('2027-02-28');
    expect(r.success && r.data.kind === 'hybrid' && r.data.race.startDate).toBe('2026-11-23');
  });

  it('when the new date is today or past, under 4 weeks from the start or over 2 years out, it says why', () => {
    expect(withRaceDate(race, today, today)).toEqual({ success: false, error: 'past' });
    expect(withRaceDate(race, '2026-12-01', today)).toEqual({ success: false, error: 'past' });
    // 2026-11-23 + 26 days = 2026-12-19: one day short of the 27-day minimum.
    expect(withRaceDate(race, '2026-12-19', today)).toEqual({ success: false, error: 'too_soon' });
    // 2026-11-23 + 728 days = 2028-11-20, the last day a plan reaches; a year out (2027-11-23) is fine.
    expect(withRaceDate(race, '2028-11-21', today)).toEqual({ success: false, error: 'too_far' });
    expect(withRaceDate(race, '2027-11-23', today).success).toBe(true);
    expect(withRaceDate(race, '2027-03-07', today)).toEqual({ success: false, error: 'same' });
  });

  it('when the plan is lifting only, there is no race to move', () => {
    const strength = { kind: 'strength', startDate: '2026-11-23', weeks: 12, trainingAge: 'beginner', goal: 'strength', trainingDays: [1, 3, 5], sessionMinutes: 45, equipment: ['bodyweight'], limitations: [], units: 'lb' } as PlanRequest;
    expect(withRaceDate(strength, '2027-03-21', today)).toEqual({ success: false, error: 'no_race' });
  });
});
