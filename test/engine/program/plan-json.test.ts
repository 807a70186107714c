import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest, type PlanRequest } from '../../../src/engine/program/program.js';
import {
  buildPlanJson,
  hybridErrors,
  strengthPlanJson,
  type HybridPlanJson,
  type RacePlanCliJson,
  type StrengthPlanJson,
} from '../../../src/engine/program/plan-json.js';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { raceRequest } from '../endurance/builders.js';
import { aRequest } from '../strength/builders.js';

function example(name: string): PlanRequest {
  const parsed = parsePlanRequest(JSON.parse(readFileSync(`scripts/examples/${name}-request.json`, 'utf8')));
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
}

describe('the example requests', () => {
  it.each(['strength', 'race', 'hybrid'])('%s is valid and builds a valid plan', (name) => {
    const req = example(name);
    expect(req.kind).toBe(name);
    const json = buildPlanJson(req);
    expect(json.validation).toEqual({ ok: true, errors: [] });
  });

  it('the race example is a half marathon', () => {
    const req = example('race');
    expect(req.kind === 'race' && req.distance).toBe('half');
  });
});

describe('strength plan JSON', () => {
  const req = aRequest({ weeks: 12, trainingDays: [1, 3, 5], oneRepMaxes: { back_squat: 275, bench_press: 205 } });
  const plan = buildStrengthPlan(req);
  const json = buildPlanJson(req) as StrengthPlanJson;

  it('has the outline: mesocycles with blocks covering every week', () => {
    expect(json.kind).toBe('strength');
    expect(json.units).toBe('lb');
    expect(json.outline).toMatchObject({ startDate: '2026-03-02', weeks: 12, trainingAge: 'intermediate', goal: 'strength' });
    const blocks = json.outline.mesocycles.flatMap((m) => m.blocks);
    expect(blocks.reduce((n, b) => n + b.weeks, 0)).toBe(12);
    for (const b of blocks) {
      expect(Object.keys(b).sort()).toEqual(
        [
          'adaptationType', 'blockNumber', 'endDate', 'endWeek', 'intensityBias', 'intent', 'rirEnd', 'rirStart',
          'startDate', 'startWeek', 'type', 'volumeTarget', 'weeklyVolumeRamp', 'weeks',
        ].sort(),
      );
      expect(b.endDate >= b.startDate).toBe(true);
    }
    expect(blocks[0]!.startDate).toBe('2026-03-02');
    expect(blocks.at(-1)!.endDate).toBe(json.outline.endDate);
  });

  it('has every week with its block, hard sets and 7 days of prescribed exercises', () => {
    expect(json.weeks).toHaveLength(12);
    json.weeks.forEach((w, i) => {
      const src = plan.weeks[i]!;
      expect(w.weekNumber).toBe(i + 1);
      expect(w.startDate).toBe(src.startDate);
      expect(w.block.type).toBe(src.block.type);
      expect(w.block.rir).toBe(src.block.rir);
      expect(w.hardSetsByMuscle).toEqual(src.hardSetsByMuscle);
      expect(w.days).toHaveLength(7);
      expect(w.days.filter((d) => d.type === 'training').map((d) => d.dayNumber)).toEqual([1, 3, 5]);
    });
    const squat = json.weeks[0]!.days[0]!.exercises.find((e) => e.exerciseId === 'back_squat')!;
    expect(Object.keys(squat).sort()).toEqual(
      ['exerciseId', 'load', 'muscles', 'name', 'oneRepMax', 'percent1RM', 'reason', 'reps', 'restSec', 'rationale', 'rir', 'sets'].sort(),
    );
    expect(squat.oneRepMax).toBe(275);
    expect(squat.reason).not.toMatch(/1RM|\d+ lb/);
    expect(squat.load).toBeGreaterThan(0);
    expect(squat.percent1RM).toBeGreaterThan(0);
    expect(squat.muscles).toContain('quads');
  });

  it('carries the validation of the plan', () => {
    expect(json.validation).toEqual(validateStrengthPlan(plan, req));
    const failing = strengthPlanJson(plan, 'lb', { ok: false, errors: ['week 1: x'] });
    expect(failing.validation).toEqual({ ok: false, errors: ['week 1: x'] });
  });

  it('is plain JSON and deterministic', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(buildPlanJson(req)).toEqual(json);
  });

  it('does not share arrays or objects with the plan it was built from', () => {
    const shaped = strengthPlanJson(plan, 'lb', { ok: true, errors: [] });
    shaped.weeks[0]!.hardSetsByMuscle.chest = -1;
    shaped.weeks[0]!.days[0]!.exercises[0]!.muscles.push('calves');
    expect(plan.weeks[0]!.hardSetsByMuscle.chest).not.toBe(-1);
    expect(plan.weeks[0]!.days[0]!.exercises[0]!.muscles).not.toContain('calves');
  });
});

