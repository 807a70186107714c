/**
 * One handler per intent, as a mapped type over INTENTS: an intent without a handler does not compile.
 * Handlers call services (never repositories) and return the reply lines for their items. Log intents are
 * not answered one by one: they become log entries (LOG_ENTRIES, also a mapped type) that the coach stores
 * together in one unit of work, one echo line each.
 */
import type { AppDeps } from '../app-deps.js';
import type { ClientRow, WorkoutRow } from '../db/schema.js';
import { addDays, daysBetween, isoWeekday, startOfIsoWeek, weekdayShort } from '../engine/dates.js';
import { covers, describeDay, easedWhenMild, lastDay, LONG_BREAK_DAYS } from '../engine/adaptation/index.js';
import { sessionMinutesOf, strengthRequestOf, summarizePlan, weekNumberFor, weekSpan } from '../engine/program/program.js';
import { CLOSE_VARIANT_RATIO, EXERCISES, REFUSED_VARIANT_RATIO, closeVariants, equipmentFits, exerciseById, limitationConflicts, nameMidSentence } from '../engine/strength/index.js';
import { levelFits } from '../engine/strength/exercises.js';
import { loadIsPerDumbbell } from '../engine/strength/one-dumbbell.js';
import { findBodyParts, warningSigns } from './parse/body.js';
import { FINE_UNTIL, LIFE_BUSY, LIMITATION_FOR_PART, OTHERS_ILL, SELF_ILL } from './words.js';
import { liftsEasedWhenMild, partLabel, UPPER_BODY_PARTS } from '../engine/adaptation/body.js';
import { kitLabel } from '../engine/adaptation/labels.js';
import { clientPartLabel, sparedAreasLabel } from './client-part.js';
import { EQUIPMENT, type Equipment, type IsoWeekday, type Limitation } from '../engine/vocabulary.js';
import { EQUIPMENT_NAMES } from './words.js';
import { LIFE_EVENT_TABLE } from './answers/life-events.js';
import { fitSegments } from '../channels/sms-text.js';
import { sameClock } from '../channels/phone-region.js';
import { formatDailyMessage, formatDayPreview, formatTomorrow, formatWeek } from '../messages/format/daily-message.js';
import { formatDateLabel, formatDayBrief } from '../messages/format/day-brief.js';
import type { LiftItem, WorkoutDay } from '../engine/workout/workout.js';
import { setRaceDate } from '../services/race-date.service.js';
import { repRange } from './unnamed-lift.js';
import type { RaceDateProblem } from '../engine/program/race-date.js';
import { MAX_DAYS_TO_RACE, MIN_DAYS_TO_FULL_PLAN } from '../engine/endurance/index.js';
import { pauseClient, resumeClient, setEquipment, setLegsBack, setUpperBodyOnly, setLaterTrainingDays, setMorningTime, setSessionMinutes, setTimezone, setTrainingDays } from '../services/clients.service.js';
import { loadLimitLine } from './onboarding/slots.js';
import { paceAnswer, progressAnswer, sessionPaceAnswer, tuneUpAnswer, whenAnswer, whyExercise, whyExerciseAnswer, whyThisWeek, yourPaceLine } from '../services/coaching-answers.service.js';
import { correctLastLogs, knownMaxesLb, logsBetween, recordLogs, retellLastLogs, undoLastLogs, type LogEntry, type LogOutcome } from '../services/logs.service.js';
import { currentTrip, endAllPain, endIllness, endLoadLimits, endPain, healthOnFile, recentPlanNotes, recordPlanNote, recordSignal } from '../services/notes.service.js';
import { setMeetDate } from '../services/meet-date.service.js';
import { HEALTH_RULES, healthLine, type HealthCondition } from '../engine/adaptation/health.js';
import { healthToldAnswer, symptomLine } from './answers/health-told.js';

/** When to stop and get help, said once with the condition's rules. */
const HEALTH_ALARMS: Partial<Record<HealthCondition, string>> = {
  heart: 'Stop and get help for chest pain, fainting or unusual breathlessness.',
  asthma: 'If your inhaler does not settle wheezing or tightness, stop and get help.',
  diabetes: 'Stop and treat a low at once (shaky, sweaty, confused), and carry ID that says you have diabetes.',
  pregnancy: 'Stop and call your doctor or midwife for bleeding, dizziness, chest pain, calf pain or fluid leaking.',
};
import { activePlan, pausedDaysBefore, planPosition, workoutOn, type ActivePlan } from '../services/plans.service.js';
import { applyReport, recentChanges, type Report } from '../services/adaptation.service.js';
import { adaptationContext } from '../services/adaptation-inputs.service.js';
import { briefOf, formatChangeLines, formatLiftSwaps, formatNextChanged, formatRecentChanges } from '../messages/format/plan-changes.js';
import { applyMissedSession, applySessionSwap, applyWeekDays, sessionsThisWeek, swapLine, weekDaysLine } from '../services/missed.service.js';
import { sessionClass, weekdayName } from '../engine/adaptation/missed.js';
import { sessionNameFromKey } from './parse/session-name.js';
import { attemptsAnswer } from './answers/attempts.js';
import { runEvidence, runnerVdot } from '../services/run-fitness.service.js';
import { planLinkLine } from '../services/plan-links.service.js';
import { nextLiftSession, nextSessionWith, type NextLiftSession } from '../services/next-loads.service.js';
import { planExerciseIds, planTempoLifts } from '../services/plan-exercises.service.js';
import { GLOSSARY, TERM_PACE } from './answers/glossary.js';
import { compareExercises, howToDo, liftPurpose, whyThisLift } from './answers/how-to.js';
import { onboardingProfileSchema } from './onboarding/profile.js';
import { exercisesNeeding, substituteFor } from './answers/substitutes.js';
import { beginOnboarding } from './onboarding-flow.js';
import { formatDay } from './parse/dates.js';
import { findMinutes } from './parse/duration.js';
import { formatClock } from './parse/time-of-day.js';
import { describeTimezone, findNamedZone } from './parse/timezone.js';
import { defaultDaysForCount, formatWeekdays } from './parse/weekdays.js';
import { HELP_REPLY, NOT_UNDERSTOOD_REPLY, OUTSIDE_QUESTION_REPLY, PHOTO_REPLY } from './replies.js';
import { jointFeelAnswer } from './answers/joint-feel.js';
import { partOnDayAnswer, partSaid } from './answers/part-on-day.js';
import { EASY_SLOW_WHY, faqAnswer, toldAnswer } from './answers/faq.js';
import { boneStressAdvice, fractureAdvice } from './answers/bone-stress.js';
import { isQuestion, tightOnly } from './understand/rules.js';
import { normalize } from './parse/text.js';
import { findRaceDistance, raceLabel } from './parse/race.js';
import { shortenedLine } from './answers/race-moved.js';
import type { OnboardingAnswers } from './onboarding/types.js';
import { convertWeight, roundLoad } from '../engine/units.js';
import { LAPSED_SHARE, lapsedLoad } from './parse/lapsed-lift.js';
import { formatFinish } from '../engine/endurance/index.js';
import { afterGoalRaceLine } from '../engine/endurance/race-result.js';
import { paceZones, predictTime, STANDARD_DISTANCES_M } from '../engine/endurance/vdot.js';
import { shortOnTimeRun } from '../engine/adaptation/runs.js';
import { amendTripForMissingKit, amendTripFromText } from './trip-follow-up.js';
import type { Intent, Item, ItemOf } from './understand/items.js';
import { LOG_INTENTS } from './understand/items.js';
import { counted } from '../engine/count.js';
import { hurts } from '../engine/adaptation/labels.js';
import { LIGHT_LEGS_MAX_SETS, LIGHT_LEGS_RIR } from '../engine/strength/legs-light.js';

export interface TurnContext {
  deps: AppDeps;
  client: ClientRow;
  text: string;
  now: Date;
  today: string;
  inboundId: string;
  plan: ActivePlan | null;
  /** Today's stored day as the turn's first statement read it, under the client's lock (nothing of the turn has written since). */
  prefetchedToday?: { date: string; row: WorkoutRow | null };
  /** A change a handler offered instead of one it refused ("Wednesday is the nearest day it can go"): YES applies it. */
  offer?: Item;
  /** Areas told at the start that alone keep an asked-for lift out ("how come no deadlifts"): YES stops sparing them. */
  unspare?: { limitations: Limitation[]; areas: string; lift: string };
}

export type LogIntent = (typeof LOG_INTENTS)[number];
export type AnswerIntent = Exclude<Intent, LogIntent>;
/** Reply lines for one item; an empty list adds nothing to the reply. */
export type Handler<K extends AnswerIntent> = (c: TurnContext, item: ItemOf<K>) => Promise<string[]>;
export type Handlers = { [K in AnswerIntent]: Handler<K> };
export type LogEntries = { [K in LogIntent]: (item: ItemOf<K>) => LogEntry[] };

export const NO_PLAN = 'You have no active plan yet. Text "new plan" and I\'ll build one with you.';

/** The lifts planned on `date` (none on a rest or run day, or outside the plan). */
export async function plannedLiftsOn(c: TurnContext, date: string): Promise<LiftItem[]> {
  if (!c.plan) return [];
  const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
  return found.kind === 'workout' ? found.day.items.filter((i): i is LiftItem => i.kind === 'lift' && i.section !== 'prep' && i.section !== 'cooldown') : [];
}

/** "back squat, bench press and barbell row" */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "can only do 2 days this week": `count` of the usual days still ahead (from weekday `from`), spread out (the first
 * and the last of three, not two in a row); all of them when no more are left.
 */
function weekDaysForCount(usual: readonly number[], count: number, from: number): number[] {
  const ahead = usual.filter((d) => d >= from);
  if (ahead.length <= count || count < 1) return ahead;
  if (count === 1) return [ahead[0]!];
  return [...new Set(Array.from({ length: count }, (_, k) => ahead[Math.round((k * (ahead.length - 1)) / (count - 1))]!))];
}

/**
 * "this week I can train thu fri sun" (a shift worker's rota): this plan week's sessions still ahead go onto
 * those days (next week's with "next week"), the training days stay; the reply says each move and any session
 * with no day left.
 */
async function oneWeekOnDays(c: TurnContext, weekdays: readonly number[], nextWeek: boolean, forGoodDays: readonly number[] = weekdays): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  if (!weekdays.length) return ['Which days can you train this week? e.g. "this week I can train thu fri sun".'];
  const n = weekNumberFor(c.plan.outline, c.today);
  // On a Sunday "this week" is the one starting tomorrow (the week ending today has nothing left to move): the
  // plan week holding its Wednesday, whichever weekday the plan's weeks start on.
  const date = nextWeek && n !== null && n < c.plan.outline.weeks ? weekSpan(c.plan.outline, n + 1).startDate : isoWeekday(c.today) === 7 ? addDays(c.today, 3) : c.today;
  const r = await applyWeekDays(c.deps.db, c.client, c.plan, date, weekdays, c.today, nextWeek ? 'next' : 'this');
  const usual = formatWeekdays(usualDaysOf(c));
  const forGood = `To change your days for good, text e.g. "train ${formatWeekdays(forGoodDays).toLowerCase()} from now on".`;
  const which = nextWeek ? 'next week' : 'this week';
  if (!r) return [`That week is outside your plan, so nothing moved. Your training days stay ${usual}.`];
  if (!r.moved.length && !r.dropped.length) return [`Your sessions ${which} already fit ${formatWeekdays(weekdays)} - nothing to move. Your training days stay ${usual}.`];
  return [`${weekDaysLine(r, nextWeek ? 'next' : 'this')} Your usual days (${usual}) come back after that. Text "${which}" to see it. ${forGood}`];
}

/**
 * "push everything back a day this week": the plan week's sessions still ahead (today's too, when not done), each on the
 * day after its own, placed by the one-week rules; one whose day after is in next week stays on its day, and when two
 * then share a day the least important is dropped, said so. The training days stay.
 */
async function shiftWeek(c: TurnContext, days: number): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const n = weekNumberFor(c.plan.outline, c.today);
  if (n === null) return [`That week is outside your plan, so nothing moved. Your training days stay ${formatWeekdays(usualDaysOf(c))}.`];
  const end = weekSpan(c.plan.outline, n).endDate;
  const ahead: string[] = [];
  for (let d = c.today; d <= end; d = addDays(d, 1)) {
    const found = await workoutOn(c.deps.db, c.client, c.plan, d, c.today);
    if (found.kind === 'workout' && found.status === 'scheduled' && found.day.kind !== 'rest') ahead.push(d);
  }
  if (!ahead.length) return ['Nothing left to move this week.'];
  // A session whose day after falls in next week stays on its day (the week's last long run is not pushed out of it).
  const weekdays = [...new Set(ahead.map((d) => (addDays(d, days) <= end && addDays(d, days) >= c.today ? addDays(d, days) : d)).map((d) => isoWeekday(d)))];
  // For good, it is every training day a day later (Sun → Mon), not the days left this week.
  const shifted = [...new Set(trainingDaysOf(c).map((d) => ((d - 1 + days + 7) % 7) + 1))].sort((a, b) => a - b);
  return oneWeekOnDays(c, weekdays, false, shifted);
}

/**
 * "swap thursday and friday": the two weekdays trade places in the client's days (a training day and a rest
 * day: the session goes to the other), this week only unless they said for good. Two training days or two
 * rest days change nothing in which days are trained: said so, not a silent no-op.
 */
async function swapDays(c: TurnContext, [a, b]: [number, number], thisWeek: boolean, nextWeek: boolean): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const current = trainingDaysOf(c);
  const has = (d: number) => current.includes(d);
  const pair = formatWeekdays([a, b].sort((x, y) => x - y)).replace(', ', ' and ');
  // Two training days trade their sessions this week (next week when said): the long run on Saturday, the easy run
  // on Sunday. The training days themselves stay.
  if (has(a) && has(b)) {
    const n = weekNumberFor(c.plan.outline, c.today);
    const week = n === null ? null : nextWeek ? (n < c.plan.outline.weeks ? weekSpan(c.plan.outline, n + 1) : null) : weekSpan(c.plan.outline, n);
    const dateOf = (d: number) => { for (let x = week ? (week.startDate > c.today ? week.startDate : c.today) : c.today; week && x <= week.endDate; x = addDays(x, 1)) if (isoWeekday(x) === d) return x; return null; };
    const [da, db_] = [dateOf(a), dateOf(b)];
    const r = da && db_ ? await applySessionSwap(c.deps.db, c.client, c.plan, da, db_, c.today) : null;
    if (r) return [`${swapLine(r)} Your usual days (${formatWeekdays(current)}) stay.${await swapIntoTrip(c, r)} Text "${nextWeek ? 'next week' : 'this week'}" to see it.`];
    // Why not, said plainly: a day gone by, a day with nothing left on it (done, moved away, a race) this week.
    const why = !da || !db_ ? `${formatWeekdays([da ? b : a])} is already past` : `${formatWeekdays([(await sessionOpen(c, da)) ? b : a])} has no session left to trade (done, moved or a race)`;
    return [`I can't swap ${pair} ${nextWeek ? 'next' : 'this'} week: ${why}. Which session do you want moved, and to which day? e.g. "move ${formatWeekdays([a]).toLowerCase()}'s workout to ${formatWeekdays([current.includes(6) ? 7 : 6]).toLowerCase()}".`];
  }
  if (has(a) === has(b)) {
    const both = `${pair} are both rest days for you`;
    return [`${both}, so a swap moves nothing. Which session do you want moved, and to which day? e.g. "move ${formatWeekdays([has(a) ? a : current[0]!]).toLowerCase()}'s workout to ${formatWeekdays([current.includes(6) ? 7 : 6]).toLowerCase()}". You train ${formatWeekdays(current)}.`];
  }
  const swapped = current.map((d) => (d === a ? b : d === b ? a : d)).sort((x, y) => x - y);
  if (thisWeek) return oneWeekOnDays(c, swapped, nextWeek);
  const r = await setTrainingDays(c.deps.db, c.client, swapped as IsoWeekday[], c.today);
  if (!r.ok) return [r.error === 'no_plan' ? NO_PLAN : r.error];
  return [`Updated: you train ${formatWeekdays(swapped)} from now on (${pair} swapped). Same plan and phase. Text "this week" to see it.`];
}

/**
 * A session swapped onto a day of a trip told: said, with what the trip does to it (a run goes with the client,
 * lifting uses the trip's kit), so the long run is not a surprise in a hotel. Empty when neither day is a trip day.
 */
async function swapIntoTrip(c: TurnContext, r: { a: { date: string; title: string }; b: { date: string; title: string } }): Promise<string> {
  const trip = await currentTrip(c.deps.db, c.client, c.today);
  if (!trip) return '';
  const during = (d: string) => d >= trip.from && d <= trip.to;
  // The session that moved onto a trip day: b's session now on a's date, a's on b's.
  const onto = [{ date: r.a.date, title: r.b.title }, { date: r.b.date, title: r.a.title }].filter((m) => during(m.date));
  if (!onto.length) return '';
  const name = (t: string) => t.split(' - ')[0]!;
  const what = onto.map((m) => `the ${name(m.title).toLowerCase()} on ${formatDay(m.date)}`).join(' and ');
  const run = onto.every((m) => /\brun\b/i.test(m.title));
  return ` Heads up: that puts ${what} inside your trip (${formatDay(trip.from)} to ${formatDay(trip.to)})${run ? ' - plan where you will run it there' : ', done with the kit you have there'}.`;
}

/** Whether the day still holds a session to move: planned, not done or skipped, not a rest day or race. */
async function sessionOpen(c: TurnContext, date: string): Promise<boolean> {
  const found = await workoutOn(c.deps.db, c.client, c.plan!, date, c.today);
  return found.kind === 'workout' && found.status === 'scheduled' && found.day.kind !== 'rest' && found.day.kind !== 'race';
}

/**
 * "why pauses": about the client's own plan. The lifts this week done slow (their heaviest weight too light for
 * the reps) are named with why; a plan with none says so plainly, not what pauses are for in general.
 */
/**
 * "is 45 min per session enough": yes or what fits, beside the plan's own session length and how to change it (was
 * today's workout: the "45 min" was read as a run). Null for a plan with no session length (a race plan's runs).
 */
function sessionLengthAnswer(c: TurnContext): string | null {
  const now = c.plan ? sessionMinutesOf(c.plan.request) : null;
  if (now === null) return null;
  const asked = findMinutes(c.text);
  if (asked === null) return `Your sessions are built for about ${now} min, main lifts first - plenty to keep progressing. Want them longer or shorter? Text e.g. 'sessions of ${Math.max(20, Math.round((now - 15) / 5) * 5)} min'.`;
  if (asked === now) return `Yes - ${now} min is plenty: your sessions are built for about ${now} min with the main lifts first, so the work that matters never gets cut. Showing up every week counts for more than longer sessions.`;
  if (asked < 20) return `${asked} min is short for a whole session, but it beats skipping: on a short day do the first two lifts (the main ones) and stop. Your sessions are built for about ${now} min.`;
  if (asked < now) return `Yes - ${asked} min is enough when the main lifts come first. Your sessions are built for about ${now} min now; to lay them out for ${asked}, text 'sessions of ${asked} min' (the main lifts keep their sets, accessories go).`;
  return `Your sessions are built for about ${now} min, and that is enough; ${asked} min gives room for more accessory sets - text 'sessions of ${asked} min' if you have the time.`;
}

