/**
 * What a client did, stored: lifts, runs, done (whole or partial) and skipped sessions, stated maxes, and
 * corrections of the last log. Each call is one unit of work (one transaction, the client's row locked), so
 * a turn's logs land together or not at all. Dates are checked here too: nothing is stored on a future day.
 * A log that does not look humanly possible for this client (a 185-mile run, a beginner's 900 lb squat) is
 * returned as a question instead of stored.
 */
import { z } from 'zod';
import type { Db } from '../db/db-types.js';
import { loggedSetOf, storedSetGroupOf } from './stored-log-json.js';
import type { ClientRow } from '../db/schema.js';
import { lockClient } from '../db/repositories/clients.repository.js';
import { deleteLogs, lastLoggedInbound, listLogsOfInbound, listWorkoutLogs, reopenUnloggedWorkouts, writeLogs, writeLogsLast, type AdaptationRowsFilter, type NewWorkoutLog } from '../db/repositories/logs.repository.js';
import { adaptationRowsFilter } from './adaptation-inputs.service.js';
import { convertWeight } from '../engine/units.js';
import { estimateOneRepMax, exerciseById, nameMidSentence } from '../engine/strength/index.js';
import type { TrainingAge } from '../engine/vocabulary.js';
import { activePlan, logIsWeekInput, markPlanInputsChanged, workoutOn, type ActivePlan } from './plans.service.js';
import { runnerVdot } from './run-fitness.service.js';
import { storedTrainingAge } from './stored-profile.js';
import { sessionClass } from '../engine/adaptation/missed.js';
import { describePaces, easyRunNote, isRaceEffort, walkedNote, plannedPaceFor, qualityPaceNote, raceEffortNote, plannedWork, repeatsSession, repsPaceNote, shortLongRunNote, splitPaces, splitsNote, type RepeatsDone, type SplitsDone } from '../engine/adaptation/runs.js';
import { HARD_EFFORTS } from '../engine/endurance/laps.js';
import { distanceIn, paceIn } from '../engine/endurance/units.js';
import { formatFinish, formatPace } from '../engine/endurance/durations.js';
import { asGoalRace, goalRaceLines, tuneUpRaceLine } from '../engine/endurance/race-result.js';
import { METERS_PER_UNIT, paceZones, type PaceZones } from '../engine/endurance/vdot.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { addDays, daysBetween } from '../engine/dates.js';
import { formatDateLabel } from '../messages/format/day-brief.js';

/** A session said done but not all of it ("did the tempo but cut it short", "stopped early"): said back so, not as the whole session. */
const CUT_SHORT = /\b(?:cut (?:it |the \w+ )?(?:a bit |a little )?(?:short|early)|cut short|stopped (?:early|short)|ended (?:it )?early|bailed early|called it early|didn'?t finish|did not finish)\b/;

export type WeightUnit = 'kg' | 'lb';
export type DistanceUnit = 'mi' | 'km';

/** Other exercise done in place of a session ("20 min on the bike", "swam 30 min"): no miles, no lifts. */
export interface CrossTraining {
  activity: 'bike' | 'swim' | 'elliptical' | 'rower' | 'yoga' | 'hike' | 'walk' | 'spin' | 'stairs';
  minutes: number | null;
  /** Said to be in the session's place ("instead of the run"); else it may be extra, and the session stays on. */
  instead: boolean;
}

export interface SetEntry {
  sets: number;
  reps: number | null;
  load: number | null;
  unit: WeightUnit | null;
  rpe: number | null;
  rir: number | null;
  /** Plain effort words the RIR was estimated from ("felt easy"), said back so the client sees the reading. */
  effort?: string;
}

export type LogEntry =
  | { kind: 'strength'; date: string; exerciseId: string; name: string; written: string; groups: SetEntry[] }
  | {
      kind: 'run'; date: string; distance: number | null; unit: DistanceUnit | null; durationSec: number | null; pace: string | null; walked: boolean; runKind: string | null;
      /** Reps said on their own; `wholeSession` once the distance is the planned session's with them (recordIn). */
      repeats?: RepeatsDone; wholeSession?: boolean;
      /** "splits 4:18 4:21 4:19" (parse/run-log.ts): said back against the pace aimed at (runLines). */
      splits?: SplitsDone & { unit: DistanceUnit | null; target: string | null };
      /** Written with an exclamation; `raceRead` once recordIn read it as a race (a standard distance at race effort). */
      celebrated?: boolean; raceRead?: boolean;
      /** The plan's goal race (asGoalRace): its distance, its day, and the finish-line reply. */
      goalRace?: boolean;
    }
  | { kind: 'done'; date: string; skippedExerciseIds: string[]; note: string | null; /** A session of a day this week ahead, done early ("did tomorrow's workout today"). */ early?: true; onlyExerciseIds?: string[]; skippedSections?: Array<'accessory' | 'core' | 'cardio'>; portion?: 'first_half' }
  /** `week`: one day of a whole week said missed ("missed last week"). */
  | { kind: 'skipped'; date: string; note: string | null; week?: boolean; crossTraining?: CrossTraining }
  | { kind: 'max'; date: string; exerciseId: string; name: string; weight: number; unit: WeightUnit | null; reps: number };

export interface LogOutcome {
  entry: LogEntry;
  /** One line the client can check and correct, e.g. "Logged Wed 11/25: Bench press 185 lb x 5". */
  echo: string;
  /** Set when the entry was not stored: the question to ask instead. */
  question: string | null;
}

function dayLabel(date: string, today: string): string {
  if (date === today) return 'today';
  if (daysBetween(date, today) === 1) return 'yesterday';
  return formatDateLabel(date);
}

/** "Today's a rest day", "Wed 11/25 was a rest day", "Your plan starts Mon 11/30": a day with nothing planned. */
function restDay(date: string, today: string, found: Awaited<ReturnType<typeof workoutOn>> | null): string {
  if (found?.kind === 'before_plan') return `Your plan starts ${formatDateLabel(found.startDate)}, so nothing was planned ${dayLabel(date, today)}`;
  if (found && found.kind !== 'workout') return `Your plan has ended, so nothing was planned ${dayLabel(date, today)}`;
  if (!found) return `Nothing was planned ${dayLabel(date, today)}`;
  return date === today ? "Today's a rest day" : `${dayLabel(date, today).replace(/^y/, 'Y')} was a rest day`;
}

/** A "done" text that says what was done ("did 30 min on the bike, done"), not just "done"/"finished it". */
function describesSession(note: string | null): boolean {
  if (!note) return false;
  const rest = note.toLowerCase().replace(/\b(i|just|all|workout|session|it|today|yesterday|done|did|finished|complete[d]?|the|my|with|and|got|in)\b|[^a-z0-9 ]/g, ' ').trim();
  return rest.length >= 6;
}

function trainingAgeOf(plan: ActivePlan | null, client: ClientRow): TrainingAge {
  const req = plan?.request;
  const fromPlan = req?.kind === 'strength' ? req.trainingAge : req?.kind === 'hybrid' ? req.strength?.trainingAge : undefined;
  return fromPlan ?? storedTrainingAge(client.profile) ?? 'intermediate';
}

/** Heaviest believable load in lb for one rep, by lift family and training age (world records sit above "advanced"). */
const LOAD_CAPS_LB: Record<'squat_dead' | 'bench' | 'barbell' | 'dumbbell' | 'other', Record<TrainingAge, number>> = {
  squat_dead: { beginner: 405, intermediate: 650, advanced: 1000 },
  bench: { beginner: 275, intermediate: 450, advanced: 750 },
  barbell: { beginner: 225, intermediate: 350, advanced: 500 },
  dumbbell: { beginner: 100, intermediate: 150, advanced: 200 },
  other: { beginner: 400, intermediate: 700, advanced: 1200 },
};

function familyOf(exerciseId: string): keyof typeof LOAD_CAPS_LB {
  if (['back_squat', 'front_squat', 'deadlift', 'sumo_deadlift', 'romanian_deadlift', 'box_squat', 'smith_squat', 'hip_thrust'].includes(exerciseId)) return 'squat_dead';
  if (['bench_press', 'incline_bench_press', 'close_grip_bench_press', 'smith_bench_press'].includes(exerciseId)) return 'bench';
  const ex = exerciseById(exerciseId);
  if (ex?.implement === 'barbell') return 'barbell';
  if (ex?.implement === 'dumbbell' || ex?.implement === 'kettlebell') return 'dumbbell';
  return 'other';
}

/** Estimated 1RMs (lb) the client has logged or stated before (in logs or in their plan request), per exercise. */
export async function knownMaxesLb(db: Db, client: ClientRow, plan: ActivePlan | null): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const req = plan?.request.kind === 'strength' ? plan.request : plan?.request.kind === 'hybrid' ? plan.request.strength : null;
  if (req) {
    const keep = (id: string, lb: number) => out.set(id, Math.max(out.get(id) ?? 0, lb));
    for (const [id, v] of Object.entries(req.oneRepMaxes ?? {})) keep(id, convertWeight(v, req.units, 'lb'));
    for (const set of req.recentSets ?? []) keep(set.exerciseId, convertWeight(estimateOneRepMax(set.weight, set.reps, set.rir ?? 0), req.units, 'lb'));
  }
  for (const l of await listWorkoutLogs(db, client.id)) {
    const d = loggedSetOf(l);
    if (!d) continue;
    const lb = convertWeight(estimateOneRepMax(d.weight, d.reps, d.rir ?? 0), d.unit ?? 'lb', 'lb');
    out.set(d.exerciseId, Math.max(out.get(d.exerciseId) ?? 0, lb));
  }
  return out;
}

