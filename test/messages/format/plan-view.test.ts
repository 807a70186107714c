import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../../src/channels/sms-text.js';
import { formatPlanSummary, type PlanSummary } from '../../../src/messages/format/plan-view.js';

function planSummary(over: Partial<PlanSummary> = {}): PlanSummary {
  return {
    title: 'Half marathon plan',
    startDate: '2025-11-03',
    endDate: '2026-02-22',
    totalWeeks: 16,
    position: 'Build phase, week 6 of 16',
    phases: [
      { name: 'Base', weeks: 4, current: false },
      { name: 'Build', weeks: 6, current: true },
      { name: 'Peak', weeks: 3, current: false },
      { name: 'Taper', weeks: 3, current: false },
    ],
    race: { name: 'Half marathon', date: '2026-02-22', goal: '1:45:00' },
    ...over,
  };
}

describe('plan-view.formatPlanSummary', () => {
  it('when the plan has a race, it shows the range, where they are, the phases and the race', () => {
    const text = formatPlanSummary(planSummary());
    expect(text.split('\n')).toEqual([
      'Your plan: Half marathon plan, 16 weeks (11/3 - 2/22).',
      'Now: Build phase, week 6 of 16.',
      'Base 4 wk > Build 6 wk (now) > Peak 3 wk > Taper 3 wk',
      'Race: Half marathon Sun 2/22, goal 1:45.',
      'Text "week" for this week or "today" for today.',
    ]);
    expect(isGsm7(text)).toBe(true);
  });

  it('when there is no race and no end date, those parts are left out', () => {
    const text = formatPlanSummary(planSummary({ title: 'Strength \u2014 hypertrophy', endDate: null, race: null }));
    expect(text.split('\n')[0]).toBe('Your plan: Strength - hypertrophy, 16 weeks (from 11/3).');
    expect(text).not.toContain('Race');
  });

  it('when a plan has many phases, it still fits the segment budget', () => {
    const phases = Array.from({ length: 30 }, (_, i) => ({ name: `Mesocycle ${i + 1}`, weeks: 4, current: i === 3 }));
    const text = formatPlanSummary(planSummary({ phases }), 2);
    expect(countSegments(text).segments).toBeLessThanOrEqual(2);
    expect(text).toContain('Now: Build phase, week 6 of 16.');
  });
});
