/**
 * A run in a logged text, with or without "ran": "ran 6 at 8:40", "6.4 at 8:40 today", "5k in 27:30",
 * "45 min easy", "10 miles", "3 mile run", "half marathon in 1:58", "had to walk a lot". Pace and duration
 * fill each other in when the distance is known: 5 km in 27:30 is 1650 s / 5 = 330 s, a 5:30 pace.
 */
import type { RunLog } from '../understand/items.js';
import { formatMss, parseClock } from './duration.js';
import { normalize } from './text.js';
import { anyOf, RUN_WORDS, WALK_WORDS } from '../words.js';

const RUN_WORD = anyOf(RUN_WORDS.filter((w) => !['mi', 'k', 'km', 'kms', 'miles', 'mile', 'kilometers', 'kilometres'].includes(w)));
const WALK = anyOf(WALK_WORDS);
const KINDS: Array<[RegExp, RunLog['kind']]> = [
  [/\blong(?: run)?\b/, 'long'],
  [/\b(tempo|threshold)\b/, 'tempo'],
  [/\b(intervals?|repeats|reps of|track)\b/, 'intervals'],
  [/\b(race|raced|racing|parkrun|5k race|10k race)\b/, 'race'],
  [/\b(recovery|shakeout)\b/, 'recovery'],
  [/\b(easy|zone 2|z2|conversational)\b/, 'easy'],
];

const PACE = /(?:\bat\b|@|\bavg\b|\baverage\b|\bpace\b|~)\s*(?:a\s*)?(\d{1,2}:[0-5]\d)(?!\s*(?:am|pm|a\.m|p\.m))(?:\s*(?:\/|per|min\/?)\s*(?:mi|mile|km|k)\b)?|\b(\d{1,2}:[0-5]\d)\s*(?:pace|\/mi|\/km|\/mile|per mile|per km|min\/mi|min\/km|min\/mile|mpm)/;

function distanceIn(t: string, hasTime: boolean): { distance: number; unit: 'mi' | 'km' | null } | null {
  const named = /\b(half marathon|half|full marathon|marathon)\b/.exec(t);
  if (named && (/\b(ran|run|did|finished|raced|race)\b/.test(t) || hasTime)) return { distance: /half/.test(named[1]!) ? 13.1 : 26.2, unit: 'mi' };
  const m = /(?:^|[^\d:.x@/])(\d{1,3}(?:\.\d{1,2})?)\s*(mi|miles?|mile|km|kms|k|kilomet(?:er|re)s?)?(?!\.\d|[\d:]|\s*x\s*\d|\s*(?:x|sets?|reps?|min|mins|minutes|h|hr|hrs|hours?|sec|secs|seconds|am|pm|lbs?|kg|kgs|days?|weeks?|times|%|rpe|rir)\b)/.exec(t);
  if (!m) return null;
  const unit = m[2] === undefined ? null : /^k/.test(m[2]) ? 'km' : 'mi';
  return { distance: Number(m[1]), unit };
}

function durationIn(t: string): number | null {
  const clock = /\b(?:in|for|time|took|of|finished in|done in)\s*(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(t) ?? /\b(\d{1,2}:\d{2}:\d{2})\b/.exec(t);
  if (clock) {
    const raw = clock[1]!;
    const parts = raw.split(':');
    let sec = parseClock(raw);
    // "half in 1:58" is h:mm; "5k in 27:30" is m:ss.
    if (sec !== null && parts.length === 2 && Number(parts[0]) < 6 && /\b(marathon|half)\b/.test(t)) sec = Number(parts[0]) * 3600 + Number(parts[1]) * 60;
    return sec;
  }
  const hm = /\b(\d{1,2})\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min|mins|minutes)\b/.exec(t) ?? /\b(\d{1,2})h(\d{2})\b/.exec(t);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2]) * 60;
  const hours = /\b(\d(?:\.\d+)?|an?|one)\s*(?:h|hr|hrs|hours?)\b/.exec(t);
  if (hours) return Math.round((/^\d/.test(hours[1]!) ? Number(hours[1]) : 1) * 3600);
  const mins = /\b(\d{1,3})\s*(?:m|min|mins|minutes)\b/.exec(t);
  if (mins) return Number(mins[1]) * 60;
  return null;
}

/**
 * The run a text reports, or null when it names none. A number counts as a distance only with a unit, a run
 * word or a pace ("6.4 at 8:40"); "45 min" counts with a run word or an effort word ("45 min easy").
 */
export function parseRun(text: string): RunLog | null {
  const t = normalize(text).replace(/,/g, ' ');
  const runWord = RUN_WORD.test(t);
  const walked = WALK.test(t);
  const kind = KINDS.find(([re]) => re.test(t))?.[1] ?? null;
  const paceM = PACE.exec(t);
  let rest = t;
  let pace: string | null = null;
  if (paceM) {
    const sec = parseClock(paceM[1] ?? paceM[2]!);
    // 3:00 to 20:00 per mile or km: anything else is a clock time or a typo.
    if (sec !== null && sec >= 150 && sec <= 1200) pace = formatMss(sec);
    rest = rest.replace(paceM[0], ' ');
  }
  let durationSec = durationIn(rest);
  const withoutDuration = rest
    .replace(/\b(?:in|for|time|took|of|finished in|done in)\s*\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}:\d{2}:\d{2}\b/, ' ')
    .replace(/\b\d{1,2}\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?\d{0,2}\s*(?:m|min|mins|minutes)?\b|\b\d{1,3}\s*(?:m|min|mins|minutes)\b/g, ' ');
  const dist = distanceIn(withoutDuration, durationSec !== null);
  const hasUnit = dist?.unit != null;
  const isRun = hasUnit || runWord || (dist !== null && pace !== null) || (dist !== null && kind !== null && dist.distance <= 50) || (durationSec !== null && kind !== null && /\b(easy|long|tempo|recovery|jog)\b/.test(t));
  if (!isRun) return walked && (/\b(run|ran|running|jog)\b/.test(t) || /\b(had to walk|walk breaks|walked (?:a lot|some|part|most|half))\b/.test(t)) ? { distance: null, unit: null, durationSec: null, pace: null, walked, kind } : null;
  const distance = dist?.distance ?? null;
  if (distance !== null && distance > 0) {
    if (pace === null && durationSec !== null) pace = formatMss(durationSec / distance);
    else if (pace !== null && durationSec === null) durationSec = Math.round((parseClock(pace) ?? 0) * distance);
  }
  if (distance === null && durationSec === null && !walked) return null;
  return { distance, unit: dist?.unit ?? null, durationSec, pace, walked, kind };
}
