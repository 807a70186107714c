import { describe, expect, it } from 'vitest';
import { planOutline, programWeek, type PlanRequest } from '../../src/engine/program/program.js';
import { planCharts } from '../../src/services/plan-chart.js';

const half: PlanRequest = {
  kind: 'race', distance: 'half', raceDate: '2027-05-02', startDate: '2026-11-23', currentWeeklyMileage: 25,
  trainingDays: [2, 4, 6, 7], units: 'mi', fiveKPace: '7:40',
};
const marathon: PlanRequest = { ...half, distance: 'marathon', raceDate: '2027-05-16', currentWeeklyMileage: 35, trainingDays: [2, 3, 4, 6, 7] };

function runChart(req: PlanRequest) {
  const outline = planOutline(req);
  const weeks = new Map(Array.from({ length: outline.weeks }, (_, i) => [i + 1, programWeek(req, outline, i + 1)]));
  return { outline, chart: planCharts(outline, (n) => weeks.get(n), null).find((c) => c.id === 'run')! };
}

describe('plan-chart', () => {
  it('when the plan is a half marathon, the intensity line is named for tempo pace, and marathon-pace finishes are not counted in it', () => {
    const { outline, chart } = runChart(half);
    expect(chart.intensityLabel).toBe('At tempo pace or faster, %');
    expect(chart.intensity.label).toBe('At tempo pace or faster, %');
    expect(JSON.stringify(chart)).not.toMatch(/marathon pace/i);
    // A peak week with a marathon-pace long-run finish counts only its tempo and interval work.
    const req = half;
    for (let n = 1; n < outline.weeks; n++) {
      const w = programWeek(req, outline, n).race!;
      const fast = w.days.flatMap((d) => (d.type === 'race' ? [] : d.workout)).filter((l) => ['threshold', 'interval'].includes(l.effort)).reduce((s, l) => s + l.distance, 0);
      expect(chart.intensity.values[n - 1]).toBe(Math.round((fast / w.trainingVolume) * 100));
    }
  });

  it('when the plan is a marathon, the line is marathon pace or faster', () => {
    const { chart } = runChart(marathon);
    expect(chart.intensityLabel).toBe('At marathon pace or faster, %');
    expect(Math.max(...(chart.intensity.values as number[]))).toBeGreaterThan(0);
  });
});
