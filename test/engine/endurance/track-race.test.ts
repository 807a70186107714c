/**
 * A mile (or 1500 m, 3000 m) race is not planned like a 5K: its quality is VO2max intervals and repetitions at R pace
 * (fast, short, full recovery), with no tempo in the peak and a few fast reps in the taper week. A 5K keeps its
 * intervals and tempo.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

const quality = (plan: RacePlan, phase?: string) =>
  plan.weeks.flatMap((w, i) => (phase && plan.outline.weeks[i]?.phase !== phase ? [] : w.days.map((d) => d.type))).filter((t) => ['tempo', 'intervals', 'repetition', 'marathon_pace'].includes(t));

function track(km: number, units: 'mi' | 'km' = 'mi') {
  return raceRequest({ distance: 'custom', customDistanceKm: km, goalTime: null, raceDate: '2027-03-07', recentRace: { distance: '5k', time: '19:30' }, currentWeeklyMileage: units === 'mi' ? 25 : 40, units, trainingDays: [2, 3, 4, 6, 7] });
}

describe('endurance: track races get speed work', () => {
  it.each([[1.61, 'mi'], [1.5, 'km'], [3, 'mi']] as const)('a %s km race (%s): repetitions at R pace, no tempo in the peak, reps in the taper', (km, units) => {
    const req = track(km, units);
    const plan = buildRacePlan(req);
    expect(validateRacePlan(plan, req).ok).toBe(true);
    expect(quality(plan)).toContain('repetition');
    expect(quality(plan, 'peak')).not.toContain('tempo');
    // The taper (the race week for a short race) keeps no tempo; any quality left in it is fast reps.
    expect(quality(plan, 'taper').every((t) => t === 'repetition')).toBe(true);
    const reps = plan.weeks.flatMap((w) => w.days).find((d) => d.type === 'repetition')!;
    const fast = reps.workout.filter((l) => l.effort === 'repetition');
    expect(fast.length).toBeGreaterThanOrEqual(6);
    // R pace is quicker than interval pace, and each rep is followed by a jog as long as it.
    const sec = (p: string | null) => (p ? Number(p.split(':')[0]) * 60 + Number(p.split(':')[1]) : Infinity);
    expect(sec(fast[0]!.paceGoal)).toBeLessThan(plan.outline.paces.interval);
  });

  it('a 5K keeps intervals and tempo, and no repetitions', () => {
    const req = raceRequest({ distance: '5k', goalTime: null, raceDate: '2027-03-07', recentRace: { distance: '5k', time: '19:30' }, currentWeeklyMileage: 25 });
    const plan = buildRacePlan(req);
    expect(quality(plan)).not.toContain('repetition');
    expect(quality(plan, 'peak')).toContain('tempo');
  });
});
