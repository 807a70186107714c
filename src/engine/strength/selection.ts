/**
 * Exercise selection and rotation (seed 001's rotation policy: main lifts "maintain", accessories rotate with
 * cadence 2 and novelty 0.3).
 *
 * - Main and secondary lifts: the first exercise in the library's preference order that fits the equipment,
 *   limitations and training age. The same every week of a mesocycle (and across mesocycles while the
 *   inputs are the same), so progress shows in the load.
 * - Accessories and core: at each new mesocycle at least 30 % of them (novelty) change, and none stays more
 *   than 2 mesocycles in a row (cadence). Replacements favour what the client has done least recently,
 *   read from exposure history (stored exposures when given, otherwise the engine's own earlier picks).
 */
import { createRng, shuffled } from '../rng.js';
import type { Equipment, Limitation, TrainingAge } from '../vocabulary.js';
import type { Slot, SlotRole, WeeklyPattern } from '../microcycle/split.js';
import {
  EXERCISES,
  equipmentFits,
  exerciseById,
  levelFits,
  limitationConflicts,
  type Exercise,
  type MovementPattern,
  nameMidSentence,
} from './exercises.js';

export const ROTATION_POLICY = { mainLifts: 'maintain', accessories: { cadence: 2, novelty: 0.3 } } as const;

/** One exposure row as stored in exercise_exposures (per plan, per mesocycle). */
export interface ExposureRecord {
  exerciseId: string;
  mesocycleIndex: number;
  exposures?: number;
  firstDate?: string;
  lastDate?: string;
}

export interface SelectionConstraints {
  equipment: readonly Equipment[];
  limitations: readonly Limitation[];
  trainingAge: TrainingAge;
  /** Exercise ids this client does not do (exclusions and swaps). */
  exclude?: ReadonlySet<string>;
  /** Lifts the client's age rules out (strength/age-rules.ts), each with why it was passed over. */
  ageExcluded?: ReadonlyMap<string, string>;
  /**
   * Lifts the client's goal cannot do without, kept through their standing limitations: a powerlifting meet
   * tests the squat, bench and deadlift, so a lifter with a known cranky hip still squats (to a pain-free depth)
   * rather than peaking on front squats. Only `areas` are waived: a new pain on the day still removes the lift.
   */
  keep?: { exerciseIds: ReadonlySet<string>; areas: readonly Limitation[] };
  /**
   * A strength goal: a main lift the client's standing limitation rules out gives way to its nearest variant that
   * spares the area (a cranky shoulder benches close-grip or from the floor), not the next lift in the library's
   * order (a dumbbell press): the goal lift stays, progress shows in a barbell load.
   */
  nearMain?: boolean;
}

export interface SlotPick {
  exerciseId: string;
  reason: string;
}

const ROLE_ORDER: Record<SlotRole, number> = { power: 0, main: 1, secondary: 2, accessory: 3, core: 4 };

/** Preferred exercises for a slot key, ahead of the library's pattern order. */
const KEY_PREFERENCES: Record<string, string[]> = {
  'hpush.2': ['incline_db_press', 'incline_bench_press', 'db_bench_press', 'machine_chest_press'],
  'hinge.2': ['romanian_deadlift', 'db_romanian_deadlift'],
  'hpull.2': ['chest_supported_row', 'seated_cable_row', 'db_row', 'machine_row', 'db_bent_over_row'],
  'squat.2': ['front_squat', 'leg_press', 'hack_squat', 'goblet_squat'],
  'curl.2': ['hammer_curl', 'cable_curl', 'incline_db_curl'],
  'ext.2': ['overhead_cable_extension', 'overhead_db_extension', 'skull_crusher'],
};

/** Where to look when nothing in a slot's own pattern fits (e.g. no pull-up bar → rows). */
const FALLBACK_PATTERNS: Partial<Record<MovementPattern, MovementPattern[]>> = {
  squat: ['lunge', 'hip_thrust'],
  lunge: ['squat', 'hip_thrust'],
  hinge: ['hip_thrust', 'knee_flexion'],
  knee_flexion: ['hinge', 'hip_thrust'],
  knee_extension: ['squat', 'lunge'],
  hip_thrust: ['hinge'],
  horizontal_push: ['vertical_push'],
  vertical_push: ['horizontal_push'],
  horizontal_pull: ['vertical_pull'],
  vertical_pull: ['horizontal_pull'],
  chest_fly: ['horizontal_push'],
  lateral_raise: ['vertical_push', 'rear_delt'],
  rear_delt: ['horizontal_pull'],
  elbow_flexion: ['vertical_pull', 'horizontal_pull'],
  elbow_extension: ['horizontal_push'],
  core_anti_extension: ['core_anti_rotation', 'core_flexion'],
  core_flexion: ['core_anti_extension', 'core_anti_rotation'],
  core_anti_rotation: ['core_anti_extension', 'core_flexion'],
  power: [],
  balance: [],
};

