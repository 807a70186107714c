/**
 * Breaks that move a strength plan's calendar. The rule (a coach repeats rather than jumps ahead):
 *  - a pause, once closed by "resume", holds the plan for its length;
 *  - an illness or break of LONG_BREAK_DAYS (14) days or more does too: the client re-enters at the
 *    position where the break began (the engine's re-entry week at ~70% makes the first week back easier)
 *    and the plan's end moves later by the same amount.
 * Only whole weeks move the plan (a Mon/Wed/Fri lifter keeps their weekdays); a shorter break leaves it where
 * it is. Race plans never move: the race date does not.
 *
 * What clients report is dated on the calendar; weeks are built on the plan's own dates. `onPlanCalendar`
 * moves each report by the shift in force just after it, so a trip or a re-entry after a break lands on
 * the plan days the client will actually do.
 */
import { z } from 'zod';
import { addDays, daysBetween } from '../engine/dates.js';
import { lastDay, LONG_BREAK_DAYS, type AdaptationInput, type SorenessInput } from '../engine/adaptation/index.js';

export interface BreakRow {
  type: string;
  effective_from: string;
  effective_to: string | null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const breakRowSchema = z.object({ type: z.string(), effective_from: isoDate, effective_to: isoDate.nullable() });

/** Break rows read back as JSON (the dashboard's aggregate); a row of another shape is left out. */
export function readBreakRows(value: unknown): BreakRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = breakRowSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Calendar days of closed breaks that end on or before `date` (pauses end on the resume day; illness the day after its last day). */
export function breakDaysBefore(rows: readonly BreakRow[], date: string): number {
  let days = 0;
  for (const a of rows) {
    if (!a.effective_to) continue;
    if (a.type === 'pause' && a.effective_to <= date) days += Math.max(0, daysBetween(a.effective_from, a.effective_to));
    if (a.type === 'illness_note') {
      const length = daysBetween(a.effective_from, a.effective_to) + 1;
      if (length >= LONG_BREAK_DAYS && addDays(a.effective_to, 1) <= date) days += length;
    }
  }
  return days;
}

/** Whole weeks only: shifting by days would move a Mon/Wed/Fri lifter's sessions onto other weekdays. */
export function wholeWeeks(days: number): number {
  return Math.floor(days / 7) * 7;
}

/**
 * The reports and soreness, with their dates moved onto the plan's own calendar (see the file comment), for
 * a week built while the plan is moved by `buildShift` days: each report moves by the shift in force just
 * after it, at most `buildShift` (a week built during a break still sees the break's sick days where they fall).
 */
export function onPlanCalendar(adaptations: AdaptationInput[], soreness: SorenessInput[], rows: readonly BreakRow[], buildShift: number): { adaptations: AdaptationInput[]; soreness: SorenessInput[] } {
  if (buildShift === 0) return { adaptations, soreness };
  const shiftAt = (d: string) => Math.min(buildShift, wholeWeeks(breakDaysBefore(rows, d)));
  const move = (d: string, by: number) => (by ? addDays(d, -by) : d);
  return {
    adaptations: adaptations.map((a) => {
      const end = lastDay(a);
      const by = shiftAt(end ? addDays(end, 1) : a.from);
      if (!by) return a;
      const moved = { ...a, from: move(a.from, by) };
      return 'to' in a && a.to != null ? ({ ...moved, to: move(a.to, by) } as AdaptationInput) : (moved as AdaptationInput);
    }),
    soreness: soreness.map((s) => ({ ...s, date: move(s.date, shiftAt(s.date)) })),
  };
}
