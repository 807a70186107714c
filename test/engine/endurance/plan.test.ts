import { describe, expect, it } from 'vitest';
import {
  buildRacePlan,
  cutbackFlags,
  HARD_TYPES,
  racePlanToJson,
  raceDayToWorkout,
  splitPhases,
  summarizeRacePlan,
  taperWeeksFor,
  validateRacePlan,
} from '../../../src/engine/endurance/index.js';
import type { RacePlan, RaceDay } from '../../../src/engine/endurance/index.js';
import { addDays } from '../../../src/engine/dates.js';
import { raceRequest } from './builders.js';

const marathon = buildRacePlan(raceRequest());
const allDays = (p: RacePlan) => p.weeks.flatMap((w) => w.days);
const dayOn = (p: RacePlan, date: string): RaceDay => allDays(p).find((d) => d.date === date)!;

describe('phases.splitPhases', () => {
  it('when the plan is 20 weeks for a marathon, splits 5 base, 8 build, 4 peak, 3 taper', () => {
    // Taper 3 (marathon); the other 17 weeks at 25:35:20 → 5.3 → 5 base, 4.25 → 4 peak, 8 build.
    expect(splitPhases(20, taperWeeksFor('marathon', 20)).map((p) => [p.name, p.weekCount])).toEqual([
      ['base', 5],
      ['build', 8],
      ['peak', 4],
      ['taper', 3],
    ]);
  });

  it('when the plan is short (6 weeks), keeps all four phases and a 1-week taper even for a marathon', () => {
    expect(taperWeeksFor('marathon', 6)).toBe(1);
    expect(splitPhases(6, 1).map((p) => p.weekCount)).toEqual([2, 2, 1, 1]);
    expect(splitPhases(4, 1).map((p) => p.weekCount)).toEqual([1, 1, 1, 1]);
  });

  it('when the distance is short, tapers 1 week; a half 2; a marathon 3', () => {
    expect([taperWeeksFor('5k', 16), taperWeeksFor('10k', 16), taperWeeksFor('half', 16), taperWeeksFor('marathon', 16)]).toEqual([1, 1, 2, 3]);
  });
});

describe('volume.cutbackFlags', () => {
  it('when there are 17 weeks before the taper, cuts back every 4th week then leads in with 3 load weeks', () => {
    const flags = cutbackFlags(17);
    expect(flags.flatMap((f, i) => (f ? [i + 1] : []))).toEqual([4, 8, 11, 14]);
  });

  it('when there are 4 or fewer weeks before the taper, never leaves more than 3 load weeks in a row', () => {
    expect(cutbackFlags(3)).toEqual([false, false, false]);
    expect(cutbackFlags(4)).toEqual([false, false, true, false]);
  });
});

