import { describe, expect, it } from 'vitest';
import { summarizeRacePlan } from '../../../src/engine/endurance/summary.js';
import { lifterRequest, runnerRequest } from '../../../src/engine/program/personas.js';
import { planOutline, programWeek, weekNumberFor, workoutDaysOf, type PlanRequest } from '../../../src/engine/program/program.js';
import { shownWeekCount, shownWeekNumber } from '../../../src/engine/program/week-position.js';

/** The position line the client reads on `date`. */
function positionOn(req: PlanRequest, date: string): string {
  const o = planOutline(req);
  const n = weekNumberFor(o, date)!;
  return workoutDaysOf(o, programWeek(req, o, n)).find((d) => d.date === date)!.position;
}

describe('week-position: the week number a client reads', () => {
  it('when a race plan starts on a Sunday, that Sunday is the start day and Monday is week 1 of 46', () => {
    // 2026-03-01 is a Sunday; the race (Sunday 2027-01-17) 46 full weeks after the lead-in day.
    const req = runnerRequest('marathon', 35, 46, { startDate: '2026-03-01', raceDate: '2027-01-17' });
    expect(positionOn(req, '2026-03-01')).toBe('Start day - base; week 1 of 46 starts Monday');
    expect(positionOn(req, '2026-03-02')).toBe('Week 1 of 46 - base');
    expect(positionOn(req, '2026-03-09')).toBe('Week 2 of 46 - base');
    expect(summarizeRacePlan(planOutline(req).race!)).toMatch(/^46-week marathon plan \(after a start day\)/);
    const o = planOutline(req);
    expect([shownWeekNumber(o, 1), shownWeekNumber(o, 2), shownWeekCount(o)]).toEqual([0, 1, 46]);
    // A short first run on the start day has no hard day before it to recover from.
    const low = runnerRequest('marathon', 10, 44, { startDate: '2026-03-01', measured: false });
    const lo = planOutline(low);
    const first = workoutDaysOf(lo, programWeek(low, lo, 1))[0]!;
    expect(first.kind).toBe('run');
    expect(`${first.title} ${first.why} ${first.notes.join(' ')}`).not.toMatch(/hard day before|Recovery run/);
  });

  it('when a race plan starts on a Thursday, Thursday to Sunday is the start week', () => {
    const req = runnerRequest('half', 20, 12, { startDate: '2026-03-05' });
    expect(positionOn(req, '2026-03-05')).toMatch(/^Start week \(4 days\) - base; week 1 of \d+ starts Monday$/);
    expect(positionOn(req, '2026-03-09')).toMatch(/^Week 1 of \d+ - base$/);
  });

  it('when a race plan starts on a Monday, numbering is unchanged', () => {
    const req = runnerRequest('half', 20, 12);
    expect(positionOn(req, '2026-03-02')).toBe('Week 1 of 12 - base');
    expect(summarizeRacePlan(planOutline(req).race!)).toMatch(/^12-week half marathon plan to/);
  });

  it('when a strength plan starts on a Sunday, its weeks run Sunday to Saturday: week 1 on that Sunday and Monday, week 2 the next Sunday', () => {
    const req = lifterRequest('beginner', 'general_fitness', { startDate: '2026-03-01' });
    expect(positionOn(req, '2026-03-01')).toMatch(/^Week 1 of 12 - /);
    expect(positionOn(req, '2026-03-02')).toMatch(/^Week 1 of 12 - /);
    expect(positionOn(req, '2026-03-08')).toMatch(/^Week 2 of 12 - /);
  });
});
