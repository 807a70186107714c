/**
 * The adaptation module's entry point for services: one plan week built with the client's adaptations in
 * force, and the changes they made compared with the same week without them. Pure and deterministic.
 *
 *   const { week, changes } = adaptedWeek(request, outline, n, weekInputs, ctx, settled);
 *
 * `ctx` is what the client reported (inputs.ts); `settled` is the dates that can no longer change (done,
 * logged or past): soreness cuts skip them. Logs and maxes reach the engines through `weekInputs` as before.
 */
import { addDays } from '../dates.js';
import { programWeek, workoutFor, type PlanOutline, type PlanRequest, type ProgramWeek, type WeekInputs } from '../program/program.js';
import type { WorkoutDay } from '../workout/workout.js';
import { changesBetween, type Cause, type PlanChange } from './changes.js';
import type { AdaptationContext } from './inputs.js';
import { adaptRaceWeek } from './race-days.js';
import { datesFrom, strengthOverrides } from './strength-overrides.js';
import { requestForWeek } from '../strength/request.js';

/**
 * Bumped whenever a rule here (or an engine fix) changes what a week looks like: stored weeks built by an
 * older version are rebuilt (their not-yet-done days) the next time they are read.
 */
// 2 (issue 13): base hold before a far race, start-day position lines, marathon effort by feel on estimated
// fitness, a small week keeps its long-run day, a hotel day within the minutes asked.
// 3: a too-light dumbbell or bell gets a harder variation or a slow tempo, never a set past 15-20 reps
// (strength/load-cap.ts); floor press and barbell glute bridge for a gym without a bench.
// 4: a heart condition told by a runner makes tempo, interval and race-pace runs easy (adaptation/race-days.ts);
// no run passes a long run held at its cap (endurance/allocate.ts).
// 5: a week reaching into the race window keeps hard running within 20 % of what it really holds, and its
// lone day before the window is an easy run, not a long run cut under the recovery minimum (endurance/week.ts);
// a marathon under 12 weeks (half under 8) caps the long run at 16 mi (11) and says the runway is short; a base
// before a far race builds (up to 3 % a load week, to 1.25 x the start or the entry volume) with hill sprints;
// before a meet the competition lifts stay through the limitations the lifter came with (strength/selection.ts);
// an easy logged set within its reps-in-reserve error no longer lowers a known max (strength/known-maxes.ts);
// owned bells and dumbbells, one-lift load limits and the 60+ rules (lifter4).
// 6: an eased run's note says the pace on its laps ("Keep it at 9:29/mi or slower", was the slow end, 9:56).
export const ADAPTATION_ENGINE_VERSION = 6;

export function hasAdaptations(ctx: AdaptationContext): boolean {
  return ctx.adaptations.length > 0 || ctx.soreness.length > 0;
}

/** Every date's workout in a built week (rest days included). */
export function daysOf(outline: PlanOutline, week: ProgramWeek): Map<string, WorkoutDay> {
  const out = new Map<string, WorkoutDay>();
  for (const d of datesFrom(week.startDate, week.endDate)) {
    const w = workoutFor(outline, week, d);
    if (w) out.set(d, w);
  }
  return out;
}

export function adaptedWeek(
  req: PlanRequest,
  outline: PlanOutline,
  weekNumber: number,
  inputs: WeekInputs,
  ctx: AdaptationContext,
  settled: ReadonlySet<string> = new Set(),
): { week: ProgramWeek; base: ProgramWeek; changes: PlanChange[] } {
  const base = programWeek(req, outline, weekNumber, inputs);
  if (!hasAdaptations(ctx)) return { week: base, base, changes: [] };
  const causes: Cause[] = [];
  let week = base;

  // Days told ahead ("from january only tue and thu"): a week from then is adapted on its own days.
  const sreq = req.kind === 'strength' ? requestForWeek(req, base.startDate) : req.kind === 'hybrid' ? req.strength : null;
  if (sreq && base.strength) {
    // Hybrid strength weeks run from the strength plan's own start: cover a few days either side.
    const dates = datesFrom(addDays(base.startDate, -7), addDays(base.endDate, 7));
    const planned = new Map(base.strength.days.map((d) => [d.date, d.exercises.flatMap((e) => e.muscles)]));
    // A lift eased for a while is picked out week by week: a caution that ended before this week leaves it as planned.
    const own = { ...ctx, adaptations: ctx.adaptations.filter((a) => !(a.kind === 'exclude' && a.to && a.to < base.strength!.startDate)) };
    const s = strengthOverrides(sreq, dates, own, settled, (d) => planned.get(d) ?? null);
    if (Object.keys(s.overrides).length) {
      week = programWeek(req, outline, weekNumber, { ...inputs, strength: { ...inputs.strength, overrides: s.overrides } });
      const own = new Set(datesFrom(week.strength!.startDate, week.strength!.endDate));
      causes.push(...s.causes.map((c) => ({ ...c, dates: c.dates.filter((d) => own.has(d)) })));
    }
  }
  if (outline.race && week.race) {
    const r = adaptRaceWeek(week.race, outline.race, ctx, settled);
    week = { ...week, race: r.week };
    causes.push(...r.causes);
  }
  return { week, base, changes: changesBetween(causes, daysOf(outline, base), daysOf(outline, week)) };
}
