/**
 * What the engine knows about a client's 1RMs on a given date: numbers they gave, estimates from sets they
 * reported at onboarding, estimates from logged sets before the date (the latest hard session wins: it reflects
 * today's strength better than an old best; an easy one only raises), and rough ratios to a related lift when
 * nothing else is known.
 */
import { convertWeight, roundTenth } from '../units.js';
import type { WeightUnit } from '../workout/workout.js';
import { EXERCISES, exerciseById, nameMidSentence } from './exercises.js';
import { estimateOneRepMax } from './one-rep-max.js';
import { loadIsPerDumbbell } from './one-dumbbell.js';
import { ESTIMATE_RATIOS, LOAD_RATIOS } from './load-ratios.js';
import type { StrengthRequest } from './request.js';
import type { LoggedSet, OneRmSource } from './types.js';

/**
 * Per exercise, the lifts its 1RM may be estimated from, in order of preference (built once): the library's
 * own ratio, then the swap ratios, then the cross-lift estimates (a row from the bench).
 */
const relatedLifts = (family: boolean): ReadonlyMap<string, { exerciseId: string; ratio: number }[]> => {
  const m = new Map<string, { exerciseId: string; ratio: number }[]>();
  const from = (table: typeof LOAD_RATIOS, ex: (typeof EXERCISES)[number]) =>
    Object.entries(table).flatMap(([id, to]) => (to[ex.id] && id !== ex.oneRmFrom?.exerciseId ? [{ exerciseId: id, ratio: to[ex.id]!.ratio }] : []));
  for (const ex of EXERCISES) {
    const bases = [...(ex.oneRmFrom ? [ex.oneRmFrom] : []), ...from(LOAD_RATIOS, ex), ...(family ? [] : from(ESTIMATE_RATIOS, ex))];
    if (bases.length) m.set(ex.id, bases);
  }
  return m;
};
const RELATED = relatedLifts(false);
/** The same, variants only (no cross-lift estimates). */
const FAMILY = relatedLifts(true);

/** A logged session with at least this many reps in reserve is an easy one: its RIR is a loose estimate. */
const EASY_SET_RIR = 2;
/** How far off an easy set's reps in reserve may be, in reps: inside it, the set does not lower a known max. */
const RIR_MISJUDGED_REPS = 2;

/** Estimates go at most this many lifts away from a number the client gave (bench → row → dumbbell row). */
const MAX_HOPS = 2;

/**
 * Expected 1RM gain per completed mesocycle when no logged set says otherwise (logs replace it). Practical
 * Programming for Strength Training (Rippetoe & Baker): novices add weight session to session, intermediates
 * week to week, advanced lifters month to month; over a 4–6-week block that is roughly +5 %, +2.5 % and
 * +1 % on the top lifts. So the second block's loads are heavier than the first even before any log.
 */
export const EXPECTED_GAIN_PER_MESO = { beginner: 0.05, intermediate: 0.025, advanced: 0.01 } as const;

