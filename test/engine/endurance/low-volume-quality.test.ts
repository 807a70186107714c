import { describe, expect, it } from 'vitest';
import { buildRacePlan } from '../../../src/engine/endurance/index.js';
import { raceFlags } from '../../../src/engine/program/coach-flags.js';
import { raceRequest } from './builders.js';

const QUALITY = new Set(['tempo', 'intervals', 'marathon_pace', 'repetition']);

/**
 * A 15 mi/week runner (a 58:00 10K) 12 weeks from a 10K, running Tue/Thu/Sat/Sun: the plan builds to about
 * 21 mi. Peak weeks with 4+ run days used to get two quality sessions (tempo + intervals) at 19-21 mi; under
 * 25 mi a week (slots.ts TWO_QUALITY_MIN) one quality session and strides is the norm.
 */
function lowMileage10k(units: 'mi' | 'km' = 'mi') {
  return raceRequest({
    distance: '10k',
    startDate: '2026-03-03',
    raceDate: '2026-05-24',
    goalTime: undefined,
    recentRace: { distance: '10k', time: '58:00' },
    currentWeeklyMileage: units === 'mi' ? 15 : 24,
    trainingDays: [2, 4, 6, 7],
    longRunDay: 7,
    units,
  });
}

describe('endurance: one quality session a week at low volume', () => {
  it('when a 15 mi/week runner reaches peak weeks under 25 mi, each week has one quality session, not two', () => {
    const plan = buildRacePlan(lowMileage10k());
    const peak = plan.weeks.filter((w) => w.phase === 'peak');
    expect(peak.length).toBeGreaterThan(0);
    for (const w of plan.weeks) {
      // Every week of this plan stays under 25 mi (peak ~21), so at most one quality day each.
      expect(w.trainingVolume).toBeLessThan(25);
      expect(w.days.filter((d) => QUALITY.has(d.type)).length, `week ${w.weekNumber}`).toBeLessThanOrEqual(1);
    }
    // ...and the peak still has its one session (the plan is not just easy running).
    for (const w of peak) expect(w.days.some((d) => QUALITY.has(d.type))).toBe(true);
    expect(raceFlags(plan).filter((f) => f.startsWith('2Q'))).toEqual([]);
  });

  it('when the same runner counts in km (24 km/week, under 40), the peak weeks also have one quality session', () => {
    const plan = buildRacePlan(lowMileage10k('km'));
    for (const w of plan.weeks) expect(w.days.filter((d) => QUALITY.has(d.type)).length, `week ${w.weekNumber}`).toBeLessThanOrEqual(1);
  });

  it('when a 35 mi/week runner peaks, the peak weeks keep two quality sessions', () => {
    // 35 mi now, well past the 25 mi line: Tue/Thu quality with the Sunday long run (5 run days).
    const plan = buildRacePlan(raceRequest({ distance: '10k', startDate: '2026-03-03', raceDate: '2026-05-24', goalTime: undefined, recentRace: { distance: '10k', time: '44:00' }, currentWeeklyMileage: 35, trainingDays: [2, 3, 4, 6, 7], longRunDay: 7 }));
    const peak = plan.weeks.filter((w) => w.phase === 'peak' && !w.cutback);
    expect(peak.some((w) => w.days.filter((d) => QUALITY.has(d.type)).length === 2)).toBe(true);
  });
});
