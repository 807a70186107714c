import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/engine/dates.js';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';

/**
 * A race on the long-run weekday: the Sunday a week out is the first day of the 7-day race window. A coach
 * keeps a shorter long run there (Higdon's novice marathon: 8 mi after a 20), not the window's shortest run.
 */
describe('the last long run a week before the race', () => {
  const req = raceRequest({
    distance: 'marathon', startDate: '2026-12-07', raceDate: '2027-04-25', goalTime: '3:45:00',
    recentRace: { distance: 'half', time: '1:48:00' }, currentWeeklyMileage: 25, trainingDays: [2, 3, 5, 7], longRunDay: 7,
  });
  const plan = buildRacePlan(req);
  const days = plan.weeks.flatMap((w) => w.days);
  const longest = Math.max(...days.filter((d) => d.type === 'long').map((d) => d.total));
  const weekOut = days.find((d) => d.date === addDays(req.raceDate, -7))!;
  const raceWeek = days.filter((d) => d.date > weekOut.date && d.date < req.raceDate && d.type !== 'rest');

  it("marathon from 25 mi/week: the Sunday a week out is about half the longest long run, easy, and the race week's longest run", () => {
    // Was 5.6 mi beside race-week runs of 5.5 (32 % of the 17.5 mi long run); now 8.5.
    expect(weekOut.type).toBe('easy');
    expect(weekOut.total).toBeGreaterThanOrEqual(longest * 0.45);
    expect(weekOut.total).toBeLessThanOrEqual(longest * 0.55);
    expect(weekOut.total).toBeGreaterThan(Math.max(...raceWeek.map((d) => d.total)));
    expect(weekOut.notes).toMatch(/last longer run/i);
  });

  it('keeps the race window at its planned volume, every race-week run a full easy run, and the plan valid', () => {
    const window = days.filter((d) => d.date >= plan.outline.raceWindowStart && d.date < req.raceDate).reduce((s, d) => s + d.total, 0);
    expect(window).toBeCloseTo(plan.outline.raceWindowVolume, 1);
    for (const d of raceWeek.filter((x) => x.type !== 'shakeout')) expect(d.total).toBeGreaterThanOrEqual(3);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });
});

describe('the last long run before a Saturday race after Sunday long runs', () => {
  it('half marathon from 25 mi/week: the Sunday 6 days out is half the longest long run (was 5.1, the size of the race-week runs)', () => {
    const req = raceRequest({
      distance: 'half', startDate: '2026-12-07', raceDate: '2027-03-27', goalTime: null,
      recentRace: { distance: '10k', time: '48:00' }, currentWeeklyMileage: 25, trainingDays: [2, 3, 5, 7], longRunDay: 7,
    });
    const plan = buildRacePlan(req);
    const days = plan.weeks.flatMap((w) => w.days);
    const longest = Math.max(...days.filter((d) => d.type === 'long').map((d) => d.total));
    const sunday = days.find((d) => d.date === addDays(req.raceDate, -6))!;
    expect(sunday.type).toBe('easy');
    expect(sunday.total).toBeGreaterThanOrEqual(longest * 0.45);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });
});

