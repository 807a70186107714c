/**
 * Lap arrays for each day type. Quality sessions are sized with Daniels' per-session limits: threshold work
 * about 10 % of the week's volume, interval work about 8 % (and at most 10 km), marathon-pace work about
 * 10 % (Daniels allows up to 20 %, but two quality days must leave ~80 % of the week easy — see slots.ts);
 * each within a floor that still makes a session and a ceiling for recreational runners.
 */

import type { DistanceUnit } from '../workout/workout.js';
import { formatPace } from './durations.js';
import type { Effort, Lap, QualityType } from './race-day.js';
import { UNIT_RULES } from './units.js';
import type { Hundredths } from './units.js';
import type { PaceZones } from './vdot.js';

interface QualityShape {
  wuLap: Hundredths;
  cdLap: Hundredths;
  /** Add a second warm-up lap from this weekly volume on. */
  longWarmupFrom: Hundredths;
  tLap: Hundredths;
  tLaps: [number, number];
  iReps: [number, number];
  /** Repetitions (R pace, Daniels): a short rep, its full-recovery jog (as long as the rep), and how many. */
  rRep: Hundredths;
  rReps: [number, number];
  mLap: Hundredths;
  mLaps: [number, number];
  easyWu: Hundredths;
}

const SHAPES: Record<DistanceUnit, QualityShape> = {
  mi: { wuLap: 100, cdLap: 100, longWarmupFrom: 3000, tLap: 100, tLaps: [2, 6], iReps: [3, 8], rRep: 25, rReps: [6, 12], mLap: 100, mLaps: [3, 12], easyWu: 50 },
  km: { wuLap: 150, cdLap: 150, longWarmupFrom: 5000, tLap: 100, tLaps: [3, 10], iReps: [3, 8], rRep: 40, rReps: [6, 12], mLap: 200, mLaps: [3, 10], easyWu: 80 },
};

/**
 * Interval reps by the time they take, not one distance for everyone: Daniels' I reps last about 3-5 minutes
 * (long enough to reach VO2max, short enough to repeat), so a rep is the longest of these that takes at most
 * INTERVAL_REP_MAX_SEC at the runner's interval pace (800 m when none does). A 3:07/km runner (VDOT ~63) runs
 * 1200 m reps (3:44), not 800s (2:30); a 4:25/km runner keeps 800s (3:32). The jog is about half the rep.
 */
export const INTERVAL_REP_MAX_SEC = 240;
const INTERVAL_REPS: Record<DistanceUnit, ReadonlyArray<{ rep: Hundredths; jog: Hundredths }>> = {
  mi: [
    { rep: 50, jog: 30 },
    { rep: 75, jog: 40 },
    { rep: 100, jog: 50 },
  ],
  km: [
    { rep: 80, jog: 40 },
    { rep: 100, jog: 50 },
    { rep: 120, jog: 60 },
  ],
};

/** The interval rep (and its jog) for an interval pace of `paceSec` per unit. */
export function intervalRep(units: DistanceUnit, paceSec: number): { rep: Hundredths; jog: Hundredths } {
  const options = INTERVAL_REPS[units];
  return [...options].reverse().find((o) => (o.rep / 100) * paceSec <= INTERVAL_REP_MAX_SEC + 1e-9) ?? options[0]!;
}

export interface LapContext {
  units: DistanceUnit;
  paces: PaceZones;
}

type Draft = Omit<Lap, 'lapIndex'>;

function lap(distance: Hundredths, effort: Effort, pace: number | null, hrZone: number | null, description: string): Draft {
  return { distance: distance / 100, paceGoal: pace === null ? null : formatPace(pace), hrZone, effort, description };
}

function indexed(drafts: Draft[]): Lap[] {
  return drafts.map((d, i) => ({ lapIndex: i + 1, ...d }));
}

export interface DayLaps {
  warmup: Lap[];
  workout: Lap[];
  cooldown: Lap[];
}

