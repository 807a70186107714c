/**
 * A plan a coach can skim: one header with the figures a coach checks first (peak and longest run, easy
 * share, session minutes, hard sets against MRV) and one line per week. Pure: built from the engines' own
 * weeks, the same ones the CLI prints as JSON.
 */

import { WEEKDAY_SHORT } from '../dates.js';
import { buildRacePlan } from '../endurance/plan.js';
import type { RacePlan } from '../endurance/plan.js';
import { formatDuration } from '../endurance/durations.js';
import { HARD_EFFORTS } from '../endurance/laps.js';
import type { RaceDay } from '../endurance/race-day.js';
import type { RaceRequest } from '../endurance/race-request.js';
import { buildStrengthPlan } from '../strength/week.js';
import { hybridStrengthPlan, runTypesOf } from './hybrid-legs.js';
import type { StrengthPlan, StrengthRequest } from '../strength/index.js';
import { BLOCK_WORDS } from '../strength/to-workout.js';
import { landmarksFor, MUSCLES } from '../strength/volume-landmarks.js';
import { hybridRaceRequest } from './hybrid.js';
import type { PlanRequest } from './program.js';

const DAY = WEEKDAY_SHORT;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export interface RaceFigures {
  startVolume: number;
  peakVolume: number;
  longestRun: number;
  /** Lowest easy share of any week (race excluded). */
  minEasyShare: number;
  qualityDaysMax: number;
  runWalk: boolean;
}

export interface StrengthFigures {
  sessionMinutes: number;
  /** Shortest and longest training session outside deload weeks. */
  minutes: [number, number];
  /** Most hard sets any muscle gets in a week, as a share of its MRV (≤ 1 is within MRV). */
  maxMrvShare: number;
}

function easyShare(days: readonly RaceDay[]): number {
  const laps = days.filter((d) => d.type !== 'race').flatMap((d) => [...d.warmup, ...d.workout, ...d.cooldown]);
  const total = laps.reduce((s, l) => s + l.distance, 0);
  if (total === 0) return 1;
  return laps.filter((l) => !HARD_EFFORTS.has(l.effort)).reduce((s, l) => s + l.distance, 0) / total;
}

export function raceFigures(plan: RacePlan): RaceFigures {
  const o = plan.outline;
  const long = plan.weeks.flatMap((w) => w.days.filter((d) => d.type === 'long').map((d) => d.total));
  return {
    startVolume: o.startVolume,
    peakVolume: Math.max(...plan.weeks.filter((w) => w.phase !== 'taper').map((w) => w.trainingVolume)),
    longestRun: long.length ? Math.max(...long) : 0,
    minEasyShare: Math.min(...plan.weeks.map((w) => easyShare(w.days))),
    qualityDaysMax: Math.max(...plan.weeks.map((w) => w.days.filter((d) => ['tempo', 'intervals', 'marathon_pace', 'repetition'].includes(d.type)).length)),
    runWalk: o.runWalk !== null,
  };
}

export function strengthFigures(plan: StrengthPlan, req: StrengthRequest): StrengthFigures {
  const mins = plan.weeks
    .filter((w) => w.block.type !== 'deload')
    .flatMap((w) => w.days.filter((d) => d.type === 'training').map((d) => d.estimatedMinutes));
  let share = 0;
  for (const w of plan.weeks) for (const m of MUSCLES) share = Math.max(share, w.hardSetsByMuscle[m] / landmarksFor(m, req.trainingAge).mrv);
  return { sessionMinutes: req.sessionMinutes, minutes: [Math.min(...mins), Math.max(...mins)], maxMrvShare: Math.round(share * 100) / 100 };
}

function raceDayWord(d: RaceDay, u: string): string {
  const hard = d.workout.filter((l) => HARD_EFFORTS.has(l.effort)).reduce((s, l) => s + l.distance, 0);
  switch (d.type) {
    case 'rest':
      return '';
    case 'run_walk':
      return `${DAY[d.dayNumber - 1]} ${d.workout[0]?.description ?? 'run/walk'} (${d.minutes} min)`;
    case 'long': {
      const fast = d.workout.find((l) => HARD_EFFORTS.has(l.effort));
      return `${DAY[d.dayNumber - 1]} LONG ${d.total}${fast ? ` (last ${fast.distance} ${fast.effort})` : ''}`;
    }
    case 'tempo':
    case 'intervals':
    case 'marathon_pace':
      return `${DAY[d.dayNumber - 1]} ${d.type.replace('_', ' ')} ${d.total} (${Math.round(hard * 100) / 100} ${u} hard)`;
    case 'race':
      return `${DAY[d.dayNumber - 1]} RACE`;
    default:
      return `${DAY[d.dayNumber - 1]} ${d.type} ${d.total}`;
  }
}

