import { fail, normalize, ok, type ParseResult } from './text.js';

export interface StrengthLog {
  /** The exercise as the client wrote it ("squat", "bench", "romanian deadlift"). */
  exercise: string;
  sets: number | null;
  reps: number | null;
  load: number | null;
  unit: 'kg' | 'lb' | null;
  rpe: number | null;
  rir: number | null;
}

/** Words that name a lift, so "bench 185 for 5" is a log while "slept 4 hours" is not. */
const LIFT_WORDS =
  /\b(squats?|back squat|front squat|goblet squat|bench(?: press)?|incline|deadlifts?|dl|rdls?|sldl|press(?:es)?|ohp|overhead press|military press|rows?|pull ?-?ups?|chin ?-?ups?|dips?|lunges?|split squats?|curls?|extensions?|pulldowns?|lat pulldown|push ?-?ups?|hip thrusts?|thrusts?|step ?-?ups?|cleans?|snatch(?:es)?|jerks?|swings?|kb swings?|carries|farmer'?s? (?:walk|carry)|leg press|calf raises?|raises?|flyes?|flys?|face pulls?|shrugs?|good mornings?|skull ?crushers?|pullovers?|planks?)\b/;

const UNIT_RE = '(kg|kgs|kilos?|kilograms?|lb|lbs|pounds?|#)';

function unitOf(word: string | undefined): 'kg' | 'lb' | null {
  if (word === undefined) return null;
  return /^k/.test(word) ? 'kg' : 'lb';
}

/** True when the text names a lift from the vocabulary. */
export function mentionsLift(text: string): boolean {
  return LIFT_WORDS.test(normalize(text));
}

/**
 * A logged strength set from free text: "squat 3x5 at 225, felt like RPE 9", "bench 185 for 5 @8",
 * "deadlift 5x3x140kg rir 2", "3 sets of 8 rows at 135 lbs", "ohp 95x8". `load` and `unit` are as
 * written (null unit when none was given); `sets` is null when only one set's reps were named.
 */
export function parseStrengthLog(text: string): ParseResult<StrengthLog> {
  let t = normalize(text)
    .replace(/^(?:done with|finished|did|just did|completed|logged|log)\s+/, '')
    .replace(/[,;!]/g, ' ');
  let rpe: number | null = null;
  let rir: number | null = null;
  let sets: number | null = null;
  let reps: number | null = null;
  let load: number | null = null;
  let unit: 'kg' | 'lb' | null = null;

  t = t.replace(/\b(?:felt like |at |@ ?)?rpe ?(\d{1,2}(?:\.5)?)\b/, (_w, n: string) => {
    rpe = Number(n);
    return ' ';
  });
  t = t.replace(/\b(?:at |@ ?)?rir ?(\d)\b|\b(\d) (?:reps? )?(?:left )?(?:in the tank|in reserve)\b/, (_w, a?: string, b?: string) => {
    rir = Number(a ?? b);
    return ' ';
  });
  // "@8" after the load is an RPE; "@ 225" or "@100kg" is a load.
  t = t.replace(new RegExp(`@ ?(\\d{1,2}(?:\\.5)?)(?!\\s*${UNIT_RE}|\\d|\\s*x)`), (w, n: string) => {
    if (Number(n) > 10 || rpe !== null) return w;
    rpe = Number(n);
    return ' ';
  });
  const triple = new RegExp(`\\b(\\d{1,2}) ?x ?(\\d{1,3}) ?x ?(\\d{1,4}(?:\\.\\d+)?) ?${UNIT_RE}?`).exec(t);
  const setsOf = new RegExp(`\\b(\\d{1,2}) ?sets? (?:of |x )?(\\d{1,3})(?: reps?)?`).exec(t);
  const pair = /\b(\d{1,4}(?:\.\d+)?) ?x ?(\d{1,3})\b/.exec(t);
  const loadFirst = new RegExp(`\\b(\\d{2,4}(?:\\.\\d+)?) ?${UNIT_RE}? ?x ?(\\d{1,2}) ?x ?(\\d{1,2})\\b`).exec(t);
  if (loadFirst && Number(loadFirst[1]) > 12) {
    // "225x5x3" is load x reps x sets, the way lifters write a top weight.
    [load, reps, sets] = [Number(loadFirst[1]), Number(loadFirst[3]), Number(loadFirst[4])];
    unit = unitOf(loadFirst[2]);
    t = t.replace(loadFirst[0], ' ');
  } else if (triple) {
    [sets, reps, load] = [Number(triple[1]), Number(triple[2]), Number(triple[3])];
    unit = unitOf(triple[4]);
    t = t.replace(triple[0], ' ');
  } else if (setsOf) {
    [sets, reps] = [Number(setsOf[1]), Number(setsOf[2])];
    t = t.replace(setsOf[0], ' ');
  } else if (pair) {
    const [a, b] = [Number(pair[1]), Number(pair[2])];
    // "3x5" is sets x reps; "225x5" is load x reps (nobody does 225 sets). A unit after the pair ("100kg x 5") is handled below.
    if (a > 12) [load, reps] = [a, b];
    else [sets, reps] = [a, b];
    t = t.replace(pair[0], ' ');
  }
  const forReps = /\bfor (\d{1,3})(?: reps?)?\b|\b(\d{1,3}) reps?\b/.exec(t);
  if (reps === null && forReps) {
    reps = Number(forReps[1] ?? forReps[2]);
    t = t.replace(forReps[0], ' ');
  }
  if (load === null) {
    const withUnit = new RegExp(`(\\d{1,4}(?:\\.\\d+)?) ?${UNIT_RE}(?![a-z])`).exec(t);
    const atLoad = /\b(?:at|@|with|w\/) ?(\d{1,4}(?:\.\d+)?)\b/.exec(t);
    const anyNumber = /\b(\d{2,4}(?:\.\d+)?)\b/.exec(t);
    const m = withUnit ?? atLoad ?? anyNumber;
    if (m) {
      load = Number(m[1]);
      if (m === withUnit) unit = unitOf(m[2]);
      t = t.replace(m[0], ' ');
    }
  }
  if (unit === null) {
    const u = new RegExp(`(?:\\d|\\b)${UNIT_RE}(?![a-z])`).exec(t);
    if (u) unit = unitOf(u[1]);
  }
  const exerciseMatch = normalize(text)
    .replace(/^(?:done with|finished|did|just did|completed|logged|log)\s+/, '')
    .match(/^[a-z][a-z' -]*?(?=\s*(?:\d|@|:|,|$| at | for | with ))/);
  let exercise = exerciseMatch?.[0].trim().replace(/\s+(?:at|for|with|did|was)$/, '') ?? '';
  if (exercise === '' || /^(sets?|reps?)$/.test(exercise)) {
    exercise = LIFT_WORDS.exec(normalize(text))?.[0] ?? '';
  }
  if (exercise === '' || (sets === null && reps === null && load === null)) {
    return fail("I didn't catch that lift - try 'squat 3x5 at 225' or 'bench 185 for 5 @8'");
  }
  if (!LIFT_WORDS.test(exercise) && sets === null && reps === null) {
    return fail("I didn't catch that lift - try 'squat 3x5 at 225' or 'bench 185 for 5 @8'");
  }
  return ok({ exercise, sets, reps, load, unit, rpe, rir });
}
