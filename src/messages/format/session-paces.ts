import type { WorkoutDay } from '../../engine/workout/workout.js';
import { formatRunLines } from './workout-lines.js';

/**
 * "what pace for tomorrow?": the paces of that day's session, as its run lines say them (warm-up, main set,
 * cool-down), and a note's paces (strides). `label` names the day ("Tomorrow (Tue 12/1)"); `easy` is the client's
 * easy range, for the parts run by feel. Null when the day has no run (a lifting day): the caller answers the range.
 */
export function formatSessionPaces(day: WorkoutDay, label: string, easy: string): string | null {
  if (!hasRun(day)) return null;
  const lines = formatRunLines(day);
  const parts = [lines.warmup, lines.main, lines.cooldown].filter((l): l is string => l !== null);
  // A note that gives a pace ("strides at about 5:13/mi") is part of the session's paces.
  const paced = day.notes.flatMap((n) => n.split(/(?<=\.)\s+/)).filter((s) => /\d:\d\d\/(?:mi|km)/.test(s));
  return [`${label}: ${day.title}.`, parts.length ? `${parts.join('; ')}.` : '', ...paced, `Easy parts at ${easy}, conversational.`]
    .filter((s) => s !== '')
    .join(' ');
}

/** A day with running in it (a run, or a lifting day with a run part): one whose paces can be told. */
export function hasRun(day: WorkoutDay): boolean {
  return day.kind !== 'rest' && day.items.some((i) => i.kind === 'run');
}

/**
 * "what pace for tomorrow?" when tomorrow has no run: say what the day is (rest, or which lifting session), then the
 * next run's own paces, so the runner hears both what tomorrow holds and the pace they will need next.
 */
export function formatNoRunDay(day: WorkoutDay, label: string, next: { day: WorkoutDay; label: string } | null, easy: string): string {
  const what = day.kind === 'rest' ? `${label} is a rest day: no pace to hit.` : `${label} is a lifting day (${day.title}): no run, so no pace to hit.`;
  const nextPaces = next ? formatSessionPaces(next.day, `Your next run is ${next.label}`, easy) : null;
  return `${what} ${nextPaces ?? `Your next run's easy parts go at ${easy}.`}`;
}
