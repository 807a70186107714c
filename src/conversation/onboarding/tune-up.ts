/**
 * A shorter race told during onboarding once the goal race is known ("got a 10k race on saturday" after "half
 * marathon on may 16"): a tune-up before the goal, not a new goal. It is read by the same rule as mid-plan (the
 * tune_up_race intent), said back beside the goal race kept, and kept as a note so that, once the plan exists, the
 * coach fits it into the week as it would mid-plan. Was: the half became a 10K, and the race's day "too close".
 */
import { readText } from '../understand/read.js';
import { findRaceDistance, raceDistanceKm, raceLabel } from '../parse/race.js';
import { formatDate, formatDay } from '../parse/dates.js';
import type { Aside } from './asides.js';
import type { OnboardingAnswers, OnboardingContext, SlotKey } from './types.js';
import { sentences, workingTimezone } from './slots.js';

/** What a tune-up told must not be read as: the goal race, its result or time, the week's volume or days. */
const NOT_FOR: readonly SlotKey[] = ['race_event', 'race_goal_time', 'race_recent', 'race_mileage', 'days', 'run_time', 'morning_time'];

/** The aside for a race told before the goal race and shorter than it; null for anything else (a new goal, a date corrected). */
export function tuneUpAside(t: string, a: OnboardingAnswers, ctx: OnboardingContext): Aside | null {
  const goal = a.race;
  if (goal?.distance === undefined || goal.date === undefined) return null;
  const said = findRaceDistance(t);
  // Cheap gate before the rule table is read: a distance or a race word.
  if (said === null && !/\b(?:race|tune[- ]?up)\b/.test(t)) return null;
  // Sentence by sentence: "no injuries. got a 10k race on saturday" answers the question asked beside the race.
  const opts = { now: ctx.now, timezone: workingTimezone(a, ctx), units: a.units ?? 'imperial' } as const;
  const found = sentences(t)
    .map((s) => ({ s, tune: readText(s, opts).items.find((i) => i.intent === 'tune_up_race') }))
    .find((x) => x.tune !== undefined);
  const tune = found?.tune;
  if (!found || !tune || tune.intent !== 'tune_up_race' || tune.from >= goal.date) return null;
  // The goal's own distance on another day is the goal race's date corrected, or a new goal: read as an answer.
  const goalChoice = { distance: goal.distance, ...(goal.customDistanceKm !== undefined ? { customDistanceKm: goal.customDistanceKm } : {}) };
  if (said !== null && raceDistanceKm(said) >= raceDistanceKm(goalChoice)) return null;
  const what = said ? `A ${raceLabel(said)}` : 'A race';
  const when = tune.from === tune.to ? ` on ${formatDay(tune.from)}` : '';
  return {
    id: 'tune_up_race',
    matches: () => true,
    notFor: NOT_FOR,
    kept: found.s,
    reply: `${what}${when} is a good tune-up before your ${raceLabel(goalChoice)}: I've kept the ${raceLabel(goalChoice)} on ${formatDate(goal.date)} as your goal and noted the ${said ? raceLabel(said) : 'race'} - I'll fit it into your first weeks once your plan is set.`,
  };
}
