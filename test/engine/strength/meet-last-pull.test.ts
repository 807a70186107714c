import { describe, expect, it } from 'vitest';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { addDays, daysBetween } from '../../../src/engine/dates.js';
import { aRequest } from './builders.js';

const PULLS = new Set(['deadlift', 'sumo_deadlift']);
const SPLITS: Record<number, number[]> = { 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5], 6: [1, 2, 3, 4, 5, 6] };

/** Every deadlift session of a meet plan as days before the meet, with its heaviest % and RIR. */
function pulls(days: number, age: 'intermediate' | 'advanced', meetOffset: number) {
  // Plan weeks run Monday to Sunday from 2026-03-02; the meet falls in the last (12th) week.
  const meetDate = addDays('2026-05-18', meetOffset);
  const req = aRequest({ trainingAge: age, trainingDays: days === 6 ? ([1, 2, 3, 4, 5, 6] as never) : (SPLITS[days] as never), weeks: 12, sessionMinutes: 90, meetDate, oneRepMaxes: { back_squat: 455, bench_press: 315, deadlift: 545 } });
  const plan = buildStrengthPlan(req);
  const out = plan.weeks.flatMap((w) =>
    w.days.flatMap((d) => d.exercises.filter((e) => PULLS.has(e.exerciseId)).map((e) => ({ out: daysBetween(d.date, meetDate), percent: e.percent1RM ?? 0, rir: e.rir, sets: e.sets, reps: e.reps }))),
  );
  return { out, validation: validateStrengthPlan(plan, req) };
}

describe('meet plans: the last heavy deadlift', () => {
  it.each([3, 4, 5, 6].flatMap((days) => [0, 2, 5].flatMap((offset) => (['intermediate', 'advanced'] as const).map((age) => [days, offset, age] as const))))(
    'when a %i-day lifter meets on day %i of the last week (%s), the last heavy pull is 10+ days out and the plan validates',
    (days, offset, age) => {
      const { out, validation } = pulls(days, age, offset);
      expect(validation.errors).toEqual([]);
      // Inside 10 days: fast doubles and triples, well short of failure, never the meet-week opener single.
      const close = out.filter((p) => p.out < 10 && p.out > 0);
      expect(close.filter((p) => p.rir < 4 || p.reps === '1' || p.percent > 82)).toEqual([]);
      // The heaviest pulls of the peak come 10-16 days out, not a week before the meet.
      const heavy = out.filter((p) => p.out >= 10 && p.out <= 16 && p.rir <= 2);
      expect(heavy.length).toBeGreaterThan(0);
    },
  );
});
