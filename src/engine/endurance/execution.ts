/**
 * What the runner actually did last week, and how it changes the week being generated.
 *
 * Rules:
 *  - Missed runs (fewer days than planned, or under 90 % of the planned volume): no progression. The week
 *    is capped at last week's planned level and at 110 % of what was actually run (never below half of the
 *    planned level, so a sick week is a step back, not a restart).
 *  - Everything done: at most 10 % over what was actually run (so a week run at 92 % of plan doesn't earn a
 *    full step), except after a cutback week, whose recovery returns to the planned level.
 *  - Easy runs faster than the fast end of easy (by 5 s or more): paces stay; the runner is told to keep
 *    easy days easy. Easy-day speed is never evidence of fitness in this model.
 *  - Quality sessions at least 4 s per unit faster than planned with ≥ 90 % of runs done: VDOT rises to
 *    match the faster threshold pace, by at most 1 point per regeneration (Daniels raises VDOT in small
 *    steps, after several weeks of the new paces feeling easy).
 *  - Notes mentioning pain, injury or illness: no quality sessions this week.
 */

import type { DistanceUnit } from '../workout/workout.js';
import { formatPace } from './durations.js';
import type { RaceOutline } from './outline.js';
import { floorTenth, toHundredths } from './units.js';
import { weekdayShort } from '../dates.js';
import type { Hundredths } from './units.js';
import { paceZones, roundVdot, vdotForThresholdPace } from './vdot.js';

export interface WeekExecution {
  weekNumber: number;
  completedDays: number;
  plannedDays: number;
  /** Volume actually run, in the plan's unit. */
  actualVolume: number;
  /** Average pace of easy runs (seconds per unit). */
  easyPaceSecPerUnit?: number | null;
  /** Average difference from the planned pace on quality work (negative = faster than planned). */
  qualityPaceDeltaSec?: number | null;
  notes?: string[];
  /**
   * Planned run days of that week with nothing logged at all (no run, no "done", no "skipped"): not known to be
   * missed. The week still holds (the safe side) but the runner is asked about them (UNLOGGED_QUESTION).
   */
  unloggedDates?: string[];
}

export interface ExecutionEffect {
  /** Cap on this week's training volume (hundredths), or null. */
  volumeCap: Hundredths | null;
  vdot: number;
  keepEasy: boolean;
  noQuality: boolean;
  changes: string[];
  /** The runner's line when missed runs held the week back: the cut is told, and how to undo it. */
  held?: string;
}

const EASE_OFF = /\b(pain|painful|injur\w*|hurt\w*|sick|ill|illness|flu|covid|niggle)\b/i;

const fmt = (h: Hundredths) => String(h / 100);

/** The week's held line (ExecutionEffect.held), which the morning text keeps whole before the day (daily-message.ts). */
export const HELD_LINE = /^(?:I have \d+ of \d+ runs logged last week|Last week you ran \d+ of \d+ runs)\b/;

