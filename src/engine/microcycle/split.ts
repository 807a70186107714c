/**
 * The strength week's shape: which split fits the client's days, each training weekday's theme and slots
 * (movement patterns by role), and its load level. Heavy days are placed so no two heavy days for the same
 * muscles fall on consecutive calendar days — including Sunday → Monday, since the pattern repeats weekly.
 */
import type { IsoWeekday, TrainingAge } from '../vocabulary.js';
import type { MovementPattern } from '../strength/exercises.js';
import type { Muscle } from '../strength/volume-landmarks.js';

export type SlotRole = 'power' | 'main' | 'secondary' | 'accessory' | 'core';
export type DayLoadLevel = 'heavy' | 'moderate' | 'light';
export type SplitName = 'full_body' | 'upper_lower' | 'upper_lower_push_pull_legs' | 'push_pull_legs' | 'upper_body';

/**
 * A slot is one exercise position. The key names the exercise identity: a key that appears on two days is
 * the same exercise on both (the back squat on Monday and Thursday), so selection happens once per key.
 */
export interface Slot {
  key: string;
  role: SlotRole;
  pattern: MovementPattern;
}

export interface DayTemplate {
  id: string;
  theme: string;
  slots: Slot[];
}

const s = (key: string, role: SlotRole, pattern: MovementPattern): Slot => ({ key, role, pattern });

const SQ1 = s('squat.1', 'main', 'squat');
const SQ2 = s('squat.2', 'secondary', 'squat');
const HI1 = s('hinge.1', 'main', 'hinge');
const HI2 = s('hinge.2', 'secondary', 'hinge');
const HP1 = s('hpush.1', 'main', 'horizontal_push');
const HP2 = s('hpush.2', 'secondary', 'horizontal_push');
const VP1m = s('vpush.1', 'main', 'vertical_push');
const VP1s = s('vpush.1', 'secondary', 'vertical_push');
const HL1m = s('hpull.1', 'main', 'horizontal_pull');
const HL1s = s('hpull.1', 'secondary', 'horizontal_pull');
const HL2 = s('hpull.2', 'secondary', 'horizontal_pull');
const VL1m = s('vpull.1', 'main', 'vertical_pull');
const VL1s = s('vpull.1', 'secondary', 'vertical_pull');
const LUN = s('lunge.1', 'accessory', 'lunge');
const KFL = s('kflex.1', 'accessory', 'knee_flexion');
const KEX = s('kext.1', 'accessory', 'knee_extension');
const HIP = s('hip.1', 'accessory', 'hip_thrust');
const FLY = s('fly.1', 'accessory', 'chest_fly');
const LAT = s('lat.1', 'accessory', 'lateral_raise');
const REAR = s('rear.1', 'accessory', 'rear_delt');
const CURL1 = s('curl.1', 'accessory', 'elbow_flexion');
const CURL2 = s('curl.2', 'accessory', 'elbow_flexion');
const EXT1 = s('ext.1', 'accessory', 'elbow_extension');
const EXT2 = s('ext.2', 'accessory', 'elbow_extension');
const CALF = s('calf.1', 'accessory', 'calf_raise');
const CORE_AE = s('core.ae', 'core', 'core_anti_extension');
const CORE_FL = s('core.fl', 'core', 'core_flexion');
const CORE_AR = s('core.ar', 'core', 'core_anti_rotation');

