import { describe, expect, it } from 'vitest';
import { buildRacePlan, generateRaceWeek, racePlanToJson, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

/** The plans issue 13 found wrong, as a client would ask for them. */
const marathonReq = raceRequest({
  distance: 'marathon',
  startDate: '2026-03-02',
  raceDate: '2026-07-19', // 20 weeks
  recentRace: { distance: 'half', time: '1:38:00' },
  currentWeeklyMileage: 35,
  trainingDays: [2, 3, 4, 6, 7],
  longRunDay: undefined,
  goalTime: null,
});
const couchReq = raceRequest({
  distance: '5k',
  startDate: '2026-03-02',
  raceDate: '2026-04-26', // 8 weeks
  recentRace: undefined,
  fiveKPace: undefined,
  currentWeeklyMileage: 3,
  trainingDays: [2, 4, 6],
  longRunDay: undefined,
  sessionMinutes: 30,
  goalTime: null,
});

const hardEfforts = new Set(['threshold', 'interval', 'marathon pace', 'moderate']);
function easyShare(plan: RacePlan, weekIndex: number): number {
  const w = plan.weeks[weekIndex]!;
  const laps = w.days.filter((d) => d.type !== 'race').flatMap((d) => [...d.warmup, ...d.workout, ...d.cooldown]);
  const total = laps.reduce((s, l) => s + l.distance, 0);
  return laps.filter((l) => !hardEfforts.has(l.effort)).reduce((s, l) => s + l.distance, 0) / total;
}

describe('coach rules: 20-week marathon from 35 mi/week with a 1:38 half', () => {
  const plan = buildRacePlan(marathonReq);
  const pre = plan.weeks.filter((w) => w.phase !== 'taper');

  it('builds to 50–55 mi/week (Pfitzinger 18/55: ~1.5 × the start) and passes every validator rule', () => {
    // 35 × 1.5 = 52.5 target; 13 load weeks at ≤ 10 % each reach it; the biggest week lands at 51.9.
    const peak = Math.max(...pre.map((w) => w.trainingVolume));
    expect(peak).toBeGreaterThanOrEqual(50);
    expect(peak).toBeLessThanOrEqual(55);
    expect(validateRacePlan(plan, marathonReq).errors).toEqual([]);
  });

  it('takes the long run to the 3-hour cap (19.5 mi at this runner\'s ~9:20/mi easy pace), never past 20 mi', () => {
    const longest = Math.max(...plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'long').map((d) => d.total)));
    expect(longest).toBeGreaterThanOrEqual(18);
    expect(longest).toBeLessThanOrEqual(19.5);
    expect(plan.outline.longRunCap).toBe(19.5);
  });

  it('keeps every week at least 80 % easy, with no "moderate" default days and at most 2 quality days', () => {
    plan.weeks.forEach((w, i) => {
      expect(easyShare(plan, i)).toBeGreaterThanOrEqual(0.8);
      expect(w.days.filter((d) => d.type === 'moderate')).toEqual([]);
      expect(w.days.filter((d) => ['tempo', 'intervals', 'marathon_pace'].includes(d.type)).length).toBeLessThanOrEqual(2);
    });
    // Build and peak do have quality: a coach expects one or two sessions a week there.
    expect(plan.weeks.filter((w) => w.phase === 'peak').every((w) => w.days.some((d) => ['tempo', 'marathon_pace', 'intervals'].includes(d.type)))).toBe(true);
  });

  it('keeps its cutback weeks (about 22 % down every 3–4 weeks)', () => {
    expect(pre.filter((w) => w.cutback).length).toBeGreaterThanOrEqual(3);
  });
});

describe('coach rules: couch to 5K (3 mi/week, 30-minute sessions, nothing measured)', () => {
  const plan = buildRacePlan(couchReq);
  const json = racePlanToJson(plan);

  it('plans a run/walk session that fits 30 minutes on every planned day, and the plan passes its validator', () => {
    for (const w of plan.weeks) {
      for (const d of w.days.filter((x) => [2, 4, 6].includes(x.dayNumber) && x.date < '2026-04-25')) {
        expect(d.type).toBe('run_walk');
        expect(d.minutes).toBeLessThanOrEqual(30);
      }
    }
    expect(validateRacePlan(plan, couchReq).errors).toEqual([]);
  });

  it('starts at 8 x (run 1 min, walk 1:30) and grows the run intervals to continuous running', () => {
    const first = plan.weeks[0]!.days.find((d) => d.type === 'run_walk')!;
    expect(first.workout[0]!.description).toBe('8 x (run 1 min, walk 1:30)');
    const last = plan.weeks[6]!.days.find((d) => d.type === 'run_walk')!;
    expect(last.workout[0]!.description).toMatch(/^run 20 min without stopping/);
  });

  it('shows no race pace or prediction and labels fitness as estimated', () => {
    expect(json.fitness).toBe('estimated');
    expect(json.predictions).toBeNull();
    const race = plan.weeks.at(-1)!.days.find((d) => d.type === 'race')!;
    expect([...race.warmup, ...race.workout, ...race.cooldown].every((l) => l.paceGoal === null)).toBe(true);
    expect(race.notes).toMatch(/No target time/);
  });

  it('after a sick week with no running, steps back a stage instead of climbing (re-entry)', () => {
    const week4 = generateRaceWeek(couchReq, plan.outline, 4);
    const after = generateRaceWeek(couchReq, plan.outline, 4, {
      previous: { weekNumber: 3, completedDays: 0, plannedDays: 3, actualVolume: 0 },
    });
    const week3 = plan.weeks[2]!;
    expect(after.trainingVolume).toBeLessThan(week3.trainingVolume);
    expect(after.trainingVolume).toBeLessThanOrEqual(week4.trainingVolume);
    expect(after.changes[0]).toMatch(/no sessions done, so this week steps back one run\/walk stage/);
  });
});

describe('coach rules: a small week keeps its long-run day', () => {
  it('when 10 mi/week cannot fill 4 run days, a weekday goes to rest and the Sunday long-run day still runs', () => {
    // 10 mi over Tue/Thu/Sat/Sun is 2.5 mi a day, under the 3 mi easy minimum: one day rests. It used to be
    // Sunday (the last date), the day the runner chose for the long run.
    const req = raceRequest({ distance: '5k', startDate: '2026-03-02', raceDate: '2026-05-10', recentRace: { distance: '10k', time: '58:00' }, currentWeeklyMileage: 10, trainingDays: [2, 4, 6, 7], longRunDay: 7, goalTime: null });
    const plan = buildRacePlan(req);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    for (const w of plan.weeks.slice(0, -1)) {
      const sunday = w.days.find((d) => d.dayNumber === 7)!;
      expect(sunday.type, `week ${w.weekNumber}`).not.toBe('rest');
    }
  });
});

describe('validateRacePlan: peak volume rule', () => {
  it('when a plan peaks past 1.5 x where it started, it names the peak', () => {
    const plan = buildRacePlan(marathonReq);
    expect(validateRacePlan(plan, marathonReq).errors).toEqual([]);
    // The same weeks (peak ~52 mi from 35) told they started at 20 mi/week: the peak may be at most
    // max(20, min(70, max(40, 1.5 x 20 = 30))) = 40 mi, the marathon's floor.
    const claimed: RacePlan = { ...plan, outline: { ...plan.outline, startVolume: 20 } };
    expect(validateRacePlan(claimed, marathonReq).errors.some((e) => /^peak of [\d.]+ mi\/week is over 40 /.test(e))).toBe(true);
  });
});