/** "can i add an extra day this week": yes if easy, on which rest days this week, and how to make it every week. */
function extraDayAnswer(c: TurnContext): string {
  const days = trainingDaysOf(c);
  const weekEnd = addDays(startOfIsoWeek(c.today), 6);
  // A rest day whose next day is also rest: the extra work never takes from the next session.
  const free: string[] = [];
  for (let d = addDays(c.today, 1); d <= weekEnd; d = addDays(d, 1)) if (!days.includes(isoWeekday(d)) && !days.includes((isoWeekday(d) % 7) + 1)) free.push(d);
  const names = free.map((d) => weekdayShort(d));
  const when = free.length ? ` This week ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)} work` : `${names[0]} works`} best.` : ' This week every rest day left is the day before a session, so keep it to a walk or mobility.';
  const add = free.length ? `"add ${weekdayName(free[0]!).toLowerCase()}"` : '"add" and the day';
  return `${faqAnswer('extra_day')}${when} To train ${days.length + 1} days every week, text ${add} and I'll lay the plan out for it.`;
}

async function whyPausesAnswer(c: TurnContext): Promise<string> {
  const slow = await planTempoLifts(c.deps.db, c.client, c.plan!, c.today);
  if (!slow.length) return 'Your plan has no pauses or slow tempos this week - every lift is done at a normal, controlled pace. I only add them when the weight you have is too light for the reps.';
  // One entry a lift, its days together: "Bulgarian split squat (Mon, Wed, Fri)".
  const byName = new Map<string, string[]>();
  for (const s of slow) byName.set(s.name, [...new Set([...(byName.get(s.name) ?? []), weekdayShort(s.date)])]);
  const names = [...byName].map(([name, days]) => `${nameMidSentence(name)} (${days.join(', ')})`);
  const tempos = [...new Set(slow.map((s) => s.tempo))];
  const paused = tempos.some((t) => /pause/.test(t));
  return `This week your ${listNames(names)} ${names.length > 1 ? 'are' : 'is'} done slow${tempos.length === 1 ? ` (${tempos[0]})` : ''}: the heaviest weight you have is too light for those reps at a normal pace, so ${paused ? 'the slow lowering and the pause make' : 'the slow lowering makes'} it hard enough to build strength. A heavier weight takes the tempo away.`;
}

/**
 * The gym out for a day ("gym closed today", "couldn't get to the gym"): that day's session as a no-equipment
 * version, the way a bodyweight trip day is built (a travel note for those days only).
 */
async function gymClosedDay(c: TurnContext, i: ItemOf<'travel'>): Promise<string[]> {
  if (!c.plan) return ['No gym, no problem: do a bodyweight session today (squats, push-ups, lunges, rows on a table edge, planks, 3 rounds). Text "new plan" and I\'ll build you a plan.'];
  // Today's session already logged as done: nothing left today to change (was "no lifting planned then").
  if (i.from === c.today && (!i.to || i.to === c.today)) {
    const found = await workoutOn(c.deps.db, c.client, c.plan, c.today, c.today);
    if (found.kind === 'workout' && found.day.kind !== 'rest' && found.status === 'completed') {
      return ["Today's session is already logged as done, so nothing to change. If the gym is still closed on your next training day, tell me then and I'll make it a no-equipment session."];
    }
  }
  await recordPlanNote(c.deps.db, c.client, { type: 'travel_note', reason: i.note, from: i.from, to: i.to, metadata: { equipment: ['bodyweight'], maxDumbbell: null, cardio: [], timezone: null } });
  const changed = await applyAndTell(c, { types: ['equipment_change'], from: i.from, to: i.to, concernsToday: i.from <= c.today });
  const single = !i.to || i.to === i.from;
  const when = single ? (i.from === c.today ? 'today' : formatDay(i.from)) : `${formatDay(i.from)} to ${formatDay(i.to!)}`;
  const scope = single ? `${when === 'today' ? "today's" : `${when}'s`} session is a no-equipment version, for ${when === 'today' ? 'today' : 'that day'} only` : `those sessions are no-equipment versions, for those days only`;
  // The trip path's lines say "Traveling" and "Travel day": for a closed gym the first line says it all.
  const lines = changed.filter((l) => !/^Traveling\b/.test(l)).map((l) => l.replace(/\bTravel day: planned for/g, 'No gym: planned for'));
  if (changed.length) return [`No gym ${when}: ${scope}. Your plan goes back to normal after.`, ...lines];
  const rest = c.plan.outline.race && !c.plan.outline.strength ? ' Runs need no gym, so nothing changes - a treadmill run can go outside.' : ' Nothing to change: no lifting planned then.';
  return [`Noted, no gym ${when}.${rest}`];
}

/** Why the race cannot move to `date`, said as a reply (the plan is unchanged). */
function raceDateRefusal(problem: RaceDateProblem | 'no_plan', date: string, current: string, start: string): string {
  const day = `${formatDay(date)}, ${date.slice(0, 4)}`;
  switch (problem) {
    case 'no_plan':
      return NO_PLAN;
    case 'no_race':
      return 'Your plan has no race in it. Text "new plan" to build one to a race date.';
    case 'same':
      return `Your race is already on ${day} - nothing to change.`;
    case 'past':
      return `${day} is not ahead of us, so I kept your race on ${formatDay(current)}. What's the new date? e.g. "race is now april 20".`;
    case 'too_soon':
      return `I can't move your race to ${day}: a race plan needs at least ${Math.ceil(MIN_DAYS_TO_FULL_PLAN / 7)} weeks from its start (yours started ${formatDay(start)}), so I kept ${formatDay(current)}. If that really is the date, text "new plan" and I'll build a short one.`;
    case 'too_far':
      return `${day} is more than ${Math.floor(MAX_DAYS_TO_RACE / 364)} years after your plan started, so I kept your race on ${formatDay(current)}. For a race that far out, text "new plan".`;
  }
}

/** Log items as the logs service stores them. */
export const LOG_ENTRIES: LogEntries = {
  done: (i) => [{ kind: 'done', date: i.date, skippedExerciseIds: i.skippedExerciseIds, note: i.note, ...(i.early ? { early: true as const } : {}), ...(i.onlyExerciseIds?.length ? { onlyExerciseIds: i.onlyExerciseIds } : {}), ...(i.skippedSections?.length ? { skippedSections: i.skippedSections } : {}), ...(i.portion ? { portion: i.portion } : {}) }],
  // "missed last week": each day of it, marked as one week so rest days pass quietly and the echo is one line.
  skipped: (i) => (i.through ? Array.from({ length: daysBetween(i.date, i.through) + 1 }, (_, k) => addDays(i.date, k)).map((date) => ({ kind: 'skipped' as const, date, note: i.note, week: true })) : [{ kind: 'skipped', date: i.date, note: i.note, ...(i.crossTraining ? { crossTraining: i.crossTraining } : {}) }]),
  log_strength: (i) => [{ kind: 'strength', date: i.date, exerciseId: i.lift.exerciseId, name: i.lift.name, written: i.lift.written, groups: i.lift.groups }],
  log_run: (i) => [{ kind: 'run', date: i.date, distance: i.run.distance, unit: i.run.unit, durationSec: i.run.durationSec, pace: i.run.pace, walked: i.run.walked, runKind: i.run.kind, ...(i.run.repeats ? { repeats: i.run.repeats } : {}), ...(i.run.splits ? { splits: i.run.splits } : {}), ...(i.run.celebrated ? { celebrated: true } : {}) }],
  // Stated maxes are stored as single-rep sets: the engine's known-maxes read them like any logged set.
  stated_maxes: (i) => i.maxes.map((m) => ({ kind: 'max', date: '', exerciseId: m.exerciseId, name: m.name, weight: m.weight, unit: m.unit, reps: m.reps })),
};

/**
 * The date of the session a client named by its theme ("leg day", "the long run") in this plan week, or the
 * reply when there is none left or more than one (asked which, listing them).
 */
async function namedSessionDate(c: TurnContext, key: string, saidDate: string, asked: string, weekday: boolean): Promise<{ date: string; to: string } | { reply: string }> {
  const name = sessionNameFromKey(key);
  if (!name || !c.plan) return { reply: NOT_UNDERSTOOD_REPLY };
  const found = await sessionsThisWeek(c.deps.db, c.client, c.plan, c.today, name.matches);
  // A day named too ("wedding saturday, can i move my long run to sunday") picks that one of several.
  const named = found.some((d) => d.date === saidDate) && saidDate !== c.today ? found.filter((d) => d.date === saidDate) : found;
  // Of several, one already on the day asked is not the one to move ("leg day to saturday" with lower days on
  // Wednesday and Saturday means Wednesday's).
  const elsewhere = named.length > 1 && weekday ? named.filter((d) => isoWeekday(d.date) !== isoWeekday(asked)) : named;
  const days = elsewhere.length > 0 ? elsewhere : named;
  const toDay = weekdayName(asked);
  if (days.length === 0) return { reply: `There's no ${name.label} left in this plan week to move. Text "this week" to see your days.` };
  if (days.length > 1) {
    const listed = days.map((d) => `${weekdayName(d.date)} (${d.day.title.split(' - ')[0]})`);
    const first = weekdayName(days[0]!.date).toLowerCase();
    return { reply: `You have ${days.length} sessions that fit "${name.label}" this week: ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}. Which one goes to ${toDay}? e.g. "move ${first}'s workout to ${toDay.toLowerCase()}".` };
  }
  const from = days[0]!.date;
  // "push the long run to sunday": that weekday of the session's own (Mon-Sun) week, as a weekday-named move
  // reads it, or the one after when that has passed; "tomorrow" is the date said.
  const near = addDays(from, isoWeekday(asked) - isoWeekday(from));
  const to = !weekday ? asked : near < c.today ? addDays(near, 7) : near;
  if (from === to) return { reply: `Your ${name.label} is already on ${toDay}.` };
  return { date: from, to };
}

function outsidePlan(found: { kind: 'before_plan'; startDate: string } | { kind: 'after_plan'; endDate: string }, date: string): string {
  return found.kind === 'before_plan'
    ? `Your plan starts ${formatDateLabel(found.startDate)}; nothing scheduled ${formatDateLabel(date)}.`
    : `Your plan ended ${formatDateLabel(found.endDate)}. Text "new plan" to build the next one.`;
}

/** Days after the goal race its result still answers "what's next" and seeds "new plan". */
const AFTER_RACE_DAYS = 42;

/** The goal race's finish time as logged (on its day or the 3 days after), once it is run; null before or without one. */
async function goalRaceRun(c: TurnContext): Promise<{ race: NonNullable<ActivePlan['outline']['race']>; durationSec: number } | null> {
  const race = c.plan?.outline.race;
  if (!c.plan || !race || c.today < race.raceDate || daysBetween(race.raceDate, c.today) > AFTER_RACE_DAYS) return null;
  const run = (await runEvidence(c.deps.db, c.client, c.plan, c.today)).find((e) => e.kind === 'race' && e.date >= race.raceDate && e.date <= addDays(race.raceDate, 3) && e.durationSec && e.distanceMeters && Math.abs(e.distanceMeters - race.distanceMeters) / race.distanceMeters <= 0.05);
  return run?.kind === 'race' && run.durationSec ? { race, durationSec: Math.round(run.durationSec) } : null;
}

/** A day or week asked after the plan ended: after the goal race run, recovery then the next plan (afterGoalRaceLine). */
async function outsidePlanAfterRace(c: TurnContext, found: Parameters<typeof outsidePlan>[0], date: string): Promise<string> {
  const run = found.kind === 'after_plan' ? await goalRaceRun(c) : null;
  return run ? afterGoalRaceLine(run.race, run.durationSec, c.today) : outsidePlan(found, date);
}

/** The runner's VDOT now (moved by logged races and quality runs), or undefined without a plan. */
async function currentVdot(c: TurnContext): Promise<number | undefined> {
  return c.plan ? (await runnerVdot(c.deps.db, c.client, c.plan, c.today))?.vdot : undefined;
}

/** "should i still run saturday?", "can i still lift tomorrow", "is it ok to run sat": whether to do a day, not only what it holds. */
const SHOULD_I = /\b(?:should|can|could|may) i (?:still |even |actually )?(?:do|run|lift|train|go|work ?out)\b|\bis it (?:ok|okay|safe|fine|alright) to\b/;

/**
 * The answer to "should i still run saturday?" while a pain report's window is open and ends before that day:
 * the day is planned as usual, so whether to do it is the check-in's answer (the plan shows it as planned).
 */
async function shouldLead(c: TurnContext, date: string): Promise<string> {
  if (!c.plan || !SHOULD_I.test(c.text)) return '';
  const { adaptations } = await adaptationContext(c.deps.db, c.client.id, c.plan.row.id, c.today);
  const pain = adaptations.find((a): a is Extract<typeof a, { kind: 'pain' }> => a.kind === 'pain' && a.to !== null && a.to >= c.today && a.to < date);
  if (!pain) return '';
  const part = partName(pain.bodyPart);
  return `If your ${part} feels fine by ${formatDay(addDays(pain.to!, 1))} (your check-in), yes - as planned below. If it still hurts then, text me "${part} still sore" and I'll keep it out longer.\n`;
}

async function showDay(c: TurnContext, date: string, which: 'today' | 'tomorrow' | 'day'): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
  if (found.kind !== 'workout') return [await outsidePlanAfterRace(c, found, date)];
  if (which !== 'today' && found.day.kind !== 'rest') {
    const lead = await shouldLead(c, date);
    if (lead) return [lead + (which === 'tomorrow' ? formatTomorrow(found.day, { name: null }) : formatDayPreview(found.day, {}))];
  }
  if (which === 'today') {
    const lead = found.status === 'completed' ? 'Already logged as done today - nice. ' : found.status === 'skipped' ? 'Logged as skipped today. ' : '';
    const paused = c.client.status === 'paused' ? 'Your plan is paused (text "resume" to restart). ' : '';
    // Asked for: the whole day (the morning text may have cut lines with "+N more").
    return [lead + paused + formatDailyMessage(found.day, { name: null, isMorning: false, full: true })];
  }
  // A day ahead already done ("did wednesday's workout today"): said first, so "tomorrow?" is not read as still to do.
  const ahead = date > c.today && found.day.kind !== 'rest' ? (found.status === 'completed' ? 'Already logged as done (you did it early) - nice, nothing left to do that day. ' : found.status === 'skipped' ? 'Logged as skipped. ' : '') : '';
  if (which === 'tomorrow') return [ahead + formatTomorrow(found.day, { name: null })];
  return [ahead + formatDayPreview(found.day, {})];
}

/** What the client texts to see a day in full: "today", "tomorrow", or its weekday ("thursday"). */
function dayWord(date: string, today: string): string {
  return date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : weekdayName(date).toLowerCase();
}

/**
 * A day's answer in one line, for a reply with more to say than fits ("knee is achy. what's on tomorrow?"):
 * the session's name and a pointer to all of it. Null when the day has no session or is outside the plan.
 */
export async function dayInOneLine(c: TurnContext, date: string): Promise<string | null> {
  if (!c.plan) return null;
  const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
  if (found.kind !== 'workout') return null;
  const ask = dayWord(date, c.today);
  const when = date === c.today ? 'Today' : date === addDays(c.today, 1) ? `Tomorrow (${formatDay(date)})` : formatDay(date);
  return found.day.kind === 'rest' ? `${when}: rest day.` : `${when}: ${briefOf(describeDay(found.day))}. Text "${ask}" for all of it.`;
}

/** How far ahead "what's next?" looks for a session (two weeks: past any rest days and a deload's gaps). */
const NEXT_SESSION_HORIZON_DAYS = 14;

/** "what's next?": today's session while it is still to do, else the next training day's. */
async function showNext(c: TurnContext): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const next = await nextSession({ ...c, plan: c.plan }, 0);
  if (next.kind === 'outside') return next.n === 0 ? [await outsidePlanAfterRace(c, next.found, c.today)] : ['Nothing else is planned: your plan ends here. Text "new plan" for the next one.'];
  if (next.kind === 'none') return ['Nothing planned in the next two weeks. Text "this week" to see your days.'];
  // One line (it often comes beside a log: "done. what's next?"); the day's name shows all of it.
  return [`Next up, ${next.date === c.today ? 'today' : formatDay(next.date)}: ${briefOf(describeDay(next.day))}. Text "${dayWord(next.date, c.today)}" for all of it.`];
}

/**
 * The first session still to do from `first` days after today, within NEXT_SESSION_HORIZON_DAYS: a day logged done
 * or skipped is passed over. `outside` when the plan ends (or has not begun) on the `n`th day looked at.
 */
async function nextSession(c: TurnContext & { plan: NonNullable<TurnContext['plan']> }, first: number): Promise<{ kind: 'session'; date: string; day: WorkoutDay } | { kind: 'outside'; n: number; found: Exclude<Awaited<ReturnType<typeof workoutOn>>, { kind: 'workout' }> } | { kind: 'none' }> {
  for (let n = first; n < NEXT_SESSION_HORIZON_DAYS; n++) {
    const date = addDays(c.today, n);
    const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
    if (found.kind !== 'workout') return { kind: 'outside', n, found };
    if (found.day.kind !== 'rest' && found.status === 'scheduled') return { kind: 'session', date, day: found.day };
  }
  return { kind: 'none' };
}

/**
 * A rest day of the week's pattern, not one a change made (a sore part, a missed session moved, a meet or race
 * coming: their titles and notes say why): only its routine note, the steps or "Rest.".
 */
function isPlainRestDay(day: WorkoutDay): boolean {
  return day.title === 'Rest' && day.notes.every((n) => /^(?:Rest(?: day)?\.|Rest from lifting\b.*)$/.test(n));
}

/** The parts held out today for words that call for a doctor or physio ("numb", "cant bend"), as the client calls them. */
async function partsToCheck(c: TurnContext, plan: NonNullable<TurnContext['plan']>): Promise<string[]> {
  const { adaptations } = await adaptationContext(c.deps.db, c.client.id, plan.row.id, c.today);
  // The engine's own window (an open-ended pain is its default days), not a second reading of from/to.
  const parts = adaptations.flatMap((a) => (a.kind === 'pain' && a.redFlag && covers(a, c.today) ? [a.bodyPart] : []));
  return [...new Set(parts)].map((p) => clientPartLabel(c.client.profile, p, ''));
}

/**
 * "can i work out today?": on a training day yes, with the day; once done, rest; on a rest day the plan's answer -
 * rest is part of it, the next session may come forward (and how to ask for that), or something easy. A rest day
 * the plan made for a reason (a sore part, a trip: its notes say why) is kept, with the reason.
 */
async function mayTrainToday(c: TurnContext): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const found = await workoutOn(c.deps.db, c.client, c.plan, c.today, c.today);
  if (found.kind !== 'workout') return [await outsidePlanAfterRace(c, found, c.today)];
  if (found.day.kind !== 'rest') {
    if (found.status === 'completed') return ["You've already done today's session - nice. Rest up for the next one."];
    const day = formatDailyMessage(found.day, { name: null, isMorning: false, full: true });
    const checked = await partsToCheck(c, c.plan);
    // "cant bend my knee without pain" told and not yet cleared: the day is what spares it, said with the doctor first.
    if (checked.length) return [`Today is a training day, but until your ${checked.join(' and ')} has been checked by a doctor or physio, leave out anything that loads it or hurts. ${day}`];
    return [`Yes - today is a training day. ${day}`];
  }
  if (!isPlainRestDay(found.day)) return [`Today is a rest day in your plan for a reason: ${found.day.notes[0] ?? found.day.title} A walk or easy mobility is fine.`];
  const next = await nextSession({ ...c, plan: c.plan }, 1);
  if (next.kind === 'session') {
    const day = weekdayName(next.date);
    return [`Today is a rest day - the rest is part of the plan. Feeling fresh? You can do ${day}'s session (${briefOf(describeDay(next.day))}) today instead and rest ${day}: text "move ${day.slice(0, 3).toLowerCase()} to today". Or keep it easy: a 20-40 min walk or 10 min of mobility.`];
  }
  return ['Today is a rest day - the rest is part of the plan. A 20-40 min walk or 10 min of easy mobility is fine.'];
}

