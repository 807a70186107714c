import { describe, expect, it } from 'vitest';
import type { LiftItem } from '../../src/engine/workout/workout.js';
import { parseSetGroups } from '../../src/conversation/parse/lift-log.js';
import { plannedLiftFor } from '../../src/conversation/unnamed-lift.js';

/** A planned lift with only what matching reads. */
function lift(name: string, section: LiftItem['section'], sets: number, reps: string, load: number | null, unit: 'lb' | 'kg' = 'lb'): LiftItem {
  return { kind: 'lift', section, exerciseId: name.toLowerCase().replace(/ /g, '_'), name, sets, reps, rir: 2, restSec: 120, load, unit, percent1RM: null, rationale: '' };
}

const squatDay = [lift('Back squat', 'compound', 3, '5', 225), lift('Romanian deadlift', 'secondary', 3, '8-10', 185), lift('Dumbbell row', 'accessory', 3, '10-12', 60)];
const upperDay = [lift('Bench press', 'compound', 3, '5', 185), lift('Overhead press', 'compound', 3, '8', 95), lift('Lat pulldown', 'accessory', 3, '10-12', 120)];

describe('unnamed-lift.plannedLiftFor', () => {
  it('when sets x reps and load fit one planned lift, it is that lift', () => {
    // 225 for 3x5 is the squat's own scheme and load.
    expect(plannedLiftFor(parseSetGroups('hit 225 for 3 sets of 5, last set was a grinder'), squatDay, 'lb')?.name).toBe('Back squat');
    // 3x8 at 175: inside the RDL's 8-10 and 5% under its 185 (15% allowed).
    expect(plannedLiftFor(parseSetGroups('did 3x8 at 175'), squatDay, 'lb')?.name).toBe('Romanian deadlift');
    // 27 kg = 59.5 lb: the row's load, its 10-12 reps.
    expect(plannedLiftFor(parseSetGroups('3 sets of 12 with 27kg'), squatDay, 'lb')?.name).toBe('Dumbbell row');
  });

  it('when nothing fits, the day\'s only main lift is taken', () => {
    expect(plannedLiftFor(parseSetGroups('did 3x8 at 60kg'), squatDay, 'lb')?.name).toBe('Back squat');
  });

  it('when two main lifts could be it and none fits, there is no guess', () => {
    expect(plannedLiftFor(parseSetGroups('did 4x6 at 140'), upperDay, 'lb')).toBeNull();
    expect(plannedLiftFor(parseSetGroups('did 3x8 at 60kg'), [], 'kg')).toBeNull();
  });
});
