import { describe, expect, it } from 'vitest';
import { planOutline, programWeek, workoutFor } from '../../src/engine/program/program.js';
import { dayOfWeek } from '../../src/services/plans.service.js';
import { deepFreeze } from '../../src/services/week-memo.js';
import { aRequest } from '../engine/strength/builders.js';

describe('services.dayOfWeek', () => {
  // A template (12 weeks from Mon 2026-03-02, Mon/Tue/Thu/Fri): its outline and week 1 as the morning shares them.
  const req = aRequest();
  const outline = deepFreeze(planOutline(req));
  const week = deepFreeze(programWeek(req, outline, 1));

  it('when clients share a frozen template week, they get one frozen day: the engine\'s day with its date', () => {
    const first = dayOfWeek(outline, week, '2026-03-03', '2026-03-03');
    expect(first).toEqual({ ...workoutFor(outline, week, '2026-03-03')!, date: '2026-03-03' });
    expect(dayOfWeek(outline, week, '2026-03-03', '2026-03-03')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => first!.notes.push('mine')).toThrow(TypeError);
  });

  it('a paused plan (its plan date is not the calendar date) and another date get their own days', () => {
    const onDate = dayOfWeek(outline, week, '2026-03-03', '2026-03-03');
    const shifted = dayOfWeek(outline, week, '2026-03-03', '2026-03-10');
    expect(shifted).not.toBe(onDate);
    expect(shifted).toEqual({ ...onDate!, date: '2026-03-10' });
    expect(dayOfWeek(outline, week, '2026-03-05', '2026-03-05')).toEqual({ ...workoutFor(outline, week, '2026-03-05')!, date: '2026-03-05' });
  });

  it('a week of one client only (not frozen) gets a fresh day each time, which that client may change', () => {
    const own = programWeek(req, outline, 1);
    const day = dayOfWeek(outline, own, '2026-03-03', '2026-03-03');
    expect(dayOfWeek(outline, own, '2026-03-03', '2026-03-03')).not.toBe(day);
    expect(Object.isFrozen(day)).toBe(false);
  });
});
