/**
 * Every muscle reaches its MEV (RP's minimum effective volume, volume-landmarks.ts) in the weeks that build
 * (accumulation, intensification) when the client trains 3+ days: under MEV the sets cost time and grow nothing.
 */
import { describe, expect, it } from 'vitest';
import { lifterRequest } from '../../../src/engine/program/personas.js';
import { allocateSets, type AllocItem } from '../../../src/engine/strength/volume-allocation.js';
import { exerciseMinutes, setBounds } from '../../../src/engine/strength/prescription.js';
import { buildStrengthPlan, exerciseById, type Exercise } from '../../../src/engine/strength/index.js';
import { landmarksFor, MUSCLES, type Muscle } from '../../../src/engine/strength/volume-landmarks.js';
import type { IsoWeekday, StrengthGoal, TrainingAge } from '../../../src/engine/vocabulary.js';

/** Calves' hard sets in each accumulation and intensification week. */
function buildingWeeks(age: TrainingAge, goal: StrengthGoal, days: IsoWeekday[], muscle: Muscle): number[] {
  const plan = buildStrengthPlan(lifterRequest(age, goal, { days }));
  return plan.weeks.filter((w) => w.block.type === 'accumulation' || w.block.type === 'intensification').map((w) => w.hardSetsByMuscle[muscle]);
}

const byMuscle = (f: (m: Muscle) => number) => Object.fromEntries(MUSCLES.map((m) => [m, f(m)])) as Record<Muscle, number>;

describe('strength week: volume landmarks (MEV) per muscle', () => {
  it('when an intermediate lifts Mon/Wed/Fri at the gym, calves get their MEV of 8 sets in every building week', () => {
    // Only the deadlift day had a calf raise: 3 sets a week (the accessory never has more sets than the day's
    // main lift, 3), against an MEV of 8. With a calf raise on each full-body day, 3 x 3 = 9 (or 4 + 3 + 2).
    const calves = buildingWeeks('intermediate', 'hypertrophy', [1, 3, 5], 'calves');
    expect(calves.length).toBe(10);
    expect(Math.min(...calves)).toBeGreaterThanOrEqual(landmarksFor('calves', 'intermediate').mev);
  });

  it('when an intermediate lifts 6 days (push/pull/legs), calves get 8+ sets, not 3 + 3 on the two leg days', () => {
    const calves = buildingWeeks('intermediate', 'hypertrophy', [1, 2, 3, 4, 5, 6], 'calves');
    expect(Math.min(...calves)).toBeGreaterThanOrEqual(8);
  });

  it('when an intermediate lifts 4 days (upper/lower), calves get 8+ sets, not 3 + 3 on the two lower days', () => {
    const calves = buildingWeeks('intermediate', 'hypertrophy', [1, 2, 4, 5], 'calves');
    expect(Math.min(...calves)).toBeGreaterThanOrEqual(8);
  });

  it('when an advanced lifter trains 3 days, chest reaches its MEV of 7 (6 x 1.1, rounded) in every building week', () => {
    // Chest is the bench (Mon) and the incline press (Fri) only: 3 + 3 = 6 when time was full. A set moves
    // from the rear-delt work (shoulders at 14 of MEV 9) to the incline press: 3 + 4 = 7.
    const chest = buildingWeeks('advanced', 'hypertrophy', [1, 3, 5], 'chest');
    expect(Math.min(...chest)).toBeGreaterThanOrEqual(7);
  });
});

describe('strength week: core work beside the calf sets', () => {
  it('when 3 x 45 min leave no time for every accessory, each week keeps a core drill (a diastasis: a bird dog)', () => {
    // Intermediate strength, Mon/Wed/Fri, 45 min, abdominal limitation. With a calf raise on each day the three
    // sessions fill to 44-45 min; core (MEV 0, cheap to drop) went from all three days: 0 core drills a week.
    // The week's last core drill now stays at its fewest sets (2) and a calf or incline set gives way.
    const req = { ...lifterRequest('intermediate', 'strength', { minutes: 45 }), limitations: ['abdominal' as const] };
    const plan = buildStrengthPlan(req);
    for (const w of plan.weeks) {
      const core = w.days.flatMap((d) => d.exercises).filter((e) => e.role === 'core');
      expect(core.length, `week ${w.weekNumber}`).toBeGreaterThan(0);
    }
  });
});

describe('volume-allocation.allocateSets (MEV)', () => {
  function anItem(id: string, role: 'main' | 'accessory', sets: number): AllocItem {
    const exercise = exerciseById(id) as Exercise;
    const b = setBounds(role, 'hypertrophy');
    return { day: 0, exercise, role, sets, min: b.min, max: b.max, pref: b.pref, minutes: (n) => exerciseMinutes(exercise, role, n, { min: 10, max: 15 }, 75) };
  }

  it('when the session has no minutes left, a set moves from a muscle past its MEV to one under it', () => {
    // Lateral raises 4 sets (shoulders 4 of target 4) and calf raises 2 (calves 2 of MEV 8): the session is full,
    // so no set can be added. Moving one: shoulders 4 -> 3 costs 1 under target, calves 2 -> 3 gains 1 under
    // target and 2 under MEV (UNDER_MEV_COST): a trade worth 2. Without MEV both sets are worth 1: no trade.
    const items = [anItem('db_lateral_raise', 'accessory', 4), anItem('standing_calf_raise', 'accessory', 2)];
    const minutes = 5 + items.reduce((t, it) => t + it.minutes(it.sets), 0);
    const input = {
      items,
      targets: byMuscle((m) => (m === 'shoulders' ? 4 : m === 'calves' ? 8 : 0)),
      mrv: byMuscle((m) => landmarksFor(m, 'intermediate').mrv),
      lowPriority: new Set<Muscle>(['glutes', 'core']),
      budgetMinutes: Math.ceil(minutes),
      fixedMinutesPerDay: 5,
    };
    expect(allocateSets(input)).toEqual([4, 2]);
    expect(allocateSets({ ...input, mev: byMuscle((m) => landmarksFor(m, 'intermediate').mev) })).toEqual([3, 3]);
  });
});
