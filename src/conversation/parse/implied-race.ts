import type { RaceDistanceChoice } from './race.js';
import { findRaceTimeSeconds, RACE_DISTANCE_KM } from './race.js';

/**
 * "ran a 3:40 last year", "my pb is 22:10": a finish time said with no distance. A coach hears the distance in
 * the time when only one standard race is run that long by recreational runners: a 3-7 hour race is a marathon
 * (a half that slow is a walk), a race under 30 minutes is a 5K (a 10K that fast is elite). Times in between
 * (a 1:48, a 45:00) could be two races, so they stay unread and the recent-race question asks.
 */
const IMPLIED: ReadonlyArray<{ distance: '5k' | 'marathon'; minSec: number; maxSec: number }> = [
  { distance: 'marathon', minSec: 3 * 3600, maxSec: 7 * 3600 },
  { distance: '5k', minSec: 13 * 60, maxSec: 30 * 60 - 1 },
];

/** The time must be said as a result: "ran/did/raced/finished (a) 3:40", or beside a pb/pr. Never a pace ("ran 6 at 8:40"). */
const SAID_AS_RESULT = /\b(?:ran|raced|did|finished|run)\s+(?:a|an|my)?\s*(?:time of\s+)?\d{1,2}:\d{2}(?::\d{2})?\b(?!\s*(?:pace|\/|per|min|a mile|a km|mile|km|miles))|\b(?:pb|pr|personal best|personal record|best time|fastest)\b(?:\s+(?:is|was|of|at))?\s+(?:a\s+)?\d{1,2}:\d{2}(?::\d{2})?\b(?!\s*(?:pace|\/|per|min|a mile|a km|mile|km|miles))/;

export function impliedRaceDistance(text: string): RaceDistanceChoice | null {
  if (!SAID_AS_RESULT.test(text)) return null;
  for (const row of IMPLIED) {
    const sec = findRaceTimeSeconds(text, RACE_DISTANCE_KM[row.distance]);
    if (sec !== null && sec >= row.minSec && sec <= row.maxSec) return { distance: row.distance };
  }
  return null;
}

/** A race word beside a finish time: "46:50 at a turkey trot", "parkrun this morning 24:10", "my last race was 1:48". */
const RACE_SAID = /\b(?:race|raced|racing|turkey trot|parkrun|fun run|time trial|chip time|gun time)\b/;
/** "ran/raced/did/finished (a) 46:50": a time said as run. A best ("my pb is 1:48") is left to the goal question's reply. */
const RUN_AS_RESULT = /\b(?:ran|raced|did|finished|run)\s+(?:a|an|my)?\s*(?:time of\s+)?\d{1,2}:\d{2}(?::\d{2})?\b(?!\s*(?:pace|\/|per|min|a mile|a km|mile|km|miles))/;
/** A finish time, not a pace ("8:40 pace", "5:45/km"), a clock ("6:00am") or a distance's split ("8:40 mile"). */
export const FINISH_TIME = /(?<![\d:])(\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?![\d:])(?!\s*(?:\/|pace|per|min\/|a mile|a km|am\b|pm\b|mi\b|km\b|miles?\b|mile\b))/;

/**
 * "ran 46:50 at a turkey trot last week": a race result told with no distance and none the time implies (a
 * 46:50 could be a 10K or a slow 5K). Its time, for the distance to be asked; null when it is no such result.
 */
export function undistancedResultTime(text: string): string | null {
  if (!RUN_AS_RESULT.test(text) && !RACE_SAID.test(text)) return null;
  return FINISH_TIME.exec(text)?.[1] ?? null;
}
