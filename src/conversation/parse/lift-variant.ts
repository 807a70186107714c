/**
 * A logged lift whose name does not say the implement ("rows", "curls", "press", "lunges") is the variant the
 * client trains: the library's alias for a bare "rows" is the barbell row, which a client with dumbbells and a
 * bench never did. The plan's own variant wins, then the library default when the client's kit allows it, then
 * the first variant (by the library's preference) their kit allows.
 */
import { EXERCISES, equipmentFits, exerciseById, type Exercise } from '../../engine/strength/index.js';
import type { Equipment } from '../../engine/vocabulary.js';
import { matchExercise } from './exercise.js';
import { normalize } from './text.js';

/** The implement words: "floor press" says the variant but not whether a bar or dumbbells. */
const IMPLEMENT_WORDS = new Set([
  'barbell', 'bb', 'bar', 'dumbbell', 'dumbbells', 'dumbell', 'dumbells', 'db', 'dbs', 'kettlebell', 'kettlebells', 'kb', 'kbs',
  'cable', 'cables', 'machine', 'smith', 'band', 'bands', 'banded', 'landmine', 'ez', 'trap', 'hex', 'bodyweight', 'bw',
]);

/** Words that name the implement or the variant: a name with one of these says what was done. */
const VARIANT_WORDS = new Set([
  ...IMPLEMENT_WORDS,
  'goblet', 'pendlay', 'seated', 'supported', 'inverted', 'one', 'arm', 'single', 'incline', 'decline', 'floor',
  'bent', 'over', 'tbar', 't', 'meadows', 'yates', 'arnold', 'hammer', 'preacher', 'concentration', 'spider',
  'nordic', 'walking', 'reverse', 'split', 'bulgarian', 'lateral', 'curtsy', 'military', 'slider',
  // "box squats" is the plan's dumbbell box squat, never the first squat in the plan (was a goblet squat logged).
  'box', 'front', 'sumo', 'pause', 'paused', 'deficit', 'zercher', 'hack', 'romanian', 'stiff', 'landmine', 'trap', 'hex',
]);

export interface LiftVariantContext {
  /** Exercise ids in the client's plan (any order); empty when unknown. */
  planExerciseIds: readonly string[];
  /** The kit the client trains with. */
  equipment: readonly Equipment[];
  /**
   * Lifts the same text logs by their own name ("deadlift 2x3 at 385, then rdl 3x8"): the plan's RDL is the
   * "rdl" there, so the bare "deadlift" beside it is not that variant too.
   */
  alsoLogged?: readonly string[];
  /**
   * Maxes the client stated for lifts (exercise id → lb). A bare "squat 4x5 @ 80kg" from someone who gave a back
   * squat max of 100 kg is that back squat, even when this week plans goblet squats: the load says which.
   */
  statedMaxesLb?: ReadonlyMap<string, number>;
  /**
   * The client's heaviest dumbbell, lb ("dumbbells up to 40"): a load past it is no dumbbell lift ("bench 3x8 @ 95"
   * from a garage with a barbell and dumbbells to 40 was logged as a dumbbell bench press of 95 lb).
   */
  heaviestDumbbellLb?: number;
}

/**
 * At least this share of a stated max is the stated lift, not a lighter variant in the plan: a goblet squat is
 * held at the chest (rarely past a third of a back squat max), while working sets of the barbell lift sit at 60-85%.
 */
const STATED_LIFT_SHARE = 0.5;

/**
 * A bar with a plate a side (135 lb): a named barbell lift ("squat", "deadlift", "bench") at this load or more is
 * the barbell lift, even when the plan trains that movement with dumbbells: no one holds a 225 lb goblet squat.
 */
export const BARBELL_LOAD_LB = 135;

const words = (s: string) => normalize(s).replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
const singular = (w: string) => w.replace(/(?<=[a-z]{3})e?s$/, '');

/** True when the name as written names no implement or variant ("rows", "curls", "press", "lunges"). */
export function namesNoVariant(written: string): boolean {
  const ws = words(written);
  return ws.length > 0 && !ws.some((w) => VARIANT_WORDS.has(w) || VARIANT_WORDS.has(singular(w)));
}

/** True when the name as written names no implement ("floor press", "incline press", "rows"). */
export function namesNoImplement(written: string): boolean {
  const ws = words(written);
  return ws.length > 0 && !ws.some((w) => IMPLEMENT_WORDS.has(w) || IMPLEMENT_WORDS.has(singular(w)));
}

/** The kit an implement word means ("smith" is a machine): a planned lift without it is not what was done. */
const KIT_OF_IMPLEMENT: Record<string, Equipment> = {
  barbell: 'barbell', bb: 'barbell', bar: 'barbell', dumbbell: 'dumbbell', dumbbells: 'dumbbell', dumbell: 'dumbbell', dumbells: 'dumbbell', db: 'dumbbell', dbs: 'dumbbell',
  kettlebell: 'kettlebell', kettlebells: 'kettlebell', kb: 'kettlebell', kbs: 'kettlebell', cable: 'cable', cables: 'cable', machine: 'machine', smith: 'machine',
  band: 'bands', bands: 'bands', banded: 'bands',
};

