import { describe, expect, it } from 'vitest';
import { formatLift } from '../../../src/messages/format/workout-lines.js';
import type { LiftItem } from '../../../src/engine/workout/workout.js';

const lunge: LiftItem = {
  kind: 'lift', section: 'secondary', exerciseId: 'walking_lunge', name: 'Dumbbell walking lunge', sets: 3, reps: '13-15/side', rir: 3, restSec: 90, load: 25, unit: 'lb', percent1RM: null, rationale: '',
  tempo: '3 s down, 2 s pause at the bottom',
};

describe('formatLift: a capped weight slowed by tempo', () => {
  it('when the morning text needs the short spelling: "2 s pause" without "at the bottom" (14 characters a line); "details" keeps it', () => {
    // An advanced lifter with one pair of 25s: two such lines a lower day. The 14 characters each let 5 more of
    // 48 morning texts fit in 2 segments (26 -> 21 over 2 on the review grid's 25 lb persona).
    expect(formatLift(lunge, {}, 3, { short: true })).toBe('DB walking lunge 3x13-15/side @ 25 lb each, 3 s down, 2 s pause');
    expect(formatLift(lunge, {}, 3)).toBe('Dumbbell walking lunge 3x13-15/side @ 25 lb each, 3 s down, 2 s pause at the bottom');
  });
});