export const DAY_TEMPLATES: Record<string, DayTemplate> = {
  fb_one: { id: 'fb_one', theme: 'Full body - squat, bench, hinge', slots: [SQ1, HP1, HI2, HL1s, VP1s, LAT, CORE_AE] },
  fb_a: { id: 'fb_a', theme: 'Full body A - squat & bench', slots: [SQ1, HP1, HL1s, HI2, LAT, CURL1, CALF, CORE_AE] },
  fb_b: { id: 'fb_b', theme: 'Full body B - deadlift & press', slots: [HI1, VP1m, VL1s, LUN, EXT1, CALF, CORE_AR] },
  fb_c: { id: 'fb_c', theme: 'Full body C - variations', slots: [SQ2, HP2, HL2, HIP, REAR, CURL2, CALF, CORE_FL] },
  upper_a: { id: 'upper_a', theme: 'Upper - bench & row', slots: [HP1, HL1m, VP1s, VL1s, LAT, CURL1, EXT1, CALF] },
  lower_a: { id: 'lower_a', theme: 'Lower - squat focus', slots: [SQ1, HI2, LUN, KFL, CALF, CORE_AE] },
  upper_b: { id: 'upper_b', theme: 'Upper - press & pull-up', slots: [VP1m, VL1m, HP2, HL2, FLY, REAR, CURL2, EXT2] },
  lower_b: { id: 'lower_b', theme: 'Lower - deadlift focus', slots: [HI1, SQ2, HIP, KEX, CALF, CORE_AR] },
  push_a: { id: 'push_a', theme: 'Push - bench focus', slots: [HP1, VP1s, FLY, LAT, EXT1] },
  pull_a: { id: 'pull_a', theme: 'Pull - row focus', slots: [HL1m, VL1s, REAR, CURL1, CORE_FL] },
  legs_a: { id: 'legs_a', theme: 'Legs - squat focus', slots: [SQ1, HI2, LUN, KFL, CALF, CORE_AE] },
  push_b: { id: 'push_b', theme: 'Push - overhead press focus', slots: [VP1m, HP2, LAT, EXT2, CALF] },
  pull_b: { id: 'pull_b', theme: 'Pull - pull-up focus', slots: [VL1m, HL2, REAR, CURL2, CORE_AR] },
  legs_b: { id: 'legs_b', theme: 'Legs - deadlift focus', slots: [HI1, SQ2, HIP, KEX, CALF, CORE_FL] },
  // Upper body only (strength/upper-body-only.ts): every day trains a push and a pull, and the trunk seated.
  seated_a: { id: 'seated_a', theme: 'Upper - chest press & row', slots: [HP1, HL1m, VP1s, VL1s, LAT, CURL1, EXT1, CORE_AR] },
  seated_b: { id: 'seated_b', theme: 'Upper - shoulder press & pulldown', slots: [VP1m, VL1m, HP2, HL2, REAR, FLY, CURL2, EXT2, CORE_FL] },
};

/** The two upper-body days, alternating, with heavy / moderate / light days as for a full-body week. */
const UPPER_ONLY_CYCLE: readonly PatternEntry[] = [
  ['seated_a', 'heavy'], ['seated_b', 'moderate'], ['seated_a', 'light'], ['seated_b', 'heavy'], ['seated_a', 'moderate'], ['seated_b', 'light'],
];

/** The week of a lifter who trains the upper body only: no lower or full-body day (strength/upper-body-only.ts). */
export function upperOnlyPattern(trainingDays: readonly IsoWeekday[]): WeeklyPattern {
  const sorted = [...new Set(trainingDays)].sort((a, b) => a - b);
  const days: PatternDay[] = sorted.map((weekday, i) => {
    const [templateId, loadLevel] = UPPER_ONLY_CYCLE[i % UPPER_ONLY_CYCLE.length] as PatternEntry;
    return { weekday, template: DAY_TEMPLATES[templateId] as DayTemplate, loadLevel };
  });
  return { split: 'upper_body', days };
}

/**
 * What every full-body session covers when the kit allows: a knee-dominant lift (squat or lunge), a hip
 * hinge (or hip thrust), a push and a pull. Two or three sessions a week are all the training there is, so no
 * session trains only half the body; time is fitted with fewer sets and supersets, never by dropping one.
 */
export type CoverageFamily = 'knee' | 'hip' | 'push' | 'pull';
export const COVERAGE_FAMILY: Partial<Record<MovementPattern, CoverageFamily>> = {
  squat: 'knee',
  lunge: 'knee',
  hinge: 'hip',
  hip_thrust: 'hip',
  horizontal_push: 'push',
  vertical_push: 'push',
  horizontal_pull: 'pull',
  vertical_pull: 'pull',
};
export const FULL_BODY_COVERAGE: readonly CoverageFamily[] = ['knee', 'hip', 'push', 'pull'];

type PatternEntry = [templateId: string, load: DayLoadLevel];

