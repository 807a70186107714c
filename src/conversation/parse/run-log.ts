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
  [/\b(race|raced|racing|parkrun|5k race|10k race|time trial|tt|pr|pb|pr'?d|pb'?d|personal best|personal record|chip time|gun time|official time|finish time|finishing time|crossed the (?:finish )?line)\b/, 'race'],
  [/\b(recovery|shakeout)\b/, 'recovery'],
  [/\b(easy|zone 2|z2|conversational)\b/, 'easy'],
];

/**
 * The session swapped away, which was not run: "swapped tempo for easy" (the easy was run), "easy instead of the tempo",
 * "switched my long run to an easy one". The kind is read from what is left.
 */
const SWAPPED_OUT = /\b(?:swapped|swap|switched|switch|traded|subbed|replaced|changed)\s+(?:out\s+)?(?:the\s+|my\s+|today'?s\s+)?(?:long run|[a-z0-9]+(?:\s+run)?)\s+(?:for|with|to|into)\b|\b(?:instead of|rather than|in place of)\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:long run|[a-z0-9]+(?:\s+run)?)\b/g;
const withoutSwappedOut = (t: string): string => t.replace(SWAPPED_OUT, ' ');

/** A clock with no word telling what it is ("52:14", "1:02:14"), not a time of day. */
const BARE_CLOCK = /(?:^|\s)(\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?!\s*(?:am|pm|a\.m|p\.m))(?=\s|$)/;
/** 3:00 to 20:00 per mile or km: a runner's (or walker's) pace; anything else is a clock time or a typo. */
const isPace = (secPerUnit: number): boolean => secPerUnit >= 150 && secPerUnit <= 1200;
/** A pace a runner (not a world-record holder) runs for a whole run: 4:00-20:00/mi, 2:30-12:30/km (no unit: miles). */
const isRunnersPace = (secPerUnit: number, unit: 'mi' | 'km' | null): boolean =>
  unit === 'km' ? secPerUnit >= 150 && secPerUnit <= 750 : secPerUnit >= 240 && secPerUnit <= 1200;

/** An effort said as RPE ("rpe 7", "7 rpe", "effort 7"; a "7/10" is "rpe 7" by then, rating.ts): never the distance. */
// "rpe 7" first: in "ran 5 rpe 7" the 5 is the distance, not an RPE written after its number.
const EFFORT_NUMBER = /\b(?:rpe|effort)\s*(?:of|was|is|at|:|=|~)?\s*\d{1,2}(?:\.5)?\b/g;

const HEART_RATE = /\b(?:(?:avg|average|max|maximum|resting)\s+)?(?:hr|heart ?rate|pulse)\s*(?:was|of|at|is|around|about|:|=|~)?\s*\d{2,3}\b(?:\s*bpm\b)?|\b\d{2,3}\s*bpm\b/g;

/** A treadmill's speed: "at 6.5 mph", "10 kph", "12 km/h". */
const SPEED = /(?:\bat\s*)?\b(\d{1,2}(?:\.\d{1,2})?)\s*(mph|kph|km\/h|kmh|kmph)(?![a-z])/;
const KM_PER_MI = 1.609344;
const PACE = /(?:\bat\b|@|\bavg\b|\baverage\b|\bpace\b|~)\s*(?:a\s*)?(\d{1,2}:[0-5]\d)(?!\s*(?:am|pm|a\.m|p\.m))(?:\s*(?:\/|per|min\/?)\s*(?:mi|mile|km|k)\b)?|\b(\d{1,2}:[0-5]\d)\s*(?:pace|\/mi|\/km|\/mile|per mile|per km|min\/mi|min\/km|min\/mile|mpm)/;

// "60kg" is a load, never 60 km (the k of kg is not a distance unit); "ran 5, knees fine" is no 5 km (a unit is a
// whole word).
function distanceIn(t: string, hasTime: boolean): { distance: number; unit: 'mi' | 'km' | null } | null {
  const named = /\b(half marathon|half|full marathon|marathon)\b/.exec(t);
  // "only did half", "did half of it": half a session, not a half marathon - the race is "a half", "the half" or run.
  const halfSession = named?.[1] === 'half' && !hasTime && !/\b(?:ran|run|raced|race)\b/.test(t) && !/\b(?:a|the|my|that) half\b/.test(t);
  if (named && !halfSession && (/\b(ran|run|did|finished|raced|race)\b/.test(t) || hasTime)) return { distance: /half/.test(named[1]!) ? 13.1 : 26.2, unit: 'mi' };
  const m = /(?:^|[^\d:.x@/])(\d{1,3}(?:\.\d{1,2})?)\s*(?:(mi|miles?|mile|milers?|km|kms|k|kilomet(?:er|re)s?)(?![a-z]))?(?!\.\d|[\d:]|st\b|nd\b|rd\b|th\b|gs?\b|ilos?\b|ilograms?\b|\s*x\s*\d|\s*(?:x|sets?|reps?|min|mins|minutes|h|hr|hrs|hours?|sec|secs|seconds|am|pm|lbs?|kg|kgs|days?|weeks?|times|%|rpe|rir)\b)/.exec(t);
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
/**
 * Repeats ("3x1mi @ 7:10 w 2min jog", "6 x 800m", "5x1k at 4:05"): the work is reps × rep distance, run at
 * the pace given; the jog or rest between reps is not the run's duration. Meters are read as km.
 */
const REPEATS = /\b(\d{1,2})\s*(?:x|×|by)\s*(\d+(?:\.\d+)?)\s*(mi|miles?|mile|km|k|m|meters?|metres?)?\b/;
const RECOVERY_PART = /\b(?:w|w\/|with|and|\+)?\s*(?:\d+(?:\.\d+)?\s*(?:min|mins|minutes|m|sec|secs|seconds|s)|\d:\d{2})\s*(?:jog|jogs|rest|recovery|recoveries|walk|float|easy)\b(?:\s*(?:between|in between))?/g;

function repeatsIn(t: string): { distance: number; unit: 'mi' | 'km'; count: number; each: number } | null {
  const m = REPEATS.exec(t);
  if (!m) return null;
  const reps = Number(m[1]);
  const each = Number(m[2]);
  const word = m[3];
  // "6x800" with no unit is meters (track reps); "3x1" with no unit is not read.
  const meters = word === undefined ? each >= 100 : /^m(?:et|$)/.test(word);
  if (reps < 2 || (word === undefined && !meters)) return null;
  if (meters) return { distance: Math.round(((reps * each) / 1000) * 100) / 100, unit: 'km', count: reps, each: each / 1000 };
  return { distance: Math.round(reps * each * 100) / 100, unit: /^k/.test(word!) ? 'km' : 'mi', count: reps, each };
}

/**
 * Paces as thumbs type them: "@8.40" / "at 8.40" / "8.40 pace" (a dot for the colon), "8:40s" (a plural).
 * A dotted number is a pace only beside a pace word and not followed by a unit ("at 10.25 km" is a distance).
 */
const PACE_TYPOS: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/(@|\bat\b|\bavg\b|\bpace\b)\s*(\d{1,2})\.([0-5]\d)\b(?!\.\d|\s*(?:mi|miles?|km|kms|k|kilomet\w*)\b)/g, '$1 $2:$3'],
  [/\b(\d{1,2})\.([0-5]\d)\s*(?=pace\b|\/mi\b|\/km\b|per (?:mile|km)\b|min\/)/g, '$1:$2 '],
  [/\b(\d{1,2}:[0-5]\d)s\b/g, '$1'],
  // Voice-to-text says a pace in words: "9 min pace", "9 minute miles", "9-minute mile pace", "8.5 min/mi", "8 and a
  // half minute miles", "5 min kms" are 9:00 (8:30, 5:00/km), not a 9-minute run (was "7 mi at 1:17/mi").
  [
    /\b(\d{1,2})(?:\.(5)|\s+and\s+a\s+half)?\s*-?\s*(?:min|mins|minute|minutes)\s*(?:\/\s*|per\s+|a\s+)?(?:(?:(mi|miles?|km|kms|k|kilomet(?:er|re)s?)\b(?:\s*pace\b)?)|pace\b)/g,
    (_m: string, min: string, half: string | undefined, unit: string | undefined) =>
      `${min}:${half !== undefined || /and a half/.test(_m) ? '30' : '00'} ${unit !== undefined && /^k/.test(unit) ? '/km' : 'pace'}`,
  ],
];

