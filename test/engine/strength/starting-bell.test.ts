import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, exerciseById, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { startingBell } from '../../../src/engine/strength/starting-bell.js';
import { aRequest } from './builders.js';

describe('strength.startingBell', () => {
  it('when no max is known, a kettlebell lift gets a bell by experience and movement, in the client\'s unit', () => {
    expect(startingBell('squat', 'beginner', 'kg')).toBe(12);
    expect(startingBell('vertical_push', 'beginner', 'kg')).toBe(8);
    expect(startingBell('hinge', 'advanced', 'kg')).toBe(24);
    // 16 kg = 35.3 lb: the 35 lb bell.
    expect(startingBell('horizontal_pull', 'intermediate', 'lb')).toBe(35);
    expect(startingBell('carry', 'advanced', 'kg')).toBeNull();
  });

  it('when the client named their heaviest bell, the starting bell is never over it', () => {
    // Intermediate legs call for 16 kg; a 12 kg bell is what there is.
    expect(startingBell('squat', 'intermediate', 'kg', 12)).toBe(12);
    expect(startingBell('vertical_push', 'beginner', 'kg', 24)).toBe(8);
  });
});

describe('strength.plan with one kettlebell and no maxes', () => {
  it('when a lifter has a kettlebell and no maxes, every kettlebell lift shows a bell (no "pick one"), within their heaviest, and the plan validates', () => {
    for (const [age, cap] of [['beginner', undefined], ['intermediate', 12], ['advanced', 16]] as const) {
      const req = aRequest({ trainingAge: age, units: 'kg', trainingDays: [1, 3, 5], sessionMinutes: 40, equipment: ['kettlebell', 'pullup_bar', 'bodyweight'], ...(cap ? { maxLoads: { kettlebell: cap } } : {}) });
      const plan = buildStrengthPlan(req);
      expect(validateStrengthPlan(plan, req).errors).toEqual([]);
      const bells = plan.weeks[0]!.days.flatMap((d) => d.exercises).filter((e) => exerciseById(e.exerciseId)?.implement === 'kettlebell' && !exerciseById(e.exerciseId)?.timed && e.role !== 'power');
      expect(bells.length, age).toBeGreaterThan(0);
      for (const e of bells) {
        expect(e.load, `${age} ${e.exerciseId}`).not.toBeNull();
        if (cap) expect(e.load!).toBeLessThanOrEqual(cap);
      }
    }
  });
});
