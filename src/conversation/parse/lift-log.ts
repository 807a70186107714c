/**
 * Lifts in a logged text: every exercise named, each with its sets. "squat 3x8 245 rpe 8, rdl 2x10 225" is
 * two lifts; "squat 225x5, 235x5, 245x3" is one lift with three set groups; "bench 185 for 5 @8" one set at
 * RPE 8. The exercise comes from the library (exact name, alias, then fuzzy); the numbers from the text
 * between one exercise and the next.
 */
import type { LiftLog, SetGroup, WeightUnit } from '../understand/items.js';
import { findEffortWords } from './effort.js';
import { findExerciseMentions } from './exercise.js';
import { countFromWords, normalize } from './text.js';

const UNIT = '(kg|kgs|kilos?|kilograms?|lb|lbs|pounds?|#|s)?';

function unitOf(word: string | undefined): WeightUnit | null {
  if (!word || word === 's') return null;
  return /^k/.test(word) ? 'kg' : 'lb';
}

interface Effort {
  rpe: number | null;
  rir: number | null;
  effort?: string;
}

/** RPE / RIR named in a segment ("rpe 8", "@8", "felt like an 8", "2 in the tank", "rir 2"); removed from it. */
function takeEffort(s: string): { rest: string; effort: Effort } {
  let rpe: number | null = null;
  let rir: number | null = null;
  // "8 rpe" is a number 1-10 on its own: in "3x5 72.5 rpe 8" or "3x5 45 rpe 8" the load before "rpe" is no RPE
  // (it was taken as one, then dropped as over 10, and the load with it).
  let rest = s.replace(/\b(?:felt like (?:an? )?|at |@ ?)?rpe ?(\d{1,2}(?:\.5)?)\b|(?<![\d.])\b(10|[1-9](?:\.5)?) ?rpe\b/, (_m, a?: string, b?: string) => {
    rpe = Number(a ?? b);
    return ' ';
  });
  rest = rest.replace(/\b(?:at |@ ?)?rir ?(\d)\b|\b(\d) ?rir\b|\b(\d) (?:reps? )?(?:left )?(?:in the tank|in reserve|left)\b/, (_m, a?: string, b?: string, c?: string) => {
    rir = Number(a ?? b ?? c);
    return ' ';
  });
  // "@8" with no unit after it is an RPE; "@ 225" is a load.
  rest = rest.replace(/@ ?(\d{1,2}(?:\.5)?)(?![\d.]|\s*(?:kg|kgs|kilos?|lbs?|pounds?|#)\b|\s*x)/, (m, n: string) => {
    if (Number(n) > 10 || rpe !== null) return m;
    rpe = Number(n);
    return ' ';
  });
  rest = rest.replace(/\bfelt like (?:an? )?(\d{1,2}(?:\.5)?)\b/, (m, n: string) => {
    if (Number(n) > 10 || rpe !== null) return m;
    rpe = Number(n);
    return ' ';
  });
  if (rpe !== null && ((rpe as number) < 1 || (rpe as number) > 10)) rpe = null;
  // No number: plain words ("felt easy", "brutal", "could've done 3 more") give a coach's estimate.
  if (rpe === null && rir === null) {
    const words = findEffortWords(rest);
    if (words) return { rest, effort: { rpe: null, rir: words.rir, effort: words.words } };
  }
  return { rest, effort: { rpe, rir } };
}

type Group = Omit<SetGroup, 'rpe' | 'rir'>;

/** A lifter's count words: a single is 1 rep, a double 2, a triple 3. */
const COUNT_WORDS: Readonly<Record<string, number>> = { single: 1, double: 2, triple: 3 };
const COUNT = '(single|double|triple)s?';
/** "single-leg RDL", "single arm row": a kind of lift, never a rep count. */
const NOT_A_KIND = "(?![ -]?(?:leg|legged|arm|armed|hand|handed|side|sided|joint)\\b)";
const REP_WORDS = 'a few|a couple(?: of)?|couple|few|two|three|four|five|six|seven|eight|nine|ten|twelve';
const LOAD = `(\\d{1,4}(?:\\.\\d+)?) ?${UNIT}`;
/**
 * Count words written as the set forms below read them, before any pattern runs (rules as data: each is
 * a pattern and its rewrite). "3 doubles at 180" is 3x2; "205 for a single", "180kg double" are one set of
 * 1 or 2; "top single at 180", "a double @ 140" are 1 or 2 reps at that load.
 */
const COUNT_FORMS: ReadonlyArray<[RegExp, (m: string[]) => string]> = [
  [new RegExp(`\\b(\\d{1,2}) ?x? ?${COUNT}${NOT_A_KIND}`, 'g'), (m) => `${m[1]}x${COUNT_WORDS[m[2]!]}`],
  [new RegExp(`\\b(?:for|x) (?:an? |one |the )?(?:heavy |easy |top |fast |grindy |ugly )?${COUNT}${NOT_A_KIND}`, 'g'), (m) => `for ${COUNT_WORDS[m[1]!]}`],
  [new RegExp(`\\b(?:(?:an?|one|top|heavy|easy|fast|grindy|ugly|my|the|hit|did)\\s+)*${COUNT}${NOT_A_KIND},? ?(?:at|@|with|of|w/)? ?(?=\\d)`, 'g'), (m) => `${COUNT_WORDS[m[1]!]} reps at `],
  [new RegExp(`\\b${LOAD} (?:an? |one |top |heavy |easy )?${COUNT}${NOT_A_KIND}`, 'g'), (m) => `${m[1]}${m[2] ?? ''} for ${COUNT_WORDS[m[3]!]}`],
  // "squat maybe 185 for a few", "bench 135 for five": reps in words are reps ("a few" is about 3, as a coach hears it),
  // never a max at that load.
  [new RegExp(`\\b${LOAD} (?:for|x) (${REP_WORDS})(?= ?(?:good |clean |solid |easy |hard )?reps?\\b|[\\s,.;!?]|$)`, 'g'), (m) => `${m[1]}${m[2] ?? ''} for ${countFromWords(m[3]!)}`],
];

/** A normalized text with its count words as set numbers ("deadlift 150 for a single" → "deadlift 150 for 1"). */
export function withCountWords(t: string): string {
  let out = t;
  for (const [re, to] of COUNT_FORMS) out = out.replace(re, (...m: unknown[]) => to(m.slice(0, -2).map((x) => x as string)));
  return out;
}

/**
 * Where a lift's text ends: at "then", "also", "plus" unless what follows is more sets of it ("top single at
 * 180 then 3x3 @ 160" is the back-off sets; "bench 185 for 5 then did some cardio" is not), and at a run.
 */
export function liftTail(segment: string): string {
  let cut = segment.length;
  for (const m of segment.matchAll(/\b(?:and then|then|after that|also|plus)\b/g)) {
    const after = segment.slice(m.index! + m[0].length);
    if (/^[\s,:]*(?:(?:did|hit|went|worked|dropped|back ?-?offs?|down|to)\s+)*(?:at |@ ?)?\d/.test(after)) continue;
    cut = m.index!;
    break;
  }
  return segment.slice(0, cut).replace(/\b(ran|run|jog|jogged|mi|miles?|km)\b.*$/, '');
}

/** "8,8,7" at one load: one group per run of equal reps ("5/5/5" is 3x5). Null when a number is no rep count. */
function repRun(list: string, load: number, unit: WeightUnit | null): Group[] | null {
  const reps = list.split(/\D+/).filter(Boolean).map(Number);
  if (reps.some((r) => r < 1 || r > 30)) return null;
  const out: Group[] = [];
  for (const r of reps) {
    const last = out[out.length - 1];
    if (last && last.reps === r) last.sets += 1;
    else out.push({ sets: 1, reps: r, load, unit });
  }
  return out;
}
type Pattern = { re: RegExp; read: (m: RegExpExecArray) => Group | Group[] | null };

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

/** Set notations, most specific first. Each match is one group. */
const PATTERNS: Pattern[] = [
  // 225x5x3 (load x reps x sets) or 3x5x225 (sets x reps x load).
  {
    re: new RegExp(`\\b(\\d{1,4}(?:\\.\\d+)?) ?${UNIT} ?x ?(\\d{1,3}) ?x ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT}(?![a-z])`, 'g'),
    read: (m) => {
      const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
      // The unit says which end is the load ("12kg x 15 x 3"); else the bigger number is ("225x5x3", "3x5x225").
      const loadFirst = unitOf(m[2]) !== null ? true : unitOf(m[5]) !== null ? false : a > 12 && c <= 12;
      if (loadFirst) return { load: a, unit: unitOf(m[2]), reps: b, sets: c };
      return { sets: a, reps: b, load: c, unit: unitOf(m[5]) };
    },
  },
  // 5/5/5 @ 100kg / 8,8,7 at 185: the reps of each set, then one load (runs of equal reps are one group).
  {
    re: new RegExp(`\\b(\\d{1,2}(?:(?: ?, ?| ?/ ?)\\d{1,2})+)(?: ?reps?)? ?(?:at|@|with|w/) ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT}(?![a-z\\d:])`, 'g'),
    read: (m) => repRun(m[1]!, Number(m[2]), unitOf(m[3])),
  },
  // 185x8,8,7 / 315 for 5, 5, 4 / 100kg for 5/5/4 / 70kg 8/8/6: one load, the reps of each set. Before "225x5" so the
  // first set alone is not read as the whole lift.
  {
    re: new RegExp(`\\b(\\d{1,4}(?:\\.\\d+)?) ?${UNIT}(?: ?(?:for|x) ?| )(\\d{1,2}(?:(?: ?, ?(?:and )?| ?/ ?| and | then )\\d{1,2})+)(?: ?reps?)?(?![\\d:]|\\.\\d| ?(?:sets?|x|min\\w*|secs?|lbs?|kgs?|s\\b))`, 'g'),
    read: (m) => repRun(m[3]!, Number(m[1]), unitOf(m[2])),
  },
  // 3 sets of 8 (at 135 lb).
  {
    re: new RegExp(`\\b(\\d{1,2}) ?sets? (?:of |x )?(\\d{1,3})(?: ?reps?)?(?:,? ?(?:at|@|with|w/)? ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT})?(?![a-z\\d])`, 'g'),
    read: (m) => ({ sets: Number(m[1]), reps: Number(m[2]), load: num(m[3]), unit: unitOf(m[4]) }),
  },
  // 3x5 at 225 / 3x5 225 / 3x5@225 / 3x8 (no load) / 225x5 (load x reps) / 100kg x 5.
  {
    re: new RegExp(`\\b(\\d{1,4}(?:\\.\\d+)?) ?${UNIT} ?x ?(\\d{1,3})(?! ?x ?\\d)(?:(?: ?reps?)?,? ?(?:at|@|with|w/)? ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT}(?![a-z\\d:]))?`, 'g'),
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const after = num(m[4]);
      if (a <= 12 && !m[2]) {
        // "3x5 225": sets x reps, then the load; "5x5" with no load is bodyweight or unloaded.
        return { sets: a, reps: b, load: after !== null && (after > 12 || unitOf(m[5]) !== null) ? after : null, unit: unitOf(m[5]) };
      }
      return { sets: 1, reps: b, load: a, unit: unitOf(m[2]) };
    },
  },
  // 185 for 5 / 185 lbs for 5 reps / 100kg for 3.
  {
    re: new RegExp(`\\b(\\d{1,4}(?:\\.\\d+)?) ?${UNIT} (?:for|x) ?(\\d{1,3})(?: ?reps?)?\\b`, 'g'),
    read: (m) => ({ sets: 1, reps: Number(m[3]), load: Number(m[1]), unit: unitOf(m[2]) }),
  },
  // 5 reps at 225 / 8 reps (bodyweight).
  {
    re: new RegExp(`\\b(\\d{1,3}) ?reps?(?: (?:at|@|with|w/) ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT})?(?![a-z])`, 'g'),
    read: (m) => ({ sets: 1, reps: Number(m[1]), load: num(m[2]), unit: unitOf(m[3]) }),
  },
  // A load alone: "bench 185", "squat at 100kg", "dumbbells 50s". Reps unknown.
  {
    // "45 min", "60 minutes", "30 sec": a duration, never a load ("dumbbells and a bench, 45 min" is no bench max).
    // A full stop after the load ends the sentence ("deadlift 230kg. train mon…"); a decimal point does not.
    re: new RegExp(`(?:^|[^\\d:./])(?:at |@ ?|with )?(\\d{2,4}(?:\\.\\d+)?) ?${UNIT}(?![\\d:]|\\.\\d|[a-z]| ?(?:min|mins|minutes?|hours?|hrs?|secs?|seconds?)\\b)`, 'g'),
    read: (m) => ({ sets: 1, reps: null, load: Number(m[1]), unit: unitOf(m[2]) }),
  },
];