/**
 * Null when the entry is believable for this client, else the question to ask. Rules: a run over 60 mi
 * (100 km) or faster than 3:40/mi (2:17/km, world-record pace) or slower than 25:00/mi; reps over 60 in a set;
 * a load over the cap for the lift family and training age (LOAD_CAPS_LB), an estimated 1RM more than
 * 35 % over the best this client has logged, or a load over that best (by 5 % and 15 lb) for 2+ reps.
 */
export function implausibility(entry: LogEntry, ctx: { age: TrainingAge; weightUnit: WeightUnit; distanceUnit: DistanceUnit; known: Map<string, number>; pr?: boolean }): string | null {
  if (entry.kind === 'run') {
    const unit = entry.unit ?? ctx.distanceUnit;
    const miles = entry.distance === null ? null : unit === 'km' ? entry.distance / 1.609344 : entry.distance;
    if (miles !== null && miles > 60) return `${entry.distance} ${unit} in one run? That's more than I'd expect`;
    if (entry.durationSec !== null && entry.durationSec > 10 * 3600) return `A run of over 10 hours? That's more than I'd expect`;
    if (miles !== null && miles > 0 && entry.durationSec !== null) {
      const perMile = entry.durationSec / miles;
      if (perMile < 220) return `${entry.distance} ${unit} at ${entry.pace}/${unit} is faster than the world record`;
      if (perMile > 1500) return `${entry.distance} ${unit} at ${entry.pace}/${unit} is slower than a walk`;
    }
    return null;
  }
  if (entry.kind === 'strength' || entry.kind === 'max') {
    const groups = entry.kind === 'max' ? [{ sets: 1, reps: entry.reps, load: entry.weight, unit: entry.unit, rpe: null, rir: 0 }] : entry.groups;
    for (const g of groups) {
      if (g.reps !== null && g.reps > 60) return `${g.reps} reps in one set of ${nameMidSentence(entry.name)}? That's more than I'd expect`;
      if (g.load === null) continue;
      const unit = g.unit ?? ctx.weightUnit;
      const lb = convertWeight(g.load, unit, 'lb');
      const cap = LOAD_CAPS_LB[familyOf(entry.exerciseId)][ctx.age];
      const e1rmLb = estimateOneRepMax(lb, g.reps ?? 1, g.rir ?? 0);
      const known = ctx.known.get(entry.exerciseId);
      // Two or more reps over the best 1RM known (a stated max of 165, then "bench 185x6") is a typo or a new
      // max, which a coach asks about before taking it: the 35% rule alone let that one through at 34%.
      // Told as a PR ("hit a PR on squat!! 185x5"), a set over the best known is the news itself, not a typo.
      const overMax = !ctx.pr && known !== undefined && (g.reps ?? 1) >= 2 && lb > known * 1.05 && lb - known > 15;
      if (e1rmLb > cap * 1.05 || (known !== undefined && e1rmLb > known * 1.35 && e1rmLb - known > 40) || overMax) {
        return `${entry.name} ${g.load} ${unit}${g.reps ? ` x ${g.reps}` : ''} is a lot more than I'd expect${known ? ` (your best so far works out to about ${Math.round(convertWeight(known, 'lb', unit))} ${unit})` : ''}`;
      }
    }
  }
  return null;
}

/** "about 4 reps left, RIR 4" / "nothing left, RIR 0": the reading of effort words, said plainly. */
function effortInReserve(rir: number): string {
  return rir <= 0 ? 'nothing left, RIR 0' : `about ${rir} rep${rir === 1 ? '' : 's'} left, RIR ${rir}`;
}