/** "splits 4:18 4:21 4:19", "splits were 3:05/3:02/3:00": two or more clocks after the word, each a pace or a rep's time. */
const SPLITS = /\bsplits?\s*(?:were|was|of|:|=|-)?\s*((?:\d{1,2}:[0-5]\d(?:\s*(?:\/|and|&|-)?\s*)){2,})/;

/** The splits said, in seconds as written; the text without them (their clocks are no pace, time or distance). */
function splitsIn(t: string): { secs: number[]; rest: string } | null {
  const m = SPLITS.exec(t);
  if (!m) return null;
  const secs = [...m[1]!.matchAll(/\d{1,2}:[0-5]\d/g)].map((c) => parseClock(c[0])).filter((n): n is number => n !== null);
  return secs.length >= 2 ? { secs, rest: t.replace(m[0], ' ') } : null;
}

export function parseRun(text: string): RunLog | null {
  const t00 = PACE_TYPOS.reduce((s, [re, to]) => s.replace(re, to as (m: string, ...g: string[]) => string), normalize(text).replace(/,/g, ' '));
  const split = splitsIn(t00);
  const t0 = split?.rest ?? t00;
  // "done, splits 3:41 3:40 3:42": the day's session with its splits, nothing else said (the splits were lost
  // under a plain "done"): a run of the day's planned size, its splits held to the day's pace.
  const run = runIn(t0, text) ?? (split ? { distance: null, unit: null, durationSec: null, pace: null, walked: false, kind: null } : null);
  if (!run || !split) return run;
  // "12k w/ 3x3k @ 4:20": the pace said with the reps is what the splits aimed at.
  const reps = repeatsIn(t0);
  const said = reps ? (PACE.exec(t0.replace(RECOVERY_PART, ' ').replace(REPEATS, ' ')) ?? null) : null;
  const target = said ? parseClock(said[1] ?? said[2]!) : null;
  return { ...run, splits: { secs: split.secs, each: reps?.each ?? null, unit: reps?.unit ?? run.unit, target: target !== null && isPace(target) ? formatMss(target) : null } };
}