export function raceDigest(plan: RacePlan): string[] {
  const o = plan.outline;
  const f = raceFigures(plan);
  const u = o.units;
  const fitness =
    o.fitnessSource === 'estimated'
      ? 'fitness estimated from weekly mileage (no race, no predicted time)'
      : `VDOT ${o.vdot} from ${o.fitnessSource === 'race' ? 'a recent race' : 'a 5K pace'}, predicts ${formatDuration(o.racePrediction)}`;
  const lines = [
    `${o.raceName.toUpperCase()} on ${o.raceDate}, ${o.totalWeeks} weeks, runs ${o.pattern.trainingDays.map((d) => DAY[d - 1]).join('/')}, long run ${DAY[o.pattern.longRunDay - 1]}${o.pattern.qualityDays.length ? `, quality ${o.pattern.qualityDays.map((d) => DAY[d - 1]).join('/')}` : ''}`,
    f.runWalk
      ? `Run/walk plan: ${o.runWalk!.sessionMinutes}-min sessions; ${fitness}`
      : `${f.startVolume} -> peak ${f.peakVolume} ${u}/week; longest run ${f.longestRun} ${u} (cap ${o.longRunCap}); easy share >= ${pct(f.minEasyShare)}; quality days <= ${f.qualityDaysMax}/week; ${fitness}`,
    ...o.notes.map((n) => `  note: ${n}`),
  ];
  for (const w of plan.weeks) {
    const tag = `${w.phase}${w.cutback ? ', cutback' : ''}`;
    const days = w.days.map((d) => raceDayWord(d, u)).filter(Boolean).join(' | ');
    lines.push(`W${String(w.weekNumber).padStart(2)} ${tag.padEnd(15)} ${String(w.trainingVolume).padStart(5)} ${u} easy ${pct(easyShare(w.days)).padStart(4)}  ${days}`);
  }
  return lines;
}

export function strengthDigest(plan: StrengthPlan, req: StrengthRequest): string[] {
  const f = strengthFigures(plan, req);
  const lines = [
    `STRENGTH ${req.goal.replace('_', ' ')}, ${req.trainingAge}, ${req.weeks} weeks, ${req.trainingDays.map((d) => DAY[d - 1]).join('/')} x ${req.sessionMinutes} min, ${req.equipment.join(' ')}${req.limitations.length ? `, sparing ${req.limitations.join(', ')}` : ''}`,
    `sessions ${f.minutes[0]}-${f.minutes[1]} min outside deloads (asked ${f.sessionMinutes}); hardest muscle week at ${pct(f.maxMrvShare)} of MRV; split ${plan.weeks[0]?.split ?? ''}`,
  ];
  for (const w of plan.weeks) {
    lines.push(`W${String(w.weekNumber).padStart(2)} ${BLOCK_WORDS[w.block.type]} (RIR ${w.block.rir})`);
    for (const d of w.days.filter((x) => x.type === 'training')) {
      const ex = d.exercises.map((e) => `${e.name} ${e.sets}x${e.reps}${e.load ? `@${e.load}` : ''}`).join(', ');
      lines.push(`    ${DAY[d.dayNumber - 1]} ${d.theme} ${d.estimatedMinutes}': ${ex}`);
    }
  }
  return lines;
}

/** The digest of a whole plan request: race, strength, or both. */
export function planDigest(req: PlanRequest): string[] {
  if (req.kind === 'strength') return strengthDigest(buildStrengthPlan(req), req);
  const race: RaceRequest = req.kind === 'race' ? req : hybridRaceRequest(req.race, req.strength?.trainingDays ?? null);
  const racePlan = buildRacePlan(race);
  const lines = raceDigest(racePlan);
  if (req.kind === 'hybrid' && req.strength) lines.push('', ...strengthDigest(hybridStrengthPlan(req.strength, runTypesOf(racePlan)), req.strength));
  return lines;
}
