import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, strengthDayToWorkout, summarizeStrengthPlan, buildStrengthOutline } from '../../../src/engine/strength/index.js';
import { aRequest } from './builders.js';

describe('to-workout.strengthDayToWorkout', () => {
  const req = aRequest({ trainingAge: 'beginner', weeks: 12, trainingDays: [1, 3, 5], oneRepMaxes: { back_squat: 225 } });
  const plan = buildStrengthPlan(req);

  it('when the day is a training day, maps lifts with sections, loads and the block position', () => {
    const week = plan.weeks[1]!;
    const w = strengthDayToWorkout(week, week.days[0]!, plan.outline);
    expect(w).toMatchObject({ date: '2026-03-09', kind: 'strength', loadLevel: 'heavy', position: 'Week 2 of 12 - building volume', totalDistance: null, distanceUnit: null });
    expect(w.why).toBe(week.block.intent);
    const squat = w.items.find((i) => i.kind === 'lift' && i.exerciseId === 'back_squat');
    expect(squat).toMatchObject({ kind: 'lift', section: 'compound', unit: 'lb' });
    expect(squat && 'load' in squat ? squat.load : null).not.toBeNull();
    expect(w.estimatedMinutes).toBeGreaterThan(0);
  });

  it('when the day is a rest day, is kind rest with no items and 0 minutes', () => {
    const week = plan.weeks[0]!;
    const w = strengthDayToWorkout(week, week.days[1]!, plan.outline);
    expect(w).toMatchObject({ kind: 'rest', loadLevel: 'rest', items: [], estimatedMinutes: 0 });
  });

  it('when the week is a deload, the position says so', () => {
    const week = plan.weeks[3]!;
    expect(strengthDayToWorkout(week, week.days[0]!, plan.outline).position).toBe('Week 4 of 12 - easy week');
  });
});

describe('summary.summarizeStrengthPlan', () => {
  it('when the plan is 12 weeks for a beginner, says so in at most 3 short GSM-safe lines', () => {
    const text = summarizeStrengthPlan(buildStrengthOutline(aRequest({ trainingAge: 'beginner', weeks: 12 })));
    const lines = text.split('\n');
    expect(lines[0]).toBe('12-week strength plan: 3 mesocycles of 4 weeks.');
    expect(lines[1]).toBe('Each: accumulation (3 wk), deload (1 wk).');
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('when mesocycles differ in length, describes the first', () => {
    const text = summarizeStrengthPlan(buildStrengthOutline(aRequest({ trainingAge: 'intermediate', weeks: 11, goal: 'hypertrophy' })));
    expect(text.split('\n')[0]).toBe('11-week hypertrophy plan: 2 mesocycles of 6-5 weeks.');
    expect(text.split('\n')[1]).toBe('First: accumulation (3 wk), intensification (2 wk), deload (1 wk).');
  });
});
