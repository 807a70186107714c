/**
 * Onboarding as one declarative table: per slot the question, when it applies, how to read it from any text,
 * and how the summary restates it. Every text is read by every row: a paragraph fills what it can, an answer
 * to another question is kept, a correction ("its a 10k not a 5k", "actually 3 days", "I meant Denver")
 * changes its slot. `explicit` readers need words that name the slot ("4 days a week", "I'm in Chicago");
 * `bare` readers take a short answer ("3", "Sam", "none") and run only for the question just asked, when
 * nothing else in the text was read. Adding a question is adding a row.
 */
import { convertWeight } from '../../engine/units.js';
import type { Equipment, IsoWeekday, StrengthGoal } from '../../engine/vocabulary.js';
import { findEquipment, findLoadLimit, findMaxLoad, findMissingEquipment, namesWholeKit, parseEquipment, withoutKitMaxLoads, withoutLoadLimit } from '../parse/equipment.js';
import { liftsFeared } from '../parse/lift-nerves.js';
import { kneelingNote, kneelingRuledOut } from '../parse/kneeling.js';
import { LAPSED_LIFT_CUE } from '../parse/lapsed-lift.js';
import { INCONSISTENT, parseExperience, seriousOnceUncounted, withoutFrequencies } from '../parse/experience.js';
import { findMinutes, parseSessionMinutes } from '../parse/duration.js';
import { hybridPriority, liftingGoalIn, parseGoal, secondGoal, type Goal } from '../parse/goal.js';
import { findBodyNotes, limitationAreas, parseLimitations, toldBack, withoutDeniedConditions } from '../parse/limitations.js';
import { findHealthCondition, findHealthConditions } from '../parse/health.js';
import { parseLifts, withoutLifts } from '../parse/lift-log.js';
import { loadSaidAsPair, resolveLiftVariant } from '../parse/lift-variant.js';
import type { LiftLog, WeightUnit } from '../understand/items.js';
import { convertDistance, parseWeeklyMileage } from '../parse/mileage.js';
import { parseName } from '../parse/name.js';
import { findRaceDistance, findRaceTimeSeconds, parseGoalTime, parseRaceEvent, parseRecentRace, raceDistanceKm, withoutRaceDistances, raceLabel, type RaceDistanceChoice } from '../parse/race.js';
import { isNone, normalize } from '../parse/text.js';
import { findTimeOfDay, formatClock, parseTimeOfDay, spokenClock } from '../parse/time-of-day.js';
import { describeTimezone, findNamedZone, findTimezone, namesPhrase, parseTimezone, type NamedZone } from '../parse/timezone.js';
import { defaultDaysForCount, endingOn, findDayCount, findDayRange, findWeekdays, formatWeekdays, parseTrainingDays } from '../parse/weekdays.js';
import { daysBesideWindow, findTimeWindow, findWorkSchedule, morningDeadline, morningStart, unsureMorningClock, withoutHabitClock, withoutWork } from '../parse/work-schedule.js';
import { dayInMonth, findDateRef, findMonthOnly, monthOf, findNthWeekday, formatDate, formatDay, formatMonth, localToday, nthWeekdayOfMonth, type YearMonth } from '../parse/dates.js';
import { findLimitEnd } from '../parse/limit-end.js';
import { clearedBy, saysCleared } from '../parse/clearance.js';
import { findAge, isYouth } from '../parse/age.js';
import { addsPowerBalance, ageRuleFor } from '../../engine/strength/age-rules.js';
import { findKnownRace, knownRaceById, knownRaceDate, knownRaceDistance, knownRaceWords, nextKnownRaceDate } from '../parse/race-calendar.js';
import { anyOf, BODY_PART_WORDS, EQUIPMENT_NAMES, FILLER_WORDS, LIMITATION_FOR_PART, NO_WORDS, ONBOARDING_VOCABULARY, PAIN_WORDS, TIGHTNESS_WORDS, TODAY_WORDS, TOMORROW_WORDS, YES_WORDS } from '../words.js';
import { findBodyParts, redFlags } from '../parse/body.js';
import { addDays, daysBetween, isoWeekday } from '../../engine/dates.js';
import { weeksToMeet } from '../../engine/strength/request.js';
import { hybridRunDays, strengthFirstDays } from '../../engine/program/hybrid.js';
import { MAX_DAYS_TO_RACE as ENGINE_MAX_DAYS_TO_RACE, MIN_DAYS_TO_RACE as ENGINE_MIN_DAYS_TO_RACE } from '../../engine/endurance/index.js';
import { exerciseById, limitationConflicts, nameMidSentence } from '../../engine/strength/exercises.js';
import { COMPETITION_LIFTS, sparingVariant } from '../../engine/strength/selection.js';
import type { KnownLifts, MaxLoads, MonthPart, OnboardingAnswers, OnboardingContext, SlotKey } from './types.js';
import { counted } from '../../engine/count.js';
import { formatFinish, formatGoal, parseDuration } from '../../engine/endurance/durations.js';
import { impliedRaceDistance, undistancedResultTime } from '../parse/implied-race.js';
import { isTrainingRun } from '../parse/training-run.js';
import { withoutUnknownLifts, type UnknownLift } from './unknown-lifts.js';
import { describeTargetEvent, findTargetEvent } from './target-event.js';
import { FIRM_GOAL_CUE, GOAL_CUE, goalTimeProblem, isHowTheyAre, isRunJustDone, runJustDone } from './goal-time.js';

export type Read = { answers: OnboardingAnswers; reask?: string } | { error: string } | null;

export interface SlotRow {
  key: SlotKey;
  applies: (a: OnboardingAnswers) => boolean;
  /**
   * When the question is asked, for a slot that applies but is not asked of everyone (default: whenever it
   * applies). A slot that applies is always read: a beginner is not asked for maxes, but maxes they volunteer are kept.
   */
  asks?: (a: OnboardingAnswers) => boolean;
  filled: (a: OnboardingAnswers) => boolean;
  question: (a: OnboardingAnswers, ctx: OnboardingContext) => string;
  /**
   * Reads the slot from any text that names it. `correcting`: the text corrects something ("its a 10k not a
   * 5k", "actually", at the summary), so a short form counts too.
   */
  explicit: (t: string, raw: string, a: OnboardingAnswers, ctx: OnboardingContext, correcting: boolean) => Read;
  /**
   * When a filled slot may be replaced by an explicit read: 'explicit' (any text that names it, e.g. "mon wed
   * fri" or "10k on march 14") or 'correction' (only a correcting text or an answer to its own question: a
   * name or a goal is not changed by a passing mention).
   */
  overwrite: 'explicit' | 'correction';
  /** Reads a short answer to this slot's own question. */
  bare: (t: string, raw: string, a: OnboardingAnswers, ctx: OnboardingContext) => Read;
  /**
   * Whether a sentence beside other answers may be this slot's short answer (default: any). A name there must
   * stand out as one ("Sam", "Mary Ann"): "but nothing serious" after a back that gets cranky is no name.
   */
  besideOthers?: (raw: string) => boolean;
  /**
   * Read beside the answer asked for, never instead of it: "strong enough for a hiking trip in june" at the goal
   * question is the goal AND the trip (a sentence this slot read still answers the question asked).
   */
  alongside?: true;
  /** Offered after two misses in a row, so a client who cannot answer is never stuck in a loop. */
  wayOut?: (a: OnboardingAnswers) => string;
  /** A value stated in the summary instead of asked (the client can still change it there). */
  fallback?: (a: OnboardingAnswers, ctx: OnboardingContext) => OnboardingAnswers | null;
}

/** The client asking the coach for the race's date instead of giving it. */
export const ASKS_RACE_DATE = /\b(?:which|what) (?:date|day) is (?:it|that|the race)\b|\bwhen is (?:it|that|the race)\b|\bdo(?:n'?t)? you (?:know|have) (?:the|its|it'?s) date\b|\byou tell me\b/;

/** Why a short answer to the race question did not read, asking for just what is missing (the distance is kept). */
function raceEventMiss(t: string, a: OnboardingAnswers, ctx: OnboardingContext): string {
  const choice = raceChoice(a);
  // A known race's day proposed ("The Chicago Marathon 2027 is Sun Oct 10 - is that your race?") stays proposed
  // after a text that does not answer it: asking for "which day in October" instead would drop the date we know.
  const proposal = proposedRaceDate(a, ctx);
  if (proposal && !proposal.guess) return `The ${proposal.name} is ${formatDay(proposal.date)} - is that your race? (YES or a different date)`;
  const month = pendingMonth(a, ctx);
  if (month) return `Which day in ${formatMonth(month)}? Just the day is fine, e.g. 'the 10th'`;
  if (!choice) return "I didn't catch the race - try 'half marathon on april 12' or '10k oct 5'";
  // "which date is it?" about a race not in the calendar (the Colfax Marathon): said that the date is unknown here,
  // not the same question back as if the client had not answered.
  if (ASKS_RACE_DATE.test(t)) return `I don't have the date of your ${raceLabel(choice)} - it's not in my race calendar. The race website will have it: send me the day, e.g. 'may 16', or NO DATE and I'll set a target day.`;
  const lead = YES.test(t) ? 'Great -' : "I didn't catch the date -";
  return `${lead} what date is your ${raceLabel(choice)}? e.g. 'oct 10' or '10/10/2027'`;
}

/**
 * A race closer than this is race week already: nothing a plan can do, so the client hears how to run it and is
 * asked for a later one. From here to 4 weeks out the engine builds a short plan (keep, sharpen, taper).
 */
export const MIN_DAYS_TO_RACE = ENGINE_MIN_DAYS_TO_RACE;
/** Further out than this (about 2 years) and the plan would be mostly guesswork: the engine's own limit, so a race
 * accepted here is one the plan can be built for (a race 370 days out once passed here and broke the plan). */
export const MAX_DAYS_TO_RACE = ENGINE_MAX_DAYS_TO_RACE;

export const needsRace = (goal: OnboardingAnswers['goal']) => goal === 'race' || goal === 'hybrid';
export const lifts = (goal: OnboardingAnswers['goal']) => goal !== undefined && goal !== 'race';

/** The zone for date maths before the client confirmed one. */
export function workingTimezone(a: OnboardingAnswers, ctx: OnboardingContext): string {
  return a.timezone ?? ctx.phoneTimezone ?? ctx.defaultTimezone;
}

export function raceChoice(a: OnboardingAnswers): RaceDistanceChoice | null {
  const r = a.race;
  if (r?.distance === undefined) return null;
  return r.customDistanceKm === undefined ? { distance: r.distance } : { distance: r.distance, customDistanceKm: r.customDistanceKm };
}

const weightUnit = (a: OnboardingAnswers) => (a.units === 'metric' ? 'kg' : 'lb');

/** "i use kg", "in kilos please", "metric", "km please" / "i use lbs", "pounds please": the units the client works in. */
const UNIT_CUE = String.raw`(?:i (?:use|lift in|train in|work in|go by|think in|count in|do|prefer)|(?:use|in|prefer|using|switch(?: me)? to|change (?:it |me |that )?to|everything in))`;
const UNITS_SAID: ReadonlyArray<[RegExp, 'metric' | 'imperial']> = [
  [new RegExp(String.raw`\b${UNIT_CUE} (?:kgs?|kilos?|kilograms?|metric|km|kms|kilometers?|kilometres?)\b(?! (?:a|per|\/) ?(?:week|wk))|\b(?:kgs?|kilos?|metric) (?:please|pls|plz|only)\b|^(?:kgs?|kilos?|metric)[.!]*$`), 'metric'],
  [new RegExp(String.raw`\b${UNIT_CUE} (?:lbs?|pounds|imperial|miles)\b(?! (?:a|per|\/) ?(?:week|wk))|\b(?:lbs?|pounds|imperial) (?:please|pls|plz|only)\b|^(?:lbs?|pounds|imperial)[.!]*$`), 'imperial'],
];

export function unitsSaid(t: string): 'metric' | 'imperial' | null {
  return UNITS_SAID.find(([re]) => re.test(t))?.[1] ?? null;
}

function readUnits(t: string): Read {
  const units = unitsSaid(t);
  return units ? ok({ units }) : null;
}

/** The heaviest dumbbell / kettlebell the equipment answer names, for the implements the client has. */
function maxLoadsIn(text: string, equipment: readonly Equipment[], a: OnboardingAnswers): { maxLoads: MaxLoads | undefined } {
  const dumbbell = equipment.includes('dumbbell') ? findMaxLoad(text, 'dumbbell', weightUnit(a)) : null;
  const kettlebell = equipment.includes('kettlebell') ? findMaxLoad(text, 'kettlebell', weightUnit(a)) : null;
  // A new equipment answer without a weight drops an earlier one ("dumbbells to 50" then "actually a full gym").
  if (!dumbbell && !kettlebell) return { maxLoads: undefined };
  return { maxLoads: { ...(dumbbell ? { dumbbell } : {}), ...(kettlebell ? { kettlebell } : {}) } };
}
const distanceUnit = (a: OnboardingAnswers) => (a.units === 'metric' ? 'km' : 'mi');

/** Words that say a place is where the client is ("im in denver", "based in london", "my time zone"). */
const PLACE_CUE = /\b(i'?m in|im in|in|live in|living in|based in|from|near|time ?zone|tz|time|moved to|here in|out of)\b/;
/** A clock time ("6am", "5:30"): a place beside one is where the texts should come. */
const CLOCK = /\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b/;
/** Filler left around a place said on its own ("new york!", "nyc btw", "eastern time"). */
const PLACE_FILLER = /\b(btw|pls|please|thanks|thx|lol|ok|okay|here|time ?zone|tz|time|city|area|and)\b|[^a-z0-9 ]/g;

/**
 * Whether a city or zone word in a paragraph is where the client is. Read in its own clause: with a place
 * cue ("based in london"), as a clause of its own ("..., new york, 6am"), or beside a clock time ("nyc 6am",
 * "6am eastern"). A passing mention ("love new york pizza", "went to boston last week") is not; neither is a
 * lone zone word in a longer clause ("central" in "core central to my goals").
 */
function placeInContext(t: string, named: NamedZone): boolean {
  // Every clause naming the place is weighed: "berlin marathon in sept, …, berlin" names the race first and
  // home last, and the last one answers where the client lives.
  return sentences(t).some((clause) => namesPhrase(clause, named.phrase) && clauseIsPlace(clause, named));
}

function clauseIsPlace(clause: string, named: NamedZone): boolean {
  // "the philly half", "boston marathon", "chicago 10k": the race's city, not where the client lives.
  if (new RegExp(`\\b${named.phrase.replace(/ /g, '[ .]+')}\\s+(?:half|full|marathon|ultra|\\d+(?:\\.\\d+)?\\s*(?:k|km|mi|miler|mile)|race|tri|triathlon|turkey trot|fun run|run)\\b`).test(clause)) return false;
  const rest = clause.replace(new RegExp(`\\b${named.phrase.replace(/ /g, '[ .]+')}\\b`), ' ').replace(PLACE_FILLER, ' ').trim();
  if (rest === '' || PLACE_CUE.test(clause)) return true;
  // A clock time in the same clause, right beside the place ("nyc 6am", "6am eastern", "5:30 pacific").
  if (CLOCK.test(rest) && rest.replace(CLOCK, ' ').replace(/\b(at|@|by|around|ish)\b/g, ' ').trim() === '') return true;
  // "can we do 6am cst instead", "texts at 5:30 pacific pls": the zone written right after (or before) the clock, whatever
  // else the clause says (it was left Eastern).
  const place = named.phrase.replace(/ /g, '[ .]+');
  return new RegExp(`(?:${CLOCK.source})\\s*(?:ish\\s+)?${place}\\b|\\b${place}\\s+(?:time\\s+)?(?:at\\s+|@\\s*)?(?:${CLOCK.source})`).test(clause);
}

/** Sentences of a paragraph, so "10k on march 14... ran a 27:30 5k... goal sub 55" reads one fact at a time. */
/** A paragraph without its clauses that name a well-known race (the race's city is not where the client lives). */
function withoutRaceClauses(raw: string): string {
  const clauses = raw.split(/(?<=[,;!?\n])|(?<=\.)\s/);
  const kept = clauses.filter((c) => !findKnownRace(c));
  if (kept.length < clauses.length) return kept.join(' ');
  // A race named across clauses ("training for, boston"): its words alone are taken out.
  const known = findKnownRace(raw);
  return known ? raw.replace(knownRaceWords(known), ' ') : raw;
}

/** "started maybe 5 months ago", "took up lifting 2 years ago": when training began (not "started a new job"). */
const STARTED_AGO =
  /\b(?:started|began|took (?:it )?up)\s+(?:(?:lifting|training|running|working out|at the gym|going to the gym|the gym)\s+)?(?:maybe |about |around |like |roughly |almost |over )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several)\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)\s+ago\b/;