function describe(entry: LogEntry, today: string, weightUnit: WeightUnit, distanceUnit: DistanceUnit, planned: string | null): string {
  const when = dayLabel(entry.date, today);
  switch (entry.kind) {
    case 'strength': {
      // A hold ("plnk 3x60s") is logged in seconds, as its day shows it ("Plank 2x30-45s"), never 60 reps.
      const timed = exerciseById(entry.exerciseId)?.timed === true;
      const sets = entry.groups
        .map((g) => {
          const count = g.reps !== null ? `${g.sets > 1 || timed ? `${g.sets}x` : 'x'}${g.reps}${timed ? 's' : ''}` : '';
          if (timed && g.load === null) return count || 'done';
          const effort = g.rpe !== null ? ` (RPE ${g.rpe})` : g.effort && g.rir !== null ? ` ("${g.effort}" = ${effortInReserve(g.rir)})` : g.rir !== null ? ` (RIR ${g.rir})` : '';
          // A barbell, dumbbell or machine lift with no weight said is not bodyweight: the weight is unknown, said so.
          if (g.load === null && exerciseById(entry.exerciseId)?.implement) return `${g.reps !== null ? `${g.sets}x${g.reps}` : `${g.sets} set${g.sets === 1 ? '' : 's'}`} (${g.reps !== null ? 'no weight given' : 'reps and weight not given'})${effort}`;
          const load = g.load !== null ? `${g.load} ${g.unit ?? weightUnit}` : 'bodyweight';
          return (count.startsWith('x') ? `${load} ${count}` : `${count ? `${count} @ ` : ''}${load}`) + effort;
        })
        .join(', ');
      // Epley on reps to failure (reps + RIR, RPE 9 = RIR 1): the engine's own estimate, so it matches the loads it sets.
      const top = entry.groups.filter((g) => g.load !== null && g.reps !== null).map((g) => ({ g, e: estimateOneRepMax(g.load!, g.reps!, g.rir ?? (g.rpe !== null ? Math.max(0, 10 - g.rpe) : 0)) })).sort((a, b) => b.e - a.e)[0];
      const e1rm = top && top.g.reps! > 1 && !timed ? ` Est. 1RM ${Math.round(top.e)} ${top.g.unit ?? weightUnit}.` : '';
      return `Logged ${when}: ${entry.name} ${sets}.${e1rm}`;
    }
    case 'run': {
      const unit = entry.unit ?? distanceUnit;
      // The goal race: its finish time; the lines after it give the paces (goalRaceLines).
      if (entry.goalRace && entry.durationSec) return `Logged ${when}: your race, ${formatFinish(entry.durationSec)}.`;
      if (entry.repeats && entry.wholeSession) return `Logged ${when}: ${repsWords(entry.repeats)}, ${entry.distance} ${unit} in all with the warm-up, recoveries and cool-down as planned.`;
      const parts = [
        entry.distance !== null ? `${entry.distance} ${unit}` : null,
        entry.pace ? `at ${entry.pace}/${unit}` : null,
        entry.distance === null && entry.durationSec !== null ? `${Math.round(entry.durationSec / 60)} min` : null,
        entry.runKind ? `(${entry.runKind})` : null,
        entry.walked ? 'with walk breaks' : null,
      ].filter(Boolean);
      return `Logged ${when}: run ${parts.join(' ')}${planned ? ` (planned ${planned})` : ''}.`.replace(/run \./, 'run.');
    }
    case 'done':
      return entry.skippedExerciseIds.length
        ? `Logged ${when}: ${planned ?? 'workout'} done, without ${listed(entry.skippedExerciseIds.map((id) => nameMidSentence(exerciseById(id)?.name ?? id)))}.`
        : entry.note && CUT_SHORT.test(entry.note.toLowerCase())
          ? `Logged ${when}: ${planned ?? 'workout'} done, cut short - fine now and then. If you know how far you got, text it (e.g. 'ran 3') so your week's miles are right.`
          : `Logged ${when}: ${planned ?? 'workout'} done.${sessionSwapped(entry.note, planned)}`;
    case 'skipped':
      if (entry.crossTraining) return `Logged ${when}: ${crossWords(entry.crossTraining)} in place of your ${planned ?? 'session'} - cross-training, so the ${planned ? planned.toLowerCase() : 'session'} counts as missed and no miles go to your week. Good way to keep moving.`;
      return `Logged ${when}: ${planned ?? 'workout'} skipped.`;
    case 'max':
      return `Noted: ${entry.name} ${entry.reps > 1 ? `${entry.weight} ${entry.unit ?? weightUnit} x ${entry.reps}` : `max ${entry.weight} ${entry.unit ?? weightUnit}`}.`;
  }
}

/**
 * A run named as done that is not the one planned ("did the tempo" on an easy day): [what it is called, the word the
 * planned session's name has when it is this kind, hard or not]. Read from the note, first match wins.
 */
const SESSIONS_NAMED: ReadonlyArray<[RegExp, string, string, boolean]> = [
  [/\btempo\b/, 'a tempo', 'tempo', true],
  [/\b(?:intervals?|repeats|track)\b/, 'intervals', 'interval', true],
  [/\bhills?\b/, 'hills', 'hill', true],
  [/\blong run\b/, 'a long run', 'long', true],
  [/\beasy\b/, 'an easy run', 'easy', false],
];

/**
 * "did the tempo" when the plan had an easy run: logged as the planned day, and said what was done instead and what it
 * means for the week (a hard day added: the next run easy; an easy one in place of a hard one: nothing to make up).
 */
function sessionSwapped(note: string | null | undefined, planned: string | null): string {
  if (!note || !planned) return '';
  const said = SESSIONS_NAMED.find(([re]) => re.test(note.toLowerCase()));
  const was = planned.toLowerCase();
  if (!said || was.includes(said[2]) || !/\b(?:run|tempo|interval|hill|long|stride|fartlek)/.test(was)) return '';
  const hardPlanned = SESSIONS_NAMED.some(([, , word, hard]) => hard && was.includes(word));
  if (said[3] && !hardPlanned) return ` You ran ${said[1]} where the plan had ${/^[aeiou]/.test(was) ? 'an' : 'a'} ${was} - that's an extra hard day this week, so keep your next run easy.`;
  if (!said[3] && hardPlanned) return ` You ran it easy where the plan had ${/^[aeiou]/.test(was) ? 'an' : 'a'} ${was} - fine now and then; no need to make it up, the rest of the week stays as planned.`;
  return '';
}

/** "20 min on the bike", "30 min of yoga", "swimming": the cross-training as a coach says it back. */
export function crossWords(x: CrossTraining): string {
  const what: Record<CrossTraining['activity'], [string, string]> = {
    bike: ['on the bike', 'a bike ride'], swim: ['swimming', 'a swim'], elliptical: ['on the elliptical', 'elliptical'], rower: ['on the rower', 'rowing'],
    yoga: ['of yoga', 'yoga'], hike: ['hiking', 'a hike'], walk: ['walking', 'a walk'], spin: ['of spin', 'a spin class'], stairs: ['on the stairs', 'stair climbing'],
  };
  const [after, alone] = what[x.activity];
  return x.minutes ? `${x.minutes} min ${after}` : alone;
}

/** "Bench press, Barbell row and Plank": a list as said. */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "6x800 m in 3:10 each", "3x1 mi": reps as a runner writes them. */
function repsWords(r: RepeatsDone): string {
  const each = r.unit === 'km' && r.each < 1 ? `${Math.round(r.each * 1000)} m` : `${r.each} ${r.unit}`;
  return `${r.count}x${each}${r.repSec !== null ? ` in ${formatPace(r.repSec)} each` : ''}`;
}

