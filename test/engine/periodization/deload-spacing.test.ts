import { describe, expect, it } from 'vitest';
import { buildMacrocycle, type MacrocycleInput } from '../../../src/engine/periodization/index.js';
import { TRAINING_AGES } from '../../../src/engine/vocabulary.js';

const input = (o: Partial<MacrocycleInput> = {}): MacrocycleInput => ({ startDate: '2026-12-07', weeks: 12, trainingAge: 'advanced', goal: 'strength', ...o });

/** Longest run of hard weeks (anything but a deload or the light meet week) in a plan. */
function longestHardRun(o: Partial<MacrocycleInput>): number {
  let run = 0;
  let most = 0;
  for (const w of buildMacrocycle(input(o)).weekTable) {
    run = w.blockType === 'deload' ? 0 : run + 1;
    most = Math.max(most, run);
  }
  return most;
}

describe('a deload at least every 7th week (at most 6 hard weeks in a row)', () => {
  it('an advanced powerlifter 14 weeks from a meet deloads before week 8 (was 7 hard weeks, deload in week 8)', () => {
    const o = buildMacrocycle(input({ weeks: 14, meetDate: '2027-03-13' }));
    const firstDeload = o.weekTable.find((w) => w.blockType === 'deload')!.weekNumber;
    expect(firstDeload).toBeLessThanOrEqual(7);
    expect(o.mesocycles.at(-1)!.blocks.map((b) => `${b.type} ${b.weeks}`)).toEqual(['accumulation 2', 'intensification 2', 'realization 1', 'deload 1']);
  });

  it('an 8- or 9-week meet plan does not run 7-8 hard weeks straight into the meet week', () => {
    expect(longestHardRun({ weeks: 8, meetDate: '2027-01-30' })).toBeLessThanOrEqual(6);
    expect(longestHardRun({ weeks: 9, meetDate: '2027-02-06', trainingAge: 'intermediate' })).toBeLessThanOrEqual(6);
  });

  it('holds for every age and length 4–52, with or without a meet', () => {
    for (const trainingAge of TRAINING_AGES) {
      for (let weeks = 4; weeks <= 52; weeks += 1) {
        expect(longestHardRun({ trainingAge, weeks }), `${trainingAge} ${weeks} wk`).toBeLessThanOrEqual(6);
        expect(longestHardRun({ trainingAge, weeks, meetDate: '2030-01-01' }), `${trainingAge} ${weeks} wk to a meet`).toBeLessThanOrEqual(6);
      }
    }
  });
});
