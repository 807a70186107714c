/**
 * What a coach would refuse on sight in a built plan, as short upper-case flags for the review grid
 * (`npm run -s plan -- --grid`) and the tests. Pure: read from the engines' own weeks. Each rule says where
 * its number comes from; a flag names the first week it saw so a coach can open the digest there.
 */

import type { RacePlan } from '../endurance/plan.js';
import type { RaceDay } from '../endurance/race-day.js';
import { isTrackRace, lowVolumeQuality } from '../endurance/slots.js';
import type { StrengthPlan, StrengthWeek } from '../strength/types.js';
import type { BlockType } from '../periodization/types.js';

/**
 * Reps in reserve a coach accepts per block (Helms/Zourdos RIR practice, RP mesocycles): accumulation builds
 * volume a few reps shy of failure, intensification gets closer, realization may touch 0-1, a deload stays
 * far from failure. RIR 0 in accumulation (or a "deload" at RIR 2) is refused.
 */
export const RIR_RANGE: Record<BlockType, [number, number]> = {
  accumulation: [2, 4],
  intensification: [1, 3],
  realization: [0, 2],
  deload: [3, 5],
};

/**
 * The biggest week-to-week load rise on one lift at the same rep range: 10 %. Linear progression adds
 * 5 lb a session to a squat (~2-5 %/week); a rise past 10 % at unchanged reps is a jump, not a progression.
 */
export const LOAD_JUMP_MAX = 0.1;

/** The most loading weeks in a row before a deload (block-templates MAX_MESO_WEEKS: 6 hard weeks). */
export const MAX_LOADING_RUN = 6;

/** A deload keeps at most this share of the loading week before it in hard sets (DELOAD_SET_FACTOR 0.5, some rounding). */
export const DELOAD_VOLUME_MAX = 0.7;

const ROLE_ORDER = { power: 0, main: 1, secondary: 2, accessory: 3, core: 4 } as const;

function weekSets(w: StrengthWeek): number {
  return w.days.flatMap((d) => d.exercises).reduce((s, e) => s + e.sets, 0);
}

export function strengthFlags(plan: StrengthPlan): string[] {
  const flags: string[] = [];
  const once = (flag: string) => {
    if (!flags.some((f) => f.split(' ')[0] === flag.split(' ')[0])) flags.push(flag);
  };
  let run = 0;
  for (const [i, w] of plan.weeks.entries()) {
    const type = w.block.type;
    const [lo, hi] = RIR_RANGE[type];
    const rirs = w.days.flatMap((d) => d.exercises.filter((e) => !e.timed).map((e) => e.rir));
    if (rirs.some((r) => r < lo || r > hi)) once(`RIR-OUT-OF-${type.toUpperCase()} W${w.weekNumber} (RIR ${Math.min(...rirs)}-${Math.max(...rirs)}, want ${lo}-${hi})`);
    run = type === 'deload' ? 0 : run + 1;
    if (run > MAX_LOADING_RUN) once(`NO-DELOAD ${run} loading weeks by W${w.weekNumber}`);
    for (const d of w.days) {
      // Compound before isolation, heavy before light: a lower-priority slot never comes before a higher one.
      const roles = d.exercises.map((e) => ROLE_ORDER[e.role]);
      if (roles.some((r, k) => k > 0 && r < roles[k - 1]!)) once(`ORDER W${w.weekNumber} ${d.date} (${d.exercises.map((e) => e.role).join(',')})`);
      const iso = d.exercises.findIndex((e) => e.role === 'accessory' || e.role === 'core');
      const lastCompound = d.exercises.map((e) => e.role === 'main' || e.role === 'power').lastIndexOf(true);
      if (iso >= 0 && lastCompound > iso) once(`ISOLATION-FIRST W${w.weekNumber} ${d.date}`);
    }
    const prev = plan.weeks[i - 1];
    if (type === 'deload' && prev && prev.block.type !== 'deload') {
      const share = weekSets(w) / Math.max(1, weekSets(prev));
      if (share > DELOAD_VOLUME_MAX) once(`DELOAD-VOLUME W${w.weekNumber} ${Math.round(share * 100)}% of W${prev.weekNumber}`);
    }
    if (prev) {
      for (const d of w.days) {
        const before = prev.days.find((p) => p.dayNumber === d.dayNumber);
        for (const e of d.exercises) {
          const p = before?.exercises.find((x) => x.exerciseId === e.exerciseId && x.reps === e.reps && x.unit === e.unit);
          if (!p || p.load === null || e.load === null || p.load <= 0) continue;
          const rise = e.load / p.load - 1;
          if (rise > LOAD_JUMP_MAX + 1e-9) once(`LOAD-JUMP W${w.weekNumber} ${e.name} ${p.load}->${e.load} ${e.unit} (+${Math.round(rise * 100)}%)`);
        }
      }
    }
  }
  return flags;
}

const QUALITY_TYPES = new Set<RaceDay['type']>(['tempo', 'intervals', 'marathon_pace', 'repetition']);
const HARD_DAY_TYPES = new Set<RaceDay['type']>([...QUALITY_TYPES, 'long', 'race']);

export function raceFlags(plan: RacePlan): string[] {
  const flags: string[] = [];
  const once = (flag: string) => {
    if (!flags.some((f) => f.split(' ')[0] === flag.split(' ')[0])) flags.push(flag);
  };
  const o = plan.outline;
  const all = plan.weeks.flatMap((w) => w.days);
  for (const w of plan.weeks) {
    const q = w.days.filter((d) => QUALITY_TYPES.has(d.type)).length;
    if (q >= 2 && lowVolumeQuality(w.trainingVolume, o.units)) once(`2Q-LOW-VOLUME W${w.weekNumber} (${w.trainingVolume} ${o.units})`);
  }
  // A recovery run follows a hard day; a short run after a rest or easy day is an easy run.
  for (const [k, d] of all.entries()) {
    if (d.type !== 'recovery') continue;
    const before = all[k - 1];
    if (!before || !HARD_DAY_TYPES.has(before.type)) once(`RECOVERY-AFTER-${before?.type.toUpperCase() ?? 'NOTHING'} ${d.date} (${d.total} ${o.units})`);
  }
  // A mile taper keeps intensity: a track race with no fast running in its last 7 days is a 5K's taper.
  const window = all.filter((d) => d.date >= o.raceWindowStart && d.date < o.raceDate);
  if (isTrackRace(o.raceDistance, o.units) && !window.some((d) => d.workout.some((l) => l.effort === 'repetition' || l.effort === 'interval'))) {
    once(`TRACK-TAPER-NO-SPEED ${o.raceWindowStart}..${o.raceDate}`);
  }
  return flags;
}
