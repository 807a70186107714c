import { describe, expect, it } from 'vitest';
import { adaptedWeek, type AdaptationContext, type AdaptationInput } from '../../../src/engine/adaptation/index.js';
import { planOutline } from '../../../src/engine/program/program.js';
import { exerciseById, validateStrengthWeek, type StrengthRequest } from '../../../src/engine/strength/index.js';
import { aRequest } from '../strength/builders.js';

const ctx = (adaptations: AdaptationInput[]): AdaptationContext => ({ adaptations, soreness: [] });
const training = (w: ReturnType<typeof adaptedWeek>['week']) => w.strength!.days.filter((d) => d.type === 'training');

describe('health conditions (adaptation/health.ts)', () => {
  // A strength lifter peaking for a meet: the last weeks hold heavy singles, the work a heart condition rules out.
  const req: StrengthRequest = aRequest({ weeks: 12, meetDate: '2026-05-23', oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405 } });
  const outline = planOutline(req);

  it('when a lifter has AFib: every set keeps 3+ reps in reserve and 6+ reps, no explosive lifts, in every week to the meet, said once why', () => {
    const heart: AdaptationInput = { kind: 'health', from: '2026-03-02', condition: 'heart', label: 'AFib', reason: 'I have AFib' };
    for (const n of [1, 5, 10, 11, 12]) {
      const { week, base, changes } = adaptedWeek(req, outline, n, {}, ctx([heart]));
      for (const d of training(week)) {
        for (const e of d.exercises) {
          expect(e.rir, `${n} ${d.date} ${e.exerciseId}`).toBeGreaterThanOrEqual(3);
          if (!e.timed) expect(e.repsMin, `${n} ${d.date} ${e.exerciseId}`).toBeGreaterThanOrEqual(6);
          expect(exerciseById(e.exerciseId)!.pattern).not.toBe('power');
        }
      }
      if (n === 11) expect(training(base).some((d) => d.exercises.some((e) => e.repsMin < 6 || e.rir < 3))).toBe(true);
      // A week the rules leave as it was (week 1's moderate sets) has no change line; a peaking week has one.
      const lines = changes.filter((c) => c.type === 'health_limitation');
      if (n < 10) continue;
      expect(lines).toHaveLength(1);
      expect(lines[0]!.reason).toMatch(/^With AFib: every set stops 3\+ reps short of failure/);
    }
  });

  it('when a lifter has osteoporosis: no jumps, explosive lifts, crunches or sit-ups, and 2+ reps in reserve', () => {
    const athletic = aRequest({ goal: 'power', trainingAge: 'advanced', oneRepMaxes: { back_squat: 315 } });
    const bone: AdaptationInput = { kind: 'health', from: '2026-03-02', condition: 'bone', label: 'osteoporosis', reason: 'osteoporosis' };
    const o = planOutline(athletic);
    const plain = adaptedWeek(athletic, o, 2, {}, ctx([])).week;
    expect(training(plain).some((d) => d.exercises.some((e) => ['power', 'core_flexion'].includes(exerciseById(e.exerciseId)!.pattern)))).toBe(true);
    for (const n of [2, 6, 10]) {
      const { week } = adaptedWeek(athletic, o, n, {}, ctx([bone]));
      for (const e of training(week).flatMap((d) => d.exercises)) {
        expect(['power', 'core_flexion']).not.toContain(exerciseById(e.exerciseId)!.pattern);
        expect(e.rir).toBeGreaterThanOrEqual(2);
      }
      expect(validateStrengthWeek(week.strength!, athletic).errors.filter((x) => !/RIR|reps/i.test(x))).toEqual([]);
    }
  });
});

describe('load limits (strength-overrides.ts)', () => {
  const req: StrengthRequest = aRequest({ oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405 } });
  const outline = planOutline(req);
  const loads = (w: ReturnType<typeof adaptedWeek>['week'], from = '0000', to = '9999') =>
    training(w).filter((d) => d.date >= from && d.date <= to).flatMap((d) => d.exercises.filter((e) => e.load !== null).map((e) => e.load!));

  it('when the doctor says nothing over 135 through a date: no load over it until then, the bar stays, and the loads come back after', () => {
    const limit: AdaptationInput = { kind: 'load_limit', from: '2026-03-02', to: '2026-03-12', load: 135, unit: 'lb', reason: 'doctor says nothing over 135' };
    const { week, base, changes } = adaptedWeek(req, outline, 2, {}, ctx([limit]));
    expect(Math.max(...loads(base, '2026-03-09', '2026-03-12'))).toBeGreaterThan(135);
    expect(Math.max(...loads(week, '2026-03-09', '2026-03-12'))).toBeLessThanOrEqual(135);
    expect(training(week).find((d) => d.date === '2026-03-09')!.exercises.some((e) => exerciseById(e.exerciseId)!.equipment.includes('barbell'))).toBe(true);
    // Friday is after the limit: the planned loads again.
    expect(loads(week, '2026-03-13')).toEqual(loads(base, '2026-03-13'));
    const line = changes.find((c) => c.type === 'load_limit')!;
    expect(line.reason).toMatch(/^Nothing over 135 lb through Thu Mar 12: heavier sets use 135 lb for more reps or a slower tempo/);
    expect(line.dates).toEqual(expect.arrayContaining(['2026-03-09', '2026-03-10']));
    expect(line.dates.every((d) => d <= '2026-03-12')).toBe(true);
  });

  it('when a limit is said of one lift ("keep it under 135 on squats"): that lift stays under it, every other lift keeps its load', () => {
    const squats: AdaptationInput = { kind: 'load_limit', from: '2026-03-02', to: null, load: 135, unit: 'lb', reason: 'keep it under 135 on squats', exerciseIds: ['back_squat'] };
    const { week, base, changes } = adaptedWeek(req, outline, 2, {}, ctx([squats]));
    const of = (w: ReturnType<typeof adaptedWeek>['week'], id: string) => training(w).flatMap((d) => d.exercises.filter((e) => e.exerciseId === id && e.load !== null).map((e) => e.load!));
    expect(Math.max(...of(base, 'back_squat'))).toBeGreaterThan(135);
    expect(of(week, 'back_squat').length).toBeGreaterThan(0);
    expect(Math.max(...of(week, 'back_squat'))).toBeLessThanOrEqual(135);
    // Bench and deadlift over 135 as planned: the limit is not every lift's.
    for (const id of ['bench_press', 'deadlift']) {
      expect(of(week, id)).toEqual(of(base, id));
      expect(Math.max(...of(week, id))).toBeGreaterThan(135);
    }
    expect(changes.find((c) => c.type === 'load_limit')!.reason).toMatch(/^Nothing over 135 lb on back squat until you tell me it is lifted: .* your other lifts keep their loads\.$/);
  });

  it('when a limit has no end it holds in every later week; under an empty bar there is no barbell, machine or cable work', () => {
    const open: AdaptationInput = { kind: 'load_limit', from: '2026-03-02', to: null, load: 20, unit: 'kg', reason: 'nothing over 20 kg' };
    const { week, changes } = adaptedWeek(req, outline, 9, {}, ctx([open]));
    expect(Math.max(...loads(week))).toBeLessThanOrEqual(44);
    for (const e of training(week).flatMap((d) => d.exercises)) {
      expect(exerciseById(e.exerciseId)!.equipment.some((q) => ['barbell', 'machine', 'cable'].includes(q)), e.exerciseId).toBe(false);
    }
    expect(changes.find((c) => c.type === 'load_limit')!.reason).toMatch(/until you tell me it is lifted/);
  });
});
