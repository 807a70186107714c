/**
 * Meet plans: the deadlift's last heavy session is 10+ days before the meet. The back recovers slowest of the
 * three lifts, so a coach takes the last heavy pull 10-14 days out, while squat and bench heavy singles 7-10
 * days out are fine. Closer in, the deadlift is a few fast doubles and triples well short of failure, and the
 * meet week has no deadlift opener single. Pure data.
 */
import { daysBetween } from '../dates.js';
import type { RepRange } from './prescription.js';

/** The competition pulls. */
export const MEET_PULLS: ReadonlySet<string> = new Set(['deadlift', 'sumo_deadlift']);
/** No heavy pull closer than this many days to the meet. */
export const LAST_HEAVY_PULL_DAYS = 10;
/** Inside that window: 2-3 reps, 5 in reserve (about 80%: fast, crisp reps), at most 3 sets. */
export const LIGHT_PULL_REPS: RepRange = { min: 2, max: 3 };
export const LIGHT_PULL_RIR = 5;
export const LIGHT_PULL_MAX_SETS = 3;

/** Whether a lift on `date` is a competition pull inside the light window before `meetDate`. */
export function inLightPullWindow(exerciseId: string, date: string, meetDate: string | undefined): boolean {
  return meetDate !== undefined && MEET_PULLS.has(exerciseId) && daysBetween(date, meetDate) < LAST_HEAVY_PULL_DAYS;
}
