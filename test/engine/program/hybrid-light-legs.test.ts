import { describe, expect, it } from 'vitest';
import { buildPlanJson, type HybridPlanJson } from '../../../src/engine/program/plan-json.js';
import { planOutline, programWeek, workoutFor, type PlanRequest } from '../../../src/engine/program/program.js';
import { isHeavyLegWork } from '../../../src/engine/strength/legs-light.js';
import { addDays } from '../../../src/engine/dates.js';
import { raceRequest } from '../endurance/builders.js';
import { aRequest } from '../strength/builders.js';

const KEY = new Set(['long', 'tempo', 'intervals', 'marathon_pace', 'race']);
const QUALITY = new Set(['tempo', 'intervals', 'marathon_pace']);

function hybrid(race: Parameters<typeof raceRequest>[0], liftDays: number[]): PlanRequest & { kind: 'hybrid' } {
  const r = raceRequest({ startDate: '2026-12-07', ...race });
  const s = aRequest({ startDate: '2026-12-07', weeks: 11, trainingDays: liftDays as never, sessionMinutes: 50, oneRepMaxes: { back_squat: 225, bench_press: 175, deadlift: 275 } });
  return { kind: 'hybrid', race: r, strength: s };
}

/** Every lifting day next to a key run (the day before it, or the day after a quality run) with heavy leg work. */
function heavyLegsNextToKeyRuns(json: HybridPlanJson): string[] {
  const runs = new Map(json.race.weeks.flatMap((w) => (w.days as Array<{ date: string; type: string }>).map((d) => [d.date, d.type])));
  const out: string[] = [];
  for (const w of json.strength!.weeks) {
    for (const d of w.days) {
      if (d.type !== 'training') continue;
      const next = runs.get(addDays(d.date, 1)) ?? 'rest';
      const prev = runs.get(addDays(d.date, -1)) ?? 'rest';
      if (!KEY.has(next) && !QUALITY.has(prev)) continue;
      const heavy = d.exercises.filter((e) => isHeavyLegWork(e)).map((e) => `${e.exerciseId} ${e.sets}x${e.reps} RIR ${e.rir}`);
      if (heavy.length) out.push(`${d.date} (before ${next}, after ${prev}): ${heavy.join(', ')}`);
    }
  }
  return out;
}

describe('hybrid plans: light legs next to a key run', () => {
  it('when a client lifts Mon/Wed/Fri and runs Tue/Thu/Sat, the plan passes its own validation and Friday keeps the legs light before the long run', () => {
    const req = hybrid({ distance: '5k', raceDate: '2027-02-20', recentRace: { distance: '5k', time: '27:00' }, goalTime: undefined, currentWeeklyMileage: 12, trainingDays: [2, 4, 6], longRunDay: 6 }, [1, 3, 5]);
    const json = buildPlanJson(req) as HybridPlanJson;
    expect(json.validation).toEqual({ ok: true, errors: [] });
    expect(heavyLegsNextToKeyRuns(json)).toEqual([]);
    // Monday and Wednesday are not next to a key run: their legs stay heavy in the loading weeks.
    const loading = json.strength!.weeks.filter((w) => w.block.type !== 'deload');
    expect(loading.some((w) => w.days.some((d) => d.dayNumber !== 5 && d.exercises.some((e) => isHeavyLegWork(e))))).toBe(true);
    // The client reads why Friday is lighter.
    const friday = loading[2]!.days.find((d) => d.dayNumber === 5)!;
    expect(friday.notes).toContainEqual(expect.stringMatching(/^Legs light today .*your long run is tomorrow\.$/));
  });

  it('when a client lifts Mon/Fri beside a Thursday tempo, Friday has no heavy deadlift', () => {
    const req = hybrid({ distance: 'half', raceDate: '2027-03-21', recentRace: { distance: '10k', time: '50:00' }, goalTime: undefined, currentWeeklyMileage: 20, trainingDays: [2, 4, 6, 7], longRunDay: 7 }, [1, 5]);
    const json = buildPlanJson(req) as HybridPlanJson;
    expect(json.validation).toEqual({ ok: true, errors: [] });
    expect(heavyLegsNextToKeyRuns(json)).toEqual([]);
  });

  it('when the services build a week one at a time, the Friday before the long run is the same light session with its note', () => {
    const req = hybrid({ distance: '5k', raceDate: '2027-02-20', recentRace: { distance: '5k', time: '27:00' }, goalTime: undefined, currentWeeklyMileage: 12, trainingDays: [2, 4, 6], longRunDay: 6 }, [1, 3, 5]);
    const outline = planOutline(req);
    const week = programWeek(req, outline, 3);
    const friday = week.strength!.days.find((d) => d.dayNumber === 5)!;
    expect(friday.type).toBe('training');
    expect(friday.exercises.filter((e) => isHeavyLegWork(e))).toEqual([]);
    const workout = workoutFor(outline, week, friday.date)!;
    expect(workout.notes).toContainEqual(expect.stringMatching(/^Legs light today/));
  });

  it.each([
    [[2, 4, 6], 6, [1, 3, 5]],
    [[2, 4, 6, 7], 7, [1, 3]],
    [[2, 4, 6, 7], 7, [3, 5]],
    [[1, 3, 6], 6, [2, 5]],
    [[2, 3, 5, 7], 7, [1, 4]],
  ])('when runs are on %j (long %i) and lifting on %j, no key run sits next to heavy legs and the plan validates', (runs, long, lifts) => {
    const req = hybrid({ distance: '10k', raceDate: '2027-02-21', recentRace: { distance: '10k', time: '55:00' }, goalTime: undefined, currentWeeklyMileage: 18, trainingDays: runs as never, longRunDay: long as never }, lifts);
    const json = buildPlanJson(req) as HybridPlanJson;
    expect(heavyLegsNextToKeyRuns(json)).toEqual([]);
    expect(json.validation.errors.filter((e) => /key run|quality run|seven days/.test(e))).toEqual([]);
  });
});