/** Every week but race week: the long-run weekday carries the week's longest run (the long run is the long run). */
describe('the last long run is the longest run of its week', () => {
  for (const [distance, mileage, weeks] of [['half', 20, 4], ['half', 20, 5], ['half', 15, 12], ['marathon', 20, 18]] as const) {
    it(`${distance} ${weeks} weeks out at ${mileage} mi/week`, () => {
      const req = runnerRequest(distance, mileage, weeks);
      const plan = buildRacePlan(req);
      expect(validateRacePlan(plan, req).errors).toEqual([]);
      for (const w of plan.weeks.slice(0, -1)) {
        const runs = w.days.filter((d) => d.type !== 'rest');
        const longDay = w.days.find((d) => d.dayNumber === plan.outline.pattern.longRunDay)!;
        const others = runs.filter((d) => d !== longDay);
        expect(longDay.total, `week ${w.weekNumber} ${longDay.date}`).toBeGreaterThan(Math.max(0, ...others.map((d) => d.total)));
      }
    });
  }

  it('half marathon 4 weeks out at 20 mi/week: the Sunday a week out is a last longer run, the race week still runs before the shakeout', () => {
    // Was 2 mi on the Sunday after 3.2 mi easy runs and 4.1 mi of intervals; now 4.5 mi, and one easy run in race week.
    const plan = buildRacePlan(runnerRequest('half', 20, 4));
    const sunday = plan.weeks[2]!.days[6]!;
    expect(sunday.total).toBeGreaterThanOrEqual(4.5);
    expect(sunday.notes).toMatch(/last longer run/i);
    const raceWeek = plan.weeks[3]!.days.filter((d) => d.type === 'easy' || d.type === 'recovery');
    expect(raceWeek.length).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Plan review (session 20): the grid's LONG-NOT-LONGEST. A week reaching into the race window kept a quality
 * day past its usual size (a 5K at 60 mi/week: a 10.9 mi tempo beside a 9.5 mi "last longer run"); a 4-day
 * 5K at 70 km/week ran a 19 km tempo day beside a 16 km one; a miler's cutback ran 4 mi long after 4.1 mi of
 * intervals.
 */
describe('the long-run day is its week\'s longest run, the week before the race window included', () => {
  const cases = [
    ['5K at 60 mi/week', runnerRequest('5k', 60, 10)],
    ['5K at 70 km/week on 4 days', runnerRequest('5k', 70, 10, { units: 'km', trainingDays: [2, 4, 6, 7], measured: false })],
    ['a mile at 15 mi/week', runnerRequest('custom', 15, 10, { customDistanceKm: 1.609 })],
    ['5K at 60 km/week', runnerRequest('5k', 60, 10, { units: 'km', trainingDays: [2, 3, 4, 6, 7] })],
  ] as const;
  for (const [name, req] of cases) {
    it(name, () => {
      const plan = buildRacePlan(req);
      expect(validateRacePlan(plan, req).errors).toEqual([]);
      for (const w of plan.weeks.slice(0, -1)) {
        const longDay = w.days.find((d) => d.dayNumber === plan.outline.pattern.longRunDay)!;
        const others = w.days.filter((d) => d !== longDay && d.type !== 'rest');
        // A race window too small for one (the miler at 15 mi/week) says there is no long run that week.
        if (/no long run this week/i.test(longDay.notes)) continue;
        expect(longDay.total, `week ${w.weekNumber} ${longDay.date}: ${longDay.notes}`).toBeGreaterThan(Math.max(0, ...others.map((d) => d.total)));
      }
    });
  }

  it('5K at 60 mi/week: the Sunday a week out is the last longer run, and the tempo before it keeps its usual 9 mi', () => {
    const plan = buildRacePlan(runnerRequest('5k', 60, 10));
    const week9 = plan.weeks[8]!;
    const sunday = week9.days[6]!;
    expect(sunday.notes).toMatch(/last longer run/i);
    expect(week9.days.find((d) => d.type === 'tempo')!.total).toBeLessThan(sunday.total);
  });

  it('5K at 10 mi/week: the race window is too small for a last longer run, and the Sunday a week out says there is no long run this week', () => {
    // 6.8 mi over the 7 days cannot hold a Sunday past the week's 4 mi tempo plus race-week runs: was "Last longer run
    // before the race" on 2.4 mi, after a 4 mi tempo that Thursday.
    const plan = buildRacePlan(runnerRequest('5k', 10, 10));
    const sunday = plan.weeks[8]!.days[6]!;
    expect(sunday.type).toBe('easy');
    expect(sunday.notes).not.toMatch(/last longer run/i);
    expect(sunday.notes).toMatch(/no long run this week: the race is the effort that counts/i);
  });
});