/**
 * The set groups of one lift's text ("3x8 245 rpe 8", "225x5, 235x5, 245x3", "185 for 5"). Empty when the
 * text has no numbers a lift could have.
 */
/** "last set 6", "got 6 on the last one": the reps of a last set that fell short of (or beat) the others. */
const LAST_SET: RegExp[] = [
  /\blast (?:set|one)(?:,| i| was| only| just| got| for| made| hit|:)* ?(\d{1,2})(?: ?reps?)?(?![\d.]| ?(?:x|lbs?|kgs?|kilos?|#|sets?)\b)/,
  /\b(?:only |just |got |made |hit )*(\d{1,2})(?: ?reps?)? on the last(?: set| one)?\b/,
];

/** "3 sets", "x 3 sets", "(3 sets)", "for 3 rounds": how many times the one set written was done. */
const SET_COUNT = /(?<![\d.])(\d{1,2}) ?(?:sets?|rounds?)\b/;

function takeLastSet(s: string): { rest: string; reps: number | null } {
  for (const re of LAST_SET) {
    const m = re.exec(s);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 30) return { rest: s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length), reps: Number(m[1]) };
  }
  return { rest: s, reps: null };
}

export function parseSetGroups(segment: string): SetGroup[] {
  const taken = takeEffort(withCountWords(normalize(segment)));
  const { effort } = taken;
  const lastSet = takeLastSet(taken.rest);
  const rest = lastSet.rest;
  const groups: Array<{ index: number; group: SetGroup }> = [];
  let remaining = rest;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const taken: Array<[number, number]> = [];
    while ((m = p.re.exec(remaining)) !== null) {
      const read = p.read(m);
      const gs = read === null ? [] : Array.isArray(read) ? read : [read];
      const fine = (g: Group) => (g.reps === null || (g.reps >= 1 && g.reps <= 100)) && g.sets >= 1 && g.sets <= 20 && (g.load === null || g.load > 0);
      if (gs.length && gs.every(fine)) {
        gs.forEach((g, k) => groups.push({ index: m!.index + k / 100, group: { ...g, rpe: null, rir: null } }));
        taken.push([m.index, m.index + m[0].length]);
      }
      if (m[0].length === 0) p.re.lastIndex += 1;
    }
    // Blank out what this pattern read so a weaker pattern cannot read it again.
    for (const [a, b] of taken) remaining = remaining.slice(0, a) + ' '.repeat(b - a) + remaining.slice(b);
  }
  groups.sort((a, b) => a.index - b.index);
  const out: SetGroup[] = [];
  for (const { group } of groups) {
    // "50s 3x10" / "3x10 with 50s": a bare load and a load-less sets x reps are one group.
    const prev = out[out.length - 1];
    if (prev && prev.reps === null && prev.load !== null && group.load === null && group.reps !== null) Object.assign(prev, { sets: group.sets, reps: group.reps });
    else if (prev && prev.load === null && prev.reps !== null && group.reps === null && group.load !== null) Object.assign(prev, { load: group.load, unit: group.unit });
    else out.push(group);
  }
  perSetLoads(out);
  // "squat 225 for 5, 3 sets": one set written, then how many times it was done.
  const count = SET_COUNT.exec(remaining);
  // "only did 2 sets at 225": a count with a load and no reps is that many sets (the coach fills the planned reps).
  if (count && out.length === 1 && out[0]!.sets === 1 && (out[0]!.reps !== null || out[0]!.load !== null) && Number(count[1]) >= 2 && Number(count[1]) <= 20) out[0]!.sets = Number(count[1]);
  // "3x8 last set 6": the last set is its own group.
  const top = out[out.length - 1];
  if (top && lastSet.reps !== null && top.reps !== null && top.reps !== lastSet.reps && top.sets >= 2) {
    top.sets -= 1;
    out.push({ ...top, sets: 1, reps: lastSet.reps });
  }
  // A unit written once ("225x5, 235x5, 245x3 lbs") applies to the whole lift; effort to the last group (the top set).
  const unit = out.find((g) => g.unit !== null)?.unit ?? null;
  for (const g of out) if (g.unit === null && g.load !== null) g.unit = unit;
  const last = out[out.length - 1];
  if (last) Object.assign(last, effort);
  return out;
}

