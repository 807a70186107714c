/**
 * After a logged set or a stated max: where the new number shows up next. The log has bumped the plan's input
 * revision, so reading the coming days rebuilds their weeks (plans.service getOrCreateWeek: days not yet
 * started follow the new estimated 1RM) and the reply can name the next load.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { weekdayName } from '../engine/adaptation/missed.js';
import { addDays } from '../engine/dates.js';
import { derivedFrom, exerciseById, nameMidSentence } from '../engine/strength/index.js';
import { loadIsPerDumbbell } from '../engine/strength/one-dumbbell.js';
import type { LiftItem } from '../engine/workout/workout.js';
import { activePlan, workoutOn, type ActivePlan } from './plans.service.js';
import { logsBetween } from './logs.service.js';
import { storedSetGroupOf } from './stored-log-json.js';
import { readStoredWorkoutDay } from './stored-plan-json.js';
import { findClientWorkouts, insertRecordedWeeksAndDays, listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { deferredWrites, deferringWrites, noDeferredWrites, writingNow, type DeferredWrites } from '../db/batch-writes.js';
import { emptyBatchReads, readsOn } from '../db/batch-reads.js';

/** How far ahead the reply looks for the lift's next session. */
const LOOKAHEAD_DAYS = 7;

/** The days a logged lift's reply reads: the day logged (today) and the days its next load is looked for. */
export function nextLoadDays(today: string): string[] {
  return Array.from({ length: LOOKAHEAD_DAYS + 1 }, (_, k) => addDays(today, k));
}

/**
 * One line per lift (in the order given) that appears, itself or a lift estimated from it, with a load in the
 * next LOOKAHEAD_DAYS days: "Tuesday's back squat is now 3x6-8 at 205 lb.", or "stays 3x6-8 at 200 lb." when
 * the day the client already saw keeps its prescription.
 */
export async function nextLoadLines(db: Db, client: ClientRow, exerciseIds: readonly string[], today: string): Promise<string[]> {
  // Inside a batch that already holds its writes (or when asked to write each day at once), as they come.
  if (deferredWrites()) return linesFor(db, client, exerciseIds, today);
  // The days looked through that were not stored yet (3-5 on a client's first lift of the week) are stored
  // together in one statement after the look, not one insert each; their weeks are stored as met. A day
  // another turn stored meanwhile wins (on conflict do nothing): then the look is made again the ordinary way,
  // from the stored days, so the reply names what is kept.
  const held: DeferredWrites = { ...noDeferredWrites(), weeksNow: true };
  const lines = await deferringWrites(held, () => linesFor(db, client, exerciseIds, today));
  if (!held.workouts.length) return lines;
  const landed = await insertRecordedWeeksAndDays(db, [], held.workouts);
  if (held.workouts.every((w) => landed.has(w.id))) return lines;
  return writingNow(() => linesFor(db, client, exerciseIds, today));
}

async function linesFor(db: Db, client: ClientRow, exerciseIds: readonly string[], today: string): Promise<string[]> {
  const ids = [...new Set(exerciseIds)];
  if (!ids.length) return [];
  // Read fresh: the plan row's input revision changed with the log, and that is what makes weeks rebuild.
  const plan = await activePlan(db, client.id);
  if (!plan) return [];
  const found = new Map<string, string>();
  // The days as the client last saw them, read in one statement before workoutOn rebuilds them from the new
  // numbers, and handed to workoutOn as its first read of each (db/batch-reads readsOn), with the plan's notes
  // (which a rebuild never writes): was a read of each day twice and of the notes once per day, ~5 a day.
  const dates = Array.from({ length: LOOKAHEAD_DAYS }, (_, k) => addDays(today, k + 1));
  const [rows, adaptations] = await Promise.all([findClientWorkouts(db, client.id, dates), listPlanAdaptations(db, plan.row.id)]);
  const reads = emptyBatchReads();
  reads.adaptations.set(plan.row.id, adaptations);
  const shownOn = new Map(rows.map((r) => [r.date, r]));
  for (const date of dates) reads.workouts.set(`${client.id}|${date}`, shownOn.get(date) ?? null);
  const on = readsOn(db, reads);
  for (let i = 1; i <= LOOKAHEAD_DAYS && found.size < ids.length; i++) {
    const date = addDays(today, i);
    const shown = shownOn.get(date);
    const before = shown && shown.plan_id === plan.row.id ? readStoredWorkoutDay(shown) : null;
    const r = await workoutOn(on, client, plan, date, today);
    if (r.kind !== 'workout' || r.status !== 'scheduled') continue;
    for (const id of ids) {
      if (found.has(id)) continue;
      const family = new Set([id, ...derivedFrom(id)]);
      const lift = r.day.items.find((it): it is LiftItem => it.kind === 'lift' && family.has(it.exerciseId) && it.load !== null);
      if (lift) {
        const when = i === 1 ? "Tomorrow's" : `${weekdayName(date)}'s`;
        const each = loadIsPerDumbbell(lift.exerciseId) ? ' per dumbbell' : '';
        const was = before?.items.find((it): it is LiftItem => it.kind === 'lift' && it.exerciseId === lift.exerciseId);
        // A log that leaves the prescription as it was does not say it changed.
        const verb = was && was.load === lift.load && was.unit === lift.unit && was.sets === lift.sets && was.reps === lift.reps ? 'stays' : 'is now';
        found.set(id, `${when} ${nameMidSentence(lift.name)} ${verb} ${lift.sets}x${lift.reps} at ${lift.load} ${lift.unit}${each}.`);
      }
    }
  }
  // Two lifts logged may point at the same next lift ("bench" and "incline db" both at Thursday's incline press): once.
  return [...new Set(ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : [])))];
}

