/**
 * Exercise names as clients write them ("rdl", "pullups", "db press", "sqauts", "bench") → the exercise
 * library's ids. Exact names and aliases first; then fuse.js fuzzy matching over the same names, so a typo
 * still finds its lift while "week" or "sleep" never become one.
 */
import Fuse from 'fuse.js';
import { EXERCISES, exerciseById, type Exercise } from '../../engine/strength/index.js';
import { editDistance, normalize } from './text.js';
import { BODY_PART_WORDS } from '../words.js';

export interface ExerciseMention {
  exercise: Exercise;
  /** Character span in the normalized text. */
  start: number;
  end: number;
  /** The words as written. */
  written: string;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface NameEntry {
  name: string;
  id: string;
}

const NAMED: NameEntry[] = EXERCISES.flatMap((e) =>
  [...new Set([e.id.replace(/_/g, ' '), e.name.replace(/\s*\(.*\)$/, ''), ...e.aliases].map(key))].map((name) => ({ name, id: e.id })),
);

/**
 * A name as clients shorten or spell out its kit and posture: "dumbbell shoulder press" for "seated dumbbell
 * shoulder press" or its alias "db shoulder press", "db bench" for "dumbbell bench". Added after every name
 * as given, so a variant never takes a name another lift has ("shoulder press" stays the overhead press).
 */
const KIT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bdb\b/g, 'dumbbell'],
  [/\bdumbbell\b/g, 'db'],
  [/\bkb\b/g, 'kettlebell'],
  [/\bkettlebell\b/g, 'kb'],
  [/\bbb\b/g, 'barbell'],
];
const POSTURE = /^(?:seated|standing) /;
const variantsOf = (name: string): string[] => {
  const bare = name.replace(POSTURE, '');
  return [...new Set([bare, ...[name, bare].flatMap((n) => KIT_SPELLINGS.map(([re, to]) => n.replace(re, to)))])].filter((v) => v !== name && v.split(' ').length > 1);
};
const ENTRIES: NameEntry[] = [...NAMED, ...NAMED.flatMap((e) => variantsOf(e.name).map((name) => ({ name, id: e.id })))];

const EXACT = new Map<string, string>();
for (const entry of ENTRIES) {
  if (!EXACT.has(entry.name)) EXACT.set(entry.name, entry.id);
  // Plurals: "squats", "wall sits", "rows".
  if (!EXACT.has(`${entry.name}s`)) EXACT.set(`${entry.name}s`, entry.id);
}

/**
 * A lift said as what was done to it ("benched 60kg 4x8", "squatted 140 for 5"): the lift itself, never a fuzzy
 * near name ("benched" is two letters from "bench dip").
 */
const LIFT_VERBS: Readonly<Record<string, string>> = {
  benched: 'bench_press', benching: 'bench_press', benchd: 'bench_press',
  squatted: 'back_squat', squated: 'back_squat', squatting: 'back_squat',
  deadlifted: 'deadlift', deadlifting: 'deadlift', deadlifed: 'deadlift',
  ohped: 'overhead_press', ohpd: 'overhead_press',
};
for (const [verb, id] of Object.entries(LIFT_VERBS)) if (!EXACT.has(verb)) EXACT.set(verb, id);

const FUSE = new Fuse(ENTRIES, { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true });

/** Body-part words are close to exercise names ("quads" ~ "squats", "chest" ~ "chest press") and never one. */
const BODY_WORDS = new Set(Object.values(BODY_PART_WORDS).flat().map(key));

/**
 * Words that name a lift only next to numbers or a lift word: "legs are dead" is not a deadlift, "press"
 * alone in "press release" is not an overhead press, "bench" may be the equipment.
 */
const NEEDS_NUMBERS = new Set(['dead', 'deads', 'press', 'row', 'rows', 'curl', 'curls', 'dip', 'dips', 'swings', 'sumo', 'romanian', 'pushdown', 'raise', 'raises', 'fly', 'flys', 'flyes', 'extension', 'extensions', 'dl', 'step up', 'lunge']);