function ordered(pattern: MovementPattern, key: string): Exercise[] {
  const prefs = KEY_PREFERENCES[key] ?? [];
  const pool = EXERCISES.filter((e) => e.pattern === pattern);
  const prefIndex = (e: Exercise) => {
    const i = prefs.indexOf(e.id);
    return i < 0 ? prefs.length + e.rank : i;
  };
  return pool.slice().sort((a, b) => prefIndex(a) - prefIndex(b));
}

/** The standing limitations this lift loads but is kept through (see SelectionConstraints.keep); none when not kept. */
export function keptThrough(ex: Exercise, c: SelectionConstraints): Limitation[] {
  if (!c.keep?.exerciseIds.has(ex.id)) return [];
  const conflicts = limitationConflicts(ex, c.limitations);
  return conflicts.every((a) => c.keep!.areas.includes(a)) ? conflicts : [];
}

export function fits(ex: Exercise, c: SelectionConstraints): boolean {
  const conflicts = limitationConflicts(ex, c.limitations);
  const spared = conflicts.length === 0 || keptThrough(ex, c).length === conflicts.length;
  return equipmentFits(ex, c.equipment) && spared && levelFits(ex, c.trainingAge) && !c.exclude?.has(ex.id) && !c.ageExcluded?.has(ex.id);
}

/** The lifts a powerlifting meet tests: they get the peak's singles; rows and presses keep their reps. */
export const COMPETITION_LIFTS: ReadonlySet<string> = new Set(['back_squat', 'bench_press', 'deadlift', 'sumo_deadlift']);

/**
 * Before a meet, the competition lifts stay through the limitations the client came with (`waived`): the keep
 * for SelectionConstraints. None without a meet.
 */
export function meetKeep(meetDate: string | undefined, waived: readonly Limitation[]): Pick<SelectionConstraints, 'keep'> {
  return meetDate !== undefined && waived.length > 0 ? { keep: { exerciseIds: COMPETITION_LIFTS, areas: waived } } : {};
}

/** The client's standing limitations less those a pain reported since names again (a fresh pain is never waived). */
export function standingOnly(standing: readonly Limitation[], fresh: readonly Limitation[]): Limitation[] {
  return standing.filter((a) => !fresh.includes(a));
}

/** Said beside a competition lift kept through a standing limitation. */
export function keptReason(areas: readonly Limitation[]): string {
  return ` Kept for your meet despite your ${areas[0]!.replace('_', ' ')}: work to the depth and load that stay pain-free, and text me if it hurts.`;
}

/** Candidates for a slot in preference order: its own pattern first, then fallback patterns. */
export function candidatesFor(slot: Pick<Slot, 'key' | 'pattern'>, c: SelectionConstraints): { list: Exercise[]; fallback: boolean } {
  const own = ordered(slot.pattern, slot.key).filter((e) => fits(e, c));
  if (own.length > 0) return { list: own, fallback: false };
  const list = (FALLBACK_PATTERNS[slot.pattern] ?? []).flatMap((p) => ordered(p, slot.key).filter((e) => fits(e, c)));
  return { list, fallback: true };
}

const PATTERN_LABEL: Record<MovementPattern, string> = {
  squat: 'squat',
  hinge: 'hinge',
  lunge: 'single-leg',
  horizontal_push: 'horizontal press',
  vertical_push: 'overhead press',
  horizontal_pull: 'row',
  vertical_pull: 'vertical pull',
  knee_extension: 'knee extension',
  knee_flexion: 'hamstring curl',
  hip_thrust: 'glute',
  chest_fly: 'chest fly',
  lateral_raise: 'side delt',
  rear_delt: 'rear delt',
  elbow_flexion: 'biceps',
  elbow_extension: 'triceps',
  calf_raise: 'calf',
  core_anti_extension: 'core (anti-extension)',
  core_flexion: 'core (flexion)',
  core_anti_rotation: 'core (anti-rotation)',
  carry: 'carry',
  power: 'power',
  balance: 'balance',
};

