import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { exerciseById } from '../../../src/engine/strength/exercises.js';
import { LOWER_BODY_PATTERNS } from '../../../src/engine/strength/upper-body-only.js';
import { aRequest } from './builders.js';

const GYM = ['barbell', 'rack', 'bench', 'dumbbell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] as const;
const NOT_SEATED = /squat|lunge|deadlift|push-up|pull-up|chin-up|plank|dead bug|sit-to-stand|swing|balance|step-up|carry|bent-over|inverted|overhead press$/i;

describe('strength.upper-body-only: a wheelchair user, full gym', () => {
  for (const days of [[1, 3, 5], [1, 2, 4, 5], [1, 2, 3, 4, 5, 6]] as const) {
    for (const trainingAge of ['beginner', 'advanced'] as const) {
      it(`when ${trainingAge}, ${days.length} days: no lower-body, standing or floor lift; a push, a pull and seated trunk work`, () => {
        const req = aRequest({ trainingAge, goal: 'strength', trainingDays: [...days], sessionMinutes: 45, equipment: [...GYM], upperBodyOnly: true, ageBand: 'older' });
        const plan = buildStrengthPlan(req);
        expect(validateStrengthPlan(plan, req).errors).toEqual([]);
        const training = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'training');
        expect(training.length).toBeGreaterThan(0);
        for (const d of training) {
          const pats = d.exercises.map((e) => exerciseById(e.exerciseId)!.pattern);
          for (const e of d.exercises) expect(e.name).not.toMatch(NOT_SEATED);
          for (const p of pats) expect(LOWER_BODY_PATTERNS).not.toContain(p);
          expect(pats.some((p) => p === 'horizontal_push' || p === 'vertical_push'), d.date).toBe(true);
          expect(pats.some((p) => p === 'horizontal_pull' || p === 'vertical_pull'), d.date).toBe(true);
          expect(d.theme).toMatch(/^Upper/);
          expect(d.notes.join(' ')).toMatch(/every lift seated/);
        }
        const trunk = training.filter((d) => d.exercises.some((e) => exerciseById(e.exerciseId)!.pattern.startsWith('core_')));
        expect(trunk.length).toBeGreaterThanOrEqual(training.length / 2);
      });
    }
  }
});

describe('strength.upper-body-only: fat loss for a client who cannot walk', () => {
  it('counts active minutes (pushing the chair, an arm bike), never steps or a walk, on training and rest days', () => {
    for (const sessionMinutes of [30, 60]) {
      const req = aRequest({ trainingAge: 'beginner', goal: 'fat_loss', trainingDays: [1, 3, 5], sessionMinutes, equipment: [...GYM], upperBodyOnly: true });
      const plan = buildStrengthPlan(req);
      expect(validateStrengthPlan(plan, req).errors).toEqual([]);
      const notes = plan.weeks.flatMap((w) => w.days).flatMap((d) => d.notes).join(' ');
      expect(notes).not.toMatch(/steps|walk/i);
      expect(notes).toMatch(/active minutes/);
    }
  });

  it('a client on their feet still gets the step count', () => {
    const req = aRequest({ trainingAge: 'beginner', goal: 'fat_loss', trainingDays: [1, 3, 5], sessionMinutes: 60, equipment: [...GYM] });
    const notes = buildStrengthPlan(req).weeks.flatMap((w) => w.days).flatMap((d) => d.notes).join(' ');
    expect(notes).toMatch(/8,000\+ steps/);
  });
});