/** The run in `t0` (the text normalized, paces retyped, splits taken out); `text` as sent. */
function runIn(t0: string, text: string): RunLog | null {
  const repeats = repeatsIn(t0);
  const t = repeats ? t0.replace(RECOVERY_PART, ' ').replace(REPEATS, ' ') : t0;
  if (repeats) {
    // "in 3:10s", "3:10 each", "@ 3:05": a clock after the reps.
    const paceM = PACE.exec(t) ?? /(?:^|\s)(\d{1,2}:[0-5]\d)(?:s\b|\s|$)/.exec(t);
    const sec = paceM ? parseClock(paceM[1] ?? paceM[2]!) : null;
    // "6x800 @ 3:05" is most often each rep's time, not a pace per km: only a pace with its unit is kept.
    const perRep = repeats.unit === 'km' && !/\b(?:km|k)\b/.test(REPEATS.exec(t0)?.[3] ?? '') && !/\/\s*km|per km|min\/km/.test(t);
    const pace = sec !== null && sec >= 150 && sec <= 1200 && !perRep ? formatMss(sec) : null;
    // Each rep's time: a per-rep clock, or a pace times the rep's distance.
    const repSec = sec === null ? null : perRep ? sec : pace ? Math.round(sec * repeats.each) : null;
    const reps = { count: repeats.count, each: repeats.each, unit: repeats.unit, repSec };
    const kind = KINDS.find(([re]) => re.test(t))?.[1] ?? 'intervals';
    // "did 8 miles with 4x1mi at threshold": the session is the 8 miles; the pace was the reps', not its average.
    const total = /\b(\d{1,3}(?:\.\d{1,2})?)\s*(mi|miles?|mile|km|kms|k)\b/.exec(t);
    if (total && Number(total[1]) > repeats.distance) return { distance: Number(total[1]), unit: /^k/.test(total[2]!) ? 'km' : 'mi', durationSec: null, pace: null, walked: false, kind };
    return { distance: repeats.distance, unit: repeats.unit, durationSec: pace ? Math.round((parseClock(pace) ?? 0) * repeats.distance) : null, pace, walked: false, kind, repeats: reps };
  }
  const runWord = RUN_WORD.test(t);
  const walked = WALK.test(t);
  const kind = KINDS.find(([re]) => re.test(withoutSwappedOut(t)))?.[1] ?? null;
  const paceM = PACE.exec(t);
  let rest = t;
  let pace: string | null = null;
  if (paceM) {
    const sec = parseClock(paceM[1] ?? paceM[2]!);
    // 3:00 to 20:00 per mile or km: anything else is a clock time or a typo.
    if (sec !== null && sec >= 150 && sec <= 1200) pace = formatMss(sec);
    rest = rest.replace(paceM[0], ' ');
  }
  // "treadmill 5 mi at 6.5 mph": a treadmill's speed is the run's pace (was dropped: "Logged today: run 5 mi.").
  const speedM = pace === null ? SPEED.exec(rest) : null;
  if (speedM) rest = rest.replace(speedM[0], ' ');
  let durationSec = durationIn(rest);
  const withoutDuration = rest
    .replace(/\b(?:in|for|time|took|of|finished in|done in)\s*\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}:\d{2}:\d{2}\b/, ' ')
    .replace(/\b\d{1,2}\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?\d{0,2}\s*(?:m|min|mins|minutes)?\b|\b\d{1,3}\s*(?:m|min|mins|minutes)\b/g, ' ')
    // A heart rate ("avg hr 165", "heart rate was 150", "148 bpm") is never the distance (was "165 mi in one run?").
    .replace(HEART_RATE, ' ')
    .replace(EFFORT_NUMBER, ' ')
    .replace(/\b\d{1,2}(?:\.5)?\s*rpe\b/g, ' ');
  const dist = distanceIn(withoutDuration, durationSec !== null);
  // A watch summary ("Morning Run 10.02 km 52:14 5:13 /km avg HR 148"): a bare clock beside the distance is the
  // run's time when it makes a runner's pace over that distance, else its pace ("6.4 8:40").
  if (dist && durationSec === null) {
    const bare = BARE_CLOCK.exec(withoutDuration);
    const sec = bare ? parseClock(bare[1]!) : null;
    // "11 miles 1:45": a short clock that makes no pace as m:ss but a runner's pace as h:mm is the run's hours.
    const hours = bare && bare[1]!.split(':').length === 2 ? (sec ?? 0) * 60 : null;
    if (sec !== null && isRunnersPace(sec / dist.distance, dist.unit)) durationSec = sec;
    else if (hours !== null && dist.distance > 0 && isRunnersPace(hours / dist.distance, dist.unit) && !isRunnersPace(sec!, dist.unit)) durationSec = hours;
    else if (sec !== null && pace === null && isPace(sec)) pace = formatMss(sec);
  }
  // "got 8k done in 45", "5 miles in 42": a bare number after the distance's "in" is its minutes when they make a
  // runner's pace (was the run logged with no time).
  const bareMinutes = dist && durationSec === null ? /\b(?:in|took|done in)\s+(\d{2,3})(?![\d:.]|\s*[a-z%])/.exec(withoutDuration) : null;
  if (dist && bareMinutes && /\d/.test(withoutDuration.slice(0, bareMinutes.index)) && isRunnersPace((Number(bareMinutes[1]) * 60) / dist.distance, dist.unit)) durationSec = Number(bareMinutes[1]) * 60;
  // "13.1 in 1:52", "26.2 in 4:05": a clock that makes no runner's pace as m:ss over the distance is h:mm.
  if (dist && durationSec !== null && dist.distance > 0 && !isRunnersPace(durationSec / dist.distance, dist.unit) && isRunnersPace((durationSec * 60) / dist.distance, dist.unit)) durationSec *= 60;
  // "race went great! 1:52:14", "PR! 48:30": a race's finish time with no distance (the coach knows which race
  // from the plan, logs.service.ts). A short clock ("1:52") is hours and minutes: no race takes under 6 minutes.
  if (!dist && durationSec === null && kind === 'race') {
    const bare = BARE_CLOCK.exec(withoutDuration);
    const parts = bare ? bare[1]!.split(':') : [];
    if (bare) durationSec = parts.length === 2 && Number(parts[0]) < 6 ? Number(parts[0]) * 3600 + Number(parts[1]) * 60 : parseClock(bare[1]!);
  }
  // Its unit when the distance names none; "30 min at 6 mph" is 3 mi.
  let speedDist: { distance: number; unit: 'mi' | 'km' } | null = null;
  if (speedM && pace === null) {
    const perHour = /^mph$/.test(speedM[2]!) ? 'mi' : 'km';
    const mph = perHour === 'mi' ? Number(speedM[1]) : Number(speedM[1]) / KM_PER_MI;
    const unit = dist?.unit ?? perHour;
    const sec = unit === 'km' ? 3600 / (mph * KM_PER_MI) : 3600 / mph;
    if (mph > 0 && isPace(sec)) {
      pace = formatMss(sec);
      if (!dist && durationSec !== null) speedDist = { distance: Math.round((durationSec / sec) * 100) / 100, unit };
    }
  }
  const hasUnit = dist?.unit != null;
  const isRun = hasUnit || runWord || (dist !== null && pace !== null) || (durationSec !== null && kind === 'race') || (dist !== null && durationSec !== null && dist.distance > 0 && isRunnersPace(durationSec / dist.distance, dist.unit)) || (dist !== null && kind !== null && dist.distance <= 50) || (durationSec !== null && kind !== null && /\b(easy|long|tempo|recovery|jog)\b/.test(t));
  if (!isRun) return walked && (/\b(run|ran|running|jog)\b/.test(t) || /\b(had to walk|walk breaks|walked (?:a lot|some|part|most|half))\b/.test(t)) ? { distance: null, unit: null, durationSec: null, pace: null, walked, kind } : null;
  // "parkrun this morning 24:55": a parkrun is always 5 km.
  const parkrun = !dist && !speedDist && /\bparkrun\b/.test(t) ? { distance: 5, unit: 'km' as const } : null;
  const distance = dist?.distance ?? speedDist?.distance ?? parkrun?.distance ?? null;
  if (distance !== null && distance > 0) {
    if (pace === null && durationSec !== null) pace = formatMss(durationSec / distance);
    else if (pace !== null && durationSec === null) durationSec = Math.round((parseClock(pace) ?? 0) * distance);
  }
  if (distance === null && durationSec === null && !walked) return null;
  return { distance, unit: dist?.unit ?? speedDist?.unit ?? parkrun?.unit ?? null, durationSec, pace, walked, kind, ...(/!/.test(text) ? { celebrated: true } : {}) };
}

