import { fail, normalize, numberFromWord, ok, pad2, type ParseResult } from './text.js';

/** A 24-hour local time, "HH:MM". */
export type ClockTime = string;

interface Candidate {
  time: ClockTime;
  /** Higher means more certainly a time of day (has am/pm or a colon, or follows "at"). */
  strength: number;
  /** From TIME_ROLES: above 0 the time asked for, below 0 a time that is not (the old one, a workout's). */
  role: number;
  index: number;
}

/**
 * What the words just before a time say it is, when a text holds two: "stop texting me at 6, make it 7",
 * "I work out at 6am so text me at 5:30", "7:30 instead of 7". The first row that matches decides, so the
 * new time's cues come first ("stop texting me so early, text me at 8").
 * `strong` rows make a bare hour a time ("make it 7") the way "at" does.
 */
const TIME_ROLES: readonly { cue: RegExp; role: number; strong?: true }[] = [
  // the new time: "make it 7", "change it to 7:30", "text me at 5:30", "send it around 6"
  { cue: /\b(?:make it|change (?:it |that )?to|switch (?:it |that )?to|move (?:it |that )?to)\s*$/, role: 1, strong: true },
  { cue: /\b(?:text|message|send|ping|remind)(?: it| me| them| my \w+)?\s+(?:at|around|by|for|@)\s*$/, role: 1 },
  // the old time or another one: "instead of 6", "from 6 to 7", "not at 6", "stop texting me at 6"
  { cue: /\b(?:instead of|rather than|not|from|stop\b[^,.;!?]*\b(?:at|around|by))\s*$/, role: -1 },
  // the client's own day, not the text: "I work out at 6am", "I'm up at 5", "my shift starts at 7"
  { cue: /\b(?:work ?out|train|lift|run|gym|go|leave|start|starts|up|wake up|get up|shift)\s+(?:is\s+)?(?:at|around|by|@)\s*$/, role: -1 },
];

function toClock(h: number, m: number, meridiem: string | undefined): ClockTime | null {
  if (m < 0 || m > 59) return null;
  let hour = h;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.startsWith('p');
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  } else if (hour > 23) return null;
  return `${pad2(hour)}:${pad2(m)}`;
}

