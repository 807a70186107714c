/**
 * A runner's fitness from what they logged: each run paired with the day it was planned as, read by the
 * engine's rules (engine/adaptation/runs.ts). The week builder uses the VDOT; the log reply uses the notes.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { listWorkoutLogs } from '../db/repositories/logs.repository.js';
import { listPlanWorkouts } from '../db/repositories/plan-schedule.repository.js';
import { sessionClass } from '../engine/adaptation/missed.js';
import { plannedPaceFor, vdotFromRuns, type RunEvidence, type VdotDecision } from '../engine/adaptation/runs.js';
import { METERS_PER_UNIT, paceZones } from '../engine/endurance/vdot.js';
import type { ActivePlan } from './plans.service.js';
import { readWorkoutDay } from './stored-plan-json.js';

interface RunDetails {
  distance?: number | null;
  unit?: 'mi' | 'km' | null;
  pace?: string | null;
  durationSec?: number | null;
  runKind?: string | null;
}

const paceSec = (p: string | null | undefined): number | null => {
  const m = p ? /^(\d{1,2}):(\d{2})$/.exec(p) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** Titles of quality days whose logged average pace can be compared with the plan (not intervals). */
const PACE_COMPARABLE = /^(tempo run|marathon-pace run)/i;

/** The logged runs of the plan up to `upTo`, as evidence for the VDOT rules, in the plan's distance unit. */
export async function runEvidence(db: Db, client: Pick<ClientRow, 'id'>, plan: ActivePlan, upTo: string): Promise<RunEvidence[]> {
  const race = plan.outline.race;
  if (!race) return [];
  const logs = await listWorkoutLogs(db, client.id, { from: plan.outline.startDate, to: upTo });
  // The planned days are read only to pair logged runs with them: a runner who logged none (every new
  // client's first weeks, most of a cold morning) costs no read of the plan's days.
  const paired = logs.some((l) => l.kind === 'run' && l.workout_id);
  const workouts = paired ? await listPlanWorkouts(db, client.id, plan.row.id) : [];
  const byId = new Map(workouts.map((w) => [w.id, w]));
  const units = race.units;
  const zones = paceZones(race.vdot, units);
  const out: RunEvidence[] = [];
  for (const l of logs) {
    if (l.kind !== 'run') continue;
    const d = l.details as RunDetails;
    const dist = d.distance != null ? (d.distance * METERS_PER_UNIT[d.unit ?? units]) / METERS_PER_UNIT[units] : null;
    const logged = d.pace ? convertPace(paceSec(d.pace), d.unit ?? units, units) : dist && d.durationSec ? d.durationSec / dist : null;
    if (d.runKind === 'race') {
      out.push({ date: l.date, kind: 'race', paceSec: logged, distanceMeters: dist !== null ? dist * METERS_PER_UNIT[units] : null, durationSec: d.durationSec ?? (logged && dist ? logged * dist : null) });
      continue;
    }
    const row = l.workout_id ? byId.get(l.workout_id) : undefined;
    const day = row ? readWorkoutDay(row.workout) : null;
    if (!day) {
      out.push({ date: l.date, kind: 'other', paceSec: logged });
      continue;
    }
    const cls = sessionClass(day);
    const kind = cls === 'easy_run' ? 'easy' : cls === 'long_run' ? 'long' : cls === 'quality_run' && PACE_COMPARABLE.test(day.title) ? 'quality' : 'other';
    // The work alone ("tempo 3 mi at 8:55") is held to the work's pace, a whole session to its average.
    out.push({ date: l.date, kind, paceSec: logged, plannedPaceSec: kind === 'quality' ? (plannedPaceFor(day, zones, dist)?.targetSec ?? null) : null });
  }
  return out;
}

function convertPace(sec: number | null, from: 'mi' | 'km', to: 'mi' | 'km'): number | null {
  if (sec === null) return null;
  // Seconds per `from` unit → per `to` unit: a mile is 1.609 km, so a pace per mile is 1.609 × the pace per km.
  return from === to ? sec : sec * (METERS_PER_UNIT[to] / METERS_PER_UNIT[from]);
}

/** The runner's VDOT by the rules, from the plan's and the runs logged up to `upTo`. */
export async function runnerVdot(db: Db, client: Pick<ClientRow, 'id'>, plan: ActivePlan, upTo: string): Promise<VdotDecision | null> {
  if (!plan.outline.race) return null;
  return vdotFromRuns({ current: plan.outline.race.vdot, runs: await runEvidence(db, client, plan, upTo), today: upTo });
}
