/**
 * "Week 5 of 12 - accumulation" / "Week 6 of 16 - build (cutback)" for a plan date, from the slices of a
 * stored outline the dashboard selects (see coach-dashboard.repository). Stored JSON is read field by field.
 */
import { daysBetween } from '../engine/dates.js';
import { formatDateLabel } from '../messages/format/day-brief.js';
import type { PlanOutline } from '../engine/program/program.js';

export interface OutlinePositionSlices {
  startDate?: unknown;
  weeks?: unknown;
  weekTable?: unknown;
  raceWeeks?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function outlineSlices(outline: PlanOutline): OutlinePositionSlices {
  return { startDate: outline.startDate, weeks: outline.weeks, weekTable: outline.strength?.weekTable, raceWeeks: outline.race?.weeks };
}

export interface PlanPositionLabel {
  weekNumber: number | null;
  label: string;
}

export function planPositionLabel(slices: unknown, planDate: string): PlanPositionLabel {
  if (!isObject(slices)) return { weekNumber: null, label: '' };
  const s = slices as OutlinePositionSlices;
  const start = typeof s.startDate === 'string' ? s.startDate : null;
  const weeks = typeof s.weeks === 'number' ? s.weeks : null;
  if (!start || !weeks) return { weekNumber: null, label: '' };
  if (planDate < start) return { weekNumber: null, label: `Starts ${formatDateLabel(start)}` };

  if (Array.isArray(s.raceWeeks)) {
    const index = s.raceWeeks.findIndex((w) => isObject(w) && typeof w.startDate === 'string' && typeof w.endDate === 'string' && planDate >= w.startDate && planDate <= w.endDate);
    if (index < 0) return { weekNumber: null, label: 'Plan finished' };
    const w = s.raceWeeks[index] as Record<string, unknown>;
    const phase = typeof w.phase === 'string' ? w.phase : '';
    // A mid-week start's lead-in is the start week; the first full week is week 1 (engine/program/week-position).
    const lead = isObject(s.raceWeeks[0]) && s.raceWeeks[0].partial === true;
    const n = lead ? index : index + 1;
    const label = n === 0 ? `Start week - ${phase}` : `Week ${n} of ${lead ? weeks - 1 : weeks} - ${phase}${w.cutback === true ? ' (cutback)' : ''}`;
    return { weekNumber: index + 1, label };
  }

  const n = Math.floor(daysBetween(start, planDate) / 7) + 1;
  if (n > weeks) return { weekNumber: null, label: 'Plan finished' };
  const row = Array.isArray(s.weekTable) ? s.weekTable[n - 1] : undefined;
  const block = isObject(row) && typeof row.blockType === 'string' ? ` - ${row.blockType}` : '';
  return { weekNumber: n, label: `Week ${n} of ${weeks}${block}` };
}