/** "Wed", "Wed and Fri", "Wed, Fri and Sun". */
function dayList(dates: readonly string[]): string {
  const names = dates.map(weekdayShort);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

export function applyExecution(outline: RaceOutline, weekNumber: number, vdot: number, exec?: WeekExecution): ExecutionEffect {
  const effect: ExecutionEffect = { volumeCap: null, vdot, keepEasy: false, noQuality: false, changes: [] };
  if (!exec) return effect;
  const u: DistanceUnit = outline.units;
  if (exec.weekNumber !== weekNumber - 1) {
    effect.changes.push(`Execution of week ${exec.weekNumber} ignored: only week ${weekNumber - 1} adjusts week ${weekNumber}.`);
    return effect;
  }
  const prev = outline.weeks[exec.weekNumber - 1];
  if (!prev) return effect;
  const planned = toHundredths(prev.targetVolume);
  const level = toHundredths(prev.level);
  const actual = toHundredths(Math.max(0, exec.actualVolume));
  // A partial first week is judged against its share, then scaled to a full week.
  const actualFull = prev.partial && planned > 0 ? Math.round((actual * level) / planned) : actual;
  const base = prev.partial ? level : planned;
  const missed = exec.completedDays < exec.plannedDays || actual < planned * 0.9;
  const runs = `${exec.completedDays} of ${exec.plannedDays} runs, ${exec.actualVolume} of ${prev.targetVolume} ${u}`;
  if (missed) {
    effect.volumeCap = floorTenth(Math.min(base, Math.max(actualFull * 1.1, base * 0.5)));
    effect.changes.push(`Week ${exec.weekNumber}: ${runs}. No step up this week: volume capped at ${fmt(effect.volumeCap)} ${u}.`);
    // A reply to every text is optional, so runs not logged are not known to be missed: the week holds (an
    // overload after a short week risks more than one held week), and the runner is asked, with a one-word
    // answer (YES: ran them as planned) that rebuilds it. Without a line the runner only saw shorter runs (a 20
    // mi/week runner was given 10 mi with no word of why), and without the question the cut was a presumption.
    const thisWeek = outline.weeks[weekNumber - 1];
    const cut = thisWeek ? `this week is ${fmt(effect.volumeCap)} ${u}, not ${thisWeek.targetVolume}` : `this week holds at ${fmt(effect.volumeCap)} ${u}`;
    const unlogged = exec.unloggedDates ?? [];
    if (!thisWeek || effect.volumeCap < toHundredths(thisWeek.targetVolume)) {
      effect.held = unlogged.length
        ? `I have ${exec.completedDays} of ${exec.plannedDays} runs logged last week (${exec.actualVolume} of ${prev.targetVolume} ${u}). Did you run ${dayList(unlogged)} too? ` +
          `Reply YES if you ran ${unlogged.length > 1 ? 'them' : 'it'} as planned, or text what you ran (e.g. "ran 5 on ${weekdayShort(unlogged[0]!).toLowerCase()}"). Till then ${cut}, the safe side.`
        : `Last week you ran ${exec.completedDays} of ${exec.plannedDays} runs (${exec.actualVolume} of ${prev.targetVolume} ${u}), so ${cut}: a step back before building again.`;
    }
  } else if (!prev.cutback && actualFull < base) {
    effect.volumeCap = floorTenth(actualFull * 1.1);
  }

  const zones = paceZones(vdot, u);
  if (exec.easyPaceSecPerUnit != null && exec.easyPaceSecPerUnit < zones.easy.min - 5) {
    effect.keepEasy = true;
    effect.changes.push(
      `Easy runs averaged ${formatPace(exec.easyPaceSecPerUnit)}/${u}, faster than easy (${formatPace(zones.easy.min)}–${formatPace(zones.easy.max)}): paces unchanged, keep easy days easy.`,
    );
  }
  const completion = exec.plannedDays > 0 ? exec.completedDays / exec.plannedDays : 0;
  const delta = exec.qualityPaceDeltaSec;
  if (delta != null && delta <= -4 && completion >= 0.9) {
    const target = vdotForThresholdPace(zones.threshold + delta, u);
    const next = roundVdot(Math.min(vdot + 1, Math.max(vdot, target)));
    if (next > vdot) {
      effect.vdot = next;
      const t2 = paceZones(next, u).threshold;
      effect.changes.push(
        `Quality work ran ${Math.abs(delta)} s/${u} faster than planned: VDOT ${vdot} → ${next}, threshold ${formatPace(zones.threshold)} → ${formatPace(t2)}/${u}.`,
      );
    }
  } else if (delta != null && delta >= 8) {
    effect.changes.push(`Quality work ran ${delta} s/${u} slower than planned: paces held, not lowered on one week.`);
  }
  const worry = (exec.notes ?? []).find((n) => EASE_OFF.test(n));
  if (worry) {
    effect.noQuality = true;
    effect.changes.push(`Note "${worry}": no hard sessions this week, easy running only.`);
  }
  return effect;
}