/** "how many sets/miles/sessions left this week": counted from the week's days not yet done. */
function countLine(days: readonly WorkoutDay[], statuses: ReadonlyMap<string, string>, today: string, count: 'sets' | 'distance' | 'sessions'): string {
  const left = days.filter((d) => d.kind !== 'rest' && d.date >= today && statuses.get(d.date) === 'scheduled');
  if (left.length === 0) return 'Nothing left to do this week.';
  const when = `left this week (from ${formatDay(left[0]!.date)})`;
  if (count === 'distance') {
    const total = Math.round(left.reduce((s, d) => s + (d.totalDistance ?? 0), 0) * 10) / 10;
    const unit = left.find((d) => d.distanceUnit)?.distanceUnit ?? 'mi';
    return `${total} ${unit} in ${left.length} run${left.length === 1 ? '' : 's'} ${when}.`;
  }
  if (count === 'sets') {
    const sets = left.reduce((s, d) => s + d.items.reduce((x, i) => x + (i.kind === 'lift' ? i.sets : 0), 0), 0);
    return `${sets} sets in ${left.length} session${left.length === 1 ? '' : 's'} ${when}.`;
  }
  const noun = left.every((d) => d.kind === 'run') ? 'run' : 'session';
  return `${left.length} ${noun}${left.length === 1 ? '' : 's'} ${when}.`;
}

/** The dates "this week" (or a week containing `anyDate`) shows, asked on `today`. */
export function weekDates(today: string, anyDate: string): { dates: string[]; rollsOver: boolean; monday: string } {
  const monday = startOfIsoWeek(anyDate);
  // Weeks run Monday to Sunday, so on a Sunday "this week" would be one line (today); a client asking then
  // wants what is coming: today and the next Monday to Sunday.
  const rollsOver = addDays(monday, 6) === today;
  const from = rollsOver ? today : monday;
  return { dates: Array.from({ length: rollsOver ? 8 : 7 }, (_, i) => addDays(from, i)), rollsOver, monday };
}

/** The Monday to Sunday holding `anyDate`, as weekDates gives a week (a reviewed week never rolls over). */
function reviewedWeek(anyDate: string): { dates: string[]; rollsOver: false; monday: string } {
  const monday = startOfIsoWeek(anyDate);
  return { dates: Array.from({ length: 7 }, (_, i) => addDays(monday, i)), rollsOver: false, monday };
}

/**
 * "what did i miss this week": each session of the week up to today, done, skipped or not logged, then what is left;
 * a missed one can still be logged late ("done wed").
 */
function reviewLines(days: readonly WorkoutDay[], statuses: ReadonlyMap<string, string>, today: string, lastWeek: boolean): string[] {
  const sessions = days.filter((d) => d.kind !== 'rest');
  const past = sessions.filter((d) => d.date < today);
  const state = (d: WorkoutDay) => ({ completed: 'done', skipped: 'skipped' })[statuses.get(d.date) ?? ''] ?? 'not logged';
  const said = past.map((d) => `${formatDateLabel(d.date)} ${formatDayBrief(d)} - ${state(d)}`);
  const missed = past.filter((d) => state(d) === 'not logged');
  const left = sessions.filter((d) => d.date > today && statuses.get(d.date) === 'scheduled');
  const now = sessions.find((d) => d.date === today);
  const when = lastWeek ? 'Last week' : 'This week so far';
  const head = past.length === 0
    ? `Nothing missed - no session before today ${lastWeek ? 'that week' : 'this week'}.`
    : missed.length === 0 ? `${when}: all ${past.length} session${past.length === 1 ? '' : 's'} logged.` : `${when}: ${missed.length} of ${past.length} session${past.length === 1 ? '' : 's'} not logged.`;
  const late = missed.length ? [`Did ${missed.length === 1 ? 'it' : 'any of them'} after all? Text e.g. "done ${formatDateLabel(missed[0]!.date).slice(0, 3).toLowerCase()}" and I'll log it; missed ones are not made up.`] : [];
  const next = lastWeek ? [] : [
    ...(now ? [`Today: ${formatDayBrief(now)}${statuses.get(today) === 'scheduled' ? '' : ` - ${state(now)}`}.`] : []),
    ...(left.length ? [`Still to come: ${left.map((d) => `${formatDateLabel(d.date)} ${formatDayBrief(d)}`).join('; ')}.`] : []),
  ];
  return [fitSegments([{ text: head, priority: 9 }, ...said.map((text) => ({ text, priority: 8 })), ...late.map((text) => ({ text, priority: 5 })), ...next.map((text) => ({ text, priority: 4 }))], 4)];
}

async function showWeek(c: TurnContext, anyDate: string, count?: 'sets' | 'distance' | 'sessions', review = false): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  // A week reviewed is that Monday to Sunday, even asked on its Sunday (shown, it rolls over to the week ahead).
  const { dates, rollsOver, monday } = review ? reviewedWeek(anyDate) : weekDates(c.today, anyDate);
  const days: WorkoutDay[] = [];
  const statuses = new Map<string, string>();
  let outside: Parameters<typeof outsidePlan>[0] | null = null;
  for (const date of dates) {
    const found = await workoutOn(c.deps.db, c.client, c.plan, date, c.today);
    if (found.kind === 'workout') {
      days.push(found.day);
      statuses.set(found.day.date, found.status);
    } else if (found.kind === 'before_plan' || found.kind === 'after_plan') outside ??= found;
  }
  // A week before the (shifted) start is "starts …", not "ended …" (was "Your plan ended Sun 3/21" for last week).
  if (days.length === 0) return [await outsidePlanAfterRace(c, outside ?? { kind: 'after_plan', endDate: c.plan.outline.endDate }, anyDate)];
  // A week past next ("the week after next", "the week before christmas") says which week it is, not "Next week".
  const position = days.find((d) => d.position.trim() !== '')?.position.trim();
  const later = monday > addDays(startOfIsoWeek(c.today), 7) ? `The week of ${formatDateLabel(monday)}${position ? ` - ${position}` : ''}:` : null;
  const header = rollsOver ? 'Today and the week ahead:' : later ?? (monday > c.today ? 'Next week:' : null);
  if (review) return reviewLines(days, statuses, c.today, addDays(monday, 6) < c.today);
  const week = formatWeek(days, { today: c.today, ...(header ? { header } : {}) });
  if (!count) return [week];
  // A count was asked: the number and the next session to do, not the whole week again.
  const next = days.find((d) => d.kind !== 'rest' && d.date >= c.today && statuses.get(d.date) === 'scheduled');
  return [countLine(days, statuses, c.today, count), ...(next ? [`Next: ${formatDateLabel(next.date)}, ${formatDayBrief(next)}.`] : [])];
}

/**
 * After a report is stored: rebuild what it touches and say what changed (one or two lines in the client's
 * sport, then the first changed day as it is now). Today's workout changes only when the report is about
 * today, and then the reply shows today's new version. Empty when nothing changed.
 */
async function applyAndTell(c: TurnContext, report: Report, opts: { swaps?: boolean } = {}): Promise<string[]> {
  if (!c.plan) return [];
  const changes = await applyReport(c.deps.db, c.client, c.today, report);
  if (!changes.length) return [];
  const lines = formatChangeLines(changes, 2, c.today);
  // Pain: which lifts went and what took their place, day by day (the reason alone said "nothing that loads it").
  const swaps = opts.swaps ? formatLiftSwaps(changes, c.today) : null;
  if (swaps) lines.push(swaps);
  const today = changes.some((ch) => ch.dates.includes(c.today));
  if (today) {
    const fresh = await activePlan(c.deps.db, c.client.id);
    const found = fresh ? await workoutOn(c.deps.db, c.client, fresh, c.today, c.today) : null;
    if (found?.kind === 'workout' && found.status === 'scheduled') lines.push(formatDayPreview(found.day, { label: 'Today, updated' }));
  } else if (!swaps) {
    // The swaps line already named the next changed day's lifts: its "now:" line would say the same again.
    const next = formatNextChanged(changes, c.today);
    if (next) lines.push(next);
  }
  return lines;
}

/**
 * "go easy on deadlifts", "no overhead press for now, shoulder": the lift and its close variants sit out through
 * `to` (a part named spares every lift of that pattern that loads it), another movement for the same muscles
 * takes their place, and the client hears when they come back.
 */
async function easeOffLift(c: TurnContext, i: ItemOf<'exclude_exercise'> & { to: string }): Promise<string[]> {
  const parts = findBodyParts(i.note).filter((p) => LIMITATION_FOR_PART[p] !== undefined);
  const spare = parts.map((p) => LIMITATION_FOR_PART[p]!);
  const ids = closeVariants(i.exerciseId, spare, i.refused ? REFUSED_VARIANT_RATIO : CLOSE_VARIANT_RATIO).map((e) => e.id);
  const lift = nameMidSentence(i.name);
  const lifts = `${lift}${/s$/.test(lift) ? 'es' : 's'}`;
  const why = parts.length ? ` to give your ${parts.map(partLabel).join(' and ')} a rest` : '';
  const back = `${lift[0]!.toUpperCase()}${lift.slice(1)} comes back from ${formatDay(addDays(i.to, 1))}; if it still bothers you by then, tell me and it stays out longer.`;
  if (!c.plan) return [`Noted: easing off ${lifts}${why} through ${formatDay(i.to)}. ${back}`];
  await recordPlanNote(c.deps.db, c.client, { type: 'exercise_exclusion_request', reason: i.note, from: c.today, to: i.to, metadata: { exerciseId: i.exerciseId, exerciseIds: ids } });
  const changed = await applyAndTell(c, { types: ['exercise_swap'], key: `exclude:${i.exerciseId}`, from: c.today, to: i.to, concernsToday: true });
  if (changed.length) return [`Got it - easing off ${lifts}${why}.`, ...changed];
  return [`Got it - easing off ${lifts}${why}: none in your sessions through ${formatDay(i.to)}. ${back}`];
}

/**
 * "feeling better now" with no body part: the sick days still open end and training comes back, eased in
 * (the re-entry sessions windows.ts plans after an illness). Not sick: a good day noted, the plan as it is.
 */
async function wellAgain(c: TurnContext): Promise<string[]> {
  const lastSick = await endIllness(c.deps.db, c.client, c.today);
  if (!lastSick) return ['Good to hear you are feeling better - noted. Your plan carries on as it is.'];
  const changed = await applyAndTell(c, { types: ['rest_days', 're_entry'], from: c.today, to: null, concernsToday: true });
  const ease = c.plan?.outline.race && !c.plan.outline.strength ? 'your first runs back are easy and shorter' : 'your first sessions back are at about 70% of the sets';
  const lines = changed.length ? changed : [`Your sick days are over and training is back on.`];
  // Sick and better the same day: today stays a rest day (a day's rest costs nothing; a relapse costs a week).
  const today = lastSick === c.today ? ' Today stays a rest day to be safe - a day off costs nothing, a relapse costs a week.' : '';
  return [`Glad you're feeling better!${today} We ease back in: ${ease}, so you build back without a relapse. Stop if a fever or chest symptoms come back.`, ...lines];
}

/**
 * "back after 3 weeks off": a break already over. Its days are kept as a break (what was planned then is not
 * owed), and the sessions from today ease back in: the re-entry sessions windows.ts plans after a break.
 */
async function backAfterBreak(c: TurnContext, i: ItemOf<'illness'>): Promise<string[]> {
  const days = daysBetween(i.from, i.to!) + 1;
  const span = days >= 14 && days % 7 === 0 ? counted(days / 7, 'week') : counted(days, 'day');
  const lead = `Welcome back! After ${span} off we ease back in`;
  if (!c.plan) return [`${lead}: start with easy, shorter sessions for the first week.`];
  await recordPlanNote(c.deps.db, c.client, { type: 'illness_note', reason: i.note, from: i.from, to: i.to, metadata: { timeOff: true } });
  const changed = await applyAndTell(c, { types: ['re_entry'], from: c.today, to: null, concernsToday: true });
  const held = await longBreakLine(c, i.from, i.to!);
  if (held) changed.push(held);
  const ease = c.plan.outline.race && !c.plan.outline.strength ? 'your first runs back are easy and shorter' : 'your first sessions back are at about 70% of the sets';
  return [`${lead}: ${ease}, so your body catches up with the training. Nothing to make up for the days you missed.`, ...changed];
}

/** A break said without its end ("pause from the 10th") is planned as a week, and the client is told so. */
const BREAK_AHEAD_DEFAULT_DAYS = 7;

/**
 * Time off from a later date ("pause from the 10th", "knee surgery on dec 14, out 3 weeks"): the training days
 * from that date become rest, the sessions after it ease back in, and a long break holds a strength plan. Until
 * then the plan and the morning texts go on (was: paused at once).
 */
async function timeOffAhead(c: TurnContext, i: ItemOf<'pause'>): Promise<string[]> {
  const to = i.to ?? addDays(i.from, BREAK_AHEAD_DEFAULT_DAYS - 1);
  await recordPlanNote(c.deps.db, c.client, { type: 'illness_note', reason: c.text, from: i.from, to, metadata: { timeOff: true } });
  const changed = await applyAndTell(c, { types: ['rest_days', 're_entry'], from: i.from, to, concernsToday: false });
  const held = await longBreakLine(c, i.from, to);
  const surgery = /\b(?:surgery|operation|op|procedure)\b/i.test(c.text);
  const lead = surgery ? 'Good luck with the surgery. ' : '';
  const open = i.to ? '' : ` (a week: text me if you need longer)`;
  const care = surgery ? " Until then, nothing new or hard for that part; once you're cleared, tell me what you may and may not do (e.g. 'cleared to squat light') and I'll plan around it." : '';
  return [
    `${lead}Noted: time off ${formatDay(i.from)} through ${formatDay(to)}${open}. Until then your plan and morning texts carry on as usual; after it, the first sessions back are lighter.${care}`,
    ...changed.filter((l) => !l.startsWith('Time off through')),
    ...(held ? [held] : []),
  ];
}

/**
 * "off till thursday": the training days from today to the day before are rest, the first sessions back are
 * lighter, and the morning texts go on (a pause would stop them until "resume", which the client did not ask).
 */
async function daysOffUntil(c: TurnContext, from: string, to: string, back: string): Promise<string[]> {
  await recordPlanNote(c.deps.db, c.client, { type: 'illness_note', reason: c.text, from, to, metadata: { timeOff: true } });
  const changed = await applyAndTell(c, { types: ['rest_days', 're_entry'], from, to, concernsToday: from === c.today });
  return [
    `Noted: days off ${from === to ? formatDay(from) : `${formatDay(from)} through ${formatDay(to)}`}, back ${formatDay(back)}. The first sessions back are lighter; text "this week" to see it.`,
    ...changed.filter((l) => !l.startsWith('Time off through')),
  ];
}

/**
 * A break of 14+ days holds a strength plan (plan-breaks.ts): say where the client picks up and the new end.
 * Null for a shorter break or a race plan (the race does not move).
 */
async function longBreakLine(c: TurnContext, from: string, to: string | null): Promise<string | null> {
  if (!c.plan || c.plan.outline.race || !to || daysBetween(from, to) + 1 < LONG_BREAK_DAYS) return null;
  const fresh = await activePlan(c.deps.db, c.client.id);
  if (!fresh) return null;
  const back = addDays(to, 1);
  const [at, end] = await Promise.all([planPosition(c.deps.db, fresh, back), pausedDaysBefore(c.deps.db, fresh, '9999-12-31')]);
  if (at.weekNumber === null || end === 0) return null;
  return `${daysBetween(from, to) + 1} days off is a real break, so the plan waits: back on ${formatDay(back)} you pick up at week ${at.weekNumber} (where you left off), with an easier first week. Your plan now ends ${formatDay(addDays(fresh.outline.endDate, end))} instead of ${formatDay(fresh.outline.endDate)}.`;
}

/**
 * Days from a later date on a lifting plan: stored now, in force from the first plan week that starts on or after
 * it (said, with the days until then). Null when the plan cannot hold them ahead (a race plan, or it ends first):
 * the caller asks the client to text them that week.
 */
async function laterDays(c: TurnContext, days: IsoWeekday[], from: string, now: readonly number[], count?: number): Promise<string[] | null> {
  const r = await setLaterTrainingDays(c.deps.db, c.client, days, from, c.today);
  if (!r.ok) return r.error === 'no_plan' || r.error === 'not_lifting' || r.error === 'after_plan' ? null : [r.error];
  const week = r.from === from ? '' : ` (the first week from ${formatDay(from)})`;
  const train = count ? `${count} days a week (${formatWeekdays(days)})` : formatWeekdays(days);
  return [`Got it: from ${formatDay(r.from)}${week} you train ${train}. Until then nothing changes: ${formatWeekdays(now as IsoWeekday[])} as now. Same plan and phase; text "this week" that week to see it.`];
}

/** The stored profile's days and kit, read with onboarding's schema (a field that does not parse is unknown). */
const storedKit = onboardingProfileSchema.pick({ trainingDays: true, equipment: true }).partial();

/** What stays true of the client when only the goal changes: their days, history, body, kit and last race result (parsed, never cast). */
const keptOnGoalChange = onboardingProfileSchema
  .pick({ trainingAge: true, trainingDays: true, sessionMinutes: true, equipment: true, limitations: true, limitationAreas: true, bodyNotes: true, age: true, crossTraining: true, work: true, race: true })
  .partial();
function keptForNewGoal(profile: unknown): OnboardingAnswers {
  const parsed = keptOnGoalChange.safeParse(profile);
  if (!parsed.success) return {};
  const { race, ...kept } = parsed.data;
  return race?.recentRace ? { ...kept, race: { recentRace: race.recentRace } } : kept;
}
function profileOf(c: TurnContext): { trainingDays?: number[]; equipment?: Equipment[] } {
  const parsed = storedKit.safeParse(c.client.profile);
  return parsed.success ? parsed.data : {};
}

function trainingDaysOf(c: TurnContext): number[] {
  const req = c.plan?.request;
  // Days told ahead are the client's days once their week has come.
  const days = req?.kind === 'strength' ? (req.laterDays && req.laterDays.from <= c.today ? req.laterDays.trainingDays : req.trainingDays) : req?.kind === 'race' ? req.trainingDays : req?.kind === 'hybrid' ? (req.strength?.trainingDays ?? req.race.trainingDays) : undefined;
  return [...(days ?? profileOf(c).trainingDays ?? [])].sort((a, b) => a - b);
}

/**
 * The days said back as "your training days stay ...": a hybrid's runs and lifts together (trainingDaysOf gives a
 * hybrid's lifting days, which said alone told Megan her Tue, Wed, Fri and Sun runs were not training days).
 */
function usualDaysOf(c: TurnContext): number[] {
  const req = c.plan?.request;
  if (req?.kind !== 'hybrid') return trainingDaysOf(c);
  return [...new Set([...req.race.trainingDays, ...(req.strength?.trainingDays ?? [])])].sort((a, b) => a - b);
}

/**
 * "I can only do 5 days now": the days a count means for this plan. A race (or a hybrid's running) keeps its
 * long run where it is, on the last day with rest spread round it; a lifter gets heavy days with rest between.
 */
function daysForCount(c: TurnContext, n: number): IsoWeekday[] {
  const race = c.plan?.outline.race;
  return race ? defaultDaysForCount(n, 'run', race.pattern.longRunDay) : defaultDaysForCount(n);
}

