/**
 * What a coach would refuse on sight in a built plan, as short upper-case flags for the review grid
 * (`npm run -s plan -- --grid`) and the tests. Pure: read from the engines' own weeks. Each rule says where
 * its number comes from; a flag names the first week it saw so a coach can open the digest there.
 */

import type { RacePlan } from '../endurance/plan.js';
import type { RaceDay } from '../endurance/race-day.js';
import { isTrackRace, lowVolumeQuality } from '../endurance/slots.js';
import type { StrengthDay, StrengthPlan, StrengthWeek } from '../strength/types.js';
import type { BlockType } from '../periodization/types.js';
import { exerciseById } from '../strength/exercises.js';
import { repWindow, ROLE_RANK } from '../strength/prescription.js';

/**
 * The fewest reps in reserve a coach accepts per block (Helms/Zourdos RIR practice, RP mesocycles):
 * accumulation builds volume a few reps shy of failure, intensification gets closer, realization may touch
 * 0, a deload stays far from failure. RIR 0 in accumulation, or a "deload" at RIR 2, is refused. Power work
 * (jumps, throws) is always far from failure and is not counted; more RIR than the block's is a lift kept
 * light on purpose (a meet's last heavy pull, an older lifter's effort floor), not a flag.
 */
export const RIR_FLOOR: Record<BlockType, number> = {
  accumulation: 2,
  intensification: 1,
  realization: 0,
  deload: 3,
};

/**
 * The biggest week-to-week load rise on one lift at the same rep range: 10 %, compared with the last loading
 * week that had the lift (a deload's lighter loads are not the base). Linear progression adds 5 lb a session
 * to a squat (~2-5 % a week). The smallest step an implement allows (5 lb / 2.5 kg: 20 -> 25 lb dumbbells, a
 * 14 -> 16 kg bell) is a coach's only choice and is not flagged.
 */
export const LOAD_JUMP_MAX = 0.1;
const SMALLEST_STEP = { lb: 5, kg: 2.5 } as const;

/** The most loading weeks in a row before a deload (block-templates MAX_MESO_WEEKS: 6 hard weeks). */
export const MAX_LOADING_RUN = 6;

/** A deload keeps at most this share of the loading week before it in sets (DELOAD_SET_FACTOR 0.5, some rounding). */
export const DELOAD_VOLUME_MAX = 0.7;


function weekSets(w: StrengthWeek): number {
  return w.days.flatMap((d) => d.exercises).reduce((s, e) => s + e.sets, 0);
}

/**
 * Priority of each station of a day in the order done: a superset (A1/A2) is one station, as heavy as its
 * heaviest member — a squat paired with a row is done first, in turns, and is not "a row before a squat".
 */
function stations(d: StrengthDay): number[] {
  const out: number[] = [];
  let group: string | null = null;
  for (const e of d.exercises) {
    const letter = e.superset ? e.superset.slice(0, 1) : null;
    const r = ROLE_RANK[e.role];
    if (letter !== null && letter === group) out[out.length - 1] = Math.min(out[out.length - 1]!, r);
    else out.push(r);
    group = letter;
  }
  return out;
}

export function strengthFlags(plan: StrengthPlan): string[] {
  const flags: string[] = [];
  const once = (flag: string) => {
    if (!flags.some((f) => f.split(' ')[0] === flag.split(' ')[0])) flags.push(flag);
  };
  let run = 0;
  const lastLoad = new Map<string, { load: number; week: number }>();
  for (const [i, w] of plan.weeks.entries()) {
    const type = w.block.type;
    const floor = RIR_FLOOR[type];
    const rirs = w.days.flatMap((d) => d.exercises.filter((e) => !e.timed && e.role !== 'power').map((e) => e.rir));
    if (rirs.length > 0 && Math.min(...rirs) < floor) once(`RIR-LOW-IN-${type.toUpperCase()} W${w.weekNumber} (RIR ${Math.min(...rirs)}, floor ${floor})`);
    run = type === 'deload' ? 0 : run + 1;
    if (run > MAX_LOADING_RUN) once(`NO-DELOAD ${run} loading weeks by W${w.weekNumber}`);
    for (const d of w.days) {
      // Compound before isolation, heavy before light: a lower-priority station never comes before a higher one.
      const st = stations(d);
      if (st.some((r, k) => k > 0 && r < st[k - 1]!)) once(`ORDER W${w.weekNumber} ${d.date} (${d.exercises.map((e) => `${e.role}${e.superset ? ` ${e.superset}` : ''}`).join(',')})`);
    }
    // Heavy triples on a dumbbell, band or bodyweight; 15-rep deadlifts and front squats (strength/prescription.ts repWindow).
    for (const d of w.days) {
      for (const e of d.exercises) {
        const ex = exerciseById(e.exerciseId);
        if (!ex || e.timed || e.role === 'power' || e.repsMin === 1) continue;
        const win = repWindow(ex);
        if (e.repsMin < win.min) once(`REPS-LOW W${w.weekNumber} ${e.name} x${e.reps} (${ex.implement ?? 'bodyweight'}: ${win.min}+)`);
        if (e.repsMax > win.max) once(`REPS-HIGH W${w.weekNumber} ${e.name} x${e.reps} (technique gives out: ${win.max} max)`);
      }
    }
    const prev = plan.weeks[i - 1];
    if (type === 'deload' && prev && prev.block.type !== 'deload') {
      const share = weekSets(w) / Math.max(1, weekSets(prev));
      if (share > DELOAD_VOLUME_MAX) once(`DELOAD-VOLUME W${w.weekNumber} ${Math.round(share * 100)}% of W${prev.weekNumber}`);
    }
    if (type === 'deload') continue;
    for (const d of w.days) {
      for (const e of d.exercises) {
        if (e.load === null || e.load <= 0) continue;
        const key = `${d.dayNumber}|${e.exerciseId}|${e.reps}|${e.unit}`;
        const p = lastLoad.get(key);
        lastLoad.set(key, { load: e.load, week: w.weekNumber });
        if (!p) continue;
        const rise = e.load / p.load - 1;
        if (rise > LOAD_JUMP_MAX + 1e-9 && e.load - p.load > SMALLEST_STEP[e.unit] + 1e-9) {
          once(`LOAD-JUMP W${w.weekNumber} ${e.name} ${p.load}->${e.load} ${e.unit} (+${Math.round(rise * 100)}% on W${p.week})`);
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
