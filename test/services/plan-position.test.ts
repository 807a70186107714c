import { describe, expect, it } from 'vitest';
import { runnerRequest } from '../../src/engine/program/personas.js';
import { planOutline } from '../../src/engine/program/program.js';
import { outlineSlices, planPositionLabel } from '../../src/services/plan-position.js';

describe('plan-position.planPositionLabel (coach dashboard, plan page)', () => {
  it('when a race plan started on a Sunday, the Sunday is the start week and the Monday after is week 1 of the full weeks', () => {
    // Sunday 2026-03-01 to Sunday 2027-01-17: a 1-day lead-in and 46 full weeks, as the morning texts say.
    const slices = outlineSlices(planOutline(runnerRequest('marathon', 35, 46, { startDate: '2026-03-01', raceDate: '2027-01-17' })));
    expect(planPositionLabel(slices, '2026-03-01')).toEqual({ weekNumber: 1, label: 'Start week - base' });
    expect(planPositionLabel(slices, '2026-03-02')).toEqual({ weekNumber: 2, label: 'Week 1 of 46 - base' });
  });

  it('when a race plan starts on a Monday, week 1 is the first week', () => {
    const slices = outlineSlices(planOutline(runnerRequest('half', 20, 12)));
    expect(planPositionLabel(slices, '2026-03-02').label).toBe('Week 1 of 12 - base');
  });
});
