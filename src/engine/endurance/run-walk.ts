/**
 * Run/walk for new and very-low-mileage runners (under 6 mi / 10 km a week): every planned day is a timed
 * session that fits the minutes the runner gave — a 5-minute brisk-walk warm-up, alternating run and walk
 * intervals, a 5-minute walk to cool down — and the run intervals grow week by week.
 *
 * The stages follow the NHS "Couch to 5K" progression (60 s run / 90 s walk in week 1 → 30 min continuous in
 * week 9) and Jeff Galloway's run-walk-run method (walk breaks are planned, not a failure). A plan with fewer
 * weeks than stages skips stages evenly; a cutback week repeats the stage before it; a missed week repeats
 * the last stage and a week with no running steps one stage back (re-entry: the progression never climbs
 * over a gap).
 *
 * No pace is planned: there is nothing measured to set one. Distances are estimates (run at an easy
 * jog, walk at 17:00/mi) so weekly totals exist for charts; the runner goes by time and breath.
 */

import type { DistanceUnit } from '../workout/workout.js';
import { KM_PER_MI } from './units.js';

/**
 * A stage: how many run intervals fill the main set and what share of it is running. The run and walk
 * lengths follow from the runner's minutes, so the running time grows every stage whatever the session
 * length (a 20-minute main set gives NHS week 1 exactly: 8 x (run 1 min, walk 1:30)).
 */
export interface RunWalkStage {
  reps: number;
  runShare: number;
}

/** Stage list; the last is continuous running. */
export const RUN_WALK_STAGES: readonly RunWalkStage[] = [
  { reps: 8, runShare: 0.4 },
  { reps: 6, runShare: 0.45 },
  { reps: 5, runShare: 0.5 },
  { reps: 4, runShare: 0.6 },
  { reps: 3, runShare: 0.7 },
  { reps: 3, runShare: 0.8 },
  { reps: 2, runShare: 0.85 },
  { reps: 2, runShare: 0.9 },
  { reps: 1, runShare: 1 },
];

/** Weekly volume under which a runner starts with run/walk (the least a continuous-running plan schedules). */
export const RUN_WALK_BELOW: Record<DistanceUnit, number> = { mi: 6, km: 10 };
export const WARM_WALK_MIN = 5;
export const COOL_WALK_MIN = 5;
const WALK_SEC_PER_MI = 17 * 60;
export const DEFAULT_SESSION_MINUTES = 30;

export interface RunWalkSession {
  stage: number;
  /** Main-set minutes (between the walks). */
  mainMin: number;
  reps: number;
  runSec: number;
  walkSec: number;
  /** Minutes of running in the session. */
  runMin: number;
  totalMin: number;
  /** "8 x (run 1 min, walk 1:30)" or "run 20 min without stopping". */
  pattern: string;
}

function clock(sec: number): string {
  if (sec % 60 === 0) return `${sec / 60} min`;
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** Main minutes for a session of `sessionMinutes`: what is left after the two walks, 15–40 min. */
export function mainMinutes(sessionMinutes: number): number {
  return Math.max(15, Math.min(40, sessionMinutes - WARM_WALK_MIN - COOL_WALK_MIN));
}

/** Longest single run per stage (NHS Couch to 5K: 60 s, 90 s, 2, 3, 5, 8, 10, 15 min, then continuous). */
const STAGE_RUN_CAP_SEC = [60, 90, 120, 180, 300, 480, 600, 900, Infinity];

const to15 = (sec: number) => Math.max(15, Math.round(sec / 15) * 15);

export function runWalkSession(stage: number, sessionMinutes: number): RunWalkSession {
  const st = Math.max(0, Math.min(RUN_WALK_STAGES.length - 1, stage));
  const s = RUN_WALK_STAGES[st]!;
  const main = mainMinutes(sessionMinutes);
  if (s.runShare >= 1) {
    return { stage: st, mainMin: main, reps: 1, runSec: main * 60, walkSec: 0, runMin: main, totalMin: main + WARM_WALK_MIN + COOL_WALK_MIN, pattern: `run ${main} min without stopping (walk a minute if you must)` };
  }
  // A longer session repeats the stage's intervals more often; it never makes a single run longer than the
  // stage allows (NHS week 1 is 60 s runs whatever the session length).
  // The running time is the stage's share of the main set (so it grows every stage); the walks share the rest.
  const runSec = Math.min(to15((main * 60 * s.runShare) / s.reps), STAGE_RUN_CAP_SEC[st]!);
  const reps = Math.max(1, Math.round((main * 60 * s.runShare) / runSec));
  const walkSec = Math.max(30, to15((main * 60 - reps * runSec) / reps));
  const mainSec = reps * (runSec + walkSec);
  return {
    stage: st,
    mainMin: Math.round(mainSec / 60),
    reps,
    runSec,
    walkSec,
    runMin: Math.round((reps * runSec) / 60),
    totalMin: Math.round(mainSec / 60) + WARM_WALK_MIN + COOL_WALK_MIN,
    pattern: `${reps} x (run ${clock(runSec)}, walk ${clock(walkSec)})`,
  };
}

/**
 * Stage of each plan week: `loadWeeks` is the list of weeks (0-based) that progress; the rest (cutbacks,
 * the race week) repeat the stage before them. Stages are spread evenly so the last progressing week
 * reaches continuous running when the plan is long enough, and never more than two stages a week.
 */
export function stageSchedule(totalWeeks: number, progresses: (i: number) => boolean): number[] {
  const last = RUN_WALK_STAGES.length - 1;
  const steps = Array.from({ length: totalWeeks }, (_, i) => i).filter(progresses);
  const out: number[] = [];
  let stage = 0;
  let k = 0;
  for (let i = 0; i < totalWeeks; i++) {
    if (i > 0 && progresses(i)) {
      k++;
      const want = steps.length > 1 ? Math.round((k * last) / (steps.length - 1)) : 0;
      stage = Math.min(last, stage + 2, Math.max(stage + 1, want));
    }
    out.push(stage);
  }
  return out;
}

/** Estimated distance of `sec` seconds of walking and `runSec` of easy jogging at `jogSecPerUnit` (hundredths). */
export function estimatedHundredths(walkSec: number, runSec: number, jogSecPerUnit: number, units: DistanceUnit): number {
  const walkPerUnit = units === 'mi' ? WALK_SEC_PER_MI : WALK_SEC_PER_MI / KM_PER_MI;
  return Math.max(1, Math.round((walkSec / walkPerUnit + runSec / jogSecPerUnit) * 100));
}
