import { describe, expect, it } from 'vitest';
import { buildStrengthPlan } from '../../../src/engine/strength/index.js';
import { toLiftItem } from '../../../src/engine/strength/to-workout.js';
import { workoutDaySchema } from '../../../src/engine/workout/workout.schema.js';
import { aRequest } from './builders.js';

/**
 * strength/week.ts prescribe: every load carries its basis as data (the est. 1RM it is a share of, the share,
 * why the lift is there, and what else set the load), so "why is my bench 160?" is answered from the item and
 * never from its rationale's wording.
 */
describe('strength.week load basis', () => {
  it('a load from a stated max names that max and its share: load = share of the max, to the plate', () => {
    const plan = buildStrengthPlan(aRequest({ oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405 } }));
    const lifts = plan.weeks.filter((w) => w.block.type !== 'deload').flatMap((w) => w.days.flatMap((d) => d.exercises));
    const squat = lifts.find((e) => e.exerciseId === 'back_squat')!;
    expect(squat.oneRepMax).toBe(315);
    for (const e of lifts.filter((x) => x.load !== null && x.oneRepMax != null)) {
      expect(Math.abs(e.load! - (e.oneRepMax! * e.percent1RM!) / 100), `${e.name} ${e.load}`).toBeLessThanOrEqual(5);
      // The reason is the why, with no numbers; the rationale is the reason and then the arithmetic.
      expect(e.rationale.startsWith(e.reason!)).toBe(true);
      expect(e.reason).not.toMatch(/\d+ (lb|kg)/);
    }
  });

  it('a deload keeps the same max under its lighter load', () => {
    const plan = buildStrengthPlan(aRequest({ oneRepMaxes: { back_squat: 315 } }));
    const deload = plan.weeks.find((w) => w.block.type === 'deload')!;
    const squat = deload.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat')!;
    expect(squat.oneRepMax).toBe(315);
    expect(squat.load! / 315).toBeCloseTo(squat.percent1RM! / 100, 1);
    // Its reason is the loading week's, said once (not the rationale re-read with its arithmetic).
    expect(squat.reason).not.toMatch(/1RM|\d+ lb/);
  });

  it('a load capped by the heaviest dumbbell keeps its max and says the cap as its load note', () => {
    const plan = buildStrengthPlan(aRequest({ trainingDays: [1, 3, 5], equipment: ['dumbbell', 'bench', 'bodyweight'], maxLoads: { dumbbell: 50 }, oneRepMaxes: { bench_press: 225, back_squat: 315 } }));
    const lifts = plan.weeks[0]!.days.flatMap((d) => d.exercises);
    const capped = lifts.filter((e) => e.loadNote);
    expect(capped.length).toBeGreaterThan(0);
    for (const e of capped) {
      expect(e.load).toBeLessThanOrEqual(50);
      expect(e.loadNote).toMatch(/heaviest 50 lb dumbbells/);
      expect(e.oneRepMax).toBeGreaterThan(e.load!);
      expect(Math.abs(e.load! - (e.oneRepMax! * e.percent1RM!) / 100)).toBeLessThanOrEqual(2.5);
      expect(e.reason).not.toMatch(/Capped|heaviest/);
    }
  });

  it('a starting bell comes from no max: no 1RM, and the note says it is a starting bell', () => {
    const plan = buildStrengthPlan(aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 3, 5], equipment: ['kettlebell', 'bodyweight'], maxLoads: { kettlebell: 16 }, units: 'kg' }));
    const bells = plan.weeks[0]!.days.flatMap((d) => d.exercises).filter((e) => e.load !== null);
    expect(bells.length).toBeGreaterThan(0);
    for (const e of bells) {
      expect(e.oneRepMax).toBeNull();
      expect(e.loadNote).toMatch(/^A starting bell/);
    }
  });

  it('the day a client is texted carries the basis, and a day stored before it existed still reads', () => {
    const plan = buildStrengthPlan(aRequest({ oneRepMaxes: { back_squat: 315 } }));
    const squat = plan.weeks[0]!.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat')!;
    const item = toLiftItem(squat);
    expect(item).toMatchObject({ oneRepMax: 315, percent1RM: squat.percent1RM, reason: squat.reason });
    const { oneRepMax: _m, reason: _r, ...old } = item;
    const day = { date: '2026-03-02', kind: 'strength', title: 'Lower', loadLevel: 'heavy', position: '', items: [old], totalDistance: null, distanceUnit: null, why: '', notes: [], estimatedMinutes: 50 };
    expect(workoutDaySchema.safeParse(day).success).toBe(true);
  });
});
