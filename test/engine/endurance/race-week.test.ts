import { describe, expect, it } from 'vitest';
import { buildRacePlan, raceOutline, validateRacePlan, validateRaceWeek } from '../../../src/engine/endurance/index.js';
import type { RaceRequestInput } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

/** A beginner's 5K: 10 mi/week now, no race yet, runs Mon/Wed/Sat, race Saturday Feb 6 2027 (10 weeks). */
function small5k(overrides: Partial<RaceRequestInput> = {}) {
  return raceRequest({ distance: '5k', raceDate: '2027-02-06', goalTime: undefined, recentRace: undefined, currentWeeklyMileage: 10, trainingDays: [1, 3, 6], longRunDay: 6, ...overrides });
}

function raceWeekRuns(req: ReturnType<typeof small5k>) {
  const plan = buildRacePlan(req);
  const last = plan.weeks[plan.weeks.length - 1]!;
  return { plan, last, runs: last.days.filter((d) => d.type !== 'rest' && d.type !== 'race') };
}

describe('week.raceWindowAllocation for a low-volume runner', () => {
  it('when a 10 mi/week runner races a 5K, the race week has an easy run besides the shakeout', () => {
    // Peak 13.6 mi → race window 6.8 mi: Wed 2.4 + Thu shakeout 2 in race week (and last Sat 2.4). Wed follows a
    // rest day, so its 2.4 mi is a short easy run, not a recovery run.
    const { plan, last, runs } = raceWeekRuns(small5k());
    expect(runs.map((d) => d.type)).toEqual(['easy', 'shakeout']);
    expect(runs[0]!.date).toBe('2027-02-03');
    expect(runs[0]!.total).toBeGreaterThanOrEqual(2);
    const outline = raceOutline(small5k());
    for (const w of plan.weeks) expect(validateRaceWeek(w, { outline }).errors).toEqual([]);
    expect(last.days.find((d) => d.date === '2027-02-05')!.type).toBe('rest');
  });

  it('when the runner counts in km (16 km/week, Tue/Thu/Sun, Sunday race), the race week still runs before the shakeout', () => {
    const req = small5k({ units: 'km', currentWeeklyMileage: 16, trainingDays: [2, 4, 7], longRunDay: 7, raceDate: '2027-02-07' });
    const { runs } = raceWeekRuns(req);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[runs.length - 1]!.type).toBe('shakeout');
    expect(runs.slice(0, -1).every((d) => d.total >= 3)).toBe(true);
  });

  it('when the week before the race keeps its usual run on the window\'s first day, it is not emptied', () => {
    // The window starts Sat Jan 30 (race − 7): that Saturday keeps a run, so week 9 is not cut by a third.
    const { plan } = raceWeekRuns(small5k());
    const week9 = plan.weeks[plan.weeks.length - 2]!;
    expect(week9.days.find((d) => d.date === '2027-01-30')!.type).not.toBe('rest');
  });
});

describe('week.generateRaceWeek for a week reaching into the race window', () => {
  const hard = new Set(['threshold', 'interval', 'marathon pace', 'moderate']);
  const hardShare = (w: ReturnType<typeof buildRacePlan>['weeks'][number]) => {
    const laps = w.days.filter((d) => d.type !== 'race').flatMap((d) => d.workout);
    return laps.filter((l) => hard.has(l.effort)).reduce((s, l) => s + l.distance, 0) / w.trainingVolume;
  };

  it('when a 6-week marathon on 3 days holds less than its target, hard running stays within 20% (no marathon-pace finish beside the tempo)', () => {
    // Property seed 42: week 5 held 27 of its 31.9 mi target; a 3 mi tempo plus a 3 mi MP finish was 22 %.
    const req = raceRequest({ distance: 'marathon', startDate: '2026-06-01', raceDate: '2026-07-10', goalTime: null, recentRace: { distance: '5k', time: '15:00' }, currentWeeklyMileage: 24, trainingDays: [1, 4, 6], longRunDay: 1 });
    const plan = buildRacePlan(req);
    for (const w of plan.weeks) expect(hardShare(w), `week ${w.weekNumber}`).toBeLessThanOrEqual(0.2 + 1e-9);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when a 5K peak week keeps two quality days beside a short race-window run, the week stays ~80% easy', () => {
    const req = raceRequest({ distance: '5k', startDate: '2026-08-31', raceDate: '2027-02-14', goalTime: null, recentRace: { distance: '5k', time: '26:17' }, currentWeeklyMileage: 43, trainingDays: [2, 3, 4, 5, 7], longRunDay: 7 });
    const plan = buildRacePlan(req);
    for (const w of plan.weeks) expect(hardShare(w), `week ${w.weekNumber}`).toBeLessThanOrEqual(0.2 + 1e-9);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when only the long-run day comes before the race window, it is an easy run of its share, not a 1.6 mi run under the recovery minimum', () => {
    const req = raceRequest({ distance: '5k', startDate: '2026-07-03', raceDate: '2026-11-12', goalTime: null, recentRace: { distance: '5k', time: '24:41' }, currentWeeklyMileage: 6, trainingDays: [1, 4, 5], longRunDay: 1 });
    const plan = buildRacePlan(req);
    const mon = plan.weeks[18]!.days.find((d) => d.date === '2026-11-02')!;
    expect(mon.type).toBe('easy');
    expect(mon.total).toBeGreaterThanOrEqual(3);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });
});

describe('week: the shakeout two days before the race (seed 004: race − 2 shakeout, race − 1 rest)', () => {
  it('when race − 2 is not one of the runner\'s days (Mon/Wed/Sat, Saturday race), the Thursday shakeout says why it is there', () => {
    const { last } = raceWeekRuns(small5k());
    const shake = last.days.find((d) => d.type === 'shakeout')!;
    expect(shake.date).toBe('2027-02-04');
    expect(shake.notes).toMatch(/not one of your usual run days/i);
    expect(last.days.find((d) => d.date === '2027-02-05')!.type).toBe('rest');
  });

  it('when race − 2 is a run day (Mon/Thu/Sat), the shakeout is just a shakeout', () => {
    const { last } = raceWeekRuns(small5k({ trainingDays: [1, 4, 6] }));
    const shake = last.days.find((d) => d.type === 'shakeout')!;
    expect(shake.date).toBe('2027-02-04');
    expect(shake.notes).not.toMatch(/usual run days/i);
  });
});
