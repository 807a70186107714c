import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RaceDay } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

/**
 * A cutback week is the load week made smaller: the same run days, each no longer than before. Dropping a
 * day poured its miles onto the others (a 3-day runner's 15.6 km cutback was Tue 7.8 + Sun long 7.8 after
 * 6.7 + 6.7 + 6.7: the long run up 16 % in the easy week).
 */
const shapes = {
  '10K 40 weeks out in km, 3 days': raceRequest({
    distance: '10k', startDate: '2026-12-07', raceDate: '2027-09-12', goalTime: null, units: 'km',
    recentRace: { distance: '5k', time: '24:30' }, currentWeeklyMileage: 18, trainingDays: [2, 4, 7], longRunDay: 7,
  }),
  '10K in 12 weeks in km, 4 days': raceRequest({
    distance: '10k', startDate: '2026-12-07', raceDate: '2027-02-28', goalTime: '50:00', units: 'km',
    recentRace: { distance: '5k', time: '24:30' }, currentWeeklyMileage: 18, trainingDays: [1, 3, 5, 7], longRunDay: 7,
  }),
  'first half marathon in 16 weeks from 10 mi/week': raceRequest({
    distance: 'half', startDate: '2026-12-07', raceDate: '2027-03-28', goalTime: null,
    recentRace: { distance: '5k', time: '29:00' }, currentWeeklyMileage: 10, trainingDays: [2, 4, 6, 7], longRunDay: 7,
  }),
};

const runs = (days: readonly RaceDay[]) => days.filter((d) => d.type !== 'rest' && d.type !== 'race');
const longest = (days: readonly RaceDay[], types: readonly string[]) => Math.max(0, ...days.filter((d) => types.includes(d.type)).map((d) => d.total));

describe('cutback weeks keep their run days, each shorter', () => {
  for (const [name, req] of Object.entries(shapes)) {
    it(`${name}: the long run and the easy runs never grow in a cutback, and no run day is lost`, () => {
      const plan = buildRacePlan(req);
      const cutbacks = plan.weeks.filter((w) => w.cutback && w.weekNumber > 1);
      expect(cutbacks.length).toBeGreaterThan(0);
      for (const w of cutbacks) {
        const before = plan.weeks[w.weekNumber - 2]!;
        expect(longest(w.days, ['long']), `week ${w.weekNumber} long run`).toBeLessThanOrEqual(longest(before.days, ['long']));
        // A load week keeps every offered day as a short run (2 mi); a cutback too small for a 4 mi long run
        // beside 2 mi runs on each of those days drops one, its easy runs still no longer than an easy run (3 mi).
        const fits = w.trainingVolume >= 4 + 2 * (runs(before.days).length - 1) - 1e-9 || plan.outline.units === 'km';
        expect(longest(w.days, ['easy', 'recovery']), `week ${w.weekNumber} easy runs`).toBeLessThanOrEqual(Math.max(fits ? 0 : 3, longest(before.days, ['easy', 'recovery', 'tempo', 'intervals', 'marathon_pace'])));
        expect(runs(w.days).length, `week ${w.weekNumber} run days`).toBeGreaterThanOrEqual(runs(before.days).length - (fits ? 0 : 1));
      }
      expect(validateRacePlan(plan, req).errors).toEqual([]);
    });
  }
});