export function patternLabel(p: MovementPattern): string {
  return PATTERN_LABEL[p];
}

/** Why the preferred exercise for the slot was passed over, if it was. */
function passedOver(slot: Slot, pick: Exercise, c: SelectionConstraints): string {
  const top = ordered(slot.pattern, slot.key).find((e) => levelFits(e, c.trainingAge));
  if (!top || top.id === pick.id) return '';
  const forAge = c.ageExcluded?.get(top.id);
  if (forAge) return ` Chosen over ${nameMidSentence(top.name)}: ${forAge}.`;
  const conflicts = limitationConflicts(top, c.limitations);
  if (conflicts.length > 0) return ` Chosen over ${nameMidSentence(top.name)} to spare your ${conflicts[0]!.replace('_', ' ')}.`;
  const missing = top.equipment.filter((e) => e !== 'bodyweight' && !c.equipment.includes(e));
  if (missing.length > 0) return ` Stands in for ${nameMidSentence(top.name)} (no ${missing.join('/').replace('_', ' ')}).`;
  return '';
}

export interface SlotKeyInfo {
  key: string;
  pattern: MovementPattern;
  /** The slot's highest role across the week: decides stable vs rotating selection. */
  role: SlotRole;
  /** A representative slot for labels. */
  slot: Slot;
}

