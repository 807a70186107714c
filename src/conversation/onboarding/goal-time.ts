import { METERS_PER_UNIT, predictTime, vdotFromRace } from '../../engine/endurance/vdot.js';
import { parseDuration, formatFinish, formatGoal, formatPace } from '../../engine/endurance/durations.js';
import { raceDistanceKm, raceLabel, type RaceDistanceChoice } from '../parse/race.js';
import type { OnboardingAnswers } from './types.js';
import { SLANG_SICK } from '../words.js';
import { parseRun } from '../parse/run-log.js';
import type { RunLog } from '../understand/items.js';

/**
 * "ran 5 at 9:45 felt good" sent while Cadence waits for a goal time: a run just done (a past-tense run with no goal
 * word), not the race's goal. Read as a goal it made a 9:45:00 marathon.
 */
const RUN_JUST_DONE = /\b(ran|jogged|did|went (?:for )?a run|just (?:got back|finished))\b/;
/** A time said as a goal ("sub 2", "aiming for 1:55"); "sub 25" alone could still be a result already run. */
export const GOAL_CUE = /\b(goal|sub|under|target|aim|aiming|hoping|want to (?:run|break|finish)|break|beat|qualify\w*|qualifier|bq\w*|need (?:a|to run|to hit|to get)(?= \d))\b/;
/** Words that make a time a goal for sure ("sub 25" alone could be a result: "i ran a sub-25 5k"). */
export const FIRM_GOAL_CUE = /\b(goal|target|aim|aiming|hoping|hope|want|wanna|trying|try to|break|beat|get under|qualify\w*|qualifier|bq\w*|need (?:a|to run|to hit|to get)(?= \d))\b/;
/** Any goal word: a text with one is about the goal, whatever else it says. */
const GOAL_WORD = new RegExp(`${GOAL_CUE.source}|${FIRM_GOAL_CUE.source}|\\bshooting for\\b`);

export function isRunJustDone(t: string): boolean {
  return RUN_JUST_DONE.test(t) && !GOAL_WORD.test(t);
}

/** "feeling super tired today, slept 4 hrs": how they slept or feel, with a number of hours that is not a goal. */
const HOW_THEY_ARE = /\b(slept|sleep|sleeping|nap|napped|shift|worked|tired|exhausted|wiped|sore|sick)\b/;

export function isHowTheyAre(t: string): boolean {
  return HOW_THEY_ARE.test(t.replace(SLANG_SICK, ' ')) && !GOAL_WORD.test(t);
}

/**
 * A goal far slower than the runner's own recent race predicts is a slip (a pace per mile, a clock), not a goal: a
 * 2:05 half predicts a ~4:22 marathon (Daniels' VDOT), so a "9:45" goal is 2.2x that. Half again slower than the
 * prediction is the line: walkers and run/walkers who race slower than they can are still well inside it.
 * Returns the question to ask instead, or null when the goal fits.
 */
export function goalTimeProblem(goalSec: number, race: RaceDistanceChoice, a: OnboardingAnswers): string | null {
  const recent = a.race?.recentRace;
  if (!recent) return null;
  const recentSec = parseDuration(recent.time);
  const recentKm = raceDistanceKm(recent);
  const km = raceDistanceKm(race);
  if (recentSec === null || recentKm <= 0 || km <= 0) return null;
  const predicted = predictTime(vdotFromRace(recentKm * 1000, recentSec), km * 1000);
  if (goalSec <= predicted * 1.5) return null;
  const about = spoken(Math.round(predicted / 60) * 60);
  return `A ${spoken(goalSec)} ${raceLabel(race)} is far slower than your ${spoken(recentSec)} ${raceLabel(recent)} predicts (about ${about}) - was that a pace? Reply a finish time, e.g. '${about}', or 'none'`;
}

/** "4:22:00", "24:30": a finish time as the summary says it (no "0:" hour). */
function spoken(sec: number): string {
  return formatFinish(sec);
}

/**
 * A goal time said back with the race pace it asks for ("Got it: 1:55:00 for the half marathon - about 8:47/mi
 * on race day."): the client sees the number was read right ("sub 2 hours", "1:55 would be amazing") and what
 * it means per mile. Nothing for a client who just wants to finish.
 */
export function goalTimeAck(a: OnboardingAnswers): string {
  const goal = a.race?.goalTime ? parseDuration(a.race.goalTime) : null;
  const race = a.race?.distance ? { distance: a.race.distance, ...(a.race.customDistanceKm ? { customDistanceKm: a.race.customDistanceKm } : {}) } : null;
  if (!goal || !race) return '';
  const km = raceDistanceKm(race);
  const metric = a.units === 'metric';
  const pace = km > 0 ? ` - about ${formatPace(goal / ((km * 1000) / METERS_PER_UNIT[metric ? 'km' : 'mi']))}/${metric ? 'km' : 'mi'} on race day` : '';
  return `Got it: ${formatGoal(goal)} for the ${raceLabel(race)}${pace}.`;
}

/** When a run was: today or just before ("this morning", "yesterday"), so it was run, not a race ahead. */
const RUN_DONE_WHEN = /\b(this morning|today|yesterday|last night|earlier|this afternoon|this evening|just now|tonight)\b/;
/** A race or a goal named: "signed up for a 10k today" is the race ahead, not a run done. */
const RACE_AHEAD = /\b(race|marathon|half|signed up|sign up|registered|register|training for|goal|target|event)\b/;

/**
 * "easy 8km @ 5:45/km this morning", "ran 5 miles yesterday at 9:30 pace": a run the client just did, told during
 * onboarding. It says where their running is now; it is no race (it made an 8K race) and no goal.
 */
export function runJustDone(t: string): RunLog | null {
  if (RACE_AHEAD.test(t) || !(RUN_DONE_WHEN.test(t) || RUN_JUST_DONE.test(t))) return null;
  return parseRun(t);
}

/** "Nice run - 8 km easy at 5:45/km." said back, in the client's words and units. */
export function runJustDoneAck(run: RunLog): string {
  const unit = run.unit === 'km' ? 'km' : run.distance === 1 ? 'mile' : 'miles';
  const what = [run.distance ? `${run.distance} ${unit}` : '', run.kind ?? '', run.pace ? `at ${run.pace}/${run.unit === 'km' ? 'km' : 'mi'}` : ''].filter(Boolean).join(' ');
  return `Nice run${what ? ` - ${what}` : ''}! Once your plan starts, log runs like that and I'll keep your paces in line with them.`;
}