function detailsOf(entry: LogEntry, group: SetEntry | null, weightUnit: WeightUnit, distanceUnit: DistanceUnit): { kind: 'done' | 'skipped' | 'strength' | 'run'; details: Record<string, unknown> } {
  switch (entry.kind) {
    case 'strength': {
      const g = group!;
      const rir = g.rir ?? (g.rpe !== null ? Math.max(0, 10 - g.rpe) : null);
      return { kind: 'strength', details: { exerciseId: entry.exerciseId, exercise: entry.written, sets: g.sets, reps: g.reps, weight: g.load, unit: g.load !== null ? (g.unit ?? weightUnit) : null, rpe: g.rpe, rir } };
    }
    case 'max':
      return { kind: 'strength', details: { exerciseId: entry.exerciseId, exercise: entry.name, sets: 1, reps: entry.reps, weight: entry.weight, unit: entry.unit ?? weightUnit, rpe: null, rir: 0, source: 'stated' } };
    case 'run':
      return { kind: 'run', details: { distance: entry.distance, unit: entry.distance !== null ? (entry.unit ?? distanceUnit) : null, pace: entry.pace, durationSec: entry.durationSec, walked: entry.walked, runKind: entry.runKind, ...(entry.repeats ? { repeats: entry.repeats } : {}) } };
    case 'done':
      return { kind: 'done', details: { skippedExerciseIds: entry.skippedExerciseIds, ...(entry.note ? { note: entry.note } : {}) } };
    case 'skipped':
      return { kind: 'skipped', details: { ...(entry.note ? { note: entry.note } : {}), ...(entry.crossTraining ? { crossTraining: entry.crossTraining } : {}) } };
  }
}

export interface RecordOptions {
  today: string;
  inboundId: string;
  rawText: string;
  /** Store entries that failed the plausibility check anyway (the client confirmed them). */
  confirmed?: boolean;
  /** The client told the lifts as a PR: a set over the best known is not asked about (the 35% typo rule still is). */
  pr?: boolean;
  /**
   * The client's active plan as this unit of work read it, when nothing in it has written to the plan since
   * (a turn's logs come first): not read again. Undefined: read here.
   */
  plan?: ActivePlan | null;
}

/**
 * Stores a turn's log entries in one transaction and returns one echo line per entry. An entry that fails the
 * plausibility check is not stored; its outcome carries the question. Entries dated after `today` are
 * refused (never stored on a future day). Runs attach to a run day, lifts to a lifting day, done/skipped to
 * the day's workout, whose status they set.
 */
export async function recordLogs(db: Db, client: ClientRow, entries: LogEntry[], opts: RecordOptions): Promise<LogOutcome[]> {
  if (db.isTransaction) {
    // Already inside a unit of work (a client's turn, which commits or rolls back as one and catches nothing
    // in between): a savepoint around the logs would cost two round trips and change nothing.
    await lockClient(db, client.id);
    return recordIn(db, client, entries, opts);
  }
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    return recordIn(trx, client, entries, opts);
  });
}

