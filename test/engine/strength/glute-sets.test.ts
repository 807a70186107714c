/**
 * Glute sets from squats, lunges and hinges count as indirect work (volume-allocation.ts setWeight, INDIRECT):
 * half a set, as RP's glute landmarks (MEV 0) and the fractional-set convention count them. Counted fully,
 * the glutes reached their MRV in most weeks and capped the lower-body work beside them.
 */
import { describe, expect, it } from 'vitest';
import { lifterRequest } from '../../../src/engine/program/personas.js';
import { buildStrengthPlan, exerciseById } from '../../../src/engine/strength/index.js';
import { setWeight } from '../../../src/engine/strength/volume-allocation.js';

const ex = (id: string) => exerciseById(id)!;

describe('strength: setWeight for the glutes', () => {
  it('when the lift is a squat, lunge or hinge: half a glute set; a hip thrust is a whole one', () => {
    expect(setWeight(ex('back_squat'), 'glutes')).toBe(0.5);
    expect(setWeight(ex('walking_lunge'), 'glutes')).toBe(0.5);
    expect(setWeight(ex('romanian_deadlift'), 'glutes')).toBe(0.5);
    expect(setWeight(ex('hip_thrust'), 'glutes')).toBe(1);
    // The lift's prime movers outside the glutes still count whole.
    expect(setWeight(ex('back_squat'), 'quads')).toBe(1);
    expect(setWeight(ex('romanian_deadlift'), 'hamstrings')).toBe(1);
  });

  it('when a beginner trains hypertrophy 6 days in a gym: the hamstrings and quads get the sets the glute cap took', () => {
    // Beginner glute MRV is 16 x 0.8 = 13. Week 1 before: squats, lunges and RDLs counted whole filled the 13
    // and left hamstrings at 9 and quads at 13 sets. Now the same lifts count 0.5 for the glutes, so the
    // week reaches hamstrings 14 and quads 16 (their MRV) with the glutes still at most 13.
    const plan = buildStrengthPlan(lifterRequest('beginner', 'hypertrophy', { days: [1, 2, 3, 4, 5, 6] }));
    const w1 = plan.weeks[0]!.hardSetsByMuscle;
    expect(w1.hamstrings).toBe(14);
    expect(w1.quads).toBe(16);
    expect(w1.glutes).toBeLessThanOrEqual(13);
  });
});