export function knownOneRepMaxes(req: StrengthRequest, history: readonly LoggedSet[], beforeDate: string, mesoIndex = 0): Record<string, OneRmSource> {
  const out: Record<string, OneRmSource> = {};
  const units: WeightUnit = req.units;
  // A lifter 60+ (strength/age-rules.ts) adds load in smaller steps: a share of the usual gain and of a logged jump.
  const scale = req.progressionScale ?? 1;
  const gain = Math.pow(1 + EXPECTED_GAIN_PER_MESO[req.trainingAge] * scale, Math.max(0, mesoIndex));
  const gainNote = mesoIndex > 0 ? `, +${Math.round((gain - 1) * 1000) / 10}% expected progress after ${mesoIndex} block${mesoIndex > 1 ? 's' : ''}` : '';
  for (const [id, value] of Object.entries(req.oneRepMaxes ?? {})) {
    if (value !== undefined && exerciseById(id)) out[id] = { value: roundTenth(value * gain), source: 'given', detail: `you told us ${value} ${units}${gainNote}` };
  }
  for (const set of req.recentSets ?? []) {
    if (out[set.exerciseId]?.source === 'given') continue;
    const e1rm = estimateOneRepMax(set.weight, set.reps, set.rir ?? 0) * gain;
    const cur = out[set.exerciseId];
    if (!cur || e1rm > cur.value) {
      out[set.exerciseId] = {
        value: roundTenth(e1rm),
        source: 'estimated_from_set',
        detail: `Epley from ${set.weight} ${units} x ${set.reps}${set.rir !== undefined ? ` @ RIR ${set.rir}` : ''}${gainNote}`,
      };
    }
  }
  // Logged sets before the week, session by session in date order (best estimate within each): a session near
  // failure (RIR 0-1, or no effort said) sets the max, higher or lower, so a bad day or a break shows. A session
  // stopped with 2+ reps left ("felt good", "easy") lowers it only when it falls short by more than its own
  // error: reps-in-reserve ratings are accurate near failure and loose far from it (Zourdos et al. 2016; Helms
  // et al. 2017), off by about 2 reps at RIR 2 and more further out, and each rep is 1/30 of an Epley estimate. So 200 x 7 "felt good" (est.
  // 260, within 2 reps of a known 275: 260 × 32/30 = 277) keeps 275; 225 x 5 @ RIR 2 against 315 lowers it.
  const sessions = new Map<string, Map<string, { value: number; set: LoggedSet }>>();
  for (const s of history) {
    if (s.date >= beforeDate || !exerciseById(s.exerciseId)) continue;
    const w = convertWeight(s.weight, s.unit ?? units, units);
    const v = estimateOneRepMax(w, s.reps, s.rir ?? 0);
    const byDate = sessions.get(s.exerciseId) ?? new Map<string, { value: number; set: LoggedSet }>();
    const cur = byDate.get(s.date);
    if (!cur || v > cur.value) byDate.set(s.date, { value: v, set: s });
    sessions.set(s.exerciseId, byDate);
  }
  for (const [id, byDate] of sessions) {
    for (const date of [...byDate.keys()].sort()) {
      const best = byDate.get(date)!;
      const known = out[id];
      const rir = best.set.rir ?? 0;
      const easy = rir >= EASY_SET_RIR;
      // The further from failure, the looser the rating: each rep in reserve past EASY_SET_RIR adds a rep of
      // error. 225 x 5 "felt easy" (RIR 4, est. 293) is no test of a 275 x 5 (est. 321): 293 x 34/30 = 332 keeps it.
      const misjudged = RIR_MISJUDGED_REPS + Math.max(0, rir - EASY_SET_RIR);
      if (known && best.value < known.value && easy && best.value * (1 + misjudged / 30) >= known.value) continue;
      // A single with no effort said ("top single at 180") is most often a planned heavy single, not a max test:
      // it raises a known max when heavier, never lowers it (read as all-out, 180 x 1 would cut a 200 max to 186).
      if (known && best.value < known.value && best.set.reps === 1 && best.set.rir == null) continue;
      // A slower progression (an older lifter, request progressionScale) moves a max up only part of a logged jump.
      const before = known?.value;
      const value = before !== undefined && best.value > before ? before + (best.value - before) * scale : best.value;
      out[id] = {
        value: roundTenth(value),
        source: 'history',
        detail: `Epley from your ${best.set.date} set of ${best.set.weight} ${best.set.unit ?? units} x ${best.set.reps}`,
      };
    }
  }
  // A lift known only through another: the first hop from what the client gave or logged, then one more
  // (bench → barbell row → dumbbell row), each said as a share of the lift the number came from.
  const root = new Map<string, { exerciseId: string; ratio: number; hop: number }>();
  for (let hop = 1; hop <= MAX_HOPS; hop++) {
    const found: [string, { exerciseId: string; ratio: number }][] = [];
    for (const ex of EXERCISES) {
      if (out[ex.id] || !RELATED.has(ex.id)) continue;
      // The library's own ratio first, then the rescaling table's stated ratios (adaptation/rescale.ts), e.g. a
      // goblet squat from the back squat: a travel day's dumbbell work gets a per-dumbbell load, never the bar's.
      const base = (RELATED.get(ex.id) ?? []).find((b) => out[b.exerciseId] && (out[b.exerciseId]!.source !== 'related' || root.get(b.exerciseId)?.hop === hop - 1));
      if (base) found.push([ex.id, base]);
    }
    for (const [id, base] of found) {
      const ex = exerciseById(id)!;
      const via = root.get(base.exerciseId);
      const from = via ? { exerciseId: via.exerciseId, ratio: via.ratio * base.ratio } : base;
      root.set(id, { ...from, hop });
      const baseEx = exerciseById(from.exerciseId);
      // A goblet squat or a one-arm row holds one dumbbell: its number is that dumbbell, never "per dumbbell".
      const perDumbbell = loadIsPerDumbbell(id) || ex.implement === 'kettlebell' ? ' per dumbbell' : '';
      out[id] = {
        value: roundTenth(out[base.exerciseId]!.value * base.ratio),
        source: 'related',
        detail: `about ${Math.round(from.ratio * 100)}% of your ${(baseEx ? nameMidSentence(baseEx.name) : from.exerciseId)}${perDumbbell}`,
      };
    }
  }
  return out;
}

/**
 * Exercises whose 1RM is estimated from `exerciseId` as a variant of it (a logged squat also sets the front
 * squat's load): the lift's own family, which the reply names. A cross-lift estimate (a deadlift from a
 * squat) is not a variant: it follows too, unnamed.
 */
export function derivedFrom(exerciseId: string): string[] {
  return [...FAMILY.entries()].filter(([, bases]) => bases.some((b) => b.exerciseId === exerciseId)).map(([id]) => id);
}
