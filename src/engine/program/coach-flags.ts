/**
 * What a coach would refuse on sight in a built plan, as short upper-case flags for the review grid
 * (`npm run -s plan -- --grid`) and the tests. Pure: read from the engines' own weeks. Each rule says where
 * its number comes from; a flag names the first week it saw so a coach can open the digest there.
 */

import { addDays } from '../dates.js';
import type { RacePlan } from '../endurance/plan.js';
import type { RaceDay } from '../endurance/race-day.js';
import { isTrackRace, lowVolumeQuality } from '../endurance/slots.js';
import { backToBackRace, isSmallRaceWindow } from '../endurance/week.js';
import { fromHundredths, toHundredths, UNIT_RULES } from '../endurance/units.js';
import { longShareMax, maxNextLoad } from '../endurance/volume.js';
import type { StrengthDay, StrengthPlan, StrengthWeek } from '../strength/types.js';
import type { BlockType } from '../periodization/types.js';
import { exerciseById } from '../strength/exercises.js';
import { repWindow, ROLE_RANK } from '../strength/prescription.js';
import { MUSCLES, type Muscle } from '../strength/volume-landmarks.js';

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

/**
 * The fewest loading weeks before a deload, past the first block (MIN_LOADING_RUN): a coach deloads every 4-6
 * weeks (3-5 loading weeks and the deload); a deload after 1-2 weeks of loading throws away a block.
 */
export const MIN_LOADING_RUN = 3;

/**
 * A main lift's week-to-week rise at the same reps a coach makes (~2.5-5 % a week on a squat, bench, deadlift or
 * press): over MAIN_LOAD_STEP_MAX, and more than the smallest step the implement allows, is flagged. LOAD_JUMP_MAX
 * (10 %) is the hard ceiling on any lift; this is the main lifts' finer one.
 */
export const MAIN_LOAD_STEP_MAX = 0.05;

/** A deload keeps at most this share of the loading week before it in sets (DELOAD_SET_FACTOR 0.5, some rounding). */
export const DELOAD_VOLUME_MAX = 0.7;

/**
 * Hard sets under a muscle's MEV (strength/volume-landmarks.ts: RP's minimum effective volume, scaled by
 * training age) in the weeks meant to build: accumulation and intensification (a realization week drops to
 * maintenance on purpose; a deload is half). A muscle a full set or more short in more than a third of those
 * weeks is trained too little to grow (calves at 3 of 8 in a 3-day plan); one week short while time goes to
 * the big lifts is not. Two sessions a week cannot reach every muscle's MEV in 60 minutes, so only 3+ days.
 */
export const UNDER_MEV_SHARE = 1 / 3;
export const UNDER_MEV_MIN_DAYS = 3;
const LEG_MUSCLES: readonly Muscle[] = ['quads', 'hamstrings', 'glutes', 'calves'];

function underMev(plan: StrengthPlan): string[] {
  const out: string[] = [];
  const building = plan.weeks.filter((w) => w.block.type === 'accumulation' || w.block.type === 'intensification');
  const days = building[0]?.inputs.trainingDays.length ?? 0;
  if (days < UNDER_MEV_MIN_DAYS) return out;
  // An upper-body-only plan (a wheelchair user) trains no leg on purpose: its legs are not under-trained.
  const upperOnly = building[0]?.split === 'upper_body';
  for (const m of MUSCLES) {
    if (upperOnly && LEG_MUSCLES.includes(m)) continue;
    const short = building.filter((w) => w.hardSetsByMuscle[m] <= w.volumeTargets[m].mev - 1 + 1e-9);
    if (short.length > building.length * UNDER_MEV_SHARE) {
      const w = short[0]!;
      out.push(`UNDER-MEV ${m} ${short.length}/${building.length} weeks (W${w.weekNumber} ${w.hardSetsByMuscle[m]} sets, MEV ${w.volumeTargets[m].mev})`);
    }
  }
  return out;
}

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
    if (type === 'deload' && run > 0 && run < MIN_LOADING_RUN && plan.weeks.slice(0, i).some((x) => x.block.type === 'deload')) {
      once(`DELOAD-EARLY W${w.weekNumber} after ${run} loading weeks (${MIN_LOADING_RUN}-${MAX_LOADING_RUN})`);
    }
    run = type === 'deload' ? 0 : run + 1;
    if (run > MAX_LOADING_RUN) once(`NO-DELOAD ${run} loading weeks by W${w.weekNumber}`);
    // Effort climbs through a block: the main lifts' reps in reserve never rise from one loading week to the next
    // (3 -> 2 -> 1); a lift kept light on purpose (an older lifter's floor, pregnancy) stays level, not up.
    const prevW = plan.weeks[i - 1];
    if (type !== 'deload' && prevW && prevW.block.type !== 'deload') {
      const mainRir = (x: StrengthWeek) => x.days.flatMap((d) => d.exercises.filter((e) => e.role === 'main' && !e.timed).map((e) => e.rir));
      const now = mainRir(w);
      const before = mainRir(prevW);
      if (now.length > 0 && before.length > 0 && Math.min(...now) > Math.min(...before)) {
        once(`RIR-RISING W${w.weekNumber} main lifts RIR ${Math.min(...before)} -> ${Math.min(...now)} within a block`);
      }
    }
    // Every loading week trains the main lifts (a squat, hinge, press or pull as the week's first work).
    if (type !== 'deload' && w.days.length > 0 && !w.days.some((d) => d.exercises.some((e) => e.role === 'main'))) once(`NO-MAIN-LIFT W${w.weekNumber}`);
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
        } else if (e.role === 'main' && rise > MAIN_LOAD_STEP_MAX + 1e-9 && e.load - p.load > SMALLEST_STEP[e.unit] + 1e-9) {
          once(`MAIN-LOAD-STEP W${w.weekNumber} ${e.name} ${p.load}->${e.load} ${e.unit} (+${Math.round(rise * 100)}% on W${p.week}, a coach adds 2.5-5 %)`);
        }
      }
    }
  }
  // One flag per plan, naming the first muscle short (the once() rule keys on the flag's first word).
  const mev = underMev(plan);
  if (mev.length > 0) once(mev.length > 1 ? `${mev[0]} +${mev.length - 1} more` : mev[0]!);
  return flags;
}

