import { describe, expect, it } from 'vitest';
import { detectStall, progressExercise, type LoggedSet } from '../../../src/engine/strength/index.js';

const sets = (date: string, weight: number, reps: number[], rir?: number): LoggedSet[] =>
  reps.map((r) => ({ exerciseId: 'back_squat', date, weight, reps: r, rir, unit: 'lb' }));
const target = { exerciseId: 'back_squat', repsMin: 3, repsMax: 5, rir: 2, load: 255, units: 'lb' as const };

describe('progression.progressExercise', () => {
  it('when every set hit the top of the range with the planned RIR, adds 2.5 % (at least one plate step)', () => {
    // 255 × 1.025 = 261.4 → 260 lb.
    const d = progressExercise(sets('2026-03-10', 255, [5, 5, 5], 2), target);
    expect(d).toMatchObject({ action: 'increase_load', nextLoad: 260 });
  });

  it('when the top was hit with 2+ extra reps in reserve, adds 5 %', () => {
    // 255 × 1.05 = 267.75 → 270 lb.
    expect(progressExercise(sets('2026-03-10', 255, [5, 5, 5], 4), target)).toMatchObject({ action: 'increase_load', nextLoad: 270 });
  });

  it('when reps were inside the range with room to spare, keeps the load and adds reps', () => {
    expect(progressExercise(sets('2026-03-10', 255, [4, 4, 4], 3), target)).toMatchObject({ action: 'increase_reps', nextLoad: 255 });
  });

  it('when the sets were on target, holds', () => {
    expect(progressExercise(sets('2026-03-10', 255, [4, 4, 3], 2), target)).toMatchObject({ action: 'hold', nextLoad: 255 });
  });

  it('when a set fell short of the range, reduces about 5 % (255 → 240 lb)', () => {
    // 255 × 0.95 = 242.25 → 240 lb.
    const d = progressExercise(sets('2026-03-10', 255, [4, 3, 2], 0), target);
    expect(d.action).toBe('reduce');
    expect(d.nextLoad).toBe(240);
  });

  it('when only the latest session counts, an older miss does not matter', () => {
    const history = [...sets('2026-03-03', 255, [2, 2, 2], 0), ...sets('2026-03-10', 255, [5, 5, 5], 2)];
    expect(progressExercise(history, target).action).toBe('increase_load');
  });

  it('when nothing is logged, holds the prescribed load', () => {
    expect(progressExercise([], target)).toMatchObject({ action: 'hold', nextLoad: 255 });
  });

  it('when the exercise is bodyweight, progresses reps without a load', () => {
    const d = progressExercise([{ exerciseId: 'push_up', date: '2026-03-10', weight: 0, reps: 12, rir: 3 }], { exerciseId: 'push_up', repsMin: 8, repsMax: 15, rir: 2, load: 0 });
    expect(d).toMatchObject({ action: 'increase_reps', nextLoad: null });
  });
});

describe('progression.detectStall', () => {
  it('when the last 3 sessions never beat the best before them, is stalled and proposes a variation swap', () => {
    // Best before: 275 x 5 @ 1 → 275 × 1.2 = 330. Then 330, 325.5, 330 — no progress.
    const history = [
      ...sets('2026-03-01', 265, [5], 1),
      ...sets('2026-03-04', 275, [5], 1),
      ...sets('2026-03-08', 275, [5], 1),
      ...sets('2026-03-11', 279, [4], 1),
      ...sets('2026-03-15', 275, [5], 1),
    ];
    expect(detectStall(history)).toMatchObject({ stalled: true, intervention: 'variation_swap' });
  });

  it('when performance is falling, proposes a load reset', () => {
    const history = [
      ...sets('2026-03-01', 275, [5], 1), // 330
      ...sets('2026-03-04', 270, [5], 1), // 324
      ...sets('2026-03-08', 265, [5], 1), // 318
      ...sets('2026-03-11', 255, [5], 1), // 306 < 330 × 0.95
    ];
    expect(detectStall(history)).toMatchObject({ stalled: true, intervention: 'load_reset' });
  });

  it('when any of the last 3 sessions sets a new best, is not stalled', () => {
    const history = [...sets('2026-03-01', 255, [5], 1), ...sets('2026-03-04', 255, [5], 1), ...sets('2026-03-08', 260, [5], 1), ...sets('2026-03-11', 255, [5], 1)];
    expect(detectStall(history).stalled).toBe(false);
  });

  it('when fewer than 4 sessions are logged, does not call a stall', () => {
    expect(detectStall(sets('2026-03-01', 255, [5, 5, 5], 1)).stalled).toBe(false);
  });
});
