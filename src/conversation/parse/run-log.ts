import { formatMss, parseClock } from './duration.js';
import { fail, normalize, ok, type ParseResult } from './text.js';

export interface RunLog {
  distance: number | null;
  /** As written; null when the client gave no unit (the handler uses the client's units). */
  unit: 'mi' | 'km' | null;
  /** Per `unit`, "m:ss". */
  pace: string | null;
  durationSec: number | null;
}

const RUN_WORDS = /\b(ran|run|running|jog|jogged|jogging|did|miles?|km|k)\b/;

function distanceFrom(t: string): { distance: number; unit: 'mi' | 'km' | null; index: number; length: number } | null {
  const named = /\b(half marathon|half|marathon)\b/.exec(t);
  if (named) return { distance: named[1] === 'marathon' ? 42.2 : 21.1, unit: 'km', index: named.index, length: named[0].length };
  const m = /(?:^|[^\d:.])(\d{1,3}(?:\.\d{1,2})?)\s*(mi|miles?|km|kms|k|kilomet(?:er|re)s?)?\b(?!\s*:)(?![:.\d])/.exec(t);
  if (!m) return null;
  const after = t.slice(m.index + m[0].length);
  // "ran 45 min" is a duration, not a distance.
  if (m[2] === undefined && /^\s*(min|mins|minutes|h|hr|hrs|hours?|sec|seconds?)\b/.test(after)) return null;
  const unit = m[2] === undefined ? null : /^(k|km|kms|kilomet)/.test(m[2]) ? 'km' : 'mi';
  return { distance: Number(m[1]), unit, index: m.index, length: m[0].length };
}

/**
 * A logged run: "ran 6 at 8:40" (6 at 8:40 per mile or km), "ran 5k in 24:10", "ran 10 km in 55 min",
 * "jogged 3 miles", "ran 45 minutes", "6 mi @ 9:15 pace". Pace and duration fill each other in when the
 * distance is known: 5 km in 24:10 is 1450 s / 5 = 290 s, so a 4:50 pace.
 */
export function parseRunLog(text: string): ParseResult<RunLog> {
  const t = normalize(text).replace(/,/g, ' ');
  if (!RUN_WORDS.test(t)) return fail("I didn't catch that run - try 'ran 6 at 8:40' or 'ran 5k in 24:10'");
  let rest = t;
  let durationSec: number | null = null;
  let pace: string | null = null;

  const paceM = /(?:\bat\b|@|\bavg\b|\baverage\b|\bpace\b)\s*(?:a\s*)?(\d{1,2}:\d{2})(?:\s*(?:\/|per)\s*(?:mi|mile|km|k))?|\b(\d{1,2}:\d{2})\s*(?:pace|\/mi|\/km|per mile|per km|min\/mi|min\/km)/.exec(rest);
  if (paceM) {
    const sec = parseClock(paceM[1] ?? paceM[2]!);
    if (sec !== null) pace = formatMss(sec);
    rest = rest.replace(paceM[0], ' ');
  }
  const inClock = /\b(?:in|for|time|took|of)?\s*(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(rest);
  if (inClock) {
    const raw = inClock[1]!;
    // Two-part times under 10 with "in" could be h:mm ("ran a marathon in 3:45"); longer than 4 h as m:ss is unlikely either way.
    const parts = raw.split(':');
    let sec = parseClock(raw);
    if (sec !== null && parts.length === 2 && Number(parts[0]) < 10 && /\bmarathon|half\b/.test(t)) sec = Number(parts[0]) * 3600 + Number(parts[1]) * 60;
    durationSec = sec;
    rest = rest.replace(inClock[0], ' ');
  } else {
    const hm = /\b(\d{1,2})\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d{1,2})?\s*(?:m|min|mins|minutes)?\b/.exec(rest);
    const mins = /\b(\d{1,3})\s*(?:min|mins|minutes)\b/.exec(rest);
    if (hm) {
      durationSec = Number(hm[1]) * 3600 + Number(hm[2] ?? 0) * 60;
      rest = rest.replace(hm[0], ' ');
    } else if (mins) {
      durationSec = Number(mins[1]) * 60;
      rest = rest.replace(mins[0], ' ');
    }
  }
  const dist = distanceFrom(rest);
  const distance = dist?.distance ?? null;
  const unit = dist?.unit ?? null;
  if (distance !== null && distance > 0) {
    if (pace === null && durationSec !== null) pace = formatMss(durationSec / distance);
    else if (pace !== null && durationSec === null) durationSec = Math.round((parseClock(pace) ?? 0) * distance);
  }
  if (distance === null && durationSec === null) {
    return fail("I didn't catch that run - try 'ran 6 at 8:40' or 'ran 5k in 24:10'");
  }
  if (!/\b(ran|run|running|jog|jogged|jogging)\b/.test(t) && unit === null) {
    return fail("I didn't catch that run - try 'ran 6 at 8:40' or 'ran 5k in 24:10'");
  }
  return ok({ distance, unit, pace, durationSec });
}