function candidates(t: string): Candidate[] {
  const out: Candidate[] = [];
  // "at lunch", "lunchtime": noon, the usual lunch hour.
  if (/\bnoon\b|\bmidday\b|\b(?:at|around|by|for) lunch\b|\blunch ?time\b/.test(t)) out.push({ time: '12:00', strength: 3, role: 0, index: t.search(/\bnoon\b|\bmidday\b|\blunch/) });
  if (/\bmidnight\b/.test(t)) out.push({ time: '00:00', strength: 3, role: 0, index: t.search(/\bmidnight\b/) });
  const re =
    /(^|[^\d:/.x@])(?:(\d{1,2})[:.h](\d{2})|(\d{1,2})(\d{2})(?=\s*[ap]\.?m?\b)|(\d{1,2}))\s*(?:(am|pm|a\.m\.|p\.m\.|a|p)(?![a-z]))?(?![\d:/x%]|\s*(?:min|mins|minutes|hours?|hrs?|days?|x|sets?|reps?|k|km|mi|miles?|lbs?|kg|th|st|nd|rd|mpw|times)\b)/g;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    const h = Number(m[2] ?? m[4] ?? m[6]);
    const minText = m[3] ?? m[5];
    const mins = minText === undefined ? 0 : Number(minText);
    let meridiem = m[7]?.replace(/\./g, '');
    const after = t.slice(m.index + m[0].length);
    if (!meridiem && /^\s*(?:in the morning|tomorrow morning|this morning|o'?clock in the morning)/.test(after)) meridiem = 'am';
    if (!meridiem && /^\s*(?:in the evening|at night|tonight|in the afternoon)/.test(after)) meridiem = 'pm';
    const time = toClock(h, mins, meridiem);
    if (time === null) continue;
    const before = t.slice(0, m.index + m[1]!.length);
    let strength = 0;
    if (meridiem) strength += 2;
    if (m[3] !== undefined) strength += 1;
    const role = TIME_ROLES.find((r) => r.cue.test(before));
    if (/\b(at|@|around|by|for|to)\s*$/.test(before) || role?.strong) strength += 1;
    out.push({ time, strength, role: role?.role ?? 0, index: m.index });
  }
  return out;
}

const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
/** Minutes said as words: "oh five", "fifteen", "forty five", "forty-five". */
const MINUTE_WORD = '(?:oh (?:five|one|two|three|four|six|seven|eight|nine)|(?:twenty|thirty|forty|fifty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|fifteen|\\d{2})';
/** Before a time said in words ("at six", "around seven", "by 6"). */
const TIME_CUE = '(?:at|around|about|by|before|after|til|till|until|@)';

/** "forty five" → 45, "oh five" → 5, "six" → 6, "30" → 30; null for anything else. */
function wordsToNumber(words: string): number | null {
  const parts = words.replace(/-/g, ' ').split(' ').filter((w) => w !== 'oh');
  let total = 0;
  for (const w of parts) {
    const n = numberFromWord(w);
    if (n === null) return null;
    total += n;
  }
  return parts.length ? total : null;
}

/** Spoken offsets before the hour: "quarter to six", "ten past 7", "half past five". */
const OFFSET: Record<string, number> = { quarter: 15, half: 30, ten: 10, five: 5, twenty: 20, 'twenty five': 25, 'twenty-five': 25 };

/**
 * A time said in words, rewritten to digits so the readers below see a clock: "quarter to six" → "5:45",
 * "half past 5" → "5:30", "six thirty" → "6:30", "7ish" → "7", "seven o'clock" → "7", "at six" → "at 6".
 * Hour words alone are rewritten only beside a time cue, so "six days" stays a count.
 */
export function spokenClock(t: string): string {
  const hour = (w: string) => wordsToNumber(w);
  return t
    .replace(new RegExp(`\\b(a )?(quarter|half|ten|five|twenty(?:[ -]five)?) (to|till|til|before|past|after) (${HOUR_WORD})\\b`, 'g'), (all, _a, off: string, dir: string, h: string) => {
      const base = hour(h);
      const mins = OFFSET[off];
      if (base === null || mins === undefined || (off === 'half' && !/past|after/.test(dir))) return all;
      if (/past|after/.test(dir)) return `${base}:${pad2(mins)}`;
      return `${base === 1 ? 12 : base - 1}:${pad2(60 - mins)}`;
    })
    .replace(new RegExp(`\\b(${HOUR_WORD}) (${MINUTE_WORD})\\b(?!\\s*(?:min|mins|minutes|seconds?|secs?|hours?|hrs?|days?|x|sets?|reps?|k|km|mi|miles?|lbs?|kg|mpw|times)\\b)`, 'g'), (all, h: string, m: string) => {
      // "6 30" only when a word is involved: "bench 135 8" is not a time.
      if (/^\d+$/.test(h) && /^\d+$/.test(m)) return all;
      const hh = hour(h);
      const mm = wordsToNumber(m);
      return hh !== null && mm !== null && hh >= 1 && hh <= 12 && mm < 60 ? `${hh}:${pad2(mm)}` : all;
    })
    .replace(/\b(\d{1,2}(?::\d{2})?)\s*-?ish\b/g, '$1')
    .replace(new RegExp(`\\b(${HOUR_WORD}) ?o'?clock\\b`, 'g'), (all, h: string) => String(hour(h) ?? all))
    .replace(new RegExp(`\\b(${TIME_CUE}) (${HOUR_WORD})\\b(?=\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|in the|$|[,.!?]|\\s(?:and|for|to|please|pls|instead|tomorrow|every|each)\\b))`, 'g'), (all, cue: string, h: string) => {
      const n = hour(h);
      return n === null ? all : `${cue} ${n}`;
    })
    .replace(new RegExp(`\\b(${HOUR_WORD})(?= ?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))`, 'g'), (all, h: string) => String(hour(h) ?? all));
}

/**
 * Finds a time of day in free text: "7am", "6:30", "6.30pm", "18:00", "7 in the morning", "noon".
 * A bare hour ("7") counts only when it is the whole text or follows "at"; hours without am/pm are
 * read as written (24-hour), so "7" is 07:00 — the morning text is the usual question.
 */
export function findTimeOfDay(text: string): ClockTime | null {
  const t = spokenClock(normalize(text));
  const all = candidates(t);
  const bare = /^(?:at |around |about )?(\d{1,2})(?::(\d{2}))?$/.exec(t);
  if (bare) return toClock(Number(bare[1]), Number(bare[2] ?? 0), undefined);
  const best = all.filter((c) => c.strength >= 1).sort((a, b) => b.role - a.role || b.strength - a.strength || a.index - b.index)[0];
  return best?.time ?? null;
}

/** Onboarding's morning-time answer. */
export function parseTimeOfDay(text: string): ParseResult<ClockTime> {
  const time = findTimeOfDay(text);
  if (time === null) return fail("I didn't catch the time - try '6:30am' or '7am'");
  return ok(time);
}

/** "07:00" → "7:00am" for replies. */
export function formatClock(time: ClockTime): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${pad2(m)}${suffix}`;
}
