import { saysCleared } from './clearance.js';
import { EQUIPMENT, EQUIPMENT_PRESETS, type Equipment } from '../../engine/vocabulary.js';
import { fail, normalize, ok, type ParseResult } from './text.js';
import { findExerciseMentions } from './exercise.js';

const PRESET_PATTERNS: Array<[RegExp, keyof typeof EQUIPMENT_PRESETS]> = [
  [/\bhotel\b/, 'hotel_gym'],
  [/\b(planet fitness|crunch fitness|pf gym)\b/, 'machine_gym'],
  [/\b(home|garage|basement|apartment) gym\b/, 'home_gym'],
  [/\b(dumbbells? only|only (?:have )?dumbbells?|just (?:have )?dumbbells?|dbs? only|only (?:have )?dbs?|just (?:have )?dbs?)\b/, 'dumbbells_only'],
  [/\b(?<!\b(?:bench|squat|deadlift|dead|dl|ohp|press)(?: press)?\s+(?:my |about |around |over |under |close to )?(?:\d(?:\.\d+)?\s*x\s*)?)(?:body ?weight(?!\s+(?:bench|deadlift|dead|ohp|overhead press)\b)|no equipment|nothing|calisthenics|none|no gym)\b/, 'bodyweight'],
  [/\b(full|commercial|regular|big|normal|public|globo|chain|university|college|school|work|office|complete|proper|real) gym\b|\b(la fitness|ymca|24 hour fitness|equinox|gold'?s|anytime fitness|crossfit|lifetime|life time|gym membership)\b/, 'full_gym'],
  // "gym at work has everything (racks, dumbbells, cables)": the items are examples of everything, not the whole list.
  [/\b(?:has|have|got|with|there'?s) (?:literally |basically |pretty much |just about )?(?:everything|it all|all the (?:equipment|stuff|gear|things))\b|\b(?:fully|well)[ -](?:equipped|stocked)\b/, 'full_gym'],
];

/**
 * "bench is rubbish", "my bench press sucks", "bench max 60", "cranky on wide grip bench", "squat+bench",
 * "squat bench and dead": the lift, not the kit ("the bench is adjustable", "sit on a bench" are kit).
 */
const BENCH_LIFT_BEFORE = ['heavy', 'heavier', 'on', 'when i', 'i', 'during', 'doing', 'after', 'before', 'grip', 'paused', 'pause', 'comp', 'competition', 'touch and go', 'spoto', 'larsen', 'body ?weight', 'bw', 'can'];
/** Other lifts named beside it: "squat bench and dead", "squat, bench, deadlift", "bench and ohp". */
const OTHER_LIFT = String.raw`(?:squats?|deadlifts?|deads?|dl|ohp|(?<!leg )press|total|push ?-?ups?|dips?|flyes|flys|rows?|curls?|overhead)`;
const BENCH_LIFT_AFTER = [
  String.raw`(?: press)?\s+(?:is|'s|was)\s+(?!(?:an?\s+)?(?:adjustable|flat|incline|folding|there|in|at|here)\b)`,
  String.raw`(?: press)?\s+(?:sucks|lags|lagging|stalled|stuck|max|pr|1rm|feels|has been|numbers?|went)\b`,
  String.raw`\s*(?:\+|&|and|,|\/)\s*${OTHER_LIFT}\b`,
  // A number said of it is its load: "bench 185", "bench maybe 95", "bench press around 100kg", "bench like 2 plates".
  String.raw`(?: press)?\s*(?:(?:is |at |for |of )?(?:maybe|around|about|like|prob(?:ably)?|roughly|approx\w*|close to|nearly|almost|only|just|~)\s*)?(?:\d|one |two |three |four )`,
  // Bodyweight as its load: "bench bodyweight", "bench my bodyweight", "bench 1.2x bw".
  String.raw`(?: press)?\s+(?:my |about |around |over |under |close to )?(?:body ?weight|bw)\b`,
  // "bench press", "bench pressing", "benching": always the lift ("a bench" is the kit).
  String.raw`\s*-?\s*press`,
];
const BENCH_KIT = new RegExp(
  String.raw`(?<!\b(?:${BENCH_LIFT_BEFORE.join('|')})\s|\b${OTHER_LIFT}\s*(?:\+|&|and|,|\/)?\s*)\b(bench(es)?|weight bench)\b(?!${BENCH_LIFT_AFTER.join('|')})`,
);

const ITEM_PATTERNS: Array<[RegExp, Equipment]> = [
  [/\b(barbells?|olympic bar|bar ?bell|bb)\b/, 'barbell'],
  [/\b((squat |power )?racks?|squat stand|cage)\b/, 'rack'],
  [BENCH_KIT, 'bench'],
  [/\b(dumbbells?|dumbells?|dbs?|dumb bells?)\b/, 'dumbbell'],
  [/\b(kettlebells?|kbs?|kettle bells?)\b/, 'kettlebell'],
  [/\b(cables?|cable machine|cable stack|functional trainer)\b/, 'cable'],
  // "cable machine" is cables, not every machine.
  [/\b((?<!cable )machines?|smith|leg press|selectorized)\b/, 'machine'],
  [/\b(pull ?-?up bar|chin ?-?up bar|pull ?-?ups?|chin ?-?ups?|bar for pull ?ups)\b/, 'pullup_bar'],
  [/\b(bands?|resistance bands?|trx)\b/, 'bands'],
];

/** "no barbell", "without a rack", "don't have a pull-up bar", "no access to cables": what is missing. */
// "no barbell or squat rack" negates both: an "or"/"nor" list continues the negated phrase ("and" does not:
// "no barbell and dumbbells only" names what there is).
const NEGATION = /\b(?:no|without|w\/o|minus|except|but no|dont have|don'?t have|do not have|doesn'?t have|does not have|haven'?t got|no access to|lacks?|lacking|not)\s+(?:an?\s+|any\s+|the\s+|my\s+)?((?:(?!(?:or|nor)\b)[a-z-]+\s+){0,2}(?!(?:or|nor)\b)[a-z-]+(?:\s+(?:or|nor)\s+(?:an?\s+|any\s+)?(?:[a-z-]+\s+)?[a-z-]+)*)/g;

function ordered(items: Iterable<Equipment>): Equipment[] {
  const set = new Set(items);
  return EQUIPMENT.filter((e) => set.has(e));
}

function itemsIn(t: string): Set<Equipment> {
  const found = new Set<Equipment>();
  for (const [re, item] of ITEM_PATTERNS) if (re.test(t)) found.add(item);
  return found;
}

/** Equipment the text says is missing ("no barbell squat rack" → barbell and rack). */
export function findMissingEquipment(text: string): Equipment[] {
  const t = normalize(text);
  const missing = new Set<Equipment>();
  for (const m of t.matchAll(NEGATION)) for (const e of itemsIn(m[1]!)) missing.add(e);
  return ordered(missing);
}

/** Items the text says are there (outside any "no …"): "hotel gym has dumbbells and a bench" → dumbbell, bench. */
export function findNamedEquipment(text: string): Equipment[] {
  return ordered(itemsIn(normalize(text).replace(NEGATION, ' ')));
}

/**
 * Sentences about how the client trained before ("been lifting 1.5 yrs, mostly machines", "used to go to a
 * gym", "at my old gym"): history, not the kit they will train with.
 */
const PAST_TRAINING: RegExp[] = [
  /\b(?:i'?ve |ive |i have )?been (?:lifting|training|working out|going|doing)\b/,
  /\bused to\b/,
  /\b(?:old|previous|former|last|college|school|work) gym\b/,
  /\bback (?:when|in)\b/,
  /\b(?:in|during) (?:college|high school|school|the past)\b/,
  /\b(?:years?|yrs?|months?) ago\b/,
];
/** Where a paragraph breaks into statements: a past statement ends at "but"/"now" ("used to go to a gym but now home"). */
const STATEMENT_BREAK = /(?:[!?;\n\u2026]|\.(?!\d)|\bbut\b|\bnow\b|\bthese days\b)+/;

/** A clause about the kit the client has now: it ends a past statement's run ("used to go to a gym, now home"). */
const CURRENT_KIT_CUE = /\b(home|garage|basement|apartment|have|got|own|my gym|at the moment|currently)\b/;

/**
 * The text about where the client trains now: when a paragraph names kit outside its statements about past
 * training ("home gym w/ dumbbells and a bench"), those statements are dropped so what they used before does
 * not add to the kit. A past statement runs on over the comma clauses after it ("been lifting 1.5 yrs, mostly
 * machines") until a clause says what they have now (a decimal point, "1.5 yrs", is no break). With no other
 * kit named the text is kept whole: "been lifting 2 yrs on machines" may be all the client says of their gym.
 */
export function currentKitText(text: string): string {
  const t = normalize(text);
  const current: string[] = [];
  let dropped = false;
  for (const statement of t.split(STATEMENT_BREAK)) {
    let past = false;
    for (const clause of statement.split(',').map((c) => c.trim()).filter(Boolean)) {
      if (CURRENT_KIT_CUE.test(clause)) past = false;
      if (PAST_TRAINING.some((re) => re.test(clause))) past = true;
      if (past) dropped = true;
      else current.push(clause);
    }
  }
  if (!dropped) return t;
  const now = current.join('. ');
  return itemsIn(now.replace(NEGATION, ' ')).size > 0 || PRESET_PATTERNS.some(([re]) => re.test(now)) ? now : t;
}

/**
 * Equipment named in a text, or null when none is: presets ("full gym", "home gym", "dumbbells only",
 * "hotel gym", "just bodyweight") plus any items named ("home gym with kettlebells"), minus what the text
 * says is missing ("my gym has machines and dumbbells, no barbell squat rack"). A gym with dumbbells has
 * benches. Bodyweight is always available, so it is always included.
 */
/** "never been to a gym", "don't have a gym membership", "not a gym person": no gym, not a full one. */
const NO_GYM = /\b(?:(?:have |has )?never (?:been|gone|went|set foot) (?:to|in|inside|into) (?:a|the|any) gym|(?:don'?t|do not|dont|didn'?t) (?:have|go to|belong to|own) (?:a|the|any) gym(?: membership)?|not (?:a )?gym (?:person|goer|member|rat)|no gym membership)\b/g;

/** "theres a gym near me, 24 hour one", "joined the local gym": a gym they can use is a gym. */
const GYM_NEARBY = /\b(?:there'?s|theres|there is|i'?ve got|ive got|got|have|has|joined|member (?:of|at)|membership (?:at|to)) (?:a|the|my) (?:local |cheap |decent |big |\d+ ?(?:hour|hr|h) )?gym\b|\bgym (?:near|close to|next to|by|down the road from|(?:a)?round the corner from|across from) (?:me|my|work|the house|home)\b|\b24 ?(?:hour|hr|h|\/7) gym\b/;

export function findEquipment(text: string): Equipment[] | null {
  const t = currentKitText(text).replace(NO_GYM, 'no gym');
  const missing = new Set(findMissingEquipment(t));
  // Read the items outside the negated phrases: "no barbell" must not add a barbell.
  // "lifted in hs, nothing since", "2 yrs before my son, then nothing really": "nothing" about time, not about kit.
  // "no gym", "no equipment" name the kit (bodyweight) though they read as a negation.
  const positive = t.replace(/\b(?:no|without|w\/o|dont have|don'?t have|do not have) (?:any |a )?(?:gym|equipment)\b/g, ' bodyweight ').replace(NEGATION, ' ').replace(/\b(?:then|since(?: then)?|after(?: that)?)\s+(?:pretty much |basically |really |like )?nothing\b/g, ' ').replace(/\bnothing (?:since|else|much|lately|recently|major|serious|crazy|fancy|special|extreme|hardcore|intense|too \w+|big|wild|insane|for (?:a while|years|ages)|in (?:years|ages|a while))\b/g, ' ');
  const found = new Set<Equipment>();
  let matched = missing.size > 0;
  // "home gym with a barbell, rack and dumbbells": the items named are the gym, not the preset's guess.
  const named = itemsIn(positive);
  // "only dumbbells up to 50 and a cable stack": two or more items said with "only"/"just" are the whole kit,
  // not a preset's guess (a hotel preset would add machines nobody named).
  const onlyNamed = named.size >= 2 && /\b(only|just)\b/.test(positive);
  // "the YMCA, mostly machines and some dumbbells": what they use at the gym is the kit, not the gym's whole
  // preset (a gym's benches still come with its dumbbells, below).
  const mostlyNamed = named.size >= 2 && /\b(mostly|mainly|mostly use|i use|stick to|stick with)\b/.test(positive);
  for (const [re, preset] of PRESET_PATTERNS) {
    if (!re.test(positive) || onlyNamed || mostlyNamed) continue;
    if (preset === 'home_gym' && named.size >= 2) continue;
    if (preset === 'bodyweight' && /\bno gym\b/.test(t) === false && /\b(none|nothing)\b/.test(positive) && /\b(injur|pain)/.test(positive)) continue;
    EQUIPMENT_PRESETS[preset].forEach((e) => found.add(e));
    matched = true;
    if (preset === 'dumbbells_only') break;
  }
  for (const e of itemsIn(positive)) {
    found.add(e);
    matched = true;
  }
  // "gym mon tue thu fri", "gym 4x a week", "the gym at work": a gym said beside the schedule is a gym.
  if (!matched && /^(the |a |at the |at a )?gym$|\b(at|to|in|go to) (a|the|my) gym\b|\bi have a gym\b|\bgym\b.*\beverything\b|(?:^|[.,;!]\s*)(?:the |a )?gym,? (?:(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)\w*|\d\s*(?:x|days?|times))\b|\bgym at (?:work|my work|the office|my office|school|uni)\b/.test(positive) || GYM_NEARBY.test(positive)) {
    EQUIPMENT_PRESETS.full_gym.forEach((e) => found.add(e));
    matched = true;
  }
  if (!matched && /^(at )?home$/.test(positive)) {
    EQUIPMENT_PRESETS.bodyweight.forEach((e) => found.add(e));
    matched = true;
  }
  if (!matched) return null;
  // A gym with dumbbells has benches; a home or garage gym has what its owner listed.
  const atGym = /\bgym\b/.test(positive) || PRESET_PATTERNS.some(([re, preset]) => preset === 'full_gym' && re.test(positive));
  if (found.has('dumbbell') && atGym && !/\b(home|garage|basement|apartment) gym\b/.test(t) && !onlyNamed && !missing.has('bench')) found.add('bench');
  // A gym's squat rack is there for its barbells: "racks, dumbbells, cables" at a gym has a barbell (a home rack
  // is what its owner listed).
  if (found.has('rack') && atGym && !/\b(home|garage|basement|apartment) gym\b/.test(t) && !missing.has('barbell')) found.add('barbell');
  for (const e of missing) found.delete(e);
  found.add('bodyweight');
  return ordered(found);
}

/**
 * Whether a text names a whole setup ("planet fitness", "home gym", "just dumbbells", "a gym") rather than one
 * more item ("i have a pull-up bar too"): with the kit already known, only a whole setup replaces it.
 */
export function namesWholeKit(text: string): boolean {
  const t = normalize(text);
  return PRESET_PATTERNS.some(([re]) => re.test(t)) || /\b(only|just|gym|home|garage|basement|apartment|everything|all i have)\b/.test(t);
}

export function parseEquipment(text: string): ParseResult<Equipment[]> {
  const found = findEquipment(text);
  if (found === null) {
    return fail("I didn't catch your setup - try 'full gym', 'home gym', 'dumbbells only', 'hotel gym' or 'just bodyweight'");
  }
  return ok(found);
}

const IMPLEMENT_WORDS = {
  dumbbell: '(?:dumbbells?|dumbells?|dumb bells?|dbs?)',
  kettlebell: '(?:kettlebells?|kettle bells?|kbs?)',
} as const;
const UNIT = '(kg|kgs|kilos?|lbs?|pounds?)';
const NUM = '(\\d{1,3}(?:\\.\\d)?)';

function unitOf(word: string | undefined, defaultUnit: 'kg' | 'lb'): 'kg' | 'lb' {
  return word && /^k/.test(word) ? 'kg' : word && /^(lb|pound)/.test(word) ? 'lb' : defaultUnit;
}

/**
 * The heaviest of an implement a text names: "dumbbells to 50 lb", "dbs up to 25kg", "dumbbells only go to
 * 50", "a pair of 25 lb dumbbells", "dumbbells 5-50 lb", "kettlebell 16kg", "a 24 kg kb". A bare number
 * before the word is a count ("2 dumbbells"), so it needs a unit or "pair of".
 */
export function findMaxLoad(text: string, implement: keyof typeof IMPLEMENT_WORDS, defaultUnit: 'kg' | 'lb'): { load: number; unit: 'kg' | 'lb'; owned?: number[] } | null {
  const t = normalize(text);
  const w = IMPLEMENT_WORDS[implement];
  const owned = findOwnedLoads(t, w, defaultUnit);
  if (owned) return { load: Math.max(...owned.owned), unit: owned.unit, owned: owned.owned };
  // "a 24 kg kettlebell", "one 16kg kb", "a pair of 25 lb dumbbells": the only one there is.
  const single = new RegExp(String.raw`\b(?:a|one|single|1|(?:a )?pair of)\s+${NUM}\s*${UNIT}\s*${w}\b`).exec(t);
  if (single && !new RegExp(String.raw`\b${w}\b[^.!?]{0,25}?\b(?:to|up to|upto|max)\s*\d`).test(t)) {
    const load = Number(single[1]);
    if (load > 0) return { load, unit: unitOf(single[2], defaultUnit), owned: [load] };
  }
  const patterns: Array<[RegExp, number, number]> = [
    // word … up to N (unit)
    [new RegExp(`\\b${w}\\b[^.!?]{0,25}?\\b(?:to|up to|upto|max(?:imum)?|only go to|go up to|until|till|of)\\s*${NUM}\\s*(${UNIT.slice(1, -1)}|s)?\\b`, 'g'), 1, 2],
    // N (unit) word max
    [new RegExp(`\\b${NUM}\\s*${UNIT}?\\s*${w}\\s*(?:max|tops|at most)\\b`, 'g'), 1, 2],
    // N unit word / pair of N word
    [new RegExp(`\\b${NUM}\\s*${UNIT}\\s*${w}\\b`, 'g'), 1, 2],
    [new RegExp(`\\bpair of ${NUM}\\s*${UNIT}?\\s*(?:${implement === 'dumbbell' ? 's\\b|' : ''}${w})`, 'g'), 1, 2],
    // word N unit, word N-M unit
    [new RegExp(`\\b${w}\\s*(?:of\\s*)?(?:\\d{1,3}\\s*-\\s*)?${NUM}\\s*${UNIT}\\b`, 'g'), 1, 2],
  ];
  let best: { load: number; unit: 'kg' | 'lb' } | null = null;
  for (const [re, n, u] of patterns) {
    for (const m of t.matchAll(re)) {
      const load = Number(m[n]);
      if (!(load > 0)) continue;
      const found = { load, unit: unitOf(m[u], defaultUnit) };
      if (!best || (found.unit === best.unit ? found.load > best.load : found.unit === 'kg' ? found.load * 2.2 > best.load : found.load > best.load * 2.2)) best = found;
    }
  }
  return best;
}

// "5 10 and 15 lbs": a space alone between two weights lists them too.
const LIST_SEP = String.raw`(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|\s+or\s+|\s+(?=\d))`;
// "10s and 20s", "5s, 10s, 15s": a pair of each is said by its weight with an "s".
const LOAD_LIST = String.raw`(\d{1,3}(?:\.\d{1,2})?s?(?:${LIST_SEP}\d{1,3}(?:\.\d{1,2})?s?)+)`;
/** After the numbers: a unit may follow, never reps, sets, minutes or a set notation. */
const NOT_COUNTS = String.raw`(?!\s*(?:x\b|reps?|sets?|min\w*|secs?|seconds?|days?|times?|rounds?))`;

/**
 * The bells or dumbbells a client owns, said as a list or a range: "kettlebells 15, 25 and 35", "16 and 24 kg
 * kettlebells", "dumbbells 10, 20, 30 lbs", "adjustable dumbbells 5-52.5" (5 to 52.5 in 2.5 steps). Null when
 * only a heaviest is said ("dumbbells up to 50"): any standard weight up to it is theirs.
 */
function findOwnedLoads(t: string, w: string, defaultUnit: 'kg' | 'lb'): { owned: number[]; unit: 'kg' | 'lb' } | null {
  const lists: RegExp[] = [
    // "kettlebells 15, 25 and 35", "kettlebells at home, 15, 25 and 35 lb"
    new RegExp(String.raw`\b${w}\b[^.!?\d]{0,15}?${LOAD_LIST}\s*${UNIT}?\b${NOT_COUNTS}`),
    new RegExp(String.raw`(?:^|[^\d.])${LOAD_LIST}\s*${UNIT}?\s*${w}\b`),
  ];
  for (const re of lists) {
    const m = re.exec(t);
    if (!m) continue;
    const loads = m[1]!.split(/[^\d.]+/).filter(Boolean).map(Number);
    if (loads.length >= 2 && loads.every((l) => l > 0 && l <= 200)) return { owned: [...new Set(loads)].sort((a, b) => a - b), unit: unitOf(m[2], defaultUnit) };
  }
  // "adjustable dumbbells 5-52.5", "dumbbells from 5 to 50 lb": every weight of the range, in 2.5 steps when a half is said.
  const range = new RegExp(String.raw`\b${w}\b[^.!?\d]{0,15}?(?:from\s+)?(\d{1,3}(?:\.\d{1,2})?)\s*${UNIT}?\s*(?:-|to|thru|through)\s*(\d{1,3}(?:\.\d{1,2})?)\s*${UNIT}?\b${NOT_COUNTS}`).exec(t);
  if (range) {
    const [lo, hi] = [Number(range[1]), Number(range[3])];
    const unit = unitOf(range[4] ?? range[2], defaultUnit);
    if (lo > 0 && hi > lo && hi <= 200 && !/\bup ?to\b/.test(range[0])) {
      const step = [lo, hi].some((v) => v % (unit === 'kg' ? 2 : 5) !== 0) ? (unit === 'kg' ? 1 : 2.5) : unit === 'kg' ? 2 : 5;
      const owned: number[] = [];
      for (let v = lo; v < hi - 1e-9; v = Math.round((v + step) * 100) / 100) owned.push(v);
      owned.push(hi);
      return { owned, unit };
    }
  }
  return null;
}

/** "dumbbells to 50 lb", "dbs up to 25kg", "a pair of 25 lb dumbbells": the heaviest dumbbell there is. */
export function findMaxDumbbell(text: string, defaultUnit: 'kg' | 'lb'): { load: number; unit: 'kg' | 'lb' } | null {
  return findMaxLoad(text, 'dumbbell', defaultUnit);
}

/** Cardio machines a trip offers ("and a treadmill", "hotel has a bike"); "no treadmill" is not one. */
export function findCardio(text: string): string[] {
  const t = normalize(text).replace(/\b(?:no|not? (?:even )?(?:a|an)|without(?: a| an)?|doesn'?t have(?: a| an)?|don'?t have(?: a| an)?)\s+(?:\w+\s+)?(treadmills?|bikes?|rowers?|ellipticals?|pool)\b/g, ' ');
  const out: string[] = [];
  for (const [re, name] of [
    [/\btreadmills?\b/, 'treadmill'],
    [/\b(bikes?|peloton|spin bike|stationary bike|assault bike)\b/, 'bike'],
    [/\b(rowers?|rowing machine|erg)\b/, 'rower'],
    [/\b(ellipticals?)\b/, 'elliptical'],
    [/\b(pool|swim)\b/, 'pool'],
  ] as const) {
    if (re.test(t)) out.push(name);
  }
  return out;
}

/**
 * A limit on how heavy the client may lift, usually a doctor's ("doctor said no lifting over 20 lb", "can't
 * lift more than 10 kg for now", "nothing heavier than 15 lbs", "lifting restriction of 25 pounds"). Each
 * row: a limit said as a negation or a restriction, and a lifting word in the same clause (so "no runs over
 * 5 miles" and "bench over 200 felt easy" are not limits). The number without a unit is in `defaultUnit`.
 */
const LIFT_WORD = String.raw`(?:lift\w*|carry\w*|pick(?:ing)? up|weights?|heav(?:y|ier)|load)`;
const LOAD_LIMIT_PATTERNS: readonly RegExp[] = [
  // "no lifting over 20 lb", "can't lift more than 10 kg", "nothing heavier than 15", "not allowed to lift above 20"
  new RegExp(String.raw`\b(?:no|not|nothing|never|don'?t|can'?t|cannot|shouldn'?t|mustn'?t|must not|should not)\b[^.!?]{0,30}?\b${LIFT_WORD}[^.!?]{0,15}?\b(?:over|above|more than|heavier than|past|beyond|>)\s*${NUM}\s*${UNIT}?`, 'g'),
  // "nothing over 20 lbs", "nothing heavier than 15 lb", "no more than 10 kg": a weight's unit said, no lifting word needed
  new RegExp(String.raw`\b(?:nothing|no|not|never)\b[^.!?\d]{0,20}?\b(?:over|above|more than|heavier than)\s*${NUM}\s*${UNIT}`, 'g'),
  // "lifting restriction of 25 pounds", "weight limit 20 lb", "limited to lifting 20 lb", "lift under 20 lbs only"
  new RegExp(String.raw`\b${LIFT_WORD}[^.!?]{0,12}?\b(?:restriction|limit|cap|restricted|limited)\b[^.!?]{0,12}?\b(?:of|to|at|is)?\s*${NUM}\s*${UNIT}?`, 'g'),
  new RegExp(String.raw`\b(?:restricted|limited|cleared)\s+(?:to\s+)?(?:only\s+)?${LIFT_WORD}\s+(?:up to\s+|under\s+)?${NUM}\s*${UNIT}?`, 'g'),
  new RegExp(String.raw`\b${LIFT_WORD}\s+(?:under|below|less than|up to)\s+${NUM}\s*${UNIT}\s+(?:only|max)\b`, 'g'),
  // "keep it under 100 kg until my shoulder settles", "keep the weights below 135", "keep everything at or under 60"
  new RegExp(String.raw`\bkeep(?:ing)? (?:it|things|everything|the (?:weights?|loads?|bar)|my (?:lifts|weights?|loads?)|all lifts|the lifts)\s+(?:under|below|at or (?:below|under)|at most|to|no more than|less than)\s+${NUM}\s*${UNIT}?(?!\s*(?:reps?|sets?|min\w*|secs?|seconds?|days?|weeks?|miles?|mi|km|%|bpm))`, 'g'),
  // "can't go above 100 kg", "not allowed to go over 135", "shouldn't go heavier than 60 kg"
  new RegExp(String.raw`\b(?:can'?t|cannot|not allowed to|shouldn'?t|mustn'?t|must not|should not|not supposed to|told (?:me )?not to)\s+go\s+(?:over|above|past|beyond|heavier than|more than)\s+${NUM}\s*${UNIT}?(?!\s*(?:reps?|sets?|min\w*|secs?|seconds?|days?|weeks?|miles?|mi|km|%|bpm))`, 'g'),
];

/**
 * "doctor says nothing over 135 for 6 weeks", "physio: no more than 60 till march": a limit said with no unit
 * and no lifting word counts when a doctor, a restriction or a time it lasts stands beside it (a bare
 * "nothing over 135" could be anything).
 */
const LIMIT_CONTEXT = /\b(?:doctors?|docs?|dr|physio|physical therapist|pt|surgeon|ortho\w*|cardiologist|cleared|restrictions?|restricted|limit|until|till|til|for (?:the next )?(?:\d+|a|one|two|three|four|five|six|eight|a few|a couple of) (?:days?|weeks?|months?))\b/;
const BARE_LIMIT = new RegExp(String.raw`\b(?:nothing|no|not|never)\b[^.!?\d]{0,20}?\b(?:over|above|more than|heavier than)\s*${NUM}\s*${UNIT}?(?!\s*(?:reps?|sets?|min\w*|secs?|seconds?|days?|weeks?|months?|miles?|mi|km|%|bpm|x\b))`, 'g');

/**
 * A limit said of one lift ("keep it under 135 on squats", "nothing over 100 on bench for now", "keep my squat
 * under 100 kg"): the limit and where the lift's name stands in the match (group `lift`).
 */
/** A limit's number and unit, named: the lift's name may stand before them. */
const LOAD_AT = String.raw`(?<load>\d{1,3}(?:\.\d)?)\s*(?<unit>kg|kgs|kilos?|lbs?|pounds?)?`;
const NOT_A_LOAD = String.raw`(?!\s*(?:reps?|sets?|min\w*|secs?|seconds?|days?|weeks?|miles?|mi|km|%|bpm|x\b))`;
const LIFT_LIMIT_PATTERNS: readonly RegExp[] = [
  // "keep it under 135 on squats", "nothing over 100 on bench", "no more than 60 kg for deadlifts"
  new RegExp(String.raw`\b(?:nothing|no|not|never|keep(?:ing)? (?:it|things|everything|the (?:weights?|loads?|bar))|stay(?:ing)?|don'?t go|cap(?:ping)? it)\b[^.!?\d]{0,20}?\b(?:over|above|more than|heavier than|under|below|at or (?:below|under)|at most|past)\s*${LOAD_AT}\s+(?:on|for|in|with) (?:the |my |all |any )?(?<lift>[a-z][a-z' -]{1,40})`, 'g'),
  // "keep my squat under 135", "keep squats below 100 kg", "cap bench at 185"
  new RegExp(String.raw`\bkeep(?:ing)? (?:my |the |all |any )?(?<lift>[a-z][a-z' -]{1,30}?) (?:under|below|at or (?:below|under)|at most|no more than|no heavier than)\s*${LOAD_AT}${NOT_A_LOAD}`, 'g'),
  new RegExp(String.raw`\b(?:cap(?:ping)?|limit(?:ing)?) (?:my |the |all |any )?(?<lift>[a-z][a-z' -]{1,30}?) (?:at|to|under)\s*${LOAD_AT}${NOT_A_LOAD}`, 'g'),
];

/** The lifts a limit names (the first run of lift names after "on"/before "under"), by library id. */
function liftsNamed(words: string): string[] {
  const mentions = findExerciseMentions(words, { loose: true });
  // Only names at the start, joined by "and"/"or"/commas: "on squats for 6 weeks" is squats; "bench until my shoulder…" is bench.
  const out: string[] = [];
  let at = 0;
  for (const m of mentions) {
    if (!/^(?:\s|,|and|or|&|the|my|\/)*$/.test(words.slice(at, m.start))) break;
    out.push(m.exercise.id);
    at = m.end;
  }
  return [...new Set(out)];
}

export function findLoadLimit(text: string, defaultUnit: 'kg' | 'lb'): { load: number; unit: 'kg' | 'lb'; exerciseIds?: string[] } | null {
  const t = normalize(text);
  for (const re of LIFT_LIMIT_PATTERNS) {
    for (const m of t.matchAll(re)) {
      const load = Number(m.groups!.load);
      const unit = unitOf(m.groups!.unit, defaultUnit);
      const ids = liftsNamed(m.groups!.lift!);
      if (ids.length && load > 0 && load <= (unit === 'kg' ? 250 : 550)) return { load, unit, exerciseIds: ids };
    }
  }
  const patterns = LIMIT_CONTEXT.test(t) ? [...LOAD_LIMIT_PATTERNS, BARE_LIMIT] : LOAD_LIMIT_PATTERNS;
  for (const re of patterns) {
    for (const m of t.matchAll(re)) {
      const load = Number(m[1]);
      const unit = unitOf(m[2], defaultUnit);
      // A limit is a few hundred pounds at most; a bigger number is something else (a max, a distance).
      if (load > 0 && load <= (unit === 'kg' ? 200 : 400)) return { load, unit };
    }
  }
  return null;
}

/**
 * "doctor cleared me", "the weight limit is lifted", "no more restrictions", "saw the physio, all clear to run": the
 * load limit ends, and so does a pain held until it was checked.
 */
export function isLoadLimitLifted(text: string): boolean {
  const t = normalize(text);
  return (saysCleared(t) || LIMIT_LIFTED.test(t)) && !/\?\s*$/.test(t);
}

/** The limit itself said to be over: "the weight limit is lifted", "no more restrictions", "can lift heavy again now". */
const LIMIT_LIFTED = /\b(?:weight |lifting |load )?(?:limit|restriction|cap)s? (?:is |are |has been |have been |got |was )?(?:lifted|gone|over|removed|off|done|ended)\b|\bno (?:more )?(?:weight |lifting |load )(?:limit|restriction|cap)s?(?: anymore| any more)?\b|\bno more (?:restrictions|limits)\b|\b(?:can|allowed to) (?:lift|go) (?:heavy|heavier|normally|as heavy as i want) (?:again|now)\b/;

/** The text without its load limit, so the number in it is never read as a lift or a max. */
export function withoutLoadLimit(text: string): string {
  let t = normalize(text);
  for (const re of LIMIT_CONTEXT.test(t) ? [...LOAD_LIMIT_PATTERNS, BARE_LIMIT] : LOAD_LIMIT_PATTERNS) t = t.replace(re, ' ');
  return t;
}

/**
 * The text without the heaviest weight said of the kit ("only have dumbbells up to 15 lb", "kbs go to 24 kg"):
 * that number is the kit's, never a lift's ("used to squat 185. only have dumbbells up to 15 lb" is no 15 lb
 * squat). A lift done with the kit keeps its number ("db bench 50x10").
 */
export function withoutKitMaxLoads(text: string): string {
  // "about 300 lbs of plates", "400 lb worth of bumpers": the kit's total, never a lift's number (was a 300 lb bench).
  return normalize(text)
    .replace(/\b\d{2,4}(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?)\s+(?:worth\s+)?(?:of|in)\s+(?:\w+\s+)?(?:plates?|weights?|iron|bumpers?|discs?)\b/g, ' weight plates ').replace(/\b(?:dumbbells?|dumbells?|dumb bells?|dbs?|kettlebells?|kettle bells?|kbs?)\b(?:\s+(?:only|that|which|i have|at home|here|go|goes|going|are|is|up|all the way))*\s+(?:up ?to|upto|to|max(?:imum)?|of|only go to|go up to|till|until)\s*\d{1,3}(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|s\b)?/g, (m) => m.replace(/\d{1,3}(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|s\b)?$/, ' '));
}

/** A load said of the kit ("up to 40", "to 50 lb", "25 lb dumbbells", "pair of 35s"): never a lift's number. */
const KIT_LOAD = /\b(?:(?:up ?to|to|max|of)\s*\d{1,3}(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|s)?|\d{1,3}(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|s)?(?=\s*(?:dumbbells?|dumbells?|dbs?|kettlebells?|kbs?)\b))/g;
/** What may stand round the kit in a text that only names kit ("just a band", "there's a treadmill and dumbbells"). */
const KIT_FILLER = /\b(?:just|only|there'?s|there is|there are|they have|they'?ve got|it has|has|have|i have|i'?ve got|got|i'?ll have|gonna have|a|an|some|and|or|plus|a pair of|pair of|pair|the|hotel has|light|heavy|few|couple of|treadmills?|bikes?|exercise bikes?|rowers?|rowing machine|ellipticals?|pool|gym|hotel|airbnb|there|ok|lol)\b/g;

/**
 * The text names kit and nothing else ("just a band", "dumbbells up to 40", "hotel gym, treadmill"): the
 * answer to what a trip has, never a log ("bench 185") or a trip of its own.
 */
export function isKitOnly(text: string): boolean {
  const t = normalize(text);
  let rest = t.replace(KIT_LOAD, ' ');
  for (const [re] of [...ITEM_PATTERNS, ...PRESET_PATTERNS]) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  rest = rest.replace(KIT_FILLER, ' ').replace(/[,.!&+-]/g, ' ').trim();
  return rest === '' && (findEquipment(t) !== null || findCardio(t).length > 0);
}