/** Whether a lift could be the one done with the implement a text names (any lift when it names none). */
export function fitsImplementSaid(ex: Exercise, text: string): boolean {
  const word = implementWordIn(text);
  const kit = word ? KIT_OF_IMPLEMENT[word] ?? KIT_OF_IMPLEMENT[singular(word)] : undefined;
  return kit === undefined || ex.equipment.includes(kit);
}

/** The implement a text names ("3x10 at 95 on the smith" → "smith"), for a lift named after it ("squat"). */
export function implementWordIn(text: string): string | null {
  return words(text).find((w) => IMPLEMENT_WORDS.has(w) || IMPLEMENT_WORDS.has(singular(w))) ?? null;
}

/**
 * A load said as a pair ("rows 3x10 w 60s", "rdls with the 50s", "curls using 25's"): a lifter's word for dumbbells,
 * each that heavy.
 */
const PAIR_LOAD = /(?:\bw\/?|\bwith|\busing|@|\bat)\s*(?:the\s+|a pair of\s+|pair of\s+)?\d{1,3}(?:\.5)?'?s\b/;

/** Whether the clause of `text` that names the lift `written` gives its load as a pair of dumbbells. */
export function loadSaidAsPair(text: string, written: string): boolean {
  const w = normalize(written);
  return normalize(text).split(/[,.;!?]|\band\b|\bthen\b/).some((clause) => clause.includes(w) && PAIR_LOAD.test(clause));
}

/**
 * The exercise a logged lift means for this client. `matched` is the library's reading of `written`; it is
 * kept when the name says the variant, when it is in the plan, or when nothing closer fits. `pairLoad`: the load
 * was said as a pair of dumbbells (loadSaidAsPair), so a name that says no implement is the dumbbell lift - the
 * plan's own of that movement first (was the barbell row at 60 lb, and a barbell RDL's next load cut to 45 lb from
 * a pair of 50s; the library's one-arm row needs a bench the plan's bent-over row does not).
 */
export function resolveLiftVariant(matched: Exercise, written: string, ctx: LiftVariantContext, topLoadLb?: number, pairLoad = false): Exercise {
  if (pairLoad && matched.implement !== 'dumbbell' && namesNoImplement(written)) {
    const said = matchExercise(`dumbbell ${written}`);
    if (said?.implement === 'dumbbell') return ctx.planExerciseIds.map((id) => exerciseById(id)).find((e) => e?.pattern === said.pattern && e.implement === 'dumbbell') ?? said;
  }
  if (ctx.planExerciseIds.includes(matched.id) || !namesNoImplement(written)) return matched;
  const stated = ctx.statedMaxesLb?.get(matched.id);
  if (stated !== undefined && topLoadLb !== undefined && topLoadLb >= stated * STATED_LIFT_SHARE && namesNoVariant(written)) return matched;
  // "floor press" when the plan has the dumbbell floor press: the plan's lift with every word written.
  if (!namesNoVariant(written)) {
    const said = words(written).map(singular);
    const planned = EXERCISES.find((e) => ctx.planExerciseIds.includes(e.id) && e.pattern === matched.pattern && said.every((w) => words(e.name).map(singular).includes(w)));
    return planned ?? matched;
  }
  // The variants: same movement, and their name holds the word written ("row" in "One-arm dumbbell row").
  const noun = singular(words(written).at(-1)!);
  const family = EXERCISES.filter((e) => e.pattern === matched.pattern && words(e.name).some((w) => singular(w) === noun));
  // "squat 3x5 at 225" is a loaded squat: never the plan's bodyweight squat (was "Bodyweight squat 3x5 @ 225 lb").
  const pastKit = (e: Exercise) => e.implement === 'dumbbell' && topLoadLb !== undefined && ctx.heaviestDumbbellLb !== undefined && topLoadLb > ctx.heaviestDumbbellLb;
  const inPlan = family.find((e) => ctx.planExerciseIds.includes(e.id) && !(e.id !== matched.id && ctx.alsoLogged?.includes(e.id)) && !(topLoadLb !== undefined && e.implement === null && matched.implement !== null) && !pastKit(e));
  const barbellLoad = matched.implement === 'barbell' && topLoadLb !== undefined && topLoadLb >= BARBELL_LOAD_LB;
  if (inPlan && !(barbellLoad && inPlan.implement !== 'barbell')) return inPlan;
  // "squat 3x5 at 225" from a dumbbell-only plan: the barbell lift, done off-plan (at a friend's gym), not the DB squat.
  if (barbellLoad) return matched;
  if (equipmentFits(matched, ctx.equipment)) return matched;
  // A loaded variant first (the library's order is its preference): the client logged it with a weight.
  const fits = family.filter((e) => equipmentFits(e, ctx.equipment));
  return fits.find((e) => e.implement !== null) ?? fits[0] ?? matched;
}