/** `replacing`: the entries replace logs just deleted, which may have been week inputs: the plan's revision is bumped. */
async function recordIn(trx: Db, client: ClientRow, entries: LogEntry[], opts: RecordOptions, replacing = false): Promise<LogOutcome[]> {
  const weightUnit: WeightUnit = client.units === 'metric' ? 'kg' : 'lb';
  const distanceUnit: DistanceUnit = client.units === 'metric' ? 'km' : 'mi';
  {
    const plan = opts.plan !== undefined ? opts.plan : await activePlan(trx, client.id);
    // The writes wait and go as one statement (writeLogs) before the next read that could see them, and at the end.
    const writes = new LogWrites(trx);
    // A date's day looked up once: a second entry of the same day (two lifts) reads the same stored day.
    const lookups = new Map<string, Promise<Awaited<ReturnType<typeof workoutOn>>>>();
    // Known maxes judge lifts only: a "done", a skip or a run reads none of the client's logs for them.
    const lifts = entries.some((e) => e.kind === 'strength' || e.kind === 'max');
    const ctx = { age: trainingAgeOf(plan, client), weightUnit, distanceUnit, known: lifts ? await knownMaxesLb(trx, client, plan) : new Map<string, number>(), pr: opts.pr === true };
    const out: LogOutcome[] = [];
    let stored = 0;
    // Whether a stored log surely changes a week's build (plans.service logIsWeekInput).
    let weekInput = replacing;
    // "done! had to walk more than the plan said": the run is the done (it completes the day), so one log and one line.
    const runDates = new Set(entries.filter((e) => e.kind === 'run').map((e) => e.date));
    for (const given of entries) {
      if (given.kind === 'done' && given.skippedExerciseIds.length === 0 && runDates.has(given.date)) continue;
      let entry = given;
      // A session done early is that day's, within the week ahead; anything else dated ahead is not done yet.
      if (entry.date > opts.today && !(entry.kind === 'done' && entry.early && entry.date <= addDays(opts.today, 6))) {
        out.push({ entry, echo: '', question: `That date is still ahead - I only log what's done. Which day was it?` });
        continue;
      }
      const doubt = opts.confirmed ? null : implausibility(entry, ctx);
      if (doubt) {
        out.push({ entry, echo: '', question: doubt });
        continue;
      }
      // The goal race itself: a run on race day, or a race time told in the days after ("race went great! 1:52:14").
      const goal = entry.kind === 'run' && plan?.outline.race ? goalRaceEntry(entry, plan.outline.race) : null;
      if (goal) entry = goal;
      // "PR!! 48:30" with no race near: which distance it was is the one thing the time needs.
      if (entry.kind === 'run' && entry.runKind === 'race' && entry.distance === null && entry.durationSec !== null) {
        const time = formatFinish(entry.durationSec);
        out.push({ entry, echo: '', question: `Nice race! Which distance was the ${time}? Send it with the distance, e.g. "5k in ${time}".` });
        continue;
      }
      // "ran 10k in 52:10 today!!": a standard race distance at race effort, told with an exclamation, is a race
      // result (engine/adaptation/runs.ts isRaceEffort), so it sets the paces like "raced a 10k in 52:10".
      if (entry.kind === 'run' && entry.celebrated && !entry.runKind && plan?.outline.race && entry.distance && entry.durationSec) {
        await writes.flush();
        const vdot = (await runnerVdot(trx, client, plan, opts.today))?.vdot ?? plan.outline.race.vdot;
        const meters = entry.distance * METERS_PER_UNIT[entry.unit ?? plan.outline.race.units];
        if (isRaceEffort({ distanceMeters: meters, durationSec: entry.durationSec }, { vdot })) entry = { ...entry, runKind: 'race', raceRead: true };
      }
      let lookup = plan ? lookups.get(entry.date) : undefined;
      if (plan && !lookup) {
        // A day not stored yet is built from its week, which reads the logs: the earlier entries' first.
        await writes.flush();
        lookup = workoutOn(trx, client, plan, entry.date, opts.today);
        lookups.set(entry.date, lookup);
      }
      const found = lookup ? await lookup : null;
      const day = found?.kind === 'workout' ? found : null;
      // "skipped"/"done" on a day with nothing planned (a rest day, before or after the plan) has nothing to
      // mark: say so instead of logging a skip, and log a described extra session without a planned day.
      const unplanned = !day || day.day.kind === 'rest';
      // "biked 45 min" on a run day, not said to replace it: extra work, noted; the day's session is still on.
      if (!unplanned && entry.kind === 'skipped' && entry.crossTraining && !entry.crossTraining.instead && found?.kind === 'workout' && found.status === 'scheduled') {
        const name = day.day.title.split(' - ')[0]!;
        out.push({ entry, echo: `Noted ${dayLabel(entry.date, opts.today)}: ${crossWords(entry.crossTraining)} - cross-training, no miles or sets counted. ${entry.date === opts.today ? "Today's" : 'That day\'s'} ${name} is still on; if it was instead of it, text "${entry.crossTraining.minutes ?? 30} min ${entry.crossTraining.activity} instead of the ${/run/i.test(name) ? 'run' : 'workout'}" and I'll log that.`, question: null });
        continue;
      }
      if (unplanned && entry.kind === 'skipped') {
        // A rest day inside a week said missed had nothing to skip: no line about it.
        if (entry.week) continue;
        // Cross-training on a day with no session: nothing missed, nothing to store against the plan.
        if (entry.crossTraining) {
          out.push({ entry, echo: `Noted ${dayLabel(entry.date, opts.today)}: ${crossWords(entry.crossTraining)} - ${restDay(entry.date, opts.today, found).toLowerCase()}, so nothing was missed. Keep it easy the day before a hard session.`, question: null });
          continue;
        }
        out.push({ entry, echo: `${restDay(entry.date, opts.today, found)} - nothing to skip.`, question: null });
        continue;
      }
      if (unplanned && entry.kind === 'done' && !describesSession(entry.note) && !entries.some((e) => e.kind === 'strength' || e.kind === 'run')) {
        out.push({ entry, echo: `${restDay(entry.date, opts.today, found)}. If you trained anyway, send what you did (e.g. "squat 3x5 at 225" or "ran 3 miles") and I'll log it as an extra session.`, question: null });
        continue;
      }
      // A day of a week said missed that was logged already stays as logged ("missed last week" after one run).
      if (entry.kind === 'skipped' && entry.week && day && found?.kind === 'workout' && found.status !== 'scheduled') continue;
      // A log belongs to the day's workout only when it is that sport: a run never completes a lifting day.
      const sport = day ? (day.day.kind === 'run' || day.day.kind === 'race' ? 'run' : day.day.kind === 'strength' ? 'strength' : 'rest') : null;
      const attach = day && !unplanned && (entry.kind === 'done' || entry.kind === 'skipped' || (entry.kind === 'run' && sport === 'run') || (entry.kind === 'strength' && sport === 'strength')) ? day.workoutId : null;
      // Reps said on their own on a planned quality day ("did the 6x800 in 3:10s"): the session was run whole,
      // so its distance is the plan's warm-up, recoveries and cool-down with those reps; the pace was the reps'.
      const session = entry.kind === 'run' && entry.repeats && attach && day ? repeatsSession(day.day, entry.repeats) : null;
      if (entry.kind === 'run' && session) entry = { ...entry, distance: session.distance, unit: session.unit, pace: null, durationSec: null, wholeSession: true };
      // "done with squats, skipping the rest": the day's other lifts are the ones left out.
      if (entry.kind === 'done' && entry.onlyExerciseIds?.length && day) {
        const only: string[] = entry.onlyExerciseIds;
        // "squats" said of a day with front squats: the planned lift of the same movement is the one done.
        const lifts = day.day.items.flatMap((it) => (it.kind === 'lift' && it.section !== 'prep' && it.section !== 'cooldown' ? [it.exerciseId] : []));
        const patterns = new Set(only.filter((id) => !lifts.includes(id)).map((id) => exerciseById(id)?.pattern));
        const left = lifts.filter((id) => !only.includes(id) && !patterns.has(exerciseById(id)?.pattern));
        entry = { ...entry, skippedExerciseIds: [...new Set([...entry.skippedExerciseIds, ...left])] };
      }
      // "only did half" on a run day: half the planned distance run, logged as that run (was "Easy run done", the whole).
      if (entry.kind === 'done' && entry.portion === 'first_half' && day && day.day.totalDistance) {
        const half = Math.round((day.day.totalDistance / 2) * 10) / 10;
        entry = { kind: 'run', date: entry.date, distance: half, unit: day.day.distanceUnit, durationSec: null, pace: null, walked: false, runKind: null };
      }
      // "only did half": the day's lifts in order, the second half left out (an odd count keeps the middle one done).
      if (entry.kind === 'done' && entry.portion === 'first_half' && day) {
        const lifts = day.day.items.flatMap((it) => (it.kind === 'lift' && it.section !== 'prep' && it.section !== 'cooldown' ? [it.exerciseId] : []));
        entry = { ...entry, skippedExerciseIds: [...new Set([...entry.skippedExerciseIds, ...lifts.slice(Math.ceil(lifts.length / 2))])] };
      }
      // "skipped accessories": the day's lifts in those sections are the ones left out.
      if (entry.kind === 'done' && entry.skippedSections?.length && day) {
        const sections: ReadonlyArray<string> = entry.skippedSections;
        const left = day.day.items.flatMap((it) => (it.kind === 'lift' && sections.includes(it.section) ? [it.exerciseId] : []));
        entry = { ...entry, skippedExerciseIds: [...new Set([...entry.skippedExerciseIds, ...left])] };
      }
      const groups = entry.kind === 'strength' ? entry.groups : [null];
      for (const g of groups) {
        const { kind, details } = detailsOf(entry, g, weightUnit, distanceUnit);
        writes.log({ clientId: client.id, workoutId: entry.kind === 'max' ? null : attach, date: entry.date, kind, details, rawText: opts.rawText, inboundId: opts.inboundId });
        if (plan && logIsWeekInput(plan, kind, entry.date, opts.today)) weekInput = true;
      }
      if (attach && (entry.kind === 'done' || entry.kind === 'run')) writes.status(attach, 'completed');
      if (attach && entry.kind === 'skipped') writes.status(attach, 'skipped');
      if (entry.kind === 'strength' || entry.kind === 'max') {
        for (const g of entry.kind === 'max' ? [{ load: entry.weight, reps: entry.reps, rir: 0, unit: entry.unit }] : entry.groups) {
          if (g.load && g.reps) ctx.known.set(entry.exerciseId, Math.max(ctx.known.get(entry.exerciseId) ?? 0, convertWeight(estimateOneRepMax(g.load, g.reps, g.rir ?? 0), g.unit ?? weightUnit, 'lb')));
        }
      }
      stored++;
      if (unplanned && entry.kind === 'done') {
        out.push({ entry, echo: `Logged ${dayLabel(entry.date, opts.today)} as an extra session (nothing was planned).`, question: null });
        continue;
      }
      const planned =
        entry.kind === 'run' && day && sport === 'run' && day.day.totalDistance
          ? `${day.day.totalDistance} ${day.day.distanceUnit}`
          : (entry.kind === 'done' || entry.kind === 'skipped') && day && day.day.kind !== 'rest'
            ? day.day.title.split(' - ')[0]!
            : null;
      // A run's lines read the runs logged (this one too).
      if (entry.kind === 'run' && plan) await writes.flush();
      const extra = entry.kind === 'run' && plan ? await runLines(trx, client, plan, entry, day?.day ?? null, opts.today) : [];
      out.push({ entry, echo: [describe(entry, opts.today, weightUnit, distanceUnit, planned), ...extra].join(' '), question: null });
    }
    // A stored log (or max) is a new input to every not-yet-done day: their weeks rebuild when next read.
    if (plan && stored > 0) writes.bump(plan.row.id, weekInput ? undefined : adaptationRowsFilter(client.id, opts.today));
    // The last of the log's writes: held for the turn's next statement, its reply for a "done" or a skip
    // (db/held-writes.ts). A lift's next loads read the logs after this: written now, as the turn keeps them.
    await writes.flush({ last: !lifts });
    return out;
  }
}

