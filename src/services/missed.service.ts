/**
 * A missed session, decided by the engine's rules (engine/adaptation/missed.ts) against the plan as it stands:
 * the stored days where they exist, the projection for the rest. Read-only: applying the move belongs to the
 * adaptation service (it rebuilds the not-yet-started days).
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { addDays } from '../engine/dates.js';
import { decideMissed, describeMissed, type MissedDecision } from '../engine/adaptation/missed.js';
import { weekNumberFor, weekSpan } from '../engine/program/program.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import type { ActivePlan } from './plans.service.js';
import { loadPlanSchedule } from './plan-schedule.service.js';

export interface MissedSession {
  decision: MissedDecision;
  missed: WorkoutDay;
  /** The client's line, e.g. "Moved Saturday's long run to Sunday: …". */
  line: string;
}

/** The rule's decision for the session planned on `date`, or null when nothing was planned (outside the plan). */
export async function decideMissedSession(db: Db, client: Pick<ClientRow, 'id' | 'status'>, plan: ActivePlan, date: string, today: string): Promise<MissedSession | null> {
  const schedule = await loadPlanSchedule(db, client, plan, today);
  const missed = schedule.days.find((d) => d.date === date);
  const n = weekNumberFor(plan.outline, date);
  if (!missed || n === null) return null;
  const span = weekSpan(plan.outline, n);
  // The week plus a day either side: neighbours decide whether a hard session may land next to them.
  const around = schedule.days.filter((d) => d.date >= addDays(span.startDate, -1) && d.date <= addDays(span.endDate, 1));
  const decision = decideMissed({
    missed: missed.day,
    days: around.map((d) => d.day),
    today,
    weekEnd: span.endDate,
    completed: around.filter((d) => d.status === 'completed' || d.status === 'skipped').map((d) => d.date),
  });
  return { decision, missed: missed.day, line: describeMissed(decision, missed.day) };
}
