/** The week at a glance: one line per day, within 4 segments. */
import { fitSegments, type MessageLine } from '../../channels/sms-text.js';
import type { WorkoutDay } from '../../engine/workout/workout.js';
import { formatDateLabel, formatDayBrief } from './day-brief.js';
import type { DisplayUnits } from './workout-lines.js';

export interface WeekViewOptions {
  /** First line, e.g. "This week - Week 3 of 5 - accumulation"; defaults to the first day's position. */
  header?: string;
  /** The client's local today: its line is marked so they can find it. */
  today?: string;
  units?: DisplayUnits;
  maxSegments?: number;
}

/**
 * "Mon 11/24: Lower - squat focus (heavy)" for each day, in date order, under a header, GSM-7 and at most
 * 4 segments (the footer goes first, then the header, when a week is long).
 */
export function formatWeek(days: WorkoutDay[], opts: WeekViewOptions = {}): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const position = sorted.find((d) => d.position.trim() !== '')?.position.trim();
  const header = opts.header ?? (position ? `Your week - ${position}:` : 'Your week:');
  const lines: MessageLine[] = [
    { text: header, priority: 8 },
    ...sorted.map((d) => ({
      text: `${formatDateLabel(d.date)}: ${formatDayBrief(d, opts.units)}${d.date === opts.today ? ' <- today' : ''}`,
      priority: 9,
    })),
    { text: 'Text a day (e.g. "thu") for the details.', priority: 1 },
  ];
  return fitSegments(lines, opts.maxSegments ?? 4);
}
