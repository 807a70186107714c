import { describe, expect, it } from 'vitest';
import { adaptedWeek, type AdaptationContext, type AdaptationInput } from '../../src/engine/adaptation/index.js';
import { planOutline, programWeek } from '../../src/engine/program/program.js';
import { memoAdaptedWeek, weekMemoStats } from '../../src/services/week-memo.js';
import { aRequest } from '../engine/strength/builders.js';

const none: AdaptationContext = { adaptations: [], soreness: [] };
const exerciseIds = (w: ReturnType<typeof adaptedWeek>['week']) => w.strength!.days.flatMap((d) => d.exercises.map((e) => e.exerciseId));

describe('services.memoAdaptedWeek', () => {
  // Two clients on the same template: the same request (12 weeks from Mon 2026-03-02, Mon/Tue/Thu/Fri).
  const req = aRequest();
  const outline = planOutline(req);

  it('when two clients share a template, the second gets the same week a fresh build gives, built once', () => {
    const before = weekMemoStats();
    const first = memoAdaptedWeek(req, outline, 3, {}, none, new Set(['2026-03-16']));
    // A copy of the same arguments (as read from another client's stored plan row) hits the same entry.
    const second = memoAdaptedWeek(structuredClone(req), structuredClone(outline), 3, {}, { adaptations: [], soreness: [] }, new Set(['2026-03-16']));
    expect(second).toBe(first);
    expect(weekMemoStats().misses - before.misses).toBe(1);
    expect(second.week).toEqual(adaptedWeek(req, outline, 3, {}, none, new Set(['2026-03-16'])).week);
  });

  it("one client's adaptation never shows in another's week of the same template", () => {
    const dropped = exerciseIds(programWeek(req, outline, 4))[0]!;
    const stop: AdaptationInput = { kind: 'exclude', from: '2026-03-02', exerciseId: dropped, toExerciseId: null, reason: 'stop' };
    const plain = memoAdaptedWeek(req, outline, 4, {}, none);
    const adapted = memoAdaptedWeek(req, outline, 4, {}, { adaptations: [stop], soreness: [] });
    expect(exerciseIds(adapted.week)).not.toContain(dropped);
    expect(exerciseIds(memoAdaptedWeek(req, outline, 4, {}, none).week)).toContain(dropped);
    expect(memoAdaptedWeek(req, outline, 4, {}, none)).toBe(plain);
  });

  it('a caller cannot change a week other clients share: writing to it throws', () => {
    const { week } = memoAdaptedWeek(req, outline, 5, {}, none);
    const day = week.strength!.days.find((d) => d.exercises.length > 0)!;
    expect(() => {
      day.exercises[0]!.sets = 99;
    }).toThrow(TypeError);
    expect(() => day.exercises.push(day.exercises[0]!)).toThrow(TypeError);
    expect(memoAdaptedWeek(req, outline, 5, {}, none).week).toEqual(adaptedWeek(req, outline, 5, {}, none).week);
  });
});
