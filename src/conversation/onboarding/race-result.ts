/**
 * A race already run, told at the summary with its time ("race went great! 1:52:14"): a recent result for the
 * paces, never a yes ("great") and never a change to the race ahead. With no distance said, the distance is
 * asked, and the time is kept until it comes.
 */
import { normalize } from '../parse/text.js';
import { FINISH_TIME } from '../parse/implied-race.js';
import { findRaceDistance, parseRecentRace, raceLabel, type RecentRace } from '../parse/race.js';
import { findKnownRace, knownRaceDistance } from '../parse/race-calendar.js';
import { isTrainingRun } from '../parse/training-run.js';
import { formatFinish, parseDuration } from '../../engine/endurance/durations.js';

/** Words that say a race was run: "race went", "raced", "crossed the line", "chip time", a PR. */
const RACE_RUN = /\b(race went|raced|my race|the race was|crossed the line|finish(?:ed|ing)? time|chip time|official time|clocked|new pr|new pb|pr'?d|pb'?d|personal best|personal record)\b/;
/** Words that make a time a goal ahead ("goal 1:50", "hoping for sub 2"): no result. */
const AHEAD = /\b(goal|target|aim\w*|hop(?:e|ing)|want|wanna|trying|sub|under|next|going to|gonna|will)\b/;

/** The text says a race was run: its time when said ('' without one), or null when it is no race result. */
export function raceRunTold(text: string): string | null {
  const t = normalize(text);
  if (!RACE_RUN.test(t) || AHEAD.test(t)) return null;
  return FINISH_TIME.exec(t)?.[1] ?? '';
}

/** The question for a race told without its distance, or without its time. */
export function raceRunQuestion(time: string): string {
  return time
    ? `Congrats on the ${time}! Which distance was that race? e.g. 'half', '10k' or '10 miles' - I'll set your paces from it.`
    : "Congrats! What was your time, and the distance? e.g. '1:52:14 half' - I'll set your paces from it.";
}

/** A run already done: "just ran", "did the turkey trot", "finished my first half". */
const RAN = /\b(ran|did|raced|finished|completed|done|crushed|smashed)\b/;

/**
 * "just ran a 24:10 5k!", "ran a 10k in 52:30 last month", "did the turkey trot 5k in 26:40": a race distance run
 * as an event, with its finish time, is a result (the paces come from it), not a training run said back as
 * "Nice run - 5 km at 4:50/km". A training word or a distance run on a day ("ran 5k in 24 min this morning",
 * parse/training-run.ts) stays a run; a goal word makes it the race ahead.
 */
export function raceResultTold(text: string): RecentRace | null {
  const t = normalize(text);
  if (!RAN.test(t) || AHEAD.test(t) || isTrainingRun(t)) return null;
  const known = findKnownRace(t);
  const distance = findRaceDistance(t) ?? (known ? knownRaceDistance(known) : null);
  if (!distance) return null;
  const r = parseRecentRace(t, distance);
  return r.success ? r.data : null;
}

/** "Nice race - 24:10 for the 5K!" */
export function raceResultAck(r: RecentRace): string {
  return `Nice race - ${formatFinish(parseDuration(r.time) ?? 0)} for the ${raceLabel(r)}!`;
}