/**
 * "5x5 185 185 190 190 195": sets x reps with a load for each set, written in a row. Read as one set per
 * load (equal loads next to each other merged), not five sets at 185 and four sets of unknown reps.
 */
function perSetLoads(out: SetGroup[]): void {
  for (let i = 0; i < out.length; i++) {
    const head = out[i]!;
    if (head.sets < 2 || head.reps === null || head.load === null) continue;
    const rest = out.slice(i + 1, i + head.sets);
    if (rest.length !== head.sets - 1 || !rest.every((g) => g.reps === null && g.sets === 1 && g.load !== null)) continue;
    const loads = [head, ...rest].map((g) => ({ load: g.load!, unit: g.unit }));
    const merged: SetGroup[] = [];
    for (const l of loads) {
      const prev = merged[merged.length - 1];
      if (prev && prev.load === l.load) prev.sets += 1;
      else merged.push({ sets: 1, reps: head.reps, load: l.load, unit: l.unit ?? head.unit, rpe: null, rir: null });
    }
    out.splice(i, head.sets, ...merged);
    i += merged.length - 1;
  }
}

/**
 * One lift's sets, its pieces joined by "then" read one by one ("205 for a single @ rpe 8, then 3x3 at 185kg":
 * the RPE is the single's, not the back-offs'); a unit written once counts for every piece.
 */
