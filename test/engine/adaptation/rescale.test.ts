import { describe, expect, it } from 'vitest';
import { LOAD_RATIOS, loadRatio, rescaleLoad, type RescaleInput } from '../../../src/engine/adaptation/rescale.js';
import { exerciseById } from '../../../src/engine/strength/index.js';

const input = (o: Partial<RescaleInput> = {}): RescaleInput => ({
  fromExerciseId: 'bench_press',
  toExerciseId: 'db_bench_press',
  oneRepMax: 225,
  unit: 'lb',
  reps: { min: 8, max: 10 },
  rir: 2,
  ...o,
});

const ok = (i: RescaleInput) => {
  const r = rescaleLoad(i);
  if (!r.success) throw new Error(r.error);
  return r.data;
};

describe('rescaleLoad', () => {
  it('bench 225 → dumbbell bench 8-10 @ RIR 2: 65 lb dumbbells, per hand', () => {
    // 225 × 0.4 = 90 lb per-dumbbell 1RM; 10 + 2 = 12 reps to failure → 90 / (1 + 12/30) = 64.3 → 65 lb.
    const r = ok(input());
    expect(r).toMatchObject({ exerciseId: 'db_bench_press', oneRepMax: 90, load: 65, perImplement: true, reps: { min: 8, max: 10 }, capped: false });
  });

  it('with a hotel rack to 50 lb, prescribes the 50s for more reps instead of a dumbbell they do not have', () => {
    // 90 lb 1RM per dumbbell; at 50 lb: 30 × (90/50 − 1) = 24 reps to failure − 2 in reserve = 22 → 20-22 reps.
    const r = ok(input({ maxLoad: 50 }));
    expect(r).toMatchObject({ load: 50, reps: { min: 20, max: 22 }, capped: true });
    expect(r.note).toContain('50 lb dumbbells for 20-22 reps');
  });

  it('a rack that stops between steps (57.5) gives the heaviest real dumbbell under it (55)', () => {
    // 55 lb: 30 × (90/55 − 1) = 19.1 → 19 to failure − 2 = 17 → 15-17 reps.
    const r = ok(input({ maxLoad: 57.5 }));
    expect(r).toMatchObject({ load: 55, reps: { min: 15, max: 17 } });
  });

  it('when even the most reps would be junk (> 25), caps at 25 and slows the tempo instead', () => {
    // Bench 315 → 126 lb per dumbbell; at 25 lb: 30 × (126/25 − 1) = 121 to failure: capped at 23-25 with a tempo.
    const r = ok(input({ oneRepMax: 315, maxLoad: 25 }));
    expect(r).toMatchObject({ load: 25, reps: { min: 23, max: 25 }, capped: true });
    expect(r.note).toMatch(/3 seconds/);
  });

  it('a heavy enough rack changes nothing: 80 lb max, 65 lb needed', () => {
    expect(ok(input({ maxLoad: 80 }))).toMatchObject({ load: 65, capped: false });
  });

  it('back squat 315 → front squat 3-5 @ RIR 2: 205 lb on the bar', () => {
    // 315 × 0.8 = 252; 5 + 2 = 7 to failure → 252 / (1 + 7/30) = 204.3 → 205 lb.
    expect(ok(input({ fromExerciseId: 'back_squat', toExerciseId: 'front_squat', oneRepMax: 315, reps: { min: 3, max: 5 } }))).toMatchObject({
      oneRepMax: 252,
      load: 205,
      perImplement: false,
    });
  });

  it('back squat 315 → goblet squat 10-12 @ RIR 2: one 70 lb dumbbell', () => {
    // 315 × 0.35 = 110.25; 12 + 2 = 14 to failure → 110.25 / (1 + 14/30) = 75.2 → 75 lb.
    expect(ok(input({ fromExerciseId: 'back_squat', toExerciseId: 'goblet_squat', oneRepMax: 315, reps: { min: 10, max: 12 } }))).toMatchObject({
      oneRepMax: 110.3,
      load: 75,
      perImplement: true,
    });
  });

  it('in kg, rounds dumbbells to 2.5 kg: bench 100 kg → 40 kg per dumbbell → 27.5 kg for 10 @ RIR 2', () => {
    // 40 / 1.4 = 28.6 → nearest 2.5 kg = 27.5 (28.75 would round up; 28.6 is under it).
    expect(ok(input({ oneRepMax: 100, unit: 'kg' }))).toMatchObject({ load: 27.5, unit: 'kg' });
  });

  it('deadlift 405 → dumbbell RDL 8-10 @ RIR 2: 85 lb dumbbells, never the bar number', () => {
    // 405 × 0.3 = 121.5; / 1.4 = 86.8 → 85 lb each.
    expect(ok(input({ fromExerciseId: 'deadlift', toExerciseId: 'db_romanian_deadlift', oneRepMax: 405 }))).toMatchObject({ load: 85, perImplement: true });
  });

  it('back to the bar from dumbbells: 1 / ratio, started 10% under', () => {
    // DB bench 90 per dumbbell → bench 90 × 0.9 / 0.4 = 202.5; 5 @ RIR 2 → 202.5 / (1 + 7/30) = 164.2 → 165 lb.
    const r = ok(input({ fromExerciseId: 'db_bench_press', toExerciseId: 'bench_press', oneRepMax: 90, reps: { min: 3, max: 5 } }));
    expect(r).toMatchObject({ oneRepMax: 202.5, load: 165, perImplement: false });
    expect(r.ratioSource).toMatch(/backwards/);
  });

  it('to a bodyweight exercise there is no load to carry, and it says so', () => {
    const r = ok(input({ toExerciseId: 'push_up' }));
    expect(r.load).toBeNull();
    expect(r.note).toMatch(/no load/);
  });

  it('refuses a pair with no stated ratio instead of guessing', () => {
    const r = rescaleLoad(input({ fromExerciseId: 'back_squat', toExerciseId: 'leg_press', oneRepMax: 315 }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error).toMatch(/start light/);
  });

  it('refuses unknown exercises and a zero 1RM', () => {
    expect(rescaleLoad(input({ toExerciseId: 'nope' })).success).toBe(false);
    expect(rescaleLoad(input({ oneRepMax: 0 })).success).toBe(false);
  });

  it('every stated barbell → dumbbell/kettlebell ratio is per implement (≤ 0.5), so no bar load reaches a dumbbell', () => {
    for (const [from, targets] of Object.entries(LOAD_RATIOS)) {
      for (const to of Object.keys(targets)) {
        const f = exerciseById(from)!;
        const t = exerciseById(to)!;
        expect(f, from).toBeDefined();
        expect(t, to).toBeDefined();
        const ratio = loadRatio(from, to)!.ratio;
        if (f.implement === 'barbell' && (t.implement === 'dumbbell' || t.implement === 'kettlebell')) expect(ratio, `${from}→${to}`).toBeLessThanOrEqual(0.5);
        // And the load a 300 lb 1RM produces for 8-10 on the new lift is under the old lift's load for the same reps.
        const r = ok(input({ fromExerciseId: from, toExerciseId: to, oneRepMax: 300 }));
        if (r.load !== null) expect(r.load, `${from}→${to}`).toBeLessThanOrEqual(215);
      }
    }
  });
});