/** Words never fuzzily matched to a lift (they are close to exercise names but mean something else). */
const NEVER_FUZZY = new Set([
  'week', 'weeks', 'deload', 'deloads', 'deloading', 'deloaded', 'bend', 'bends', 'bending', 'bended', 'sleep', 'slept', 'squad', 'beach', 'bunch', 'lunch', 'punch', 'pressure', 'stressed', 'price', 'dread',
  'deal', 'head', 'read', 'dear', 'flying', 'plan', 'plans', 'plank', 'black', 'brunch', 'rough', 'curly', 'sweat', 'shrug',
  'dips', 'pushed', 'pulled', 'pulls', 'press', 'rest', 'reps', 'sets', 'miles', 'mile', 'ahead', 'instead', 'legs',
  'back', 'arms', 'bench', 'rowing', 'dumbbell', 'dumbbells', 'dumbells', 'barbell', 'barbells', 'kettlebell', 'kettlebells',
  'machine', 'machines', 'cable', 'cables', 'bands', 'band', 'skipped', 'planet', 'planets', 'planned', 'planning', 'plane', 'planes', 'plant', 'plants', 'lower', 'upper', 'fullbody', 'cardio', 'tempo', 'stairs', 'walk', 'running', 'swimming', 'cycling', 'hiking', 'walking', 'stretching', 'yoga',
  // Kit and places a lifter lists ('barbell, rack, bench, plates and some dumbbells to 60' once read plates as a plank).
  'plate', 'plates', 'platform', 'rack', 'racks', 'garage', 'gym', 'mats', 'rings', 'boxes', 'treadmill', 'rower', 'place', 'places', 'played', 'playing',
  // onboard21: "nothing except a sturdy chair" is furniture, no chin-up (was "your chin-up max 20 lb").
  'chair', 'chairs',
]);

/** Every word used in an exercise name or alias: a fuzzy phrase must be made of these or near-misses of them. */
const VOCABULARY = new Set(ENTRIES.flatMap((e) => e.name.split(' ')));

/** A word a lift name could be typed as: in the vocabulary, or 1 edit away (4-5 letters) or 2 (6+ letters). */
function liftWord(w: string): boolean {
  if (VOCABULARY.has(w) || VOCABULARY.has(w.replace(/s$/, ''))) return true;
  if (w.length < 4) return false;
  const allowed = w.length >= 6 ? 2 : 1;
  for (const v of VOCABULARY) if (Math.abs(v.length - w.length) <= allowed && v[0] === w[0] && editDistance(v, w) <= allowed) return true;
  return false;
}

/**
 * A phrase of several words is a typo of a name only word for word ("romainian dedlift"): "dumbbells up (to
 * 50 lb)" is not "dumbbell press" because "dumbbells" is close to "dumbbell".
 */
function wordByWord(words: readonly string[], name: string): boolean {
  const target = name.split(' ');
  if (target.length !== words.length) return false;
  return words.every((w, i) => {
    const t = target[i]!;
    const allowed = w.length >= 6 ? 2 : w.length >= 4 ? 1 : 0;
    return w === t || w.replace(/s$/, '') === t || editDistance(w, t) <= allowed;
  });
}

/**
 * Answers by normalized phrase: every text is scanned phrase by phrase (findExerciseMentions), and the fuzzy
 * search is most of the cost of reading a "what's today". A pure function of the phrase, so it is kept,
 * bounded (oldest out first).
 */
const MATCH_CACHE_SIZE = 20_000;
const matched = new Map<string, Exercise | undefined>();

/** The library exercise a name means, or undefined. Fuzzy only for names of 4+ letters made of lift words. */
export function matchExercise(written: string): Exercise | undefined {
  const k = key(written);
  if (matched.has(k)) return matched.get(k);
  const found = matchKey(k);
  matched.set(k, found);
  if (matched.size > MATCH_CACHE_SIZE) matched.delete(matched.keys().next().value!);
  return found;
}