/**
 * A turn's log writes held until the next read that could see them, then sent as one statement (writeLogs):
 * a plain "done" or one lift's sets write the log, the day's status and the plan's input revision at once.
 * Held in order: a day's status set twice keeps the last, as two updates in a row did.
 */
class LogWrites {
  private logs: NewWorkoutLog[] = [];
  private statuses = new Map<string, 'completed' | 'skipped'>();
  private planId: string | null = null;
  private ifAdapted: AdaptationRowsFilter | undefined;
  constructor(private readonly trx: Db) {}
  log(l: NewWorkoutLog): void {
    this.logs.push(l);
  }
  status(workoutId: string, status: 'completed' | 'skipped'): void {
    this.statuses.delete(workoutId);
    this.statuses.set(workoutId, status);
  }
  /** The plan's inputs changed (markPlanInputsChanged): every not-yet-done day's week rebuilds when next read. */
  bump(planId: string, ifAdapted?: AdaptationRowsFilter): void {
    this.planId = planId;
    this.ifAdapted = ifAdapted;
  }
  async flush(opts: { last?: boolean } = {}): Promise<void> {
    if (!this.logs.length && !this.statuses.size && !this.planId) return;
    const w = { logs: this.logs, statuses: [...this.statuses].map(([id, status]) => ({ id, status })), bumpPlanId: this.planId, ...(this.ifAdapted ? { ifAdapted: this.ifAdapted } : {}) };
    this.logs = [];
    this.statuses = new Map();
    this.planId = null;
    this.ifAdapted = undefined;
    await (opts.last ? writeLogsLast : writeLogs)(this.trx, w);
  }
}

/**
 * What a logged run says beyond the echo: a note when an easy day was run much faster than easy, and the new
 * paces when this run completes a pattern (or is a race) that moves VDOT (engine/adaptation/runs.ts).
 */
async function runLines(trx: Db, client: ClientRow, plan: ActivePlan, entry: Extract<LogEntry, { kind: 'run' }>, day: WorkoutDay | null, today: string): Promise<string[]> {
  const race = plan.outline.race;
  if (!race) return [];
  if (entry.goalRace && entry.durationSec) return goalRaceLines(race, entry.durationSec);
  const lines: string[] = [];
  const unit = entry.unit ?? race.units;
  const pace = entry.pace ? paceSeconds(entry.pace) : entry.distance && entry.durationSec ? entry.durationSec / entry.distance : null;
  // A tempo, intervals or a race is meant to be faster than easy: no easy-pace reminder for those.
  const hard = entry.runKind === 'race' || entry.runKind === 'tempo' || entry.runKind === 'intervals';
  let effort: string | null = null;
  if (!entry.runKind && entry.distance && entry.durationSec) {
    // Compared with the paces the runner trains at now (a race logged earlier may have moved them).
    const vdot = (await runnerVdot(trx, client, plan, today))?.vdot ?? race.vdot;
    effort = raceEffortNote({ distanceMeters: entry.distance * (unit === 'mi' ? 1609.344 : 1000), durationSec: entry.durationSec }, { vdot });
  }
  // Said in the plan's unit, whatever the watch said ("10.02 km at 5:13/km" for a runner who plans in miles).
  const planPace = pace !== null ? paceIn(pace, unit, race.units) : null;
  const distance = entry.distance !== null ? distanceIn(entry.distance, unit, race.units) : null;
  // Held to the paces the runner trained at that day (a race logged before may have moved them; this run may not).
  const zones = (planPace !== null || entry.repeats) && !effort ? await currentZones(trx, client, plan, addDays(entry.date, -1)) : race.paces;
  const planned = day && !entry.repeats && !effort && sessionClass(day) === 'quality_run' ? plannedPaceFor(day, zones, distance) : null;
  // A race on the way to the goal race gets its congratulations first, then what it does to the paces.
  if (entry.runKind === 'race' && distance !== null && entry.durationSec) lines.push(tuneUpRaceLine(distance * METERS_PER_UNIT[race.units], entry.durationSec, race, entry.date));
  if (effort) lines.push(effort);
  // A run the client calls easy, long or a race on a tempo day is not the tempo: no tempo verdict on it.
  else if (planPace !== null && planned && (entry.runKind === null || entry.runKind === 'tempo')) lines.push(qualityPaceNote(planPace, planned, race.units));
  else if (planPace !== null && day && !hard && (day.kind === 'rest' || meantEasy(day))) {
    // A run on a rest day is extra miles: easy too.
    const note = easyRunNote(planPace, zones, race.units, day.kind === 'rest' ? 'Rest day' : day.title);
    if (note) lines.push(note);
  }
  // A race or time trial run on the long-run day took its place: it was not a long run cut short.
  if (day && distance !== null && entry.runKind !== 'race' && sessionClass(day) === 'long_run' && day.totalDistance && day.distanceUnit) {
    const short = shortLongRunNote(distance, distanceIn(day.totalDistance, day.distanceUnit, race.units), race.units);
    if (short) lines.push(short);
  }
  if (entry.walked && day && day.kind === 'run') lines.push(walkedNote(/^run\/walk/i.test(day.title)));
  const reps = entry.repeats && day ? repeatsSession(day, entry.repeats) : null;
  const repsNote = reps ? repsPaceNote(reps, zones) : null;
  if (repsNote) lines.push(repsNote);
  const splits = entry.splits ? splitsLine(entry.splits, day, entry.unit ?? race.units) : null;
  if (splits) lines.push(splits);
  const quality = entry.runKind === 'race' || (day !== null && sessionClass(day) === 'quality_run');
  if (quality) {
    // Said once, when this log is what moved it: compare with the runs logged before today.
    const before = await runnerVdot(trx, client, plan, addDays(today, -1));
    const v = await runnerVdot(trx, client, plan, today);
    if (v && before && v.vdot !== before.vdot) lines.push(`New paces from your next run: ${describePaces(v.vdot, race.units)} (VDOT ${before.vdot} -> ${v.vdot}: ${v.reason}).`);
    else if (v && entry.runKind === 'race') lines.push(`Race result noted: it matches the fitness your paces are set from (VDOT ${v.vdot}), so they stay.`);
  }
  if (entry.raceRead) lines.push(`Read as a race or time trial (a race distance at race effort). Not all-out? Text "that's wrong" and send it again as a run.`);
  return lines;
}

/**
 * Splits held to the day's planned work pace (intervals, tempo, marathon pace), else to the pace the client said
 * with the reps ("3x3k @ 4:20"), in the unit the splits were said in.
 */
function splitsLine(s: NonNullable<Extract<LogEntry, { kind: 'run' }>['splits']>, day: WorkoutDay | null, runUnit: DistanceUnit): string | null {
  const unit = s.unit ?? runUnit;
  const work = day ? plannedWork(day) : null;
  const said = s.target ? paceSeconds(s.target) : null;
  const target = work ? { sec: paceIn(work.targetSec, work.unit, unit), name: `your planned ${work.target} pace` } : said !== null ? { sec: said, name: 'the pace you aimed for' } : null;
  return splitsNote(splitPaces(s, target?.sec ?? null), target, unit);
}

