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