describe('strength plan JSON says why each load is what it is', () => {
  // A coach reading the CLI's JSON checks each load against its basis: the max it is a percent of, what
  // capped it (the client's heaviest dumbbell), the slower tempo that makes a too-light load hard enough.
  const req = aRequest({
    goal: 'hypertrophy',
    trainingDays: [1, 3, 5],
    equipment: ['dumbbell', 'cable', 'bodyweight'],
    maxLoads: { dumbbell: 50 },
    oneRepMaxes: { back_squat: 315, deadlift: 405, bench_press: 245, overhead_press: 135 },
  });
  const plan = buildStrengthPlan(req);
  const json = buildPlanJson(req) as StrengthPlanJson;
  const lifts = json.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));
  const source = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));

  it('every lift carries its reason and its 1RM basis, as the engine planned them', () => {
    lifts.forEach((e, i) => {
      expect(e.reason).toBe(source[i]!.reason);
      expect(e.oneRepMax).toBe(source[i]!.oneRepMax);
    });
    expect(lifts.some((e) => e.oneRepMax && e.load)).toBe(true);
  });

  it('a capped load carries its load note, a slowed one its tempo', () => {
    const capped = lifts.filter((e) => e.loadNote);
    expect(capped.length).toBe(source.filter((e) => e.loadNote).length);
    expect(capped[0]!.loadNote).toMatch(/heaviest 50 lb dumbbells/);
    const slow = lifts.filter((e) => e.tempo);
    expect(slow.length).toBe(source.filter((e) => e.tempo).length);
    expect(slow[0]!.tempo).toMatch(/^3 s down/);
  });
});

describe('race plan JSON', () => {
  const req = raceRequest();
  const json = buildPlanJson(req) as RacePlanCliJson;

  it('is the endurance engine shape plus kind and validation', () => {
    expect(json.kind).toBe('race');
    expect(json.vdot).toBeGreaterThan(30);
    expect(Object.keys(json.predictions!)).toEqual(['5k', '10k', 'half', 'marathon']);
    expect(json.paces.threshold).toMatch(/^\d{1,2}:\d\d$/);
    expect(json.phases.map((p) => p.name)).toEqual(['base', 'build', 'peak', 'taper']);
    expect(json.phases.reduce((n, p) => n + p.weekCount, 0)).toBe(json.weeks.length);
    expect(json.weeks[0]).toHaveProperty('miles');
    expect(json.validation).toEqual({ ok: true, errors: [] });
    const days = json.weeks.flatMap((w) => w.days as Array<{ date: string; type: string }>);
    expect(days.filter((d) => d.type === 'race').map((d) => d.date)).toEqual([req.raceDate]);
  });

  it('uses km keys for a km plan', () => {
    const km = buildPlanJson(raceRequest({ units: 'km' })) as RacePlanCliJson;
    expect(km.weeks[0]).toHaveProperty('km');
    expect((km.weeks[0]!.days as Array<Record<string, unknown>>)[0]).toHaveProperty('totalKm');
  });
});

describe('hybrid plan JSON', () => {
  const race = raceRequest();
  // Runs Tue/Wed/Thu/Sat/Sun: lifting Monday keeps Friday as the week's rest day (never seven training days).
  const strength = aRequest({ startDate: race.startDate, weeks: 20, goal: 'general_fitness', trainingDays: [1] });

  it('holds both plans and combines their validation', () => {
    const json = buildPlanJson({ kind: 'hybrid', race, strength }) as HybridPlanJson;
    expect(json.kind).toBe('hybrid');
    expect(json.race.kind).toBe('race');
    expect(json.strength?.kind).toBe('strength');
    expect(json.strength?.weeks).toHaveLength(20);
    expect(json.validation).toEqual({ ok: true, errors: [] });
  });

  it('allows no strength half', () => {
    const json = buildPlanJson({ kind: 'hybrid', race, strength: null }) as HybridPlanJson;
    expect(json.strength).toBeNull();
    expect(json.race.weeks.length).toBeGreaterThan(0);
  });

  it('reports lifting days that clash with run days', () => {
    // The race plan runs Tue/Wed/Thu/Sat/Sun.
    expect(hybridErrors(race, { ...strength, trainingDays: [1, 2] })).toContainEqual(
      expect.stringMatching(/^strength\.trainingDays: day 2 is also a race training day/),
    );
    expect(hybridErrors(race, null)).toEqual([]);
    const json = buildPlanJson({ kind: 'hybrid', race, strength: { ...strength, trainingDays: [3, 4] } }) as HybridPlanJson;
    expect(json.validation.ok).toBe(false);
    expect(json.validation.errors).toContainEqual(expect.stringContaining('days 3, 4 are also race training days'));
  });

  it('moves quality runs off the day after a lifting day and refuses seven training days', () => {
    // Half marathon on Tue/Thu/Sat/Sun, lifting Mon and Fri as the client asked: Tuesday follows Monday's
    // lift, so the quality session goes to Thursday; Sunday's long run follows Saturday's easy run.
    const half = raceRequest({ distance: 'half', trainingDays: [2, 4, 6, 7], longRunDay: 7 });
    const json = buildPlanJson({ kind: 'hybrid', race: half, strength: { ...strength, trainingDays: [1, 5] } }) as HybridPlanJson;
    expect(json.validation).toEqual({ ok: true, errors: [] });
    const days = json.race.weeks.flatMap((w) => w.days as Array<{ dayNumber: number; type: string }>);
    const quality = days.filter((d) => ['tempo', 'intervals', 'marathon_pace'].includes(d.type));
    expect(quality.length).toBeGreaterThan(0);
    expect(quality.every((d) => d.dayNumber === 4)).toBe(true);
    expect(hybridErrors(race, { ...strength, trainingDays: [1, 5] })).toContain('runs and lifting fill all seven days: keep at least one rest day');
  });
});