/** The run as the plan's goal race (engine/endurance/race-result.ts asGoalRace), with its pace from the finish; null when it is not. */
function goalRaceEntry(entry: Extract<LogEntry, { kind: 'run' }>, race: NonNullable<ActivePlan['outline']['race']>): Extract<LogEntry, { kind: 'run' }> | null {
  const paceSec = entry.pace ? paceSeconds(entry.pace) : null;
  const goal = asGoalRace({ date: entry.date, distance: entry.distance, unit: entry.unit, durationSec: entry.durationSec, paceSec, race: entry.runKind === 'race' }, race);
  if (!goal) return null;
  const { paceSec: finishPace, ...fields } = goal;
  return { ...entry, ...fields, pace: formatPace(finishPace), runKind: 'race', goalRace: true };
}

/** The pace zones at the runner's VDOT on `upTo` (the plan's, moved by any race or pattern logged by then). */
async function currentZones(trx: Db, client: ClientRow, plan: ActivePlan, upTo: string): Promise<PaceZones> {
  const race = plan.outline.race!;
  const v = await runnerVdot(trx, client, plan, upTo);
  return v && v.vdot !== race.vdot ? paceZones(v.vdot, race.units) : race.paces;
}

/** A day run all at easy pace: an easy or recovery day, or a long run without a faster finish. */
function meantEasy(day: WorkoutDay): boolean {
  const cls = sessionClass(day);
  return cls === 'easy_run' || (cls === 'long_run' && !day.items.some((i) => i.kind === 'run' && HARD_EFFORTS.has(i.effort)));
}

function paceSeconds(p: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(p);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The entries stored for the client's last logging text removed, newest text only. The days they completed or
 * skipped are to do again (when no other log holds them), and the plan's revision is bumped: the removed lifts and
 * runs set loads and paces of days ahead, which are built again when next read (was: "undo" left a load the undone
 * squat set on Wednesday, and "done" then "undo" still answered "Already logged as done today").
 */
export async function undoLastLogs(db: Db, client: ClientRow): Promise<{ undone: number; texts: string[]; dates: string[] }> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const last = await lastLoggedInbound(trx, client.id);
    if (!last) return { undone: 0, texts: [], dates: [] };
    const rows = await listLogsOfInbound(trx, client.id, last.inboundId);
    await deleteLogs(trx, rows.map((r) => r.id));
    await reopenUnloggedWorkouts(trx, [...new Set(rows.flatMap((r) => (r.workout_id ? [r.workout_id] : [])))]);
    const plan = await activePlan(trx, client.id);
    if (plan && rows.length) await markPlanInputsChanged(trx, plan.row.id);
    return { undone: rows.length, texts: [...new Set(rows.map((r) => r.raw_text ?? ''))], dates: [...new Set(rows.map((r) => String(r.date).slice(0, 10)))] };
  });
}

/**
 * "no, 185 lb bench": replaces the last logging text's entries with `replacement`, keeping what the
 * correction did not say (the reps and sets of the same lift, the date). One transaction.
 */
export async function correctLastLogs(db: Db, client: ClientRow, replacement: LogEntry[], opts: RecordOptions, replaces?: string): Promise<LogOutcome[]> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const last = await lastLoggedInbound(trx, client.id);
    const previous = last ? await listLogsOfInbound(trx, client.id, last.inboundId) : [];
    // "that was dumbbell bench not barbell": no numbers, so the sets are those of the same movement in the last log.
    // "i meant bench not squat": the lift named after "not" is the one told again, whatever its movement.
    const named = replaces ? previous.filter((r) => storedSetGroupOf(r)?.exerciseId === replaces && !storedSetGroupOf(r)?.stated) : [];
    const retold = (entry: LogEntry) => (entry.kind === 'strength' && entry.groups.length === 0 ? (named.length ? named : sameMovementRows(previous, entry.exerciseId)) : []);
    const merged = replacement.map((entry): LogEntry => {
      const again = retold(entry);
      if (entry.kind === 'strength' && again.length) {
        const date = previous[0]?.date && previous[0].date <= opts.today ? previous[0].date : entry.date;
        return { ...entry, date, groups: again.map(groupOfRow) };
      }
      const old = previous.find((r) => r.kind === 'strength' && entry.kind === 'strength' && (r.details as { exerciseId?: string }).exerciseId === entry.exerciseId);
      // The corrected entry keeps the day of the entry it replaces.
      const date = previous[0]?.date && previous[0].date <= opts.today ? previous[0].date : entry.date;
      if (entry.kind === 'strength' && old) {
        const d = old.details as { sets?: number; reps?: number | null };
        return { ...entry, date, groups: entry.groups.map((g) => ({ ...g, reps: g.reps ?? d.reps ?? null, sets: g.reps === null && d.sets ? d.sets : g.sets })) };
      }
      return { ...entry, date };
    });
    // Replace what the correction is about: the same lift, or the same kind (a run for a run); when nothing
    // matches, the whole last reading was wrong ("Logged 185 mi" corrected to "185 lb bench").
    const about = previous.filter((r) =>
      replacement.some((e) => (e.kind === 'strength' ? r.kind === 'strength' && ((r.details as { exerciseId?: string }).exerciseId === e.exerciseId || retold(e).includes(r)) : r.kind === e.kind)),
    );
    // A variant named with no lift of its movement in the last log: nothing to fix, nothing changed.
    if (merged.some((e) => e.kind === 'strength' && e.groups.length === 0)) return [];
    const wrong = about.length ? about : previous;
    return rewriteLogs(trx, client, wrong.map((r) => r.id), merged, opts);
  }).catch(keptOnDoubt);
}

/**
 * Stored logs replaced by the entries told again. Old entries go first so the known maxes the check compares with do
 * not include the mistake; a correction that is itself unbelievable changes nothing: the transaction rolls back
 * (KeepPrevious, caught by keptOnDoubt) and the old entries stay.
 */
async function rewriteLogs(trx: Db, client: ClientRow, oldIds: readonly string[], entries: LogEntry[], opts: RecordOptions): Promise<LogOutcome[]> {
  await deleteLogs(trx, [...oldIds]);
  const outcomes = await recordIn(trx, client, entries, opts, true);
  if (outcomes.some((o) => o.question !== null)) throw new KeepPrevious(outcomes);
  return outcomes;
}

/** The outcomes of a rewrite rolled back for a question (rewriteLogs); any other error goes on. */
function keptOnDoubt(err: unknown): LogOutcome[] {
  if (err instanceof KeepPrevious) return err.outcomes;
  throw err;
}

/**
 * One number of the last log said again: "sorry meant 185 not 158" (`from` 158, `to` 185), "it was 3x8 not 3x5"
 * (sets and reps: `from` 3 `fromReps` 5, `to` 3 `toReps` 8). `exerciseId`: said of that lift ("bench was 165 not 156").
 */
export interface LogSwap {
  /** Absent: the number is said without the one it replaces ("it was 4 sets"), so `field` says which it is. */
  from?: number;
  to: number;
  /** The number said by its name ("4 sets not 3"): only that one of the lift is swapped. */
  field?: 'sets' | 'reps' | 'load';
  fromReps?: number;
  toReps?: number;
  exerciseId?: string;
}

