import { describe, expect, it } from 'vitest';
import { buildStrengthPlan } from '../../../src/engine/strength/index.js';
import { maxExercisesPerSession } from '../../../src/engine/strength/session-size.js';
import { lifterRequest } from '../../../src/engine/program/personas.js';

describe('strength.session-size', () => {
  it('a beginner gets fewer exercises than a trained lifter in the same minutes, and a short session fewer still', () => {
    expect(maxExercisesPerSession(60, 'beginner')).toBe(7);
    expect(maxExercisesPerSession(45, 'beginner')).toBe(5);
    expect(maxExercisesPerSession(60, 'intermediate')).toBe(8);
    expect(maxExercisesPerSession(90, 'beginner')).toBe(8);
    expect(maxExercisesPerSession(20, 'advanced')).toBe(3);
  });

  it('a 65-year-old beginner at home, 3 days of 60 minutes: 7 exercises a day at most, power and balance drills included (was 8-9)', () => {
    const plan = buildStrengthPlan(lifterRequest('beginner', 'general_fitness', { age: 65, home: true }));
    const days = plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
    expect(Math.max(...days.map((d) => d.exercises.length))).toBeLessThanOrEqual(7);
    for (const d of days) {
      // The drills the age rules add stay (power first, balance last), and the main lifts stay.
      expect(d.exercises[0]?.role).toBe('power');
      expect(d.exercises.some((e) => e.pattern === 'balance')).toBe(true);
      expect(d.estimatedMinutes).toBeLessThanOrEqual(60);
    }
  });

  it('beginners at home and at the gym, 3 and 6 days: no 60-minute session past 7 exercises, and the time is still used', () => {
    for (const home of [true, false]) {
      for (const days of [[1, 3, 5], [1, 2, 3, 4, 5, 6]] as const) {
        const plan = buildStrengthPlan(lifterRequest('beginner', 'hypertrophy', { home, days: [...days] }));
        for (const d of plan.weeks.flatMap((w) => (w.block.type === 'deload' ? [] : w.days.filter((x) => x.type === 'training')))) {
          expect(d.exercises.length, `${home ? 'home' : 'gym'} ${days.length}d ${d.date}`).toBeLessThanOrEqual(7);
          expect(d.estimatedMinutes).toBeGreaterThanOrEqual(50);
        }
      }
    }
  });
});
