/**
 * A mile plan is not a 5K plan (volume.ts TRACK_PEAK_GROWTH): the same 25 mi/week runner builds less volume for
 * a mile than for a 5K, keeps a shorter long run, and does speed (R-pace repetitions, VO2max intervals) instead
 * of threshold runs.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';

describe('endurance.planVolumes (track race)', () => {
  it('when a 25 mi/week runner trains 10 weeks for a mile, the peak week is at most 1.2x the start and under the 5K plan, with no tempo runs', () => {
    const mile = runnerRequest('custom', 25, 10, { customDistanceKm: 1.61, trainingDays: [2, 3, 4, 6, 7] });
    const fiveK = runnerRequest('5k', 25, 10, { trainingDays: [2, 3, 4, 6, 7] });
    const m = buildRacePlan(mile);
    const f = buildRacePlan(fiveK);
    expect(validateRacePlan(m, mile).errors).toEqual([]);
    expect(m.outline.peakVolume).toBeLessThanOrEqual(25 * 1.2);
    expect(m.outline.peakVolume).toBeLessThan(f.outline.peakVolume);
    const longest = (p: typeof m) => Math.max(...p.weeks.flatMap((w) => w.days.filter((d) => d.type === 'long').map((d) => d.total)));
    expect(longest(m)).toBeLessThan(longest(f));
    const types = m.weeks.flatMap((w) => w.days.map((d) => d.type));
    expect(types).toContain('repetition');
    expect(types).not.toContain('tempo');
  });
});
