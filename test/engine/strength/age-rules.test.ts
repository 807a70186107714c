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

  it.each([[64, 'kb_power_swing'], [78, 'fast_sit_to_stand']] as const)('when a %i-year-old lifter is planned (a gym with kettlebells), every training day opens with a power exercise (%s) and ends with a balance hold, as exercises of the plan (a younger or teen lifter\'s none)', (age, power) => {
    const days = (a: number | undefined) => buildStrengthPlan(aRequest({ weeks: 8, oneRepMaxes: { back_squat: 185 }, ...ageRequestFields(a) })).weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
    for (const d of days(age)) {
      expect(d.exercises[0], d.date).toMatchObject({ exerciseId: power, role: 'power' });
      expect(d.exercises[0]!.rir, d.date).toBeGreaterThanOrEqual(4);
      expect(d.exercises.at(-1), d.date).toMatchObject({ exerciseId: 'single_leg_stand', timed: true, reps: '20-30s/side' });
      expect(d.notes.some((n) => /Power and balance/.test(n)), d.date).toBe(false);
    }
    for (const a of [40, 16, undefined]) {
      expect(days(a).flatMap((d) => d.exercises).some((e) => e.role === 'power' || e.exerciseId === 'single_leg_stand'), String(a)).toBe(false);
    }
  });

  it('when a 64-year-old with a kettlebell is planned, the power exercise is an explosive swing; a plan with a power slot keeps its one power exercise', () => {
    const bell = buildStrengthPlan(aRequest({ weeks: 4, equipment: ['kettlebell', 'dumbbell', 'bodyweight'], ...ageRequestFields(64) }));
    for (const d of bell.weeks[0]!.days.filter((x) => x.type === 'training')) expect(d.exercises[0]!.exerciseId, d.date).toBe('kb_power_swing');
    const power = buildStrengthPlan(aRequest({ weeks: 4, goal: 'power', ...ageRequestFields(64) }));
    for (const d of power.weeks[0]!.days.filter((x) => x.type === 'training')) expect(d.exercises.filter((e) => e.role === 'power').length, d.date).toBeLessThanOrEqual(1);
  });

  it('when an older lifter is planned in a full gym, no jumps, no unassisted pull-ups or chin-ups, no walking lunges: a lat pulldown and step-ups instead, said why; an advanced 66-year-old keeps pull-ups, a 40-year-old keeps all of them', () => {
    const names = (req: ReturnType<typeof aRequest>) => {
      const plan = buildStrengthPlan(req);
      expect(validateStrengthPlan(plan, req).errors).toEqual([]);
      return plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises));
    };
    const risky = ['box_jump', 'broad_jump', 'jump_squat', 'plyo_push_up', 'pull_up', 'chin_up', 'neutral_grip_pull_up', 'walking_lunge', 'hanging_knee_raise'];
    for (const [age, trainingAge, goal] of [[64, 'beginner', 'general_fitness'], [70, 'intermediate', 'power'], [76, 'intermediate', 'hypertrophy']] as const) {
      const exs = names(aRequest({ trainingAge, goal, trainingDays: [1, 3, 5], ...ageRequestFields(age) }));
      const ids = new Set(exs.map((e) => e.exerciseId));
      for (const id of risky) expect(ids.has(id), `${age} ${trainingAge} ${goal}: ${id}`).toBe(false);
      expect(ids.has('lat_pulldown'), `${age}: a vertical pull stays`).toBe(true);
    }
    const power70 = names(aRequest({ trainingAge: 'intermediate', goal: 'power', trainingDays: [1, 3, 5], ...ageRequestFields(70) }));
    expect(power70.find((e) => e.role === 'power')?.rationale).toMatch(/Chosen over box jump: landings are hard on joints past 60/);
    const advanced = new Set(names(aRequest({ trainingAge: 'advanced', trainingDays: [1, 3, 5], ...ageRequestFields(66) })).map((e) => e.exerciseId));
    expect(advanced.has('pull_up')).toBe(true);
    expect(advanced.has('box_jump')).toBe(false);
    const forty = new Set(names(aRequest({ trainingAge: 'intermediate', goal: 'power', trainingDays: [1, 3, 5] })).map((e) => e.exerciseId));
    expect(forty.has('box_jump') && forty.has('pull_up')).toBe(true);
  });

  it('when a 64-year-old beginner trains at home with a pull-up bar and bands, the vertical pull is band-assisted', () => {
    const plan = buildStrengthPlan(aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], equipment: ['dumbbell', 'bench', 'bands', 'pullup_bar', 'bodyweight'], ...ageRequestFields(64) }));
    const ids = new Set(plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))));
    expect(ids.has('band_assisted_pull_up')).toBe(true);
    expect(ids.has('pull_up') || ids.has('chin_up') || ids.has('walking_lunge')).toBe(false);
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
