import { raceRequestSchema } from '../../../src/engine/endurance/index.js';
import type { RaceRequest, RaceRequestInput } from '../../../src/engine/endurance/index.js';

/** A 20-week marathon plan starting on a Monday: 25 mi/week now, a 1:35 half, runs Tue/Wed/Thu/Sat/Sun. */
export function raceInput(overrides: Partial<RaceRequestInput> = {}): RaceRequestInput {
  return {
    kind: 'race',
    distance: 'marathon',
    startDate: '2026-11-30',
    raceDate: '2027-04-18',
    goalTime: '3:20:00',
    recentRace: { distance: 'half', time: '1:35:00' },
    currentWeeklyMileage: 25,
    trainingDays: [2, 3, 4, 6, 7],
    units: 'mi',
    ...overrides,
  };
}

export function raceRequest(overrides: Partial<RaceRequestInput> = {}): RaceRequest {
  return raceRequestSchema.parse(raceInput(overrides));
}