/** A lift's next scheduled session: the day and the prescribed item (today's counts while it is not done). */
export interface NextLiftSession {
  date: string;
  lift: LiftItem;
}

/** The scheduled sessions' lifts from `start` (its first `skip` days passed over) to LOOKAHEAD_DAYS after it, day by day. */
async function* scheduledLifts(db: Db, client: ClientRow, plan: ActivePlan, start: string, today: string, skip = 0): AsyncGenerator<{ date: string; lifts: LiftItem[] }> {
  for (let i = skip; i <= LOOKAHEAD_DAYS; i++) {
    const date = addDays(start, i);
    const r = await workoutOn(db, client, plan, date, today);
    if (r.kind === 'workout' && r.status === 'scheduled') yield { date, lifts: r.day.items.filter((it): it is LiftItem => it.kind === 'lift') };
  }
}

/** The next scheduled session within LOOKAHEAD_DAYS (today first) with a lift that `matches`, and that lift. */
export async function nextSessionWith(db: Db, client: ClientRow, today: string, matches: (lift: LiftItem) => boolean): Promise<NextLiftSession | null> {
  const plan = await activePlan(db, client.id);
  if (!plan) return null;
  for await (const { date, lifts } of scheduledLifts(db, client, plan, today, today)) {
    const lift = lifts.find(matches);
    if (lift) return { date, lift };
  }
  return null;
}

/**
 * The next session within LOOKAHEAD_DAYS (today first) that prescribes the lift ("why is my squat so light?"
 * asks about the squat the client is about to do), else one whose load is estimated from it (a split squat
 * for the squat), or null.
 */
export async function nextLiftSession(db: Db, client: ClientRow, exerciseId: string, today: string, from?: string, fromDayOnly = true): Promise<NextLiftSession | null> {
  const plan = await activePlan(db, client.id);
  if (!plan) return null;
  const family = new Set([exerciseId, ...derivedFrom(exerciseId)]);
  // Logged today already: the question is about the next one, which the log's numbers set.
  const doneToday = (await logsBetween(db, client.id, today, today)).some((l) => family.has(storedSetGroupOf(l)?.exerciseId ?? ''));
  let related: NextLiftSession | null = null;
  // A day named ("on wednesday") starts the search there; today is skipped once its lift is logged.
  const start = from !== undefined && from > today ? from : today;
  for await (const day of scheduledLifts(db, client, plan, start, today, start === today && doneToday ? 1 : 0)) {
    const date = day.date;
    const lifts = day.lifts.filter((it) => family.has(it.exerciseId));
    const same = lifts.find((it) => it.exerciseId === exerciseId);
    if (same) return { date, lift: same };
    // The day asked about ("squat on wednesday") answers with its own variation before a later day's lift.
    // "next week" starts the search without naming a day: its own lift wherever it comes first.
    if (from !== undefined && fromDayOnly && date === from && lifts[0]) return { date, lift: lifts[0] };
    related ??= lifts[0] ? { date, lift: lifts[0] } : null;
  }
  return related;
}
