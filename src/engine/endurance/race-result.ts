/**
 * The goal race run: what a coach says when the runner texts their finish time. The numbers (time, pace per
 * mile and per km, against the goal or the prediction, the VDOT it works out to), how to recover by distance,
 * and what comes next (the plan ends with its race; the next one starts from this result).
 */
import type { RaceOutline } from './outline.js';
import { formatFinish, formatGoal, formatPace } from './durations.js';
import { METERS_PER_UNIT, roundVdot, vdotFromRace } from './vdot.js';
import { daysBetween } from '../dates.js';

/** Within this many seconds of the goal is "right on" it (a watch's start and stop, a chip's few seconds). */
const ON_GOAL_SEC = 15;

/**
 * Recovery after a race, by distance (the common rule of a few easy days per 5-10 km raced, and Daniels'
 * one easy day per 3 km before hard running again): days of rest or very easy running, then no hard session
 * until the last figure.
 */
const RECOVERY: Record<RaceOutline['distanceClass'], string> = {
  '5k': 'Recovery: 2-3 easy days (a rest day is fine too), and no hard session for about 5 days.',
  '10k': 'Recovery: 3-4 easy days or rest, and no hard session for about a week.',
  half: 'Recovery: 2-3 days of rest or very easy jogging, then a week of easy runs; no hard session for about 10 days.',
  marathon: 'Recovery: rest or walk for 3-4 days, then 2 weeks of short easy runs; no hard session for about 3 weeks. Eat and sleep well - soreness peaks 1-2 days after.',
  ultra: 'Recovery: rest or walk for a week, then 2-3 weeks of short easy runs; no hard session for about 4 weeks. Eat and sleep well - soreness peaks 1-2 days after.',
};

const LABEL: Record<RaceOutline['distanceClass'], string> = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon', ultra: 'ultra' };

/** A gap between two finish times: "48 s" under a minute, "7:46" over. */
function gapOf(sec: number): string {
  const s = Math.round(Math.abs(sec));
  return s < 60 ? `${s} s` : formatFinish(s);
}

/** "7:46 under", "2:10 over", "right on": a finish against a target time. */
function against(finishSec: number, targetSec: number): 'under' | 'over' | 'on' {
  if (Math.abs(finishSec - targetSec) <= ON_GOAL_SEC) return 'on';
  return finishSec < targetSec ? 'under' : 'over';
}

/**
 * The lines for the goal race finished in `durationSec` (the race's own distance): congratulations with the
 * numbers, the recovery for its distance, and what happens now.
 */
export function goalRaceLines(race: Pick<RaceOutline, 'distanceClass' | 'distanceMeters' | 'units' | 'goal' | 'racePrediction' | 'vdot'>, durationSec: number): string[] {
  const time = formatFinish(durationSec);
  const perMi = formatPace(durationSec / (race.distanceMeters / METERS_PER_UNIT.mi));
  const perKm = formatPace(durationSec / (race.distanceMeters / METERS_PER_UNIT.km));
  const paces = race.units === 'km' ? `${perKm}/km (${perMi}/mi)` : `${perMi}/mi (${perKm}/km)`;
  const label = LABEL[race.distanceClass];
  let versus: string;
  if (race.goal) {
    const goal = formatGoal(race.goal.timeSec);
    const way = against(durationSec, race.goal.timeSec);
    const gap = gapOf(durationSec - race.goal.timeSec);
    versus = way === 'on' ? `right on your ${goal} goal.` : way === 'under' ? `${gap} under your ${goal} goal!` : `${gap} over your ${goal} goal - still a race to be proud of.`;
  } else {
    const predicted = formatFinish(race.racePrediction);
    const way = against(durationSec, race.racePrediction);
    const gap = gapOf(durationSec - race.racePrediction);
    versus = way === 'on' ? `right on the ${predicted} your training predicted.` : way === 'under' ? `${gap} faster than the ${predicted} your training predicted!` : `${gap} off the ${predicted} your training predicted - finishing it is the work.`;
  }
  const vdot = roundVdot(vdotFromRace(race.distanceMeters, durationSec));
  const fitness = vdot > race.vdot ? `That's VDOT ${vdot}, up from the ${race.vdot} your plan started at` : `That's VDOT ${vdot}`;
  return [
    `Congratulations on your ${label}! ${time} is ${paces}, ${versus}`,
    `${fitness}: the paces of your next plan start from it.`,
    RECOVERY[race.distanceClass],
    `Your plan ends with this race. When you're ready for the next goal, text "new plan": this ${time} sets its paces.`,
  ];
}

/**
 * "what's next" after the goal race: recovery first (its days counted from the race), then the next plan, whose
 * paces start from the result. `today` on or after the race day.
 */
