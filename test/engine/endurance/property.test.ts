import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRacePlan, raceRequestSchema, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { addDays, isoWeekday } from '../../../src/engine/dates.js';

const timeText = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** Random valid requests: every distance, 6–24 weeks, 3–7 days, mi and km, any start weekday. */
const requests = fc
  .record({
    distance: fc.constantFrom('5k', '10k', 'half', 'marathon', 'custom' as const),
    customKm: fc.integer({ min: 3, max: 60 }),
    start: fc.integer({ min: 0, max: 365 }).map((n) => addDays('2026-06-01', n)),
    weeks: fc.integer({ min: 6, max: 24 }),
    raceWeekday: fc.integer({ min: 1, max: 7 }),
    trainingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 3, maxLength: 7 }),
    longRunPick: fc.option(fc.nat(), { nil: undefined }),
    mileage: fc.integer({ min: 0, max: 80 }),
    units: fc.constantFrom('mi', 'km' as const),
    fiveKSec: fc.integer({ min: 15 * 60, max: 40 * 60 }),
    usePace: fc.boolean(),
    goalFactor: fc.option(fc.double({ min: 0.85, max: 1.2, noNaN: true }), { nil: null }),
  })
  .map((a) => {
    // Race in the ISO week `weeks` weeks after the start's week, on the chosen weekday.
    const monday = addDays(a.start, 1 - isoWeekday(a.start));
    const raceDate = addDays(monday, 7 * (a.weeks - 1) + a.raceWeekday - 1);
    const unitMeters = a.units === 'mi' ? 1609.344 : 1000;
    return raceRequestSchema.safeParse({
      kind: 'race',
      distance: a.distance,
      customDistanceKm: a.distance === 'custom' ? a.customKm : undefined,
      startDate: a.start,
      raceDate,
      goalTime: a.goalFactor === null ? null : timeText(Math.round(a.fiveKSec * a.goalFactor * 2)),
      ...(a.usePace ? { fiveKPace: timeText(Math.round((a.fiveKSec * unitMeters) / 5000)) } : { recentRace: { distance: '5k', time: timeText(a.fiveKSec) } }),
      currentWeeklyMileage: a.mileage,
      trainingDays: a.trainingDays,
      longRunDay: a.longRunPick === undefined ? undefined : a.trainingDays[a.longRunPick % a.trainingDays.length],
      units: a.units,
    });
  })
  .filter((r) => r.success)
  .map((r) => r.data!);

describe('plan.buildRacePlan (property)', () => {
  it('when built from any valid request, passes validateRacePlan', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const plan = buildRacePlan(req);
        const res = validateRacePlan(plan, req);
        if (!res.ok) throw new Error(`${JSON.stringify(req)}\n${res.errors.slice(0, 5).join('\n')}`);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('when built from any valid request, week volumes equal the outline targets outside the race window', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const plan = buildRacePlan(req);
        for (const w of plan.weeks) {
          if (w.days.some((d) => d.date >= plan.outline.raceWindowStart)) continue;
          expect(w.trainingVolume).toBe(plan.outline.weeks[w.weekNumber - 1]!.targetVolume);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
