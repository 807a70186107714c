import { describe, expect, it } from 'vitest';
import { buildRacePlan, generateRaceWeek, paceZones, raceOutline, validateRaceWeek } from '../../../src/engine/endurance/index.js';
import type { WeekExecution } from '../../../src/engine/endurance/index.js';
import { raceRequest } from './builders.js';

const req = raceRequest();
const outline = raceOutline(req);

function execution(overrides: Partial<WeekExecution> = {}): WeekExecution {
  const prev = outline.weeks[8]!; // week 9 (build, load week) → adjusts week 10
  return { weekNumber: 9, completedDays: 5, plannedDays: 5, actualVolume: prev.targetVolume, ...overrides };
}

describe('week.generateRaceWeek progressive generation', () => {
  it('when only the outline and week 1 are generated, week 1 matches the full plan\'s week 1', () => {
    const w1 = generateRaceWeek(req, outline, 1);
    expect(w1).toEqual(buildRacePlan(req).weeks[0]);
    expect(w1.version).toBe(1);
    expect(w1.changes).toEqual(['Week 1 generated from the outline (base).']);
  });

  it('when week 12 is generated before any other, it is the same week the full plan holds', () => {
    expect(generateRaceWeek(req, outline, 12)).toEqual(buildRacePlan(req).weeks[11]);
  });

  it('when a week outside the plan is asked for, throws a RangeError', () => {
    expect(() => generateRaceWeek(req, outline, 21)).toThrow(RangeError);
  });

  it('when every generated week is checked alone against the outline, it passes', () => {
    for (const w of outline.weeks) {
      const week = generateRaceWeek(req, outline, w.weekNumber);
      expect(validateRaceWeek(week, { outline }).errors).toEqual([]);
    }
  });
});

describe('week.generateRaceWeek adaptation', () => {
  it('when last week had missed runs, does not step volume up (holds at what was planned, capped near what was run)', () => {
    // Week 9 planned 31.3 mi; the runner did 3 of 5 runs, 20 mi. Week 10 planned 32.5 → capped at
    // min(32.5, max(20 × 1.1, 31.3 × 0.5)) = 22 mi.
    const planned = generateRaceWeek(req, outline, 10);
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ completedDays: 3, actualVolume: 20 }), version: 1 });
    expect(planned.trainingVolume).toBe(32.5);
    expect(adapted.trainingVolume).toBe(22);
    expect(adapted.version).toBe(2);
    expect(adapted.changes[0]).toBe('Week 9: 3 of 5 runs, 20 of 31.3 mi. No step up this week: volume capped at 22 mi.');
    expect(validateRaceWeek(adapted, { outline }).errors).toEqual([]);
  });

  it('when last week was sick and empty, steps back to half the planned level, not to zero', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ completedDays: 0, actualVolume: 0 }) });
    expect(adapted.trainingVolume).toBeCloseTo(15.6, 1);
  });

  it('when last week was done in full, leaves the week as planned and says so', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution(), version: 3 });
    expect(adapted.trainingVolume).toBe(32.5);
    expect(adapted.version).toBe(4);
    expect(adapted.changes).toEqual(['Week 10 regenerated: no change from the outline.']);
  });

  it('when easy runs were faster than the easy range, keeps paces and tells the runner to keep easy days easy', () => {
    const z = outline.paces;
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ easyPaceSecPerUnit: z.easy.min - 30 }) });
    expect(adapted.vdot).toBe(outline.vdot);
    expect(adapted.changes.join(' ')).toMatch(/faster than easy .*keep easy days easy/);
    const easy = adapted.days.find((d) => d.type === 'easy' || d.type === 'recovery' || d.type === 'moderate')!;
    expect(easy.notes).toMatch(/Keep it truly easy/);
  });

  it('when quality work was consistently faster than planned, raises VDOT by up to 1 and speeds the paces', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ qualityPaceDeltaSec: -8 }) });
    expect(adapted.vdot).toBe(Math.round((outline.vdot + 1) * 10) / 10);
    expect(adapted.changes.join(' ')).toMatch(/VDOT 47.9 → 48.9/);
    const tempo = adapted.days.find((d) => d.type === 'tempo')!;
    const newT = paceZones(adapted.vdot, 'mi').threshold;
    expect(tempo.workout[0]!.paceGoal).not.toBe(generateRaceWeek(req, outline, 10).days.find((d) => d.type === 'tempo')!.workout[0]!.paceGoal);
    expect(newT).toBeLessThan(outline.paces.threshold);
    expect(validateRaceWeek(adapted, { outline }).errors).toEqual([]);
  });

  it('when quality was faster but runs were missed, does not raise VDOT', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ qualityPaceDeltaSec: -8, completedDays: 3 }) });
    expect(adapted.vdot).toBe(outline.vdot);
  });

  it('when notes mention pain, drops the hard sessions for the week', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ notes: ['left knee pain on the long run'] }) });
    expect(adapted.days.some((d) => ['tempo', 'intervals', 'marathon_pace'].includes(d.type))).toBe(false);
    expect(adapted.changes.join(' ')).toMatch(/no hard sessions/);
  });

  it('when the execution is not of the week before, ignores it and says so', () => {
    const adapted = generateRaceWeek(req, outline, 10, { previous: execution({ weekNumber: 7, completedDays: 0, actualVolume: 0 }) });
    expect(adapted.trainingVolume).toBe(32.5);
    expect(adapted.changes[0]).toMatch(/ignored/);
  });
});
