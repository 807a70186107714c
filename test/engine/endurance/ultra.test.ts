/**
 * Ultras (a 50K, 50 mi, 100K): distance class 'ultra' (race-request.ts distanceClass), not a marathon plan. Long runs
 * capped by time on feet (4 h) rather than the marathon's 20 mi / 3 h, walk breaks and fuelling on every long run.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { distanceClass, raceRequestSchema } from '../../../src/engine/endurance/race-request.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';
import { raceFlags } from '../../../src/engine/program/coach-flags.js';
import { raceDayToWorkout } from '../../../src/engine/endurance/to-workout.js';

describe('ultra: a 50K, 50 mi or 100K is planned as an ultra', () => {
  it('50, 80.47 and 100 km are ultras; a 42.2 km custom race is still a marathon', () => {
    expect(distanceClass({ distance: 'custom', customDistanceKm: 50 })).toBe('ultra');
    expect(distanceClass({ distance: 'custom', customDistanceKm: 80.47 })).toBe('ultra');
    expect(distanceClass({ distance: 'custom', customDistanceKm: 100 })).toBe('ultra');
    expect(distanceClass({ distance: 'custom', customDistanceKm: 42.2 })).toBe('marathon');
  });

  it('a 50K at 35 mi/week, 20 weeks out: valid, long runs past the marathon\'s 18-20 mi, each with walk breaks and fuelling', () => {
    // Was the marathon plan: long runs capped at 18 mi, no word on walking or eating on a 4-hour run.
    const req = runnerRequest('custom', 35, 20, { customDistanceKm: 50 });
    const plan = buildRacePlan(req);
    expect(plan.outline.distanceClass).toBe('ultra');
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    const longs = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'long');
    expect(Math.max(...longs.map((d) => d.total))).toBeGreaterThan(20);
    for (const d of longs) expect(d.notes).toMatch(/walk the hills.*carbs an hour/);
    const marathon = buildRacePlan(runnerRequest('marathon', 35, 20));
    expect(marathon.weeks.flatMap((w) => w.days).filter((d) => d.type === 'long').every((d) => !/carbs/.test(d.notes))).toBe(true);
  });

  it('a 100K at 50 mi/week, 24 weeks out, is valid and tapers 3 weeks', () => {
    const req = runnerRequest('custom', 50, 24, { customDistanceKm: 100 });
    const plan = buildRacePlan(req);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    expect(plan.outline.phases.find((p) => p.name === 'taper')!.weekCount).toBe(3);
  });

  it('a 100 miler (160.93 km) at 55 mi/week, 24 weeks out: the request is accepted (was capped at 100 km), an ultra plan, valid', () => {
    const req = runnerRequest('custom', 55, 24, { customDistanceKm: 160.93 });
    expect(raceRequestSchema.safeParse(req).success).toBe(true);
    const plan = buildRacePlan(req);
    expect(plan.outline.distanceClass).toBe('ultra');
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });
});

/** Session 20: the long run is capped by time on feet (volume.ts, 4 h), and the day now says so in hours. */
describe('ultra: the long run says its time on feet', () => {
  it('a 100 miler at 55 mi/week: every long run says about how many hours, that the time is the goal, and never past 4 h', () => {
    // Was "Long run by time on feet: easy, walk the hills ..." with no time at all on a 25 mi day.
    const plan = buildRacePlan(runnerRequest('custom', 55, 24, { customDistanceKm: 160.93 }));
    // The day-2 run of a back-to-back weekend has its own note (below).
    const longs = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'long' && !d.notes.startsWith('Back-to-back'));
    expect(longs.length).toBeGreaterThan(10);
    for (const d of longs) {
      const m = /about (\d+) h(?: (\d+) min)?, easy - the time is the goal, not the mi \(never past 4 h\)/.exec(d.notes);
      expect(m, d.notes).not.toBeNull();
      const minutes = Number(m![1]) * 60 + Number(m![2] ?? 0);
      expect(minutes).toBeGreaterThanOrEqual(120);
      expect(minutes).toBeLessThanOrEqual(245);
      expect(d.notes).toMatch(/walk the hills.*carbs an hour/i);
    }
  });
});

describe('ultra: back-to-back weekend long runs in build and peak', () => {
  const ultras: Array<[string, number, number]> = [
    ['50 mi', 45, 80.47],
    ['100K', 50, 100],
    ['100 mi', 55, 160.93],
  ];
  for (const [name, mileage, km] of ultras) {
    it(`a ${name} at ${mileage} mi/week: Sat long, Sun medium-long (60-70 %) in every build/peak load week, said on the day, week volume kept`, () => {
      // Was one Sunday long run and an ordinary 7-9 mi easy Saturday every week.
      const req = runnerRequest('custom', mileage, 24, { customDistanceKm: km });
      const plan = buildRacePlan(req);
      expect(validateRacePlan(plan, req).errors).toEqual([]);
      expect(raceFlags(plan)).toEqual([]);
      const load = plan.weeks.filter((w) => (w.phase === 'build' || w.phase === 'peak') && !w.cutback);
      expect(load.length).toBeGreaterThan(8);
      for (const w of load) {
        const sat = w.days.find((d) => d.dayNumber === 6)!;
        const sun = w.days.find((d) => d.dayNumber === 7)!;
        expect([sat.type, sun.type], `W${w.weekNumber}`).toEqual(['long', 'long']);
        expect(sun.total / sat.total).toBeGreaterThanOrEqual(0.6);
        expect(sun.total / sat.total).toBeLessThanOrEqual(0.7);
        expect(sat.notes).toMatch(/Long run by time on feet: about \d+ h/);
        expect(sun.mediumLong).toBe(true);
        expect(sat.mediumLong).toBeUndefined();
        expect(sun.notes).toMatch(/^Back-to-back: tired-legs practice for race day\. Medium-long run by time on feet: about \d+ h( \d+ min)?, easy/);
        for (const d of [sat, sun]) expect(d.workout.map((l) => l.effort)).toEqual(['long']);
        // The easy days gave the miles: the week holds what the outline planned.
        expect(w.trainingVolume).toBeCloseTo(plan.outline.weeks[w.weekNumber - 1]!.targetVolume, 1);
      }
      // Base, cutback and taper weeks keep one long run.
      for (const w of plan.weeks.filter((x) => x.phase === 'base' || x.cutback || x.phase === 'taper')) {
        expect(w.days.filter((d) => d.type === 'long').length, `W${w.weekNumber}`).toBeLessThanOrEqual(1);
      }
    });
  }

  it('the Sunday morning text is headed "Medium-long run (back-to-back)", the Saturday "Long run"', () => {
    const plan = buildRacePlan(runnerRequest('custom', 55, 24, { customDistanceKm: 160.93 }));
    const w = plan.weeks.find((x) => x.phase === 'build' && !x.cutback)!;
    const sat = raceDayToWorkout(w, w.days.find((d) => d.dayNumber === 6)!, plan.outline);
    const sun = raceDayToWorkout(w, w.days.find((d) => d.dayNumber === 7)!, plan.outline);
    expect(sat.title).toBe('Long run');
    expect(sun.title).toBe('Medium-long run (back-to-back)');
    expect(sun.why).toMatch(/yesterday's legs/);
  });

  it('a 50K keeps one long run a week', () => {
    const plan = buildRacePlan(runnerRequest('custom', 35, 20, { customDistanceKm: 50 }));
    for (const w of plan.weeks) expect(w.days.filter((d) => d.type === 'long').length).toBeLessThanOrEqual(1);
  });
});
