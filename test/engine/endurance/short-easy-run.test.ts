import { describe, expect, it } from 'vitest';
import { buildRacePlan, raceDayToWorkout, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { raceFlags } from '../../../src/engine/program/coach-flags.js';
import { raceRequest } from './builders.js';

/**
 * A 10 mi/week runner 10 weeks from a 5K on Tue/Thu/Sat/Sun (long run Sunday). Base week 2 holds 10.x mi:
 * about 2 + 2 + 2 + 4, so the Tuesday run (after Monday's rest) is 2 mi. A recovery run is the easy day after
 * a hard one; this one follows a rest day, so it is an easy run ("Easy run", not "Recovery run").
 */
function small5k() {
  return raceRequest({
    distance: '5k',
    startDate: '2026-03-02',
    raceDate: '2026-05-10',
    goalTime: undefined,
    recentRace: { distance: '10k', time: '58:00' },
    currentWeeklyMileage: 10,
    trainingDays: [2, 4, 6, 7],
    longRunDay: 7,
  });
}

describe('endurance: a short run is a recovery run only after a hard day', () => {
  it('when a 10 mi/week base week has a 2 mi run after a rest day, it is titled "Easy run", not "Recovery run"', () => {
    const plan = buildRacePlan(small5k());
    const w1 = plan.weeks[0]!;
    const tue = w1.days.find((d) => d.dayNumber === 2)!;
    expect(tue.total).toBeLessThan(3);
    expect(tue.type).toBe('easy');
    expect(raceDayToWorkout(w1, tue, plan.outline).title).toBe('Easy run');
    // No short run in the plan is called a recovery run unless the day before was a long run or a quality day.
    expect(raceFlags(plan).filter((f) => f.startsWith('RECOVERY'))).toEqual([]);
    expect(validateRacePlan(plan, small5k()).errors).toEqual([]);
  });

  it('when a short run follows the long run (Monday after Sunday), it stays a recovery run', () => {
    // Same runner on Mon/Wed/Sat/Sun: Monday's short run comes the day after the Sunday long run.
    const plan = buildRacePlan(raceRequest({ ...small5k(), trainingDays: [1, 3, 6, 7], longRunDay: 7 }));
    const mondays = plan.weeks.slice(1).flatMap((w) => w.days.filter((d) => d.dayNumber === 1 && d.total > 0 && d.total < 3));
    expect(mondays.length).toBeGreaterThan(0);
    for (const d of mondays) expect(d.type, d.date).toBe('recovery');
  });
});