function matchKey(k: string): Exercise | undefined {
  if (!k) return undefined;
  const exact = EXACT.get(k) ?? EXACT.get(k.replace(/s$/, '')) ?? EXACT.get(k.replace(/es$/, ''));
  if (exact) return exerciseById(exact);
  if (k.length < 4 || NEVER_FUZZY.has(k) || BODY_WORDS.has(k) || BODY_WORDS.has(k.replace(/s$/, ''))) return undefined;
  const words = k.split(' ');
  if (words.length > 1 && !words.every(liftWord)) return undefined;
  // "dumbbells up to 50" is the kit, not a fuzzy "dumbbell press": a name ending in "up" ("push up", "step up") is
  // matched exactly or not at all.
  if (words.length > 1 && /^ups?$/.test(words.at(-1)!)) return undefined;
  if (words.length === 1 && !liftWord(k) && k.length < 8) return undefined;
  // A typo keeps the first letter and about the length ("sqaut", "dedlift", "benhc"); a different word that
  // merely contains a name ("legs" in "legpress", "walk" in "farmers walk") does not.
  const near = FUSE.search(k, { limit: 5 }).find(
    (r) => r.item.name[0] === k[0] && Math.abs(r.item.name.length - k.length) <= Math.max(2, Math.round(k.length * 0.2)) && (words.length === 1 || wordByWord(words, r.item.name)),
  );
  return near ? exerciseById(near.item.id) : undefined;
}

const STOP = new Set(['and', 'then', 'also', 'at', 'for', 'with', 'of', 'the', 'a', 'my', 'i', 'did', 'x', 'sets', 'set', 'reps', 'rep', 'on', 'to', 'in', 'plus', 'felt', 'like', 'rpe', 'rir', 'lb', 'lbs', 'kg', 'kgs', 'today', 'yesterday', 'was', 'were', 'some',
  // Words near a lift's name that are never one ("cleared by my doctor" read as a doorway row).
  'doctor', 'doctors', 'doc', 'dr', 'physio']);

/**
 * "Good morning." opening a sentence and closed by punctuation, the end or a word of address ("good morning
 * coach") is the greeting, not the hinge: "Good morning. I am 67" gave a "good morning max 67 lb". The lift
 * comes with numbers or in a list ("good mornings 3x10", "good morning 3x10 at 95").
 */
function isGreeting(t: string, start: number, end: number): boolean {
  return /(?:^|[.!?\n]\s*)$/.test(t.slice(0, start)) && /^(?:\s*(?:[,.!:;?\n]|$)|\s+(?:coach|cadence|to you|everyone|all|team|sir|maam|ma'am)\b)/.test(t.slice(end));
}

/**
 * Every exercise named in `text`, left to right, longest name first at each position ("romanian deadlift"
 * before "deadlift"), spans in the normalized text. Words in NEEDS_NUMBERS count only next to a number.
 */
export function findExerciseMentions(text: string, opts: { loose?: boolean } = {}): ExerciseMention[] {
  const t = normalize(text);
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of t.matchAll(/[a-z][a-z'-]*/g)) words.push({ w: m[0].replace(/'/g, ''), start: m.index!, end: m.index! + m[0].length });
  const out: ExerciseMention[] = [];
  let i = 0;
  while (i < words.length) {
    let found: ExerciseMention | null = null;
    let used = 0;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const slice = words.slice(i, i + n);
      if (STOP.has(slice[0]!.w) || STOP.has(slice[n - 1]!.w)) continue;
      // Words must be adjacent (only spaces or hyphens between them).
      if (slice.some((s, j) => j > 0 && !/^[\s-]*$/.test(t.slice(slice[j - 1]!.end, s.start)))) continue;
      const phrase = slice.map((s) => s.w).join(' ');
      const exercise = matchExercise(phrase);
      if (!exercise) continue;
      const start = slice[0]!.start;
      const end = slice[n - 1]!.end;
      if (phrase === 'good morning' && isGreeting(t, start, end)) continue;
      if (n === 1 && !opts.loose && NEEDS_NUMBERS.has(phrase) && !/\d/.test(t.slice(Math.max(0, start - 12), Math.min(t.length, end + 14)))) continue;
      found = { exercise, start, end, written: t.slice(start, end) };
      used = n;
      break;
    }
    if (found) {
      out.push(found);
      i += used;
    } else i += 1;
  }
  return out;
}
