/**
 * The review grid's flags (program/coach-flags.ts): what a coach refuses on sight. A built plan passes; the
 * same plan with one thing a coach would refuse written into it is flagged for that thing.
 */
import { describe, expect, it } from 'vitest';
import { strengthFlags } from '../../../src/engine/program/coach-flags.js';
import { lifterRequest } from '../../../src/engine/program/personas.js';
import { buildStrengthPlan } from '../../../src/engine/strength/week.js';
import type { StrengthPlan } from '../../../src/engine/strength/types.js';

const MAXES = { back_squat: 315, deadlift: 405, bench_press: 245, overhead_press: 135 };
const fresh = (): StrengthPlan => buildStrengthPlan(lifterRequest('intermediate', 'strength', { oneRepMaxes: MAXES }));
const kinds = (plan: StrengthPlan) => strengthFlags(plan).map((f) => f.split(' ')[0]);

describe('coach flags for a lifting plan', () => {
  it('when the plan is built as it is, nothing is flagged', () => {
    expect(strengthFlags(fresh())).toEqual([]);
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
    const [w1, w2] = plan.weeks;
    const d1 = w1!.days.find((d) => d.exercises.some((e) => e.exerciseId === 'back_squat' && e.load !== null))!;
    const e1 = d1.exercises.find((e) => e.exerciseId === 'back_squat')!;
    const e2 = w2!.days.find((d) => d.dayNumber === d1.dayNumber)!.exercises.find((e) => e.exerciseId === 'back_squat')!;
    e2.reps = e1.reps;
    e2.load = Math.round(e1.load! * 1.2);
    expect(kinds(plan)).toContain('LOAD-JUMP');
  });

  it('when a deload keeps nearly all the sets of the week before, it is flagged', () => {
    const plan = fresh();
    const i = plan.weeks.findIndex((w) => w.block.type === 'deload');
    plan.weeks[i] = { ...plan.weeks[i - 1]!, weekNumber: plan.weeks[i]!.weekNumber, block: plan.weeks[i]!.block };
    expect(kinds(plan)).toContain('DELOAD-VOLUME');
  });
});
