/**
 * A health condition told while setting up reaches the plan request (`health`), so the plan is built with it from
 * the first day: the effort floor, the lifts swapped, and a line on every training day in the client's words.
 */
import { describe, expect, it } from 'vitest';
import { onboardingContext, playOnboarding } from '../support/onboarding-play.js';
import { profileToPlanRequest } from '../../src/conversation/plan-request.js';
import { buildStrengthPlan, validateStrengthPlan, type StrengthRequest } from '../../src/engine/strength/index.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const ctx = onboardingContext(new Date('2026-12-01T15:00:00Z'), '+12155550199', 'America/New_York');
const REST = ['2 years', 'mon wed fri', '60 min', 'full gym', 'none'];

function planOf(first: string) {
  const { last } = playOnboarding(ctx, [first, 'Dana', ...REST, 'skip', 'skip', 'yes']);
  expect(last.profile, last.reply).toBeDefined();
  const req = profileToPlanRequest(last.profile!, '2026-12-01') as StrengthRequest;
  const plan = buildStrengthPlan(req);
  const days = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'training');
  return { req, plan, days, lifts: days.flatMap((d) => d.exercises) };
}

describe('plan-request.profileToPlanRequest (health told at onboarding)', () => {
  it('when a lifter says "I want to get stronger, I have high blood pressure": no max efforts, 6+ reps, breathing out, on every day', () => {
    const { req, plan, days, lifts } = planOf('I want to get stronger, I have high blood pressure');
    expect(req.health).toEqual([{ condition: 'heart', label: 'high blood pressure' }]);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    for (const e of lifts) {
      expect(e.rir).toBeGreaterThanOrEqual(3);
      if (!e.timed) expect(e.repsMin).toBeGreaterThanOrEqual(6);
    }
    for (const d of days) expect(d.notes.join(' ')).toMatch(/With your high blood pressure: .*breathing out as you lift - no max efforts/);
  });

  it('when a lifter is "20 weeks pregnant": nothing lying flat now, said without "after the first trimester"', () => {
    const { req, days, lifts } = planOf("I want to get stronger, I'm 20 weeks pregnant");
    expect(req.health).toEqual([{ condition: 'pregnancy', label: 'pregnancy (second trimester)' }]);
    expect(lifts.map((e) => e.exerciseId)).not.toContain('bench_press');
    for (const d of days) {
      expect(d.notes.join(' ')).toMatch(/With your pregnancy \(second trimester\): .*nothing lying flat on your back\./);
      expect(d.notes.join(' ')).not.toMatch(/after the first trimester/);
    }
  });

  it('when a lifter is in the first trimester: told that lying flat stops from the second', () => {
    const { days } = planOf('I want to get stronger, I am in my first trimester');
    expect(days[0]!.notes.join(' ')).toMatch(/from the second trimester nothing lying flat on your back/);
  });

  it('when nothing is told, the request has no health field', () => {
    expect(planOf('I want to get stronger').req.health).toBeUndefined();
  });
});

describe('plan-request.profileToPlanRequest (upper body only)', () => {
  it('when a lifter says "I\'m in a wheelchair, paraplegic since 2019" at the injuries question: said back, no squats or lunges in the plan', () => {
    const { turns, last } = playOnboarding(ctx, ['I want to get stronger', 'Dana', '2 years', 'mon wed fri', '45 min', 'full gym', "I'm in a wheelchair, paraplegic since 2019"]);
    expect(turns.at(-1)!.reply).not.toMatch(/Which area/);
    expect(last.reply).toMatch(/Upper body and trunk only, every lift seated\./);
    expect(last.reply).not.toMatch(/No injuries/);
    const done = playOnboarding(ctx, ['I want to get stronger', 'Dana', '2 years', 'mon wed fri', '45 min', 'full gym', "I'm in a wheelchair, paraplegic since 2019", 'yes']).last;
    const req = profileToPlanRequest(done.profile!, '2026-12-01') as StrengthRequest;
    expect(req.upperBodyOnly).toBe(true);
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const names = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.name)));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/squat|lunge|deadlift|hip thrust|leg|calf|push-up|plank/i);
  });
});
