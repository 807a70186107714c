/**
 * The long run as a coach builds it (volume.ts longRunTrack): from about a third of the runner's week, in
 * steps of at most 2 mi, to 18-20 mi for a marathon (or 3 hours for a slow runner) and 10-13 mi for a half,
 * reached 2-3 weeks before the race, with cutback weeks and a taper, and never more than what the runner's
 * mileage and weeks carry. Every week before the race window has one.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, raceOutline, summarizeRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

/** A runner's plan: `mileage` mi/week now, the race `weeks` weeks from Monday 2026-03-02 (a Sunday race). */
function runner(distance: 'marathon' | 'half' | '10k' | '5k', mileage: number, weeks: number, tenK: string, days = [2, 3, 4, 6, 7]) {
  const start = '2026-03-02';
  const race = new Date(Date.parse(`${start}T12:00:00Z`) + (weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10);
  return raceRequest({ distance, startDate: start, raceDate: race, goalTime: null, recentRace: { distance: '10k', time: tenK }, currentWeeklyMileage: mileage, trainingDays: days as Array<1 | 2 | 3 | 4 | 5 | 6 | 7> });
}

/** Each week's long run (0 when the week has none). */
function longRuns(plan: RacePlan): number[] {
  return plan.weeks.map((w) => w.days.find((d) => d.type === 'long')?.total ?? 0);
}

/** Whole weeks from the week's Sunday to race day. */
function weeksOut(plan: RacePlan, weekIndex: number): number {
  return Math.round((Date.parse(plan.outline.raceDate) - Date.parse(plan.weeks[weekIndex]!.endDate)) / (7 * 86_400_000));
}

describe('endurance.longRunTrack', () => {
  it('when a first marathoner (20 mi/week, 48:00 10K, 18 weeks) is planned, the long run builds to 18 mi three weeks out', () => {
    const req = runner('marathon', 20, 18, '48:00');
    const plan = buildRacePlan(req);
    const longs = longRuns(plan);
    const longest = Math.max(...longs);
    // 3 hours at this runner's ~10:00/mi easy pace is 18 mi; 20 mi is the ceiling for anyone.
    expect(plan.outline.longRunCap).toBe(18);
    expect(longest).toBe(18);
    expect(weeksOut(plan, longs.indexOf(longest))).toBe(3);
    // It starts near a third of her 20 miles and never grows more than 2 mi from one load week to the next.
    expect(longs[0]).toBe(6.5);
    const load = plan.weeks.filter((w) => !w.cutback && w.phase !== 'taper').map((w) => longs[w.weekNumber - 1]!);
    for (let i = 1; i < load.length; i++) expect(load[i]! - load[i - 1]!).toBeLessThanOrEqual(2);
    // Cutback weeks shorten it (~75 %), the first taper week to about two thirds of the longest.
    for (const w of plan.weeks.filter((x) => x.cutback)) expect(longs[w.weekNumber - 1]!).toBeLessThan(longs[w.weekNumber - 2]!);
    expect(longs[15]).toBe(11.5);
    // Mileage to carry it: about 40 mi/week (Higdon's novice peak), every load week within 10 %.
    expect(plan.outline.peakVolume).toBeGreaterThanOrEqual(38);
    expect(plan.outline.peakVolume).toBeLessThanOrEqual(40);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when the first marathoner is slow (58:00 10K, ~11:50/mi easy), the long run stops at the 3-hour cap, 15 mi', () => {
    const plan = buildRacePlan(runner('marathon', 20, 18, '58:00'));
    expect(plan.outline.longRunCap).toBe(15);
    expect(Math.max(...longRuns(plan))).toBe(15);
  });

  it('when a half marathoner runs 20 mi/week on 4 days, the long run reaches 12.5 mi two weeks out', () => {
    const plan = buildRacePlan(runner('half', 20, 14, '58:00', [2, 4, 6, 7]));
    const longs = longRuns(plan);
    const longest = Math.max(...longs);
    expect(longest).toBe(12.5);
    expect(weeksOut(plan, longs.indexOf(longest))).toBe(2);
  });

  it('when a marathon is only 10 weeks away on 15 mi/week, the long run grows no faster than 2 mi a week and stops short of 18', () => {
    const req = runner('marathon', 15, 10, '58:00');
    const plan = buildRacePlan(req);
    const longs = longRuns(plan);
    // Week 4 gives half a mile of its long run so the runner keeps all five days (2 mi runs beside the tempo).
    expect(longs.slice(0, 8)).toEqual([4.5, 6.5, 4.5, 8, 9.5, 7, 10.5, 11.5]);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when a 10 mi/week runner trains for a 5K on 4 days, every week before the race window has a long run, its longest', () => {
    const plan = buildRacePlan(runner('5k', 10, 10, '58:00', [2, 4, 6, 7]));
    for (const w of plan.weeks.filter((x) => x.endDate < plan.outline.raceWindowStart)) {
      const long = w.days.find((d) => d.type === 'long');
      expect(long, `week ${w.weekNumber}`).toBeDefined();
      expect(long!.total).toBeGreaterThanOrEqual(4);
      expect(Math.max(...w.days.map((d) => d.total))).toBe(long!.total);
    }
    expect(longRuns(plan)[0]).toBe(4);
  });

  // Kim chasing sub-20 (a 21:10 5K is ~44:00 for 10K): the 5K's long run stops at 9.5 mi, and a big week's
  // other runs stop there too, so the long run stays her longest run every week (an easy 10 or a 11.7 mi
  // tempo beside a capped 9.5 mi long run was what she got).
  for (const [mileage, days] of [[35, [2, 4, 7]], [45, [1, 2, 4, 6, 7]], [55, [1, 2, 4, 6, 7]], [55, [1, 2, 3, 4, 5, 6, 7]]] as const) {
    it(`when a ${mileage} mi/week 5K runner on ${days.length} days has the long run capped, no run in any week is longer than it`, () => {
      const req = runner('5k', mileage, 13, '44:00', [...days]);
      const plan = buildRacePlan(req);
      expect(validateRacePlan(plan, req).ok).toBe(true);
      const cap = Math.max(...longRuns(plan));
      for (const w of plan.weeks) {
        const long = w.days.find((d) => d.type === 'long');
        const longest = Math.max(...w.days.filter((d) => d.type !== 'race').map((d) => d.total));
        expect(longest, `week ${w.weekNumber}: ${w.days.map((d) => `${d.type} ${d.total}`).join(', ')}`).toBeLessThanOrEqual(long ? long.total : cap);
      }
    });
  }
});

describe('outline.raceOutline for a short runway', () => {
  const short = raceRequest({ distance: 'marathon', startDate: '2026-06-01', raceDate: '2026-07-10', goalTime: null, recentRace: { distance: '5k', time: '25:00' }, currentWeeklyMileage: 24, trainingDays: [1, 4, 6], longRunDay: 1 });

  it('when a marathon is 6 weeks away, the long run is capped at 16 mi and the plan says it is short', () => {
    const plan = buildRacePlan(short);
    expect(plan.outline.longRunCap).toBeLessThanOrEqual(16);
    expect(plan.outline.shortRunway).toEqual({ weeks: 6, needWeeks: 12 });
    expect(summarizeRacePlan(plan.outline)).toContain('6 weeks is short for a marathon (12 is the usual minimum)');
    for (const w of plan.weeks) for (const d of w.days) if (d.type !== 'race') expect(d.total).toBeLessThanOrEqual(16);
    expect(validateRacePlan(plan, short).errors).toEqual([]);
  });

  it('when a half is 6 weeks away, long runs stop at 11 mi; a 16-week marathon keeps its usual cap and says nothing', () => {
    const half = raceOutline(raceRequest({ ...short, distance: 'half', currentWeeklyMileage: 30, trainingDays: [1, 3, 4, 6] }));
    expect(half.longRunCap).toBeLessThanOrEqual(11);
    expect(half.shortRunway).toEqual({ weeks: 6, needWeeks: 8 });
    const full = raceOutline(raceRequest({ ...short, raceDate: '2026-09-18' }));
    expect(full.shortRunway).toBeNull();
    expect(full.longRunCap).toBeGreaterThan(16);
  });
});