function parseLiftSets(segment: string): SetGroup[] {
  const groups = segment.split(/\b(?:and then|then|after that|plus)\b/).flatMap((piece) => parseSetGroups(piece));
  const unit = groups.find((g) => g.unit !== null)?.unit ?? null;
  for (const g of groups) if (g.unit === null && g.load !== null) g.unit = unit;
  return groups;
}

/** "3x10 ", "4 x 8": sets by reps ending the text before a lift. */
const SETS_BEFORE_LIFT = /(?<![\d.:x])\d{1,2} ?x ?\d{1,3}\s*$/;

/** "25s for the", "60kg for 5 on": a load ending the text before a lift, tied to it by "for", "on" or "with". */
const LOAD_BEFORE_LIFT = /(?:^|[^\d.:])(\d{2,4}(?:\.\d+)?) ?(kg|kgs|lbs?|s)?(?:\s*(?:x|for)\s*\d{1,3}(?:\s*reps?)?)?\s+(?:for|on|with)(?:\s+(?:the|my))?\s*$/;

/**
 * Every lift named in `text` with its sets. A lift named without any numbers ("did squats") is left out:
 * it is part of a "done", not a log. The text before the first lift counts for it only when it holds set
 * numbers ("3x5 squats at 225").
 */
/** "went 40 instead of 30", "12 reps rather than the planned 10": the number the plan had, not a set done. */
const PLANNED_NUMBER = /\b(?:instead of|rather than) (?:the |my )?(?:planned |usual |prescribed )?\d{1,4}(?:\.\d+)?\s*(?:kg|kgs|lbs?|pounds|reps?)?(?![\d.])/g;

