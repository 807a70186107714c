import { fail, normalize, numberFromWord, ok, pad2, type ParseResult } from './text.js';

/**
 * Session length in minutes from "about 45 min", "an hour", "1.5 hours", "hour and a half", "1h30",
 * "60-75 min" (the middle, to the nearest 5) or a bare "45". Accepts 10..240 minutes.
 */
export function parseSessionMinutes(text: string): ParseResult<number> {
  const minutes = findMinutes(text, true);
  if (minutes === null) return fail("I didn't catch how long - try '45 min' or '1 hour'");
  if (minutes < 10 || minutes > 240) return fail('Sessions need to be 10 min to 4 hours - try e.g. 45 min or 1 hour');
  return ok(minutes);
}

/**
 * A length of time in minutes named in text ("45 min", "an hour and a half", "1h30"). With `allowBare`,
 * a lone number counts as minutes (onboarding asked "how long").
 */
export function findMinutes(text: string, allowBare = false): number | null {
  // "60ish min", "an hour-ish": the approximation changes nothing a plan is built from.
  const t = normalize(text)
    .replace(/\bhalf an hour\b/g, '30 min')
    .replace(/(\d|\bhour|\bhr)\s*-?\s*ish\b/g, '$1');
  // "HOUR", "like an hour", "an hr max" as the answer to "how long": one hour.
  if (allowBare && /^(?:like |about |around |maybe |prob(?:ably)? |max |up to )*(?:an? |one )?(?:hour|hr)(?: max| tops| or so)?[.!]*$/.test(t)) return 60;
  // "hour max", "sessions an hour tops" said beside another question: one hour (a number before it is counted below).
  if (/(?:^|[^\d\s]\s*|\b(?:like|about|around|maybe)\s+)(?:hour|hr) (?:max|tops|or so|long)\b/.test(t) && !/\d\s*(?:hour|hr)/.test(t)) return 60;
  const hm = /\b(\d{1,2})\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min|mins|minutes)?\b/.exec(t);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  const hours = /\b(\d+(?:\.\d+)?|an?|one|two|three)\s*(?:h|hr|hrs|hours?)\b(\s*and a half)?/.exec(t);
  if (hours) {
    const h = numberFromWord(hours[1]!);
    if (h !== null) return Math.round(h * 60 + (hours[2] ? 30 : 0));
  }
  const rangeMin = /\b(\d{1,3})\s*(?:-|to)\s*(\d{1,3})\s*(?:m|min|mins|minutes?)\b/.exec(t);
  if (rangeMin) return Math.round((Number(rangeMin[1]) + Number(rangeMin[2])) / 2 / 5) * 5;
  const mins = /\b(\d{1,3}|thirty|forty|fifty|sixty|ninety|twenty|fifteen)\s*(?:m|min|mins|minutes?)\b/.exec(t);
  if (mins) return numberFromWord(mins[1]!);
  if (allowBare) {
    const bare = /^(?:about |around |roughly |maybe |~)?(\d{1,3})(?:\s*-\s*(\d{1,3}))?\??$/.exec(t);
    if (bare) return bare[2] ? Math.round((Number(bare[1]) + Number(bare[2])) / 2 / 5) * 5 : Number(bare[1]);
  }
  return null;
}

/** "22:30" → 1350 s, "1:45:10" → 6310 s. Two parts are read as m:ss. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (b > 59 || (c !== null && c > 59)) return null;
  return c === null ? a * 60 + b : a * 3600 + b * 60 + c;
}

/** 6310 → "1:45:10". */
export function formatHms(totalSec: number): string {
  const s = Math.round(totalSec);
  return `${Math.floor(s / 3600)}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
}

/** 520 → "8:40". */
export function formatMss(totalSec: number): string {
  const s = Math.round(totalSec);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
}