function build(w: Draft[], m: Draft[], c: Draft[]): DayLaps {
  return { warmup: indexed(w), workout: indexed(m), cooldown: indexed(c) };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function easyRange(ctx: LapContext): string {
  return `${formatPace(ctx.paces.easy.min)}–${formatPace(ctx.paces.easy.max)}/${ctx.units}`;
}

function warmups(ctx: LapContext, weekVolume: Hundredths, extra: Hundredths = 0): Draft[] {
  const s = SHAPES[ctx.units];
  const n = weekVolume >= s.longWarmupFrom ? 2 : 1;
  const laps = Array.from({ length: n }, () => lap(s.wuLap, 'warm-up', null, 1, 'easy warm-up jog'));
  if (extra > 0) {
    // Extra easy running before the session, in laps inside the warm-up lap range.
    const [, max] = UNIT_RULES[ctx.units].warmLap;
    const k = Math.ceil(extra / max);
    const base = Math.floor(extra / k);
    for (let i = 0; i < k; i++) {
      laps.unshift(lap(base + (i < extra - base * k ? 1 : 0), 'warm-up', null, 1, 'extra easy running before the warm-up'));
    }
  }
  return laps;
}

function cooldown(ctx: LapContext, d: Hundredths = SHAPES[ctx.units].cdLap): Draft[] {
  return [lap(d, 'cool-down', null, 1, 'easy cool-down jog')];
}

/**
 * Laps of a quality session for a week of `weekVolume`; `total`, when larger than the session's own size,
 * adds the difference as extra easy warm-up laps.
 */
export function qualityLaps(type: QualityType, weekVolume: Hundredths, ctx: LapContext, total?: Hundredths): DayLaps {
  const core = qualityCore(type, weekVolume, ctx);
  const size = [...core.warmup, ...core.workout, ...core.cooldown].reduce((sum, x) => sum + Math.round(x.distance * 100), 0);
  if (total === undefined || total <= size) return core;
  return { ...core, warmup: indexed(warmups(ctx, weekVolume, total - size)) };
}

function qualityCore(type: QualityType, weekVolume: Hundredths, ctx: LapContext): DayLaps {
  const s = SHAPES[ctx.units];
  const u = ctx.units;
  const p = ctx.paces;
  if (type === 'tempo') {
    const n = clamp(Math.round((weekVolume * 0.1) / s.tLap), s.tLaps[0], s.tLaps[1]);
    const work = Array.from({ length: n }, () =>
      lap(s.tLap, 'threshold', p.threshold, 4, `threshold ("comfortably hard") at ${formatPace(p.threshold)}/${u}`),
    );
    return build(warmups(ctx, weekVolume), work, cooldown(ctx));
  }
  if (type === 'intervals') {
    const cap10k = u === 'mi' ? 621 : 1000;
    const { rep, jog } = intervalRep(u, p.interval);
    const n = clamp(Math.floor(Math.min(weekVolume * 0.08, cap10k) / rep), s.iReps[0], s.iReps[1]);
    const work: Draft[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) work.push(lap(jog, 'recovery jog', null, 1, 'recovery jog'));
      work.push(lap(rep, 'interval', p.interval, 5, `interval rep at ${formatPace(p.interval)}/${u} (hard, not all-out)`));
    }
    return build(warmups(ctx, weekVolume), work, cooldown(ctx));
  }
  if (type === 'repetition') {
    // Daniels: R running at most 5 % of the week (and 5 mi / 8 km a session), each rep followed by a jog as long.
    const cap = u === 'mi' ? 500 : 800;
    const n = clamp(Math.floor(Math.min(weekVolume * 0.05, cap) / s.rRep), s.rReps[0], s.rReps[1]);
    const work: Draft[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) work.push(lap(s.rRep, 'recovery jog', null, 1, 'full-recovery jog'));
      work.push(lap(s.rRep, 'repetition', p.repetition, 5, `rep at ${formatPace(p.repetition)}/${u}: fast and relaxed, not a sprint`));
    }
    return build(warmups(ctx, weekVolume), work, cooldown(ctx));
  }
  const n = clamp(Math.round((weekVolume * 0.1) / s.mLap), s.mLaps[0], s.mLaps[1]);
  const work = Array.from({ length: n }, () => lap(s.mLap, 'marathon pace', p.marathon, 3, `marathon pace ${formatPace(p.marathon)}/${u}`));
  return build(warmups(ctx, weekVolume), work, cooldown(ctx));
}

/**
 * A miler's race-week sharpener (week.ts trackRaceWindow): a short warm-up, 4 reps of about 400 m at R pace (the
 * mile's own pace, Daniels) with a full-recovery jog, a cool-down. Enough to keep the legs fast, too little to
 * leave fatigue three or four days later: a mile taper cuts volume and keeps intensity.
 */
export const SHARPENER_REPS = 4;
export function sharpenerLaps(ctx: LapContext): DayLaps {
  const s = SHAPES[ctx.units];
  const p = ctx.paces;
  const work: Draft[] = [];
  for (let i = 0; i < SHARPENER_REPS; i++) {
    if (i > 0) work.push(lap(s.rRep, 'recovery jog', null, 1, 'full-recovery jog'));
    work.push(lap(s.rRep, 'repetition', p.repetition, 5, `rep at ${formatPace(p.repetition)}/${ctx.units}: race rhythm, relaxed, not a sprint`));
  }
  return build([lap(s.wuLap, 'warm-up', null, 1, 'easy warm-up jog')], work, cooldown(ctx));
}