export function slotKeys(pattern: WeeklyPattern): SlotKeyInfo[] {
  const byKey = new Map<string, SlotKeyInfo>();
  let order = 0;
  const firstSeen = new Map<string, number>();
  for (const day of pattern.days) {
    for (const slot of day.template.slots) {
      const cur = byKey.get(slot.key);
      if (!firstSeen.has(slot.key)) firstSeen.set(slot.key, order++);
      if (!cur || ROLE_ORDER[slot.role] < ROLE_ORDER[cur.role]) {
        byKey.set(slot.key, { key: slot.key, pattern: slot.pattern, role: slot.role, slot });
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (firstSeen.get(a.key) ?? 0) - (firstSeen.get(b.key) ?? 0),
  );
}

/**
 * Why a stable lift is in today's session. `keyRole` is the lift's role in the week (main lifts are main on
 * their heavy day); `dayRole` is its role today (the same lift can be a lighter second lift on another day).
 */
export function stableReason(keyRole: SlotRole, dayRole: SlotRole, pattern: MovementPattern): string {
  const label = patternLabel(pattern);
  if (dayRole === 'power') return `Explosive ${label} work first, while you are fresh.`;
  if (dayRole === 'main') return `Main ${label} lift, the same all block so progress shows in the load.`;
  if (keyRole === 'main') return `Your main ${label} lift again, lighter and for more reps, for practice and volume.`;
  return `Second ${label} lift: a variation for extra volume without repeating the main lift.`;
}

const isStable = (role: SlotRole) => role === 'main' || role === 'secondary' || role === 'power';

const muscleText = (e: Exercise) => e.primaryMuscles.join(' & ');

/** Exposure counts per mesocycle index: exerciseId → times used. */
export type ExposureHistory = Map<number, Map<string, number>>;

export function exposureHistory(records: readonly ExposureRecord[]): ExposureHistory {
  const h: ExposureHistory = new Map();
  for (const r of records) {
    const m = h.get(r.mesocycleIndex) ?? new Map<string, number>();
    m.set(r.exerciseId, (m.get(r.exerciseId) ?? 0) + Math.max(1, r.exposures ?? 1));
    h.set(r.mesocycleIndex, m);
  }
  return h;
}

const LEG_PATTERNS: ReadonlySet<MovementPattern> = new Set(['squat', 'hinge', 'lunge', 'hip_thrust']);

/**
 * For a trained lifter a main or second lift should carry a load when the kit allows it: bodyweight squats are
 * a warm-up for someone who squats 275, and a doorway row is a poor second row for someone with a cable stack.
 * When the slot's first free choice carries no load, the slot's preferred loaded lift is repeated (a second,
 * lighter day of cable rows) if the library ranks it above the bodyweight one (pull-ups keep their place over
 * pulldowns); for leg slots a loaded lift of a fallback pattern may stand in (walking lunges for a second squat).
 * Beginners keep the bodyweight version of a new movement (learning it is the point), but when the loaded lift
 * is one they already do in the plan they repeat it: a second, lighter day of dumbbell RDLs teaches the hinge
 * better than a banded good morning.
 */
function unloadedStandIn(first: Exercise, info: SlotKeyInfo, c: SelectionConstraints, used: ReadonlySet<string>): Exercise | undefined {
  if (first.implement !== null || first.timed) return undefined;
  const loaded = (e: Exercise) => e.implement !== null && !e.timed && e.kind === 'compound';
  const list = ordered(info.pattern, info.key);
  const own = list.find((e) => fits(e, c) && loaded(e));
  if (c.trainingAge === 'beginner') return own && used.has(own.id) && list.indexOf(own) < list.indexOf(first) ? own : undefined;
  if (own && list.indexOf(own) < list.indexOf(first)) return own;
  if (!LEG_PATTERNS.has(info.pattern)) return undefined;
  return (FALLBACK_PATTERNS[info.pattern] ?? [])
    .flatMap((p) => ordered(p, info.key).filter((e) => fits(e, c)))
    .find((e) => loaded(e) && !used.has(e.id));
}

/**
 * For a strength goal (SelectionConstraints.nearMain), the main slot's first choice passed over only for a standing
 * limitation: its nearest variant that fits (the highest 1RM ratio to it: close-grip bench 90%, floor press 85%).
 */
export function nearestVariant(info: Pick<SlotKeyInfo, 'key' | 'pattern'>, c: SelectionConstraints, free: readonly Exercise[]): Exercise | undefined {
  if (!c.nearMain || c.limitations.length === 0) return undefined;
  const top = ordered(info.pattern, info.key).find((e) => levelFits(e, c.trainingAge) && equipmentFits(e, c.equipment));
  if (!top || fits(top, c) || !fits(top, { ...c, limitations: [] })) return undefined;
  return nearVariantsOf(top).find((e) => free.includes(e));
}

/** The lift's near variants (same implement, 1RM ratio NEAR_VARIANT_RATIO or more), nearest first. */
function nearVariantsOf(top: Exercise): Exercise[] {
  const ratio = (e: Exercise) => (e.oneRmFrom?.exerciseId === top.id ? e.oneRmFrom.ratio : 0);
  return EXERCISES.filter((e) => ratio(e) >= NEAR_VARIANT_RATIO && e.implement === top.implement && e.pattern === top.pattern).sort((a, b) => ratio(b) - ratio(a));
}

/**
 * The variant a strength plan keeps of a main lift a standing limitation rules out (bench press with a cranky
 * shoulder → close-grip bench press), or null when the lift is not ruled out or no near variant fits.
 */
export function sparingVariant(liftId: string, c: Pick<SelectionConstraints, 'equipment' | 'limitations' | 'trainingAge'>): Exercise | null {
  const top = exerciseById(liftId);
  if (!top || !fits(top, { ...c, limitations: [] }) || fits(top, c)) return null;
  return nearVariantsOf(top).find((e) => fits(e, c)) ?? null;
}

/** A variant this close to the lift (its 1RM ratio) carries the lift's progress: close-grip bench, floor press, box squat. */
const NEAR_VARIANT_RATIO = 0.8;

/**
 * Picks one exercise per slot key for a mesocycle. `history` holds mesocycles before `mesoIndex`.
 * Deterministic for a given seed.
 */
export function selectForMesocycle(
  keys: readonly SlotKeyInfo[],
  c: SelectionConstraints,
  mesoIndex: number,
  history: ExposureHistory,
  seed: number,
): Map<string, SlotPick> {
  const picks = new Map<string, SlotPick>();
  const used = new Set<string>();
  const usedIn = (meso: number, id: string) => (history.get(meso)?.get(id) ?? 0) > 0;
  const streak = (id: string) => {
    let n = 0;
    for (let m = mesoIndex - 1; m >= 0 && usedIn(m, id); m -= 1) n += 1;
    return n;
  };
  const recent = (id: string) => (usedIn(mesoIndex - 1, id) ? 2 : 0) + (usedIn(mesoIndex - 2, id) ? 1 : 0);
  const total = (id: string) => {
    let n = 0;
    for (const [m, counts] of history) if (m < mesoIndex) n += counts.get(id) ?? 0;
    return n;
  };

  const rotating = keys.filter((k) => !isStable(k.role));
  const forced = new Set(
    shuffled(
      rotating.map((k) => k.key),
      createRng(`${seed}:rotation:${mesoIndex}`),
    ).slice(0, Math.ceil(ROTATION_POLICY.accessories.novelty * rotating.length)),
  );

  for (const info of keys) {
    const { list, fallback } = candidatesFor(info, c);
    const free = list.filter((e) => !used.has(e.id));
    if (free.length === 0) continue;
    let pick: Exercise;
    let reason: string;
    const label = patternLabel(info.pattern);
    if (isStable(info.role)) {
      const loaded = unloadedStandIn(free[0] as Exercise, info, c, used);
      pick = (info.role === 'main' ? nearestVariant(info, c, free) : undefined) ?? loaded ?? (free[0] as Exercise);
      reason = stableReason(info.role, info.role, info.pattern);
    } else if (mesoIndex === 0 || history.size === 0) {
      pick = free[0] as Exercise;
      reason = `Accessory for ${muscleText(pick)}.`;
    } else {
      const previous = free.find((e) => usedIn(mesoIndex - 1, e.id));
      const mustRotate = forced.has(info.key) || (previous !== undefined && streak(previous.id) >= ROTATION_POLICY.accessories.cadence);
      if (previous && !mustRotate) {
        pick = previous;
        reason = `Accessory for ${muscleText(pick)}, kept from last block to keep building on it.`;
      } else {
        const pool = free.filter((e) => e.id !== previous?.id);
        const ranked = (pool.length > 0 ? pool : free)
          .map((e, i) => ({ e, score: recent(e.id) * 100 + total(e.id) * 10 + i }))
          .sort((a, b) => a.score - b.score);
        pick = (ranked[0] as { e: Exercise }).e;
        reason = previous
          ? `Accessory for ${muscleText(pick)}, rotated in for ${nameMidSentence(previous.name)} for a fresh stimulus.`
          : `Accessory for ${muscleText(pick)}, least used in recent blocks.`;
      }
    }
    if (fallback) reason = `${reason.replace(/\.$/, '')}; covers the ${label} slot with what you have.`;
    const kept = keptThrough(pick, c);
    reason += kept.length > 0 ? keptReason(kept) : passedOver(info.slot, pick, c);
    used.add(pick.id);
    picks.set(info.key, { exerciseId: pick.id, reason });
  }
  return picks;
}

/**
 * For one day, keeps the mesocycle's pick if it still fits today's constraints (travel equipment, a new
 * injury), otherwise the best substitute in the same pattern, with the reason spelled out.
 */
export function resolveForDay(
  slot: Slot,
  mesoPick: SlotPick | undefined,
  c: SelectionConstraints,
  usedToday: ReadonlySet<string>,
  dayNote: string | null,
  substitutions: Readonly<Record<string, string>> = {},
): SlotPick | null {
  const planned = mesoPick ? exerciseById(mesoPick.exerciseId) : undefined;
  if (planned && fits(planned, c) && !usedToday.has(planned.id)) return mesoPick ?? null;
  // The client's own swap wins over the library's next choice whenever it fits the day.
  const own = planned && substitutions[planned.id] ? exerciseById(substitutions[planned.id]!) : undefined;
  if (planned && own && fits(own, c) && !usedToday.has(own.id)) {
    return { exerciseId: own.id, reason: `Your swap: ${nameMidSentence(own.name)} in place of ${nameMidSentence(planned.name)}.` };
  }
  const { list } = candidatesFor(slot, c);
  const sub = list.find((e) => !usedToday.has(e.id));
  if (!sub) return null;
  if (!planned) return { exerciseId: sub.id, reason: `Covers the ${patternLabel(slot.pattern)} slot with what you have.` };
  const conflicts = limitationConflicts(planned, c.limitations);
  if (c.exclude?.has(planned.id)) return { exerciseId: sub.id, reason: `Replaces ${nameMidSentence(planned.name)}, which you asked to drop.` };
  const why = conflicts.length
    ? `to spare your ${conflicts[0]!.replace('_', ' ')}`
    : dayNote
      ? `${dayNote}: no ${planned.equipment.filter((e) => e !== 'bodyweight' && !c.equipment.includes(e)).join('/').replace('_', ' ')}`
      : 'with the equipment you have today';
  return { exerciseId: sub.id, reason: `Replaces ${nameMidSentence(planned.name)} ${why.startsWith('to ') || why.startsWith('with') ? why : `(${why})`}.` };
}
