/**
 * Hybrid plans, rule 2 in the lifting: a lifting day next to a key run keeps its legs light (strength/
 * legs-light.ts): the day before a long run, a quality run or the race, and the day after a quality run.
 * The rest of that session (upper body, core) is as planned, so the client lifts on the days they named
 * and still runs the long run and the quality work on fresh legs. The rule reads the race plan's own days,
 * so a week without quality runs (base, taper) keeps its heavy legs. Pure.
 */
import { addDays, isoWeekday } from '../dates.js';
import { HARD_TYPES, isQuality, type DayType } from '../endurance/race-day.js';
import { isHeavyLegWork } from '../strength/legs-light.js';
import { buildStrengthPlan } from '../strength/week.js';
import type { StrengthRequest } from '../strength/request.js';
import type { StrengthDay, StrengthPlan, WeekOverrides } from '../strength/types.js';
import type { RacePlan } from '../endurance/plan.js';
import type { IsoWeekday } from '../vocabulary.js';

/** The race plan's run on a date (null: no run, or outside the plan). */
export type RunTypeOn = (date: string) => DayType | null;

const RUN_WORD: Partial<Record<DayType, string>> = {
  long: 'long run',
  tempo: 'tempo run',
  intervals: 'interval session',
  marathon_pace: 'marathon-pace run',
  race: 'race',
};

/** Why `date`'s legs stay light, or null when no key run is next to it. */
export function lightLegsReason(date: string, runOn: RunTypeOn): string | null {
  const next = runOn(addDays(date, 1));
  if (next && HARD_TYPES.has(next)) return `Legs light today (2 easy sets, 3+ reps in reserve): your ${RUN_WORD[next] ?? 'key run'} is tomorrow.`;
  const prev = runOn(addDays(date, -1));
  if (prev && isQuality(prev)) return `Legs light today (2 easy sets, 3+ reps in reserve): they are still recovering from yesterday's ${RUN_WORD[prev] ?? 'hard run'}.`;
  return null;
}

/**
 * The week overrides that keep `liftDates`' legs light next to key runs, merged into `base` (an
 * adaptation's own notes on a date come first). Dates the base skips are left alone.
 */
export function withLightLegs(base: WeekOverrides, liftDates: readonly string[], runOn: RunTypeOn): WeekOverrides {
  const skip = new Set(base.skipDates ?? []);
  const dates: string[] = [];
  const notes: Record<string, string[]> = { ...(base.notesByDate ?? {}) };
  for (const date of liftDates) {
    if (skip.has(date)) continue;
    const why = lightLegsReason(date, runOn);
    if (!why) continue;
    dates.push(date);
    notes[date] = [...(notes[date] ?? []), why];
  }
  if (!dates.length) return base;
  return { ...base, lightLegsDates: [...(base.lightLegsDates ?? []), ...dates], notesByDate: notes };
}

/** The interference rule checked on built days: heavy leg work next to a key run is an error. */
export function lightLegsErrors(days: readonly StrengthDay[], runOn: RunTypeOn): string[] {
  const errors: string[] = [];
  for (const d of days) {
    if (d.type !== 'training' || !d.exercises.some(isHeavyLegWork)) continue;
    const next = runOn(addDays(d.date, 1));
    const prev = runOn(addDays(d.date, -1));
    if (next && HARD_TYPES.has(next)) errors.push(`${d.date}: heavy leg work the day before a key run (${next})`);
    else if (prev && isQuality(prev)) errors.push(`${d.date}: heavy leg work the day after a quality run (${prev})`);
  }
  return errors;
}

/** A race plan's run types by date (every week built). */
export function runTypesOf(plan: RacePlan): RunTypeOn {
  const runs = new Map(plan.weeks.flatMap((w) => w.days.filter((d) => d.type !== 'rest').map((d) => [d.date, d.type] as const)));
  return (date) => runs.get(date) ?? null;
}

/** A hybrid plan's whole lifting plan as the services build it week by week (program.ts): light legs next to key runs. */
export function hybridStrengthPlan(req: StrengthRequest, runOn: RunTypeOn): StrengthPlan {
  const liftDates: string[] = [];
  for (let i = 0; i < req.weeks * 7; i++) {
    const d = addDays(req.startDate, i);
    if (req.trainingDays.includes(isoWeekday(d) as IsoWeekday)) liftDates.push(d);
  }
  return buildStrengthPlan(req, { overrides: withLightLegs({}, liftDates, runOn) });
}
