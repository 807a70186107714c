import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { estimatedVdot, ESTIMATED_VDOT_BY_MI } from '../../../src/engine/endurance/estimated-fitness.js';
import { summarizeRacePlan } from '../../../src/engine/endurance/summary.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';
import { planOutline, programWeek, workoutDaysOf } from '../../../src/engine/program/program.js';
import { formatDailyMessage } from '../../../src/messages/format/daily-message.js';

describe('estimated-fitness.estimatedVdot', () => {
  it('when nothing is measured, weekly volume picks a deliberately low VDOT band', () => {
    // Bands (mi/week): <6 → 28, <15 → 32, <30 → 36, <45 → 40, else 44.
    expect([0, 5.9, 6, 14.9, 15, 29, 30, 44, 45, 80].map((mi) => estimatedVdot(mi, 'mi'))).toEqual([28, 28, 32, 32, 36, 36, 40, 40, 44, 44]);
    // 24 km = 14.9 mi (still the <15 band); 25 km = 15.5 mi.
    expect(estimatedVdot(24, 'km')).toBe(32);
    expect(estimatedVdot(25, 'km')).toBe(36);
    // Rising with volume, never above the VDOT a 22:15 5K shows (44).
    const v = ESTIMATED_VDOT_BY_MI.map(([, x]) => x);
    expect([...v].sort((a, b) => a - b)).toEqual(v);
  });
});

describe('plan.build: a runner with no race or time trial', () => {
  const req = runnerRequest('marathon', 20, 18, { measured: false });
  const plan = buildRacePlan(req);

  it('when the plan is built, it says fitness is estimated and shows no predicted time or race pace', () => {
    expect(validateRacePlan(plan, req).errors).toEqual([]);
    expect(plan.outline.fitnessSource).toBe('estimated');
    expect(plan.outline.vdot).toBe(36);
    expect(plan.outline.goal).toBeNull();
    const summary = summarizeRacePlan(plan.outline);
    expect(summary).toContain('Paces estimated from your weekly mileage');
    expect(summary).not.toMatch(/predicts|\d:\d\d:\d\d/);
    // Marathon-pace work runs by feel: no pace goal on any marathon-effort lap.
    const mp = plan.weeks.flatMap((w) => w.days).flatMap((d) => d.workout).filter((l) => l.effort === 'marathon pace');
    expect(mp.length).toBeGreaterThan(0);
    expect(mp.every((l) => l.paceGoal === null)).toBe(true);
  });

  it('when a paced day is texted, its pace reads "~" and "(est.)"; a measured runner gets plain paces', () => {
    const texts = (r: typeof req) => {
      const o = planOutline(r);
      return workoutDaysOf(o, programWeek(r, o, 8)).filter((d) => d.kind === 'run').map((d) => formatDailyMessage(d, { name: 'Sam', isMorning: true }));
    };
    const est = texts(req);
    const paced = est.filter((t) => /\d:\d\d\/mi/.test(t));
    expect(paced.length).toBeGreaterThan(0);
    for (const t of paced) expect(t).toMatch(/Main: .*@ ~\d+:\d\d\/mi.*\(est\.\)/);
    for (const t of texts(runnerRequest('marathon', 20, 18))) expect(t).not.toContain('(est.)');
  });
});
