/**
 * A race that moved: the same plan with another race date. The start date stays, so the client keeps their
 * place (this week is still week N); the phases are laid out again from the start to the new date.
 */
import { daysBetween } from '../dates.js';
import { MAX_DAYS_TO_RACE, MIN_DAYS_TO_FULL_PLAN } from '../endurance/index.js';
import type { PlanRequest } from './program.js';

export type RaceDateProblem = 'no_race' | 'same' | 'past' | 'too_soon' | 'too_far';

/**
 * The request with the race on `date`, or why not: a strength plan has no race; the race must be after
 * `today`, and at least MIN_DAYS_TO_FULL_PLAN (4 weeks: the weeks already run keep their phases) and at most MAX_DAYS_TO_RACE after the plan's start.
 */
export function withRaceDate(request: PlanRequest, date: string, today: string): { success: true; data: PlanRequest } | { success: false; error: RaceDateProblem } {
  if (request.kind === 'strength') return { success: false, error: 'no_race' };
  const race = request.kind === 'race' ? request : request.race;
  if (race.raceDate === date) return { success: false, error: 'same' };
  if (date <= today) return { success: false, error: 'past' };
  const days = daysBetween(race.startDate, date);
  if (days < MIN_DAYS_TO_FULL_PLAN) return { success: false, error: 'too_soon' };
  if (days > MAX_DAYS_TO_RACE) return { success: false, error: 'too_far' };
  if (request.kind === 'race') return { success: true, data: { ...request, raceDate: date } };
  return { success: true, data: { ...request, race: { ...request.race, raceDate: date } } };
}
