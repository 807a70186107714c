import { describe, expect, it } from 'vitest';
import { formatRecentChanges } from '../../../src/messages/format/plan-changes.js';

describe('format.formatRecentChanges', () => {
  it('when a lasting swap was stored once per rebuilt week, the client reads it once over all its dates', () => {
    const swap = 'Dumbbell bench press instead of bench press in every session from now on, as you asked.';
    const text = formatRecentChanges([
      { reason: swap, dates: ['2026-12-07'] },
      { reason: swap, dates: ['2026-11-30'] },
      { reason: 'Sore quads: 2 sets fewer per exercise for those muscles next session.', dates: ['2026-11-30'] },
    ]);
    expect(text).toBe(
      'Recent changes: Mon 11/30-Mon 12/7: Dumbbell bench press instead of bench press in every session from now on, as you asked; ' +
        'Mon 11/30: Sore quads: 2 sets fewer per exercise for those muscles next session.',
    );
  });

  it('when nothing changed, it says the plan is the one confirmed', () => {
    expect(formatRecentChanges([])).toMatch(/Nothing has changed/);
  });
});
