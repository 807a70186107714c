import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

/**
 * The week whose long-run day falls in the 7-day race window (a race on the long-run weekday) loses its long
 * run to the window. What it loses must not land on its other days: a coach never tapers into an easy run
 * longer than any the runner did the week before (a 16 km "easy" run 12 days before a 10K).
 */
const shapes = {
  '5K in 6 weeks, Saturday race, long run Saturday': raceRequest({
    distance: '5k', startDate: '2026-12-07', raceDate: '2027-01-16', goalTime: '24:00',
    recentRace: { distance: '5k', time: '25:30' }, currentWeeklyMileage: 12, trainingDays: [2, 4, 6], longRunDay: 6,
  }),
  '10K in 12 weeks in km, Sunday race': raceRequest({
    distance: '10k', startDate: '2026-12-07', raceDate: '2027-02-28', goalTime: '50:00', units: 'km',
    recentRace: { distance: '5k', time: '24:30' }, currentWeeklyMileage: 18, trainingDays: [1, 3, 5, 7], longRunDay: 7,
  }),
  '10K 40 weeks out, 3 days a week': raceRequest({
    distance: '10k', startDate: '2026-12-07', raceDate: '2027-09-12', goalTime: null, units: 'km',
    recentRace: { distance: '5k', time: '24:30' }, currentWeeklyMileage: 18, trainingDays: [2, 4, 7], longRunDay: 7,
  }),
  'mile race, long run Saturday': raceRequest({
    distance: 'custom', customDistanceKm: 1.609, startDate: '2026-12-07', raceDate: '2027-02-13', goalTime: '5:45',
    recentRace: { distance: '5k', time: '21:00' }, currentWeeklyMileage: 20, trainingDays: [1, 2, 4, 6], longRunDay: 6,
  }),
};

const runs = (plan: RacePlan, i: number, type: 'easy' | 'any') =>
  plan.weeks[i]!.days.filter((d) => d.type !== 'rest' && d.type !== 'race' && d.type !== 'long' && (type === 'any' || d.type === 'easy' || d.type === 'recovery'));

describe('the week before race week keeps its runs the size they were', () => {
  for (const [name, req] of Object.entries(shapes)) {
    it(`${name}: no easy run longer than the runs of the week before`, () => {
      const plan = buildRacePlan(req);
      const n = plan.weeks.length;
      const before = Math.max(...runs(plan, n - 3, 'any').map((d) => d.total));
      const longest = Math.max(...runs(plan, n - 2, 'easy').map((d) => d.total));
      // 5 %: the week's quality session alternates type (tempo 4 mi vs intervals 4.1), moving an easy day by 0.1.
      expect(longest).toBeLessThanOrEqual(before * 1.05);
      expect(validateRacePlan(plan, req).errors).toEqual([]);
    });
  }
});