/**
 * A stage of life or a year is no load: "i used to bench 275 in my 30s" (was a 30 lb bench beside the 275), "back in
 * my early 20s", "in the 90s", "when i was 25". "the 30s for rows" (dumbbells) has no "my"/"the …'s" of a decade.
 */
const LIFE_NUMBER = /\b(?:in|during|through|back in|since) (?:my|his|her|their|our) (?:early |mid |mid-|late )?\d0'?s\b|\b(?:early|mid|late)[- ]?\d0'?s\b|\b(?:in|during|back in) the (?:19|20)?\d0'?s\b|\b(?:when|since) i was (?:like |about |around )?\d{1,2}\b|\b(?:in|since|back in|from|during) (?:early |mid |late )?(?:19|20)\d{2}\b(?!\s*(?:kg|kgs|lbs?|pounds|x))/g;

/** "instead of", "rather than": the lift named after it is the one replaced, not done. */
const REPLACED_BEFORE = /\b(?:instead of|rather than|in place of|in lieu of)\s+(?:the |my |doing |regular )?$/;

/**
 * "did goblet squats instead of back squats 3x10 w 50": the lift replaced is blanked (same length, so indexes hold), and
 * the numbers after it go to the lift done (they were logged as a 50 lb back squat). Only beside another lift named.
 */