function patternFor(days: number, age: TrainingAge): { split: SplitName; entries: PatternEntry[] } {
  switch (days) {
    case 1:
      return { split: 'full_body', entries: [['fb_one', 'heavy']] };
    case 2:
      return { split: 'full_body', entries: [['fb_a', 'heavy'], ['fb_b', 'moderate']] };
    case 3:
      // Heavy / moderate / light full-body week (the classic H-M-L arrangement).
      return { split: 'full_body', entries: [['fb_a', 'heavy'], ['fb_b', 'moderate'], ['fb_c', 'light']] };
    case 4:
      return {
        split: 'upper_lower',
        entries: [['upper_a', 'heavy'], ['lower_a', 'heavy'], ['upper_b', 'moderate'], ['lower_b', 'moderate']],
      };
    case 5:
      // Beginners keep the simpler upper/lower rotation and a light full-body day instead of a PPL half.
      return age === 'beginner'
        ? {
            split: 'upper_lower',
            entries: [['upper_a', 'heavy'], ['lower_a', 'heavy'], ['upper_b', 'moderate'], ['lower_b', 'moderate'], ['fb_c', 'light']],
          }
        : {
            split: 'upper_lower_push_pull_legs',
            entries: [['upper_a', 'heavy'], ['lower_a', 'heavy'], ['push_b', 'moderate'], ['pull_b', 'moderate'], ['legs_b', 'moderate']],
          };
    default:
      return age === 'beginner'
        ? {
            split: 'upper_lower',
            entries: [
              ['upper_a', 'heavy'],
              ['lower_a', 'heavy'],
              ['upper_b', 'moderate'],
              ['lower_b', 'moderate'],
              ['upper_a', 'light'],
              ['lower_b', 'light'],
            ],
          }
        : {
            split: 'push_pull_legs',
            entries: [
              ['push_a', 'heavy'],
              ['pull_a', 'heavy'],
              ['legs_a', 'heavy'],
              ['push_b', 'moderate'],
              ['pull_b', 'moderate'],
              ['legs_b', 'moderate'],
            ],
          };
  }
}

/** Muscles a main lift of each pattern loads heavily — what "heavy for the same muscles" compares. */
export const HEAVY_PATTERN_MUSCLES: Partial<Record<MovementPattern, Muscle[]>> = {
  squat: ['quads', 'glutes'],
  hinge: ['hamstrings', 'glutes'],
  lunge: ['quads', 'glutes'],
  horizontal_push: ['chest'],
  vertical_push: ['shoulders'],
  horizontal_pull: ['back'],
  vertical_pull: ['back'],
};

export function heavyMusclesOf(template: DayTemplate): Set<Muscle> {
  const out = new Set<Muscle>();
  for (const slot of template.slots) {
    if (slot.role !== 'main') continue;
    for (const m of HEAVY_PATTERN_MUSCLES[slot.pattern] ?? []) out.add(m);
  }
  return out;
}

export interface PatternDay {
  weekday: IsoWeekday;
  template: DayTemplate;
  loadLevel: DayLoadLevel;
}

export interface WeeklyPattern {
  split: SplitName;
  /** Training days in weekday order. */
  days: PatternDay[];
}

/** True when weekday `b` is the calendar day after `a` (Sunday → Monday counts: the pattern repeats). */
export function consecutiveWeekdays(a: number, b: number): boolean {
  return b === a + 1 || (a === 7 && b === 1);
}

/** Split, day templates and load levels for the client's training weekdays. */
export function weeklyPattern(trainingDays: readonly IsoWeekday[], age: TrainingAge): WeeklyPattern {
  const sorted = [...new Set(trainingDays)].sort((a, b) => a - b);
  const { split, entries } = patternFor(sorted.length, age);
  const days: PatternDay[] = sorted.map((weekday, i) => {
    const [templateId, loadLevel] = entries[i % entries.length] as PatternEntry;
    return { weekday, template: DAY_TEMPLATES[templateId] as DayTemplate, loadLevel };
  });
  // Walk the cycle: a heavy day right after a heavy day for the same muscles steps down to moderate.
  for (let pass = 0; pass < 2; pass += 1) {
    for (let i = 0; i < days.length && days.length > 1; i += 1) {
      const prev = days[(i - 1 + days.length) % days.length] as PatternDay;
      const cur = days[i] as PatternDay;
      if (prev === cur || prev.loadLevel !== 'heavy' || cur.loadLevel !== 'heavy') continue;
      if (!consecutiveWeekdays(prev.weekday, cur.weekday)) continue;
      const shared = [...heavyMusclesOf(cur.template)].some((m) => heavyMusclesOf(prev.template).has(m));
      if (shared) cur.loadLevel = 'moderate';
    }
  }
  return { split, days };
}
