/**
 * A 75+ beginner (age-rules.ts AGE_EXERCISE_RULES): no barbell on the back or off the floor — a goblet squat,
 * a squat to a bench or the leg press, and a dumbbell or Romanian hinge instead — with the band's 3+ reps in
 * reserve and a balance hold every day. A 75-year-old who already lifts (intermediate) keeps the barbell.
 */
import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { ageRequestFields } from '../../../src/engine/strength/age-rules.js';
import { lifterRequest } from '../../../src/engine/program/personas.js';

const BARBELL_FROM_RACK_OR_FLOOR = ['back_squat', 'front_squat', 'deadlift', 'sumo_deadlift', 'good_morning'];

function lifts(trainingAge: 'beginner' | 'intermediate', age: number, goal: 'strength' | 'general_fitness' = 'general_fitness') {
  const req = { ...lifterRequest(trainingAge, goal, { days: [1, 3, 5] }), ...ageRequestFields(age) };
  const plan = buildStrengthPlan(req);
  expect(validateStrengthPlan(plan, req).errors).toEqual([]);
  return plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
}

describe('strength.ageExcludedExercises (75 and over)', () => {
  it.each(['general_fitness', 'strength'] as const)('when a 78-year-old beginner in a full gym is planned (%s), no week has a barbell back squat or floor deadlift, and squats are goblet, box or leg press', (goal) => {
    const days = lifts('beginner', 78, goal);
    const ids = days.flatMap((d) => d.exercises.map((e) => e.exerciseId));
    expect(ids.filter((id) => BARBELL_FROM_RACK_OR_FLOOR.includes(id))).toEqual([]);
    expect(ids.some((id) => ['goblet_squat', 'db_box_squat', 'leg_press', 'kb_goblet_squat'].includes(id))).toBe(true);
    for (const d of days) {
      // Balance every day, and every lift but the fast sit-to-stand 3+ reps short of failure.
      expect(d.exercises.some((e) => e.exerciseId === 'single_leg_stand'), d.date).toBe(true);
      for (const e of d.exercises) if (e.role !== 'power') expect(e.rir, `${d.date} ${e.exerciseId}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('when a 78-year-old intermediate or a 62-year-old beginner is planned, the barbell squat stays (the rule is the oldest beginners\u2019)', () => {
    expect(lifts('intermediate', 78).flatMap((d) => d.exercises.map((e) => e.exerciseId))).toContain('back_squat');
    expect(lifts('beginner', 62).flatMap((d) => d.exercises.map((e) => e.exerciseId))).toContain('back_squat');
  });
});
