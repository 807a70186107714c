import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import { addDays, daysBetween } from '../engine/dates.js';
import { weekSpan } from '../engine/program/program.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import { activePlan, localToday, type ActivePlan } from './plans.service.js';
import { loadPlanSchedule, type PlanSchedule, type ScheduledDay } from './plan-schedule.service.js';
import { planCharts, type PlanChart } from './plan-chart.js';
import { outlineSlices, planPositionLabel, type PlanPositionLabel } from './plan-position.js';

export interface PlanView {
  plan: ActivePlan;
  title: string;
  position: PlanPositionLabel;
  charts: PlanChart[];
  /** The days of the plan week today falls in (the first week before the plan starts). */
  thisWeek: ScheduledDay[];
  today: string;
  schedule: PlanSchedule;
  /** What the engine changed in weeks already built (a race week adapting to the week before). */
  weekChanges: Array<{ weekNumber: number; changes: string[] }>;
}

const GOALS: Record<string, string> = {
  strength: 'strength',
  hypertrophy: 'muscle',
  fat_loss: 'fat loss',
  general_fitness: 'general fitness',
  power: 'power',
  muscular_endurance: 'muscular endurance',
};

export function planTitle(plan: ActivePlan): string {
  const o = plan.outline;
  if (o.race) {
    const plus = o.strength ? ' plus lifting' : '';
    return `${o.weeks}-week plan to ${o.race.raceName} on ${formatDateLabel(o.race.raceDate)}${plus}`;
  }
  const goal = o.strength ? (GOALS[o.strength.goal] ?? o.strength.goal) : '';
  return `${o.weeks}-week ${goal ? `${goal} ` : ''}lifting plan`;
}

/** Everything the plan page and the coach's client page show about a plan. Stores nothing. */
export async function planView(deps: Pick<AppDeps, 'db' | 'now'>, client: ClientRow): Promise<PlanView | null> {
  const plan = await activePlan(deps.db, client.id);
  if (!plan) return null;
  const today = localToday(client, deps.now());
  const schedule = await loadPlanSchedule(deps.db, client, plan, today);
  // The plan's own week (strength weeks run from the start weekday, race weeks Monday to Sunday), in
  // calendar dates: moved forward again by the pauses that moved today back.
  const weekNumber = schedule.currentWeek ?? (today < plan.outline.startDate ? 1 : null);
  let thisWeek: ScheduledDay[] = [];
  if (weekNumber !== null) {
    const span = weekSpan(plan.outline, weekNumber);
    const shift = daysBetween(schedule.planDateToday, today);
    const from = addDays(span.startDate, shift);
    const to = addDays(span.endDate, shift);
    thisWeek = schedule.days.filter((d) => d.date >= from && d.date <= to);
  }
  const charts = planCharts(plan.outline, (n) => schedule.weeks.get(n)?.week, schedule.currentWeek);
  const position = planPositionLabel(outlineSlices(plan.outline), schedule.planDateToday);
  const weekChanges = [...schedule.weeks.entries()]
    .filter(([, w]) => w.built)
    .map(([weekNumber, w]) => ({ weekNumber, changes: (w.week.race?.changes ?? []).filter((c) => typeof c === 'string' && c.trim() !== '') }))
    .filter((w) => w.changes.length > 0);
  return { plan, title: planTitle(plan), position, charts, thisWeek, today, schedule, weekChanges };
}
