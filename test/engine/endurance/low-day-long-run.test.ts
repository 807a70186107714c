/**
 * The long run on few run days (volume.ts planVolumes): a marathoner on 3 or 4 days carries what the easy days
 * cannot on the long run, so a week that grew faster than the long run may grow made it jump (11.5 → 16 mi in
 * one week for a 30 mi/week runner on 3 days). The week now grows only as far as a long run one step (2 mi)
 * longer than the last load week's lets it, and the plan still builds to a real marathon long run.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import type { RacePlan } from '../../../src/engine/endurance/index.js';
import { runnerRequest } from '../../../src/engine/program/personas.js';
import type { IsoWeekday } from '../../../src/engine/vocabulary.js';

const DAYS: Record<number, IsoWeekday[]> = { 3: [2, 4, 7], 4: [2, 4, 6, 7] };

function longRuns(plan: RacePlan): number[] {
  return plan.weeks.map((w) => w.days.find((d) => d.type === 'long')?.total ?? 0);
}

/** Weeks whose long run is more than `step` over the longest long run before it. */
export function longRunJumps(plan: RacePlan, step = 2): string[] {
  const out: string[] = [];
  let longest = 0;
  longRuns(plan).forEach((l, i) => {
    if (longest > 0 && l - longest > step + 1e-9) out.push(`week ${i + 1}: ${longest} -> ${l}`);
    longest = Math.max(longest, l);
  });
  return out;
}

describe('endurance.planVolumes (long run on few days)', () => {
  it('when a 30 mi/week marathoner runs 3 days for 16 weeks, the long run grows at most 2 mi a week and still reaches 18 mi', () => {
    const req = runnerRequest('marathon', 30, 16, { trainingDays: DAYS[3] });
    const plan = buildRacePlan(req);
    expect(longRunJumps(plan)).toEqual([]);
    expect(Math.max(...longRuns(plan))).toBeGreaterThanOrEqual(18);
    // The week follows the long run: about 10 easy + a quality day + the long run, never half past the long run.
    for (const w of plan.weeks.filter((x) => x.phase !== 'taper')) {
      const long = w.days.find((d) => d.type === 'long');
      if (long) expect(long.total).toBeLessThanOrEqual(w.trainingVolume * 0.5 + 0.05);
    }
    expect(validateRacePlan(plan, req).errors).toEqual([]);
  });

  it('when marathoners on 3 or 4 days start from 15 to 50 mi/week, 12 to 20 weeks out, no long run jumps more than 2 mi', () => {
    const jumps: string[] = [];
    for (const days of [3, 4]) {
      for (const mi of [15, 20, 25, 30, 40, 50]) {
        for (const weeks of [12, 16, 18, 20]) {
          const req = runnerRequest('marathon', mi, weeks, { trainingDays: DAYS[days] });
          const plan = buildRacePlan(req);
          for (const j of longRunJumps(plan)) jumps.push(`${mi} mi ${days}d ${weeks}wk ${j}`);
          const errors = validateRacePlan(plan, req).errors;
          if (errors.length) jumps.push(`${mi} mi ${days}d ${weeks}wk: ${errors[0]}`);
        }
      }
    }
    expect(jumps).toEqual([]);
  }, 60_000);

  it('when a 49 mi/week runner already runs 3 days, the plan keeps the long run those days already need', () => {
    // 40 mi on 3 days is a 20 mi long run beside two 10s: the week is not cut to fit a shorter one.
    const plan = buildRacePlan(runnerRequest('marathon', 49, 18, { trainingDays: DAYS[3] }));
    expect(plan.weeks[0]!.trainingVolume).toBeGreaterThanOrEqual(38);
    expect(longRunJumps(plan)).toEqual([]);
  });
});