/**
 * "sorry meant 185 not 158", "that was tues not today": the last logging text's entries told again with the one
 * number or the day changed, everything else as stored; only the entries the change touches are rewritten. Empty
 * when nothing in the last log has that number (nothing changed). One transaction; a retold entry that is not
 * believable keeps the old ones (as correctLastLogs).
 */
export async function retellLastLogs(db: Db, client: ClientRow, change: { swap?: LogSwap; moveTo?: string }, opts: RecordOptions): Promise<LogOutcome[]> {
  return db.transaction().execute(async (trx) => {
    await lockClient(trx, client.id);
    const last = await lastLoggedInbound(trx, client.id);
    const previous = last ? await listLogsOfInbound(trx, client.id, last.inboundId) : [];
    const touched = previous.flatMap((row) => {
      const entry = entryOfRow(row);
      if (!entry) return [];
      if (change.moveTo) return entry.date === change.moveTo ? [] : [{ row, entry: { ...entry, date: change.moveTo } }];
      const swapped = change.swap ? swapEntry(entry, change.swap) : null;
      return swapped ? [{ row, entry: swapped }] : [];
    });
    // "it was 4 sets" of a last log holding several lifts: which one is not said, so nothing is changed on a guess.
    if (change.swap && change.swap.from === undefined && new Set(touched.map((t) => (t.entry.kind === 'strength' ? t.entry.exerciseId : t.entry.kind))).size > 1) return [];
    if (touched.length === 0) return [];
    // The groups of one lift are one entry again, so the echo is one line per lift as when it was logged.
    const entries = touched.reduce<LogEntry[]>((out, { entry }) => {
      const same = entry.kind === 'strength' ? out.find((e) => e.kind === 'strength' && e.exerciseId === entry.exerciseId && e.date === entry.date) : undefined;
      if (same?.kind === 'strength' && entry.kind === 'strength') same.groups.push(...entry.groups);
      else out.push(entry);
      return out;
    }, []);
    return rewriteLogs(trx, client, touched.map((t) => t.row.id), entries, opts);
  }).catch(keptOnDoubt);
}

/** A stored log as the entry that made it (strength, run, done), or null for one that cannot be told again. */
function entryOfRow(row: StoredLog): LogEntry | null {
  const date = String(row.date).slice(0, 10);
  const group = storedSetGroupOf(row);
  if (group && !group.stated) {
    const d = row.details as { exercise?: unknown };
    const name = exerciseById(group.exerciseId)?.name ?? group.exerciseId;
    return { kind: 'strength', date, exerciseId: group.exerciseId, name, written: typeof d.exercise === 'string' ? d.exercise : name, groups: [groupOfRow(row)] };
  }
  const run = storedRunSchema.safeParse(row.details);
  if (row.kind === 'run' && run.success) {
    const r = run.data;
    return { kind: 'run', date, distance: r.distance ?? null, unit: r.unit ?? null, durationSec: r.durationSec ?? null, pace: r.pace ?? null, walked: r.walked ?? false, runKind: r.runKind ?? null };
  }
  const done = storedDoneSchema.safeParse(row.details);
  if (row.kind === 'done' && done.success) return { kind: 'done', date, skippedExerciseIds: done.data.skippedExerciseIds ?? [], note: done.data.note ?? null };
  return null;
}

const storedRunSchema = z.object({
  distance: z.number().nullish(),
  unit: z.enum(['mi', 'km']).nullish(),
  durationSec: z.number().nullish(),
  pace: z.string().nullish(),
  walked: z.boolean().nullish(),
  runKind: z.string().nullish(),
});
const storedDoneSchema = z.object({ skippedExerciseIds: z.array(z.string()).nullish(), note: z.string().nullish() });

/**
 * The entry with the swapped number, or null when it does not hold it: sets and reps together ("3x8 not 3x5"),
 * else the load, then the reps, then the sets of a lift ("185 not 158"), or a run's distance.
 */
function swapEntry(entry: LogEntry, swap: LogSwap): LogEntry | null {
  if (entry.kind === 'strength') {
    if (swap.exerciseId && swap.exerciseId !== entry.exerciseId) return null;
    const g = entry.groups[0]!;
    if (swap.fromReps !== undefined) {
      return g.sets === swap.from && g.reps === swap.fromReps ? { ...entry, groups: [{ ...g, sets: swap.to, reps: swap.toReps ?? g.reps }] } : null;
    }
    if (swap.field) {
      const key = swap.field;
      if (swap.from !== undefined && g[key] !== swap.from) return null;
      return g[key] === swap.to ? null : { ...entry, groups: [{ ...g, [key]: swap.to }] };
    }
    if (g.load === swap.from) return { ...entry, groups: [{ ...g, load: swap.to }] };
    if (g.reps === swap.from) return { ...entry, groups: [{ ...g, reps: swap.to }] };
    if (g.sets === swap.from) return { ...entry, groups: [{ ...g, sets: swap.to }] };
    return null;
  }
  if (entry.kind === 'run' && swap.fromReps === undefined && !swap.field && !swap.exerciseId && entry.distance === swap.from) {
    // A pace said stays the pace; the time is the new distance at it (or the time said stays, at a new pace).
    return { ...entry, distance: swap.to, durationSec: entry.pace ? null : entry.durationSec };
  }
  return null;
}

type StoredLog = Awaited<ReturnType<typeof listLogsOfInbound>>[number];

/**
 * The last log's sets of the lift a variant correction is about: the same movement pattern ("dumbbell bench"
 * for a logged bench press), or, when the last log held one lift only, that lift if it works a muscle in common.
 */
function sameMovementRows(previous: readonly StoredLog[], exerciseId: string): StoredLog[] {
  const strength = previous.filter((r) => { const g = storedSetGroupOf(r); return g !== null && !g.stated; });
  const idOf = (r: StoredLog) => storedSetGroupOf(r)?.exerciseId ?? '';
  const pattern = exerciseById(exerciseId)?.pattern;
  const same = strength.filter((r) => idOf(r) !== exerciseId && exerciseById(idOf(r))?.pattern === pattern);
  if (same.length) return same;
  // One lift only: a misread name ("rows" read for pulldowns) shares a muscle with the one meant; squats are never curls.
  const muscles = new Set(exerciseById(exerciseId)?.primaryMuscles ?? []);
  const only = new Set(strength.map(idOf)).size === 1 && (exerciseById(idOf(strength[0]!))?.primaryMuscles ?? []).some((m) => muscles.has(m));
  return only ? strength : [];
}

function groupOfRow(r: StoredLog): SetEntry {
  const g = storedSetGroupOf(r)!;
  return { sets: g.sets, reps: g.reps, load: g.weight, unit: g.unit, rpe: g.rpe, rir: g.rir };
}

class KeepPrevious extends Error {
  constructor(readonly outcomes: LogOutcome[]) {
    super('correction not believable; previous logs kept');
  }
}

/** Logs between two dates, for progress answers. */
export async function logsBetween(db: Db, clientId: string, from: string, to: string) {
  return listWorkoutLogs(db, clientId, { from, to });
}
