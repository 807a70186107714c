/**
 * The week number a client sees. A race plan's weeks are Monday to Sunday, so a plan started mid-week opens
 * with a partial week; a coach calls that lead-in the start day (or start week) and makes the first full week
 * "Week 1 of N", rather than texting "Week 2 of 46" on the first Monday after a Sunday start. Strength plans
 * run 7-day weeks from their start date, so every week is full and the numbers are the plan's own.
 */
import { daysBetween } from '../dates.js';
import type { RaceOutline } from '../endurance/outline.js';

interface WeeksOf {
  weeks: number;
  race: Pick<RaceOutline, 'weeks'> | null;
}

/** True when week 1 is a partial lead-in week (a race plan started after a Monday). */
export function hasLeadIn(outline: WeeksOf): boolean {
  return outline.race?.weeks[0]?.partial === true;
}

/** The number the client sees for plan week `weekNumber`: 0 for a lead-in, else counted from the first full week. */
export function shownWeekNumber(outline: WeeksOf, weekNumber: number): number {
  return hasLeadIn(outline) ? weekNumber - 1 : weekNumber;
}

/** How many full weeks the client is told the plan has. */
export function shownWeekCount(outline: WeeksOf): number {
  return hasLeadIn(outline) ? outline.weeks - 1 : outline.weeks;
}

/**
 * "Week 3 of 45" for a full week; "Start day" / "Start week (4 days)" for a lead-in, naming when week 1
 * begins. `phase` follows a dash: "Week 3 of 45 - base".
 */
export function weekPositionLabel(outline: WeeksOf, weekNumber: number, phase: string): string {
  const n = shownWeekNumber(outline, weekNumber);
  const of = shownWeekCount(outline);
  const tail = phase ? ` - ${phase}` : '';
  if (n > 0) return `Week ${n} of ${of}${tail}`;
  const first = outline.race!.weeks[0]!;
  const days = daysBetween(first.startDate, first.endDate) + 1;
  return `${days === 1 ? 'Start day' : `Start week (${days} days)`}${tail}; week 1 of ${of} starts Monday`;
}
