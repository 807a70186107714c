/**
 * The plan in a few SMS lines.
 */

import { formatDuration, formatGoal, formatPace } from './durations.js';
import type { RaceOutline } from './outline.js';
import { counted } from '../count.js';
import { MIN_PLAN_WEEKS } from './phases.js';

/** A race under 4 weeks away: a short plan (phases.ts shortPhases) that keeps, sharpens and tapers, never builds. */
export const isShortPlan = (outline: RaceOutline) => !outline.runWalk && outline.totalWeeks < MIN_PLAN_WEEKS;

/**
 * 1–3 short lines: the race and plan length with its phases, fitness (VDOT, predicted time), and the goal
 * note when the goal is far from the prediction.
 */
export function summarizeRacePlan(outline: RaceOutline): string {
  const phases = outline.phases.map((p) => `${p.name} ${p.weekCount}`).join(', ');
  const u = outline.units;
  // The weeks' own long-run track (volume.ts longRunTrack) is what the plan prescribes; an outline stored before
  // it had one falls back to the old share of the peak week.
  const tracked = outline.weeks.map((w) => w.longRun ?? 0);
  const longest = Math.max(...tracked) > 0 ? Math.max(...tracked) : Math.min(outline.longRunCap, Math.floor(outline.peakVolume * 0.35 * 2) / 2);
  const fitness = outline.runWalk
    ? `Run/walk: ${outline.runWalk.sessionMinutes}-minute sessions, the runs grow each week. No predicted time until you have run one.`
    : outline.fitnessSource === 'estimated'
      ? `Paces estimated from your weekly mileage (no race yet), so no predicted time. ${outline.startVolume} to ${outline.peakVolume} ${u}/week, long runs up to ${longest} ${u}.`
      : `Your fitness predicts ${formatDuration(outline.racePrediction)} (VDOT ${outline.vdot}). ${outline.startVolume} to ${outline.peakVolume} ${u}/week, long runs up to ${longest} ${u}.`;
  const lead = outline.weeks[0]?.partial === true;
  const weeks = lead ? `${outline.totalWeeks - 1}-week ${outline.raceName} plan (after a start ${outline.weeks[0]!.startDate === outline.weeks[0]!.endDate ? 'day' : 'week'})` : `${outline.totalWeeks}-week ${outline.raceName} plan`;
  const lines = [`${weeks} to ${outline.raceDate}: ${phases}.`, fitness];
  if (outline.holdWeeks > 0) lines.push(`Base first: easy miles and strides until the ${outline.totalWeeks - outline.holdWeeks}-week race build starts.`);
  const short = shortRunwayPhrase(outline);
  if (short) lines.push(short);
  if (outline.goal?.note) lines.push(outline.goal.note);
  return lines.join('\n');
}

/**
 * "46 weeks to race day: 26 weeks of easy miles at about 35 mi a week, then a 20-week build (base, build, peak,
 * taper) to about 51.7 mi a week" — or, with no base hold, "20 weeks to race day (base, build, peak, taper),
 * building from 35 to about 51.7 mi a week". The onboarding summary's sentence about the plan's shape.
 */
export function planShapePhrase(outline: RaceOutline): string {
  const phases = outline.phases.map((p) => p.name).join(', ');
  const u = outline.units;
  if (outline.runWalk) return `${outline.totalWeeks} weeks to race day (${phases})`;
  // "building from 20 to about 10.1 mi a week" would read the taper as the build: a short plan says what it does.
  if (isShortPlan(outline)) {
    const sharpen = outline.phases.some((p) => p.name === 'peak') ? 'your usual easy running with one race-pace session, then ' : '';
    return `${outline.totalWeeks} weeks to race day: too little time to build fitness, so ${sharpen}a taper to start the race fresh`;
  }
  if (outline.holdWeeks > 0) {
    const held = Math.max(...outline.weeks.slice(0, outline.holdWeeks).map((w) => w.targetVolume));
    // The held weeks are not the build's own base phase: "easy miles" says so without naming "base" twice.
    const rise = held > outline.startVolume ? `rising to about ${held}` : `at about ${held}`;
    // A runner counting in km hears "easy running", not miles.
    return `${outline.totalWeeks} weeks to race day: ${counted(outline.holdWeeks, 'week')} of ${u === 'km' ? 'easy running' : 'easy miles'} ${rise} ${u} a week, then a ${outline.totalWeeks - outline.holdWeeks}-week build (${phases}) to about ${outline.peakVolume} ${u} a week`;
  }
  return `${outline.totalWeeks} weeks to race day (${phases}), building from ${outline.startVolume} to about ${outline.peakVolume} ${u} a week`;
}

