/**
 * The plan in a few SMS lines.
 */

import { formatDuration } from './durations.js';
import type { RaceOutline } from './outline.js';

/**
 * 1–3 short lines: the race and plan length with its phases, fitness (VDOT, predicted time), and the goal
 * note when the goal is far from the prediction.
 */
export function summarizeRacePlan(outline: RaceOutline): string {
  const phases = outline.phases.map((p) => `${p.name} ${p.weekCount}`).join(', ');
  const lines = [
    `${outline.totalWeeks}-week ${outline.raceName} plan to ${outline.raceDate}: ${phases}.`,
    `VDOT ${outline.vdot}: predicted ${formatDuration(outline.racePrediction)}. ${outline.startVolume} to ${outline.peakVolume} ${outline.units}/week.`,
  ];
  if (outline.goal?.note) lines.push(outline.goal.note);
  return lines.join('\n');
}