describe('plan.buildRacePlan (20-week marathon)', () => {
  it('when built, passes every validator rule', () => {
    expect(validateRacePlan(marathon, raceRequest())).toEqual({ ok: true, errors: [] });
  });

  it('when built, starts at the current 25 mi and never rises more than 10 % over the last load week', () => {
    expect(marathon.weeks[0]!.trainingVolume).toBe(25);
    let lastLoad = 0;
    for (const w of marathon.weeks.filter((x) => x.phase !== 'taper')) {
      if (w.cutback) continue;
      if (lastLoad > 0) expect(w.trainingVolume).toBeLessThanOrEqual(Math.round(lastLoad * 110) / 100);
      lastLoad = w.trainingVolume;
    }
  });

  it('when built, cuts back ~22 % every 3–4 weeks', () => {
    const cutbacks = marathon.weeks.filter((w) => w.cutback);
    expect(cutbacks.map((w) => w.weekNumber)).toEqual([4, 8, 11, 14]);
    for (const c of cutbacks) {
      const ratio = c.trainingVolume / marathon.weeks[c.weekNumber - 2]!.trainingVolume;
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(0.8);
    }
  });

  it('when built, the 7 days before the race carry 40–60 % of the peak week', () => {
    const peak = Math.max(...marathon.weeks.filter((w) => w.phase !== 'taper').map((w) => w.trainingVolume));
    const o = marathon.outline;
    const window = allDays(marathon).filter((d) => d.date >= o.raceWindowStart && d.date < o.raceDate).reduce((s, d) => s + d.total, 0);
    expect(window / peak).toBeGreaterThanOrEqual(0.4);
    expect(window / peak).toBeLessThanOrEqual(0.6);
    // and the taper weeks before the window step down from peak while keeping a marathon-pace session
    const taper = marathon.weeks.filter((w) => w.phase === 'taper').slice(0, 2);
    expect(taper[0]!.trainingVolume).toBeLessThan(peak);
    expect(taper[1]!.trainingVolume).toBeLessThan(taper[0]!.trainingVolume);
    expect(taper[0]!.days.some((d) => d.type === 'marathon_pace')).toBe(true);
  });

  it('when built, follows race-week rules: rest the day before, 2–4 mi shakeout two days before, no hard day in the last 7', () => {
    const race = marathon.outline.raceDate;
    expect(dayOn(marathon, race).type).toBe('race');
    expect(dayOn(marathon, race).workout[0]!.distance).toBeCloseTo(26.22, 2);
    expect(dayOn(marathon, addDays(race, -1)).type).toBe('rest');
    const shake = dayOn(marathon, addDays(race, -2));
    expect(shake.type).toBe('shakeout');
    expect(shake.total).toBeGreaterThanOrEqual(2);
    expect(shake.total).toBeLessThanOrEqual(4);
    for (let i = 1; i <= 7; i++) expect(HARD_TYPES.has(dayOn(marathon, addDays(race, -i)).type)).toBe(false);
  });

  it('when built, no quality session comes before build, and build has tempo and marathon-pace days', () => {
    const base = marathon.weeks.filter((w) => w.phase === 'base').flatMap((w) => w.days);
    expect(base.some((d) => ['tempo', 'intervals', 'marathon_pace'].includes(d.type))).toBe(false);
    // Two quality slots in build (5 run days) as long as hard running stays within 20 % of the week.
    const build = marathon.weeks.filter((w) => w.phase === 'build').flatMap((w) => w.days.map((d) => d.type));
    expect(build).toEqual(expect.arrayContaining(['tempo', 'marathon_pace', 'long']));
  });

  it('when built, never puts two hard days on consecutive dates', () => {
    const days = allDays(marathon);
    for (let i = 1; i < days.length; i++) {
      expect(HARD_TYPES.has(days[i - 1]!.type) && HARD_TYPES.has(days[i]!.type)).toBe(false);
    }
  });

  it('when built, keeps the long run within 50 % of its week (marathon), the 20 mi cap and 3 hours at easy pace', () => {
    const easyMid = (marathon.outline.paces.easy.min + marathon.outline.paces.easy.max) / 2;
    for (const w of marathon.weeks) {
      for (const d of w.days.filter((x) => x.type === 'long')) {
        expect(d.total).toBeLessThanOrEqual(w.trainingVolume * 0.5 + 0.01);
        expect((d.total * easyMid) / 60).toBeLessThanOrEqual(180);
        expect(d.total).toBeLessThanOrEqual(20);
        expect(d.total).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('when built, runs only on the preferred days (plus shakeout and race) and tempo laps are at threshold pace', () => {
    for (const d of allDays(marathon)) {
      if (d.type !== 'rest' && d.type !== 'shakeout' && d.type !== 'race') expect([2, 3, 4, 6, 7]).toContain(d.dayNumber);
    }
    const tempo = allDays(marathon).find((d) => d.type === 'tempo')!;
    // 1:35 half → VDOT 47.9 → threshold 7:05/mi (Daniels' table at VDOT 48: 7:05)
    expect(tempo.workout[0]!.paceGoal).toBe('7:05');
  });
});

describe('plan partial first week', () => {
  it('when the plan starts on a Friday, week 1 has Fri–Sun only: an easy run and the Sunday long run on preferred days', () => {
    const plan = buildRacePlan(raceRequest({ startDate: '2026-12-04' }));
    const w1 = plan.weeks[0]!;
    expect(w1.days.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06']);
    expect(w1.days.map((d) => d.type)).toEqual(['rest', 'easy', 'long']);
    expect(plan.weeks[1]!.days).toHaveLength(7);
    expect(plan.weeks[1]!.days[0]!.date).toBe('2026-12-07');
    expect(validateRacePlan(plan, raceRequest({ startDate: '2026-12-04' })).ok).toBe(true);
  });
});

describe('plan short and small plans', () => {
  it('when a 6-week 5K plan for a 3-day, 10 km/week runner is built, it is valid and starts at 10 km', () => {
    const req = raceRequest({ distance: '5k', units: 'km', startDate: '2027-01-04', raceDate: '2027-02-13', currentWeeklyMileage: 10, trainingDays: [1, 3, 6], goalTime: null });
    const plan = buildRacePlan(req);
    expect(plan.weeks).toHaveLength(6);
    expect(plan.weeks[0]!.trainingVolume).toBe(10);
    expect(validateRacePlan(plan, req)).toEqual({ ok: true, errors: [] });
  });
});

describe('plan.racePlanToJson', () => {
  it('when serialized, has exactly the CLI keys with formatted times and paces', () => {
    const json = racePlanToJson(marathon);
    expect(Object.keys(json)).toEqual(['vdot', 'fitness', 'predictions', 'runWalk', 'notes', 'paces', 'phases', 'weeks']);
    expect(json.fitness).toBe('race');
    expect(json.vdot).toBe(47.9);
    expect(json.predictions!.marathon).toMatch(/^3:1\d:\d\d$/);
    expect(json.predictions!['5k']).toMatch(/^0:2\d:\d\d$/);
    expect(json.paces.easy.min).toMatch(/^\d+:\d\d$/);
    expect(json.phases).toEqual([
      { name: 'base', weekCount: 5 },
      { name: 'build', weekCount: 8 },
      { name: 'peak', weekCount: 4 },
      { name: 'taper', weekCount: 3 },
    ]);
    const w = json.weeks[0]!;
    expect(Object.keys(w)).toEqual(['weekNumber', 'phase', 'startDate', 'miles', 'days']);
    const d = (w.days as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(d)).toEqual(['date', 'dayNumber', 'type', 'warmup', 'workout', 'cooldown', 'totalMiles', 'notes']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('when the plan is in km, uses km and totalKm', () => {
    const json = racePlanToJson(buildRacePlan(raceRequest({ units: 'km', currentWeeklyMileage: 40 })));
    expect(Object.keys(json.weeks[0]!)).toContain('km');
    expect(Object.keys((json.weeks[0]!.days as Array<Record<string, unknown>>)[0]!)).toContain('totalKm');
  });
});

describe('to-workout.raceDayToWorkout', () => {
  it('when a tempo day is mapped, gives a run with its position, one item per lap and effort names', () => {
    const week = marathon.weeks[5]!;
    const day = week.days.find((d) => d.type === 'tempo')!;
    const w = raceDayToWorkout(week, day, marathon.outline);
    expect(w.kind).toBe('run');
    expect(w.title).toBe('Tempo run');
    expect(w.position).toBe('Week 6 of 20 - build');
    expect(w.items).toHaveLength(day.warmup.length + day.workout.length + day.cooldown.length);
    expect(w.items.map((i) => i.kind === 'run' && i.effort)).toContain('threshold');
    expect(w.totalDistance).toBe(day.total);
    expect(w.estimatedMinutes).toBeGreaterThan(30);
  });

  it('when the race day and a rest day are mapped, gives kinds race and rest', () => {
    const last = marathon.weeks[marathon.weeks.length - 1]!;
    const race = raceDayToWorkout(last, last.days.find((d) => d.type === 'race')!, marathon.outline);
    expect(race.kind).toBe('race');
    expect(race.title).toBe('Race day: marathon');
    const rest = raceDayToWorkout(last, last.days.find((d) => d.type === 'rest')!, marathon.outline);
    expect(rest).toMatchObject({ kind: 'rest', totalDistance: null, items: [], estimatedMinutes: 0 });
  });
});

describe('summary.summarizeRacePlan', () => {
  it('when summarised, gives short lines with weeks, phases, VDOT and prediction', () => {
    const s = summarizeRacePlan(marathon.outline);
    const lines = s.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toBe('20-week marathon plan to 2027-04-18: base 5, build 8, peak 4, taper 3.');
    expect(lines[1]).toMatch(/^Your fitness predicts 3:1\d:\d\d \(VDOT 47.9\)\. 25 to \d+(\.\d)? mi\/week, long runs up to \d+(\.5)? mi\.$/);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(160);
  });

  it('when a plan is summarised, "long runs up to" is the longest long run its weeks prescribe (was 35% of the peak week)', () => {
    for (const plan of [marathon, buildRacePlan(raceRequest({ distance: 'half', raceDate: '2027-03-21' }))]) {
      const said = Number(/long runs up to ([\d.]+)/.exec(summarizeRacePlan(plan.outline))![1]);
      const longest = Math.max(...allDays(plan).filter((d) => d.type === 'long').map((d) => d.total));
      expect(Math.abs(said - longest)).toBeLessThanOrEqual(0.5);
    }
  });
});
