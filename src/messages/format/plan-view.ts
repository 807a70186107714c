/**
 * The plan at a glance for "my plan" / "where am I": what it is, where the client is, the phases in order
 * and the race when there is one. Takes a small summary shape so it does not depend on how the plan is
 * stored; the plans service maps its plan to it.
 */
import { fitSegments, type MessageLine } from '../../channels/sms-text.js';
import { formatDateLabel } from './day-brief.js';
import { formatGoal, parseDuration } from '../../engine/endurance/durations.js';

export interface PlanSummary {
  /** "Strength - hypertrophy", "Half marathon plan". */
  title: string;
  startDate: string;
  endDate: string | null;
  totalWeeks: number;
  /** Where the client is: "Build phase, week 6 of 16". */
  position: string;
  /** Phases or mesocycles in order, with their length. */
  phases: { name: string; weeks: number; current: boolean }[];
  race: { name: string; date: string; goal: string | null } | null;
}

function shortDate(iso: string): string {
  // "Mon 11/24" → "11/24": the weekday adds nothing to a date range.
  return formatDateLabel(iso).replace(/^[A-Z][a-z]{2} /, '');
}

/**
 * "Your plan: Half marathon plan, 16 weeks (11/3 - 2/22)." then where they are, the phases
 * ("Base 4 wk > Build 6 wk (now) > ..."), the race, and a pointer to the week view. At most 3 segments.
 */
export function formatPlanSummary(plan: PlanSummary, maxSegments = 3): string {
  const range = plan.endDate ? ` (${shortDate(plan.startDate)} - ${shortDate(plan.endDate)})` : ` (from ${shortDate(plan.startDate)})`;
  const lines: MessageLine[] = [
    { text: `Your plan: ${plan.title}, ${plan.totalWeeks} weeks${range}.`, priority: 10 },
  ];
  if (plan.position.trim()) lines.push({ text: `Now: ${plan.position.trim()}.`, priority: 9 });
  if (plan.phases.length > 0) {
    lines.push({
      text: plan.phases.map((p) => `${p.name} ${p.weeks} wk${p.current ? ' (now)' : ''}`).join(' > '),
      priority: 6,
    });
  }
  if (plan.race) {
    // "goal 1:45" as the runner said it (was "1:45:00"); a stored time that is no clock stays as stored.
    const sec = plan.race.goal ? parseDuration(plan.race.goal) : null;
    const goal = plan.race.goal ? `, goal ${sec ? formatGoal(sec) : plan.race.goal}` : '';
    lines.push({ text: `Race: ${plan.race.name} ${formatDateLabel(plan.race.date)}${goal}.`, priority: 8 });
  }
  lines.push({ text: 'Text "week" for this week or "today" for today.', priority: 2 });
  return fitSegments(lines, maxSegments);
}
