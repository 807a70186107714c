/**
 * A meet that moved (or a meet told after the plan started): the same strength plan to a new meet date. The
 * start stays, so the client keeps their week; the plan's length runs to the meet's week and its last
 * mesocycle peaks for it again (periodization/macrocycle.ts peakBlocks).
 */
import { parseStrengthRequest, weeksToMeet, type StrengthRequest } from '../strength/request.js';
import type { PlanRequest } from './program.js';

export type MeetDateProblem = 'no_lifting' | 'same' | 'past' | 'too_soon' | 'too_far';

/** Fewest plan weeks to a meet (the peak needs its weeks) and most (a plan's longest). */
export const MEET_MIN_WEEKS = 4;
export const MEET_MAX_WEEKS = 52;

export function withMeetDate(request: PlanRequest, date: string, today: string): { success: true; data: PlanRequest } | { success: false; error: MeetDateProblem } {
  const s: StrengthRequest | null = request.kind === 'strength' ? request : request.kind === 'hybrid' ? request.strength : null;
  // A hybrid's lifting runs as long as its race: a meet there would need its own plan.
  if (!s || request.kind !== 'strength') return { success: false, error: 'no_lifting' };
  if (s.meetDate === date) return { success: false, error: 'same' };
  if (date <= today) return { success: false, error: 'past' };
  const weeks = weeksToMeet(s.startDate, date);
  if (weeks < MEET_MIN_WEEKS) return { success: false, error: 'too_soon' };
  if (weeks > MEET_MAX_WEEKS) return { success: false, error: 'too_far' };
  const next = parseStrengthRequest({ ...s, weeks, meetDate: date });
  return next.success ? { success: true, data: next.data } : { success: false, error: 'too_soon' };
}