const ONE_SESSION = /\b(warm ?-?ups?|cool ?-?downs?|wu|cd|splits?|laps?|first|last|rest|jog between|recover(?:y|ies))\b/;
/** A later part is a run of its own when it says when, says "more", or has its own run word. */
const ANOTHER_RUN = /\b(today|yesterday|this morning|tonight|this evening|later|lunch|noon|afternoon|morning|evening|night|am|pm|more|another|again|second|double|ran|run|jog|jogged|on (?:mon|tue|wed|thu|fri|sat|sun)\w*)\b/;

/** Where one run ends and another begins: "ran 4 this morning and 3 more tonight", "5 at 9:10 yesterday, 3 easy today". */
const RUN_SPLIT = /\s*(?:,|;|\band then\b|\bthen\b|\band\b|\bplus\b|&|\+)\s*(?=(?:(?:another|ran|did|then|also|a|an)\s+)?\d)/;

/**
 * Every run a text reports: two or more when it names two runs, each with its own distance or time
 * ("ran 4 this morning and 3 more tonight" is 4 and 3, not 4); a second part without a unit of its own
 * ("3 more") takes the first run's. Each comes with its own words, so a day named in it ("yesterday",
 * "today") can be read for it. One run or none otherwise, as parseRun.
 */
export function parseRuns(text: string): Array<{ run: RunLog; text: string }> {
  const t = normalize(text);
  const parts = t.split(RUN_SPLIT).map((p) => p.trim()).filter(Boolean);
  // One session described in parts ("10 miles, 2 warmup then 6 at tempo", "5x1k, 90s rest") is one run.
  if (parts.length > 1 && !ONE_SESSION.test(t) && !REPEATS.test(t) && parts.slice(1).every((p) => ANOTHER_RUN.test(p))) {
    const runs: Array<{ run: RunLog; text: string }> = [];
    let unit: RunLog['unit'] = null;
    for (const p of parts) {
      const more = /^(?:another\s+)?\d+(?:\.\d+)?\s+(?:more|again|extra)\b|^another\s+\d/.test(p);
      const r = parseRun(p) ?? (more || runs.length > 0 ? parseRun(`ran ${p}`) : null);
      if (!r || (r.distance === null && r.durationSec === null)) {
        // A part that is not a run ("felt good") belongs to the run before it.
        if (runs.length === 0) return single(text);
        continue;
      }
      if (r.unit === null && unit !== null && r.distance !== null) r.unit = unit;
      unit = r.unit ?? unit;
      runs.push({ run: r, text: p });
    }
    if (runs.length > 1) return runs;
  }
  return single(text);
}

function single(text: string): Array<{ run: RunLog; text: string }> {
  const r = parseRun(text);
  return r ? [{ run: r, text }] : [];
}