/**
 * "can i do thursday at the gym instead of at home?": yes. The day's session is written for the client's own kit
 * and works at a gym as it is; where the gym has a bigger version of a lift (the preferred one of its movement,
 * which the client's kit rules out), it is named so the day can use it, logged under its own name for its loads.
 * Nothing is stored: the next sessions at home stay as they are.
 */
async function gymDay(c: TurnContext, date: string): Promise<string[]> {
  if (!c.plan) return [NO_PLAN];
  const when = date === c.today ? 'today' : formatDay(date);
  const lifts = await plannedLiftsOn(c, date);
  if (!lifts.length) return [`${when === 'today' ? 'Today' : when} is a rest day in your plan, so there's nothing to move to the gym. Want to train then? Move a session onto it (e.g. "move ${weekdayName(addDays(date, -1)).slice(0, 3).toLowerCase()} to ${weekdayName(date).slice(0, 3).toLowerCase()}").`];
  const own = clientEquipment(c);
  const limits = clientLimitations(c);
  const age = strengthRequestOf(c.plan.request)?.trainingAge ?? 'beginner';
  const swaps = lifts.flatMap((l) => {
    const ex = exerciseById(l.exerciseId);
    if (!ex) return [];
    // The nearest by name first ("incline dumbbell press" -> "incline bench press", not the flat bench), then the
    // library's preference.
    const said = new Set(ex.name.toLowerCase().split(/[\s-]+/).filter((w) => !/^(?:dumbbell|kettlebell|one|arm|single|leg|bodyweight|banded|chest|supported)$/.test(w)));
    const shared = (e: { name: string }) => e.name.toLowerCase().split(/[\s-]+/).filter((w) => said.has(w)).length;
    const bigger = EXERCISES.filter((e) => e.pattern === ex.pattern && e.kind === ex.kind && e.rank < ex.rank && !equipmentFits(e, own) && equipmentFits(e, EQUIPMENT) && levelFits(e, age) && limitationConflicts(e, limits).length === 0)
      .sort((a, b) => shared(b) - shared(a) || a.rank - b.rank)[0];
    return bigger ? [`${nameMidSentence(ex.name)} -> ${nameMidSentence(bigger.name)}`] : [];
  });
  const lead = `Yes - do ${when === 'today' ? "today's session" : `${when}'s session`} at the gym. It's written for your own kit, so all of it works there as it is.`;
  if (!swaps.length) return [`${lead} Nothing in it needs changing; the rest of your week stays as planned.`];
  const first = swaps[0]!.split(' -> ')[1]!;
  return [`${lead} With the gym's kit you can use the bigger version: ${swaps.slice(0, 4).join(', ')}. Start at a weight you could lift 3-4 more times and log it under its name (e.g. "${first} 3x8 at ..."): I'll set its loads from that. The rest of your week stays as planned.`];
}

/** The areas the client's plan spares (told at the start: "shoulder gets cranky overhead"). */
function clientLimitations(c: TurnContext): Limitation[] {
  return strengthRequestOf(c.plan?.request)?.limitations ?? [];
}

export function clientEquipment(c: TurnContext): Equipment[] {
  const req = c.plan?.request;
  const eq = strengthRequestOf(req)?.equipment;
  return eq ?? profileOf(c).equipment ?? ['bodyweight'];
}

/**
 * How long pain keeps what loads it out: "for 3 days", "a week", "two weeks". Unsaid: 7 days, or 3 for a mild
 * ache ("kinda achy", "a bit sore") with no red flag — long enough to settle, short enough that a twinge does not
 * cost a week of running; the client is told to say if it is still there, and the window can be extended.
 */
const PAIN_SPANS: Array<[RegExp, (m: RegExpMatchArray) => number]> = [
  [/\bfor (\d{1,2}) days?\b/, (m) => Number(m[1])],
  [/\b(?:for )?(?:a|one|1) week\b/, () => 7],
  [/\b(?:for )?(?:two|2) weeks\b/, () => 14],
  [/\b(?:for )?(?:a )?few days\b/, () => 3],
];
function painDays(note: string, mild: boolean, untilNextSession: number | null): number {
  const t = note.toLowerCase();
  for (const [re, days] of PAIN_SPANS) {
    const m = t.match(re);
    if (m) return Math.min(28, Math.max(1, days(m)));
  }
  if (mild) return MILD_PAIN_DAYS;
  return untilNextSession ?? 7;
}
const MILD_PAIN_DAYS = 3;
/** "a little tweak", "slight tweak": said small, so not the lasting "tweaked" of LASTING_PAIN. */
const SMALL_TWEAK = /\b(?:little|lil|slight|small|minor|tiny) tweak\w*/g;
/** A pain the client says is small: "a bit achy", "a little sore, nothing major", "kinda tight". */
const SAID_SMALL = /\b(?:a (?:bit|little|lil|tad|touch)|bit of|little bit|slightly|slight|kinda|kind of|sorta|sort of|somewhat|mildly|mild|minor|nothing major|nothing serious|not bad|niggle|niggly|twinge)\b/;

/**
 * Pain told with no duration, not said to be bad, no red flag, not a named injury and not "still" there ("my
 * knee hurts", "should I run if my shin hurts?"): what loads it is out through the next session only, and the
 * client is asked how it is tomorrow (was a whole week, every time). Bad, lasting or injured ("tweaked",
 * "pulled", "did my back in") keeps the week.
 */
const LASTING_PAIN = /\b(?:still|again|for (?:days|weeks|ages|a while)|all week|keeps?|kept|every (?:time|run|session)|shin splints|stress fracture|plantar|tendin|tendon|bursitis|sprain(?:ed)?|strain(?:ed)?|torn|tore|pulled|popped|tweak(?:ed)?|did my back in|done my back in|(?:threw|thrown|put) (?:my back out|out my back)|back (?:went|gave) out|fracture|broke|broken|ruptur\w*|dislocat\w*|diagnos\w*|physio said|doctor said)\b/;
function daysToNextSession(c: TurnContext, from: string): number | null {
  const days = trainingDaysOf(c);
  if (!days.length) return null;
  for (let n = 0; n < 7; n++) if (days.includes(isoWeekday(addDays(from, n)))) return n + 1;
  return null;
}

/** "knee is fine now", "hips are fine now": words that bring a part back (the recovered rule reads them). */
function feelsFine(part: string): string {
  return `${part} ${hurts(part) === 'hurt' ? 'are' : 'is'} fine now`;
}

/**
 * A swap asked for a lift the coming week does not have: said so, with the lift in its place (a variation the
 * engine loads from it) and why it is out when a limitation keeps it out.
 */
function notInPlanSwap(c: TurnContext, fromId: string, fromName: string, next: NextLiftSession | null): string {
  const from = exerciseById(fromId);
  // An "overhead" limitation is the shoulder's, said as the part.
  const parts = from ? [...new Set(limitationConflicts(from, clientLimitations(c)).map((l) => (l === 'overhead' ? 'shoulder' : partName(l))))] : [];
  const why = parts.length ? ` - your plan keeps it out for your ${listNames(parts)}` : '';
  if (!next) return `There's no ${nameMidSentence(fromName)} in your coming week${why}, so there's nothing to swap. Text "this week" to see your sessions.`;
  const days = daysBetween(c.today, next.date);
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${weekdayName(next.date)}`;
  const load = next.lift.load !== null ? ` at ${next.lift.load} ${next.lift.unit}` : '';
  return `There's no ${nameMidSentence(fromName)} in your coming week${why}: ${day} you have ${nameMidSentence(next.lift.name)} ${next.lift.sets}x${next.lift.reps}${load} in its place. If that one bothers you too, tell me and I'll swap it.`;
}

const PART_WORDS: Record<string, string> = { lower_back: 'lower back', upper_back: 'upper back', hip_flexors: 'hip flexors', it_band: 'IT band', whole_body: 'whole body' };
const partName = (p: string) => PART_WORDS[p] ?? p;


