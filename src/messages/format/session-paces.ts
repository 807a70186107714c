import type { WorkoutDay } from '../../engine/workout/workout.js';
import { formatRunLines } from './workout-lines.js';

/**
 * "what pace for tomorrow?": the paces of that day's session, as its run lines say them (warm-up, main set,
 * cool-down), and a note's paces (strides). `label` names the day ("Tomorrow (Tue 12/1)"); `easy` is the client's
 * easy range, for the parts run by feel. Null when the day has no run (a lifting day): the caller answers the range.
 */
export function formatSessionPaces(day: WorkoutDay, label: string, easy: string): string | null {
  if (day.kind === 'rest') return `${label} is a rest day: no pace to hit. Your next run's easy parts go at ${easy}.`;
  if (!day.items.some((i) => i.kind === 'run')) return null;
  const lines = formatRunLines(day);
  const parts = [lines.warmup, lines.main, lines.cooldown].filter((l): l is string => l !== null);
  // A note that gives a pace ("strides at about 5:13/mi") is part of the session's paces.
  const paced = day.notes.flatMap((n) => n.split(/(?<=\.)\s+/)).filter((s) => /\d:\d\d\/(?:mi|km)/.test(s));
  return [`${label}: ${day.title}.`, parts.length ? `${parts.join('; ')}.` : '', ...paced, `Easy parts at ${easy}, conversational.`]
    .filter((s) => s !== '')
    .join(' ');
}
