import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { ageRequestFields } from '../../../src/engine/strength/age-rules.js';
import { exerciseById } from '../../../src/engine/strength/exercises.js';
import { aRequest } from './builders.js';

const HOME = ['dumbbell', 'bands', 'bodyweight'] as const;
const lifts = (plan: ReturnType<typeof buildStrengthPlan>) => plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));
const ids = (plan: ReturnType<typeof buildStrengthPlan>) => new Set(lifts(plan).map((e) => e.exerciseId));

describe('strength.health-request: a 58-year-old beginner with osteopenia, at home with dumbbells and bands', () => {
  const req = aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], sessionMinutes: 45, equipment: [...HOME], health: [{ condition: 'bone', label: 'osteopenia' }] });
  const plan = buildStrengthPlan(req);

  it('trains single legs in a split squat by a wall, never a moving lunge, with no jumps, swings or crunches', () => {
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const used = ids(plan);
    expect(used.has('db_split_squat')).toBe(true);
    for (const id of ['walking_lunge', 'reverse_lunge', 'kb_reverse_lunge', 'reverse_crunch', 'jump_squat', 'kb_swing']) expect(used.has(id)).toBe(false);
    for (const e of lifts(plan)) expect(['power', 'core_flexion']).not.toContain(exerciseById(e.exerciseId)!.pattern);
  });

  it('every set stops 2+ reps short of failure with 5+ reps, and every training day says why', () => {
    for (const e of lifts(plan)) {
      expect(e.rir).toBeGreaterThanOrEqual(2);
      if (!e.timed) expect(e.repsMin).toBeGreaterThanOrEqual(5);
    }
    for (const d of plan.weeks.flatMap((w) => w.days).filter((x) => x.type === 'training')) {
      expect(d.notes.join(' ')).toMatch(/With your osteopenia: no jumps/);
    }
  });

  it('bodyweight only: an incline push-up, hands on a counter, not a floor push-up', () => {
    const bw = aRequest({ ...req, equipment: ['bands', 'bodyweight'] });
    const used = ids(buildStrengthPlan(bw));
    expect(used.has('incline_push_up')).toBe(true);
    expect(used.has('push_up')).toBe(false);
  });

  it('loads go up in half steps, as for a lifter 60+', () => {
    const withMax = aRequest({ ...req, weeks: 12, equipment: ['dumbbell', 'bench', 'bodyweight'], oneRepMaxes: { db_bench_press: 40 } });
    const without = aRequest({ ...withMax, health: [] });
    const last = (r: typeof req) => lifts(buildStrengthPlan(r)).filter((e) => e.exerciseId === 'db_bench_press' && e.oneRepMax).at(-1)!.oneRepMax!;
    expect(last(withMax) - 40).toBeCloseTo((last(without) - 40) / 2, 0);
  });
});

describe('strength.health-request: a 65-year-old beginner at home', () => {
  const req = aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], equipment: ['bands', 'bodyweight'], ...ageRequestFields(65) });

  it('gets balance-supported, joint-friendly choices: incline push-ups and a split squat, no stepping lunge', () => {
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const used = ids(plan);
    expect(used.has('incline_push_up')).toBe(true);
    for (const id of ['push_up', 'reverse_lunge', 'walking_lunge', 'jump_squat']) expect(used.has(id)).toBe(false);
  });
});

describe('strength.health-request: pregnant, second or third trimester told', () => {
  const gym = { trainingDays: [1, 3, 5] as (1 | 3 | 5)[], oneRepMaxes: { bench_press: 135, back_squat: 185 } };
  const pregnant = (label: string) => aRequest({ ...gym, health: [{ condition: 'pregnancy', label }] });

  it('nothing lying flat: the bench press becomes an incline press, no floor press, flat fly or glute bridge', () => {
    for (const label of ['pregnancy (second trimester)', 'pregnancy (third trimester)', 'pregnancy']) {
      const req = pregnant(label);
      const plan = buildStrengthPlan(req);
      expect(validateStrengthPlan(plan, req).errors).toEqual([]);
      const used = ids(plan);
      for (const id of ['bench_press', 'db_bench_press', 'floor_press', 'db_fly', 'skull_crusher', 'glute_bridge', 'dead_bug']) expect(used.has(id)).toBe(false);
      expect(used.has('incline_bench_press') || used.has('incline_db_press')).toBe(true);
    }
  });

  it('no heavy breath-held sets: every set 3+ reps short of failure with 6+ reps, and the plan says why on every day', () => {
    const plan = buildStrengthPlan(pregnant('pregnancy (third trimester)'));
    for (const e of lifts(plan)) {
      expect(e.rir).toBeGreaterThanOrEqual(3);
      if (!e.timed) expect(e.repsMin).toBeGreaterThanOrEqual(6);
    }
    for (const d of plan.weeks.flatMap((w) => w.days).filter((x) => x.type === 'training')) {
      expect(d.notes.join(' ')).toMatch(/With your pregnancy \(third trimester\):.*nothing lying flat on your back/);
    }
  });

  it('the first trimester told may still bench flat', () => {
    expect(ids(buildStrengthPlan(pregnant('pregnancy (first trimester)'))).has('bench_press')).toBe(true);
  });
});

describe('strength.health-request: the line matches the trimester told', () => {
  const lines = (label: string) => {
    const req = aRequest({ trainingAge: 'intermediate', goal: 'strength', trainingDays: [1, 3, 5], sessionMinutes: 60, equipment: ['barbell', 'rack', 'bench', 'dumbbell'], health: [{ condition: 'pregnancy', label }] });
    return buildStrengthPlan(req).weeks[0]!.days.filter((d) => d.type === 'training').map((d) => d.notes.join(' '));
  };
  it('when the second trimester is told, nothing lying flat is said as now, not "after the first trimester"', () => {
    for (const n of lines('pregnancy (second trimester)')) {
      expect(n).toMatch(/nothing lying flat on your back\./);
      expect(n).not.toMatch(/after the first trimester/);
    }
  });
  it('when the first trimester is told, lying flat is said to stop from the second', () => {
    for (const n of lines('pregnancy (first trimester)')) expect(n).toMatch(/from the second trimester nothing lying flat on your back/);
  });
});

describe('strength.health-request: postpartum (a recent birth), intermediate in a full gym', () => {
  const req = aRequest({ trainingAge: 'intermediate', goal: 'strength', trainingDays: [1, 3, 5], sessionMinutes: 60, health: [{ condition: 'postpartum', label: 'recent birth' }] });
  const plan = buildStrengthPlan(req);

  it('starts lighter: 3+ reps in reserve, no jumps, crunches or hanging raises, a line on every day', () => {
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    for (const e of lifts(plan)) {
      expect(e.rir).toBeGreaterThanOrEqual(3);
      expect(['power', 'core_flexion']).not.toContain(exerciseById(e.exerciseId)!.pattern);
      expect(e.exerciseId).not.toBe('hanging_knee_raise');
    }
    for (const d of plan.weeks.flatMap((w) => w.days).filter((x) => x.type === 'training')) {
      expect(d.notes.join(' ')).toMatch(/With your recent birth: we start lighter than before/);
    }
  });

  it('loads go up in half steps', () => {
    const withMax = aRequest({ ...req, weeks: 12, oneRepMaxes: { back_squat: 150 } });
    const without = aRequest({ ...withMax, health: [] });
    const last = (r: typeof req) => lifts(buildStrengthPlan(r)).filter((e) => e.exerciseId === 'back_squat' && e.oneRepMax).at(-1)!.oneRepMax!;
    expect(last(withMax) - 150).toBeCloseTo((last(without) - 150) / 2, 0);
  });
});
