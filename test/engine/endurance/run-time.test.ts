/**
 * The runner's time a run ("60 min per run", RaceRequest.maxRunMinutes): no run of any week is planned longer than
 * that at easy pace, the long run included, and the summary says plainly when the distance's long runs need more.
 */
import { describe, expect, it } from 'vitest';
import { buildRacePlan, validateRacePlan } from '../../../src/engine/endurance/index.js';
import { runTimePhrase } from '../../../src/engine/endurance/summary.js';
import { raceRequest } from './builders.js';

describe('endurance: maxRunMinutes', () => {
  it.each([
    ['marathon', 60],
    ['marathon', 45],
    ['half', 75],
    ['10k', 40],
  ] as const)('a %s with %i min a run: every run of every week fits, and the plan still validates', (distance, minutes) => {
    const req = raceRequest({ distance, maxRunMinutes: minutes, goalTime: null });
    const plan = buildRacePlan(req);
    const easyMid = (plan.outline.paces.easy.min + plan.outline.paces.easy.max) / 2;
    const longest = Math.max(...plan.weeks.flatMap((w) => w.days.filter((d) => d.type !== 'race').map((d) => d.total)));
    expect(longest * easyMid).toBeLessThanOrEqual(minutes * 60);
    expect(plan.outline.runTime).toMatchObject({ minutes, cap: plan.outline.longRunCap });
    expect(validateRacePlan(plan, req).ok).toBe(true);
  });

  it('the summary says when the long runs cannot be built in the time, and when every run fits', () => {
    const short = buildRacePlan(raceRequest({ maxRunMinutes: 60, goalTime: null }));
    expect(runTimePhrase(short.outline)).toMatch(/^Your 60 min a run caps every run at about [\d.]+ mi, the long run too, so the plan can't build a marathon's long runs \(about \d:\d\d\): text '\d+ min per run' if you have more time\.$/);
    const roomy = buildRacePlan(raceRequest({ distance: '5k', maxRunMinutes: 120, goalTime: null }));
    expect(runTimePhrase(roomy.outline)).toBe('Every run fits your 120 min, the long run included.');
    expect(runTimePhrase(buildRacePlan(raceRequest()).outline)).toBeNull();
  });
});
