/**
 * A runner on big weeks (volume.ts bigWeekLongCap): the long run is about a quarter of the week (Daniels: 25-30 %,
 * at most 150 min), not the short cap a low-mileage 5K runner needs, and never a marathoner's long run.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

function fiveK(mileage: number, distance: '5k' | '10k' = '5k') {
  return raceRequest({ distance, startDate: '2026-03-02', raceDate: '2026-05-10', goalTime: null, recentRace: { distance: '5k', time: '17:30' }, currentWeeklyMileage: mileage, trainingDays: [1, 2, 3, 4, 5, 7], longRunDay: 7 });
}

describe('endurance.bigWeekLongCap: a 5K runner on 60 mi/week', () => {
  const req = fiveK(60);
  const plan = buildRacePlan(req);
  const full = plan.weeks.filter((w) => w.phase !== 'taper' && w.days.some((d) => d.type === 'long') && w.volume >= 58);

  it('runs about a quarter of the week long (~15 mi), not 10 mi beside six 10s', () => {
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    expect(full.length).toBeGreaterThan(3);
    for (const w of full) {
      const long = w.days.find((d) => d.type === 'long')!.total;
      expect(long).toBeGreaterThanOrEqual(14);
      expect(long).toBeLessThanOrEqual(16);
      expect(long / w.volume).toBeLessThanOrEqual(0.27);
    }
  });

  it('easy days are about 9 mi, shorter than the long run', () => {
    for (const w of full) {
      const long = w.days.find((d) => d.type === 'long')!.total;
      for (const d of w.days.filter((x) => x.type === 'easy')) {
        expect(d.total).toBeGreaterThanOrEqual(8);
        expect(d.total).toBeLessThanOrEqual(9.5);
        expect(d.total).toBeLessThan(long);
      }
    }
  });

  it('a 5K runner on 30 mi/week keeps the 5K long run (10 mi or less)', () => {
    const small = buildRacePlan(fiveK(30));
    expect(Math.max(...small.weeks.flatMap((w) => w.days.filter((d) => d.type === 'long').map((d) => d.total)))).toBeLessThanOrEqual(10);
  });
});
