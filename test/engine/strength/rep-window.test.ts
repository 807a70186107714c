/**
 * A lift is coached only at reps where the target muscles give out first (strength/prescription.ts repWindow):
 * heavy triples need a barbell or a machine (a goblet squat's triple is limited by holding the bell), and the
 * deadlift and front squat stop at 10 reps (the lower back rounds, the upper back folds before the legs tire).
 */
import { describe, expect, it } from 'vitest';
import { buildStrengthPlan } from '../../../src/engine/strength/week.js';
import { strengthFlags } from '../../../src/engine/program/coach-flags.js';
import { aRequest } from './builders.js';

const HOME = ['dumbbell', 'bench', 'bands', 'bodyweight'] as const;

describe('strength: rep ranges each lift can be coached at', () => {
  it('when a home lifter with dumbbells trains for power, no dumbbell or bodyweight lift is set below 5 reps', () => {
    // Power's main lifts are 2-3 reps (prescription.ts REP_RANGES); on a goblet squat or dumbbell bench they
    // shift up to 5-6, the same width, and the loads follow the reps.
    const req = aRequest({ goal: 'power', trainingDays: [1, 3, 5], equipment: [...HOME], oneRepMaxes: { back_squat: 275, bench_press: 205 } });
    const plan = buildStrengthPlan(req);
    const sets = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).filter((e) => !e.timed && e.role !== 'power');
    expect(sets.length).toBeGreaterThan(0);
    const low = sets.filter((e) => e.repsMin < 5).map((e) => `${e.name} x${e.reps}`);
    expect(low).toEqual([]);
    expect(sets.some((e) => e.exerciseId === 'goblet_squat' && e.repsMin === 5)).toBe(true);
    expect(strengthFlags(plan).filter((f) => f.startsWith('REPS'))).toEqual([]);
  });

  it('when a gym lifter trains for muscular endurance, the deadlift and front squat stay at 10 reps or fewer', () => {
    // Endurance main lifts are 12-15, +2 on a moderate day (14-17): a 17-rep deadlift is refused; it becomes 8-10
    // (width kept), while the back squat and the machines keep the block's high reps.
    const req = aRequest({ goal: 'muscular_endurance', trainingAge: 'intermediate', trainingDays: [1, 3, 5] });
    const plan = buildStrengthPlan(req);
    const all = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));
    const technical = all.filter((e) => ['deadlift', 'front_squat', 'sumo_deadlift', 'good_morning'].includes(e.exerciseId));
    expect(technical.length).toBeGreaterThan(0);
    for (const e of technical) expect(e.repsMax, `${e.name} x${e.reps}`).toBeLessThanOrEqual(10);
    expect(all.some((e) => !e.timed && e.repsMax >= 15)).toBe(true);
    expect(strengthFlags(plan).filter((f) => f.startsWith('REPS'))).toEqual([]);
  });
});