export function sharpenerSize(ctx: LapContext): Hundredths {
  const l = sharpenerLaps(ctx);
  return [...l.warmup, ...l.workout, ...l.cooldown].reduce((sum, x) => sum + Math.round(x.distance * 100), 0);
}

/** Efforts that count as hard running (everything else — warm-up, jog, easy, long, walk — is easy). */
export const HARD_EFFORTS: ReadonlySet<string> = new Set(['threshold', 'interval', 'repetition', 'marathon pace', 'race pace', 'moderate']);

/** Hard running (at threshold, interval or marathon pace) in a quality session, hundredths. */
export function qualityHardSize(type: QualityType, weekVolume: Hundredths, ctx: LapContext): Hundredths {
  const l = qualityCore(type, weekVolume, ctx);
  return l.workout.filter((x) => HARD_EFFORTS.has(x.effort)).reduce((sum, x) => sum + Math.round(x.distance * 100), 0);
}

export function qualitySize(type: QualityType, weekVolume: Hundredths, ctx: LapContext): Hundredths {
  const l = qualityCore(type, weekVolume, ctx);
  return [...l.warmup, ...l.workout, ...l.cooldown].reduce((sum, x) => sum + Math.round(x.distance * 100), 0);
}

/**
 * Easy, moderate, recovery run or shakeout of `total` hundredths: one lap, no warm-up or cool-down. Like a long
 * run, an easy run is easy from the first step, so its first minutes are the warm-up; "Warm-up 0.5 mi / Main: 1
 * mi jog / Cool-down 0.5 mi" for a 2 mi recovery jog read like a workout (only quality sessions need them).
 */
export function easyLaps(kind: 'easy' | 'moderate' | 'recovery' | 'shakeout', total: Hundredths, ctx: LapContext): DayLaps {
  const p = ctx.paces.easy;
  if (kind === 'recovery') return build([], [lap(total, 'recovery', null, 1, `recovery: slower than ${formatPace(p.max)}/${ctx.units}, truly easy`)], []);
  if (kind === 'shakeout') return build([], [lap(total, 'shakeout', null, 1, 'shakeout: relaxed, a few short strides at the end')], []);
  if (kind === 'moderate') return build([], [lap(total, 'moderate', p.min, 2, `steady, at the quick end of easy (${easyRange(ctx)})`)], []);
  return build([], [lap(total, 'easy', (p.min + p.max) / 2, 2, `easy, conversational (${easyRange(ctx)})`)], []);
}

export type LongFinish = 'none' | 'marathon' | 'threshold';

/**
 * Long run: easy, optionally with its last miles at marathon pace or a short threshold finish. No warm-up or
 * cool-down laps: a long run is easy from the first step, and its first miles are the warm-up.
 */
export function longLaps(total: Hundredths, finish: LongFinish, ctx: LapContext): DayLaps {
  const p = ctx.paces;
  const u = ctx.units;
  const main = total;
  const unit = 100;
  const drafts: Draft[] = [];
  let fast = 0;
  if (finish === 'marathon') fast = Math.min(Math.floor((main * 0.25) / unit) * unit, u === 'mi' ? 400 : 600);
  if (finish === 'threshold') fast = Math.min(Math.floor((main * 0.15) / unit) * unit, u === 'mi' ? 200 : 300);
  drafts.push(lap(main - fast, 'long', (p.easy.min + p.easy.max) / 2, 2, `long run, easy (${easyRange(ctx)})`));
  if (fast > 0 && finish === 'marathon') drafts.push(lap(fast, 'marathon pace', p.marathon, 3, `finish at marathon pace ${formatPace(p.marathon)}/${u}`));
  if (fast > 0 && finish === 'threshold') drafts.push(lap(fast, 'threshold', p.threshold, 4, `finish at threshold ${formatPace(p.threshold)}/${u}`));
  return build([], drafts, []);
}

export function raceLaps(distance: Hundredths, paceSec: number, short: boolean, ctx: LapContext, description: string): DayLaps {
  const s = SHAPES[ctx.units];
  const wu = short ? s.wuLap : s.easyWu;
  return build([lap(wu, 'warm-up', null, 1, 'warm-up jog and a few strides')], [lap(distance, 'race pace', paceSec, null, description)], cooldown(ctx, s.easyWu));
}