function withoutReplacedLifts(t: string): string {
  const mentions = findExerciseMentions(t);
  if (mentions.length < 2) return t;
  let out = t;
  for (const m of mentions) {
    const lead = REPLACED_BEFORE.exec(t.slice(0, m.start));
    if (lead) out = out.slice(0, lead.index) + ' '.repeat(m.end - lead.index) + out.slice(m.end);
  }
  return out;
}

export function parseLifts(text: string): LiftLog[] {
  const t = withoutReplacedLifts(withCountWords(normalize(text)).replace(PLANNED_NUMBER, ' ').replace(LIFE_NUMBER, ' '));
  const mentions = findExerciseMentions(t);
  const out: LiftLog[] = [];
  // "used the 25s for the floor press and 30s for rows": a load said just before its lift belongs to that lift,
  // not to the one before it.
  const prefixes = mentions.map((m, i) => LOAD_BEFORE_LIFT.exec(t.slice(mentions[i - 1]?.end ?? 0, m.start)));
  // "3x8 rows 135 3x10 curls 30s": a text that puts the sets before the first lift puts them before every lift, so
  // the sets just before a lift are its own (was 3x10 a second group of rows, and curls 1 set of 30).
  const setsFirst = mentions.length > 1 && SETS_BEFORE_LIFT.test(t.slice(0, mentions[0]!.start));
  const setsBefore = mentions.map((m, i) => (setsFirst && i > 0 ? SETS_BEFORE_LIFT.exec(t.slice(mentions[i - 1]!.end, m.start)) : null));
  mentions.forEach((m, i) => {
    const nextPrefix = prefixes[i + 1] ?? setsBefore[i + 1];
    const next = nextPrefix ? m.end + (mentions[i + 1]!.start - m.end - nextPrefix[0].length) + nextPrefix[0].search(/\d/) : (mentions[i + 1]?.start ?? t.length);
    let segment = t.slice(m.end, Math.max(m.end, next));
    if (i === 0) {
      const before = t.slice(0, m.start);
      // "2 sets of squats at 225": the count said before the lift, with "of" between.
      const tail = /((?:\d{1,4}(?:\.\d+)? ?(?:kg|kgs|lbs?)? ?x ?\d{1,3}(?: ?x ?\d{1,3})?|\d{1,2} ?sets?(?: of \d{1,3})?)(?: of(?: my| the)?)?[^a-z]*)$/.exec(before);
      if (tail) segment = `${tail[1]} ${segment}`;
    }
    if (setsBefore[i]) segment = `${setsBefore[i]![0]} ${segment}`;
    // A run or a time after the lift ("bench 185 for 5 then ran 3 miles") is not part of it.
    segment = liftTail(segment);
    let groups = parseLiftSets(segment);
    // "3 sets of 5 at 225 on squat", "did 5/5/5 @ 100kg squats": the whole lift said before its name.
    if (groups.length === 0 && i === 0) groups = parseSetGroups(t.slice(0, m.start).split(/[.!?;]\s/).at(-1)!).filter((g) => g.reps !== null);
    // "185 for 5 on bench": the numbers come before the only lift named.
    if (groups.length === 0 && i === 0 && mentions.length === 1) {
      const before = /(\d{2,4}(?:\.\d+)?\s*(?:kg|kgs|lbs?)?\s*(?:x|for)\s*\d{1,3}(?:\s*reps?)?)[^,.;!?\d]*$/.exec(t.slice(0, m.start));
      if (before) groups = parseSetGroups(before[1]!);
      // "worked up to 225 on squat": a load alone, said just before the lift it was on.
      const load = before ? null : /(\d{2,4}(?:\.\d+)?\s*(?:kg|kgs|lbs?)?)\s+(?:on|for)(?:\s+(?:the|my))?\s*$/.exec(t.slice(0, m.start));
      if (load) groups = parseSetGroups(load[1]!);
    }
    const prefix = prefixes[i];
    // The sets said with it count too ("did 3x10 with the 30s on rows"), within its own sentence.
    if (groups.length === 0 && prefix) groups = parseSetGroups(t.slice(mentions[i - 1]?.end ?? 0, m.start).split(/[.!?;,]\s/).at(-1)!);
    if (groups.length === 0) {
      // "bench 3x8 at 135 and rows 3x10 at 95, bench felt easy": a lift named again with only how it felt is the
      // effort of its sets logged before in the text (was dropped: the bench read as done to failure).
      const felt = findEffortWords(segment);
      const earlier = out.find((l) => l.exerciseId === m.exercise.id);
      const top = earlier?.groups.at(-1);
      if (felt && top && top.rir === null && top.rpe === null) Object.assign(top, { rir: felt.rir, effort: felt.words });
      return;
    }
    out.push({ exerciseId: m.exercise.id, name: m.exercise.name, written: m.written, groups });
  });
  return out;
}

/** Text with the lifts' spans blanked, so a run or a "done" in the same text can be read without them. */
export function withoutLifts(text: string): string {
  const t = withCountWords(normalize(text));
  const mentions = findExerciseMentions(t);
  if (mentions.length === 0) return t;
  let out = t.slice(0, mentions[0]!.start);
  mentions.forEach((m, i) => {
    const next = mentions[i + 1]?.start ?? t.length;
    const segment = t.slice(m.end, next);
    // A lift named without numbers ("skipped the wall sits") stays for the other readers.
    const lift = liftTail(segment);
    if (parseSetGroups(lift).length === 0) {
      out += t.slice(m.start, next);
      return;
    }
    const cut = /\b(then|and then|after that|also|plus|ran|run|jog|jogged|did|done|skipped)\b/.exec(segment.slice(lift.length));
    const end = cut ? lift.length + cut.index : segment.length;
    out += ' '.repeat(m.end - m.start) + ' '.repeat(end) + segment.slice(end);
  });
  return out;
}
