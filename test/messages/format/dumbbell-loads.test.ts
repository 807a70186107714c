import { describe, expect, it } from 'vitest';
import { formatLift } from '../../../src/messages/format/workout-lines.js';
import type { LiftItem } from '../../../src/engine/workout/workout.js';

const lift = (exerciseId: string, name: string, load: number | null): LiftItem => ({
  kind: 'lift', section: 'compound', exerciseId, name, sets: 3, reps: '8-10', rir: 2, restSec: 90, load, unit: 'lb', percent1RM: null, rationale: '',
});

describe('formatLift: dumbbell loads', () => {
  it('a pair says "each"; one dumbbell held (goblet) and a barbell do not', () => {
    expect(formatLift(lift('db_bench_press', 'Dumbbell bench press', 65))).toBe('Dumbbell bench press 3x8-10 @ 65 lb each (RIR 2)');
    expect(formatLift(lift('goblet_squat', 'Goblet squat', 75))).toBe('Goblet squat 3x8-10 @ 75 lb (RIR 2)');
    expect(formatLift(lift('bench_press', 'Bench press', 185))).toBe('Bench press 3x8-10 @ 185 lb (RIR 2)');
  });
});
