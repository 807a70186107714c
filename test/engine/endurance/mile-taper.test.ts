/**
 * A mile taper is short and sharp: intensity kept, volume cut, fewer days. The mile used the 5K's race week
 * (every preferred day an easy run, nothing fast for 7 days before the race); now its race window keeps one
 * sharpener of 4 reps at R pace 3-5 days out and no more than two easy runs beside it and the shakeout.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { daysBetween } from '../../../src/engine/dates.js';
import { raceFlags } from '../../../src/engine/program/coach-flags.js';
import { raceRequest } from './builders.js';

/** 25 mi/week, a 19:30 5K, runs Tue/Wed/Thu/Sat/Sun; race Sunday March 7 2027. */
function runner(distance: { distance: 'custom'; customDistanceKm: number } | { distance: '5k' }, units: 'mi' | 'km' = 'mi') {
  return raceRequest({ ...distance, goalTime: null, raceDate: '2027-03-07', recentRace: { distance: '5k', time: '19:30' }, currentWeeklyMileage: units === 'mi' ? 25 : 40, units, trainingDays: [2, 3, 4, 6, 7] });
}

const windowDays = (plan: RacePlan) => plan.weeks.flatMap((w) => w.days).filter((d) => d.date >= plan.outline.raceWindowStart && d.date < plan.outline.raceDate);

describe('endurance: a mile taper keeps intensity and cuts days', () => {
  it.each(['mi', 'km'] as const)('when a 25 mi/week runner races a mile (%s), race week has one short rep session 3-5 days out', (units) => {
    const req = runner({ distance: 'custom', customDistanceKm: 1.609 }, units);
    const plan = buildRacePlan(req);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    const days = windowDays(plan);
    const sharp = days.filter((d) => d.type === 'repetition');
    expect(sharp).toHaveLength(1);
    const out = daysBetween(sharp[0]!.date, plan.outline.raceDate);
    expect(out).toBeGreaterThanOrEqual(3);
    expect(out).toBeLessThanOrEqual(5);
    // 4 reps, not a training-week session of 6-12: keeps the legs fast, leaves no fatigue.
    expect(sharp[0]!.workout.filter((l) => l.effort === 'repetition')).toHaveLength(4);
    expect(raceFlags(plan).filter((f) => f.startsWith('TRACK'))).toEqual([]);
  });

  it('when the same runner races a mile or a 5K, the mile window runs on fewer days and the 5K window has nothing fast', () => {
    // 5 preferred days in the 7-day window: the 5K runs an easy day on each of them (plus the shakeout); the
    // mile keeps the sharpener, the shakeout and at most two easy runs.
    const mile = buildRacePlan(runner({ distance: 'custom', customDistanceKm: 1.609 }));
    const fiveK = buildRacePlan(runner({ distance: '5k' }));
    const runs = (p: RacePlan) => windowDays(p).filter((d) => d.type !== 'rest').length;
    expect(runs(mile)).toBeLessThan(runs(fiveK));
    expect(windowDays(mile).filter((d) => d.type === 'easy' || d.type === 'recovery').length).toBeLessThanOrEqual(2);
    expect(windowDays(fiveK).some((d) => d.type === 'repetition' || d.type === 'intervals')).toBe(false);
  });
});