export function sentences(t: string): string[] {
  return t
    // An emoji between words ends a sentence as a full stop would ("half in may 🏃 ran a 10k in 49:30").
    .split(/(?:\.{2,}|\u2026|[!?;]|\.(?=\s|$)|,|\n|\s-\s|\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]*|\bbut\b|\band\b(?= (?:i|my|ran|did|goal|aiming|want|hoping|can|have|run))|\balso\b)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "no jumping", "can't run", "avoid heavy lifting": an activity ruled out, not one wanted. */
const RULED_OUT = /\b(?:no|never|can'?t|cannot|avoid|without|nothing with)\s+(?:more\s+|heavy\s+|high\s+)?[a-z]+/g;

/** "also wanna lose the gut": a goal added to the one already said. */
const ALSO = /\b(also|too|as well|plus|on top)\b/;

/** A tune-up race kept as a note ("got a 10k race on saturday", onboarding/tune-up.ts): named as a race, never as a trip. */
function tuneUpNoted(text: string, a: OnboardingAnswers): string | null {
  const said = a.race?.distance ? findRaceDistance(normalize(text)) : null;
  return said ? `your ${raceLabel(said)} tune-up race` : null;
}

/** "its a 10k not a 5k": the part after "not" is what it is not. */
function dropNegated(t: string): string {
  return t.replace(/\b(?:not|isn'?t|wasn'?t|instead of)\s+(?:an?\s+|the\s+)?[a-z0-9:. ]+?(?=[,.!?]|$| but\b| and\b)/g, ' ');
}

const RECENT_CUE = /\b\d{1,2}:\d{2}(?::\d{2})?\s+for (?:the |a |my )?(?:5k|10k|half|marathon|\d+(?:\.\d)?\s*(?:k|km|mi|miles?))\b|\b(ran|run|did|raced|race went|crossed the line|chip time|finished|pr|pb|prs|pbs|personal best|personal record|best|recent|last|ago|today|yesterday|this morning|this weekend)\b|\b(?:5k|10k|half|marathon|\d+(?:\.\d)?\s*(?:k|km|mi|miles?))\s+in\s+(?:about |around |like |~)?\d{1,2}(?::\d{2}){0,2}\b(?!\s*(?:weeks?|wks?|months?|days?))/;
/** "want to run a 10k in under 50", "gonna run": a run wished for, never one already run (not a RECENT_CUE). */
const WISHED_RUN = /\b(?:to|wanna|gonna|will|i'?ll)\s+(?:run|race)\b/g;
function saysPastRun(s: string): boolean {
  return RECENT_CUE.test(s.replace(WISHED_RUN, ' '));
}
/** A result with minutes only ("10k in 48", "5k in 26 min"): the race time, not a count of anything. */
const MINUTES_RESULT = /\b(?:in|at)\s+(?:about |around |like |~)?\d{2,3}(?:\s*(?:min|mins|minutes))?\b(?!\s*(?:weeks?|wks?|months?|days?|:))/;
/** "pb", "pr", "personal best": a result already run, never a goal. */
const BEST_CUE = /\b(pb|pr|prs|pbs|personal best|personal record|best time|fastest)\b/;

/**
 * "sub-25 5k" read as a result already run, not the goal: the distance is not the race's own, or the goal
 * is already known, and no goal word says otherwise.
 */
function subResult(s: string, a: OnboardingAnswers): boolean {
  if (!/\b(sub|under)[\s-]*\d/.test(s) || FIRM_GOAL_CUE.test(s)) return false;
  const distance = findRaceDistance(s);
  if (!distance) return false;
  // "training for a mile race in june, sub 5 mile": the goal time just read, said for the race's own distance, is that
  // goal, not also a 5:00 mile already run (a goal is not a result).
  const race = raceChoice(a);
  const time = parseRecentRace(s, distance);
  if (race && a.race?.goalTime && time.success && time.data?.time === a.race.goalTime && Math.abs(raceDistanceKm(race) - raceDistanceKm(distance)) < 0.05 && !BEST_CUE.test(s) && !RECENT_CUE.test(s)) return false;
  return BEST_CUE.test(s) || RECENT_CUE.test(s) || a.race?.goalTime !== undefined || (a.race?.distance !== undefined && distance.distance !== a.race.distance);
}
const RACE_CUE = /\b(race|training for|signed up|sign up|registered|doing a|running a|run a|(?:doing|running|run|do) the|on|in|is on|first|run my|finish my)\b/;
/**
 * A runner with no race booked ("my first 5k", "no date, just want to run it"), or whose race has no date yet ("they
 * haven't announced the date", "date TBD"): Cadence sets a target day.
 */
const NO_RACE_DATE = /\b(no (?:race|date|race date|set date|specific (?:race|date|day)|particular (?:race|date))|not signed up|haven'?t signed up|not registered|whenever|no rush|just want to (?:be able to )?(?:run|finish|do) (?:a|my|the|it)|(?:haven'?t|hasn'?t|have not|has not|not|isn'?t|aren'?t|wasn'?t) (?:been |yet |even )?(?:announced|released|published)|tbd|tba|tbc|(?:don'?t|do not|dont) know (?:the date|when)|not sure (?:of |about )?(?:the date|when)|dates? (?:isn'?t|is not|aren'?t|not|hasn'?t been|haven'?t been) (?:out|set|announced|released|confirmed))\b/;
/**
 * Weeks to a target day when no race is booked, by distance: 9 for a first 5K (the NHS Couch to 5K
 * programme), 10 for a 10K, 12 for a half and 18 for a marathon (Higdon's novice plans).
 */
const TARGET_WEEKS: Record<string, number> = { '5k': 9, '10k': 10, half: 12, marathon: 18, custom: 12 };

/** The Saturday after `weeks` weeks from today: a long-run day for most, and never a race day in the past. */
function targetRaceDate(a: OnboardingAnswers, ctx: OnboardingContext, distance: string): string {
  const today = localToday(ctx.now, workingTimezone(a, ctx));
  // "my first full in may", then "no date yet": a day in May (its second Sunday, when most road races are run),
  // not 18 weeks out in April.
  const month = a.race?.month ? /^(\d{4})-(\d{2})$/.exec(a.race.month) : null;
  const inMonth = month ? nthWeekdayOfMonth(Number(month[1]), Number(month[2]), 7, 2) : null;
  if (inMonth && checkRaceDate(inMonth, a, ctx) === null) return inMonth;
  const end = addDays(today, (TARGET_WEEKS[distance] ?? 12) * 7);
  return addDays(end, (6 - isoWeekday(end) + 7) % 7);
}

function checkRaceDate(date: string, a: OnboardingAnswers, ctx: OnboardingContext): string | null {
  const today = localToday(ctx.now, workingTimezone(a, ctx));
  const days = daysBetween(today, date);
  if (days < 0) return `${formatDate(date)} has already passed - when is the race? e.g. 'april 12'`;
  if (days < MIN_DAYS_TO_RACE) return `${formatDate(date)} is only ${days} day${days === 1 ? '' : 's'} away - that's race week, too close for a plan to change your fitness: keep your runs short and easy with a few strides, rest the day before, and enjoy it. Is there a later race to train for? Send its date`;
  if (days > MAX_DAYS_TO_RACE) return `${formatDate(date)} is over 2 years out - pick a race within the next 2 years`;
  return null;
}

/** A sentence naming a day or month ahead ("in september", "the 2nd sunday in april", "oct 10"), not a past result. */
function namesRaceDay(s: string, now: Date, zone: string): boolean {
  if (/\b(ran|did|raced|finished|last|ago|was)\b/.test(s)) return false;
  return findNthWeekday(s, now, zone) !== null || findMonthOnly(s, now, zone) !== null || /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(s);
}

/** "did a half", "ran my first marathon", "raced a 10k": a race already run (a result, or just experience). */
const PAST_RACE = /\b(?:did|ran|raced|finished|completed|done|(?:that|it|this) was)\s+(?:a|an|my|the|one|two|\d)?\s*(?:first\s+|last\s+|couple(?: of)?\s+)?(?:\d+(?:\.\d)?\s*(?:k|km|mi|mile|miler)s?|half|full|marathon|halves|halfs|fulls|marathons)\b/;
/** Words that put a race ahead of the runner, whatever verb is beside it. */
const FUTURE_RACE = /\b(signed up|sign up|registered|register|training for|next|upcoming|coming up|want|wanna|going to|gonna|will|plan(?:ning)? to|hoping|aiming|goal|again)\b/;

/** A race (distance and/or date) named in a sentence that is not a recent result or a goal time. */
function readRaceEvent(t: string, a: OnboardingAnswers, ctx: OnboardingContext, bare: boolean, correcting = false): Read {
  if (a.race?.date === undefined && (NO_RACE_DATE.test(t) || (bare && isNone(t) && a.race?.distance !== undefined))) {
    const distance = findRaceDistance(t) ?? raceChoice(a);
    if (distance) {
      const race = { ...a.race, distance: distance.distance, date: targetRaceDate(a, ctx, distance.distance), targetDate: true };
      if (distance.customDistanceKm !== undefined) Object.assign(race, { customDistanceKm: distance.customDistanceKm });
      const goal: Goal = a.goal === undefined ? 'race' : needsRace(a.goal) ? a.goal : 'hybrid';
      return { answers: { race, goal, ...hybridFirst(goal, t, a) } };
    }
  }
  const pending = readPendingDay(t, a, ctx, bare);
  if (pending) return pending;
  const zone = workingTimezone(a, ctx);
  // The race is known but not its day: "aiming for one in september" or "its the 2nd sunday in april" is that day.
  const waitingForDay = needsRace(a.goal) && a.race?.date === undefined;
  const dayOnly = (s: string) => (bare || waitingForDay || correcting) && namesRaceDay(s, ctx.now, zone);
  // A well-known race named without a distance word ("training for broad street", "running the peachtree") names one too.
  const parts = sentences(dropNegated(t)).filter((s) => findRaceDistance(s) !== null || /\d/.test(s) || dayOnly(s) || findKnownRace(s) !== null);
  for (const [i, s] of parts.entries()) {
    if ((/\d{1,2}:\d{2}/.test(s) || MINUTES_RESULT.test(s)) && RECENT_CUE.test(s) && !GOAL_CUE.test(s)) continue; // "ran a 27:30 5k", "10k in 48"
    if (/\b(ran|jogged|did|done|logged)\b/.test(s) && !/\b(race|marathon|half|signed up|training for|register)/.test(s)) continue; // "ran 8 miles yesterday"
    if (otherRaceTimed(s, a)) continue; // "half 1:52 in sept" from a marathoner: a result, not the race ahead
    if (isTrainingRun(s)) continue; // "tue: 10km with 5x1km at 4:50": a session done, not a race on Tuesday
    if (runJustDone(s)) continue; // "easy 8km @ 5:45/km this morning": a run done, not an 8K ahead
    if (PAST_RACE.test(s) && !FUTURE_RACE.test(s)) continue; // "I did a half in the spring": a race run, not the one ahead
    if (GOAL_CUE.test(s) && !/\b(on|race is|race on)\b/.test(s) && !findRaceDistance(s) && !dayOnly(s)) continue; // "goal sub 55"
    // "i run 25 miles a week", "i ride 150 miles a week", "corro 15 km por semana": a week's volume or another sport, not a race.
    if (!RACE_CUE.test(s) && (WEEKLY_VOLUME.test(s) || (OTHER_SPORT_DISTANCE.test(s) && !/\b(run|running|race|marathon|half|5k|10k)\b/.test(s)))) continue;
    const hasDistance = findRaceDistance(s) !== null && !/\b(miles?|km|mpw)\s*(a|per|\/)\s*(week|wk)\b|\b\d\s*(?:runs?|days?|times)\s*(?:a|per|\/)\s*(?:week|wk)\b/.test(s);
    if (!bare && !hasDistance && !/\b(race|marathon|half)\b/.test(s) && !dayOnly(s) && findKnownRace(s) === null) continue;
    if (!bare && !correcting && hasDistance && !RACE_CUE.test(s) && !/\b(19|20)\d\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)(?!be\b)|\d\/\d/.test(s) && !/^(a |an |the )?\d+(\.\d)?\s*(k|km|mi|miler|mile)$|^(half|full)?\s*marathon$/.test(s)) continue;
    const first = parseRaceEvent(s, ctx.now, workingTimezone(a, ctx));
    if (!first.success) continue;
    // "training for a marathon, aiming for one in september": the day can come in a later sentence.
    // "half marathon. its in april, april 19": a full date in a later sentence beats a month alone (and
    // completes a month this sentence named).
    const laterDays = first.data.date ? [] : parts.slice(i + 1).filter((x) => namesRaceDay(x, ctx.now, zone));
    const fullDate = laterDays.find((x) => {
      const p = parseRaceEvent(x, ctx.now, zone);
      return p.success && !!p.data.date && (!first.data.month || p.data.date.startsWith(`${monthKey(first.data.month)}-`));
    });
    const laterDay = fullDate ?? (first.data.month ? undefined : laterDays[0]);
    const later = laterDay ? parseRaceEvent(laterDay, ctx.now, zone) : null;
    const r = later?.success ? { ...first, data: { ...first.data, date: later.data.date, month: later.data.month } } : first;
    // "my race is in 10 months, a half": the distance can come in another sentence too.
    // A past race or a result in another sentence ("that was a 5k", "23:40 for the 5k") is not the race's distance.
    const ahead = parts.filter((x) => !(PAST_RACE.test(x) && !FUTURE_RACE.test(x)) && !(/\d{1,2}:\d{2}/.test(x) && RECENT_CUE.test(x) && !GOAL_CUE.test(x)));
    const otherDistance = r.data.distance ? null : ahead.map((x) => findRaceDistance(x)).find((d) => d !== null && !/\b(miles?|km|mpw)\s*(a|per|\/)\s*(week|wk)\b/.test(t));
    if (otherDistance) r.data.distance = otherDistance;
    const race = { ...a.race };
    if (r.data.distance) {
      race.distance = r.data.distance.distance;
      if (r.data.distance.customDistanceKm !== undefined) race.customDistanceKm = r.data.distance.customDistanceKm;
      else delete race.customDistanceKm;
    }
    if (r.data.known) race.event = r.data.known.id;
    let reask: string | undefined;
    if (r.data.month) {
      // "next october": keep the month and ask only for the day; a date said before is replaced (set to
      // undefined, not deleted: answers merge into what is stored).
      const firstDay = `${monthKey(r.data.month)}-01`;
      if (daysBetween(localToday(ctx.now, zone), firstDay) > MAX_DAYS_TO_RACE) reask = `${formatMonth(r.data.month)} is over 2 years out - pick a race within the next 2 years`;
      else {
        race.month = monthKey(r.data.month);
        // A season stands for its month until the client names the day: the question says which season it read.
        race.season = r.data.season ?? undefined;
        race.part = r.data.season ? undefined : monthPart(s);
      }
      if (!r.data.date) race.date = undefined;
    }
    // "training for a half, its the 2nd sunday in april": the day rule can sit in the next sentence.
    // "race got moved to the 15th" with the race on Mar 8: the 15th of the race's month, not the next 15th.
    const date = r.data.date && a.race?.date ? (dayInMonth(s, monthOf(a.race.date), 'sentence') ?? r.data.date) : r.data.date;
    if (date) {
      const problem = checkRaceDate(date, a, ctx);
      if (problem) {
        delete race.date;
        reask = problem;
      } else {
        race.date = date;
        // Answers merge into what is stored, so the flag is cleared, not deleted.
        race.targetDate = false;
      }
    }
    // "the chicago marathon oct 11": a well-known race named first with a day a little off its own (Chicago 2027 is
    // Sun Oct 10) is asked about, with its day proposed; said again after that, the day given stands.
    const known = r.data.known && a.race?.event === undefined && race.date ? r.data.known : null;
    if (known && race.date) {
      const own = knownRaceDate(known, Number(race.date.slice(0, 4)));
      const off = Math.abs(daysBetween(own, race.date));
      if (off >= 1 && off <= 3 && checkRaceDate(own, a, ctx) === null) {
        race.date = undefined;
        race.month = own.slice(0, 7);
        race.part = undefined;
      }
    }
    const goal: Goal = a.goal === undefined ? 'race' : needsRace(a.goal) ? a.goal : 'hybrid';
    const answers = { race, goal, ...hybridFirst(goal, t, a) };
    return reask ? { answers, reask } : { answers };
  }
  return null;
}

/** A lifter's goal turned hybrid by a race: whether the lifting stays first (liftFirstFor). */
function hybridFirst(goal: Goal, t: string, a: OnboardingAnswers): Pick<OnboardingAnswers, 'liftFirst'> {
  if (goal !== 'hybrid') return {};
  const first = liftFirstFor(t, a);
  return first === undefined ? {} : { liftFirst: first };
}

const monthKey = (ym: YearMonth) => `${ym.year}-${String(ym.month).padStart(2, '0')}`;
const fromMonthKey = (k: string): YearMonth => ({ year: Number(k.slice(0, 4)), month: Number(k.slice(5, 7)) });
const YES = anyOf(YES_WORDS);
const NO = anyOf([...NO_WORDS, 'different', 'another', 'other']);

/**
 * The month the race is in, when known without its day: said ("next october") or the well-known race's own
 * month (the Chicago Marathon is in October).
 */
function pendingMonth(a: OnboardingAnswers, ctx: OnboardingContext): YearMonth | null {
  if (a.race?.date !== undefined) return null;
  if (a.race?.month) return fromMonthKey(a.race.month);
  const known = a.race?.event ? knownRaceById(a.race.event) : null;
  if (!known) return null;
  const next = nextKnownRaceDate(known, ctx.now, workingTimezone(a, ctx));
  return { year: Number(next.slice(0, 4)), month: known.month };
}

/**
 * "end of march", "late march", "the last weekend of march", "early april", "mid may": the part of the race's month
 * the client said. Most road races are on a Sunday, so that part's Sunday is proposed (the client says YES or the date).
 */
const MONTH_PARTS: ReadonlyArray<{ part: MonthPart; re: RegExp; nth: number; words: string }> = [
  { part: 'early', re: /\b(?:early|beginning of|start of|first (?:week|weekend) (?:of|in))\b/, nth: 1, words: 'the first Sunday' },
  { part: 'mid', re: /\b(?:mid|middle of|halfway through)\b/, nth: 3, words: 'the third Sunday' },
  { part: 'late', re: /\b(?:late|end of|the end of|last (?:week|weekend) (?:of|in))\b/, nth: -1, words: 'the last Sunday' },
];

function monthPart(sentence: string): MonthPart | undefined {
  return MONTH_PARTS.find((p) => p.re.test(sentence))?.part;
}

/**
 * The day proposed for a yes while only the race's month is known: the well-known race the client named, in the month
 * they said (or its next running), or the Sunday of the part of the month they said ("end of march": its last Sunday).
 * Null when they said another month, or no part.
 */
export function proposedRaceDate(a: OnboardingAnswers, ctx: OnboardingContext): { date: string; name: string; guess?: string } | null {
  const known = a.race?.event ? knownRaceById(a.race.event) : null;
  const month = pendingMonth(a, ctx);
  if (!month) return null;
  if (known) {
    if (month.month !== known.month) return null;
    const date = knownRaceDate(known, month.year);
    return checkRaceDate(date, a, ctx) === null ? { date, name: `${known.name} ${month.year}` } : null;
  }
  const part = MONTH_PARTS.find((p) => p.part === a.race?.part);
  const date = part ? nthWeekdayOfMonth(month.year, month.month, 7, part.nth) : null;
  return part && date && checkRaceDate(date, a, ctx) === null ? { date, name: 'race', guess: `${part.words} of ${formatMonth(month).split(' ')[0]}` } : null;
}

/** With the month known, a day ("the 10th", "10", "oct 10") completes it; a yes takes the proposed race day. */
function readPendingDay(t: string, a: OnboardingAnswers, ctx: OnboardingContext, bare: boolean): Read {
  const month = pendingMonth(a, ctx);
  if (!month) return null;
  let date = dayInMonth(t, month);
  const proposal = proposedRaceDate(a, ctx);
  if (!date && bare && proposal && YES.test(t) && !NO.test(t) && !/\d/.test(t)) date = proposal.date;
  if (!date) return null;
  const problem = checkRaceDate(date, a, ctx);
  return problem ? { answers: {}, reask: problem } : { answers: { race: { ...a.race, date, targetDate: false } } };
}

/** Goal-time examples that fit the race's distance (a 5K runner is not told to try '1:55:00'). */
/** Examples by the race's length (km up to): a 50K or a 10 miler gets times of its own size, not a half's. */
const GOAL_EXAMPLES: ReadonlyArray<[number, string]> = [
  [2, "'sub 5' or '5:30'"],
  [4, "'sub 11' or '10:30'"],
  [7, "'sub 25' or '24:30'"],
  [12, "'sub 50' or '52:00'"],
  [18, "'sub 1:30' or '1:25:00'"],
  [30, "'sub 2' or '1:55:00'"],
  [45, "'sub 4' or '3:45:00'"],
  [65, "'sub 6' or '5:45:00'"],
  [Infinity, "'sub 12' or '11:30:00'"],
];
function goalTimeExample(a: OnboardingAnswers): string {
  const choice = raceChoice(a);
  const km = choice ? raceDistanceKm(choice) : 21.1;
  return GOAL_EXAMPLES.find(([upTo]) => km <= upTo)![1];
}

/** A race run to finish, not for a time. */
const FUN_RUN = /\b(fun ?run|for fun|charity run|turkey trot|color run|colour run)\b/;
/** Said of a fun run already run: "ran 21:48 at a turkey trot last thursday", "the turkey trot was a 5k". */
const FUN_RUN_RUN = /\b(ran|was|did|raced|finished|last|ago|yesterday)\b/;
/** "60 min per run", "an hour a run max", "45 minutes each run": the time any one run may take. */
const RUN_TIME = /\b(?:min|mins|minutes|hours?|hrs?|hr)\b[^,.;]*?\b(?:per run|a run|each run|every run|for (?:a|each|my) runs?|per session|a session|each session)\b/;
/** "up to 2 hours on weekdays", "an hour a day", "45 min per run": the time a session may take, not a finish time. */
const SESSION_TIME = /\b(?:min|mins|minutes|hours?|hrs?|hr)\b[^,.;]*?\b(?:on\s+)?(?:weekdays|weekends|week days|a day|per day|each day|per run|a run|each run|per session|a session|each session)\b/;

/**
 * "about 45 min on weekdays, longer on sat": the time a weekday run may take and the day with more, told for a race
 * plan. No cap on every run (the long run needs more): kept and said back as told, and the long run goes on that day.
 */
const WEEKDAY_TIME = /\b(?:about |around |like |maybe |~)?\d+\s*(?:min|mins|minutes)\b[^,.;]*?\b(?:on )?(?:weekdays|week days)\b/;
const LONGER_DAY = /\b(?:longer|more(?: time)?|all morning|long runs?)\b[^,.;]*?\b(?:on )?(sat|sun)[a-z]*\b|\b(sat|sun)[a-z]*\b[^,.;]*?\b(?:longer|more time|all morning|long runs?)\b/;
function weekdayTime(t: string, a: OnboardingAnswers): Read {
  const time = WEEKDAY_TIME.exec(t);
  if (!time || a.trainingWindow !== undefined || !needsRace(a.goal)) return null;
  const long = LONGER_DAY.exec(t);
  const day = long ? findWeekdays(long[1] ?? long[2]!)[0] : undefined;
  const said = long ? `${time[0].trim()}, ${long[0].trim()}` : time[0].trim();
  return ok({ trainingWindow: said, ...(day !== undefined ? { race: { ...a.race, longRunDay: day } as OnboardingAnswers['race'] } : {}) });
}

/** A race result said in minutes ("10k pb is 52 min", "my best 5k was 24 minutes"): no session length. */
const RESULT_WORDS = /\b(pb|pr|prs|personal best|personal record|best|record|raced|race time|\d+(?:\.\d+)?\s*k|5k|10k|half marathon|marathon|mile time)\b/;

/** "yes", "yeah i do", "yep, i have one in mind": a goal time said to exist, with no time in the text. */
const GOAL_YES = anyOf(YES_WORDS.filter((w) => w.length > 1 && !['ok', 'okay', 'okey', 'kk', 'go', 'start', 'right', 'confirm', 'confirmed'].includes(w)));
function saysYesToGoal(t: string): boolean {
  const m = GOAL_YES.exec(t);
  return m !== null && m.index === 0 && !/\b(?:not|no|don'?t|dont|nope|nah|just (?:to )?finish)\b/.test(t);
}

function readGoalTime(t: string, a: OnboardingAnswers, bare: boolean): Read {
  const choice = raceChoice(a);
  const km = choice ? raceDistanceKm(choice) : 0;
  if (bare) {
    // "my pb is 1:48 but that was 3 years ago": a best already run, never the goal (it was stored as one).
    if (SESSION_TIME.test(t) && !FIRM_GOAL_CUE.test(t)) return { error: `Noted the time you have. Goal time for the ${choice ? raceLabel(choice) : 'race'} itself? e.g. ${goalTimeExample(a)}, or 'none' to just finish strong` };
    if (BEST_CUE.test(t) && !FIRM_GOAL_CUE.test(t)) return { error: `That's your best - good to know. What time are you aiming for in this ${choice ? raceLabel(choice) : 'race'}? e.g. ${goalTimeExample(a)}, or 'none' to just finish strong` };
    if (isRunJustDone(t) || isHowTheyAre(t)) return { error: `${isRunJustDone(t) ? 'Nice run!' : 'Noted.'} Goal time for the ${choice ? raceLabel(choice) : 'race'}? e.g. ${goalTimeExample(a)}, or 'none' to just finish strong` };
    const r = parseGoalTime(t, km);
    const problem = r.success && r.data && choice ? goalTimeProblem(parseDuration(r.data) ?? 0, choice, a) : null;
    if (problem) return { error: problem };
    if (r.success) return { answers: { race: { ...a.race, goalTime: r.data } } };
    // "yes", "yeah i have one": there is a goal, not yet its time - asked for it, not told it was missed.
    if (findRaceTimeSeconds(t, km) === null && saysYesToGoal(t)) return { error: `Great - what time are you aiming for in the ${choice ? raceLabel(choice) : 'race'}? e.g. ${goalTimeExample(a)}` };
    // No time in the text at all: re-ask with this race's examples; a time that does not fit keeps its own reason.
    return { error: findRaceTimeSeconds(t, km) === null ? `I didn't catch a goal time - try ${goalTimeExample(a)}, or 'none'` : r.error };
  }
  const goalSentences = sentences(dropNegated(t)).filter((s) => GOAL_CUE.test(s) && !(saysPastRun(s) && !/\bgoal\b/.test(s)) && !(BEST_CUE.test(s) && !FIRM_GOAL_CUE.test(s)) && !subResult(s, a));
  // A "fun run" (or "for fun") with no goal said is run to finish: no goal-time question.
  // Only once the race itself is known (named here or before): "the turkey trot thing" alone is still the race.
  // A turkey trot already run ("ran 21:48 at a turkey trot", "the turkey trot was a 5k, 21:48") is a result, and a goal
  // time already given stays: neither says the race ahead is run for fun.
  const funRun = sentences(t).filter((s) => FUN_RUN.test(s));
  const funRunAhead = funRun.length > 0 && !funRun.some((s) => FUN_RUN_RUN.test(s) || findRaceTimeSeconds(s, km > 0 ? km : 5) !== null);
  if (goalSentences.length === 0 && a.race?.goalTime === undefined && funRunAhead && (a.race?.distance !== undefined || findRaceDistance(t) !== null)) return { answers: { race: { ...a.race, goalTime: null } } };
  for (const s of goalSentences) {
    if (/\b(just (?:want(?:ing)? to |wanna |looking to |hoping to |to )?finish|no goal|(?:don'?t|dont|do not) (?:have|need|care about) (?:a |any )?(?:goal|target|time))\b/.test(s)) {
      // "no goal time really... maybe 4 hours?": the soft goal that follows is the goal (parseGoalTime reads the hedge).
      // Read from this sentence on: a time before it ("last one was 2:05 in september. goal is just to finish ... maybe
      // sub 4:45?") is a result already run, never the goal.
      const from = t.indexOf(s);
      const soft = km > 0 ? parseGoalTime(withoutRaceDistances(from >= 0 ? t.slice(from) : s), km) : null;
      return { answers: { race: { ...a.race, goalTime: soft?.success && soft.data ? soft.data : null } } };
    }
    const withoutDistance = withoutRaceDistances(s);
    if (!/\d/.test(withoutDistance)) continue;
    const r = parseGoalTime(withoutDistance, km);
    // A goal the runner's own recent race says is a slip is left for the goal question, which asks about it.
    if (r.success && r.data && choice && goalTimeProblem(parseDuration(r.data) ?? 0, choice, a)) continue;
    if (r.success) return { answers: { race: { ...a.race, goalTime: r.data } } };
  }
  return null;
}

/** "never really raced", "no races yet", "haven't ever raced": no recent result, said anywhere in a text. */
/** "haven't really run before", "new to running", "never run": a runner with nothing run yet (no mileage, no race). */
const NEVER_RAN = /\b(never (?:really |actually |ever )?(?:run|ran)\b(?! a race)|haven'?t (?:really |ever |actually )?(?:run|ran) (?:before|much|at all|in years)|haven'?t (?:really |ever |actually )?(?:been running|done any running)|new to running|not a runner)\b/;
const NEVER_RACED = new RegExp(
  `${/\b(never (?:really |actually |ever |even )?(?:raced|done a race|run a race|ran a race|entered a race|been a runner)|no (?:recent )?races?(?: yet)?|haven'?t (?:really |ever |actually )?(?:raced|done a race|run a race)|first race|not raced)\b/.source}|${NEVER_RAN.source}`,
);
/** As the answer to "a recent race result?": also a plain "never", "not yet", or "just started" (nothing to give). */
const NO_RESULT_ANSWER = /^(?:(?:i )?(?:never|not yet|nothing yet|no(?:pe)?|nah)\b|(?:i )?(?:just|only) (?:started|began)\b|(?:i'?m |im )?(?:new|a beginner)\b)/;

/**
 * "I did a half in the spring, it took me 2:14:50": a race run in one clause and its time in the next are one
 * result. The clause naming the race (with no time) is read with the time that follows it.
 */
function resultClauses(parts: string[]): string[] {
  const HAS_TIME = /\b\d{1,2}:\d{2}\b/;
  return parts.map((s, i) => {
    const next = parts[i + 1];
    return next && PAST_RACE.test(s) && !HAS_TIME.test(s) && HAS_TIME.test(next) && findRaceDistance(next) === null ? `${s} in ${next}` : s;
  });
}

/**
 * "half 1:52 in sept" from a runner training for a marathon: another race's distance with its finish time, no goal or
 * sign-up word, is a result already run (was the marathon turned into a half in September, its day asked forever).
 */
function otherRaceTimed(s: string, a: OnboardingAnswers): boolean {
  const race = a.race?.distance;
  const named = findRaceDistance(s);
  return race !== undefined && race !== 'custom' && named !== null && named.distance !== race && /\b\d{1,2}:[0-5]\d\b/.test(s) && !GOAL_CUE.test(s) && !/\b(?:signed up|sign up|registered|entered|training for|race is|racing|next)\b/.test(s);
}

function readRecent(t: string, a: OnboardingAnswers, bare: boolean): Read {
  // "10k" after "ran 46:50 at a turkey trot": the distance of the time kept, asked for.
  const pending = a.race?.pendingResult;
  if (pending) {
    const { pendingResult: _asked, ...race } = a.race!;
    const distance = findRaceDistance(t);
    const r = distance ? parseRecentRace(`${pending} ${raceLabel(distance)}`, distance) : null;
    // `pendingResult: undefined` so merging over the answers held drops it (stored JSON leaves it out).
    if (r?.success && r.data) return { answers: { race: { ...race, recentRace: r.data, pendingResult: undefined } } };
    // "not sure", "idk": a time whose distance they do not know sets no paces; the first runs will.
    if (bare && (NEVER_RACED.test(t) || NO_RESULT_ANSWER.test(t) || isNone(t) || /\b(?:not sure|no idea|idk|dunno|don'?t know|dont know|can'?t remember|forgot)\b/.test(t))) return { answers: { race: { ...race, recentRace: null, pendingResult: undefined } } };
    if (bare && !/\d{1,2}:\d{2}/.test(t)) return { error: `I didn't catch the distance of your ${pending} - e.g. '5k', '10k' or '5 miles', or 'none'` };
  }
  if (bare) {
    if (NEVER_RACED.test(t) || NO_RESULT_ANSWER.test(t)) return { answers: { race: { ...a.race, recentRace: null } } };
    const r = parseRecentRace(t, raceChoice(a));
    return r.success ? { answers: { race: { ...a.race, recentRace: r.data } } } : { error: r.error };
  }
  const clauses = resultClauses(sentences(t));
  for (const [i, s] of clauses.entries()) {
    const sub = subResult(s, a);
    // "ran 8k in 48 min this morning": a training run, not a race result (one already given stands). A clause
    // with no numbers after it ("did 12 km in 68 min, felt good") is told of the same run.
    const after = clauses[i + 1];
    if (isTrainingRun(s) || (after !== undefined && !/\d/.test(after) && isTrainingRun(`${s} ${after}`))) continue;
    if (!sub && !otherRaceTimed(s, a) && (!(/\d{1,2}:\d{2}/.test(s) || MINUTES_RESULT.test(s) || (BEST_CUE.test(s) && /\d/.test(s.replace(/\b\d+(?:\.\d)?\s*(?:k|km|mi|miles?)\b/g, ' ')))) || !RECENT_CUE.test(s) || (GOAL_CUE.test(s) && !RECENT_CUE.test(s.replace(/\bgoal\b.*$/, ''))))) continue;
    // "ran a 3:40 last year": a time with no distance names its race when only one is run that long.
    // "ive done 2 halfs, last one was 2:05": the races counted name the distance of the last one's time (findRaceDistance).
    // "signed up for the houston marathon in january, did it last year in 4:12": "it" is the race the clause before names.
    const before = clauses[i - 1];
    const itRace = before !== undefined && /\b(?:did|ran|raced|finished|done|run) it\b/.test(s) ? (findRaceDistance(before) ?? knownDistanceIn(before)) : null;
    const distance = findRaceDistance(s) ?? impliedRaceDistance(s) ?? itRace;
    // "ran 46:50 at a turkey trot": a result whose distance the time does not tell is kept and its distance asked.
    const undistanced = distance || a.race?.recentRace ? null : undistancedResultTime(s);
    if (undistanced) return { answers: { race: { ...a.race, pendingResult: undistanced } } };
    if (!distance) continue;
    const r = parseRecentRace(s, distance);
    if (r.success && r.data) return { answers: { race: { ...a.race, recentRace: r.data } } };
  }
  return NEVER_RACED.test(t) ? { answers: { race: { ...a.race, recentRace: null } } } : null;
}

/** The distance of the well-known race a clause names ("the houston marathon"), or null. */
function knownDistanceIn(clause: string): RaceDistanceChoice | null {
  const known = findKnownRace(clause);
  return known ? knownRaceDistance(known) : null;
}

/** A distance a week ("25 miles a week", "40k/wk", "30 mpw", Spanish "15 km por semana"). */
const WEEKLY_VOLUME = /\b\d{1,3}(?:\.\d)?\s*(?:mpw|kpw)\b|\b\d{1,3}(?:\.\d)?\s*(?:miles?|mi|km|kms|k)?\s*(?:a|per|\/|each)\s*(?:week|wk)\b|\bpor semana\b|\ba la semana\b/;

/** A weekly volume said as the past ("was running 25 a week", "used to do 40 before the injury")... */
const WAS_VOLUME = /\b(was|were|used to|before|pre-?injury|last (?:year|summer|spring|fall|winter)|at my peak)\b/;
/** ...and the figure said for now after it ("now maybe 10", "currently about 12 mi", "these days 8"). */
const NOW_VOLUME = /\b(?:now|currently|these days|right now|at the moment)\s*(?:i'?m\s+)?(?:(?:running|doing|at|only|just|maybe|about|around|like|roughly|~)\s*)*(\d{1,3}(?:\.\d)?)\s*(mpw|kpw|miles?|mi|km|kms|k)?\b(?!\s*(?:min|mins|minutes|hours?|days?|weeks?|:))/;

/** Words of a sport whose weekly distance is not running (the nearest sport word before the number wins). */
const OTHER_SPORT_DISTANCE = /\b(ride|rides|riding|rode|bike|bikes|biking|cycle|cycling|cyclist|swim|swims|swimming|swam|row|rowing|walk|walks|walking|hike|hikes|hiking|ruck|rucking)\b/;

/**
 * A runner's week read in the unit they write it in: "20 miles a week" from a UK phone (which set km) makes a race
 * plan in miles, as many British runners count, not "32.2 km" said back. Only for a race goal: a lifter's kilos
 * stay kilos whatever their runs are counted in.
 */
function mileageInUnitSaid(t: string, a: OnboardingAnswers, bare: boolean): Read {
  const said = /\b(?:miles?|mi|mpw)\b/.test(t) ? 'imperial' : /\b(?:km|kms|kilomet\w*|kpw)\b/.test(t) ? 'metric' : null;
  const units = a.goal === 'race' && said !== null ? said : a.units;
  const r = readMileage(t, { ...a, units }, bare);
  return r && !('error' in r) && units !== a.units ? { ...r, answers: { ...r.answers, units } } : r;
}

function readMileage(t: string, a: OnboardingAnswers, bare: boolean): Read {
  const unit = distanceUnit(a);
  if (!bare) {
    const m = /\b(\d{1,3}(?:\.\d)?)(?:\s*(?:-|to)\s*(\d{1,3}))?\s*(mpw|kpw|miles?|mi|km|kms|k)?\s*(?:(?:a|per|\/|each)\s*(?:week|wk)|por semana|a la semana)\b|\b(\d{1,3})\s*(mpw|kpw)\b/.exec(t);
    // "no running till friday" is a break, not a weekly mileage of zero.
    // ("training for a 5k" is not "for a week".)
    const temporary = /\b(till|until|til|for (?:a|the|\d+|a few|a couple)(?: of)? (?:days?|weeks?|wks?|months?|while|bit)|this week|today|tomorrow|right now|at the moment)\b/.test(t);
    // "like 3 runs a week maybe 15 mi": the runs a week say the distance beside them is the week's.
    const beside = m ? null : /\b\d\s*(?:runs?|days?|times|x)\s*(?:a|per|\/)\s*(?:week|wk)\b[^.;]*?\b(?:maybe|about|around|like|roughly|~|so|,)?\s*(\d{1,3}(?:\.\d)?(?:\s*(?:-|to)\s*\d{1,3}(?:\.\d)?)?)\s*(mi|miles?|km|kms|k)\b(?!\s*(?:long|race|run\b))|\b(\d{1,3}(?:\.\d)?)\s*(mi|miles?|km|kms|k)\b(?: total)?\s*(?:over|across|in|from)\s*\d\s*(?:runs?|days?)\b/.exec(t);
    if (beside && !temporary && !/\blong\b/.test(beside[0])) {
      const r = parseWeeklyMileage(`${beside[1] ?? beside[3]} ${beside[2] ?? beside[4]}`, unit);
      if (r.success) return { answers: { race: { ...a.race, weeklyMileage: convertDistance(r.data.value, r.data.unit, unit) } } };
    }
    // "haven't really run before", "new to running", "never run": nothing a week yet (walking miles are not running).
    const none = /\b(not running|don'?t run|no running|starting from zero|from scratch|couch)\b/.test(t) || NEVER_RAN.test(t);
    if (!m) return !temporary && none ? { answers: { race: { ...a.race, weeklyMileage: 0 } } } : null;
    // "i ride 150 miles a week": another sport's distance is not running volume.
    if (OTHER_SPORT_DISTANCE.test(t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 1).replace(/^.*\b(?:run|running|ran|jog|jogging)\b/, ''))) return null;
    if (m[3] === undefined && m[5] === undefined && !/\b(run|running|miles?|km|mileage)\b/.test(t)) return null;
    // "before the injury I was running 25 mi a week, now maybe 10": the week run now is the one a plan starts from.
    const end = m.index + m[0].length;
    const now = WAS_VOLUME.test(t.slice(0, end)) ? NOW_VOLUME.exec(t.slice(end)) : null;
    const r = parseWeeklyMileage(now ? `${now[1]} ${now[2] ?? m[3] ?? m[5] ?? ''} a week` : m[0], unit);
    return r.success ? { answers: { race: { ...a.race, weeklyMileage: convertDistance(r.data.value, r.data.unit, unit) } } } : null;
  }
  // "i ride 150 a week" to the running question: ask for the running.
  if (OTHER_SPORT_DISTANCE.test(t) && !/\b(run|running|ran|runs|jog|jogging)\b/.test(t)) return { error: "I need your running here - about how many miles (or km) a week do you run? 0 is fine" };
  const r = parseWeeklyMileage(t, unit);
  return r.success ? { answers: { race: { ...a.race, weeklyMileage: convertDistance(r.data.value, r.data.unit, unit) } } } : { error: r.error };
}

/** "i want to run a race in april", "signed up for my first race": a race ahead whose distance comes later. */
const RACE_NO_DISTANCE = /\b(?:run|running|do|doing|enter|entered|training for|train for|sign(?:ed)? up for|registered for) (?:a|an|my first|my next|the) (?:road |trail |local |charity |fun )?race\b(?! (?:car|track|bike|horse))/;

/** Greetings that open a first text ("G'day, Mia here", "Hey there, it's Tom", "Howdy! Sam"): never a name. */
const GREETING = /(?:g[’']?day(?: mate)?|howdy|hiya|heya|hey+(?: there| y'?all| all)?|hi+(?: there| all)?|hello(?: there)?|yo|sup|hola|aloha|greetings|cheers|(?:good )?(?:morning|afternoon|evening)|mornin'?|evening)/;
/** A greeting opening a text, with its punctuation: "G'day, ", "Howdy! ", "Hey - " (not the "Hi" of "Hiroshi"). */
// "hi coach! Marcus, 45": the greeting can name who it greets.
const GREETING_LEAD = new RegExp(`^${GREETING.source}(?:\\s+(?:coach|cadence|team|friend))?(?![a-z'’])[!,.]*\\s*(?:[-\u2013\u2014:]+\\s*)?`, 'i');
const isGreeting = (word: string) => new RegExp(`^${GREETING.source}$`, 'i').test(word.replace(/[!.,]+$/, ''));

const NAME_STOP = new Set(
  'in a an the new training looking trying not so pretty very ready here good fine back free available based from currently at on about just going doing interested hoping planning getting wanting also still really kinda super aiming running lifting into gonna over under out off up down thinking signed sure busy injured sore tired sick ill hurt hurting exhausted feeling sorry stuck late early done finished beginner intermediate advanced located living moving traveling travelling and with for to of my your this that is training a 100 ok okay fit fat old young over pregnant expecting diagnosed recovering postpartum breastfeeding nursing diabetic asthmatic retired coming staying leaving heading headed worried nervous excited scared healthy there gone away careful cautious mostly usually always never fully totally kind sort probably definitely concerned unsure confused curious motivated lazy consistent inconsistent determined committed flexible limited slow weak heavy short tall overweight skinny average decent solid alright afraid nuevo nueva principiante corredor corredora de del muy'.split(' '),
);

/** One word ending a paragraph that signs nothing ("... 6am. thanks", "... mornings. lol"): never a signature. */
const SIGN_OFF_WORDS = new Set([
  ...FILLER_WORDS,
  ...ONBOARDING_VOCABULARY,
  ...'thanks thank thx ty cheers please pls asap tho though haha lol hehe xx xo bye later anyway anyways mornings evenings nights afternoons weekends weekdays daily please help excited pumped ready honestly really seriously yeah yep nah mostly too also either maybe sometimes usually hopefully'.split(' '),
]);

function readName(raw: string, bare: boolean): Read {
  // Every introduction in the text, in order: "it's the Philly marathon ... My name is Dana" passes "the" for Dana.
  for (const m of raw.matchAll(/(?:^|[\s,.!])(?:i'?m|i am|im|my name is|my name'?s|name'?s|name is|this is|call me|it'?s|me llamo|mi nombre es|soy)\s+([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'-]*(?:\s+[A-Z][A-Za-z'-]+)?)/gi)) {
    const words = m[1]!.split(/\s+/);
    if (!NAME_STOP.has(words[0]!.toLowerCase())) {
      const r = parseName(words.filter((w, i) => i === 0 || /^[A-Z]/.test(w)).join(' '));
      if (r.success) return { answers: { name: r.data } };
    }
  }
  // "Priya. training for the chicago half…", "Howdy! Sam": a capitalized first word standing alone as a
  // sentence, after a greeting if there is one (the greeting itself is never the name).
  const trimmed = raw.trim();
  const afterGreeting = trimmed.replace(GREETING_LEAD, '');
  const greeted = afterGreeting !== trimmed;
  const lead = (greeted ? /^([A-Z][a-z\u00C0-\u024F'-]+)(?:[.!,]\s|[.!]*$)/ : /^([A-Z][a-z\u00C0-\u024F'-]+)[.!,]\s/).exec(afterGreeting);
  // "Phoenix. 6am please": a place that sets the clock is no name.
  if (lead && !isGreeting(lead[1]!) && !NOT_NAME.has(lead[1]!.toLowerCase()) && !findWeekdays(lead[1]!).length && !findTimezone(lead[1]!)) {
    const r = parseName(lead[1]!);
    if (r.success) return { answers: { name: r.data } };
  }
  // "im 15 and want to get faster. Jayden. never lifted": a capitalized word standing alone as a sentence
  // inside a paragraph, when it is no place, day, month or word the other questions read.
  const couldBeName = (w: string) => !isGreeting(w) && !NOT_NAME.has(w.toLowerCase()) && !findWeekdays(w).length && !findTimezone(w) && !findRaceDistance(w) && !parseGoal(w).success && !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(w) && !/^(yes|no|ok|okay|thanks|done|none|nope|sure|cool|great|gym|home|beginner|intermediate|advanced)$/i.test(w);
  const alone = [...raw.matchAll(/(?:^|[.!?]\s+)([A-Z][a-z\u00C0-\u024F'-]+)[.!](?=\s|$)/g)].map((x) => x[1]!).find(couldBeName);
  if (alone) {
    const r = parseName(alone);
    if (r.success) return { answers: { name: r.data } };
  }
  // "...can do tue thu sat mornings around 6am. chris": a paragraph signed with one word, capitalized or not.
  const signed = /\S\s*(?:[.!?]|\n|\s[-\u2013\u2014]+)\s*([A-Za-z\u00C0-\u024F][a-z\u00C0-\u024F'-]{1,14})\s*[.!]*\s*$/.exec(raw.trim());
  if (signed && raw.trim().split(/\s+/).length >= 4 && couldBeName(signed[1]!) && !SIGN_OFF_WORDS.has(signed[1]!.toLowerCase())) {
    const r = parseName(signed[1]!);
    if (r.success) return { answers: { name: r.data } };
  }
  // "hi! aisha, 34, sydney": a first word followed by an age is the name, capitalized or not.
  const withAge = /^([A-Za-z\u00C0-\u024F][a-z\u00C0-\u024F'-]{1,14}),\s*(?:age |aged )?\d{2}\b(?!\s*(?:k|km|mi|miles?|min|mins|minutes|lbs?|kg|yrs? (?:of|lifting|training)|years? (?:of|lifting|training|running)))/.exec(afterGreeting);
  if (withAge && couldBeName(withAge[1]!) && !SIGN_OFF_WORDS.has(withAge[1]!.toLowerCase())) {
    const r = parseName(withAge[1]!);
    if (r.success) return { answers: { name: r.data } };
  }
  // "hiya 👋 Rosa here": after an emoji and a greeting too.
  const here = /(?:^|[.!?,]\s*)([A-Za-z][A-Za-z'-]+)\s+here\b/i.exec(raw.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ').trim().replace(GREETING_LEAD, ''));
  if (here && !NAME_STOP.has(here[1]!.toLowerCase()) && !isGreeting(here[1]!)) {
    const r = parseName(here[1]!);
    if (r.success) return { answers: { name: r.data } };
  }
  if (!bare) return null;
  // A short answer that is a known word ("this week", "yes", "ran 5k") is not a name.
  if (raw.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase().replace(/[^a-z']/g, '')))) return { error: NAME_REASK };
  const cleaned = raw.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ').replace(GREETING_LEAD, ' ').replace(/\b(lol|lmao|haha+|hehe|hey|hi|hello|thanks|ty|ok|okay|sure|yeah|yep|here|there|its|it's)\b[!.,]*/gi, ' ').replace(/\s+/g, ' ').trim();
  // "mornings before work": three lowercase words are a phrase answering something else, not a name
  // (a full name typed so is rare; "Mary Ann Smith" has its capitals).
  const words = cleaned.split(' ');
  if (words.length >= 3 && !words.every((w) => /^\p{Lu}/u.test(w))) return { error: NAME_REASK };
  const r = parseName(cleaned);
  return r.success ? { answers: { name: r.data } } : { error: r.error };
}

/** A place said as where the client will be for a while, not where they live. */
const TRIP_ZONE = /\bwhile (?:i'?m|im|i am|we'?re|i'?ll be) (?:there|away|in\b|traveling|travelling|on (?:the|my) trip)|\bduring (?:the|my) (?:trip|stay|visit)\b|\bwhen (?:i'?m|im|i am) (?:there|in\b|away)|\b(?:in|to|at) [a-z]+(?: [a-z]+)? (?:next week|this week|for (?:work|a week|the week|\d+ (?:days|weeks)))\b|\b(?:trip|travel\w*|flying|heading) to\b/;

/** The name asked again when a text is no name ("yes", "k", "this week"). */
export const NAME_REASK = 'What should I call you? Just your first name is fine';

const NOT_NAME = new Set([
  ...NAME_STOP,
  ...'yes yep yeah no nope ok okay sure what whats when why how week today todya tody tomorrow tmrw plan workout ran run done did lift squat bench deadlift sore tired sick hotel travel thanks thx please help stop start back skip none'.split(' '),
  // "gym at work has everything (racks, dumbbells, cables)": a list's one-word part is kit, never a name ("Hi Dumbbells!").
  ...ONBOARDING_VOCABULARY,
  ...'cable cables rack racks band bands machine plates plate bar bars treadmill treadmills bike bikes rower elliptical trx equipment gym gyms garage basement weights kb kbs db dbs bb'.split(' '),
]);

const INJURY_WORD = /\b(bad|injur\w*|hurt\w*|pain\w*|issues?|problems?|surgery|torn|tore|tear|tendinitis|tendonitis|sore|weak|cranky|dodgy|limitations?|impingement|sprain\w*|arthritis|bursitis|sciatica|arthritic|osteoarthritis|herniat\w*|replacement|replaced|new knee|new hip|reconstruct\w*|rehab|tweak\w*|strain\w*|fracture\w*|broke|broken|plantar|shin splints|achy|achey|ache|aches|tight|gets tight|stiff|stiffness|niggl\w*|cartilage|meniscus|acl|mcl|rotator|avoid\w*|careful|doctor|physio|spine|spinal|tennis elbow|golfer'?s elbow|runner'?s knee|jumper'?s knee|frozen shoulder|it band|itb|flare\w*|trouble|tendinopathy|tendinosis|epicondylitis|fasciitis|turf toe|dislocat\w*|separated|labrum|slipped disc|bulging disc|herniated disc)\b/;
/** An injury word, or a condition of the abdominal wall named (words.ts: diastasis recti, postpartum, a hernia). */
const ABDOMINAL_WALL = anyOf(BODY_PART_WORDS.abdominal_wall);
/** The words a client reports pain with after onboarding ("pinchy", "flares up", "acts up") name an injury here too. */
const PAIN_WORD = anyOf(PAIN_WORDS);
const isInjuryWord = (t: string) => INJURY_WORD.test(t) || PAIN_WORD.test(t) || ABDOMINAL_WALL.test(t);

/**
 * "my back has been bad for a few weeks", "go easy on deadlifts for a few weeks": how long a part has hurt or is
 * to be eased, never how long they have trained (both made a 2-year lifter "new to this").
 */
function aboutTheBody(x: string): boolean {
  return (isInjuryWord(x) || /\b(?:go|take it) easy\b/.test(x)) && !/\b(lift\w*|train\w*|running|working out|worked out|experience|gym)\b/.test(x);
}

/**
 * Movements a client rules out or wants eased beside a body part ("the hip, no deep squats", "knee - can't do lunges",
 * "go easy on overhead press for a couple weeks, shoulder"), with how long when said.
 */
const CAUTION_MOVES = ['squat', 'squats', 'squatting', 'lunge', 'lunges', 'lunging', 'deadlift', 'deadlifts', 'jump', 'jumps', 'jumping', 'running', 'sprints', 'sprinting', 'overhead', 'pressing', 'presses', 'bench', 'push-ups', 'pushups', 'pull-ups', 'pullups', 'burpees', 'impact', 'kneeling', 'twisting', 'bending', 'heavy'];
const CAUTION = new RegExp(`\\b(?:no|avoid\\w*|can'?t(?: do)?|cannot(?: do)?|never|not|without|nothing|stay away from|careful (?:with|on)|(?:go|take it|going|taking it) (?:easy|light|lighter) (?:on|with))\\s+(?:(?:deep|heavy|high|low|full|fast|barbell|back|front|box|any|more|too)\\s+)*(?:${CAUTION_MOVES.join('|')})\\b(?:\\s+(?:squats?|lunges?|deadlifts?|press(?:es|ing)?|lifting|work|stuff))?(?:\\s+(?:for|till|until) (?:a |the next )?(?:couple(?: of)?|few|\\d+|two|three|four|six)?\\s*(?:days?|weeks?|wks?|months?|bit|while))?`, 'g');
/**
 * What a client rules out for a body part, as said ("no deep squats"): only beside a part, since "no squat rack"
 * alone is kit. Said back with the part the plan spares, and a reason to read the part as a limitation.
 */
function cautionsIn(t: string): string[] {
  if (findBodyParts(t).every((p) => LIMITATION_FOR_PART[p] === undefined)) return [];
  // "go easy on overhead press" is said back after "I'll go easy on your shoulder" as what it eases: "(overhead press)".
  return [...t.matchAll(CAUTION)].map((m) => m[0].replace(/^(?:can'?t do|cannot do|can'?t|cannot)\s+/, 'no ').replace(/^(?:go|take it|going|taking it) (?:easy|light|lighter) (?:on|with)\s+/, '').trim());
}

/**
 * The legs bear no load ("I'm in a wheelchair", "paraplegic", "can't use my legs"): an upper-body plan, every lift
 * seated (engine/strength/upper-body-only.ts), not a body part to name ("Which area?" was asked over and over).
 */
const UPPER_BODY_ONLY = /\b(?:wheel ?chair|paraple(?:gic|gia)|parapalegic|tetraple(?:gic|gia)|quadriple(?:gic|gia)|spinal cord injur\w*|sci (?:at|since)|(?:can'?t|cannot|can not) (?:use|move|feel|stand on) (?:my|both) legs|no use of my legs|paralyz\w* from the waist down)\b/;

/** Stiffness words: an injury word only beside pain ("tight and sore"), not on their own when the question was another. */
const STIFF_WORD = anyOf(TIGHTNESS_WORDS);
const STIFF_WORDS = anyOf(TIGHTNESS_WORDS, 'g');
/** Said of one session: "was a bit stiff at first", "felt tight this morning". */
const ONE_SESSION = /\b(?:was|were|felt|at first|to start|this morning|today|yesterday|on the run)\b/;
/** Said of a pattern: "gets tight after heavy deadlifts", "always stiff". */
const STIFF_HABIT = /\b(?:gets?|getting|always|usually|often|every|whenever|tends? to|after (?:heavy|long|hard)|when i)\b/;

function readLimitations(raw: string, bare: boolean, a: OnboardingAnswers = {}): Read {
  const r = readLimitationsSaid(raw, bare, a);
  return r === null || 'error' in r ? (noneButTight(withoutDeniedConditions(raw), a) ?? r) : r;
}

/**
 * "nope no injuries, just tight hamstrings lol", read as nothing otherwise: none to spare, and the tightness a note
 * the coach sees (the text was passed over at whatever question it came).
 */
function noneButTight(t: string, a: OnboardingAnswers): Read {
  const denied = t.replace(/\bno (?:injur\w*|issues|pain|limitations?)\b/g, ' ');
  if (!/\b(?:no injur\w*|no limitations?|injury[- ]free)\b/.test(t) || !STIFF_WORD.test(denied) || isInjuryWord(denied.replace(STIFF_WORDS, ' '))) return null;
  const note = /\b(?:just|but|only|except|apart from|other than)\s+(.+)$/.exec(denied)?.[1]?.replace(/\b(?:lol|lmao|haha|tho|though|i guess)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return { answers: { limitations: [], limitationAreas: [], ...(note ? { bodyNotes: [...new Set([...(a.bodyNotes ?? []), note])] } : {}) } };
}

function readLimitationsSaid(raw: string, bare: boolean, a: OnboardingAnswers): Read {
  const t = withoutDeniedConditions(raw);
  if (UPPER_BODY_ONLY.test(t)) return { answers: { limitations: [], limitationAreas: [], upperBodyOnly: true } };
  // "knee clicks but doesn't hurt": a note the coach sees, no part spared; the rest is read as usual.
  const said = sentences(t);
  const body = findBodyNotes(said, isInjuryWord);
  if (body.notes.length) {
    const rest = said.filter((_, i) => !body.used.has(i)).join('. ');
    const r = rest && isInjuryWord(rest) ? readLimitations(rest, false) : null;
    // A note told after the injuries were answered ("my glutes are sooo sore from yesterday" at the summary) adds
    // to them: it used to replace the cranky shoulder already spared with nothing.
    const kept = a.limitations !== undefined ? { limitations: a.limitations, limitationAreas: a.limitationAreas ?? [], ...(a.limitationCautions ? { limitationCautions: a.limitationCautions } : {}) } : { limitations: [], limitationAreas: [] };
    const spared = r && 'answers' in r ? r.answers : kept;
    return { answers: { ...spared, bodyNotes: [...new Set([...(a.bodyNotes ?? []), ...body.notes])] } };
  }
  // "none other than the knee", "nothing except my shoulder": the part named after the exception is the answer.
  const excepted = /\b(?:other than|except(?: for)?|apart from|aside from|besides|but)\b(.+)$/.exec(t);
  const namesPart = excepted !== null && findBodyParts(excepted[1]!).some((p) => LIMITATION_FOR_PART[p] !== undefined);
  const denied = t.replace(/\bno (?:injur\w*|issues|pain|limitations?)\b/g, ' ');
  if (!namesPart && /\b(no injur\w*|no limitations?|injury free|injury-free|no issues|no pain|healthy|nothing (?:wrong|major)|all good|none)\b/.test(t) && !isInjuryWord(denied)) {
    return bare || /\b(no injur\w*|injury free|injury-free|no limitations?)\b/.test(t) ? { answers: { limitations: [], limitationAreas: [] } } : null;
  }
  if (!bare) {
    // Only body parts near an injury word: "no barbell squat rack" names no knee.
    // A part with a movement ruled out ("the hip, no deep squats") is a limitation told without an injury word.
    // The clauses are read apart ("the hip", "no deep squats"), so the caution is looked for in the whole text.
    const cautions = cautionsIn(t);
    const namesPart = (s: string) => findBodyParts(s).some((p) => LIMITATION_FOR_PART[p] !== undefined);
    // "ran 4 this morning, achilles was a bit stiff at first", told at another question: stiffness alone passes, no
    // part to spare (it made "I'll go easy on your achilles" beside "Nothing to change for that").
    // A habit ("lower back gets tight after heavy deadlifts") is still spared: only stiffness of one session passes.
    const stiffOnly = (s: string) => STIFF_WORD.test(s) && ONE_SESSION.test(s) && !STIFF_HABIT.test(s) && !isInjuryWord(s.replace(STIFF_WORDS, ' '));
    const hits = sentences(t).filter((s) => (isInjuryWord(s) || (cautions.length > 0 && namesPart(s))) && !/\bno (?:injur\w*|issues|pain)\b/.test(s) && !stiffOnly(s));
    if (hits.length === 0) return null;
    const r = parseLimitations(hits.join(' '));
    return r.success && r.data.length ? { answers: { limitations: r.data, limitationAreas: limitationAreas(hits.join(' ')), ...(cautions.length ? { limitationCautions: cautions } : {}), ...redFlagsOf(hits.join(' '), a) } } : null;
  }
  const r = parseLimitations(t);
  // "I have AFib and take a beta blocker": a health condition, not an injured area. It is kept as a note and
  // read once the plan exists (the plan trains around it), so the question is answered: no area to spare.
  if ((!r.success || !r.data.length) && findHealthCondition(t)) return { answers: { limitations: [], limitationAreas: [] } };
  // "tweaked my hamstring in october but its good now": a part the library has no limitation for is no area to ask
  // for again ("Which area?" twice): it is kept as a note the coach sees, said back in the client's words.
  if (!r.success && findBodyParts(t).length > 0 && isInjuryWord(t)) return { answers: { limitations: [], limitationAreas: [], bodyNotes: [...new Set([...(a.bodyNotes ?? []), toldBack(t)])] } };
  return r.success ? { answers: { limitations: r.data, limitationAreas: r.data.length ? limitationAreas(t) : [], ...redFlagsOf(r.data.length ? t : '', a) } } : { error: r.error };
}

/**
 * "oh and my doc cleared my knee last week", "physio said im good to run now", told before the plan starts: the part
 * checked and cleared is no longer spared, and the doctor's words go with it; a note says it was cleared (the coach sees
 * it, and the summary says so). The part named is the one cleared; none named, every part told is. Null when the text
 * tells no clearance or nothing was spared.
 */
export function clearedBeforeStart(a: OnboardingAnswers, text: string): OnboardingAnswers | null {
  if (!a.limitations?.length || !saysCleared(text)) return null;
  const named = parseLimitations(findBodyParts(normalize(text)).join(' '));
  const cleared = named.success && named.data.length ? a.limitations.filter((l) => named.data.includes(l)) : a.limitations;
  if (cleared.length === 0) return null;
  const limitations = a.limitations.filter((l) => !cleared.includes(l));
  const areas = (a.limitationAreas ?? []).filter((x) => {
    const r = parseLimitations(x);
    return r.success && r.data.some((l) => limitations.includes(l));
  });
  const clearedAreas = (a.limitationAreas ?? []).filter((x) => !areas.includes(x));
  const note = `${clearedAreas.length ? clearedAreas.join(' and ') : cleared.join(' and ').replace(/_/g, ' ')} cleared by your ${clearedBy(text)}`;
  // The doctor's words go with the part cleared: the report kept of them (an injury note), unless it names a part still spared.
  const stillSpared = (n: string) => {
    const r = parseLimitations(findBodyParts(normalize(n)).join(' '));
    return r.success && r.data.some((l) => limitations.includes(l));
  };
  const notes = (a.notes ?? []).filter((n) => !n.injury || stillSpared(n.text));
  const flagged = notes.some((n) => n.injury);
  const { limitationRedFlags, limitationCautions, notes: _notes, ...rest } = a;
  return {
    ...rest,
    ...(notes.length ? { notes } : {}),
    ...(flagged && limitationRedFlags ? { limitationRedFlags } : {}),
    limitations,
    limitationAreas: areas,
    ...(limitations.length && limitationCautions ? { limitationCautions } : {}),
    bodyNotes: [...new Set([...(a.bodyNotes ?? []), note])],
  };
}

/**
 * "cant bend my knee without pain", "ankle is still swollen": an injury told with words that call for a doctor or
 * physio is not only spared; the client is told to get it checked, as a pain text mid-plan is. Told again without
 * them, the earlier words are cleared.
 */
function redFlagsOf(t: string, a: OnboardingAnswers): Pick<OnboardingAnswers, 'limitationRedFlags'> {
  const flags = redFlags(t);
  // No key at all when there is nothing to clear: an answer read again the same must compare equal to what was kept.
  return flags.length ? { limitationRedFlags: flags } : a.limitationRedFlags ? { limitationRedFlags: undefined } : {};
}

/** Lifts given earlier, moved to the unit the client turned out to use. */
function converted(lifts: KnownLifts | null | undefined, from: 'lb' | 'kg', to: 'lb' | 'kg'): KnownLifts | null | undefined {
  if (!lifts) return lifts;
  const c = (w: number) => Math.round(convertWeight(w, from, to) * 10) / 10;
  const byLift = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, w]) => [k, c(w)]));
  return { oneRepMaxes: byLift(lifts.oneRepMaxes), recentSets: lifts.recentSets.map((r) => ({ ...r, weight: c(r.weight) })), ...(lifts.lapsed ? { lapsed: byLift(lifts.lapsed) } : {}), ...(lifts.lapseYears !== undefined ? { lapseYears: lifts.lapseYears } : {}) };
}

/** The heaviest load read as one dumbbell or bell when the client did not say theirs (a 100 lb / 45 kg dumbbell). */
const HEAVIEST_HAND_LOAD = { lb: 100, kg: 45 } as const;

/**
 * "rows 3x12 @ 40" from a client whose kit is dumbbells: the variant their kit allows (a dumbbell row), as a
 * logged lift is read after onboarding. Only when the load could be one dumbbell (up to their heaviest, else
 * 100 lb / 45 kg): "squat 245x5" from a returning lifter now training at home is a barbell number, kept.
 */
function kitVariant(l: LiftLog, weight: number, unit: 'kg' | 'lb', a: OnboardingAnswers, text: string): string {
  const matched = exerciseById(l.exerciseId);
  // "rows 3x10 w 60s": dumbbells said by the load, whatever kit is known yet.
  const pair = loadSaidAsPair(text, l.written);
  if (!matched || (!a.equipment && !pair)) return l.exerciseId;
  const chosen = resolveLiftVariant(matched, l.written, { planExerciseIds: [], equipment: a.equipment ?? [] }, undefined, pair);
  if (chosen.id === matched.id) return matched.id;
  // Only a hand-held variant is swapped in: a bodyweight one has no load to set, a machine's is its own.
  if (chosen.implement !== 'dumbbell' && chosen.implement !== 'kettlebell') return matched.id;
  const bell = chosen.implement === 'kettlebell' ? a.maxLoads?.kettlebell : a.maxLoads?.dumbbell;
  const heaviest = bell ? convertWeight(bell.load, bell.unit, unit) : HEAVIEST_HAND_LOAD[unit];
  return weight <= heaviest ? chosen.id : matched.id;
}

/**
 * What a lapsed number is worth now: strength lost over months off is commonly 10-20%, so the first loads
 * come from 85% of it (rounded to a plate) and the RIR in each session corrects the rest within a week or two.
 */
const LAPSED_FACTOR = 0.85;
const plateRounded = (w: number, unit: 'kg' | 'lb') => (unit === 'kg' ? Math.round(w / 2.5) * 2.5 : Math.round(w / 5) * 5);

/**
 * From 5 years off a number from before the break sets no loads: strength lost over years (and the years added to
 * the lifter) is no 10-20% a factor can take off, so the first sessions pick weights by the reps in reserve asked,
 * as for a lift never given, and the old number is said back as history.
 */
export const LONG_LAPSE_YEARS = 5;
const WORD_YEARS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, 'a decade': 10, 'a couple': 2, 'a couple of': 2, 'a few': 3 };
const YEARS_NUM = String.raw`(\d{1,2}|a decade|a couple(?: of)?|a few|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\+?`;
/** "haven't touched a barbell in like 12 years", "nothing for 12 yrs", "12 years ago", "10 years off". */
const LAPSE_YEARS = new RegExp(
  String.raw`\b(?:haven'?t|havent|have not|hasn'?t|not|nothing|no \w+|stopped|quit|off|out|break)\b[^.]*?\b(?:in|for|over|since)\s+(?:(?:like|about|around|over|almost|nearly|maybe|the (?:last|past))\s+)*${YEARS_NUM}\s*(?:years?|yrs?)\b` +
    String.raw`|\b${YEARS_NUM}\s*(?:years?|yrs?)\s+(?:ago|off|out|away|since)\b|\bin (?:a|over a) decade\b`,
);
/** "in my 30s", "in college": the last year of that stage of life, as an age. */
const LIFE_STAGE_END: Array<[RegExp, number]> = [[/\bin my (?:20s|twenties)\b/, 29], [/\bin my (?:30s|thirties)\b/, 39], [/\bin my (?:40s|forties)\b/, 49], [/\b(?:in|back in) (?:college|uni|university)\b/, 22], [/\b(?:in|back in) (?:high school|hs)\b/, 18]];

/** How many years ago the lapsed numbers were: said ("in like 12 years"), or from the age and the stage of life named. */
function lapseYearsIn(t: string, age: number | undefined): number | null {
  const m = LAPSE_YEARS.exec(t);
  if (m) {
    const said = (m[1] ?? m[2] ?? '').trim();
    return said ? (/^\d/.test(said) ? Number(said) : WORD_YEARS[said] ?? null) : 10;
  }
  if (age === undefined) return null;
  const stage = LIFE_STAGE_END.find(([re]) => re.test(t));
  return stage && age > stage[1] ? age - stage[1] : null;
}

/** "nothing for 12 years", "3 years ago": a stretch of time, never a lift's number ("bench 275 ... 12 years" is no 12). */
const YEARS_SPAN = /\b\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)\b/g;

/** The lifts a text gives as numbers from before a break, by exercise name as parsed. */
function lapsedLiftIds(t: string): Set<string> {
  return new Set(sentences(t).filter((s) => LAPSED_LIFT_CUE.test(s)).flatMap((s) => parseLifts(s.replace(/\b1 ?rm\b|\bmax(?:es)?\b/g, ' max ')).map((l) => l.exerciseId)));
}

/** Maxes and recent hard sets for the plan request, in the plan's weight unit. */
function readLifts(t: string, a: OnboardingAnswers, bare: boolean): Read {
  // The question is optional: anything without numbers ("skip", "no idea", "sounds good") moves on.
  if (bare && (isNone(t) || !/\d/.test(t))) return { answers: { lifts: null } };
  // "only have dumbbells up to 15 lb": the kit's heaviest weight, never a lift's number.
  // "smith squat 3x8 at 95": a lift the library lacks sets no weights for the lift it names ("squat"); said back.
  const cut = withoutUnknownLifts(withoutKitMaxLoads(t));
  const unknown = cut.unknown.length ? { unknownLifts: [...(a.unknownLifts ?? []).filter((x) => !cut.unknown.some((u) => u.name === x.name)), ...cut.unknown] } : {};
  const found = parseLifts(cut.text.replace(YEARS_SPAN, ' ').replace(/\b1 ?rm\b|\bmax(?:es)?\b/g, ' max '));
  // "bench like 80kg squat 100 dl 120": in a list of maxes a unit written on one counts for the maxes after it
  // written without one (never for those before: "squat 225, deadlift 140kg" is a pound squat; nor from a set
  // to a max: "squat 150kg x5, bench 225" is a pound bench).
  let said: WeightUnit | null = null;
  for (const g of found.flatMap((l) => l.groups)) {
    if (g.load === null) continue;
    const max = g.reps === null || g.reps === 1;
    if (g.unit !== null) said = max ? g.unit : null;
    else if (said !== null && max) g.unit = said;
  }
  // A lifter on a US number who gives every lift in kg trains in kg: the plan's loads come back in kg. A mix
  // ("squat 225x5, deadlift 140kg") keeps the plan's unit, the kg lift converted.
  const written = found.flatMap((l) => l.groups.filter((g) => g.load !== null).map((g) => g.unit));
  const toMetric = a.units !== 'metric' && written.length > 0 && written.every((u) => u === 'kg') && a.race?.weeklyMileage === undefined;
  const unit = toMetric ? 'kg' : weightUnit(a);
  const carried = toMetric ? converted(a.lifts, 'lb', 'kg') : a.lifts;
  const out: KnownLifts = { oneRepMaxes: { ...(carried?.oneRepMaxes ?? {}) }, recentSets: [...(carried?.recentSets ?? [])], ...(carried?.lapsed ? { lapsed: { ...carried.lapsed } } : {}) };
  const lapsed = lapsedLiftIds(t);
  const years = lapsed.size ? lapseYearsIn(t, a.age) : null;
  if (years !== null) out.lapseYears = years;
  let any = false;
  for (const l of found) {
    for (const g of l.groups) {
      if (g.load === null) continue;
      const then = Math.round(convertWeight(g.load, g.unit ?? unit, unit) * 10) / 10;
      const weight = lapsed.has(l.exerciseId) ? plateRounded(then * LAPSED_FACTOR, unit) : then;
      const id = kitVariant(l, weight, unit, a, t);
      if (lapsed.has(l.exerciseId)) out.lapsed = { ...out.lapsed, [id]: then };
      else if (out.lapsed?.[id] !== undefined) delete out.lapsed[id];
      any = true;
      // Years off: the number is history, said back, and sets no load (the first sessions pick by reps in reserve).
      if (lapsed.has(l.exerciseId) && years !== null && years >= LONG_LAPSE_YEARS) {
        delete out.oneRepMaxes[id];
        out.recentSets = out.recentSets.filter((x) => x.exerciseId !== id);
        continue;
      }
      if (g.reps === null || g.reps === 1) out.oneRepMaxes[id] = weight;
      else if (g.reps <= 20) out.recentSets = [...out.recentSets.filter((s) => s.exerciseId !== id), { exerciseId: id, weight, reps: g.reps }];
    }
  }
  if (any) return { answers: toMetric ? { lifts: out, units: 'metric', ...unknown } : { lifts: out, ...unknown } };
  if (cut.unknown.length) return { answers: { lifts: a.lifts ?? null, ...unknown } };
  return bare ? { error: "Send a lift with its numbers, e.g. 'squat 185x5, bench 135x8' or 'deadlift max 275' - or reply SKIP" } : null;
}

/** Words between a day and "long runs" that only say it is preferred ("would be best for", "works better for"). */
const LONG_RUN_FILLER = 'are|is|on|would|be|work|works|worked|best|better|ideal|good|great|prefer|preferably|usually|always|go|for|the|my|probably|easiest';

/** "long runs on saturday", "long run is sun", "sat long run": the day the client wants the long run on. */
function longRunDayIn(t: string): IsoWeekday | undefined {
  // "sat would be best for long runs", "long runs work best on sundays": the words between are a preference's.
  const m = new RegExp(`\\blong (?:runs?|run day)s?\\s+(?:(?:${LONG_RUN_FILLER})\\s+)*(mon|tue|wed|thu|fri|sat|sun)`).exec(t) ?? new RegExp(`\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\s+(?:(?:${LONG_RUN_FILLER})\\s+)*(?:for (?:the |my )?|is (?:the |my )?)?long (?:runs?|run day)\\b`).exec(t);
  return m ? findWeekdays(m[1]!)[0] : undefined;
}

/**
 * "mon wed thu sat sun. long run sundays": the long run stays on the day asked (the plan put it on Saturday to fit two
 * quality days). Kept on the race while it is one of the training days; told alone, with the days known, it is kept too.
 */
function withLongRunAsked(read: Read, t: string, a: OnboardingAnswers): Read {
  const long = longRunDayIn(t);
  if (long === undefined || (read !== null && 'error' in read)) return read;
  const days = read?.answers.trainingDays ?? a.trainingDays;
  if (!days?.includes(long)) return read;
  const race = { ...a.race, ...read?.answers.race, longRunDay: long };
  return { ...read, answers: { ...(read?.answers ?? {}), race } };
}

/**
 * "4 days… long runs on saturday": the usual spread for the count, moved so its last day is the long-run day
 * (Mon Tue Thu Fri → Tue Wed Fri Sat), keeping the rest days between as they were.
 */
function withLongRunDay(days: IsoWeekday[], t: string): IsoWeekday[] {
  const long = longRunDayIn(t);
  if (long === undefined || days.length === 0 || days.includes(long)) return days;
  // From the even spread (a runner's weekend default would bunch up when moved to a weekday long run).
  const spread = days.join() === defaultDaysForCount(days.length, 'run').join() ? defaultDaysForCount(days.length) : days;
  return endingOn(spread, long);
}

/** "the 3rd sunday of march", "last monday in april": a race day's rule, not a training day. */
const NTH_WEEKDAY_DATE = /\b(?:the )?(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|last) (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? (?:of|in)\b/g;
const DAY_WORD = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|week ?ends?)';
/** "off mondays", "mondays off", "except fri", "no sundays", "not weekends", "but monday", "weekends are hard". */
const OFF_DAY = new RegExp(`\\b(?:off(?: on)?|except(?: for)?|but(?: not)?|not(?: on)?|no|never(?: on)?|other than|besides|rest(?: on)?) ${DAY_WORD}(?:(?:,| and| or|/|&) ?${DAY_WORD})*|\\b${DAY_WORD}(?:(?:,| and| or|/|&) ?${DAY_WORD})* (?:off|are off|is off|are rest|is rest|rest|(?:are|is) (?:(?:really|pretty|usually|always|kinda|a bit) )?(?:hard|tough|tricky|busy|out|impossible|bad|crazy|a no|no good|packed)|(?:don'?t|doesn'?t) work)\\b`, 'g');

/** The text without its off-day phrases, and the days they name. */
function withoutOffDays(t: string): { text: string; off: IsoWeekday[] } {
  const off: IsoWeekday[] = [];
  const text = t.replace(OFF_DAY, (m) => {
    off.push(...findWeekdays(m.replace(/\b(off|except|for|but|not|no|never|on|other|than|besides|rest|are|is|and|or)\b/g, ' ')));
    return ' ';
  });
  return { text, off: [...new Set(off)] };
}

/** `n` spread-out days (defaultDaysForCount) moved so none falls on a day off; else the first free days. */
function spreadAvoiding(n: number, off: readonly IsoWeekday[], kind: 'lift' | 'run'): IsoWeekday[] {
  const base = defaultDaysForCount(n, kind);
  const fits: IsoWeekday[][] = [];
  for (let shift = 0; shift < 7; shift++) {
    const days = base.map((d) => (((d - 1 + shift) % 7) + 1) as IsoWeekday).sort((x, y) => x - y);
    if (!days.some((d) => off.includes(d))) fits.push(days);
  }
  if (fits.length) return fits[0]!;
  // No shift of the usual spread fits (four days off leave Thu-Sun): the free days with the fewest back to back.
  const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !off.includes(d));
  if (free.length > n) {
    const pick = (skip: number) => free.filter((_, i) => i !== skip);
    const adjacent = (ds: IsoWeekday[]) => ds.filter((d, i) => ds[i + 1] === d + 1).length;
    if (free.length === n + 1) return [...free.keys()].map(pick).sort((x, y) => adjacent(x) - adjacent(y))[0]!;
  }
  return ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !off.includes(d)).slice(0, n);
}

const ok = (answers: OnboardingAnswers): Read => ({ answers });

/**
 * The client's days grown or shrunk to `count`, keeping as many of theirs as fit: each day added (or taken away) is
 * the one that leaves the fewest back-to-back days, ties going to the usual spread for that count, then the earlier day.
 */
function resizedDays(days: readonly IsoWeekday[], count: number, kind: 'lift' | 'run'): IsoWeekday[] {
  const spread = defaultDaysForCount(count, kind);
  const backToBack = (ds: readonly IsoWeekday[]) => ds.filter((d) => ds.includes((d % 7) + 1 as IsoWeekday)).length;
  // Ranked by back-to-back days, then whether the day added is (or the day dropped is not) in the spread, then the day.
  const best = (options: Array<{ days: IsoWeekday[]; rank: number[] }>) =>
    options.map((o) => ({ ...o, rank: [backToBack(o.days), ...o.rank] })).sort((x, y) => x.rank.reduce((c, v, i) => c || v - y.rank[i]!, 0))[0]!.days;
  let out = [...new Set(days)].sort((x, y) => x - y);
  while (out.length < count) out = best(([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !out.includes(d)).map((d) => ({ days: [...out, d].sort((x, y) => x - y), rank: [spread.includes(d) ? 0 : 1, d] })));
  while (out.length > count) out = best(out.map((d) => ({ days: out.filter((x) => x !== d), rank: [spread.includes(d) ? 1 : 0, -d] })));
  return out;
}

/** "nothing for 2 yrs", "nothing since", "nothing in years": a break, never "no equipment". */
/** A question ("is the smith machine ok", "should i get a rack?", "do i need a bench"): asked, not told. */
const ASKS = /\?\s*$|^(?:is|are|should|do|does|can|could|would|will|what|which|how|any)\b|\b(?:should i|do i need|is (?:a |the )?[a-z -]{1,20} (?:ok|okay|fine|good|enough|worth))\b/;
const LAPSE_NOTHING = /\bnothing (?:for|since|in|lately|recently|much)\b(?: (?:\d+|a|a few|a couple(?: of)?|several|many) (?:years?|yrs?|months?|mos?|weeks?))?/g;
/** "used to run but nothing for 2 yrs", "used to lift, haven't in years": done before a break. */
// "lifted in college but nothing for like 5 yrs": training in a past stage of life, then a break, is the same lapse.
const LAPSED_NO_YEARS = /\b(?:used to (?:run|lift|train|work ?out|go to the gym|play \w+|be (?:active|fit|sporty))|(?:lifted|trained|ran|played \w+|worked out|competed|swam|rowed|wrestled) (?:a lot |a bit |some |a little )?(?:in|during|through|back in|all through) (?:college|uni|university|high school|hs|school|my (?:teens|20s|twenties|30s|thirties)|the (?:army|military|navy|marines)))\b.*?\b(nothing|haven'?t|not|stopped|quit)\b/;

/**
 * "3x a week", "3-4 days": a count with no day named. The days the plan picks are the coach's proposal, said as
 * one ("say which days suit you, or I'll use Tue, Thu, Sat"), never as days the client chose. A day off named
 * ("4 days, not mondays") or a long-run day counts as naming them.
 */
function withDaysCounted(read: Read, t: string, a: OnboardingAnswers): Read {
  if (read === null || 'error' in read || read.answers.trainingDays === undefined) return read;
  const days = read.answers.trainingDays;
  // "actually 4 days" after "mon wed fri": their days kept and one added (resizedDays) are still the days they named.
  const before = a.trainingDays && !a.daysFromCount ? a.trainingDays : [];
  const resized = before.length > 0 && (before.every((d) => days.includes(d)) || days.every((d) => before.includes(d)));
  const named = findWeekdays(t).length > 0 || longRunDayIn(t) !== undefined || days.length === 7 || resized;
  // Cleared (set to undefined: answers merge into what is stored) only when it was set, so days named again as they
  // were ("no make it mon wed fri") change nothing.
  const flag = named ? (a.daysFromCount ? { daysFromCount: undefined } : {}) : { daysFromCount: true };
  return { ...read, answers: { ...read.answers, ...flag } };
}

/** "ok 4 then", "lets do 4", "4 it is", "yeah 3 i guess": the count said with the words around an answer. */
export function withoutAnswerFiller(t: string): string {
  return t
    .trim()
    .replace(/^(?:(?:ok(?:ay)?|k|cool|sure|alright|fine|yeah|yea|yep|so|hmm+|um+|then)[\s,!.]+)+/, '')
    .replace(/^(?:let'?s|lets)\s+(?:do|go with|say|go)\s+|^(?:i'?ll|ill|i will)\s+(?:do|go with|take)\s+|^(?:go with|put me down for)\s+/, '')
    .replace(/(?:[\s,]+(?:then|it is|its|it'?s|i guess|i think|please|pls|plz|lol|haha|sounds good|works|is good|is fine)\b)+[\s!.]*$/, '')
    .replace(/[!.]+$/, '')
    .trim();
}

/**
 * "mon: easy 3, wed: tempo", "tue ran 4, thu did hills": runs done, told day by day - a log, not the days they can
 * train. Every part leads with a day; one at least has a colon, a past verb, or a session with its distance.
 */
const LOG_DAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/;
const LOGGED = /^\S+\s*:\s*\S|\b(?:ran|did|jogged|done)\b|\b(?:easy|tempo|long|recovery|intervals?|hills?|fartlek|track)\b(?: run)?\s+\d/;
function isDayLog(t: string): boolean {
  const parts = t.split(/\s*[,;\n]\s*/).filter((x) => x.trim() !== '');
  return parts.length > 0 && parts.every((x) => LOG_DAY.test(x) && x.replace(LOG_DAY, '').replace(/[:\s]/g, '') !== '') && parts.some((x) => LOGGED.test(x));
}

/** The days question, knowing their work: shift days are left out of the example, a rotating week asks for a count. */
function daysQuestion(a: OnboardingAnswers): string {
  if (a.work?.rotating) return "How many days a week can you train? Your work days change, so I'll plan that many and each week you text me which days.";
  const busy = a.work?.days ?? [];
  if (!busy.length) return "Which days can you train? e.g. 'mon wed fri' or '3 days'";
  const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !busy.includes(d));
  const example = free.slice(0, 3).map((d) => formatWeekdays([d]).toLowerCase()).join(' ');
  return `Which days can you train, besides ${formatWeekdays(busy)} when you work${a.work?.nights ? ' nights' : ''}? e.g. '${example}' or '3 days'`;
}

/**
 * Shift work, and when in the day they can train ("only before 7am on weekdays"): kept and said back. A
 * morning window moves the workout text an hour before it ends, unless a time for the text was said.
 */
function readWork(t: string, raw: string, a: OnboardingAnswers): Read {
  const work = findWorkSchedule(t);
  const window = findTimeWindow(raw) ?? clockAfterDays(raw);
  if (!work && !window) return null;
  const deadline = window ? morningDeadline(window) : null;
  // A start ("usually 5ish am before work") gets the text half an hour before it: read while getting ready, not
  // as they walk in (at 5:00 it came as they started), and not so early that it wakes them.
  const start = window && !deadline ? morningStart(window) : null;
  const early = a.morningTime !== undefined ? {} : deadline ? { morningTime: clockMinus(deadline, 60) } : start ? { morningTime: clockMinus(start, 30) } : window && BEFORE_WORK.test(window) && !/\d/.test(window) ? { morningTime: BEFORE_WORK_TEXT } : {};
  // The weekday time told before ("about 45 min on weekdays, longer on sat") is kept beside a clock told after it.
  const kept = window && a.trainingWindow && WEEKDAY_TIME.test(a.trainingWindow) && !WEEKDAY_TIME.test(window) ? `${a.trainingWindow}; ${window}` : window;
  return ok({ ...(work ? { work } : {}), ...(kept ? { trainingWindow: kept } : {}), ...early });
}

/**
 * "mon wed fri sat 7:30": a bare clock after the days is when they train (said back as "at 7:30"), not dropped. With
 * am/pm it is the text time, read elsewhere; with no am/pm it is not guessed into a text time.
 */
function clockAfterDays(raw: string): string | null {
  const m = /^\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?[\s,&/]*|and\s+)+\s(\d{1,2}:\d\d)\s*$/i.exec(raw);
  return m ? `at ${m[1]}` : null;
}

/** Before work with no clock ("mon wed fri before work"): the text early, said so, so it is there before they start. */
const BEFORE_WORK_TEXT = '05:30';

/**
 * Why the workout text comes when it does, when their window set it (readWork): "usually at 5:30am" → ", 30 min
 * before you usually train"; "before 7am" → ", an hour before your 7:00am cutoff". Nothing once they chose a time.
 */
export function textTimeReason(a: OnboardingAnswers): string {
  const window = a.trainingWindow;
  if (!window || !a.morningTime) return '';
  const deadline = morningDeadline(window);
  if (deadline && a.morningTime === clockMinus(deadline, 60)) return `, an hour before your ${formatClock(deadline)} cutoff`;
  const start = deadline ? null : morningStart(window);
  if (start && a.morningTime === clockMinus(start, 30)) return ', 30 min before you usually train';
  if (!deadline && !start && BEFORE_WORK.test(window) && a.morningTime === BEFORE_WORK_TEXT) return ", early so it's there before work (tell me when you start, e.g. 'texts at 6:15', and I'll move it)";
  // "mon wed fri around 6": 6am or 6pm is not said, so the text is not moved on a guess; they hear how to move it.
  const unsure = deadline || start ? null : unsureMorningClock(window);
  if (unsure && a.morningTime > clockMinus(unsure, 30)) return `. If that's ${formatClock(unsure).replace(/(?::00)?am$/, '')} in the morning, say 'texts at ${formatClock(clockMinus(unsure, 30)).replace(/am$/, '')}' and it comes before you train`;
  return '';
}

/** "before work", "before the kids wake up", "before school": early, with no clock said. */
const BEFORE_WORK = /\bbefore (?:work|my shift|the kids|school|the school run|my commute)\b/i;

/** 'HH:MM' minus some minutes, on the same day. */
function clockMinus(clock: string, minutes: number): string {
  const m = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)) - minutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** What the client said about their work, said back with what it does to the plan. */
function workSentence(a: OnboardingAnswers): string | null {
  if (!a.work) return null;
  if (a.work.rotating) return "Your work days change each week, so text me that week's days when you know them (e.g. 'move my workouts to tue thu sat this week') and I'll move them.";
  return `You work${a.work.nights ? ' nights' : ''} ${formatWeekdays(a.work.days)}, so no training on those days.`;
}

const LIFT_PART = /\b(?:lift\w*|weights|strength|gym)\b/;
const RUN_PART = /\b(?:run\w*|ran|jog\w*)\b/;

/** A text's sentences cut at "and"/"plus": "i run 12 miles a week and lift 2x" is a running part and a lifting part. */
function countParts(t: string): string[] {
  return sentences(t).flatMap((s) => s.split(/\s+(?:and|plus|&)\s+/)).map((s) => s.trim()).filter(Boolean);
}

/** The parts of a text that count lifting days ("lift 2x", "keep lifting 2 days a week"), not running. */
function liftCountParts(t: string): string[] {
  return countParts(t).filter((x) => findDayCount(x) !== null && /\b(lift\w*|weights|strength|gym)\b/.test(x) && !/\b(run\w*|ran)\b/.test(x));
}

/**
 * countParts with the sport each is about: a part that names neither ("thu" in "i lift mon and thu and run 3
 * days") is about the sport of the part before it.
 */
function sportParts(t: string): Array<{ text: string; sport: 'lift' | 'run' | null }> {
  let sport: 'lift' | 'run' | null = null;
  return countParts(t).map((text) => {
    if (RUN_PART.test(text)) sport = 'run';
    else if (LIFT_PART.test(text)) sport = 'lift';
    return { text, sport };
  });
}

/** "I lift 3x a week", "keep lifting 2 days": the count of a part about lifting (not running), or null. */
function liftCountIn(t: string): number | null {
  const s = liftCountParts(t)[0];
  return s === undefined ? null : findDayCount(s);
}

/** A hybrid's lifting count, kept beside whatever the text said about the running days. */
function withLiftCount(read: Read, t: string, a: OnboardingAnswers): Read {
  const n = a.goal === 'hybrid' ? liftCountIn(t) : null;
  if (n === null || n > 6 || (read !== null && 'error' in read)) return read;
  return { ...read, answers: { ...(read?.answers ?? {}), liftDaysPerWeek: n } };
}

/**
 * Another sport with its days ("I swim Mon Wed, bike Sat", "yoga on fridays"): those days are taken by
 * cross-training, not offered for runs or lifts. The clauses naming one (and no running or training) are
 * taken out before the days are read, and kept to be said back.
 */
const CROSS_TRAINING = new RegExp(`${OTHER_SPORT_DISTANCE.source}|\\b(spin|spinning|yoga|pilates|climb\\w*|bouldering|soccer|football|tennis|pickleball|basketball|volleyball|hockey|crossfit|classes?|dance|dancing|martial arts|bjj|boxing)\\b`);
const OWN_TRAINING = /\b(run\w*|ran|jog\w*|train\w*|workouts?|lift\w*|gym|sessions?|free|available|can do)\b/;
function withoutCrossTraining(t: string): { text: string; sports: string[] } {
  const clauses = t.split(/[,;.\n]|\band\b|\bbut\b|\bplus\b/).map((s) => s.trim()).filter(Boolean);
  const sports = clauses.filter((c) => CROSS_TRAINING.test(c) && !OWN_TRAINING.test(c) && findWeekdays(c).length > 0);
  return sports.length ? { text: clauses.filter((c) => !sports.includes(c)).join(', '), sports } : { text: t, sports: [] };
}

/** "mon, tue, thu and sometimes sat": a day hedged after the sure ones is no training day (planned on, it is missed). */
const HEDGED_DAY = /(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?)\s*(?:,|\band\b|&|\bor\b|\bplus\b)\s*(?:\band\s+)?\b(?:sometimes|occasionally|maybe|possibly|every other|some|the odd|if i can|if lucky|rarely)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?\b/g;

function withoutHedgedDays(t: string): string {
  const without = t.replace(HEDGED_DAY, (m) => `${/^[a-z]+/.exec(m)![0]} `);
  return without !== t && findWeekdays(without).length >= 2 ? without : t;
}

function readDays(whole: string, a: OnboardingAnswers): Read {
  const cross = withoutCrossTraining(withoutHedgedDays(whole));
  const read = readRunDays(cross.text, a);
  return cross.sports.length && read && 'answers' in read && read.answers.trainingDays ? { answers: { ...read.answers, crossTraining: cross.sports } } : read;
}

/** "add sunday", "plus saturday" / "drop friday", "take off monday", "no more fridays": a day added or taken away. */
const DAYS_ADDED = /\b(?:add|adding|plus|throw in|and also)\s+((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:\s*(?:,|and|&)\s*)?)+)/;
const DAYS_DROPPED = /\b(?:drop|dropping|remove|take off|take out|lose|cut|no more)\s+((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:\s*(?:,|and|&)\s*)?)+)/;

/** The client's days with the days a text adds or drops, or null when it edits none (or would leave none). */
function editedDays(t: string, days: readonly IsoWeekday[]): IsoWeekday[] | null {
  const added = DAYS_ADDED.exec(t);
  const dropped = DAYS_DROPPED.exec(t);
  if (!added && !dropped) return null;
  const out = new Set<IsoWeekday>(days);
  if (added) findWeekdays(added[1]!).forEach((d) => out.add(d));
  if (dropped) findWeekdays(dropped[1]!).forEach((d) => out.delete(d));
  const result = [...out].sort((x, y) => x - y);
  return result.length > 0 && result.join() !== [...days].sort((x, y) => x - y).join() ? result : null;
}

/**
 * "45 min on weekdays", "up to 2 hours on weekdays, 5 on weekends": time a session may take on some days. The
 * days named so are not the training days; a bare number before them is the same time in another clause.
 */
function minutesByDayDropped(t: string): string {
  const out = t.replace(/\b(min|mins|minutes|hours?|hrs?|hr)\b([^,.;]*?)\b(?:on )?(weekdays|weekends|week days)\b/g, '$1$2');
  if (!/\b(min|mins|minutes|hours?|hrs?|hr|h)\b|\d\s*(?:h|m)\b/.test(t)) return out;
  return out.replace(/\b(\d{1,3}(?:\.\d)?)\s*(?:or so\s+|ish\s+)?(?:on|at)\s+(?:the\s+)?(?:weekdays|weekends|week days|weekend)\b/g, '$1');
}

/** "i walk my dog every day", "bike to work daily": an everyday habit, not the days they can train. */
const HABIT = /\b(?:walk\w*|dog|commut\w*|to work|to school|school run)\b.*\b(?:every ?day|everyday|daily)\b|\b(?:every ?day|everyday|daily)\b.*\b(?:walk\w*|dog|commut\w*)\b/;

/** The text without its sentences about an everyday habit (see HABIT) that say nothing of training. */
function withoutHabits(t: string): string {
  return t.split(/(?<=[.!?;\n])\s*/).filter((x) => !(HABIT.test(x) && !/\b(?:run|running|lift\w*|train\w*|gym|workouts?)\b/.test(x))).join(' ');
}

/** "running like 3x a week", "i usually run 3 days", "currently 4 runs a week": what the client does now. */
const HABIT_NOW = /\b(?:i'?m |im |i am )?(?:currently |usually |normally |already )?(?:running|jogging|lifting|training)\b(?! (?:days?|on)\b)|\bi (?:usually |normally |currently )?(?:run|jog|lift|train)\b|\b(?:currently|usually|normally|right now|these days|at the moment|atm)\b/;

function readRunDays(whole: string, a: OnboardingAnswers): Read {
  // A trip's days are not training days; a trip in one sentence ("travel most weeks") leaves the others readable.
  const TRIP = /\b(hotel|trip|travel\w*|away|vacation|next week|this week|out of town)\b/;
  const trip = TRIP.test(whole) ? sentences(whole).filter((s) => !TRIP.test(s)).join(', ') : whole;
  // "I work nights mon-wed": the days they work are not training days (work-schedule.ts).
  const t0 = withoutHabits(withoutWork(trip)).split(/(?<=[.!?;\n])\s*/).map((x) => (findTimeWindow(withoutHabitClock(x)) === null ? x : daysBesideWindow(x))).join(' ');
  if (t0.replace(/[^a-z0-9]+/g, '') === '') return null;
  // "add sunday", "drop friday" (at the summary, or after the days were given): the days they have, edited.
  const edited = a.trainingDays?.length ? editedDays(t0, a.trainingDays) : null;
  if (edited) return ok({ trainingDays: withLongRunDay(edited, t0) });
  // "the 3rd sunday of may" is the race day, and "off mondays" a day they do not train: neither is a training day.
  const { text: t, off: said } = withoutOffDays(t0.replace(NTH_WEEKDAY_DATE, ' '));
  const off = [...new Set([...said, ...(a.work?.days ?? [])])];
  // "6 days, off mondays" / "every day but monday": the days left, or the count spread over them.
  if (off.length > 0) {
    const count = findDayCount(t);
    const free = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !off.includes(d));
    const named = findWeekdays(t).filter((d) => !off.includes(d));
    if (named.length >= 2) return ok({ trainingDays: named });
    if (count !== null && count <= free.length) return ok({ trainingDays: withLongRunDay(spreadAvoiding(count, off, needsRace(a.goal) ? 'run' : 'lift'), t) });
    if (count === null && /\b(every ?day|everyday|daily|all week|any day|rest of the week|other days)\b/.test(t0)) return ok({ trainingDays: free });
    return null;
  }
  // "lifting mon wed fri and running tue thu sat": a runner who lifts names both. The running days are the days
  // asked; a hybrid's lifting days are kept as named (the plan lifts on them, not on days it picks).
  if (needsRace(a.goal)) {
    const parts = sportParts(t);
    const liftDays = [...new Set(parts.filter((x) => x.sport === 'lift').flatMap((x) => findWeekdays(x.text)))].sort((x, y) => x - y);
    const runDays = [...new Set(parts.filter((x) => x.sport === 'run').flatMap((x) => findWeekdays(x.text)))].sort((x, y) => x - y);
    const lifting = a.goal === 'hybrid' ? { liftDaysPerWeek: liftDays.length, liftDays } : {};
    if (liftDays.length > 0 && runDays.length > 0) return ok({ trainingDays: withLongRunDay(runDays, t), ...lifting });
    // "i lift mon and thu and run 3 days": the runs counted go on the days the lifting leaves (engine/program/hybrid.ts).
    const runCount = liftDays.length > 0 ? findDayCount(parts.filter((x) => x.sport === 'run').map((x) => x.text).join(', ')) : null;
    if (runCount !== null && runCount >= 1 && runCount <= 7) {
      const long = longRunDayIn(t);
      const days = hybridRunDays(liftDays, runCount, long !== undefined && !liftDays.includes(long) ? long : undefined);
      if (days.length > 0) return ok({ trainingDays: days, ...lifting });
    }
  }
  // "45 min on weekdays" is about the minutes, not the days; so is the "5 on weekends" after "2 hours on weekdays".
  const named = findWeekdays(minutesByDayDropped(t.replace(/\b(on|by|till|until|race is|race on)\s+(mon|tue|wed|thu|fri|sat|sun)\w*\b/g, ' ')));
  // "maybe 3 days? weekday mornings, sat is fine too": the count is how many, the days named are where they may go.
  // "running like 3x a week, ~15 miles. can do tue thu sat sun": a count told as what they do now is no wish; the
  // days they can do are the days (the plan's volume starts from their mileage, not from their days).
  const wanted = named.length > 2 ? findDayCount(sentences(t).filter((x) => !(HABIT_NOW.test(x) && findWeekdays(x).length === 0)).join('. ')) : null;
  if (wanted !== null && wanted < named.length) {
    const notNamed = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter((d) => !named.includes(d));
    return ok({ trainingDays: withLongRunDay(spreadAvoiding(wanted, notNamed, needsRace(a.goal) ? 'run' : 'lift'), t) });
  }
  // "can run 4 days, long runs sat": the one day named is where the long run goes, not the only day (was "1 day a week (Sat)").
  const longOnly = named.length === 1 && longRunDayIn(t) === named[0] && findDayCount(t.replace(/\blong (?:runs?|run day)s?\b.*$/, ' ')) !== null;
  if (!longOnly && (named.length >= 2 || (named.length === 1 && /\b(only|just|can train|train on|days?)\b/.test(t)))) return ok({ trainingDays: named });
  // A runner who also lifts ("a 10k and keep lifting 2x a week", "i run 12 miles a week and lift 2x"): the lifting
  // part's count is lifting days, not the running days asked; only the rest of the text can count running days.
  const lifting = needsRace(a.goal) ? liftCountParts(t) : [];
  const runText = lifting.length ? countParts(t).filter((x) => !lifting.includes(x)).join(', ') : t;
  const range = findDayRange(runText);
  // "3-4x a week" from someone starting out (or 60+): the low end, said so (readDays' line); the high end once it feels easy.
  const low = range && startsLow(a) ? range.low : null;
  const count = low ?? findDayCount(runText) ?? range?.high ?? null;
  if (count !== null && (range !== null || /(?:\d|\b)\s*(days?|x|times|sessions?|workouts?|runs?(?= *(?:a|per|\/|each|every) *(?:week|wk)))\s*(?:a|per|\/|each|every)?\s*(?:week|wk)?\b/.test(runText) && !/\b(\d+)\s*days?\s*(?:ago|away|left|out|off|till|until)\b/.test(runText))) {
    const kind = needsRace(a.goal) ? 'run' : 'lift';
    // "actually make it 4 days" after "tue thu sat": their days kept, one added (was Mon Tue Thu Fri, two of theirs gone).
    // Days that are the usual spread for their count came from a count ("3 days"), or copy the question's example ("mon
    // wed fri"): the new count gets its own spread, proposed as such (withDaysCounted).
    const picked = a.trainingDays?.length && !a.daysFromCount && a.trainingDays.join() !== defaultDaysForCount(a.trainingDays.length, kind).join();
    const theirs = picked && named.length === 0 && count >= 1 && count <= 7 ? resizedDays(a.trainingDays!, count, kind) : null;
    return ok({ trainingDays: withLongRunDay(theirs ?? defaultDaysForCount(count, kind), t), daysRange: low !== null && range ? range : undefined });
  }
  return null;
}

/** Who starts at the low end of a range of days: a beginner, or 60 and over (recovery between sessions comes first). */
function startsLow(a: OnboardingAnswers): boolean {
  return a.trainingAge === 'beginner' || (a.age ?? 0) >= 60;
}

/** "You said 3-4 days: ..." - the low end taken, and why, while the days are still that many. */
function rangeSentence(a: OnboardingAnswers): string {
  const r = a.daysRange;
  if (!r || a.trainingDays?.length !== r.low) return '';
  const who = a.trainingAge === 'beginner' ? "as you're starting out" : `at ${a.age}`;
  return `You said ${r.low}-${r.high}: ${who}, ${r.low} days gives you rest between sessions; text '${r.high} days' once ${r.low} feel easy.`;
}
/**
 * A meet named as a noun ("my meet", "a powerlifting meet", "the comp", "meet is on", "competing"), not the
 * verb ("nice to meet you", "meet my goals").
 */
const MEET = /\b(?:(?:my|a|the|next|first|upcoming|local|powerlifting|pl|usapl|uspa|ipf|rps|wrpf|strongman|bench|push pull)\s+(?:\w+\s+)?(?:meet|comp|competition|contest)|(?:meet|comp|competition)\s+(?:is|on|in|date)|competing)\b/;
const RELATIVE_WEEKS = /\bin\s+(?:about\s+|around\s+|roughly\s+|~)?(?:\d+|a few|a couple(?: of)?|\w+)\s*(?:weeks|months)\b/;
/** Meets nearer than this leave no room for a peak; further than the longest plan is guesswork. */
const MEET_MIN_WEEKS = 4;
const MEET_MAX_WEEKS = 52;
/** How many clauses after the meet is named may still give its day. */
const MEET_DATE_CLAUSES = 2;

/** The meet day in a sentence that names a meet, looking forward ("march 14", "3/14", "in 12 weeks"). */
function readMeet(t: string, a: OnboardingAnswers, ctx: OnboardingContext): Read {
  const zone = workingTimezone(a, ctx);
  const parts = sentences(t);
  for (const [i, s] of parts.entries()) {
    if (!MEET.test(s)) continue;
    // "first powerlifting meet, its in april, maybe the 18th": a meet clause without a day takes its day from
    // the clauses right after it.
    const dated = (x: string) => findDateRef(x.replace(/\bwks?\b/g, 'weeks'), ctx.now, zone);
    const said = (dated(s) ? s : [s, ...parts.slice(i + 1, i + 1 + MEET_DATE_CLAUSES)].join(', ')).replace(/\bwks?\b/g, 'weeks');
    const ref = findDateRef(said, ctx.now, zone);
    if (ref?.kind !== 'date') continue;
    // "in 12 weeks" is a count, not a day: the meet is the Saturday ending that many weeks of training.
    if (RELATIVE_WEEKS.test(said)) ref.date = addDays(ref.date, -((isoWeekday(ref.date) + 1) % 7));
    // Plan weeks as the plan will count them from today (the meet in the last one).
    const weeks = weeksToMeet(localToday(ctx.now, zone), ref.date);
    if (weeks < MEET_MIN_WEEKS) return { answers: {}, reask: `${formatDate(ref.date)} is too close to build a peak for (I need about ${MEET_MIN_WEEKS} weeks) - I'll plan your training without it; send the next meet's date when you have it` };
    if (weeks > MEET_MAX_WEEKS) return { answers: {}, reask: `${formatDate(ref.date)} is over a year out - I'll plan your next few months and we can peak for the meet later` };
    return { answers: { meetDate: ref.date } };
  }
  return null;
}

/**
 * "ive lifted on and off for a couple years, mostly machines tho": how they trained, not the kit they have now
 * (was "You have machines (no barbell or rack)" and the kit question never asked, for a client with a garage rack).
 * A sentence that says training done and "mostly/mainly/just" kit, with no kit had ("i have", "my gym has").
 */
const TRAINED = /\b(?:lifted|lifting|trained|training|worked out|used to|did|done)\b/;
const KIT_HAD = /\b(?:i have|i've got|ive got|i got|i own|has|have access|at home|garage|basement)\b/;
const STYLE_KIT = /\b(?:mostly|mainly|mostly just|just|only|all)\s+(?:on\s+|with\s+|the\s+)?(?:machines?|cables?|dumbbells?|free ?weights|barbells?|kettlebells?|bands?)\b/g;
function withoutTrainedStyle(t: string): string {
  return TRAINED.test(t) && !KIT_HAD.test(t) ? t.replace(STYLE_KIT, ' ') : t;
}

const RELATIVE_DAY = anyOf([...TODAY_WORDS, ...TOMORROW_WORDS, 'this weekend']);
const TRAINING_ASK = /\b(?:can|could|should|may) i\b|\bi (?:only )?(?:have|got) (?:\d+|an?|half an) ?(?:min|mins|minutes|hours?|hrs?)\b|\b(?:shorter|skip|move|swap|instead)\b/;
const RACE_WORD = /\b(?:race|half|marathon|\d+ ?k|event)\b/;
/**
 * "i only have 30 min tomorrow morning, can i do a shorter run?", "...on thursday": a day's training asked about, not the
 * race's day (was "Dec 4, 2026 is only 1 day away - that's race week" to a runner asked which day in May the race is).
 */
function asksAboutTrainingDay(t: string): boolean {
  return (RELATIVE_DAY.test(t) || findWeekdays(t).length > 0) && TRAINING_ASK.test(t) && !RACE_WORD.test(t);
}

function readTargetEvent(t: string, a: OnboardingAnswers, ctx: OnboardingContext): Read {
  const event = findTargetEvent(t, a, ctx);
  return event ? { answers: { targetEvent: event } } : null;
}

/** A lifting goal, then a race added to it ("and also run a half", "also do a 10k"), with no race before it. */
const LIFT_GOAL_THEN_ALSO_RACE = /^(?:(?!\b(?:race|run\w*|marathon|half|5k|10k)\b).)*\b(?:build(?:ing)? muscle|gain muscle|put on muscle|get(?:ting)? (?:stronger|strong|bigger|big|huge|jacked|swole)|strength)\b[^.?!]*?\balso\b[^.?!]*?\b(?:race|run\w*|marathon|half|5k|10k)\b/;

/** Lifting goals whose client, adding a race later, still puts the lifting first. */
const LIFTING_FIRST_GOALS: ReadonlySet<Goal> = new Set(['strength', 'hypertrophy', 'power']);

/**
 * Whether a hybrid's lifting comes first: what the text says ("strength is my priority", "running on the
 * side"), else a lifting goal said before the race (a lifter who also has a 10k), else unset (race first).
 */
function liftFirstFor(t: string, a: OnboardingAnswers): boolean | undefined {
  const said = hybridPriority(sentences(t));
  if (said) return said === 'lift';
  // "build muscle and also run a half in april": the lifting goal said first, the race added with "also", in one text.
  if (LIFT_GOAL_THEN_ALSO_RACE.test(t)) return true;
  if (a.goal !== undefined && LIFTING_FIRST_GOALS.has(a.goal)) return true;
  return a.liftFirst;
}

const fromResult = <T>(r: { success: true; data: T } | { success: false; error: string }, f: (v: T) => OnboardingAnswers): Read => (r.success ? ok(f(r.data)) : { error: r.error });

export const SLOTS: SlotRow[] = [
  {
    // Never asked (the phone number's country sets it): "i use kg", "in kilos please", "metric", "lbs please" said in
    // any text sets the units the plan, its loads and the maxes said are in (was: a "+1" number's kg lifter got lb).
    key: 'units',
    overwrite: 'explicit',
    applies: () => true,
    filled: () => true,
    question: () => "Kilos or pounds? e.g. 'kg' or 'lb'",
    explicit: (t) => readUnits(t),
    bare: (t) => readUnits(t),
  },
  {
    key: 'name',
    overwrite: 'correction',
    applies: () => true,
    filled: (a) => a.name !== undefined,
    question: () => "What's your name?",
    explicit: (_t, raw) => readName(raw, false),
    bare: (_t, raw) => readName(raw, true),
    besideOthers: (raw) => { const ws = raw.trim().split(/\s+/); return ws.length === 1 || ws.every((w) => /^\p{Lu}/u.test(w)); },
  },
  {
    // "I'm 16": never asked, kept when said (a teen's plan puts technique first; the summary says how).
    key: 'age',
    overwrite: 'explicit',
    applies: () => true,
    asks: () => false,
    filled: (a) => a.age !== undefined,
    question: () => 'How old are you?',
    explicit: (t) => {
      const age = findAge(t);
      return age === null ? null : ok({ age });
    },
    bare: (t) => {
      const age = findAge(t) ?? (/^\d{2}$/.test(t.trim()) ? Number(t.trim()) : null);
      return age === null ? { error: 'How old are you?' } : ok({ age });
    },
  },
  {
    key: 'goal',
    overwrite: 'correction',
    applies: () => true,
    filled: (a) => a.goal !== undefined,
    question: () => "What's your main goal? Get stronger, build muscle, lose fat, general fitness, train for a race, or a mix (lifting + a race)?",
    explicit: (t, _raw, a) => {
      const lift = /\b(lifting|lift|weights|weight training|build(?:ing)? muscle|gain muscle|put on muscle|get(?:ting)? (?:stronger|strong|bigger|big|huge|jacked|swole|ripped|shredded|fit|fitter|in shape|toned|lean|leaner|healthier)|get(?:ting)? (?:back )?(?:in|into) (?:better |good )?shape|look better|(?:los(?:e|ing)|drop(?:ping)?|shed(?:ding)?) (?:(?:some|a little|a bit of|a few|the|my|like|about|around|roughly|maybe|at least|over|~|\d+(?:-\d+)?|\d+ ?(?:lbs?|pounds|kgs?|kilos|stone) ?(?:of)?) )*(?:fat|weight|pounds|lbs?|kgs?|kilos|stone|belly|gut|(?:dad|mom) ?(?:bod|gut|belly)|beer belly|baby weight|spare tire|love handles)|(?:be|feel|become|getting) (?:(?:a (?:bit|little|lot) )?(?:more )?)?(?:fit|fitter|healthier|in shape)|slim down|weight loss|fat loss|strength|hypertrophy|general fitness|tone up|stronger|bulk|powerlift\w*|bodybuild\w*|(?:stay|staying|keep|keeping|remain) (?:strong|fit|healthy|active|in shape))\b/.test(t);
      // A well-known race named ("doing boston in april") is a race goal on its own.
      const race = (/\b(training for|train for|signed up for|registered for|race|run(?:ning)? (?:a|my first|the)|(?:doing|do) (?:a|my|the)|first (?:5k|10k|half|marathon|full))\b/.test(t) && findRaceDistance(t) !== null) || findKnownRace(t) !== null || RACE_NO_DISTANCE.test(t);
      // "want to get faster for tryouts": an athlete's speed (power), not a race unless one is named.
      const athletic = !race && /\b(get(?:ting)? (?:faster|quicker|more explosive|more athletic|a higher vertical)|speed and agility|faster (?:for|on|at) (?:tryouts?|soccer|football|basketball|hockey|lacrosse|rugby|the (?:field|pitch|court)))\b/.test(t);
      if (!lift && !race && !athletic && !/\b(a mix|hybrid|both)\b/.test(t)) return null;
      // "get faster and stronger for next season": a player's speed and strength for their sport is power work.
      const forSport = !race && /\b(faster|quicker|explosive|speed|agility|vertical)\b/.test(t) && /\b(season|tryouts?|soccer|football|basketball|hockey|lacrosse|rugby|baseball|softball|volleyball|sports?|team|games?|the (?:field|pitch|court))\b/.test(t);
      const r = parseGoal(forSport ? 'power' : lift && race ? 'mix' : !lift && race ? 'race' : dropNegated(t));
      if (!r.success) return null;
      // "also wanna lose the gut" with the goal already known: a second goal beside it, not a new one in its place.
      if (a.goal && a.goal !== r.data.goal && ALSO.test(t) && secondGoal(t, a.goal) === r.data.goal) return ok({ alsoGoal: r.data.goal as StrengthGoal });
      const next: OnboardingAnswers = { goal: r.data.goal, alsoGoal: secondGoal(dropNegated(t), r.data.goal) ?? undefined };
      if (r.data.goal === 'race' || r.data.goal === 'hybrid') next.goal = lift ? 'hybrid' : r.data.goal;
      if (next.goal === 'hybrid') {
        const first = liftFirstFor(t, a);
        if (first !== undefined) next.liftFirst = first;
        // Lifting first: the lifting goal said ("build muscle") is what the lifting trains for, said back.
        const liftGoal = first ? liftingGoalIn(dropNegated(t)) : null;
        if (liftGoal) next.alsoGoal = liftGoal;
      }
      return ok(next);
    },
    // "bad knee, no jumping please": what they can't or won't do is never the goal (not power, not a race).
    // "easy 8km @ 5:45/km this morning": a run done is no race goal.
    bare: (t) => runJustDone(t) ? null : fromResult(parseGoal(dropNegated(t).replace(RULED_OUT, ' ')), (g) => ({ goal: g.goal, alsoGoal: secondGoal(dropNegated(t), g.goal) ?? undefined, ...(g.race ? { race: { distance: g.race.distance, ...(g.race.customDistanceKm ? { customDistanceKm: g.race.customDistanceKm } : {}) } } : {}) })),
  },
  {
    // Never asked: a lifter who names a meet ("powerlifting meet march 14", "my meet is in 12 weeks") gets a
    // plan that peaks for it; read from every text, like a race date.
    key: 'meet',
    overwrite: 'explicit',
    applies: (a) => lifts(a.goal) && a.goal !== 'hybrid',
    filled: () => true,
    question: () => "When is your meet? e.g. 'march 14' or 'in 12 weeks'",
    explicit: (t, _raw, a, ctx) => readMeet(t, a, ctx),
    bare: (t, _raw, a, ctx) => readMeet(t, a, ctx),
  },
  {
    // Never asked: a lifter who trains toward a dated day that is no meet ("hiking trip in june", "wedding june
    // 14") gets a plan that runs to it (target-event.ts); read from every text. A meet, when both are said, wins.
    key: 'target_event',
    overwrite: 'explicit',
    alongside: true,
    applies: (a) => lifts(a.goal) && a.goal !== 'hybrid' && !a.meetDate,
    filled: () => true,
    question: () => "When is it? e.g. 'june 14' or 'in 12 weeks'",
    explicit: (t, _raw, a, ctx) => readTargetEvent(t, a, ctx),
    bare: (t, _raw, a, ctx) => readTargetEvent(t, a, ctx),
  },
  {
    key: 'race_event',
    overwrite: 'explicit',
    applies: (a) => needsRace(a.goal),
    filled: (a) => a.race?.distance !== undefined && a.race?.date !== undefined,
    question: (a, ctx) => {
      const choice = raceChoice(a);
      const proposal = proposedRaceDate(a, ctx);
      if (proposal?.guess) return `Which day is it? I'd plan for ${formatDay(proposal.date)}, ${proposal.guess} - YES, or the date if you know it (or NO DATE if it's not booked yet)`;
      if (proposal) return `The ${proposal.name} is ${formatDay(proposal.date)} - is that your race? (YES or a different date)`;
      const month = pendingMonth(a, ctx);
      if (month && a.race?.season) return `Which day is your ${choice ? raceLabel(choice) : 'race'}? For ${a.race.season} I'd guess ${formatMonth(month)}, e.g. '${formatMonth(month).slice(0, 3).toLowerCase()} 10' - or any date, or NO DATE if it's not booked yet`;
      if (month) return `Which day in ${formatMonth(month)}? e.g. '${formatMonth(month).slice(0, 3).toLowerCase()} 10' or 'the 10th'`;
      if (choice && a.race?.date === undefined) return `When is your ${raceLabel(choice)}? e.g. 'april 12' or '4/12'`;
      if (!choice && a.race?.date !== undefined) return `What distance is the race on ${formatDate(a.race.date)}? e.g. '5k', '10k', 'half' or 'marathon'`;
      return "Which race, and when? e.g. 'half marathon on april 12' or '10k oct 5'";
    },
    // "10k" answering "What distance was your 56:10?" is that result's distance, not the race ahead's (a marathoner
    // became a 10K runner); a date said then still moves the race.
    explicit: (t, _raw, a, ctx, correcting) => (asksAboutTrainingDay(t) || (a.race?.pendingResult && findDateRef(t, ctx.now, workingTimezone(a, ctx)) === null) ? null : readRaceEvent(t, a, ctx, false, correcting)),
    bare: (t, _raw, a, ctx) => (asksAboutTrainingDay(t) ? null : readRaceEvent(t, a, ctx, true)) ?? { error: raceEventMiss(t, a, ctx) },
    wayOut: () => "Not sure of the date yet? Reply NO DATE and I'll set a target day - send the race date whenever you have it.",
  },
  {
    key: 'race_goal_time',
    overwrite: 'explicit',
    applies: (a) => needsRace(a.goal),
    filled: (a) => a.race?.goalTime !== undefined,
    question: (a) => {
      const choice = raceChoice(a);
      return `Goal time for the ${choice ? raceLabel(choice) : 'race'}? e.g. ${goalTimeExample(a)}, or 'none' to just finish strong`;
    },
    explicit: (t, _raw, a) => readGoalTime(t, a, false),
    bare: (t, _raw, a) => readGoalTime(t, a, true),
  },
  {
    key: 'race_recent',
    overwrite: 'explicit',
    applies: (a) => needsRace(a.goal),
    filled: (a) => a.race?.recentRace !== undefined,
    question: (a) =>
      a.race?.pendingResult
        ? `What distance was your ${a.race.pendingResult}? e.g. '5k', '10k' or '5 miles' - I'll set your paces from it. Or reply 'none'`
        : "A recent race result helps me set your paces, e.g. '22:30 5k' or '48:10 10k'. Or reply 'none'",
    explicit: (t, _raw, a) => readRecent(t, a, false),
    bare: (t, _raw, a) => readRecent(t, a, true),
  },
  {
    key: 'race_mileage',
    overwrite: 'explicit',
    applies: (a) => needsRace(a.goal),
    filled: (a) => a.race?.weeklyMileage !== undefined,
    question: (a) => (distanceUnit(a) === 'mi' ? "How many miles a week are you running now? e.g. '20 miles a week' (0 if none)" : "How many km a week are you running now? e.g. '30 km a week' (0 if none)"),
    explicit: (t, _raw, a) => mileageInUnitSaid(t, a, false),
    bare: (t, _raw, a) => mileageInUnitSaid(t, a, true),
  },
  {
    key: 'experience',
    overwrite: 'explicit',
    applies: () => true,
    filled: (a) => a.trainingAge !== undefined,
    question: (a) =>
      lifts(a.goal) && a.lifts === undefined
        ? "How long have you been training? e.g. 'new', '6 months', '3 years'. If you know a recent hard set or your maxes, add them (e.g. 'squat 185x5, bench 135x8')."
        : `How long have you been ${a.goal === 'race' ? 'running' : 'training'}? e.g. 'new', '6 months', '3 years'`,
    explicit: (t, _raw, _a, ctx) => {
      // "i used to run but nothing for 2 yrs": something before a break, with no years of it said, starts as new.
      const lapse = LAPSED_NO_YEARS.exec(t);
      if (lapse && !/\b\d+\s*(?:years?|yrs?)\b/.test(t.slice(0, lapse.index + lapse[0].indexOf(lapse[1]!)))) return ok({ trainingAge: 'beginner' });
      // "used to lift pretty seriously in college (like 5 yrs ago) but … getting back into it": read whole, since its
      // parts alone say only "ago" and "getting back".
      if (seriousOnceUncounted(t)) return ok({ trainingAge: 'intermediate' });
      const candidates = sentences(t).map(withoutFrequencies).filter(
        (x) =>
          (/\b(haven'?t (?:really |ever |actually |properly )?(?:run|ran|lifted|trained|worked out|exercised|been active|done (?:any|much))|(?:not|never) (?:really )?done (?:any|much)|lift|lifts|train|trains|lifting|training|running|working out|been|experience|lifted|trained|back at it|back into it|got back into|getting back into|beginner|intermediate|advanced|newbie|novice|new to|new-?ish|(?:pretty|fairly|kinda|kind of|still|quite|very|relatively|super) new|never (?:really |actually |ever |properly )?(?:lifted|trained|run|ran|worked out|exercised|done (?:any|much)|been (?:active|to a gym|to the gym|sporty))|years? (?:of|in|lifting|training|running)|months? (?:of|in|lifting|training|running))\b/.test(x) ||
            /^(?:about |around |like |almost |over |nearly )?(?:\d+|a|one|two|three|four|five|a few|a couple(?: of)?|several)\+? (?:years?|yrs?|months?)(?: now)?$/.test(x) ||
            STARTED_AGO.test(x)) &&
          !/\b(miles?|km|mpw|a week|per week)\b/.test(x) &&
          !aboutTheBody(x) &&
          // "a 1:52 half 2 years ago" dates a race; "started 5 months ago" is how long they have trained.
          (!/\bago\b/.test(x) || /\b(started|began|took (?:it )?up|got into|picked (?:it )?up|stopped|quit|gave (?:it )?up)\b/.test(x)),
      );
      // "some youtube workouts on and off, nothing consistent": the clause that says it never held decides (a beginner).
      if (INCONSISTENT.test(t) && !/\b\d+\s*(?:years?|yrs?)\b/.test(t)) return ok({ trainingAge: 'beginner' });
      for (const c of candidates) {
        const r = parseExperience(c, ctx.now.getUTCFullYear(), t);
        if (r.success) return ok({ trainingAge: r.data });
      }
      return null;
    },
    bare: (t, _raw, _a, ctx) =>
      /\b(miles?|km|mpw)\b/.test(withoutFrequencies(t)) || aboutTheBody(t) ? { error: "How long have you trained? e.g. 'new', '6 months', '3 years'" } : fromResult(parseExperience(t, ctx.now.getUTCFullYear()), (v) => ({ trainingAge: v })),
  },
  {
    // Never asked: shift work told anywhere ("I work nights Mon-Wed", "3 twelves, different days every week") is
    // kept, so those days are not training days and a rotating schedule is planned as such.
    key: 'work',
    overwrite: 'explicit',
    applies: () => true,
    filled: () => true,
    question: () => "Which days do you work? e.g. 'nights mon-wed'",
    explicit: (t, raw, a) => readWork(t, raw, a),
    bare: (t, raw, a) => readWork(t, raw, a),
  },
  {
    key: 'days',
    overwrite: 'explicit',
    applies: () => true,
    filled: (a) => a.trainingDays !== undefined,
    question: (a) => daysQuestion(a),
    explicit: (t, _raw, a) => (isDayLog(t) ? null : withDaysCounted(withLongRunAsked(withLiftCount(readDays(t, a), t, a), t, a), t, a)),
    // "6 days, off mondays" as the answer: the days left, not Monday.
    // A bare count ("5") for a race plan: a runner's spread, with the long run on the weekend.
    bare: (t, _raw, a) =>
      isDayLog(t)
        ? { error: `That reads like runs you've done, not the days you can train - once your plan starts, text runs like that and I'll log them. ${daysQuestion(a)}` }
        : withDaysCounted(
        (withoutOffDays(t).off.length > 0 || findDayRange(t) !== null ? readDays(t, a) : null) ??
          fromResult(parseTrainingDays(withoutAnswerFiller(withoutHabits(withoutWork(t)))), (d) => ({
            trainingDays: d.fromCount && a.work?.days.length ? spreadAvoiding(d.weekdays.length, a.work.days, needsRace(a.goal) ? 'run' : 'lift') : d.fromCount && needsRace(a.goal) ? defaultDaysForCount(d.weekdays.length, 'run') : (d.weekdays as IsoWeekday[]),
          })),
        t,
        a,
      ),
  },
  {
    key: 'duration',
    overwrite: 'explicit',
    applies: (a) => lifts(a.goal),
    filled: (a) => a.sessionMinutes !== undefined,
    question: () => "How long can each session be? e.g. '45 min' or '1 hour'",
    explicit: (t) => {
      // Read clause by clause: "10k pb is 52 min" is a race result, not the session length beside it; a clock with
      // am/pm ("usually at 5:30am so i only have like 50 min") is when, not a time run.
      const s = sentences(t).flatMap((x) => x.split(/\s*[,;]\s*/)).find((x) => /\b(min|mins|minutes|hours?|hr|hrs|an hour|half an hour)\b/.test(x) && !/\b(in|ran|pace|goal|sub|under|rode|biked|cycled|swam|rowed|walked|hiked|jogged|ride|did|peloton|spin)\b/.test(x) && !RESULT_WORDS.test(x) && !/\d:\d\d(?!\s*(?:am|pm|a\.m|p\.m))/.test(x));
      if (!s) return null;
      const m = findMinutes(s, false);
      return m !== null && m >= 15 && m <= 180 ? ok({ sessionMinutes: m }) : null;
    },
    bare: (t) => fromResult(parseSessionMinutes(t), (m) => ({ sessionMinutes: m })),
  },
  {
    // "I have 60 min per run", "45 minutes a run max": the time a run may take, read when said and never asked (the
    // race plan sets run lengths). Two times ("2 hours on weekdays, 5 on weekends") are not one cap: left out.
    key: 'run_time',
    overwrite: 'explicit',
    applies: (a) => needsRace(a.goal),
    asks: () => false,
    filled: (a) => a.runMinutes !== undefined,
    question: () => "How long can a run be? e.g. '60 min per run'",
    explicit: (t, _raw, a) => {
      const s = sentences(t).find((x) => RUN_TIME.test(x) && !/\b(weekdays?|weekends?|week days)\b/.test(x) && !/\d:\d/.test(x));
      if (!s) return weekdayTime(t, a);
      const m = findMinutes(s, false);
      return m !== null && m >= 15 && m <= 300 ? ok({ runMinutes: m }) : null;
    },
    bare: () => null,
  },
  {
    key: 'equipment',
    overwrite: 'explicit',
    applies: (a) => lifts(a.goal),
    filled: (a) => a.equipment !== undefined,
    question: () => "Where do you train? e.g. 'full gym', 'home gym', 'dumbbells only', 'hotel gym' or 'just bodyweight'",
    explicit: (t, _raw, a) => {
      if (/\b(trip|travel\w*|away|vacation|next week|this week|tue-|mon-|wed-|thu-)\b/.test(withoutWork(t))) return null;
      // Lifts with numbers ("bench 135x8") name exercises, not equipment.
      // A sentence at a time: a lift's span never runs on into the next sentence's kit ("bench 115 before. garage has a barbell rack").
      // "build muscle, 4 days, 1 hr, gym": "gym" as a clause of its own is a gym with everything.
      const gym = parseEquipment('full gym');
      if (a.equipment === undefined && gym.success && sentences(t).some((c) => /^(?:at |in )?(?:the |a |my |local |commercial )?gym$/.test(c))) return ok({ equipment: gym.data });
      // "nothing for 2 yrs", "nothing since": a break from training, not an empty kit; "doctor says nothing over
      // 135": a lifting limit, not an empty kit either.
      // "barbell, bench and dumbbells up to 50": the kit's heaviest load beside "bench" is no bench press of 50 (the
      // bench and the dumbbells were cut as a lift): a sentence is cut only for the lifts left once kit loads are out.
      const unlifted = (x: string) => (parseLifts(withoutKitMaxLoads(x)).length ? withoutLifts(x) : x);
      const kit = sentences(withoutTrainedStyle(withoutLoadLimit(t)).replace(LAPSE_NOTHING, ' ')).map(unlifted).join(', ').replace(/\bno (?:injur\w*|issues|pain|limitations?)\b/g, ' ');
      const missing = findMissingEquipment(kit);
      const found = findEquipment(kit);
      if (found === null) return null;
      // Only negations ("no pull-up bar") with equipment already known: take those away.
      if (a.equipment && missing.length && found.every((e) => e === 'bodyweight')) return ok({ equipment: a.equipment.filter((e) => !missing.includes(e)) });
      if (found.every((e) => e === 'bodyweight' || e === 'bands') && !/\b(body ?weight|no equipment|nothing|calisthenics|no gym|at home|bands?)\b/.test(t)) return null;
      if (a.equipment) {
        // "is the smith machine ok for squats or should i find a real rack": kit asked about is no kit had.
        if (ASKS.test(t)) return null;
        // "i have a pull-up bar too" with the kit known: one more item, not the whole kit (a Planet Fitness member's
        // wrist "cranky on bench" once left them a bench and nothing else).
        if (!namesWholeKit(kit) || /\b(?:also|too|as well|plus|on top)\b/.test(t)) {
          const more = found.filter((e) => !a.equipment!.includes(e));
          return more.length ? ok({ equipment: [...a.equipment, ...more], ...maxLoadsIn(kit, found, a) }) : null;
        }
      }
      return ok({ equipment: found, ...maxLoadsIn(kit, found, a) });
    },
    bare: (t, _raw, a) => fromResult(parseEquipment(t), (e) => ({ equipment: e, ...maxLoadsIn(t, e, a) })),
  },
  {
    key: 'limitations',
    overwrite: 'explicit',
    applies: () => true,
    filled: (a) => a.limitations !== undefined,
    question: () => "Any injuries or limitations? e.g. 'bad knee', 'lower back', 'shoulder', or 'none'",
    explicit: (t, _raw, a) => readLimitations(t, false, a),
    bare: (t, _raw, a) => readLimitations(t, true, a),
  },
  {
    // "doctor said no lifting over 20 lb": never asked, kept when told (its number is no max or log).
    key: 'load_limit',
    overwrite: 'explicit',
    applies: (a) => lifts(a.goal) || a.goal === undefined,
    asks: () => false,
    filled: (a) => a.loadLimit !== undefined,
    question: () => "Any limit on how heavy you may lift? e.g. 'no lifting over 20 lb'",
    // The end it is given ("for 6 weeks") is kept with it: the plan holds the limit on those dates only, as a
    // dated plan note (the text is kept to be read again once the plan exists, onboarding/index.ts).
    explicit: (t, _raw, a, ctx) => {
      const limit = findLoadLimit(t, weightUnit(a));
      return limit ? ok({ loadLimit: withEnd(limit, t, a, ctx) }) : null;
    },
    bare: (t, _raw, a, ctx) => {
      const limit = findLoadLimit(t, weightUnit(a));
      return limit ? ok({ loadLimit: withEnd(limit, t, a, ctx) }) : { error: "Any limit on how heavy you may lift? e.g. 'no lifting over 20 lb'" };
    },
  },
  {
    key: 'maxes',
    overwrite: 'explicit',
    // Read for every lifter: a returning lifter read as under a year ("back at it 8 months") may know
    // "squat 245x5", and numbers given shape the first loads.
    applies: (a) => lifts(a.goal),
    // Not asked of a beginner, who mostly has no maxes to give: their first loads come from their first logged sets.
    asks: (a) => a.trainingAge !== 'beginner',
    filled: (a) => a.lifts !== undefined,
    // The example in the client's own unit: "squat 185x5 … (kg)" asks a metric lifter for a 185 kg squat.
    question: (a) => `Optional, so your weights are right from day one: a recent hard set or your maxes for the main lifts, e.g. ${weightUnit(a) === 'kg' ? "'squat 80x5, bench 60x8, deadlift max 120'" : "'squat 185x5, bench 135x8, deadlift max 275'"} (${weightUnit(a)}). Or reply SKIP.`,
    explicit: (t, _raw, a) => (/\d{2,4}/.test(withoutLoadLimit(t)) ? readLifts(withoutLoadLimit(t), a, false) : null),
    bare: (t, _raw, a) => readLifts(t, a, true),
  },
  {
    key: 'timezone',
    overwrite: 'explicit',
    applies: () => true,
    filled: (a) => a.timezone !== undefined,
    question: () => "What time zone are you in? Name your city (e.g. 'Denver', 'London') or a zone like 'Eastern'",
    explicit: (t, raw) => {
      // "training for the chicago marathon", "doing boston in april": a race, not where the client lives.
      // Only the clauses naming the race are set aside, so "doing boston in april, …, boston" still says home.
      const place = findKnownRace(t) ? withoutRaceClauses(raw) : raw;
      const named = findNamedZone(place);
      if (!named) return null;
      // "6am tokyo time while im there", "in tokyo next week": a trip's clock, not home's (the trip is noted apart).
      if (TRIP_ZONE.test(t)) return null;
      const rest = normalize(place);
      if (named.kind === 'iana' || rest.split(' ').length <= 3 || placeInContext(rest, named)) return ok({ timezone: named.zone });
      return null;
    },
    bare: (_t, raw) => fromResult(parseTimezone(raw), (z) => ({ timezone: z })),
    fallback: (_a, ctx) => (ctx.phoneTimezone ? { timezone: ctx.phoneTimezone } : null),
  },
  {
    key: 'morning_time',
    overwrite: 'explicit',
    applies: () => true,
    filled: (a) => a.morningTime !== undefined,
    question: (a) => (a.morningClockUnsure ? `${spokenAm(a.morningClockUnsure)} or pm?` : "What time should your daily workout text arrive? e.g. '6:30am' or '7am'"),
    explicit: (t, _raw, _a, _ctx, correcting) => {
      const CUE = /\b(texts?|send|messages?|msgs?|remind|workout texts?|wake|morning|mornings)\b/;
      // "quarter to six", "six thirty", "7ish": said in words, read as the clock they name. A time said in words
      // with its minutes ("half past 5") is a clock on its own; so is a lone time at the summary ("5:30 instead").
      const read = (x: string) => {
        const said = spokenClock(x);
        const spoken = said !== x && /\d:\d\d/.test(said) && !/\d:\d\d/.test(x);
        const m = /^(?:(?:before work|before my commute|before the gym|make it|more like|actually|no|change it to|how about|maybe|ok|so)\s+)*((?:at|around|about|by|@)\s+)?(\d{1,2}(?::\d\d)?\s*(?:am|pm)?|noon|midday)(?:\s*(?:instead|please|pls|then|works|works for me|is better|is good|is fine|is perfect|would be good|would be better|sounds good))?[.!]*$/.exec(said);
        // "3" alone is not a time; "at 7", "6:15", "6am" and "noon" are. "6:30 is good", said after the text's
        // time was told, answers it whatever was asked (a session is never "6:30 long").
        const alone = m !== null && (correcting ? m[1] !== undefined || /:|am|pm|noon|midday/.test(m[2]!) : /:\d\d/.test(m[2]!) && /\b(?:works|better|good|fine|perfect|instead)\b/.test(said));
        return { said, clock: /\d\s*(am|pm)\b/.test(said) || spoken || alone };
      };
      // "ran 8k at 5:50 this morning": a run's pace at a past time, not when to text. Such sentences are skipped.
      const RUN_AT_PACE = /\b(ran|run|jogged|did|raced|finished|went)\b.*\b\d+(?:\.\d+)?\s*(?:k|km|kms|mi|miles?)\b|\b(?:this|yesterday|earlier this|last) (?:morning|night)\b/;
      // "can i train at 2am after my shift?": a question about when to train, not when the text comes.
      const ASKS_TRAINING_AT = /^(?:can|could|should|is it ok(?:ay)? to|ok to|would it be ok to) (?:i |we )?(?:train|lift|work ?out|exercise|run|go to the gym|do (?:it|my workout|the workout))\b/;
      // "I can only work out before 7am": when they train (the text comes before it), not the text's time.
      const candidates = sentences(t).filter((x) => !RUN_AT_PACE.test(x) && !(ASKS_TRAINING_AT.test(x) && !CUE.test(x)) && findTimeWindow(x) === null);
      if (candidates.length === 0) return null;
      // "want texts at 5:30": the plural names the texts too.
      if (!candidates.some((x) => CUE.test(x)) && !candidates.some((x) => read(x).clock)) return null;
      const found = candidates.map(read).find((x) => CUE.test(x.said) || x.clock);
      if (!found) return null;
      const s = found.said;
      if (!found.clock && /\d:\d\d(?!\s*(am|pm))/.test(s) && !/\b(texts?|send|messages?|at)\b/.test(s)) return null;
      const time = findTimeOfDay(s);
      return time ? ok(morningClock(t, time)) : null;
    },
    bare: (t, _raw, a) => {
      // "pm", "evening" after "5:30am or pm?": the clock asked about, at that half of the day.
      const half = a.morningClockUnsure ? HALF_OF_DAY.find(([re]) => re.test(t))?.[1] : undefined;
      if (a.morningClockUnsure && half) return { answers: { morningTime: half === 'pm' ? addTwelve(a.morningClockUnsure) : a.morningClockUnsure, morningClockUnsure: undefined } };
      const r = parseTimeOfDay(t);
      return r.success ? { answers: morningClock(t, r.data) } : { error: r.error };
    },
    // A clock asked about ("5:30am or pm?") is asked again at the summary, not replaced by 7am.
    fallback: (a) => (a.morningClockUnsure ? null : { morningTime: '07:00' }),
  },
];

/**
 * The morning text's clock as said: with no am or pm and nothing saying which half of the day, an hour from 1 to 5
 * ("5:30", "4") could be either (a runner out at 5:30am, or a text at 5:30pm): asked once, never guessed. From 6 to
 * 11 it is the morning; 12 is noon; 13-23 was written as a 24-hour clock.
 */
const UNSURE_HOURS = [1, 2, 3, 4, 5];
const HALF_SAID = /\b(?:am|pm|a\.m\.|p\.m\.|mornings?|evenings?|nights?|tonight|afternoons?|noon|midday|early|late|before work|after work)\b|\d\s*(?:am|pm|a|p)\b/;
const HALF_OF_DAY: ReadonlyArray<readonly [RegExp, 'am' | 'pm']> = [
  [/\b(?:pm|p\.m\.|evenings?|nights?|tonight|afternoons?|after work)\b/, 'pm'],
  [/\b(?:am|a\.m\.|mornings?|early|before work)\b/, 'am'],
];
/** The clock alone ("5:30", "at 5", "5:30 instead"): nothing beside it says it is the morning text's ("texts at 5:30", "i wake at 5"). */
const CLOCK_ALONE = /^(?:(?:at|around|about|@|make it|maybe|actually|ok|so)\s+)*\d{1,2}(?::\d\d)?(?:\s+(?:instead|please|pls|then))?[.!]*$/;
function morningClock(said: string, time: string): Pick<OnboardingAnswers, 'morningTime' | 'morningClockUnsure'> {
  const hour = Number(time.slice(0, 2));
  // 5 is the morning when the text says it is the text's clock or when they wake; alone, it is asked. 1-4 always are.
  const unsure = UNSURE_HOURS.includes(hour) && (hour < 5 || CLOCK_ALONE.test(said.trim()));
  if (!HALF_SAID.test(said) && unsure && !/\b0\d:/.test(said)) return { morningTime: undefined, morningClockUnsure: time };
  return { morningTime: time, morningClockUnsure: undefined };
}
const addTwelve = (hhmm: string) => `${String(Number(hhmm.slice(0, 2)) + 12).padStart(2, '0')}${hhmm.slice(2)}`;
/** "05:30" → "5:30am". */
const spokenAm = (hhmm: string) => `${Number(hhmm.slice(0, 2))}:${hhmm.slice(3)}am`;

export const SLOT_BY_KEY = new Map(SLOTS.map((s) => [s.key, s]));

/** The first slot that applies, is empty and has no stated default; null when only the summary is left. */
export function nextSlot(a: OnboardingAnswers, ctx: OnboardingContext): SlotRow | null {
  for (const s of SLOTS) {
    if (!s.applies(a) || s.filled(a) || (s.asks && !s.asks(a))) continue;
    if (s.fallback?.(a, ctx)) continue;
    return s;
  }
  return null;
}

/** Answers with the stated defaults filled in (time zone from the phone, 7:00am texts). */
export function withDefaults(a: OnboardingAnswers, ctx: OnboardingContext): OnboardingAnswers {
  let out = a;
  for (const s of SLOTS) if (s.applies(out) && !s.filled(out) && s.fallback) out = { ...out, ...(s.fallback(out, ctx) ?? {}) };
  return out;
}

/** How a note the client told (not a slot's answer) is said back: the summary keeps these first when SMS length is short. */
const TOLD_LEAD = 'Noted:';
/** How the advice to have an injury checked opens (see redFlagsOf). */
const RED_FLAG_LEAD = 'What you describe';

/**
 * Summary sentences that say back what the client told beyond the answers (a clicking knee, an injury, shift work,
 * a trip, a lifting limit): SMS length drops routine restatements before these, never these.
 */
export function isToldSentence(s: string): boolean {
  return s.startsWith(TOLD_LEAD) || s.startsWith(RED_FLAG_LEAD) || /^(I'll go easy on|I don't have the|Your [\d.]+ (?:lb|kg) .* from \d+\+ years ago|You work|Your work days|Cross-training noted|Nothing over|You're \d+, so (?:technique|every set))/.test(s);
}

/** Restates what was understood, one sentence per fact, in plain words. */
export function understoodSentences(a: OnboardingAnswers, ctx: OnboardingContext): string[] {
  const out: string[] = [];
  const goalWords: Record<string, string> = {
    strength: 'get stronger',
    hypertrophy: 'build muscle',
    fat_loss: 'lose fat',
    general_fitness: 'get fitter overall',
    power: 'get more powerful',
    muscular_endurance: 'build muscular endurance',
  };
  const choice = raceChoice(a);
  if (a.goal === 'race' || a.goal === 'hybrid') {
    const race = choice ? raceLabel(choice) : 'race';
    // No goal time asked yet is no goal said: "to finish strong" is the answer "none", not the question's default.
    const goal = a.race?.goalTime ? ` with a goal of ${formatGoal(parseDuration(a.race.goalTime) ?? 0)}` : a.race?.goalTime === null ? ' to finish strong' : '';
    const when = a.race?.date ? `${a.race.targetDate ? ' by' : ' on'} ${formatDate(a.race.date)}` : '';
    // Lifting first takes 2+ of their days and leaves the 3 runs a race plan needs (engine/program/hybrid.ts); on
    // fewer days the runs come first and the lifting goes beside them, said so rather than promised.
    const liftGoal = a.alsoGoal ? ` to ${goalWords[a.alsoGoal] ?? a.alsoGoal}` : '';
    const firstFits = !a.trainingDays || strengthFirstDays(a.trainingDays, a.race?.longRunDay, a.liftDaysPerWeek) !== null;
    const hybrid = a.goal !== 'hybrid' ? '' : a.liftFirst && firstFits ? `, with lifting first${liftGoal}` : a.liftFirst ? `, and lifting${liftGoal} beside it (lifting first needs 5 days: 2 lifts, 3 runs)` : ', and lifting on the side';
    // "an 8K", "an 800m", "an 11K": the article goes by the sound of the number.
    out.push(`You're training for ${/^(?:8|11|18)/.test(race) ? 'an' : 'a'} ${race}${when}${goal}${hybrid}.`);
    if (a.race?.targetDate) out.push('No race date yet, so that is your target day; send me the race date when you have it.');
    if (a.race?.recentRace) out.push(`Your recent ${raceLabel(a.race.recentRace)} was ${formatFinish(parseDuration(a.race.recentRace.time) ?? 0)}.`);
    if (a.race?.weeklyMileage !== undefined) out.push(a.race.weeklyMileage === 0 ? "You're not running yet, so we start with run/walk." : `You run about ${a.race.weeklyMileage} ${distanceUnit(a)} a week now.`);
  } else if (a.goal) {
    // A second goal said beside the first is said back with it; fat loss with what does it (the plan lifts, food loses).
    const also = a.alsoGoal && a.alsoGoal !== a.goal && lifts(a.goal) ? ` and ${goalWords[a.alsoGoal] ?? a.alsoGoal}${a.alsoGoal === 'fat_loss' ? ': the lifting keeps your muscle, eating a bit less than you burn takes the fat off' : ''}` : '';
    out.push(`Your goal is to ${goalWords[a.goal] ?? a.goal}${also}${a.meetDate && lifts(a.goal) ? `, peaking for your meet on ${formatDate(a.meetDate)}` : a.targetEvent && lifts(a.goal) ? `, ready for ${describeTargetEvent(a.targetEvent)}` : ''}.`);
  }
  // Intermediate is said as a level, not "1-5 years": six years on and off is planned as intermediate too, and
  // "(1-5 years)" told that client they were misheard.
  // A lifter back after a break is a beginner again for the plan, not someone who never trained: said as such.
  const back = a.lifts?.lapsed && Object.keys(a.lifts.lapsed).length > 0;
  if (a.trainingAge) out.push(a.trainingAge === 'beginner' ? (back ? "You've lifted before, but after the break we start as a beginner: simple steps, which come back quickly." : "You start as a beginner (under a year of steady training), so we start simple.") : a.trainingAge === 'intermediate' ? "You've been training for a while (intermediate)." : "You're experienced (5+ years).");
  // Kit and session length told before the goal ("dumbbells at home, 5 10 and 15 lbs" to the goal question) are said
  // back as kept: they were kept without a word, and the client saw only the goal question again.
  const mayLift = a.goal === undefined || lifts(a.goal);
  if (!a.trainingDays && a.sessionMinutes && mayLift) out.push(`Sessions of about ${a.sessionMinutes} min.`);
  // Lifting first only when it fits the days (strengthFirstDays); otherwise the days given are run days, lifting beside them.
  const liftsFirst = a.liftFirst === true && (!a.trainingDays || strengthFirstDays(a.trainingDays, a.race?.longRunDay, a.liftDaysPerWeek) !== null);
  const liftDays = a.goal === 'hybrid' && !liftsFirst && a.liftDays?.length ? `, and lift ${formatWeekdays(a.liftDays)}` : '';
  const runTime = a.runMinutes && needsRace(a.goal) ? `, up to ${a.runMinutes} min a run` : '';
  // Days from a count ("3x a week") are the coach's pick, proposed as such: the client never named them.
  const dayList = a.daysFromCount ? '' : ` (${formatWeekdays(a.trainingDays ?? [])})`;
  const proposed = a.daysFromCount && a.trainingDays ? ` Say which days suit you, or I'll use ${formatWeekdays(a.trainingDays)}.` : '';
  if (a.trainingDays) out.push(`You can ${a.goal === 'hybrid' && !liftsFirst ? 'run' : 'train'} ${counted(a.trainingDays.length, 'day')} a week${dayList}${liftDays}${a.sessionMinutes && mayLift ? `, about ${a.sessionMinutes} min each` : ''}${runTime}.${proposed}`);
  const range = rangeSentence(a);
  if (range) out.push(range);
  const work = workSentence(a);
  if (work) out.push(work);
  if (a.trainingWindow) out.push(`${TOLD_LEAD} ${a.trainingWindow.replace(/^(?:and|also|oh|but)\s+/i, '').replace(/^i'?m\b/i, "you're").replace(/^i\b/i, 'you').replace(/^./, (c) => c.toLowerCase())}.`);
  if (a.equipment && mayLift) {
    const have = a.equipment.filter((e) => e !== 'bodyweight');
    const full = ['barbell', 'rack', 'dumbbell', 'cable', 'machine'].every((e) => have.includes(e as never));
    // A bench is worth saying missing when there are weights to press on it.
    const benchMatters = have.includes('dumbbell') || have.includes('barbell');
    const missing = (['barbell', 'rack', 'bench'] as const).filter((e) => !have.includes(e) && (e !== 'bench' || benchMatters)).map((e) => EQUIPMENT_NAMES[e]!.replace(/^an? /, ''));
    const upTo = (e: string) => {
      const m = e === 'dumbbell' || e === 'kettlebell' ? a.maxLoads?.[e] : undefined;
      // "kettlebells (15, 25 and 35 lb)": the weights they own, said back; a range or a heaviest as "up to".
      const list = m?.owned && m.owned.length >= 2 && m.owned.length <= 6 ? `${m.owned.slice(0, -1).join(', ')} and ${m.owned.at(-1)}` : null;
      return m ? (list ? ` (${list} ${m.unit})` : m.owned?.length === 1 ? ` (${m.load} ${m.unit})` : ` up to ${m.load} ${m.unit}`) : '';
    };
    out.push(full ? `You have a full gym${a.maxLoads?.dumbbell ? ` (dumbbells${upTo('dumbbell')})` : ''}.` : have.length ? `You have ${have.map((e) => `${EQUIPMENT_NAMES[e] ?? e}${upTo(e)}`).join(', ')}${missing.length && have.length ? ` (no ${missing.length > 2 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing.join(' or ')})` : ''}.` : 'You train with bodyweight only.');
  }
  if (a.upperBodyOnly) out.push('Upper body and trunk only, every lift seated.');
  if (a.limitations?.length) out.push(`I'll go easy on your ${limitationNames(a).join(' and ')}${a.limitationCautions?.length ? ` (${a.limitationCautions.join(', ')})` : ''}.${meetKeepsLine(a)}`);
  else if (a.limitations && !a.bodyNotes?.length && !a.upperBodyOnly) out.push('No injuries.');
  // Its own sentence: SMS length drops it before the kit (a routine restatement's priority), never the injury said back.
  const goalLifts = a.limitations?.length ? goalLiftsLine(a) : '';
  if (goalLifts) out.push(goalLifts);
  // Said as its own sentence, kept first when the summary is short (isToldSentence): a reason to see someone.
  if (a.limitations?.length && a.limitationRedFlags?.length) out.push(`${RED_FLAG_LEAD} (${a.limitationRedFlags.slice(0, 2).join(', ')}) is a reason to get it checked by a doctor or physio - please don't train through it.`);
  if (a.crossTraining?.length && a.trainingDays) out.push(`Cross-training noted (${a.crossTraining.map((c) => c.replace(/^(?:(?:i|we|and|also|plus|do|go|usually)\s+)+/, '')).join('; ')}): I keep runs to your run days.`);
  // A note that asks for no change is still said back, so the client (and the coach reading along) sees it kept.
  // "…fine now but deadlifts from the floor make me nervous": the lift is taken out once the plan starts (kept note).
  const feared = [...new Map((a.notes ?? []).flatMap((n) => liftsFeared(n.text)).map((x) => [x.id, x])).values()];
  // "I can't kneel on it": every lift done kneeling goes the same way (parse/kneeling.ts).
  const outs = [...feared.map((x) => `${nameMidSentence(x.name)}s`), ...((a.notes ?? []).some((n) => kneelingRuledOut(n.text)) ? ['kneeling lifts'] : [])];
  const leaveOut = outs.length ? `I'll leave ${outs.join(' and ')} out and give you another lift for the same muscles` : null;
  if (a.bodyNotes?.length) out.push(`${TOLD_LEAD} ${a.bodyNotes.join('; ')}. ${leaveOut ?? 'Nothing to change for that'}, but tell me if it starts to hurt.`);
  else if (leaveOut) out.push(`${leaveOut}.`);
  if (a.loadLimit && lifts(a.goal)) out.push(loadLimitLine(a.loadLimit));
  if (isYouth(a.age) && lifts(a.goal)) out.push(youthLine(a.age!));
  else if (lifts(a.goal) && ageRuleFor(a.age)) out.push(olderLine(a.age!));
  if (a.lifts && (Object.keys(a.lifts.oneRepMaxes).length || a.lifts.recentSets.length)) {
    out.push(`I'll set your first weights from ${liftsSaidBack(a.lifts, weightUnit(a))}.`);
  }
  const history = a.lifts ? longLapsedSaidBack(a.lifts, weightUnit(a)) : null;
  if (history) out.push(history);
  if (a.unknownLifts?.length && lifts(a.goal)) out.push(unknownLiftsLine(a.unknownLifts));
  // A trip or a sickness told along the way: named, so the client sees it kept (it is read again once the plan exists).
  // A lifting limit kept to be read again has its own line above; a health condition kept ("I have AFib") is
  // named as such, never as "your trip".
  // A lift feared is said with the body notes above ("I'll leave deadlifts out"), never as a trip.
  // An injury kept for its red flags is said with the injuries ("get it checked"), never as a trip.
  const reports = (a.notes ?? []).filter((n) => !n.injury && (!a.loadLimit || findLoadLimit(normalize(n.text), weightUnit(a)) === null) && liftsFeared(n.text).length === 0 && !kneelingNote(n.text));
  const kept = [...new Set(reports.flatMap((n) => { const h = findHealthConditions(n.text); return h.length ? h.map((x) => `your ${x.label}`) : [/\b(sick|ill|flu|covid|fever|cold|bug|virus|strep)\b/i.test(n.text) ? 'being sick' : tuneUpNoted(n.text, a) ?? 'your trip']; }))];
  if (kept.length) out.push(`${TOLD_LEAD} ${kept.join(' and ')} - I'll plan around it once you start.`);
  const zone = a.timezone ?? ctx.phoneTimezone;
  if (zone) out.push(`Your workout text comes at ${formatClock(a.morningTime ?? '07:00')} ${describeTimezone(zone).replace(/ \(.*\)$/, '')}${textTimeReason(a)}.`);
  return out;
}

/**
 * The summary's shorter form of a long restatement, already said in full when it was told: the full age rules
 * pushed a 67-year-old's kit, injuries and text time out of the summary.
 */
export function summaryShort(s: string, a: OnboardingAnswers): string | undefined {
  if (a.age === undefined || !lifts(a.goal) || isYouth(a.age) || !ageRuleFor(a.age) || s !== olderLine(a.age)) return undefined;
  const rule = ageRuleFor(a.age)!;
  return `You're ${a.age}: sets stop ${rule.effortFloor.rir}+ reps short of failure, ${rule.warmupMinutes}-min warm-ups${addsPowerBalance(rule.band) ? ', power and balance work' : ''}, smaller weight steps.`;
}

/**
 * A lifter under 18, said back with what it does to the plan (NSCA 2009 youth position statement, AAP 2020):
 * technique before load, no max testing, every set short of failure (request effortFloor, plan-request.ts).
 */
export function youthLine(age: number): string {
  return `You're ${age}, so technique comes first: we start light, every set stops 2+ reps short of failure (RIR 2+), no max testing, and a coach or parent should watch your form on the big lifts.`;
}

/**
 * A lifter 60+, said back with what their age's rules do to the plan (strength/age-rules.ts): heavy lifting
 * stays, every set short of failure, no max singles, a longer warm-up, smaller load steps.
 */
export function olderLine(age: number): string {
  const rule = ageRuleFor(age)!;
  const powerBalance = addsPowerBalance(rule.band);
  return `You're ${age}, so every set stops ${rule.effortFloor.rir}+ reps short of failure with ${rule.effortFloor.minReps}+ reps (no 1-3 rep maxes), each session opens with a ${rule.warmupMinutes}-min warm-up and ramp-up sets${powerBalance ? ', then a few fast reps for power (no jumps), and ends with a balance hold' : ''}, and weight goes up in smaller steps.`;
}

/** A load limit with the last day it holds, when the text says one ("for 6 weeks", "till my 6 week check"). */
function withEnd(limit: { load: number; unit: 'kg' | 'lb' }, t: string, a: OnboardingAnswers, ctx: OnboardingContext): NonNullable<OnboardingAnswers['loadLimit']> {
  const until = findLimitEnd(t, ctx.now, workingTimezone(a, ctx));
  return until ? { ...limit, until } : limit;
}

/** An empty barbell: a limit under it takes the barbell (and the machines and cables) out of the plan. */
const EMPTY_BAR_LB = 45;

/**
 * A lifting limit said back with what it does to the plan (the adaptation engine's rule,
 * adaptation/strength-overrides.ts), and its end when it has one. Under an empty bar: dumbbells and
 * kettlebells only, and how to say the limit is for the pair (a dumbbell's load in the plan is one of the
 * pair); at or over it the barbell stays and heavier sets get more reps instead.
 */
export function loadLimitLine(l: { load: number; unit: 'kg' | 'lb'; until?: string }): string {
  const w = `${l.load} ${l.unit}`;
  const until = l.until ? ` through ${formatDay(l.until)} (then your loads go back to the plan)` : '';
  if (convertWeight(l.load, l.unit, 'lb') >= EMPTY_BAR_LB) return `Nothing over ${w}${until}: heavier sets use ${w} for more reps or a slower tempo, same effort.`;
  return `Nothing over ${w}${until}: dumbbells and kettlebells up to ${w} each, no barbell, machine or cable lifts. If ${w} is for both hands together, text "no lifting over ${Math.round(l.load / 2)} ${l.unit}".`;
}

/**
 * The lifts given, said back so a misread number can be corrected: "your squat 245x5 and deadlift max 315 lb".
 * More than four are counted instead, to keep the summary inside its segments.
 */
function liftsSaidBack(l: KnownLifts, unit: string): string {
  const name = (id: string) => (exerciseById(id)?.name ?? id.replace(/_/g, ' ')).toLowerCase();
  const setting = (id: string) => l.oneRepMaxes[id] !== undefined || l.recentSets.some((x) => x.exerciseId === id);
  const said = [
    ...l.recentSets.map((x) => `${name(x.exerciseId)} ${x.weight}x${x.reps}`),
    ...Object.entries(l.oneRepMaxes).map(([id, w]) => `${name(id)} max ${w}`),
  ];
  if (said.length > 4) return `the ${said.length} lifts you gave me, in ${unit}`;
  const list = said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : said[0];
  const then = Object.entries(l.lapsed ?? {}).filter(([id]) => setting(id)).map(([id, w]) => `${w} ${name(id)}`);
  const lapsed = then.length ? ` (85% of the ${then.length > 1 ? `${then.slice(0, -1).join(', ')} and ${then.at(-1)}` : then[0]} you used to do, since it's been a while)` : '';
  return `your ${list} ${unit}${lapsed}`;
}

/**
 * "Your 275 bench press is from 12 years ago: too long a break to set weights from..." The numbers from a long
 * break, said back as history with what the first sessions do instead; null when there are none.
 */
function longLapsedSaidBack(l: KnownLifts, unit: string): string | null {
  const old = Object.entries(l.lapsed ?? {}).filter(([id]) => l.oneRepMaxes[id] === undefined && !l.recentSets.some((x) => x.exerciseId === id));
  if (!old.length || l.lapseYears === undefined) return null;
  const said = old.map(([id, w]) => `${w} ${unit} ${(exerciseById(id)?.name ?? id.replace(/_/g, ' ')).toLowerCase()}`);
  const list = said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : said[0];
  return `Your ${list} ${said.length > 1 ? 'are' : 'is'} from ${l.lapseYears}+ years ago, too long a break to set weights from: your first sessions find them (a weight you could lift a few more times).`;
}

/**
 * "I don't have the smith squat in my library yet, so your 3x8 at 95 won't set your back squat: your first sessions
 * set those weights." A lift Cadence lacks, said back so the client sees it was not read as the lift it names.
 */
function unknownLiftsLine(list: readonly UnknownLift[]): string {
  const and = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]!);
  if (list.length === 1) return `I don't have the ${list[0]!.name} in my library yet, so your ${list[0]!.sets} won't set your ${list[0]!.readAs}: your first sessions set those weights.`;
  return `I don't have the ${and(list.map((u) => u.name))} in my library yet, so those numbers won't set your ${and([...new Set(list.map((u) => u.readAs))])}: your first sessions set those weights.`;
}

/** "3 years" answers the experience slot; a bare "3" cannot be read for it. Used to explain a re-ask. */
export function readsAs(t: string): string | null {
  const distance = findRaceDistance(t);
  const time = findRaceTimeSeconds(t, 5);
  return distance || time ? 'race' : null;
}

export { normalize };

/** The main lifts a strength goal keeps as a variant that spares a standing limitation (engine: sparingVariant). */
const GOAL_MAIN_LIFTS = ['back_squat', 'bench_press', 'deadlift'] as const;

/**
 * "squat and bench up" with a cranky shoulder: the bench stays as its shoulder-friendlier variant, said back (a
 * client who names the lift they want up should hear it is not dropped). Not before a meet (meetKeepsLine keeps the
 * lift itself) nor with words that call for a doctor (nothing that loads it until checked).
 */
function goalLiftsLine(a: OnboardingAnswers): string {
  if ((a.goal !== 'strength' && a.goal !== 'power') || a.meetDate || a.limitationRedFlags?.length || !a.equipment?.length) return '';
  const c = { equipment: a.equipment, limitations: a.limitations ?? [], trainingAge: a.trainingAge ?? 'beginner' };
  const kept = GOAL_MAIN_LIFTS.flatMap((id) => {
    const v = sparingVariant(id, c);
    return v ? [`${nameMidSentence(exerciseById(id)!.name)} stays, as a ${nameMidSentence(v.name).replace(/\s*\(.*\)$/, '')}`] : [];
  });
  if (!kept.length) return '';
  return `Your ${kept.join('; your ')} - an extra rep in the tank.`;
}

/**
 * A meet tests the squat, bench and deadlift, so the plan keeps them through a limitation they load
 * (engine selection keep); said at once, so "go easy on your hip" is not read as "no squats before the meet".
 */
function meetKeepsLine(a: OnboardingAnswers): string {
  if (!a.meetDate || !lifts(a.goal) || !a.limitations?.length) return '';
  const kept = [...COMPETITION_LIFTS]
    .map((id) => exerciseById(id)!)
    .filter((ex) => ex.id !== 'sumo_deadlift' && limitationConflicts(ex, a.limitations!).length > 0)
    .map((ex) => nameMidSentence(ex.name));
  if (!kept.length) return '';
  const list = kept.length > 1 ? `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}` : kept[0];
  const [verb, them] = kept.length > 1 ? ['stay', 'them'] : ['stays', 'it'];
  return ` Your ${list} ${verb} in, since your meet tests ${them}: work to the depth and load that stay pain-free, and tell me if it hurts.`;
}

/** The areas in the client's words when known ("shins"), else the library's ("ankle"). */
function limitationNames(a: OnboardingAnswers): string[] {
  // "herniated disc … my back still flares up": the back named twice is one area, the most precise ("lower back",
  // not "your lower back and back"; "left knee", not "left knee and knee").
  const areas = [...new Set(a.limitationAreas ?? [])];
  const said = areas.filter((x) => !areas.some((y) => y !== x && y.endsWith(` ${x}`)));
  if (!said.length) return (a.limitations ?? []).map(limitationWords);
  // "overhead" has no body part word of its own. A shoulder the client named is that shoulder: one phrase
  // ("shoulder with overhead work"), not "shoulders and shoulder with overhead work".
  if (!(a.limitations ?? []).includes('overhead')) return said;
  const shoulder = (area: string) => /\bshoulders?\b/.test(area);
  // "left shoulder" keeps its side: "your left shoulder with overhead work".
  const named = said.map((area) => (shoulder(area) ? `${area.replace(/\bshoulders\b/, 'shoulder')} with overhead work` : area));
  return said.some(shoulder) ? named : [...named, limitationWords('overhead')];
}

/** "overhead" is a shoulder that only complains overhead: say so, not "your overhead". */
function limitationWords(l: string): string {
  return l === 'overhead' ? 'shoulder with overhead work' : l.replace('_', ' ');
}
