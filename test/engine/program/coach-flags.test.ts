/**
 * The review grid's flags (program/coach-flags.ts): what a coach refuses on sight. A built plan passes; the
 * same plan with one thing a coach would refuse written into it is flagged for that thing.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, type RacePlan } from '../../../src/engine/endurance/plan.js';
import { raceFlags, strengthFlags } from '../../../src/engine/program/coach-flags.js';
import { lifterRequest, runnerRequest } from '../../../src/engine/program/personas.js';
import { buildStrengthPlan } from '../../../src/engine/strength/week.js';
import type { StrengthPlan } from '../../../src/engine/strength/types.js';

const MAXES = { back_squat: 315, deadlift: 405, bench_press: 245, overhead_press: 135 };
const fresh = (): StrengthPlan => buildStrengthPlan(lifterRequest('intermediate', 'strength', { oneRepMaxes: MAXES }));
const kinds = (plan: StrengthPlan) => strengthFlags(plan).map((f) => f.split(' ')[0]);

/** The loaded back squat on the same training day of weeks 1 and 2, for a load step to be set between them. */
function backSquatInWeeks1And2(plan: StrengthPlan) {
  const [w1, w2] = plan.weeks;
  const d1 = w1!.days.find((d) => d.exercises.some((e) => e.exerciseId === 'back_squat' && e.load !== null))!;
  const e1 = d1.exercises.find((e) => e.exerciseId === 'back_squat')!;
  const e2 = w2!.days.find((d) => d.dayNumber === d1.dayNumber)!.exercises.find((e) => e.exerciseId === 'back_squat')!;
  return [e1, e2] as const;
}

describe('coach flags for a lifting plan', () => {
  it('when the plan is built as it is, nothing is flagged', () => {
    expect(strengthFlags(fresh())).toEqual([]);
  });

  it('when calves get 3 sets (MEV 8) in every building week, it is flagged; in 3 of 10, it is not', () => {
    // 3 of 10 building weeks is under a third (UNDER_MEV_SHARE): weeks where time went to the big lifts.
    // 4 of 10 is over a third: a muscle trained too little to grow.
    const plan = fresh();
    const building = plan.weeks.filter((w) => w.block.type === 'accumulation' || w.block.type === 'intensification');
    for (const w of building.slice(0, 3)) w.hardSetsByMuscle.calves = 3;
    expect(kinds(plan)).not.toContain('UNDER-MEV');
    building[3]!.hardSetsByMuscle.calves = 7; // a full set short of 8 counts
    expect(strengthFlags(plan)).toContain('UNDER-MEV calves 4/10 weeks (W1 3 sets, MEV 8)');
  });

  it('when a lifter trains 2 days a week, muscles under MEV are not flagged (two sessions cannot reach it)', () => {
    const plan = buildStrengthPlan(lifterRequest('intermediate', 'strength', { days: [1, 4], oneRepMaxes: MAXES }));
    for (const w of plan.weeks) w.hardSetsByMuscle.calves = 0;
    expect(kinds(plan)).not.toContain('UNDER-MEV');
  });

  it('when a wheelchair user trains the upper body only, their legs are not flagged under MEV (trained on purpose at 0)', () => {
    const plan = buildStrengthPlan(lifterRequest('beginner', 'fat_loss', { upperBodyOnly: true }));
    expect(strengthFlags(plan).filter((f) => /quads|hamstrings|glutes|calves/.test(f))).toEqual([]);
  });

  it('when an accumulation week is taken to failure (RIR 0), it is flagged', () => {
    const plan = fresh();
    const w = plan.weeks.find((x) => x.block.type === 'accumulation')!;
    w.days.find((d) => d.type === 'training')!.exercises[0]!.rir = 0;
    expect(kinds(plan)).toContain('RIR-LOW-IN-ACCUMULATION');
  });

  it('when the deloads are taken out (12 loading weeks), it is flagged', () => {
    const plan = fresh();
    for (const w of plan.weeks) w.block = { ...w.block, type: w.block.type === 'deload' ? 'accumulation' : w.block.type };
    expect(kinds(plan)).toContain('NO-DELOAD');
  });

  it('when an accessory comes before the main lift, it is flagged', () => {
    const plan = fresh();
    const d = plan.weeks[0]!.days.find((x) => x.type === 'training')!;
    d.exercises = [...d.exercises].reverse().map((e) => ({ ...e, superset: null }));
    expect(kinds(plan)).toContain('ORDER');
  });

  it('when a lift jumps 20 % at the same reps from one loading week to the next, it is flagged', () => {
    // Week 2's back squat at week 1's reps: 1.2 × its load is past the 10 % (and the 5 lb step) a coach allows.
    const plan = fresh();
    const [e1, e2] = backSquatInWeeks1And2(plan);
    e2.reps = e1.reps;
    e2.load = Math.round(e1.load! * 1.2);
    expect(kinds(plan)).toContain('LOAD-JUMP');
  });

  it('when a deload comes after 2 loading weeks (the second block), it is flagged; every 4-6 weeks it is not', () => {
    const plan = fresh();
    expect(kinds(plan)).not.toContain('DELOAD-EARLY');
    const first = plan.weeks.findIndex((w) => w.block.type === 'deload');
    const w = plan.weeks[first + 3]!;
    w.block = { ...w.block, type: 'deload' };
    expect(kinds(plan)).toContain('DELOAD-EARLY');
  });

  it('when the main lifts get further from failure mid-block (RIR 2 -> 3), it is flagged', () => {
    const plan = fresh();
    expect(kinds(plan)).not.toContain('RIR-RISING');
    const i = plan.weeks.findIndex((w, k) => k > 0 && w.block.type !== 'deload' && plan.weeks[k - 1]!.block.type !== 'deload');
    for (const d of plan.weeks[i]!.days) for (const e of d.exercises) if (e.role === 'main') e.rir = 4;
    expect(kinds(plan)).toContain('RIR-RISING');
  });

  it('when a loading week has no main lift, it is flagged', () => {
    const plan = fresh();
    expect(kinds(plan)).not.toContain('NO-MAIN-LIFT');
    for (const d of plan.weeks[1]!.days) d.exercises = d.exercises.filter((e) => e.role !== 'main');
    expect(kinds(plan)).toContain('NO-MAIN-LIFT');
  });

  it('when a main lift rises 8 % at the same reps (a coach adds 2.5-5 %), it is flagged; 4 % is not', () => {
    const plan = fresh();
    const [e1, e2] = backSquatInWeeks1And2(plan);
    e2.reps = e1.reps;
    e2.load = Math.round(e1.load! * 1.04);
    expect(kinds(plan)).not.toContain('MAIN-LOAD-STEP');
    e2.load = Math.round(e1.load! * 1.08);
    expect(kinds(plan)).toContain('MAIN-LOAD-STEP');
  });

  it('when a deload keeps nearly all the sets of the week before, it is flagged', () => {
    const plan = fresh();
    const i = plan.weeks.findIndex((w) => w.block.type === 'deload');
    plan.weeks[i] = { ...plan.weeks[i - 1]!, weekNumber: plan.weeks[i]!.weekNumber, block: plan.weeks[i]!.block };
    expect(kinds(plan)).toContain('DELOAD-VOLUME');
  });
});

