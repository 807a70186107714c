/**
 * A 5K/10K runner already on big weeks over few days keeps their volume: the long run carries what easy days
 * at the easy ceiling cannot (volume.ts carryLongCap), up to Daniels' 150 min; past that the plan says why.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

const fourDays = (distance: '5k' | '10k', km: number) =>
  raceRequest({ distance, units: 'km', currentWeeklyMileage: km, trainingDays: [2, 4, 6, 7], startDate: '2026-03-02', raceDate: distance === '5k' ? '2026-05-10' : '2026-05-24', recentRace: undefined, goalTime: undefined });

describe('endurance: carryLongCap', () => {
  it.each(['5k', '10k'] as const)('when a %s runner on 70 km over 4 days has no race: week 1 is their 70 km, 16/16/16 and a 22 km long run', (distance) => {
    // 70 km on 4 days: three easy days at the 16 km ceiling carry 48, so the long run needs 70 - 48 = 22 km
    // (31 % of the week, under the 40 % share). At the estimated easy pace (VDOT 40 for 43.5 mi/week,
    // ~6:25/km) 22 km is ~141 min, under Daniels' 150. Before: the 5K's 90 min cap (14 km) held the week at
    // 14 x 4 = 56 km, the 10K's 16 km at 64.
    const req = fourDays(distance, 70);
    const plan = buildRacePlan(req);
    const w1 = plan.weeks[0]!;
    expect(w1.days.filter((d) => d.type !== 'rest').map((d) => d.total)).toEqual([16, 16, 16, 22]);
    expect(plan.outline.startVolume).toBe(70);
    expect(plan.outline.peakVolume).toBeGreaterThanOrEqual(70);
    expect(plan.outline.notes.join(' ')).not.toMatch(/carry about/);
    expect(validateRacePlan(plan, req).ok).toBe(true);
  });

  it('when even a 150 min long run cannot carry the week: the plan says what the days carry and to add a day', () => {
    // 100 km (62 mi: estimated VDOT 44, easy ~6:00/km): 150 min is 25 km, so 16 x 3 + 25 = 73 km.
    const plan = buildRacePlan(fourDays('5k', 100));
    expect(plan.outline.startVolume).toBe(73);
    expect(plan.outline.notes).toContain('You run 100 km/week now; 4 run days carry about 73 (runs up to 16 km, the long run up to 25), so the plan holds volume there: add a run day to keep your 100.');
  });

  it('when the usual caps carry the week: the long-run cap is the distance cap', () => {
    // 40 km (24.9 mi: estimated VDOT 36, easy ~7:10/km): the 5K's 90 min is 12.5 km, and 4 x 12.5 = 50 km
    // carries the 40: nothing is raised.
    expect(buildRacePlan(fourDays('5k', 40)).outline.longRunCap).toBe(12.5);
  });
});
