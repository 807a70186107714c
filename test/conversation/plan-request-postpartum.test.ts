/**
 * A mother who says "had my son 8 months ago" while setting up is told "we start lighter than before"
 * (answers/faq.ts postpartum); the plan keeps that promise (engine/adaptation/health.ts postpartum).
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
import { findHealthConditions } from '../../src/conversation/parse/health.js';
import { buildStrengthPlan, validateStrengthPlan, type StrengthRequest } from '../../src/engine/strength/index.js';
import { exerciseById } from '../../src/engine/strength/exercises.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550198', 'America/New_York');
const REST = ['2 years', 'mon wed fri', '60 min', 'full gym', 'none'];

describe('plan-request.profileToPlanRequest (postpartum told at onboarding)', () => {
  it('when a lifter says "I want to get stronger, had my son 8 months ago": lighter start kept - RIR 3+, no jumps or crunches, a line on every day', () => {
    const { turns, last } = playOnboarding(ctx, ['I want to get stronger, had my son 8 months ago', 'Dana', ...REST, 'skip', 'skip', 'yes']);
    expect(turns.map((t) => t.reply).join('\n')).toMatch(/we start lighter than before/);
    const req = profileToPlanRequest(last.profile!, '2026-12-01') as StrengthRequest;
    expect(req.health).toEqual([{ condition: 'postpartum', label: 'recent birth' }]);
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const days = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'training');
    for (const e of days.flatMap((d) => d.exercises)) {
      expect(e.rir).toBeGreaterThanOrEqual(3);
      expect(['power', 'core_flexion']).not.toContain(exerciseById(e.exerciseId)!.pattern);
    }
    for (const d of days) expect(d.notes.join(' ')).toMatch(/With your recent birth: we start lighter than before - every set stops 3\+ reps short of failure.*dead bugs and bird dogs/);
  });
});

describe('parse/health.findHealthConditions (postpartum)', () => {
  it.each(['had my son 8 months ago', 'im 12 weeks postpartum', 'gave birth in june', 'had a baby in march'])('"%s" is a recent birth', (t) => {
    expect(findHealthConditions(t).map((h) => h.condition)).toEqual(['postpartum']);
  });
  it.each(['had my son 5 years ago', 'my wife had our baby last week', 'new dad here', 'my son has asthma'])('"%s" is no birth of her own', (t) => {
    expect(findHealthConditions(t).map((h) => h.condition)).not.toContain('postpartum');
  });
});