describe('coach flags for a race plan (start, 10 % rule, long-run share)', () => {
  const km70 = () => buildRacePlan(runnerRequest('marathon', 70, 18, { units: 'km' }));
  const raceKinds = (plan: RacePlan) => raceFlags(plan).map((f) => f.split(' ')[0]);

  it('when a 70 km/week marathoner starts on a Monday or a Wednesday, nothing is flagged', () => {
    expect(raceFlags(km70())).toEqual([]);
    // From Wednesday on Tue/Wed/Thu/Sat/Sun: week 1 has 4 of the 5 run days (56 km = 70 x 4/5, each run its
    // usual size), so the first full week (week 2) is the one held to the start.
    const wed = buildRacePlan(runnerRequest('half', 70, 14, { units: 'km', trainingDays: [2, 3, 4, 6, 7], startDate: '2026-03-04' }));
    expect(wed.weeks[0]!.trainingVolume).toBe(56);
    expect(raceFlags(wed)).toEqual([]);
  });

  it('when the first full week of a 70 km runner is 56 km, it is flagged', () => {
    // 56 < 95 % of 70 (66.5): a runner already doing 70 starts near 70 (seed 004: start at current baseline).
    const plan = km70();
    plan.weeks[0]!.trainingVolume = 56;
    expect(raceFlags(plan)).toContain('START-LOW W1 56 km (starts at 70)');
  });

  it('when a load week rises 15 % over the one before, it is flagged', () => {
    // Week 2 is 72.6 km; week 3 at 83.5 is +15 %, past maxNextLoad(72.6) = 79.8.
    const plan = km70();
    plan.weeks[2]!.trainingVolume = 83.5;
    expect(raceFlags(plan)).toContain('RAMP W3 72.6->83.5 km (max 79.8)');
  });

  it('when a long run is 60 % of its week, it is flagged (a marathon long run is at most half the week)', () => {
    const plan = km70();
    const w = plan.weeks[4]!;
    w.days.find((d) => d.type === 'long')!.total = Math.round(w.trainingVolume * 0.6 * 10) / 10;
    expect(raceKinds(plan)).toContain('LONG-SHARE');
  });
});
