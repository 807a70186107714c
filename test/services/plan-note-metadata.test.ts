import { describe, expect, it } from 'vitest';
import { easeOffsFrom } from '../../src/services/readiness.service.js';
import { noteInputs } from '../../src/services/plans.service.js';

/** A plan note as plan_adaptations holds it; metadata is whatever JSON the row has. */
function note(type: string, metadata: unknown, from = '2026-12-01', to: string | null = '2026-12-07') {
  return { type, effective_from: from, effective_to: to, metadata };
}

describe('plan-note-metadata', () => {
  it('when an accepted deload note holds its multipliers, the week gets them', () => {
    const [e] = easeOffsFrom([note('early_deload', { volumeMultiplier: 0.5, loadMultiplier: 0.9, exerciseId: null })], '2026-11-30', '2026-12-06');
    expect(e).toMatchObject({ kind: 'early_deload', volumeMultiplier: 0.5, loadMultiplier: 0.9, exerciseId: null });
  });

  it('when a deload note holds odd values (older rows, hand edits), each reads as "no change" instead of breaking the week', () => {
    // 1.5 would make a deload heavier than the plan, 0 would erase the sets, a string is no number: all read as 1.
    const got = easeOffsFrom(
      [
        note('early_deload', { volumeMultiplier: 1.5, loadMultiplier: 0, exerciseId: 7 }),
        note('intensity_reduction', { volumeMultiplier: '0.5' }),
        note('intensity_reduction', null),
      ],
      '2026-11-30',
      '2026-12-06',
    );
    expect(got.map((e) => [e.volumeMultiplier, e.loadMultiplier, e.exerciseId])).toEqual([
      [1, 1, null],
      [1, 1, null],
      [1, 1, null],
    ]);
  });

  it('when a missed session was moved, the week moves it; a move without a date string is ignored', () => {
    const span = { startDate: '2026-11-30', endDate: '2026-12-06' };
    const got = noteInputs(
      [
        note('missed_session', { action: 'move', to: '2026-12-03', line: 'Moved to Thursday.' }, '2026-12-01', '2026-12-03'),
        note('missed_session', { action: 'move', to: 20261204 }, '2026-12-02', null),
        note('missed_session', 'garbage', '2026-12-02', null),
      ],
      span,
    );
    expect(got.moves).toEqual([{ from: '2026-12-01', to: '2026-12-03' }]);
  });
});
