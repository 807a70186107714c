import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { AGE_RULES, ageRequestFields, ageRuleFor } from '../../../src/engine/strength/age-rules.js';
import { knownOneRepMaxes } from '../../../src/engine/strength/known-maxes.js';
import { aRequest } from './builders.js';

describe('strength.ageRules', () => {
  it('when an age is looked up, the bands cover teens and 60+, and the ages between have no rule', () => {
    expect(ageRuleFor(16)?.band).toBe('youth');
    expect(ageRuleFor(35)).toBeNull();
    expect(ageRuleFor(59)).toBeNull();
    expect(ageRuleFor(64)?.band).toBe('older');
    expect(ageRuleFor(78)?.band).toBe('oldest');
    expect(ageRuleFor(undefined)).toBeNull();
    for (const r of AGE_RULES) expect(r.from).toBeLessThanOrEqual(r.to);
  });

  it('when a 64-year-old lifter is planned: every set 2+ reps in reserve with 5+ reps (no 1-3 rep singles), a 10-minute warm-up said on each training day, every week validating', () => {
    const req = aRequest({ weeks: 12, meetDate: '2026-05-23', oneRepMaxes: { back_squat: 225, bench_press: 155, deadlift: 275 }, ...ageRequestFields(64) });
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    const days = plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
    for (const d of days) {
      expect(d.notes.some((n) => /^Warm up 10 min/.test(n)), d.date).toBe(true);
      for (const e of d.exercises) {
        if (e.role === 'power') continue;
        expect(e.rir, `${d.date} ${e.exerciseId}`).toBeGreaterThanOrEqual(2);
        if (!e.timed) expect(e.repsMin, `${d.date} ${e.exerciseId}`).toBeGreaterThanOrEqual(5);
      }
    }
    // The same plan for a 40-year-old peaks with heavy singles: the rule is what removed them.
    const younger = buildStrengthPlan(aRequest({ weeks: 12, meetDate: '2026-05-23', oneRepMaxes: { back_squat: 225, bench_press: 155, deadlift: 275 } }));
    expect(younger.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).some((e) => e.repsMin < 5 && !e.timed && e.role !== 'power')).toBe(true);
  });

  it.each([[64, /fast \(up in about a second/], [78, /stand up from a chair fast/]] as const)('when a %i-year-old lifter is planned, every training day has a little power and balance work (single-leg stands), a younger or teen lifter\'s none', (age, power) => {
    const days = (a: number | undefined) => buildStrengthPlan(aRequest({ weeks: 8, oneRepMaxes: { back_squat: 185 }, ...ageRequestFields(a) })).weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
    for (const d of days(age)) {
      const note = d.notes.find((n) => /^Power and balance:/.test(n));
      expect(note, d.date).toMatch(power);
      expect(note).toMatch(/single-leg stands/);
    }
    for (const a of [40, 16, undefined]) expect(days(a).some((d) => d.notes.some((n) => /Power and balance/.test(n)))).toBe(false);
  });

  it('when loads go up (a block later, or a heavier logged set), a lifter 60+ gets half the step', () => {
    const base = aRequest({ oneRepMaxes: { back_squat: 200 } });
    const older = { ...base, ...ageRequestFields(64) };
    const gain = (r: typeof base) => knownOneRepMaxes(r, [], '2026-06-01', 1).back_squat!.value - 200;
    expect(gain(older)).toBeCloseTo(gain(base) / 2, 1);
    const logged = [{ exerciseId: 'back_squat', date: '2026-03-10', weight: 200, reps: 5, rir: 0, unit: 'lb' as const }];
    const fromLog = (r: typeof base) => knownOneRepMaxes(r, logged, '2026-06-01').back_squat!.value;
    // Epley 200 x 5 = 233.3: the younger lifter's max is the log's, the older one's moves half way there.
    expect(fromLog(base)).toBeCloseTo(233.3, 0);
    expect(fromLog(older)).toBeCloseTo(216.7, 0);
  });
});
