import { describe, expect, it } from 'vitest';
import { buildStrengthOutline, buildStrengthPlan, exerciseById, parseStrengthRequest, strengthWeek, summarizeStrengthPlan, validateStrengthPlan, validateStrengthWeek } from '../../../src/engine/strength/index.js';
import { peakBlocks, peakMesoLengths } from '../../../src/engine/periodization/block-templates.js';
import { aRequest } from './builders.js';

/** An intermediate powerlifter, Mon/Wed/Fri, full gym, meet on Saturday of week 12. */
const meetReq = () => aRequest({ trainingDays: [1, 3, 5], weeks: 12, meetDate: '2026-05-23', oneRepMaxes: { back_squat: 405, bench_press: 275, deadlift: 495 } });

describe('meet peaking (block-templates)', () => {
  it('when counted back from a meet, the last mesocycle is accumulation, intensification, a realization week and the meet week', () => {
    expect(peakBlocks(6)).toEqual([
      { type: 'accumulation', weeks: 2 },
      { type: 'intensification', weeks: 2 },
      { type: 'realization', weeks: 1 },
      { type: 'deload', weeks: 1 },
    ]);
    expect(peakMesoLengths('intermediate', 12)).toEqual([6, 6]);
    // A remainder too short for a mesocycle of its own joins the peak while that stays 7 weeks at most;
    // 9 weeks in one would be 8 hard weeks straight into the meet, so it is a short mesocycle of its own.
    expect(peakMesoLengths('intermediate', 7)).toEqual([7]);
    expect(peakMesoLengths('intermediate', 9)).toEqual([3, 6]);
  });
});

describe('meet peaking (strength plan)', () => {
  it('when a meet is on Saturday of week 12, week 11 is heavy singles on squat and bench and week 12 ends in the meet', () => {
    const req = meetReq();
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    expect(plan.outline.mesocycles.at(-1)!.blocks.map((b) => `${b.type} ${b.weeks}`)).toEqual(['accumulation 2', 'intensification 2', 'realization 1', 'deload 1']);
    const peak = plan.weeks[10]!;
    const monday = peak.days[0]!;
    expect(monday.exercises.filter((e) => e.role === 'main').map((e) => `${e.exerciseId} ${e.sets}x${e.reps} @ ${e.load} (${e.percent1RM}%)`)).toEqual([
      'back_squat 4x1 @ 390 (94%)',
      'bench_press 4x1 @ 265 (94%)',
    ]);
    const meet = plan.weeks[11]!;
    expect(meet.days.map((d) => `${d.date} ${d.theme}`)).toEqual([
      '2026-05-18 Full body A - back squat & bench press (deload)',
      '2026-05-19 Rest',
      '2026-05-20 Full body B - deadlift & overhead press (deload)',
      '2026-05-21 Rest',
      '2026-05-22 Rest (meet coming)',
      '2026-05-23 Meet day',
      '2026-05-24 Rest (after the meet)',
    ]);
    expect(meet.days[0]!.exercises[0]).toMatchObject({ exerciseId: 'back_squat', reps: '1', load: 355, percent1RM: 86 });
    expect(meet.notes[0]).toMatch(/^Meet week: \d+ sets vs \d+ last week, a single at about 85% on squat and bench \(light pulls only\), then rest before the meet\.$/);
  });

  it('when the plan is summarized, its first line says it peaks for the meet', () => {
    const plan = buildStrengthPlan(meetReq());
    expect(summarizeStrengthPlan(plan.outline).split('\n')[0]).toBe(
      '12-week strength plan: 2 mesocycles of 6 weeks, peaking for your meet on Sat 2026-05-23: heavy singles the week before, a light meet week.',
    );
  });

  it('when the meet is not in the plan\'s last week, the request is refused naming the field', () => {
    const r = parseStrengthRequest({ ...meetReq(), meetDate: '2026-06-20' });
    expect(r.success).toBe(false);
    expect(!r.success && r.error).toMatch(/^meetDate: meetDate must fall in the plan's last week \(2026-05-18 to 2026-05-24\)/);
  });
});

describe('meet peaking with a limitation the lifter came with (selection keep)', () => {
  const hipMeet = () => ({ ...meetReq(), limitations: ['hip' as const] });
  const lifts = (plan: ReturnType<typeof buildStrengthPlan>) => new Set(plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))));

  it('when a lifter with a cranky hip peaks for a meet, the back squat and deadlift stay (said why) and the singles come on them', () => {
    const req = hipMeet();
    const plan = buildStrengthPlan(req);
    expect(validateStrengthPlan(plan, req).errors).toEqual([]);
    expect([...lifts(plan)]).toEqual(expect.arrayContaining(['back_squat', 'deadlift', 'bench_press']));
    const squat = plan.weeks[0]!.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat')!;
    expect(squat.rationale).toMatch(/Kept for your meet despite your hip: work to the depth and load that stay pain-free/);
    // Week 11 is the peak: heavy singles on the competition lifts the hip did not take away.
    expect(plan.weeks[10]!.days[0]!.exercises.filter((e) => e.role === 'main').map((e) => `${e.exerciseId} x${e.reps}`)).toEqual(['back_squat x1', 'bench_press x1']);
    // Only the competition lifts are kept: every other exercise still spares the hip.
    for (const id of lifts(plan)) if (!['back_squat', 'deadlift', 'sumo_deadlift'].includes(id)) expect(exerciseById(id)!.stresses).not.toContain('hip');
  });

  it('when the same lifter has no meet, the hip is spared as before: no back squat or deadlift', () => {
    const { meetDate: _meet, ...req } = hipMeet();
    const ids = lifts(buildStrengthPlan(req));
    expect(ids.has('back_squat')).toBe(false);
    expect(ids.has('deadlift')).toBe(false);
  });

  it('when a hip pain is reported mid-plan, that week drops the back squat and deadlift even before a meet', () => {
    const req = hipMeet();
    const outline = buildStrengthOutline(req);
    const week = strengthWeek(req, outline, 3, { overrides: { extraLimitations: ['hip'] } });
    const ids = week.days.flatMap((d) => d.exercises.map((e) => e.exerciseId));
    expect(ids).not.toContain('back_squat');
    expect(ids).not.toContain('deadlift');
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });
});