/** Kit as said back: "a full gym", "dumbbells and a bench", "bodyweight only". */
function kitWords(kit: readonly Equipment[]): string {
  const have = kit.filter((e) => e !== 'bodyweight');
  if (['barbell', 'rack', 'dumbbell', 'cable', 'machine'].every((e) => (have as string[]).includes(e))) return 'a full gym';
  if (!have.length) return 'bodyweight only';
  const names = have.map((e) => EQUIPMENT_NAMES[e] ?? e);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** Plain answers to "is that ok?" about a change the client made, by what they changed. */
const MODIFICATIONS: Array<[RegExp, string]> = [
  [/\bknees?\b.*\bpush ?-?ups?\b|\bpush ?-?ups?\b.*\bknees?\b|\bincline push/, 'Yes - push-ups from your knees (or hands on a bench) work the same muscles. Do them that way with good form, and try a few full ones at the start of each set as you get stronger.'],
  [/\b(lighter|less weight|dropped the weight|went light|lowered the weight)\b/, 'Yes. A lighter weight with good form beats grinding a heavy one. Log what you used and I will base the next loads on it.'],
  [/\b(fewer|less) (sets|reps)|\bcut (it|the session) short|only (did|got) \d/, 'Yes, that is fine. Some work beats none; log what you did. If it keeps happening, tell me and we can shorten the sessions.'],
  [/\b(walk|walked|walking)\b/, 'Yes. Walk breaks are a normal way to build up; keep the effort easy and run a little more each week.'],
  [/\b(treadmill|bike|elliptical|rower|swim)\b/, 'Yes, that counts. Keep the effort the same as the planned run (easy stays easy) and log it as time or distance.'],
  [/\b(swap|swapped|instead|different|substitut|replaced)\b/, 'Yes, if it worked the same muscles. Log it under the exercise you actually did so your loads stay right.'],
  [/\b(skip|skipped|missed)\b/, 'Yes, one missed piece is fine. Carry on with the plan; do not try to make it up by doubling the next session.'],
];

/** "is that normal?", "should i be worried?", "is this ok?" said with a report. */
const NORMAL_ASKED = /\b(?:is (?:that|this|it) (?:normal|ok|okay|common|expected)|normal\?|should i (?:be )?worr(?:y|ied)|anything to worry about)\b/;
/** A mild ache asked about: what a coach says first. */
const ACHE_IS_COMMON = 'A mild ache when you start training is common - muscles and tendons adapting - and it usually settles in a few days. Sharp pain, swelling, or pain that keeps you up is not normal: tell me if you get any of those.';

/** When to see a physio, in the part's own signs: a sore elbow is not watched for a limp. */
function physioLine(part: string | null | undefined): string {
  return part && UPPER_BODY_PARTS.has(part) ? 'If it is sharp, swells, or your arm or hand goes numb or tingles, see a physio.' : 'If it is sharp, swells or you start limping, see a physio.';
}

/** A pain report's reply lines (the pain handler adds the answer to "is that normal?"). */
async function painLines(c: TurnContext, i: ItemOf<'pain'>): Promise<string[]> {
  await recordSignal(c.deps.db, c.client, { date: i.date, kind: 'pain', severity: i.severity, bodyParts: i.bodyPart ? [i.bodyPart] : [], note: i.note }, c.inboundId);
  const named = i.bodyPart ? clientPartLabel(c.client.profile, i.bodyPart, i.note) : null;
  const part = named ? `your ${named}` : 'that';
  let changed: string[] = [];
  const mild = i.severity <= 2 && i.redFlags.length === 0;
  const short = !mild && i.severity <= 3 && i.redFlags.length === 0 && !LASTING_PAIN.test(i.note.toLowerCase()) ? daysToNextSession(c, i.date) : null;
  const days = painDays(i.note, mild, short);
  // "knees a bit achy": said small by the client, a runner's runs are eased (shorter, easy), not taken out; a plain "my
  // knee is sore" is still a few days off runs and a check-in, and "still sore" after an ease rests them.
  const eased = mild && SAID_SMALL.test(i.note.toLowerCase()) && !LASTING_PAIN.test(i.note.toLowerCase()) && Boolean(c.plan?.outline.race) && i.bodyPart !== null && easedWhenMild(i.bodyPart);
  // "elbow felt a bit off", "knee a little tweaky": a lifter's lifts that load it stay, lighter and a set shorter
  // (strength-overrides), not out for days; a small tweak said small is no lasting injury.
  const liftEased = mild && SAID_SMALL.test(i.note.toLowerCase()) && !LASTING_PAIN.test(i.note.toLowerCase().replace(SMALL_TWEAK, '')) && !c.plan?.outline.race && i.bodyPart !== null && liftsEasedWhenMild(i.bodyPart);
  if (i.bodyPart) {
    await recordPlanNote(c.deps.db, c.client, {
      type: 'pain_note',
      reason: i.note,
      from: i.date,
      to: addDays(i.date, days - 1),
      metadata: { bodyPart: i.bodyPart, redFlag: i.redFlags.length > 0, exerciseId: i.exerciseId, ...(eased || liftEased ? { mild: true } : {}) },
    });
    // Only what this part changed: an earlier report's lines are not news.
    changed = await applyAndTell(c, { types: ['injury_limitation', 'non_impact', 'easy_run'], key: `pain:${i.bodyPart}`, from: i.date, to: addDays(i.date, days - 1), concernsToday: true }, { swaps: true });
  }
  // "my left knee and right elbow are both achy": the second joint in a line beside the first's, not a second
  // paragraph of the same advice (the safety line is said once, in the first).
  if (i.also && i.redFlags.length === 0) {
    const window = days < 7 ? `${days === 1 ? 'today' : `through ${formatDay(addDays(i.date, days - 1))}`}, the same check-in` : 'the same care';
    return [`Same for ${part}: ${changed.length ? 'what loads it is out' : 'nothing planned loads it'} ${window}.`, ...changed];
  }
  // "felt dizzy on my run": a warning sign of the whole body is stop-today-and-see-a-doctor, not a part to rest.
  const signs = warningSigns(i.note);
  if (signs.length) {
    return [`What you describe (${signs.slice(0, 2).join(', ')}) is a warning sign: please stop training for today and see a doctor before your next session, and if it comes with chest pain, fainting or trouble breathing, get emergency help right away. Text me when you've been checked and I'll ease you back in.`, ...changed];
  }
  // "i think i have a stress fracture": stop running and see a doctor (was read as a stressful week).
  const fracture = c.plan?.outline.race || !i.bodyPart || ['shins', 'foot', 'heel', 'hips', 'ankle', 'toe'].includes(i.bodyPart) ? fractureAdvice(i.note, named ? part : null) : null;
  if (fracture) return [fracture, ...changed];
  if (i.redFlags.length) {
    return [`Sorry about ${part}. What you describe (${i.redFlags.slice(0, 2).join(', ')}) is a reason to get it checked by a doctor or physio before you train it again - please do not train through it.`, ...changed];
  }
  // A mild ache is a few days off what loads it, then a check-in: the client says how it feels.
  const shortCheck = short !== null && days === short && i.bodyPart && days < 7
    ? ` For now that's ${days === 1 ? 'today' : `through ${formatDay(addDays(i.date, days - 1))}`} only: text me tomorrow how it feels ("${named!} still ${hurts(named!)}" keeps it out for the week).`
    : '';
  const checkIn = eased && days < 7
    ? ` It sounds mild, so your runs ease for ${counted(days, 'day')} rather than stop: text me on ${formatDay(addDays(i.date, days))} how it feels ("${feelsFine(named!)}" brings the full runs back, "${named!} still sore" rests it).`
    : liftEased && days < 7 ? ` It sounds mild, so your lifts stay, lighter, for ${counted(days, 'day')}: text me on ${formatDay(addDays(i.date, days))} how it feels ("${feelsFine(named!)}" or "${named!} still sore").`
    : mild && i.bodyPart && days < 7 ? ` It sounds mild, so it's ${counted(days, 'day')}, not a week: text me on ${formatDay(addDays(i.date, days))} how it feels ("${feelsFine(named!)}" brings it all back, "${named!} still sore" keeps it out longer).` : '';
  // A runner's shin, foot, heel or hip pain may be a stress fracture: its signs replace the general physio line.
  const bone = c.plan?.outline.race ? boneStressAdvice(i.bodyPart) : null;
  // The short window's check-in comes after the safety line: what to watch for first, then when to tell me.
  // "knee was fine until the last set": what changed on that set is the first thing a coach asks.
  const asked = FINE_UNTIL.test(i.note.toLowerCase()) ? ` Good that it held up until then - what did you feel at the end: a sharp pain, or more of an ache?` : '';
  if (changed.length) return [`Sorry about ${part}${asked ? `.${asked} Never` : ' - never'} train through pain.${checkIn} ${bone ?? physioLine(i.bodyPart)}${shortCheck}`, ...changed];
  // Nothing in the short window loads it: said so, not "already out of your plan" (nothing was taken out).
  if (shortCheck && !checkIn) return [`Sorry about ${part} - noted.${asked} Nothing planned ${days === 1 ? 'today' : 'before then'} loads it; skip any movement that hurts and never train through pain.${shortCheck}`];
  // Nothing changed because nothing left in the window loads it (never planned, or out since an earlier report).
  if (checkIn) return [`Sorry about ${part} - noted.${asked} Nothing in your plan through ${formatDay(addDays(i.date, days - 1))} loads it; skip any movement that hurts and never train through pain.${checkIn}`];
  const ex = i.exerciseId ? exerciseById(i.exerciseId)?.name : null;
  const runner = c.plan?.outline.race && ['knee', 'ankle', 'foot', 'heel', 'shins', 'achilles', 'hips', 'it_band'].includes(i.bodyPart ?? '');
  return [
    `Sorry about ${part} - noted.${asked} ${ex ? `Leave out ${ex.toLowerCase()} for now` : 'Skip any movement that hurts it'}${runner ? ' and swap today\'s run for rest or a bike/swim' : ''}; never train through pain. ${bone ?? 'If it is sharp, swells or lasts more than a week, see a physio.'}`,
  ];
}

/**
 * The trip behind days taken off ("skip fri, flying to denver"): how long it is and what gym there is are not
 * known, so they are asked, never guessed as bodyweight days; a new time zone is only offered.
 */
function tripAsk(zone: string | null, home: string, last: string): string {
  const local = zone && zone !== home ? `, with your morning text on ${describeTimezone(zone).replace(/ \(.*\)$/, '')} there` : '';
  return `Safe travels! If you're away past ${formatDay(last)}, text the days and what you'll have ("hotel gym Sat-Sun", "just a band") and I'll plan them for it${local}.`;
}

/** "legs felt heavy" on a run: tired legs, not sore muscles (was "Noted legs. Some soreness is normal…"). */
const HEAVY_ONLY = (note: string) => /\bheavy\b/i.test(note) && !/\b(sore|soreness|doms|achy|aching|aches?|tight|stiff|wrecked|destroyed|killing)\b/i.test(note);

export const HANDLERS: Handlers = {
  today: (c, i) => (i.next ? showNext(c) : i.asked ? mayTrainToday(c) : showDay(c, i.date, 'today')),
  tomorrow: (c, i) => showDay(c, i.date, 'tomorrow'),
  day: (c, i) => showDay(c, i.date, i.date === c.today ? 'today' : i.date === addDays(c.today, 1) ? 'tomorrow' : 'day'),
  week: (c, i) => showWeek(c, i.from, i.count, i.review === true),
  plan: async (c) => {
    if (!c.plan) return [NO_PLAN];
    const { weekNumber } = await planPosition(c.deps.db, c.plan, c.today);
    const where = weekNumber ? `You're in week ${weekNumber} of ${c.plan.outline.weeks}.` : '';
    return [fitSegments([summarizePlan(c.plan.outline, null), where, await planLinkLine(c.deps, c.client.id), 'Text "this week" for the days.'], 3)];
  },
  correct_log: async (c, i) => {
    if (i.swap || i.moveTo) {
      // "sorry meant 185 not 158", "that was tues not today": the last log told again with that one change.
      const outcomes = await retellLastLogs(c.deps.db, c.client, { ...(i.swap ? { swap: i.swap } : {}), ...(i.moveTo ? { moveTo: i.moveTo } : {}) }, { today: c.today, inboundId: c.inboundId, rawText: c.text });
      if (outcomes.length === 0) {
        if (i.swap && i.swap.from === undefined) {
          return [`Which lift had ${i.swap.to} ${i.swap.field ?? 'sets'}? Nothing changed yet - send it the way it should read, e.g. "squat ${i.swap.field === 'reps' ? `3x${i.swap.to}` : `${i.swap.to}x5`} 225", and I'll fix it.`];
        }
        const what = i.swap ? (i.swap.fromReps !== undefined ? `${i.swap.from}x${i.swap.fromReps}` : String(i.swap.from)) : null;
        return [what
          ? `I couldn't find ${what} in your last log, so nothing changed. Send the lift the way it should read, e.g. "bench 3x5 185", and I'll fix it.`
          : 'Your last log is already on that day, so nothing changed.'];
      }
      return outcomeLines(outcomes).map((l) => l.replace(/^Logged/, i.moveTo ? 'Moved to' : 'Fixed'));
    }
    if (i.replacement.length === 0) {
      const undone = await undoLastLogs(c.deps.db, c.client);
      if (!undone.undone) return [`There is no log to ${i.undo ? 'undo' : 'fix'} yet. Send what you did, e.g. "squat 3x5 at 225" or "ran 5 mi".`];
      // "undo" takes the log back, no more: said what went (the client's own words) and that its day is open again.
      if (i.undo) {
        const what = undone.texts.filter(Boolean).map((t) => `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}"`).join(', ');
        const when = undone.dates.map((d) => (d === c.today ? 'today' : formatDay(d))).join(', ');
        return [`Undone: I removed ${what || 'your last log'} (${when}). The plan is back as it was before it; send what you did whenever you're ready.`];
      }
      return ['Sorry - I removed that log. Send it again the way it should read, e.g. "bench 185x5" or "ran 6 mi at 8:40".'];
    }
    const outcomes = await correctLastLogs(c.deps.db, c.client, i.replacement.flatMap((r) => (r.intent === 'log_strength' ? LOG_ENTRIES.log_strength(r) : LOG_ENTRIES.log_run(r))), { today: c.today, inboundId: c.inboundId, rawText: c.text }, i.replaces);
    // "that was dumbbell bench not barbell" with no such lift in the last log: nothing to fix, said so.
    if (outcomes.length === 0) return [`I couldn't find that lift in your last log to fix. Send it again the way it should read, e.g. "db bench 3x8 @ 50".`];
    return outcomeLines(outcomes).map((l) => l.replace(/^Logged/, 'Fixed'));
  },
  soreness: async (c, i) => {
    if (i.habitual) {
      // Morning or after-sitting stiffness is no sign of too much training: a note and how to loosen it, the plan
      // as it was (no signal recorded, so no sets are cut for it).
      const where = i.bodyParts.map(partName).join(' and ');
      // "it" is the stiffness, whatever the part: "it usually eases" for hips and a knee alike.
      return [
        `Noted - stiff ${where} after sleep or sitting is common and not a reason to change your plan; it usually eases once you move. A few minutes of easy movement and gentle mobility (cat-cows, hip circles, leg swings) helps, and your warm-up does the rest.`,
        'If it starts to hurt, lasts past the morning, or wakes you at night, tell me and we will look at it.',
      ];
    }
    await recordSignal(c.deps.db, c.client, { date: i.date, kind: 'soreness', severity: i.severity, bodyParts: i.bodyParts, note: i.note, ...(i.tight ? { feel: 'tight' as const } : {}) }, c.inboundId);
    const where = i.bodyParts.length ? i.bodyParts.map(partName).join(' and ') : 'the soreness';
    // Beside a log of today's session the session is done: the next one adapts, not the one just run.
    // Beside a log of today's session, or said of a hard session already done ("legs were brutal"), the session is
    // behind them: the next one adapts, not the one just run.
    const behind = i.afterLog === true || i.hardSession === true;
    const changed = await applyAndTell(c, { types: ['volume_reduction', 'easy_run'], from: behind ? addDays(i.date, 1) : i.date, to: null, concernsToday: i.date === c.today && !behind });
    if (i.tight) {
      // Stiffness is trained around, not through or away from: a longer warm-up and less load on that area,
      // in the client's sport (a runner has no sets or hinges to cut; they run easy and stop if it gets worse).
      // A hybrid's tightness told of a run ("ran 4 ... hip was a little tight at the end") gets the runner's words too.
      const runs = c.plan?.outline.race != null;
      const runsOnly = runs && (c.plan!.outline.strength === null || /\b(?:ran|run|runs|running|jog\w*|mi|miles?|km)\b/.test(c.text.toLowerCase()));
      const warmUp = runsOnly
        ? 'Warm up longer: 5-10 min brisk walking or very easy jogging, then leg swings, ankle circles and calf raises, and start your next run slower than usual.'
        : 'Warm up longer: 5-10 min easy cardio, then cat-cows, glute bridges and unloaded hip hinges, and build up your first sets slowly.';
      const fallback = runsOnly
        ? `Keep your next run easy, and stop if your ${where} ${hurts(where) === 'hurt' ? 'tighten' : 'tightens'} up rather than loosening.`
        : `Next session, do 1-2 fewer sets for your ${where} and keep hinges lighter.`;
      return [
        `Tight ${where} noted - that's stiffness, not pain, so we train it lighter, not skip it. ${warmUp}`,
        ...(changed.length ? changed : [fallback]),
        'If it actually hurts - sharp, shooting, numb or tingling down a leg - tell me and I will treat it as pain.',
      ];
    }
    if (i.hardSession) {
      // "legs were brutal lol": a hard session of those muscles, kept as soreness to come; the next session reads it.
      const found = c.plan ? await workoutOn(c.deps.db, c.client, c.plan, c.today, c.today) : null;
      const open = found?.kind === 'workout' && found.day.kind !== 'rest' && found.status === 'scheduled';
      const lead = `Sounds like your ${where} got worked hard - that's the training doing its job. Expect some soreness for a day or two; an easy walk, food and sleep help it pass.`;
      const log = open ? ' Finished today\'s session? Text "done" to log it.' : '';
      return changed.length
        ? [`${lead}${log}`, ...changed]
        : [`${lead} If your ${where} ${hurts(where) === 'hurt' ? 'are' : 'is'} still sore when you next train, tell me and I'll trim a set or two.${log}`];
    }
    // Said back in words ("Noted: legs really sore."), as a coach would, not as a score out of 5.
    const how = i.severity >= 5 ? 'really sore' : i.severity >= 4 ? 'pretty sore' : 'sore';
    // No body part ("im so sore"): said of the client, not of "the soreness".
    const said = i.bodyParts.length ? `${where} ${how}` : `you're ${how}`;
    if (changed.length) return [`Noted: ${said}.`, ...changed];
    // On a rest day there are no sets today to cut: the advice is for the next session.
    const found = i.date === c.today && c.plan ? await workoutOn(c.deps.db, c.client, c.plan, c.today) : null;
    // Today's session already done (or skipped) leaves no sets today to cut either: "sore from the workout" at night.
    const trainedToday = found?.kind === 'workout' && found.day.kind !== 'rest' && found.status !== 'scheduled';
    const noSetsToday = trainedToday || (found?.kind === 'workout' && found.day.kind === 'rest');
    return [
      i.severity >= 4 && noSetsToday
        ? `Noted: ${said}. ${trainedToday ? 'For the rest of today' : 'Rest today helps'} - an easy walk or light mobility speeds it up. If it is still sore next session, do 1-2 fewer sets for those muscles. Soreness is not pain: tell me if anything hurts sharply.`
        : i.severity >= 4
        ? `Noted: ${said}. Warm up well; if it is still sore once you are moving, do 1-2 fewer sets for those muscles today. Soreness is not pain: tell me if anything hurts sharply.`
        : HEAVY_ONLY(i.note ?? '')
        ? `Noted: heavy ${i.bodyParts.length ? where : 'legs'}. That's common while your training builds, after a hard day or a short night: keep your next session truly easy. If they stay heavy for 3 sessions in a row, tell me and I'll lighten the week.`
        : `Noted: ${said}. Some soreness is normal after hard work and usually eases once you warm up. Train as planned; go lighter if it does not ease.`,
    ];
  },
  readiness: async (c, i) => {
    await recordSignal(c.deps.db, c.client, { date: i.date, kind: i.kind, severity: i.severity, bodyParts: [], note: i.note }, c.inboundId);
    if (i.severity <= 1) return ['Love it - have a good session.'];
    // In the client's sport: a runner has no sets to cut short; one who already skipped needs no "text skipped".
    const lifts = !c.plan || c.plan.outline.strength !== null;
    const runs = c.plan?.outline.race != null;
    const advice = lifts && runs ? 'stop each set 1-2 reps earlier and keep runs easy' : runs ? 'keep the run easy, and cut it short if you still feel flat after 10 minutes' : 'stop each set 1-2 reps earlier';
    const skipped = /\b(skip|skipped|skipping|took the day off|taking the day off|rest day)\b/i.test(c.text);
    return [`Thanks for telling me - noted. On a rough day keep the plan but ${advice}.${skipped ? ' Resting today was fine.' : ' Text "skipped" if you need the day off.'}`];
  },
  pain: async (c, i) => {
    const lines = await painLines(c, i);
    // "my hips ache a little, is that normal?": the question is answered before what changed.
    const normal = i.severity <= 2 && i.redFlags.length === 0 && NORMAL_ASKED.test(c.text);
    return normal ? [`${ACHE_IS_COMMON} ${lines[0] ?? ''}`.trim(), ...lines.slice(1)] : lines;
  },
  recovered: async (c, i) => {
    if (i.bodyParts.length === 0) return wellAgain(c);
    // Soreness still trimming the next session for these parts, before the recovery is recorded (it ends it).
    const trimmed = c.plan ? (await adaptationContext(c.deps.db, c.client.id, c.plan.row.id, c.today)).soreness.some((s) => s.bodyParts.some((p) => (i.bodyParts as readonly string[]).includes(p))) : false;
    await recordSignal(c.deps.db, c.client, { date: c.today, kind: 'soreness', severity: 1, bodyParts: i.bodyParts, note: i.note }, c.inboundId);
    const ended = await endPain(c.deps.db, c.client, i.bodyParts, c.today);
    const where = i.bodyParts.map(partName).join(' and ');
    // "knee was ok" after a session with nothing sore on file is a part that held up, not one that recovered.
    const heldUp = !trimmed && !/\b(?:better|recovered|healed|normal|loosened|sore|soreness)\b/.test(i.note.toLowerCase());
    if (!ended && trimmed) {
      await applyReport(c.deps.db, c.client, c.today, { types: [], from: c.today, to: null, concernsToday: false });
      return [`Good to hear your ${where} recovered - noted. Full sets for them again from your next session.`];
    }
    // "my knee is fine now, can I squat again" from a client whose plan spares the knee since the start: offered back.
    const told = c.plan ? (strengthRequestOf(c.plan.request)?.limitations ?? []) : [];
    const spared = told.filter((l) => i.bodyParts.some((p) => LIMITATION_FOR_PART[p] === l || (l === 'overhead' && p === 'shoulders')));
    if (!ended && spared.length) {
      const areas = sparedAreasLabel(c.client.profile, spared);
      c.unspare = { limitations: spared, areas, lift: 'the lifts that load it' };
      return [`Good to hear your ${areas} feels better. Your plan has gone easy on it since you told me at the start. If it's good now, reply YES and I'll rebuild your plan with the lifts that load it back in.`];
    }
    if (!ended) return [heldUp ? `Good to hear your ${where} held up - noted. Tell me if that changes.` : `Good to hear your ${where} recovered - noted.`];
    // Rebuild now (no change lines: nothing is left out any more); show the next day as it is.
    await applyReport(c.deps.db, c.client, c.today, { types: [], from: c.today, to: null, concernsToday: false });
    return [`Good news. What loads your ${where} is back in your plan from tomorrow: start light, and tell me if it hurts again.`];
  },
  illness: async (c, i) => {
    if (i.to && i.to < c.today) return backAfterBreak(c, i);
    await recordSignal(c.deps.db, c.client, { date: c.today, kind: 'illness', severity: 5, bodyParts: [], note: i.note }, c.inboundId);
    await recordPlanNote(c.deps.db, c.client, { type: 'illness_note', reason: i.note, from: i.from, to: i.to, metadata: {} });
    const until = i.to && i.to > c.today ? ` through ${formatDay(i.to)}` : '';
    const changed = await applyAndTell(c, { types: ['rest_days', 're_entry'], from: i.from, to: i.to, concernsToday: i.from <= c.today });
    const held = await longBreakLine(c, i.from, i.to);
    if (held) changed.push(held);
    if (changed.length) return [`Feel better soon. Rest is the training now - no hard sessions with a fever or chest symptoms.`, ...changed];
    return [`Feel better soon. Noted: no training${until}. Rest is the training now - no hard sessions with a fever or chest symptoms. When you are back, start with an easy, shorter session. Text "pause" if you want the morning texts to stop.`];
  },
  travel: async (c, i) => {
    if (i.gymClosed) return gymClosedDay(c, i);
    if (i.gymDay) return gymDay(c, i.from);
    const amended = await amendTripFromText(c, i);
    if (amended) return amended;
    // Kit alone with no trip on the books: never a trip from today; the usual gym changes with a new plan.
    if (i.kitOnly) return [`Is that for a trip? Tell me the days too (e.g. "hotel wed-fri, ${normalize(i.note)}"). If your own kit changed, text "new plan" and I'll rebuild it for what you have.`];
    const stored = await recordPlanNote(c.deps.db, c.client, {
      type: 'travel_note',
      reason: i.note,
      from: i.from,
      to: i.to,
      metadata: { equipment: i.equipment ?? [], maxDumbbell: i.maxDumbbell, cardio: i.cardio, timezone: i.timezone },
    });
    const when = i.to && i.to !== i.from ? `${formatDay(i.from)} to ${formatDay(i.to)}` : formatDay(i.from);
    const changed = await applyAndTell(c, { types: ['equipment_change'], from: i.from, to: i.to, concernsToday: i.from <= c.today });
    const zone = i.timezone && i.timezone !== c.client.timezone ? ` Your morning text follows you: ${formatClock(c.client.morning_time)} ${describeTimezone(i.timezone)} on those days.` : '';
    // Said back as said: "with dumbbells and a treadmill" (was "with dumbbell; treadmill").
    const gear = i.equipment?.filter((e) => e !== 'bodyweight' && !(e === 'dumbbell' && i.maxDumbbell)) ?? [];
    const machines = i.cardio.map((m) => `${/^[aeiou]/.test(m) ? 'an' : 'a'} ${m}`);
    const kitParts = [
      gear.length ? kitLabel(gear) : i.cardio.length || i.maxDumbbell ? null : 'bodyweight only',
      i.maxDumbbell ? `dumbbells up to ${i.maxDumbbell.load} ${i.maxDumbbell.unit}` : null,
      ...machines,
    ].filter((p): p is string => p !== null);
    const kit = kitParts.length > 1 ? `${kitParts.slice(0, -1).join(', ')} and ${kitParts.at(-1)}` : (kitParts[0] ?? 'bodyweight only');
    // A runner with no lifting in the plan hears about runs only; a treadmill is named when it is all they have.
    const lifting = !c.plan || c.plan.outline.strength !== null;
    const runs = !c.plan?.outline.race ? '' : i.cardio.includes('treadmill') ? 'your runs stay as planned on the treadmill: set a 1% incline and run by effort' : lifting ? 'runs work anywhere, a treadmill is fine' : 'your runs go with you: out the door is all they need';
    // What the plan uses that the trip lacks is what gets swapped: a dumbbell-only plan at a hotel with dumbbells
    // stays as it is (was "swap barbell lifts" to a client with no barbell lifts).
    const tripKit = i.equipment ?? ['bodyweight'];
    const lacking = clientEquipment(c).filter((e) => e !== 'bodyweight' && !tripKit.includes(e));
    const heavy = i.maxDumbbell ? ' (if the heaviest dumbbell is too light: a one-sided version or a slow 3 s lowering)' : '';
    // "hotel ... this weekend" on a Mon/Wed/Fri plan: no session falls on the trip, so nothing is swapped.
    const tripDates: string[] = [];
    for (let d = i.from; d <= (i.to ?? i.from) && tripDates.length < 14; d = addDays(d, 1)) tripDates.push(d);
    const noSession = tripDates.length > 0 && !tripDates.some((d) => trainingDaysOf(c).includes(isoWeekday(d)));
    const lifts = noSession ? `there are no sessions in your plan: rest${i.cardio[0] ? `, or an easy 20-30 min on the ${i.cardio[0]} if you like` : ''}` : lacking.length ? `swap the lifts that need ${kitLabel(lacking).replace(/^(barbell|rack|bench|pull-up bar)\b/, 'a $1')} for the ${tripKit.includes('dumbbell') ? 'dumbbell or bodyweight' : 'bodyweight'} version${heavy}` : `your sessions stay as planned: they only use what you'll have there${heavy}`;
    const withKit = lifting ? `, with ${kit}` : i.cardio.length ? `, with ${machines.join(' and ')}` : '';
    // The changed lines say what the lifting days became; the runs (a treadmill at the hotel) still need saying.
    // No kit said ("traveling for work wed to fri"): the trip was planned for bodyweight; say so and ask.
    const kitSaid = i.equipment !== null || i.maxDumbbell !== null || i.cardio.length > 0;
    const assumed = lifting && !kitSaid ? [`You didn't say what you'll have there, so I planned bodyweight sessions. Text what there is ("hotel gym", "dumbbells up to 40", "just a band") and I'll plan for it.`] : [];
    // "treadmill only this week": less kit at home is no trip; said back as that kit for those days.
    const homeKit = i.atHome ? `Noted: ${[...(i.equipment ?? []).filter((e) => e !== 'bodyweight').map((e) => e.replace('_', '-')), ...(i.maxDumbbell ? [`dumbbells up to ${i.maxDumbbell.load} ${i.maxDumbbell.unit}`] : []), ...i.cardio].join(', ') || 'bodyweight'} only, ${when}.` : null;
    if (changed.length && homeKit) {
      const lines = changed.filter((l) => !/^Traveling\b/.test(l)).map((l) => l.replace(/\bTravel day: planned for/g, 'Less kit: planned for'));
      return [homeKit, ...lines, ...(runs && i.cardio.includes('treadmill') ? [`On those days ${runs}.`] : [])];
    }
    if (homeKit) return [`${homeKit} On those days ${lifting ? lifts : ''}${lifting && runs ? '; ' : ''}${runs}.`];
    if (changed.length) return [`Noted your trip, ${when}.${zone}`, ...changed, ...(runs && i.cardio.includes('treadmill') ? [`On those days ${runs}.`] : []), ...assumed];
    // "traveling to denver thurs-sun, only treadmill at the hotel": the clock moves AND the kit is said back.
    return [
      `${stored ? 'Noted your travel' : 'Got it, you are traveling'}: ${when}${withKit}.${zone} On those days ${lifting ? lifts : ''}${lifting && runs ? '; ' : ''}${runs}.`,
      ...assumed,
    ];
  },
  exclude_exercise: async (c, i) => {
    if (i.to) return easeOffLift(c, i as ItemOf<'exclude_exercise'> & { to: string });
    await recordPlanNote(c.deps.db, c.client, { type: 'exercise_exclusion_request', reason: i.note, from: c.today, to: null, metadata: { exerciseId: i.exerciseId, ...(i.exerciseIds?.length ? { exerciseIds: i.exerciseIds } : {}) } });
    const changed = await applyAndTell(c, { types: ['exercise_swap'], key: `exclude:${i.exerciseId}`, from: c.today, to: null, concernsToday: false });
    if (changed.length) return [`Done: no more ${nameMidSentence(i.name)}s.`, ...changed];
    if (c.plan) return [`Done: no more ${nameMidSentence(i.name)}s. They are not in your coming weeks, and they will stay out.`];
    const sub = substituteFor(i.exerciseId, clientEquipment(c));
    return [`Noted: no more ${nameMidSentence(i.name)}s.${sub ? ` Until your plan is rebuilt, do ${nameMidSentence(sub.name)} in its place, same sets and reps.` : ' Leave it out until your plan is rebuilt.'}`];
  },
  swap_exercise: async (c, i) => {
    const available = clientEquipment(c);
    const target = i.toExerciseId ? exerciseById(i.toExerciseId) ?? null : substituteFor(i.fromExerciseId, i.toEquipment ? [...new Set([...available, i.toEquipment])] : available, i.toEquipment, clientLimitations(c));
    await recordPlanNote(c.deps.db, c.client, { type: 'exercise_swap_request', reason: i.note, from: c.today, to: null, metadata: { fromExerciseId: i.fromExerciseId, toExerciseId: target?.id ?? null, toEquipment: i.toEquipment } });
    const changed = await applyAndTell(c, { types: ['exercise_swap'], key: `exclude:${i.fromExerciseId}`, from: c.today, to: null, concernsToday: false });
    // "can i swap the deadlifts for something easier on my back" when the plan has none: what it has instead
    // (was "Yes - do single-leg RDL instead of deadlift" to a client whose plan had kept the deadlift out already).
    if (c.plan && !changed.length) {
      const next = await nextLiftSession(c.deps.db, c.client, i.fromExerciseId, c.today);
      // No variation loaded from it either: the coming lift in the same movement (the hinge for a deadlift).
      const pattern = exerciseById(i.fromExerciseId)?.pattern;
      const same = next ?? (pattern ? await nextSessionWith(c.deps.db, c.client, c.today, (l) => exerciseById(l.exerciseId)?.pattern === pattern) : null);
      if (next?.lift.exerciseId !== i.fromExerciseId) return [notInPlanSwap(c, i.fromExerciseId, i.fromName, same)];
    }
    if (target && changed.length) {
      const perHand = target.implement === 'dumbbell' && exerciseById(i.fromExerciseId)?.implement === 'barbell';
      return [...changed, ...(perHand ? ['Dumbbell weights are per hand: pick a pair you can do for the reps with 2 to spare, then log it.'] : [])];
    }
    if (!target) return [`Noted that you want to swap ${nameMidSentence(i.fromName)}. I could not find a replacement for your equipment - tell me what you have.`];
    const perHand = target.implement === 'dumbbell' && exerciseById(i.fromExerciseId)?.implement === 'barbell';
    return [
      `${/^(can|could|may|is it ok|is that ok|ok if|okay if)\b/i.test(i.note.trim()) ? 'Yes - d' : 'D'}o ${nameMidSentence(target.name)} instead of ${nameMidSentence(i.fromName)}, same sets and reps.${perHand ? ' Dumbbell weights are per hand and much lighter than the bar: pick a pair you can do for the reps with 2 to spare, then log it.' : ' Start light, then log what you used.'}`,
    ];
  },
  change_equipment: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const before = clientEquipment(c);
    const kit = EQUIPMENT.filter((e) => e === 'bodyweight' || i.equipment.includes(e) || (i.add && before.includes(e)));
    const gained = kit.filter((e) => !before.includes(e));
    const lost = before.filter((e) => !kit.includes(e));
    if (!gained.length && !lost.length) return [`Your plan already uses ${kitWords(kit)}, so nothing changes. Text "this week" to see it.`];
    const r = await setEquipment(c.deps.db, c.client, kit, c.today);
    if (r === 'no_plan') return [NO_PLAN];
    if (r === 'no_lifting') return [`Noted: ${kitWords(kit)} from now on. Your plan is runs only and they need no kit, so nothing changes.`];
    const fresh = await activePlan(c.deps.db, c.client.id);
    const next = fresh ? await showNext({ ...c, plan: fresh }) : [];
    const why = i.add ? `Nice - ${kitWords(gained)} added for good.` : 'Got it - new setup for good.';
    return [`${why} From today every session is picked for ${kitWords(kit)} (was ${kitWords(before)}). Same plan and phase; loads for new lifts start light, so log what you use.`, ...next];
  },
  upper_body_only: async (c) => {
    if (!c.plan) return [NO_PLAN];
    const lifts = c.plan.outline.strength;
    const r = await setUpperBodyOnly(c.deps.db, c.client, c.today);
    if (r === 'no_plan') return [NO_PLAN];
    if (r === 'unchanged') {
      return lifts
        ? ['Sorry to hear it. Your lifting is already upper body and trunk only, every lift seated, so nothing changes. Tell me if anything hurts.']
        : ['Sorry to hear it. Your plan is all running, and runs cannot be done seated: text "pause" to hold it, or "new plan" for a seated upper-body lifting plan while your legs are out.'];
    }
    const fresh = await activePlan(c.deps.db, c.client.id);
    const next = fresh ? await showNext({ ...c, plan: fresh }) : [];
    const fatLoss = (c.plan.request.kind === 'strength' ? c.plan.request.goal : c.plan.request.kind === 'hybrid' ? c.plan.request.strength?.goal : null) === 'fat_loss';
    return [
      `Sorry to hear it. From today your lifting is upper body and trunk only, every lift seated (lock your brakes or transfer to a bench): no squats, lunges, deadlifts or anything standing.${fatLoss ? ' Your daily activity counts in active minutes (pushing your chair, an arm bike), not steps.' : ''} Same plan and phase.`,
      ...next,
    ];
  },
  legs_back: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const r = await setLegsBack(c.deps.db, c.client, c.today, i.note);
    if (r === 'no_plan') return [NO_PLAN];
    if (r === 'unchanged') return ['Great news! Your plan already trains your legs, so nothing changes. Ease in, and tell me if anything hurts.'];
    const fresh = await activePlan(c.deps.db, c.client.id);
    const next = fresh ? await showNext({ ...c, plan: fresh }) : [];
    return [
      `Great news! From today your legs are back in the plan: squats, hinges and lunges return standing, light for the first 2 weeks (at most ${LIGHT_LEGS_MAX_SETS} sets, ${LIGHT_LEGS_RIR}+ reps in reserve), then they build as planned. Stop if the leg hurts. Same plan and phase.`,
      ...next,
    ];
  },
  life_event: async (_c, i) => [LIFE_EVENT_TABLE.find((e) => e.event === i.event)!.answer],
  missing_equipment: async (c, i) => {
    const trip = await amendTripForMissingKit(c, i, clientEquipment(c));
    if (trip) return trip;
    await recordPlanNote(c.deps.db, c.client, { type: 'equipment_note', reason: i.note, from: c.today, to: null, metadata: { missing: i.equipment } });
    const changed = await applyAndTell(c, { types: ['equipment_change'], from: c.today, to: null, concernsToday: false });
    if (changed.length) return changed;
    const available = clientEquipment(c).filter((e) => !i.equipment.includes(e));
    const lines = i.equipment.map((eq) => {
      const needs = i.exerciseId ? [exerciseById(i.exerciseId)!] : exercisesNeeding(eq).slice(0, 1);
      const swaps = needs.map((ex) => [ex, substituteFor(ex.id, available)] as const).filter(([, s]) => s);
      const label = eq.replace('_', '-').replace('pullup-bar', 'pull-up bar');
      return swaps.length ? `No ${label}: do ${swaps.map(([ex, s]) => `${nameMidSentence(s!.name)} instead of ${nameMidSentence(ex.name)}`).join(', ')}.` : `No ${label}: noted.`;
    });
    return [lines.join(' ')];
  },
  load_limit: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const w = `${i.load} ${i.unit}`;
    if (!c.plan.outline.strength) return [`Noted: nothing over ${w}. Your plan has no lifting, so nothing changes - check the plan with your doctor and tell me anything else they rule out.`];
    // A dated plan note (adaptation/strength-overrides.ts): the limit holds on its dates only, and ends when it is lifted.
    const lifts = i.exerciseIds?.length ? i.exerciseIds : null;
    await recordPlanNote(c.deps.db, c.client, { type: 'load_limit_note', reason: i.note, from: c.today, to: i.until, metadata: { load: i.load, unit: i.unit, ...(lifts ? { exerciseIds: lifts } : {}) } });
    const changed = await applyAndTell(c, { types: ['load_limit'], key: 'load_limit', from: c.today, to: i.until, concernsToday: true });
    const until = i.until
      ? `through ${formatDay(i.until)}; from ${formatDay(addDays(i.until, 1))} your loads go back to the plan`
      : 'until you tell me it is lifted (text "doctor cleared me" then)';
    if (lifts) {
      // "keep it under 135 on squats": that lift only, so no talk of doctors or of every other lift.
      const names = lifts.map((id) => nameMidSentence(exerciseById(id)?.name ?? id)).join(' and ');
      const how = changed.length ? '' : ` Nothing planned so far goes over it; heavier sets would use ${w} for more reps or a slower tempo.`;
      const upTo = i.until ? until : 'until you text "limit is off"';
      return [`Done - nothing over ${w} on ${names} ${upTo}; your other lifts keep their loads.${how}`, ...changed];
    }
    const small = convertWeight(i.load, i.unit, 'lb') < 45;
    const how = small ? ` ${loadLimitLine({ load: i.load, unit: i.unit })}` : changed.length ? '' : ` Nothing planned so far goes over it; heavier sets would use ${w} for more reps or a slower tempo.`;
    return [`Done - nothing over ${w} ${until}.${how} Check the plan with your doctor and tell me anything else they rule out.`, ...changed];
  },
  load_limit_lifted: async (c) => {
    if (!c.plan) return [NO_PLAN];
    const ended = await endLoadLimits(c.deps.db, c.client, c.today);
    if (ended) {
      await applyReport(c.deps.db, c.client, c.today, { types: [], from: c.today, to: null, concernsToday: false });
      return ['Great news! Your weight limit is off from tomorrow: your loads go back to the plan. Build back over a week or two, and tell me if anything hurts.'];
    }
    // "saw the physio, all clear to run": what a pain held out (one told with words to get it checked) comes back.
    const parts = await endAllPain(c.deps.db, c.client, c.today);
    if (parts.length) {
      await applyReport(c.deps.db, c.client, c.today, { types: [], from: c.today, to: null, concernsToday: false });
      const where = parts.map((p) => clientPartLabel(c.client.profile, p, c.text)).join(' and ');
      return [`Great news - glad you got it checked. What loads your ${where} is back in your plan from tomorrow: start light, build back over a week or two, and tell me if it hurts again.`];
    }
    const health = await healthOnFile(c.deps.db, c.client);
    if (health.length) return [`Glad to hear it. I've kept the adjustments for your ${health.map((h) => h.label).join(' and ')} in place for now and flagged your coach to go over what your doctor said with you.`];
    return ['Good to hear - there was no weight limit on your plan, so nothing changes.'];
  },
  health_condition: async (c, i) => {
    const rule = HEALTH_RULES[i.condition];
    const generic = healthToldAnswer(i.note) ?? faqAnswer(i.condition === 'bone' ? 'bone_health' : i.condition === 'pregnancy' ? 'pregnancy' : 'medical');
    if (!c.plan) return [generic];
    const lifts = c.plan.outline.strength !== null;
    const runs = c.plan.outline.race !== null;
    // A runner's plan says what changed in the runs; a lifter's, in the lifts; a hybrid's, both.
    const rules = [...(lifts ? [`${healthLine(i)} (${rule.why})`] : []), ...(runs ? [`${lifts ? 'runs: ' : ''}${rule.run.line} (${rule.run.why})`] : [])].join('; ');
    // Said once: a condition already on file is not news, and the doctor line is not repeated.
    // "my bp meds make me dizzy": the symptom is answered first; the plan's rules are what it already does.
    const symptom = symptomLine(i.note);
    if ((await healthOnFile(c.deps.db, c.client)).some((h) => h.condition === i.condition)) {
      return [...(symptom ? [symptom] : []), `I have your ${i.label} on file and your plan already follows it: ${[...(lifts ? [healthLine(i)] : []), ...(runs ? [rule.run.line] : [])].join('; ')}.`];
    }
    await recordPlanNote(c.deps.db, c.client, { type: 'health_note', reason: i.note, from: c.today, to: null, metadata: { condition: i.condition, label: i.label } });
    const alarm = HEALTH_ALARMS[i.condition] ? ` ${HEALTH_ALARMS[i.condition]}` : '';
    const doctor = `Please check the plan with your ${i.condition === 'pregnancy' ? 'doctor or midwife' : i.condition === 'postpartum' ? 'doctor or a pelvic-floor physio' : 'doctor'} and tell me anything they rule out; I've flagged it for your coach too.${alarm}`;
    const changed = await applyAndTell(c, { types: ['health_limitation'], key: `health:${i.condition}`, from: c.today, to: null, concernsToday: true });
    // The rule is said in the first line; the engine's change line would repeat it, the preview of the day stays.
    const rest = changed.filter((l) => !l.startsWith(`With ${i.label}:`));
    const lead = lifts || rule.run.easyOnly ? 'Until your doctor says otherwise your plan plays it safe' : 'Your plan keeps going';
    return [...(symptom ? [symptom] : []), `${i.condition === 'pregnancy' ? 'Congratulations! ' : i.condition === 'postpartum' ? 'Congratulations on the baby! ' : ''}Thanks for telling me about your ${i.label}. ${lead}: ${rules}.`, doctor, ...rest];
  },
  meet_question: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    if (i.attempts) return [attemptsAnswer(await knownMaxesLb(c.deps.db, c.client, c.plan), c.client.units === 'metric' ? 'kg' : 'lb')];
    const meet = c.plan.request.kind === 'strength' ? c.plan.request.meetDate : undefined;
    if (!meet) return ['You have no meet in your plan. Tell me the date ("my meet is march 14") and I\'ll peak your plan for it.'];
    if (meet < c.today) return [`Your meet was ${formatDay(meet)}. Text "new plan" to build the next block, or tell me your next meet's date.`];
    const days = daysBetween(c.today, meet);
    const togo = days === 0 ? 'today - good luck!' : days < 14 ? `${counted(days, 'day')} away` : `${Math.round(days / 7)} weeks away`;
    return [`Your meet is ${formatDay(meet)}, ${meet.slice(0, 4)} - ${togo}. Your plan peaks for it: heavy singles the week before, then a light meet week. If it moves, text "my meet moved to" and the new date.`];
  },
  change_meet_date: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const current = c.plan.request.kind === 'strength' ? (c.plan.request.meetDate ?? null) : null;
    const date = i.date ?? (current && i.shiftDays !== null ? addDays(current, i.shiftDays) : null);
    if (!date) return ['What is the new date of your meet? e.g. "my meet moved to march 14".'];
    const r = await setMeetDate(c.deps.db, c.client, date, c.today);
    const day = `${formatDay(date)}, ${date.slice(0, 4)}`;
    if (!r.success) {
      switch (r.error) {
        case 'no_plan':
          return [NO_PLAN];
        case 'no_lifting':
          return ['Your plan\'s lifting runs beside your race, so I can\'t peak it for a meet. Text "new plan" to build a strength plan to the meet.'];
        case 'same':
          return [`Your meet is already on ${day} - nothing to change.`];
        case 'past':
          return [`${day} is not ahead of us${r.from ? `, so I kept your meet on ${formatDay(r.from)}` : ''}. What's the date? e.g. "my meet is march 14".`];
        case 'too_soon':
          return [`${day} is too close to peak for from where your plan started: a peak needs at least 4 weeks${r.from ? `, so I kept ${formatDay(r.from)}` : ''}. Text "new plan" if you want a short block to it.`];
        case 'too_far':
          return [`${day} is more than a year from your plan's start${r.from ? `, so I kept ${formatDay(r.from)}` : ''}. Tell me again nearer the time.`];
      }
    }
    const weeks = Math.max(0, Math.round(daysBetween(c.today, date) / 7));
    const was = r.data.from ? ` (was ${formatDay(r.data.from)})` : '';
    return [`${r.data.from ? 'Meet moved' : 'Meet set'}: ${day}${was} - ${counted(weeks, 'week')} to go. Your plan now runs ${r.data.weeks} weeks and re-peaks for it: heavy singles the week before, then a light meet week. Your days, notes and place in the plan stay the same. Text "this week" to see it.`];
  },
  short_on_time: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const found = await workoutOn(c.deps.db, c.client, c.plan, i.date, c.today);
    const label = i.date === c.today ? 'Today' : formatDay(i.date);
    if (found.kind !== 'workout' || found.day.kind === 'rest') return [`${label} is a rest day anyway - nothing to fit in.`];
    // "i only have 30 min today" after "done": the day is behind them, there is nothing left to fit in.
    if (found.status === 'completed') return [`${label}'s session is already logged as done - nothing left to fit in. Rest up.`];
    if (found.status === 'skipped') return [`${label}'s session is logged as skipped. If you want to get something in, do the main lifts first in your ${i.minutes} min and log what you did.`];
    const race = c.plan.outline.race;
    if (found.day.kind === 'run' && race) {
      const vdot = (await currentVdot(c)) ?? race.vdot;
      return [shortOnTimeRun(found.day, i.minutes, paceZones(vdot, race.units), race.units, label)];
    }
    if (found.day.estimatedMinutes > 0 && found.day.estimatedMinutes <= i.minutes) return [`${label}: the session (~${Math.round(found.day.estimatedMinutes)} min) fits in ${i.minutes} min - do it as planned.`];
    // A lifting day: the table's answer (main lifts first, accessories go), for that day.
    return [`${label}, ${i.minutes} min. ${faqAnswer('short_on_time')}`];
  },
  missed_session: async (c, named) => {
    if (!c.plan) return [NO_PLAN];
    // "move leg day to saturday": the session is found in this plan week by its name first.
    const resolved = named.session && named.to ? await namedSessionDate(c, named.session, named.date, named.to, named.toWeekday === true) : null;
    if (resolved && 'reply' in resolved) return [resolved.reply];
    const i = resolved ? { ...named, date: resolved.date, to: resolved.to } : named;
    // "deadlifts on thursday instead of friday" when Friday has none: the session moved is the one that has them.
    const misremembered = resolved && named.date !== c.today && resolved.date !== named.date && named.session
      ? `Your ${sessionNameFromKey(named.session)?.label ?? 'session'} this week is ${weekdayName(resolved.date)}, not ${weekdayName(named.date)}. `
      : '';
    const both = /\bboth\b|\bdouble\b|\btwo\b/.test(i.question ?? i.note);
    // "missed my long run" the day the plan starts: the run they mean was before the plan, so nothing was missed.
    if (i.date < c.plan.outline.startDate) {
      const what = /\blong run\b/i.test(i.note) ? 'long run' : 'session';
      return [`Your plan started ${formatDay(c.plan.outline.startDate)}, so no ${what} of it was missed - nothing to make up. Carry on with the plan from here.`];
    }
    // "calves are still tight, should i skip thursday?": advice asked, not a skip told. Tightness is trained lighter,
    // not skipped (the soreness reply beside it says so; dropping the day contradicted it), and a bare "should i
    // skip friday?" asks why first. Life in the way ("kids are sick, should i skip friday?") keeps the session if it
    // can be kept: shorter, or on another day. Any other reason beside it takes the day off.
    const asked = i.question ? /(?:^|[,;]\s*)(?:(?:so|and|also|but|ok|hey)[,\s]+)*(?:should|do|would) (?:i|we) (?:just )?(?:skip|miss|sit out|take off)\b/.exec(normalize(i.note)) : null;
    if (asked) {
      const day = weekdayName(i.date);
      const short = i.date === c.today ? 'today' : day.slice(0, 3).toLowerCase();
      const skipIt = `text "skip ${short}" and I'll take it off`;
      const reason = normalize(i.note).slice(0, asked.index);
      if (LIFE_BUSY.test(reason) || (OTHERS_ILL.test(reason) && !SELF_ILL.test(reason))) {
        const sorry = OTHERS_ILL.test(reason) ? 'Sorry - hope they feel better soon. ' : 'Sounds like a lot on your plate. ';
        const next = weekdayShort(addDays(i.date, 1)).toLowerCase();
        return [`${sorry}No need to skip ${i.date === c.today ? 'today' : day} if you can find 30 minutes: do just the main lifts (text "only 30 min ${short}" and I'll cut it down), or move it (e.g. "move ${short} to ${next}"). If you'd rather rest, ${skipIt}.`];
      }
      // The reader's own test for stiffness with no pain (words.ts), on the whole text: the tightness is the other clause.
      if (tightOnly(normalize(c.text))) {
        const easy = c.plan.outline.race !== null && c.plan.outline.strength === null ? 'run it easy' : 'keep it lighter';
        return [`No need to skip ${i.date === c.today ? 'today' : day} for tightness: ${easy}, and stop if it tightens up rather than loosening. If you'd still rather rest, ${skipIt}.`];
      }
      if (normalize(c.text).replace(/[?!. ]+$/, '') === normalize(i.note).replace(/[?!. ]+$/, '')) {
        return [`Is something up? If you're sore, sick, tired or short on time, tell me and I'll adjust ${i.date === c.today ? 'today' : day}; if you just need the day, ${skipIt}.`];
      }
    }
    // "can i do legs today instead of wednesday", "move wed to today": today still has its own session, so the two
    // trade places this week - today does Wednesday's, Wednesday today's (was refused: "no day gets two sessions").
    if (i.to === c.today && i.date > c.today && !i.skipped && (await sessionOpen(c, c.today))) {
      const r = await applySessionSwap(c.deps.db, c.client, c.plan, c.today, i.date, c.today);
      if (r) {
        const [theirs, ours] = [r.b.title.split(' - '), r.a.title.split(' - ')[0]!];
        const what = theirs[1] ? ` (${theirs[1]})` : '';
        return [`${misremembered}Sure: today is ${weekdayName(i.date)}'s ${theirs[0]}${what}, and today's ${ours} moves to ${weekdayName(i.date)} - a swap, this week only. Your training days stay ${formatWeekdays(usualDaysOf(c))}. Text "today" for the session.`];
      }
    }
    const longRun = /\blong run\b/i.test(i.note);
    const found = await applyMissedSession(c.deps.db, c.client, c.plan, i.date, c.today, { longRun, to: i.to ?? null, skipped: i.skipped === true, ...(i.away ? { away: { from: i.away.from, to: i.away.to } } : {}) });
    // "missed my long run" in the plan's first week before its first long run: the one they mean came before the plan
    // (a rest day is no decision, so nothing was stored).
    if (longRun && found && found.decision.action === 'none' && sessionClass(found.missed) !== 'long_run' && weekNumberFor(c.plan.outline, i.date) === 1) {
      return [`Your plan started ${formatDay(c.plan.outline.startDate)}, so no long run of it was missed - nothing to make up. Carry on with the plan from here.`];
    }
    // "skipping. can i do tomorrow instead?": the day is logged as skipped too (after the decision, which it
    // would otherwise read as a day already dealt with), so progress and the morning pass see it.
    if (i.skipped && i.date <= c.today) await recordLogs(c.deps.db, c.client, [{ kind: 'skipped', date: i.date, note: i.note }], { today: c.today, inboundId: c.inboundId, rawText: c.text });
    const lead = both ? "Don't do both on one day: two sessions stacked leave you too tired to do either well. " : '';
    // "skip fri, flying to denver": the day is off, and the trip is asked about once, after its last day.
    if (i.away) {
      const made = found && found.decision.action !== 'none' ? found.line : null;
      const trip = i.date === i.away.to ? tripAsk(i.away.timezone, c.client.timezone, i.date) : null;
      return [[made, trip].filter(Boolean).join(' ')].filter(Boolean);
    }
    // A refused move keeps the day and offers the nearest one the rules allow: the next YES moves it there.
    if (i.to && !i.skipped && found?.decision.action === 'none' && found.decision.offer) {
      c.offer = { intent: 'missed_session', date: i.date, question: null, note: i.note, to: found.decision.offer };
    }
    // A one-off move says what changed and that the week's days did not.
    if (i.to && !i.skipped) return [`${misremembered}${found ? found.line : `Nothing is planned on ${formatDay(i.date)} to move.`} Your training days stay ${formatWeekdays(usualDaysOf(c))}.`];
    if (!found || found.decision.action === 'none') return [`${lead}${found ? found.line : 'Nothing was planned that day.'} Carry on with the plan from here.`];
    return [`${lead}${found.line}`];
  },
  what_changed: async (c) => {
    const rows = await recentChanges(c.deps.db, c.client, 4);
    if (rows.length) return [formatRecentChanges(rows.map((r) => ({ reason: r.reason, dates: r.dates })))];
    const notes = await recentPlanNotes(c.deps.db, c.client, 4);
    if (notes.length === 0) return [formatRecentChanges([])];
    return [`Nothing in your workouts has changed yet. Notes I have: ${notes.map((n) => `${formatDay(n.effective_from)} ${n.type.replace(/_/g, ' ')}: ${n.reason.slice(0, 60)}`).join('; ')}.`];
  },
  explain_term: async (c, i) => {
    // "what is tempo pace?" from a runner: the definition, then their own number (the same as "my paces").
    const zone = TERM_PACE[i.term];
    const yours = zone ? yourPaceLine(c.plan, zone, await currentVdot(c)) : null;
    return [yours ? `${GLOSSARY[i.term]} ${yours}` : GLOSSARY[i.term]];
  },
  why_exercise: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const { text, spared } = await whyExercise(c.deps.db, c.client, c.plan, c.today, i.exerciseId, i.shownId, undefined, (ls) => sparedAreasLabel(c.client.profile, ls));
    if (!spared.length) return [text];
    // Left out only for an area told at the start: a coach offers it back ("my back feels great" often comes with it).
    const lift = nameMidSentence(exerciseById(i.exerciseId)!.name);
    const areas = sparedAreasLabel(c.client.profile, spared);
    c.unspare = { limitations: spared, areas, lift };
    return [`${text} If your ${areas} is good now, reply YES and I'll rebuild your plan with ${lift} back in and stop going easy on it.`];
  },
  explain_exercise: async (c, i) => {
    const ex = exerciseById(i.exerciseId);
    if (!ex) return [];
    const versus = i.versusId ? exerciseById(i.versusId) : undefined;
    if (versus) return [compareExercises(ex, versus)];
    if (!i.why) return [howToDo(ex)];
    // "why am i doing pause bench" of a plan with none this week: why it is not there, never what it is for.
    const week = c.plan ? await planExerciseIds(c.deps.db, c.client, c.plan, c.today) : null;
    if (c.plan && week && !week.includes(ex.id)) {
      const missing = await whyExerciseAnswer(c.deps.db, c.client, c.plan, c.today, ex.id, null, week);
      // "what are lunges for" asks what the lift does first; why it is not there this block follows.
      return [i.purpose ? `${liftPurpose(ex)} ${missing}` : missing];
    }
    return [whyThisLift(ex)];
  },
  why_week: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const week = await whyThisWeek(c.deps.db, c.plan, i.next ? addDays(startOfIsoWeek(c.today), 7) : c.today, i.direction);
    if (!i.today) return [week];
    // "why is today so light": today first (a rest day, or the light day of the week's rotation), then the week.
    const found = await workoutOn(c.deps.db, c.client, c.plan, c.today, c.today);
    const day = found.kind === 'workout' ? found.day : null;
    const lead = day?.kind === 'rest'
      ? 'Today is a rest day: recovery is when the training turns into progress.'
      : day?.loadLevel === 'light'
        ? "Today is the light day of your week: heavy, moderate and light days take turns so you're fresh for the hard ones."
        : '';
    return [lead ? `${lead} ${week}` : week];
  },
  race_prediction: async (c, i) => {
    const race = c.plan?.outline.race;
    if (!race || !c.plan) return ['Your plan has no runs, so I have no running fitness to predict from. Log a recent race ("ran a 5k in 27:30") and I can.'];
    if (race.runWalk || race.fitnessSource === 'estimated') return ['No prediction yet: your paces are estimated from your weekly running, not measured. Race a 5K or run a timed one ("raced a 5k in 28:00") and I can predict the rest.'];
    const vdot = (await currentVdot(c)) ?? race.vdot;
    const names = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon' } as const;
    return [`Your current fitness (VDOT ${vdot}) predicts about ${formatFinish(predictTime(vdot, STANDARD_DISTANCES_M[i.distance]))} for a ${names[i.distance]}, on a good day with an even pace (Daniels' tables).`];
  },
  tune_up_race: async (c, i) => [c.plan ? await tuneUpAnswer(c.deps.db, c.client, c.plan, c.today, i) : NO_PLAN],
  pace_question: async (c, i) => {
    const vdot = await currentVdot(c);
    const session = c.plan && (i.date || i.nextLong) ? await sessionPaceAnswer(c.deps.db, c.client, c.plan, c.today, i, vdot) : null;
    return [session ?? paceAnswer(c.plan, i.zone, vdot)];
  },
  progress_question: async (c) => [c.plan ? await progressAnswer(c.deps.db, c.client, c.plan, c.today) : NO_PLAN],
  when_question: async (c, i) => [c.plan ? await whenAnswer(c.deps.db, c.plan, c.today, i.workout) : NO_PLAN],
  part_on_day: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const found = await workoutOn(c.deps.db, c.client, c.plan, i.date, c.today);
    if (found.kind !== 'workout') return [await outsidePlanAfterRace(c, found, i.date)];
    const { adaptations } = await adaptationContext(c.deps.db, c.client.id, c.plan.row.id, c.today);
    const pain = adaptations.find((a): a is Extract<typeof a, { kind: 'pain' }> => a.kind === 'pain' && a.bodyPart === i.bodyPart && covers(a, i.date));
    const label = partSaid(clientPartLabel(c.client.profile, i.bodyPart, i.note), i.note);
    const when = i.date === c.today ? 'today' : i.date === addDays(c.today, 1) ? 'tomorrow' : weekdayName(i.date);
    const through = pain ? lastDay(pain) : null;
    return [partOnDayAnswer({ day: found.day, part: i.bodyPart, label, when, equipment: clientEquipment(c), recorded: through ? { through: formatDay(through) } : null, status: found.status === 'completed' || found.status === 'skipped' ? found.status : null })];
  },
  modification_ok: async (_c, i) => {
    const t = i.note.toLowerCase();
    const found = MODIFICATIONS.find(([re]) => re.test(t));
    return [found ? found[1] : "Yes, that's fine - what counts is that you did the work with good form and no pain. Log what you did and I'll use it."];
  },
  change_time: async (c, i) => {
    if (!i.time) return ['What time should the daily text come? e.g. "6:30am".'];
    // "send the texts at 6am tokyo time while im there": the trip's days already follow its zone at the client's
    // time; only the time itself can change (one time, home and away).
    const trip = await currentTrip(c.deps.db, c.client, c.today);
    const asked = findNamedZone(c.text)?.zone ?? null;
    const tripLine = trip?.timezone && asked === trip.timezone ? `On your trip (${formatDay(trip.from)} to ${formatDay(trip.to)}) it comes at that time ${describeTimezone(trip.timezone)}; at home, ${describeTimezone(c.client.timezone)}.` : null;
    if (tripLine && i.time === c.client.morning_time.slice(0, 5)) return [`Already set: your workout text comes at ${formatClock(i.time)}. ${tripLine}`];
    await setMorningTime(c.deps.db, c.client, i.time);
    return [`Done: your workout text now comes at ${formatClock(i.time)} ${tripLine ? `every morning. ${tripLine}` : describeTimezone(c.client.timezone)}.`.replace(/\.\.$/, '.')];
  },
  change_timezone: async (c, i) => {
    if (!i.timezone) return ['Which time zone or city are you in now? e.g. "Denver" or "Europe/London".'];
    // "moving to Denver" from a Denver number: the clock they move to is the one their texts already keep.
    if (sameClock(i.timezone, c.client.timezone)) return [`${i.later ? 'Good luck with the move! ' : ''}You're already on ${describeTimezone(c.client.timezone)}, so nothing changes: your text still comes at ${formatClock(c.client.morning_time)}.`];
    if (i.later) return [`Good luck with the move! Your texts stay on ${describeTimezone(c.client.timezone)} until then: text me "I'm in ${i.timezone.split('/').pop()!.replace(/_/g, ' ')} now" once you've moved and they follow you.`];
    await setTimezone(c.deps.db, c.client, i.timezone);
    return [`Done: you're on ${describeTimezone(i.timezone)} now. Your text still comes at ${formatClock(c.client.morning_time)} local time.`];
  },
  change_session_length: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const now = sessionMinutesOf(c.plan.request);
    if (now === null) return ["Your runs' lengths come from your race plan, so there is no session length to change. On a short day, text e.g. 'only 30 min today' and I'll say what to keep."];
    // The example is shorter than what they have now (was always '45 min', the length a 45-minute client already had).
    if (i.minutes === null) return [`How long can each session be from now on? Now they are about ${now} min; text e.g. 'sessions of ${Math.max(20, Math.round((now - 15) / 5) * 5)} min'.`];
    if (i.minutes === now) return [`Your sessions are already about ${now} min - nothing to change.`];
    const r = await setSessionMinutes(c.deps.db, c.client, i.minutes, c.today);
    if (!r.ok) return [r.error === 'no_plan' ? NO_PLAN : r.error];
    const how = i.minutes < now ? 'The main lifts keep their sets; accessory work is what goes to fit.' : 'The extra time goes to more sets of the accessory work.';
    return [`Done: your sessions are about ${i.minutes} min from today (were ${now}). ${how} Text "today" to see it.`];
  },
  change_days: async (c, i) => {
    if (i.swap) return swapDays(c, i.swap, i.thisWeek === true, i.nextWeek === true);
    if (i.thisWeek && i.shift) return shiftWeek(c, i.shift);
    // One week's days asked for (a shift worker's rota): the training days stay; each session moves on its own.
    if (i.thisWeek && i.count && !i.weekdays?.length) return oneWeekOnDays(c, weekDaysForCount(usualDaysOf(c), i.count, i.nextWeek ? 1 : isoWeekday(c.today)), i.nextWeek === true, daysForCount(c, i.count));
    if (i.thisWeek) return oneWeekOnDays(c, i.weekdays ?? [], i.nextWeek === true);
    if (i.without?.length && !i.add?.length) {
      const current = trainingDaysOf(c);
      const left = current.filter((d) => !i.without!.includes(d));
      if (!c.plan) return [NO_PLAN];
      if (left.length === current.length) return [`${formatWeekdays(i.without)} ${i.without.length > 1 ? 'are' : 'is'} not one of your training days already (you train ${formatWeekdays(current)}).`];
      if (left.length === 0) return ['Which days can you train now? e.g. "tue thu sat".'];
      // "starting next month mondays won't work": the days left, from then.
      if (i.from) {
        const later = await laterDays(c, left as IsoWeekday[], i.from, current);
        if (later) return later;
        return [`Got it: from ${formatDay(i.from)} ${formatWeekdays(i.without)} ${i.without.length > 1 ? "don't" : "doesn't"} work. Until then nothing changes: you train ${formatWeekdays(current)}. The week it starts, text "no more ${formatWeekdays(i.without).toLowerCase()}" and I'll switch your plan over that day.`];
      }
      const r = await setTrainingDays(c.deps.db, c.client, left as IsoWeekday[], c.today);
      if (!r.ok) return [r.error === 'no_plan' ? NO_PLAN : r.error];
      const plural = i.without.map((d) => `${['Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur', 'Sun'][d - 1]}days`).join(' or ');
      return [`Got it, no more ${plural}. You train ${formatWeekdays(left)} from now on, same plan and phase. Want to keep ${current.length} days? Text all the days you can train, e.g. "${[...left.map((d) => formatWeekdays([d]).toLowerCase()), 'sat'].join(' ')}".`];
    }
    const weekdays = i.add?.length ? [...new Set([...trainingDaysOf(c).filter((d) => !i.without?.includes(d)), ...i.add])].sort((a, b) => a - b) : i.count ? daysForCount(c, i.count) : i.weekdays;
    if (!weekdays?.length) return ['Which days can you train? e.g. "mon wed fri".'];
    // "from january i can do 4 days": nothing changes before then (this week's days stay); the plan cannot hold a
    // change of days ahead, so the client is told to text it that week rather than it being applied now.
    if (i.from) {
      if (!c.plan) return [NO_PLAN];
      const now = trainingDaysOf(c);
      if (i.count ? i.count === now.length : weekdays.join() === now.join()) return [`You already train ${i.count ? `${now.length} days a week (${formatWeekdays(now)})` : formatWeekdays(now)}, so nothing changes from ${formatDay(i.from)}.`];
      const later = await laterDays(c, weekdays as IsoWeekday[], i.from, now, i.count);
      if (later) return later;
      const asked = i.count ? `${i.count} days` : formatWeekdays(weekdays).toLowerCase().replace(/,/g, '');
      return [`Got it: from ${formatDay(i.from)} you can train ${i.count ? `${i.count} days a week` : formatWeekdays(weekdays)}. Until then nothing changes: you train ${formatWeekdays(now)}. The week it starts, text "${asked}" and I'll switch your plan over that day.`];
    }
    const r = await setTrainingDays(c.deps.db, c.client, weekdays as IsoWeekday[], c.today);
    if (!r.ok) return [r.error === 'no_plan' ? NO_PLAN : r.error];
    // A run added to a race plan shares the week's planned distance; it adds no miles (the mileage builds as planned).
    const shared = i.add?.length && c.plan?.outline.race ? ` Your weekly ${c.plan.outline.race.units === 'km' ? 'kilometres stay' : 'miles stay'} as planned, now over ${weekdays.length} runs, so the easy runs get a bit shorter.` : '';
    return [`Updated: you train ${formatWeekdays(weekdays)} from now on. Same plan and phase, new days.${shared} Text "this week" to see it.`];
  },
  lift_feel: async (c, i) => {
    // Reached when the day's plan had no load for the lift or did not have it (coach.ts logs the others).
    const lifts = await plannedLiftsOn(c, i.date);
    const when = i.date === c.today ? 'today' : formatDay(i.date);
    const name = nameMidSentence(i.name);
    // "felt heavy", "easy", "moved well": said back as the client put it, after the lift ("leg press felt heavy").
    // Said back in the client's words ("shoulder press"), which may not be the library's name ("overhead press").
    const said = i.written;
    const felt = `${said} ${/^(?:felt|moved|flew|went)\b/.test(i.words) ? i.words : `felt ${i.words}`}`;
    const planned = lifts.find((l) => l.exerciseId === i.exerciseId);
    if (planned) return [`Noted: ${felt}. Next time send the weight you used too (e.g. "${name} ${planned.sets}x${planned.reps.split('-')[0]} at ...") and I'll set your ${name} loads from it.`];
    const names = [...new Set(lifts.map((l) => nameMidSentence(l.name)))];
    // The day's lift most like the one named (same movement, else the same muscles) is the likely one meant.
    const asked = exerciseById(i.exerciseId);
    const near = asked ? (lifts.find((l) => exerciseById(l.exerciseId)?.pattern === asked.pattern) ?? lifts.find((l) => { const e = exerciseById(l.exerciseId); return e !== undefined && [...e.primaryMuscles, ...e.secondaryMuscles].some((m) => asked.primaryMuscles.includes(m)); })) : undefined;
    const example = near ? `${nameMidSentence(near.name)} ${near.sets}x${near.reps.split('-')[0]}${near.load !== null ? ` at ${near.load}` : ' at ...'}` : null;
    if (names.length === 0) return [`Noted: ${felt}. There was no lifting in your plan ${when === 'today' ? 'today' : `on ${when}`}; send the sets and weight (e.g. "${name} 3x8 at ...") and I'll log them.`];
    return [`Noted: ${felt}. ${when === 'today' ? 'Today' : when} your plan had ${listNames(names)}, not ${said} - which did you mean?${example ? ` The ${nameMidSentence(near!.name)}? Send it with the weight (e.g. "${example}") and I'll log it.` : ' Send it with the weight and I\'ll log it.'}`];
  },
  unnamed_lift: async (c, i) => {
    // Reached only when the day's plan did not say which lift (coach.ts logs the ones it can match).
    const lifts = await plannedLiftsOn(c, i.date);
    const g = i.groups[0]!;
    // "only got 4 sets in" on a day with no lifts planned: the example gives the reps it needs.
    const sets = `${g.reps === null && g.load === null ? `${g.sets}x5 at 135` : g.sets > 1 ? `${g.sets}x${g.reps}` : `${g.reps} reps`}${g.load !== null ? ` ${g.load}${g.unit ? ` ${g.unit}` : ''}` : ''}`;
    const when = i.date === c.today ? 'today' : formatDay(i.date);
    if (lifts.length === 0) return [`Which lift was that? Name it and I'll log it, e.g. "squat ${sets}".`];
    // Lifts counted in reps (not a plank held for seconds).
    const names = [...new Set(lifts.filter((l) => repRange(l.reps) !== null).map((l) => nameMidSentence(l.name)))];
    return [`Which lift was that? ${when === 'today' ? 'Today' : when} you have ${listNames(names)}. Name it and I'll log it, e.g. "${names[0]} ${sets}".`];
  },
  change_race_date: async (c, i) => {
    if (!c.plan) return [NO_PLAN];
    const race = c.plan.outline.race;
    if (!race) return ['Your plan is a lifting plan with no race in it. Training for a race now? Text "new plan" and I\'ll build one to its date.'];
    const date = i.date ?? addDays(race.raceDate, i.shiftDays ?? 0);
    const r = await setRaceDate(c.deps.db, c.client, date, c.today);
    if (!r.success) return [raceDateRefusal(r.error, date, race.raceDate, race.startDate)];
    const d = r.data;
    const days = daysBetween(c.today, d.to);
    const togo = days >= 14 ? `${Math.floor(days / 7)} weeks to go` : `${days} day${days === 1 ? '' : 's'} to go`;
    const week = d.phaseAfter === d.phaseBefore
      ? `This week stays a ${d.phaseAfter ?? 'base'} week; the weeks after it are laid out again to peak on the new date.`
      : `This week becomes a ${d.phaseAfter ?? 'base'} week (was ${d.phaseBefore ?? 'base'}), and the weeks after it are laid out again to peak on the new date.`;
    // Moved up: what the shorter plan leaves out is said, with the taper kept.
    const shorter = shortenedLine(d.weeksBefore, d.weeksAfter);
    return [`Race moved: your ${d.raceName.toLowerCase()} is now ${formatDay(d.to)}, ${d.to.slice(0, 4)} (was ${formatDay(d.from)}) - ${togo}.${shorter ? ` ${shorter}` : ''} ${week} Your days, notes and place in the plan stay the same. Text "this week" to see it.`];
  },
  race_cancelled: async (c) => {
    if (!c.plan) return [NO_PLAN];
    const race = c.plan.outline.race;
    if (!race) return ['Your plan is a lifting plan with no race in it, so nothing changes. Training for a race now? Text "new plan" and I\'ll build one to its date.'];
    // Nothing is changed on a guess: the fitness built stands, and the runner picks the next target.
    return [`Sorry - that's rough after the training you've put in. None of it is lost: your plan keeps building toward ${formatDay(race.raceDate)} for now. Found another race? Text "race is now <date>" (e.g. "race is now ${formatDay(addDays(race.raceDate, 14)).toLowerCase().replace(/^\w+ /, '')}") and I'll re-aim the plan at it, or "new plan" to train without one.`];
  },
  pause: async (c, i) => {
    if (i.back && c.plan) return daysOffUntil(c, i.from, i.to ?? i.from, i.back);
    if (i.from > c.today && c.plan) return timeOffAhead(c, i);
    const r = await pauseClient(c.deps.db, c.client, c.text, i.from, i.to);
    return [r === 'already' ? 'Your plan is already paused. Text "resume" when you\'re ready.' : 'Paused: no morning texts until you text "resume". Your plan picks up where you left off.'];
  },
  resume: async (c) => {
    const r = await resumeClient(c.deps.db, c.client, c.today);
    return [r === 'not_paused' ? 'You\'re active - nothing to resume. Text "what\'s today" for today\'s workout.' : 'Welcome back! Morning texts are on again. Text "what\'s today" for today\'s workout.'];
  },
  new_plan: async (c, i) => {
    // After the goal race: its result is the next plan's recent race (its paces), said so and kept unless replaced.
    const run = await goalRaceRun(c);
    if (run) {
      const time = formatFinish(run.durationSec);
      const label = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon', ultra: 'ultra' }[run.race.distanceClass];
      const lead = `Let's build your next plan. Your ${time} ${label} sets its paces (a newer race? tell me and I'll use that). Recover first: the plan starts easy.`;
      const turn = await beginOnboarding(c.deps, c.client, c.now, lead, '', { race: { recentRace: run.race.distanceClass === 'ultra' ? { distance: 'custom', customDistanceKm: Math.round(run.race.raceDistance * (run.race.units === 'mi' ? 1.609344 : 1) * 10) / 10, time } : { distance: run.race.distanceClass, time } } });
      return [turn.reply ?? ''];
    }
    // "i want to train for a marathon now": a new race goal named keeps what the plan knows of the runner (days,
    // history, injuries, kit) and asks only what the new goal needs; the summary is the confirmation.
    const named = findRaceDistance(normalize(i.note));
    if (named) {
      const lead = `New goal: a ${raceLabel(named)}. I'll build a new plan for it - your current one stays active until you confirm.`;
      const turn = await beginOnboarding(c.deps, c.client, c.now, lead, i.note, keptForNewGoal(c.client.profile));
      return [turn.reply ?? ''];
    }
    const turn = await beginOnboarding(c.deps, c.client, c.now, "Let's build a new plan. Your current one stays active until you confirm.");
    return [turn.reply ?? ''];
  },
  max_question: async (c, i) => {
    const known = await knownMaxesLb(c.deps.db, c.client, c.plan);
    const lb = known.get(i.exerciseId);
    const unit = c.client.units === 'metric' ? 'kg' : 'lb';
    if (!lb) return [`I don't have a ${nameMidSentence(i.name)} number for you yet. Log a set (e.g. "${nameMidSentence(i.name)} 3x5 at 185") or tell me your max, and I'll estimate it and set your loads from it.`];
    const value = Math.round(convertWeight(lb, 'lb', unit));
    return [`Your ${nameMidSentence(i.name)}: est. 1RM about ${value} ${unit}, from your best logged or stated set (Epley, with the reps you had left). Your loads are set from it; a new set updates it.`];
  },
  load_question: async (c, i) => {
    const next = i.fromWeek ? await nextLiftSession(c.deps.db, c.client, i.exerciseId, c.today, i.fromWeek, false) : await nextLiftSession(c.deps.db, c.client, i.exerciseId, c.today, i.from);
    const name = nameMidSentence(i.name);
    const loggedName = next ? nameMidSentence(next.lift.name) : name;
    if (!next) return [`Your ${name} isn't in your workouts this coming week. Text "this week" to see what is, or "what's my ${name} max" for your number.`];
    const { date, lift } = next;
    const days = daysBetween(c.today, date);
    const day = days === 0 ? "Today's" : days === 1 ? "Tomorrow's" : `${days >= 7 ? 'Next ' : ''}${weekdayName(date)}'s`;
    // The lift asked about is not in the coming week: its stand-in (a variation set from its number) is.
    const when = lift.exerciseId === i.exerciseId
      ? day
      : date === i.from
        ? `No ${name} on ${weekdayName(date)}; ${day}`
        : `No ${name} in your coming week; the closest is ${day.replace(/^Next/, 'next').replace(/^T/, 't')}`;
    const each = loadIsPerDumbbell(lift.exerciseId) ? ' per dumbbell' : '';
    // A variation on the day named: where the lift itself comes next, so "how heavy is bench on thursday" is answered.
    const own = date === i.from && lift.exerciseId !== i.exerciseId ? await nextLiftSession(c.deps.db, c.client, i.exerciseId, c.today) : null;
    const ownLine = own && own.lift.exerciseId === i.exerciseId && own.lift.load !== null ? ` Your next ${name}: ${weekdayName(own.date)}, ${own.lift.sets}x${own.lift.reps} at ${own.lift.load} ${own.lift.unit}.` : '';
    const effort = `stopping about ${lift.rir} rep${lift.rir === 1 ? '' : 's'} short of failure (RIR ${lift.rir})`;
    if (lift.load === null) {
      // "what weight for squats? i used to squat 185": the old number is history, and where to start from it.
      const old = lapsedLoad(c.text, i.exerciseId);
      const implement = exerciseById(i.exerciseId)?.implement;
      if (old && implement) {
        const unit = lift.unit ?? (c.client.units === 'metric' ? 'kg' : 'lb');
        const start = roundLoad(convertWeight(old.load, old.unit ?? unit, unit) * LAPSED_SHARE, unit, implement);
        const history = `Your old ${old.load}${old.unit ? ` ${old.unit}` : ''} is history, not where to start after time off: start around ${start} ${unit}${loadIsPerDumbbell(i.exerciseId) ? ' per dumbbell' : ''} (about two-thirds of it)`;
        if (lift.exerciseId === i.exerciseId) return [`${when} ${nameMidSentence(lift.name)}: ${lift.sets}x${lift.reps}, ${effort}. ${history}, and log what you lift - the next loads come from it, so you'll climb back fast.`];
        return [`${when} ${nameMidSentence(lift.name)}: ${lift.sets}x${lift.reps}, ${effort}: pick a weight you could lift ${lift.rir} more times and log it. ${history} when your ${name} comes back.`];
      }
      return [`${when} ${nameMidSentence(lift.name)}: ${lift.sets}x${lift.reps}, ${effort}. I don't have a number for it yet: pick a weight you could lift ${lift.rir} more times and log it - the next loads come from it.`];
    }
    // The max the load was set from, as the engine built the day (LiftItem.oneRepMax): the best set ever logged
    // (knownMaxesLb) named a max the load did not come from (160 lb "73% of 258"). Only a day stored before the
    // field existed falls back to it; a load set from no max (a starting bell, the client's heaviest) names none.
    const maxLb = lift.oneRepMax === undefined ? (await knownMaxesLb(c.deps.db, c.client, c.plan)).get(lift.exerciseId) : undefined;
    const max = lift.oneRepMax != null ? Math.round(lift.oneRepMax) : maxLb === undefined ? null : Math.round(convertWeight(maxLb, 'lb', lift.unit));
    // The share of the max is what the reps and reps-in-reserve call for: 6-8 reps with 3 to spare is ~70-75%.
    const basis = max && lift.percent1RM ? ` That's about ${lift.percent1RM}% of your est. max of ${max} ${lift.unit} - what ${lift.reps} reps with ${lift.rir} to spare takes.` : '';
    // Why the lift, then what set its load other than the max (the heaviest dumbbell, a starting bell); the
    // load's own arithmetic is said above in the client's words. Days stored before `reason` say only the basis.
    const reason = [lift.reason, lift.loadNote].filter((t): t is string => !!t?.trim()).map((t) => t.trim().replace(/\.?$/, '.')).join(' ');
    const why = reason && i.direction !== 'what' ? ` ${reason}` : '';
    // Asked the load itself: the prescription and its basis, no defence of it.
    const then = i.direction === 'what'
      ? ''
      : i.direction === 'heavy'
      ? ` If it's too heavy, do what you can with good form and log it (e.g. "${loggedName} ${lift.sets}x${/\d+/.exec(lift.reps)?.[0] ?? lift.reps} at ${lift.load}, rpe 10") - the next loads follow what you actually lift.`
      : ` Weights start below your limit on purpose and climb week to week. If it moves fast, log it (e.g. "${loggedName} ${lift.sets}x${/\d+(?=\D*$)/.exec(lift.reps)?.[0] ?? lift.reps} at ${lift.load}, easy") and the next loads go up.`;
    return [`${when} ${nameMidSentence(lift.name)}: ${lift.sets}x${lift.reps} at ${lift.load} ${lift.unit}${each}, ${effort}.${basis}${why}${then}${ownLine}`];
  },
  coach_faq: async (c, i) => {
    if (i.topic === 'why_pauses' && c.plan) return [await whyPausesAnswer(c)];
    // "how fast should my easy runs be? 11 min miles feels too slow": the why, with the client's own range (was "Text
    // 'what pace should my easy runs be' for your range", an answer that sent them to ask again).
    if (i.topic === 'easy_too_slow' && c.plan?.outline.race) return [`${EASY_SLOW_WHY} ${paceAnswer(c.plan, 'easy', await currentVdot(c))}`];
    const own = i.topic === 'session_length' ? sessionLengthAnswer(c) : i.topic === 'extra_day' && c.plan ? extraDayAnswer(c) : i.topic === 'joint_feel' ? jointFeelAnswer(normalize(c.text)) : null;
    return [own ?? toldAnswer(i.topic, normalize(c.text))];
  },
  logged_on: async (c, i) => {
    const logs = await logsBetween(c.deps.db, c.client.id, i.date, i.date);
    const unit = c.client.units === 'metric' ? 'kg' : 'lb';
    const parts = logs.flatMap((l) => {
      const d = l.details as { exercise?: string; exerciseId?: string; sets?: number; reps?: number | null; weight?: number | null; unit?: string | null; distance?: number | null; pace?: string | null };
      if (l.kind === 'strength') return [`${exerciseById(d.exerciseId ?? '')?.name ?? d.exercise ?? 'a lift'} ${d.sets ?? 1}x${d.reps ?? '?'}${d.weight ? ` @ ${d.weight} ${d.unit ?? unit}` : ''}`];
      if (l.kind === 'run') return [`run ${d.distance ?? ''} ${d.unit ?? ''}${d.pace ? ` at ${d.pace}` : ''}`.replace(/\s+/g, ' ').trim()];
      return [l.kind === 'done' ? 'workout done' : 'skipped'];
    });
    return [parts.length ? `${formatDay(i.date)}: ${parts.join(', ')}.` : `Nothing logged for ${formatDay(i.date)}. Send what you did (e.g. "done" or "squat 3x5 at 225 on ${formatDay(i.date).slice(0, 3).toLowerCase()}") and I'll log it.`];
  },
  text_window: async (c, i) => {
    const at = `${formatClock(c.client.morning_time)} ${describeTimezone(c.client.timezone)}`;
    const hour = Number(c.client.morning_time.slice(0, 2));
    if (i.trains) {
      // The text is the day's plan: it should come before they train. Only the time can be changed.
      const fits = i.trains === 'morning' ? hour < 7 : i.trains === 'midday' ? hour < 11 : true;
      const move = i.trains === 'morning' ? '"send it at 5:30am"' : i.trains === 'midday' ? '"send it at 10am"' : '"send it at 4pm"';
      const when = { morning: 'mornings', midday: 'middays', evening: 'evenings' }[i.trains];
      return [`Got it - ${when} it is. Your sessions stay the same; your workout text comes at ${at}${fits ? ', so you have it before you train' : ''}. ${fits ? 'Want it at another time?' : 'Want it earlier?'} Text e.g. ${move}. If the days change too, text them (e.g. "mon wed fri").`];
    }
    const quiet = i.quiet!;
    const training = trainingDaysOf(c);
    const named = quiet.restDays ? 'rest days' : formatWeekdays(quiet.weekdays);
    const trainingThen = quiet.restDays ? [] : quiet.weekdays.filter((d) => training.includes(d));
    const those = trainingThen.length
      ? ` ${formatWeekdays(trainingThen)} ${trainingThen.length > 1 ? 'are training days' : 'is a training day'}, so that text is your workout - text the days you'd rather train (e.g. "mon wed fri") to move them.`
      : ` On ${named} it is a short rest-day note you can ignore.`;
    return [`I can't turn the text off for single days yet: it comes once every morning at ${at}.${those} You can move it (e.g. "send it at 9am"), or text PAUSE to stop all texts until you text RESUME.`];
  },
  text_time: async (c) => {
    const trip = await currentTrip(c.deps.db, c.client, c.today);
    const zone = trip?.timezone && trip.timezone !== c.client.timezone ? ` On your trip (${formatDay(trip.from)} to ${formatDay(trip.to)}) it comes at ${formatClock(c.client.morning_time)} ${describeTimezone(trip.timezone)}.` : '';
    return [`Your workout text comes at ${formatClock(c.client.morning_time)} ${describeTimezone(c.client.timezone)} every morning.${zone} Text a new time (e.g. "6:30am") to change it.`];
  },
  help: async () => [HELP_REPLY],
  greeting: async (c) => [`Hi${c.client.name ? ` ${c.client.name}` : ''}! Text "what's today", "tomorrow" or "this week", or log a workout with "done".`],
  thanks: async (_c, i) => [
    i.away ? 'No rush - I\'m here whenever you\'re back.'
      : i.shoes ? 'New shoes - nice! Break them in on a short easy run or two before a long run or a race in them.'
      : i.photo ? PHOTO_REPLY
      : i.laugh ? 'Ha!'
      : 'Anytime! Text "what\'s today" whenever you need it.',
  ],
  refused: async () => ['I only change your plan from what you actually do. Log a real set (e.g. "squat 3x5 at 225") or tell me your maxes ("my squat max is 275") and your loads follow from that.'],
  unknown: async (_c, i) => [isQuestion(normalize(i.note)) ? OUTSIDE_QUESTION_REPLY : NOT_UNDERSTOOD_REPLY],
};

/** Echo lines for stored entries, and one question for those held back. */
export function outcomeLines(outcomes: LogOutcome[]): string[] {
  const week = outcomes.filter((o) => o.question === null && o.entry.kind === 'skipped' && o.entry.week);
  const lines = outcomes.filter((o) => o.question === null && !week.includes(o)).map((o) => o.echo);
  // "missed last week": one line for the week, not one per day.
  if (week.length) lines.unshift(`Logged the week of ${formatDay(week[0]!.entry.date)} as missed: ${week.map((o) => weekdayShort(o.entry.date)).join(', ')} skipped. Nothing to make up: pick up with this week's plan.`);
  const doubts = outcomes.filter((o) => o.question !== null);
  if (doubts.length) lines.push(`${doubts.map((d) => d.question).join('. ')} - I haven't logged ${doubts.length > 1 ? 'those' : 'that'}. Reply YES to log it as written, or send the right numbers.`);
  return lines;
}
