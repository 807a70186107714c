/**
 * The runner's days (allocate.ts): a low-mileage runner who offers 4 days runs 4 — short runs (2 mi) beside the
 * long run — rather than 3 because an easy run "should" be 3 mi. A day is dropped only when the week cannot
 * give each one a 2 mi run (a cutback of 8 mi beside a 4 mi long run).
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';

describe('endurance.allocate (offered days)', () => {
  it('when a 10 mi/week runner offers Tue/Thu/Sat/Sun for a 5K, the first week runs all four days', () => {
    const req = runnerRequest('5k', 10, 10, { trainingDays: [2, 4, 6, 7] });
    const plan = buildRacePlan(req);
    const w1 = plan.weeks[0]!.days.filter((d) => d.type !== 'rest');
    expect(w1.map((d) => d.dayNumber)).toEqual([2, 4, 6, 7]);
    expect(Math.min(...w1.map((d) => d.total))).toBeGreaterThanOrEqual(2);
    expect(plan.weeks[0]!.trainingVolume).toBe(10);
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when load weeks of 10-15 mi runners have room for 2 mi on every offered day, none is dropped', () => {
    const lost: string[] = [];
    for (const [distance, mi, days] of [['5k', 10, [2, 4, 6, 7]], ['10k', 12, [1, 3, 5, 7]], ['half', 15, [2, 3, 4, 6, 7]]] as const) {
      const plan = buildRacePlan(runnerRequest(distance, mi, 12, { trainingDays: [...days] }));
      for (const w of plan.weeks.filter((x) => !x.cutback && x.endDate < plan.outline.raceWindowStart && !x.partial)) {
        const runs = w.days.filter((d) => d.type !== 'rest').length;
        // Room: the long run (it may give half a mile), the quality sessions as planned, 2 mi on every other day.
        const quality = w.days.filter((d) => ['tempo', 'intervals', 'repetition', 'marathon_pace'].includes(d.type));
        const long = w.days.find((d) => d.type === 'long')?.total ?? 4;
        const room = w.trainingVolume >= Math.max(4, long - 0.5) + quality.reduce((s, d) => s + d.total, 0) + 2 * (days.length - 1 - quality.length);
        if (room && runs < days.length) lost.push(`${distance} ${mi} mi week ${w.weekNumber}: ${runs} of ${days.length} days (${w.trainingVolume} mi)`);
      }
    }
    expect(lost).toEqual([]);
  });
});
