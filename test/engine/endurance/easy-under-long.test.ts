/**
 * An easy run is not a second long run (allocate.ts EASY_SHARE_OF_LONG): beside a long run, no easy run passes
 * 70 % of it; the extra goes to the quality day's easy warm-up and cool-down, the week's miles unchanged.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

describe('endurance.allocate: a 3-day half marathoner (Tue/Thu/Sun, 18 mi/week now)', () => {
  const req = raceRequest({ distance: 'half', startDate: '2026-03-02', raceDate: '2026-05-31', goalTime: null, recentRace: { distance: '10k', time: '55:00' }, currentWeeklyMileage: 18, trainingDays: [2, 4, 7], longRunDay: 7 });
  const plan = buildRacePlan(req);

  it("Tuesday's easy run stays at 70% of Sunday's long run or less (was 85-94%), the week's miles kept", () => {
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    // Weeks with a quality day to take the extra (base weeks of 3 easy runs keep theirs: 5.8 + 5.8 + 6.4).
    const withLong = plan.weeks.filter((w) => w.days.some((d) => d.type === 'long') && w.days.some((d) => ['tempo', 'intervals'].includes(d.type)));
    expect(withLong.length).toBeGreaterThan(5);
    for (const w of withLong) {
      const long = w.days.find((d) => d.type === 'long')!.total;
      for (const d of w.days.filter((x) => x.type === 'easy')) expect(d.total).toBeLessThanOrEqual(Math.max(3, long * 0.7) + 0.05);
    }
    const peak = plan.weeks.find((w) => w.days.some((d) => d.type === 'long' && d.total >= 11.5))!;
    expect(peak.volume).toBeGreaterThanOrEqual(26);
  });
});
