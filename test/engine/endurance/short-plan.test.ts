import { describe, expect, it } from 'vitest';
import { buildRacePlan, raceOutline, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { planShapePhrase, shortRunwayPhrase } from '../../../src/engine/endurance/summary.js';
import { QUALITY_TYPES } from '../../../src/engine/endurance/race-day.js';
import { raceRequest } from './builders.js';

// A race 2-3 weeks away (was refused: "I need at least 4 weeks"): a coach keeps the runner's running, sharpens
// with race pace and tapers, and says what the time cannot do.
describe('phases.shortPhases: a race under 4 weeks away', () => {
  const half = (raceDate: string, over: Parameters<typeof raceRequest>[0] = {}) =>
    raceRequest({ distance: 'half', startDate: '2026-12-01', raceDate, goalTime: null, recentRace: { distance: '10k', time: '52:30' }, currentWeeklyMileage: 20, trainingDays: [1, 3, 5, 7], ...over });

  it('a half 12 days away: a sharpen week then race week, passing every plan rule, the race week about half of today\'s 20 mi', () => {
    const req = half('2026-12-13');
    const plan = buildRacePlan(req);
    expect(plan.outline.phases.map((p) => p.name)).toEqual(['peak', 'taper']);
    expect(validateRacePlan(plan, req)).toEqual({ ok: true, errors: [] });
    const raceWeek = plan.weeks.at(-1)!;
    expect(raceWeek.days.filter((d) => d.type === 'race').map((d) => d.date)).toEqual(['2026-12-13']);
    expect(raceWeek.trainingVolume).toBeGreaterThanOrEqual(6);
    expect(raceWeek.trainingVolume).toBeLessThanOrEqual(12);
  });

  it('a half 19 days away: an easy week, a week with one race-pace session, race week - never a build', () => {
    const req = half('2026-12-20');
    const plan = buildRacePlan(req);
    expect(plan.outline.phases.map((p) => p.name)).toEqual(['base', 'peak', 'taper']);
    expect(validateRacePlan(plan, req).ok).toBe(true);
    const quality = plan.weeks.flatMap((w) => w.days).filter((d) => (QUALITY_TYPES as readonly string[]).includes(d.type));
    expect(quality.length).toBe(1);
    expect(planShapePhrase(plan.outline)).toBe('3 weeks to race day: too little time to build fitness, so your usual easy running with one race-pace session, then a taper to start the race fresh');
  });

  it('every distance, 8 to 26 days out, any start weekday, 3 to 7 days, builds without throwing', () => {
    for (const distance of ['5k', '10k', 'half', 'marathon'] as const) {
      for (const days of [8, 11, 14, 19, 26]) {
        for (const [start, trainingDays] of [['2026-11-30', [2, 4, 6]], ['2026-12-03', [1, 3, 5, 7]], ['2026-12-06', [1, 2, 3, 4, 5, 6, 7]]] as const) {
          const raceDate = new Date(Date.parse(`${start}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
          const plan = buildRacePlan(half(raceDate, { distance, startDate: start, trainingDays: [...trainingDays] }));
          expect(plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'race')).toHaveLength(1);
        }
      }
    }
  });

  it('says what 2 weeks cannot do: a marathon on 15 mi a week is run to finish; a goal past today\'s fitness is started at today\'s pace', () => {
    const marathon = raceOutline(half('2026-12-13', { distance: 'marathon', currentWeeklyMileage: 15, recentRace: undefined }));
    expect(shortRunwayPhrase(marathon, true)).toBe("you run about 15 mi a week and a marathon is 26.22 mi: that's more than 2 weeks can get you ready for, so run it to finish healthy (walk breaks are fine), not for a time.");
    const goal = raceOutline(half('2026-12-13', { goalTime: '1:50:00' }));
    expect(shortRunwayPhrase(goal, true)).toBe("your goal 1:50 is faster than the 1:56:23 your fitness predicts, and 2 weeks can't close that: start at about 8:53/mi and pick it up late if you feel good.");
    expect(shortRunwayPhrase(raceOutline(half('2026-12-13')), true)).toBeNull();
  });
});
