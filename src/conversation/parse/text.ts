import type { ParseResult } from '../../engine/dates.js';
import { NO_WORDS, SPANISH_HINT, SPANISH_WORDS, YES_WORDS } from '../words.js';

export type { ParseResult };

export function ok<T>(data: T): ParseResult<T> {
  return { success: true, data };
}

export function fail<T = never>(error: string): ParseResult<T> {
  return { success: false, error };
}

/**
 * Lower-cases a client's text and folds what phone keyboards produce (curly quotes, long dashes, the
 * multiplication sign, non-breaking spaces) into plain ASCII so every parser matches one spelling.
 */
/** A month as clients write it ("sept", "october"): the one pattern every date reader uses. */
export const MONTH_NAME = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/** "april (the 26th)", "april, the 26th", "april the 26th": a month and its day said apart are one date ("april 26th"). */
const MONTH_THE_DAY = new RegExp(String.raw`\b(${MONTH_NAME})\.?,? \(?the (\d{1,2}(?:st|nd|rd|th))\b\)?`, 'g');

const SPACED_PACE = /(?<![\d.:])\b(\d{1,2}) ([0-5]\d)(?=\s*(?:pace|min\/mi|min\/km|min per|\/mi|\/km|\/mile|per mile|per mi\b|per km|a mile|a km|mile pace|km pace|min miles?\b))/g;

export function normalize(text: string): string {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00D7]/g, 'x')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(MONTH_THE_DAY, '$1 $2')
    // "8;40" is a clock typed with the key beside the colon (a phone keyboard): "8:40".
    .replace(/(\d);([0-5]\d)(?!\d)/g, '$1:$2')
    // "8 45 pace", "at 7 30 per mile": a pace typed with a space for its colon.
    .replace(SPACED_PACE, '$1:$2')
    .trim();
  // Spanish mixed in ("quiero correr un 10k en marzo") is read as its English (words.ts SPANISH_WORDS).
  return SPANISH_HINT.test(t) ? SPANISH_WORDS.reduce((s, [re, en]) => s.replace(re, en), t) : t;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};

const UNIT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEEN_WORDS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SPELLED = String.raw`(?:(?:${Object.keys(TENS_WORDS).join('|')})(?:[\s-](?:${Object.keys(UNIT_WORDS).join('|')}))?|${Object.keys(TEEN_WORDS).join('|')}|${Object.keys(UNIT_WORDS).join('|')})(?:(?: and a half| and half|\.5))?`;
/** What a spelled count is of: a distance, a time, sets and reps, a load. */
const COUNTED = String.raw`(?:miles?|mi|km|kms|k|kilomet(?:er|re)s?|minutes?|mins?|hours?|hrs?|seconds?|secs?|sets?|reps?|x|lbs?|pounds|kgs?|kilos?|rounds?|laps?)\b`;
/** A spelled number before what it counts ("five miles", "forty two minutes"), or after a count it completes ("3 sets of five", "ran five"). */
const SPELLED_COUNT = new RegExp(String.raw`\b(${SPELLED})(?=[\s-]*${COUNTED})|(?<=\b(?:sets? of|reps? of|x|ran|jogged|walked|run of|for) )(${SPELLED})\b(?! (?:of|days?|weeks?|months?|times|more|am|pm|o'?clock)\b)`, 'g');

function spelledValue(words: string): number {
  const half = / and a half| and half|\.5$/.test(words) ? 0.5 : 0;
  const parts = words.replace(/ and a half| and half|\.5$/, '').split(/[\s-]+/);
  return parts.reduce((n, w) => n + (TENS_WORDS[w] ?? TEEN_WORDS[w] ?? UNIT_WORDS[w] ?? 0), 0) + half;
}

/**
 * "ran five miles in forty two minutes", "did three sets of five": counts spelled out as words become digits, only
 * beside what they count (a distance, a time, sets, reps, a load), so every log reader reads them as typed numbers.
 * "one more thing", "three days a week" and "a mile" are left alone.
 */
export function spelledCountsAsDigits(t: string): string {
  return t.replace(SPELLED_COUNT, (w) => String(spelledValue(w)));
}

/** "3" → 3, "three" → 3, "a" → 1; null for anything else. */
export function numberFromWord(word: string): number | null {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const n = NUMBER_WORDS[word];
  return n === undefined ? null : n;
}

/** Counts texted without a number: "a couple of days", "a few months", "could've done another". */
const VAGUE_COUNTS: Record<string, number> = { another: 1, couple: 2, 'a couple': 2, 'a couple of': 2, few: 3, 'a few': 3 };

/** numberFromWord, plus the vague counts: "a few" → 3, "a couple of" → 2, "another" → 1; null for anything else. */
export function countFromWords(words: string): number | null {
  return VAGUE_COUNTS[words] ?? numberFromWord(words);
}

/** Words that mean "nothing to report" in answers like injuries or a recent race. */
export function isNone(text: string): boolean {
  const t = normalize(text).replace(/[.!]+$/g, '');
  return /^(none|no|nope|nah|n|nothing|na|n\/a|no injuries|no limitations|none at all|all good|not really|no thanks|i'?m good|im good|healthy|nothing really|no issues|not yet|never|no race|no recent race|haven'?t raced|i haven'?t raced|no goal|no goal time|just finish|just to finish|finish|just finishing|skip|pass|skip it|skip this)$/.test(
    t,
  );
}

/** "yes", "y", "yep", "sounds good"... - a confirmation, from the shared word list. */
export function isYes(text: string): boolean {
  const t = normalize(text).replace(/[.!]+$/g, '').replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ').trim();
  return t === '' ? /\u{1F44D}/u.test(text) : (YES_WORDS as readonly string[]).includes(t);
}

export function isNo(text: string): boolean {
  return (NO_WORDS as readonly string[]).includes(normalize(text).replace(/[.!]+$/g, '').trim());
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Edit distance with adjacent swaps (Damerau), enough for 1-2 letter typos. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
