import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, exerciseById, validateStrengthPlan, validateStrengthWeek } from '../../../src/engine/strength/index.js';
import { fitToCap, type CapContext } from '../../../src/engine/strength/load-cap.js';
import { formatLift } from '../../../src/messages/format/workout-lines.js';
import { toLiftItem } from '../../../src/engine/strength/to-workout.js';
import { aRequest } from './builders.js';

const ctx = (over: Partial<CapContext> = {}): CapContext => ({
  cap: 50,
  unit: 'lb',
  role: 'secondary',
  rir: 2,
  beginnerCap: null,
  equipment: ['dumbbell', 'bench', 'bodyweight'],
  limitations: [],
  trainingAge: 'intermediate',
  usedToday: new Set(),
  knownMax: () => undefined,
  ...over,
});

describe('strength.load-cap', () => {
  it('when the heaviest dumbbell fits the reps, nothing changes', () => {
    expect(fitToCap(exerciseById('db_romanian_deadlift')!, 60, { min: 8, max: 10 }, ctx())).toBeNull();
  });

  it('when a few more reps do it, the heaviest dumbbell for more reps, never past 15 on a big lift', () => {
    const r = fitToCap(exerciseById('db_romanian_deadlift')!, 75, { min: 8, max: 10 }, ctx())!;
    expect(r.exercise.id).toBe('db_romanian_deadlift');
    expect(r.load).toBe(50);
    expect(r.range.max).toBeLessThanOrEqual(15);
    expect(r.tempo).toBeNull();
  });

  it('when 50 lb dumbbells would take 22 reps on an RDL, the single-leg RDL at 10-12 a side instead', () => {
    // 90 lb per dumbbell: 24 reps to failure at 50, 22 at RIR 2 (the old "20-22" set).
    const r = fitToCap(exerciseById('db_romanian_deadlift')!, 90, { min: 10, max: 12 }, ctx())!;
    expect(r.exercise.id).toBe('single_leg_rdl');
    expect(r.load).toBe(50);
    expect(r.range).toEqual({ min: 10, max: 12 });
    expect(r.note).toMatch(/^Single-leg dumbbell RDL in place of dumbbell Romanian deadlift/);
  });

  it('when no harder variation fits the kit, a slower tempo at 15 reps or fewer', () => {
    const r = fitToCap(exerciseById('db_floor_press')!, 90, { min: 8, max: 10 }, ctx({ equipment: ['dumbbell', 'bodyweight'] }))!;
    expect(r.exercise.id).toBe('db_floor_press');
    expect(r.tempo).toMatch(/^3 s down/);
    expect(r.range.max).toBeLessThanOrEqual(15);
  });

  it('a variation the client lacks the kit for (a Bulgarian split squat without a bench) is never chosen', () => {
    const r = fitToCap(exerciseById('goblet_squat')!, 110, { min: 8, max: 10 }, ctx({ equipment: ['dumbbell', 'bodyweight'] }))!;
    expect(r.exercise.id).not.toBe('bulgarian_split_squat');
    expect(r.exercise.equipment.every((e) => ['dumbbell', 'bodyweight'].includes(e))).toBe(true);
  });
});

describe('strength.week with the client\'s heaviest dumbbell (maxLoads)', () => {
  const req = aRequest({
    goal: 'hypertrophy',
    trainingDays: [1, 3, 5],
    equipment: ['dumbbell', 'cable', 'bodyweight'],
    maxLoads: { dumbbell: 50 },
    oneRepMaxes: { back_squat: 315, deadlift: 405, bench_press: 245, overhead_press: 135 },
  });
  const plan = buildStrengthPlan(req);

  it('when every loaded set is planned, no dumbbell is over 50 lb and no set over 15 reps on the big lifts, every week validating', () => {
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const lifts = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));
    for (const e of lifts.filter((x) => exerciseById(x.exerciseId)!.implement === 'dumbbell' && x.load !== null)) {
      expect(e.load!).toBeLessThanOrEqual(50);
      if (e.role === 'main' || e.role === 'secondary') expect(e.repsMax).toBeLessThanOrEqual(15);
    }
    // The too-light RDL became a single-leg RDL, and the morning text reads like a coach's (the day's second
    // hinge may be a single-leg RDL of its own, without a load yet: the capped one carries 50 lb).
    const rdl = lifts.find((e) => e.exerciseId === 'single_leg_rdl' && e.load !== null)!;
    expect(formatLift(toLiftItem(rdl))).toMatch(/^Single-leg dumbbell RDL \dx\d+-\d+\/side @ 50 lb/);
    const slow = lifts.find((e) => e.tempo)!;
    expect(formatLift(toLiftItem(slow))).toMatch(/@ 50 lb( each)?, 3 s down/);
  });

  it('when a week puts a dumbbell over the cap or a set past 20 reps, the validator says so', () => {
    const week = structuredClone(plan.weeks[0]!);
    const e = week.days.flatMap((d) => d.exercises).find((x) => x.load !== null && exerciseById(x.exerciseId)!.implement === 'dumbbell')!;
    e.load = 60;
    e.repsMax = 23;
    e.reps = `${e.repsMin}-23`;
    const errors = validateStrengthWeek(week, req).errors.join(' | ');
    expect(errors).toContain('heaviest available 50');
    expect(errors).toMatch(/reps .* out of 1-20/);
  });
});

describe('strength.week with the bells and dumbbells the client owns (ownedLoads)', () => {
  it('when a client owns kettlebells of 15, 25 and 35 lb, every kettlebell load is one of them, never a 20 or a 30', () => {
    const req = aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], equipment: ['kettlebell', 'bodyweight'], maxLoads: { kettlebell: 35 }, ownedLoads: { kettlebell: [15, 25, 35] } });
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const bells = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).filter((e) => exerciseById(e.exerciseId)!.implement === 'kettlebell' && e.load !== null);
    expect(bells.length).toBeGreaterThan(0);
    for (const e of bells) expect([15, 25, 35], `${e.exerciseId} ${e.load}`).toContain(e.load);
    // Without the list the same plan uses standard bells the client does not have.
    const standard = buildStrengthPlan({ ...req, ownedLoads: undefined }).weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).filter((e) => exerciseById(e.exerciseId)!.implement === 'kettlebell' && e.load !== null);
    expect(standard.some((e) => ![15, 25, 35].includes(e.load!))).toBe(true);
  });

  it('when a client owns adjustable dumbbells from 5 to 52.5 lb, dumbbell loads stay on them and never pass 52.5', () => {
    const owned = [5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40, 42.5, 45, 47.5, 50, 52.5];
    const req = aRequest({ goal: 'hypertrophy', trainingDays: [1, 3, 5], equipment: ['dumbbell', 'bench', 'bodyweight'], maxLoads: { dumbbell: 52.5 }, ownedLoads: { dumbbell: owned }, oneRepMaxes: { back_squat: 315, bench_press: 245 } });
    const lifts = buildStrengthPlan(req).weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).filter((e) => exerciseById(e.exerciseId)!.implement === 'dumbbell' && e.load !== null);
    expect(lifts.length).toBeGreaterThan(0);
    for (const e of lifts) expect(owned).toContain(e.load);
    expect(Math.max(...lifts.map((e) => e.load!))).toBeLessThanOrEqual(52.5);
  });
});
