import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { baseHoldWeeks, SPECIFIC_WEEKS, splitPhases } from '../../../src/engine/endurance/phases.js';
import { planShapePhrase, summarizeRacePlan } from '../../../src/engine/endurance/summary.js';
import { raceFigures } from '../../../src/engine/program/digest.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';

const QUALITY = ['tempo', 'intervals', 'marathon_pace'];

describe('plan.build: a race further out than its race-specific plan holds a base first', () => {
  // 35 mi/week, a 1:38 half, marathon 46 weeks out (Pfitzinger/Higdon build 18-20 weeks): 46 - 20 = 26 weeks
  // of base hold, then the same 20-week plan a runner 20 weeks out gets.
  const far = runnerRequest('marathon', 35, 46, { recentRace: { distance: 'half', time: '1:38:00' }, trainingDays: [2, 3, 4, 6, 7] });
  const near = runnerRequest('marathon', 35, 20, { recentRace: { distance: 'half', time: '1:38:00' }, trainingDays: [2, 3, 4, 6, 7] });
  const plan = buildRacePlan(far);

  it('when the marathon is 46 weeks out, 26 weeks of base build from 35 to about 43.7 mi (at most 3 % a week, down weeks kept), with strides, hill sprints and no quality', () => {
    expect(validateRacePlan(plan, far).errors).toEqual([]);
    expect(plan.outline.holdWeeks).toBe(26);
    const hold = plan.weeks.slice(0, 26);
    // Load weeks rise slowly (was: 35 mi flat for 26 weeks); every 4th a down week at ~78 % of the week before.
    const loads = hold.filter((w) => !w.cutback).map((w) => w.trainingVolume);
    expect(loads[0]).toBe(35);
    expect(Math.max(...loads)).toBe(43.7);
    for (let i = 1; i < loads.length; i++) {
      expect(loads[i]!).toBeGreaterThanOrEqual(loads[i - 1]!);
      expect(loads[i]!).toBeLessThanOrEqual(loads[i - 1]! * 1.03 + 0.1);
    }
    hold.forEach((w, i) => {
      if (w.cutback) expect(w.trainingVolume / hold[i - 1]!.trainingVolume).toBeCloseTo(0.78, 1);
    });
    expect(hold.filter((w) => w.cutback)).toHaveLength(6);
    expect(hold.flatMap((w) => w.days).filter((d) => QUALITY.includes(d.type))).toEqual([]);
    expect(hold.flatMap((w) => w.days).some((d) => /strides/.test(d.notes))).toBe(true);
    expect(hold.flatMap((w) => w.days).filter((d) => /hill sprints/.test(d.notes)).length).toBeGreaterThanOrEqual(10);
    expect(plan.outline.notes.join(' ')).toMatch(/Base first: 26 weeks of easy running building from 35 to about 43.7 mi\/week with down weeks, strides and hill sprints.* tune-up race/);
    expect(summarizeRacePlan(plan.outline)).toContain('Base first');
    expect(planShapePhrase(plan.outline)).toBe('46 weeks to race day: 26 weeks of easy miles rising to about 43.7 mi a week, then a 20-week build (base, build, peak, taper) to about 58.5 mi a week');
  });

  it('when the runner counts in km the held weeks are "easy running", never "easy miles"', () => {
    // Aisha (Sydney, 25 km a week, a half 25 weeks out) read "9 weeks of easy miles rising to about 29.8 km a week".
    const km = buildRacePlan(runnerRequest('half', 25, 25, { units: 'km', recentRace: { distance: '5k', time: '27:45' }, trainingDays: [2, 4, 7] }));
    expect(km.outline.holdWeeks).toBeGreaterThan(0);
    expect(planShapePhrase(km.outline)).toMatch(/weeks of easy running (?:rising to|at) about [\d.]+ km a week/);
  });

  it('when the build starts, it is the 20-week plan from the base\'s top: same phase lengths after the hold, a peak of at most 1.5 x that top, the same longest run', () => {
    const nearPlan = buildRacePlan(near);
    const after = (ph: typeof plan.outline.phases) => ph.map((p) => [p.name, p.name === 'base' ? p.weekCount - plan.outline.holdWeeks * Number(ph === plan.outline.phases) : p.weekCount]);
    expect(after(plan.outline.phases)).toEqual(after(nearPlan.outline.phases));
    expect(raceFigures(plan).peakVolume).toBeGreaterThan(raceFigures(nearPlan).peakVolume);
    expect(raceFigures(plan).peakVolume).toBeLessThanOrEqual(43.7 * 1.5);
    expect(raceFigures(plan).longestRun).toBe(raceFigures(nearPlan).longestRun);
  });

  it('when a low-mileage runner is far out, the base climbs by the step rule to the entry volume (25 mi) and holds', () => {
    const low = runnerRequest('marathon', 10, 46, { measured: false, trainingDays: [2, 3, 4, 6, 7] });
    const p = buildRacePlan(low);
    expect(validateRacePlan(p, low).errors).toEqual([]);
    const hold = p.weeks.slice(0, p.outline.holdWeeks).filter((w) => !w.cutback).map((w) => w.trainingVolume);
    // 10 → 11 → 12.1 … (+1 mi under 10 mi, +10 % above) up to 25, then flat.
    expect(hold[0]).toBe(10);
    expect(Math.max(...hold)).toBe(25);
    expect(hold.at(-1)).toBe(25);
    for (let i = 1; i < hold.length; i++) expect(hold[i]!).toBeLessThanOrEqual(Math.max(hold[i - 1]! * 1.1, hold[i - 1]! + 1) + 0.05);
  });

  it('when the race is within the specific length, there is no hold (a 20-week marathon, a 12-week 10K)', () => {
    expect(baseHoldWeeks('marathon', 20)).toBe(0);
    expect(baseHoldWeeks('10k', 12)).toBe(0);
    expect(baseHoldWeeks('half', 40)).toBe(40 - SPECIFIC_WEEKS.half);
    expect(buildRacePlan(near).outline.holdWeeks).toBe(0);
  });

  it('validateRacePlan: a 46-week climb (build from week 14) fails with the reason', () => {
    // The old split: base 13, build 19, peak 11, taper 3 - the build starts 33 weeks out.
    const climbing = { ...plan, outline: { ...plan.outline, phases: splitPhases(46, 3) } };
    expect(validateRacePlan(climbing, far).errors.join(' ')).toMatch(/build starts 33 weeks before race day .* hold a base/);
  });
});