export function afterGoalRaceLine(race: Pick<RaceOutline, 'distanceClass' | 'raceDate'>, durationSec: number, today: string): string {
  const label = LABEL[race.distanceClass];
  const days = daysBetween(race.raceDate, today);
  const since = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  const time = formatFinish(durationSec);
  return `You ran your ${label} ${since} in ${time}. What's next is recovery: ${RECOVERY[race.distanceClass].replace(/^Recovery: /, '')} Then the next plan: text "new plan" whenever you're ready - your ${time} ${label.replace(' marathon', '')} sets its paces.`;
}

/** Race distances a runner names, in meters: a result within 3 % of one is that race ("5 km", "3.1 mi" = a 5K). */
const NAMED_DISTANCES: ReadonlyArray<readonly [number, string]> = [
  [1609.344, 'mile'], [5000, '5K'], [8000, '8K'], [10000, '10K'], [15000, '15K'], [16093.44, '10-mile race'], [21097.5, 'half marathon'], [42195, 'marathon'],
];

/**
 * A race on the way to the goal race (a tune-up, a parkrun raced): congratulations with its time and pace in
 * both units, and the easy days a coach asks for after it (about one per 3 km raced, at least one). The paces
 * it sets are said after it (logs.service runLines).
 */
export function tuneUpRaceLine(distanceMeters: number, durationSec: number, race: Pick<RaceOutline, 'distanceClass' | 'units' | 'raceDate'>, date: string): string {
  const named = NAMED_DISTANCES.find(([m]) => Math.abs(distanceMeters - m) / m <= 0.03)?.[1];
  const perMi = formatPace(durationSec / (distanceMeters / METERS_PER_UNIT.mi));
  const perKm = formatPace(durationSec / (distanceMeters / METERS_PER_UNIT.km));
  const paces = race.units === 'km' ? `${perKm}/km (${perMi}/mi)` : `${perMi}/mi (${perKm}/km)`;
  const easyDays = Math.max(1, Math.round(distanceMeters / 3000));
  const weeks = Math.floor(daysBetween(date, race.raceDate) / 7);
  const ahead = weeks >= 1 ? `, ${weeks} week${weeks === 1 ? '' : 's'} out from your ${LABEL[race.distanceClass]}` : '';
  return `Congratulations on your ${named ?? 'race'}! ${formatFinish(durationSec)} is ${paces} - a good marker${ahead}. Keep the next ${easyDays === 1 ? 'day' : `${easyDays} days`} easy before any hard session.`;
}

/** Days after the goal race a finish time told with no day or distance is still that race's. */
const GOAL_RACE_TOLD_DAYS = 3;
/** A logged distance within this share of the race's is the race's (a watch reads a half as 13.2 mi). */
const RACE_DISTANCE_SHARE = 0.05;
/** Race paces a runner can hold, per mile: 4:00-20:00. "PR!! 23:10" the day after a 10K is some other race (3:44/mi). */
const RACE_PACE_PER_MILE = { min: 240, max: 1200 } as const;

/** A run as logged: the fields that say whether it was the goal race. */
export interface RunTold {
  date: string;
  distance: number | null;
  unit: 'mi' | 'km' | null;
  durationSec: number | null;
  /** Seconds per unit. */
  paceSec: number | null;
  race: boolean;
}

/**
 * The run as the plan's goal race, or null when it is not: a run with a time on race day at about the race's
 * distance (or none said), or a run told as a race in the few days after with no distance or the race's. It
 * takes the race's day, distance (in the race's unit), the finish time and its pace over the exact distance.
 */
export function asGoalRace(run: RunTold, race: Pick<RaceOutline, 'raceDate' | 'distanceMeters' | 'units'>): { date: string; distance: number; unit: 'mi' | 'km'; durationSec: number; paceSec: number } | null {
  const after = daysBetween(race.raceDate, run.date);
  const meters = run.distance !== null ? run.distance * METERS_PER_UNIT[run.unit ?? race.units] : null;
  const sameDistance = meters === null || Math.abs(meters - race.distanceMeters) <= race.distanceMeters * RACE_DISTANCE_SHARE;
  const told = after === 0 || (after > 0 && after <= GOAL_RACE_TOLD_DAYS && run.race);
  const durationSec = run.durationSec ?? (run.paceSec !== null && run.distance ? run.paceSec * run.distance : null);
  if (!told || !sameDistance || !durationSec) return null;
  const perMile = durationSec / (race.distanceMeters / METERS_PER_UNIT.mi);
  if (perMile < RACE_PACE_PER_MILE.min || perMile > RACE_PACE_PER_MILE.max) return null;
  const exact = race.distanceMeters / METERS_PER_UNIT[race.units];
  return { date: race.raceDate, distance: Math.round(exact * 100) / 100, unit: race.units, durationSec, paceSec: durationSec / exact };
}
