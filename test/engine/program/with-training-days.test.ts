import { describe, expect, it } from 'vitest';
import { withTrainingDays, type PlanRequest } from '../../../src/engine/program/program.js';

const strength: PlanRequest = {
  kind: 'strength', startDate: '2026-11-23', weeks: 12, trainingAge: 'beginner', goal: 'strength', trainingDays: [1, 3, 5],
  sessionMinutes: 45, equipment: ['dumbbell', 'bodyweight'], limitations: [], units: 'lb',
};
const race: PlanRequest = {
  kind: 'race', distance: '10k', raceDate: '2027-03-07', startDate: '2026-11-23', currentWeeklyMileage: 15,
  trainingDays: [2, 4, 6, 7], units: 'mi', fiveKPace: '8:30',
};

describe('program.withTrainingDays', () => {
  it('when a lifter changes days, only the days change: start date and length (so the position) stay', () => {
    const r = withTrainingDays(strength, [4, 2, 2, 6]);
    expect(r).toEqual({ success: true, data: { ...strength, trainingDays: [2, 4, 6] } });
  });

  it('when a lifter asks for all seven days, they are told to keep a rest day', () => {
    const r = withTrainingDays(strength, [1, 2, 3, 4, 5, 6, 7]);
    expect(r).toEqual({ success: false, error: expect.stringMatching(/rest day/) });
  });

  it('when a runner offers two days, the race plan asks for a third; a hybrid changes its run days', () => {
    expect(withTrainingDays(race, [1, 4])).toEqual({ success: false, error: expect.stringMatching(/at least 3 run days/) });
    const hybrid: PlanRequest = { kind: 'hybrid', race: race as Extract<PlanRequest, { kind: 'race' }>, strength: null };
    const r = withTrainingDays(hybrid, [1, 3, 5]);
    expect(r.success && r.data.kind === 'hybrid' && r.data.race.trainingDays).toEqual([1, 3, 5]);
  });

  it('when a hybrid client moves runs onto a lifting day, the lifting moves to days the runs leave free and keeps a rest day', () => {
    const lifter = { ...strength, trainingDays: [1, 5] } as Extract<PlanRequest, { kind: 'strength' }>;
    const hybrid: PlanRequest = { kind: 'hybrid', race: race as Extract<PlanRequest, { kind: 'race' }>, strength: lifter };
    // Runs Tue/Thu/Sat/Sun -> Mon/Wed/Sat/Sun: Monday's lift would never be shown (the run wins).
    const r = withTrainingDays(hybrid, [1, 3, 6, 7]);
    if (!r.success || r.data.kind !== 'hybrid') throw new Error('hybrid expected');
    const lifts = r.data.strength!.trainingDays;
    expect(lifts).toHaveLength(2);
    expect(lifts.some((d) => [1, 3, 6, 7].includes(d))).toBe(false);
    expect(new Set([...lifts, 1, 3, 6, 7]).size).toBeLessThan(7);
    // Runs that leave the lifting days alone keep them.
    const kept = withTrainingDays(hybrid, [2, 3, 6, 7]);
    expect(kept.success && kept.data.kind === 'hybrid' && kept.data.strength!.trainingDays).toEqual([1, 5]);
  });
});