/** The first full week keeps at least this share of the plan's start volume (rounding and a long run's half units). */
export const START_SHARE_MIN = 0.95;

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
  if (o.runWalk === null) {
    // The first full week is where the runner already is (seed 004: "start at current baseline"; after the
    // days' capacity, volume.ts): a 70 km runner's first full week at 56 is a cut, not a start.
    const partial = plan.weeks[0] !== undefined && plan.weeks[0].days.length < 7;
    const first = plan.weeks[partial ? 1 : 0];
    if (first && first.phase !== 'taper' && first.trainingVolume < o.startVolume * START_SHARE_MIN - 1e-9) {
      once(`START-LOW W${first.weekNumber} ${first.trainingVolume} ${o.units} (starts at ${o.startVolume})`);
    }
    // The 10 % rule (volume.ts maxNextLoad: +10 %, or +1 mi / 1.6 km under 10 mi / 16 km), load week to load
    // week: a week more than 10 % under the one before is a cutback or the taper and is not the base.
    let last: number | null = null;
    for (const w of plan.weeks.slice(partial ? 1 : 0)) {
      const v = w.trainingVolume;
      if (last !== null && v < last * 0.9) continue;
      if (last !== null && toHundredths(v) > maxNextLoad(toHundredths(last), o.units)) {
        once(`RAMP W${w.weekNumber} ${last}->${v} ${o.units} (max ${fromHundredths(maxNextLoad(toHundredths(last), o.units))})`);
      }
      last = v;
    }
    // The long-run day is the week's longest run (but in race week): a "last longer run" a week out shorter than
    // the week's easy runs is not one (a half 4 weeks out at 20 mi/week: 2 mi after 3.2 mi easy runs).
    for (const w of plan.weeks.slice(0, -1)) {
      // A back-to-back weekend (an ultra's build: week.ts backToBack) has two long runs; the longer is the long run.
      const longs = w.days.filter((d) => d.type === 'long');
      const longDay = longs.length > 1 ? longs.reduce((x, y) => (y.total > x.total ? y : x)) : w.days.find((d) => d.dayNumber === o.pattern.longRunDay && d.type !== 'rest');
      // Inside the race window past its first two days the long-run day is a race-week run (a shakeout), not a long run.
      if (!longDay || longDay.date > addDays(o.raceWindowStart, 1)) continue;
      // A window too small for a last longer run (10 mi/week to a 5K): the race is that week's long effort.
      if (longDay.date >= o.raceWindowStart && isSmallRaceWindow(o)) continue;
      const longest = Math.max(0, ...w.days.filter((d) => d !== longDay && d.type !== 'rest').map((d) => d.total));
      if (longDay.total < longest) once(`LONG-NOT-LONGEST W${w.weekNumber} ${longDay.date} ${longDay.total} < ${longest} ${o.units}`);
    }
    // The long run's share of its full week (volume.ts LONG_SHARE_MAX: 50 % marathon, 45 % half, 40 % 5K/10K).
    for (const w of plan.weeks) {
      if (w.phase === 'taper' || w.days.length < 7) continue;
      const long = Math.max(0, ...w.days.filter((d) => d.type === 'long').map((d) => d.total));
      // A long run at its shortest (4 mi / 6.5 km) in a small cutback week is not a share problem.
      if (long <= fromHundredths(UNIT_RULES[o.units].longMin)) continue;
      if (long > w.trainingVolume * longShareMax(o.distanceClass) + 0.05) once(`LONG-SHARE W${w.weekNumber} ${long} of ${w.trainingVolume} ${o.units}`);
    }
  }
  // A 50 mi / 100K / 100 mi race: most build and peak load weeks carry a back-to-back weekend (week.ts backToBack).
  if (backToBackRace(o)) {
    const load = plan.weeks.filter((w) => (w.phase === 'build' || w.phase === 'peak') && !w.cutback && !w.partial);
    const without = load.filter((w) => w.days.filter((d) => d.type === 'long').length < 2);
    if (load.length > 0 && without.length > load.length / 2) once(`NO-BACK-TO-BACK ${without.length}/${load.length} build/peak weeks (W${without[0]!.weekNumber})`);
  }
  // A mile taper keeps intensity: a track race with no fast running in its last 7 days is a 5K's taper.
  const window = all.filter((d) => d.date >= o.raceWindowStart && d.date < o.raceDate);
  if (isTrackRace(o.raceDistance, o.units) && !window.some((d) => d.workout.some((l) => l.effort === 'repetition' || l.effort === 'interval'))) {
    once(`TRACK-TAPER-NO-SPEED ${o.raceWindowStart}..${o.raceDate}`);
  }
  return flags;
}