/**
 * "60 min a run" said back with what it does: every run fits it; when the distance's long runs need more, that is
 * said plainly (the plan cannot build them) with how to give more time.
 */
export function runTimePhrase(outline: RaceOutline): string | null {
  const t = outline.runTime;
  if (!t) return null;
  if (t.minutes >= t.needMinutes) return `Every run fits your ${t.minutes} min, the long run included.`;
  // One sentence: the onboarding summary keeps or drops whole sentences, and this one must not lose its second half.
  return `Your ${t.minutes} min a run caps every run at about ${t.cap} ${outline.units}, the long run too, so the plan can't build a ${outline.raceName}'s long runs (about ${formatMinutes(t.needMinutes)}): text '${Math.ceil(t.needMinutes / 15) * 15} min per run' if you have more time.`;
}

function formatMinutes(m: number): string {
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** "6 weeks is short for a marathon (12 is the usual minimum): long runs stop at 16 mi, and the aim is to finish healthy." */
export function shortRunwayPhrase(outline: RaceOutline, brief = false): string | null {
  const s = outline.shortRunway;
  // What 2-3 weeks can and cannot do: fitness is what it is on race day; rested and sharp is what is left to gain.
  // The brief form is the race's part only: the onboarding summary's plan sentence already says the rest.
  if (isShortPlan(outline)) {
    const race = shortPlanRacePhrase(outline);
    if (brief) return race;
    return `In ${outline.totalWeeks} weeks you can't gain fitness, but you can arrive rested and sharp - training hard now would only leave you tired on the day.${race ? ` ${race.charAt(0).toUpperCase()}${race.slice(1)}` : ''}`;
  }
  if (!s) return null;
  if (brief) return `${s.weeks} weeks is short for a ${outline.raceName} (${s.needWeeks} is the usual minimum): long runs stop at ${outline.longRunCap} ${outline.units}; aim to finish healthy.`;
  return `${s.weeks} weeks is short for a ${outline.raceName} (${s.needWeeks} is the usual minimum): long runs stop at ${outline.longRunCap} ${outline.units}, the miles still rise no more than 10% a week, and the aim is to finish healthy, not a time.`;
}

/**
 * What a race 2-3 weeks away asks of the runner as they are: fewer miles a week than the race is long means the
 * distance itself is the challenge (finish healthy); a goal faster than today's fitness is not reachable in the
 * time, so the pace to start at is today's. Null when the race fits where they are.
 */
function shortPlanRacePhrase(outline: RaceOutline): string | null {
  const u = outline.units;
  const weekly = outline.request.currentWeeklyMileage;
  if (weekly < outline.raceDistance) {
    return `you run about ${weekly} ${u} a week and a ${outline.raceName} is ${outline.raceDistance} ${u}: that's more than ${outline.totalWeeks} weeks can get you ready for, so run it to finish healthy${outline.distanceClass === 'marathon' || outline.distanceClass === 'half' || outline.distanceClass === 'ultra' ? ' (walk breaks are fine)' : ''}, not for a time.`;
  }
  const goal = outline.goal;
  if (goal && goal.delta < -0.02) {
    return `your goal ${formatGoal(goal.timeSec)} is faster than the ${formatDuration(outline.racePrediction).replace(/^0:/, '')} your fitness predicts, and ${outline.totalWeeks} weeks can't close that: start at about ${formatPace(outline.racePaceSecPerUnit)}/${u} and pick it up late if you feel good.`;
  }
  return null;
}
