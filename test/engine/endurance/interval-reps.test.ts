/**
 * Interval reps sized by time at interval pace (laps.ts intervalRep): Daniels' I reps run about 3-5 minutes,
 * so a fast 5K runner gets 1000-1200 m reps, not the 800s (2:30 a rep) every runner used to get.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { intervalRep } from '../../../src/engine/endurance/laps.js';
import { raceRequest } from './builders.js';

const repsOf = (time: string, units: 'km' | 'mi') => {
  const req = raceRequest({ distance: '5k', units, currentWeeklyMileage: units === 'km' ? 60 : 37, trainingDays: [2, 3, 4, 6, 7], startDate: '2026-03-02', raceDate: '2026-05-10', recentRace: { distance: '5k', time }, goalTime: undefined });
  const plan = buildRacePlan(req);
  expect(validateRacePlan(plan, req).ok).toBe(true);
  const laps = plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'intervals').flatMap((d) => d.workout.filter((l) => l.effort === 'interval')));
  return { plan, distances: [...new Set(laps.map((l) => l.distance))], pace: laps[0]!.paceGoal };
};

describe('endurance: intervalRep', () => {
  it('when a 16:00 5K runner does intervals: 1.2 km reps at 3:07/km (3:44 a rep), not 800s (2:30)', () => {
    // 1.2 km x 187 s/km = 224 s, under the 240 s ceiling, and 1.2 km is the longest rep offered.
    const r = repsOf('16:00', 'km');
    expect(r.pace).toBe('3:07');
    expect(r.distances).toEqual([1.2]);
    // The week's hard running still follows Daniels' 8 %: 4 x 1.2 = 4.8 km in a 61-63 km week.
    const reps = r.plan.weeks[3]!.days.find((d) => d.type === 'intervals')!.workout.filter((l) => l.effort === 'interval');
    expect(reps).toHaveLength(4);
  });

  it('when a 22:00 5K runner does intervals: 800 m reps (4:13/km is 3:22 a rep; 1 km would take 4:13, over 4:00)', () => {
    const r = repsOf('22:00', 'km');
    expect(r.pace).toBe('4:13');
    expect(r.distances).toEqual([0.8]);
  });

  it('in miles: 0.75 mi (1200 m) for a 16:00 runner, 0.5 mi for a 22:00 one', () => {
    // 16:00 -> I pace 5:01/mi: 0.75 x 301 = 226 s (fits), 1 mi = 301 s (over 240); 22:00 -> 6:47/mi: 0.5 x 407 = 204 s, 0.75 = 305 s.
    expect(repsOf('16:00', 'mi').distances).toEqual([0.75]);
    expect(repsOf('22:00', 'mi').distances).toEqual([0.5]);
  });

  it('the jog is about half the rep; a pace too slow for any rep keeps 800 m', () => {
    expect(intervalRep('km', 200)).toEqual({ rep: 120, jog: 60 });
    expect(intervalRep('km', 240)).toEqual({ rep: 100, jog: 50 });
    expect(intervalRep('km', 400)).toEqual({ rep: 80, jog: 40 });
  });
});
