import { describe, expect, it } from 'vitest';
import { COVERAGE_FAMILY, FULL_BODY_COVERAGE } from '../../../src/engine/microcycle/split.js';
import { buildStrengthPlan, validateStrengthPlan } from '../../../src/engine/strength/index.js';
import { exerciseById } from '../../../src/engine/strength/exercises.js';
import { exerciseMinutes, SESSION_WARMUP_MIN } from '../../../src/engine/strength/prescription.js';
import { pairSupersets, straightMinutes, supersetMinutes } from '../../../src/engine/strength/superset.js';
import { toLiftItem } from '../../../src/engine/strength/to-workout.js';
import type { StrengthDay } from '../../../src/engine/strength/types.js';
import { FAT_LOSS_CONDITIONING, FAT_LOSS_NO_ROOM } from '../../../src/engine/strength/week.js';
import { formatLift } from '../../../src/messages/format/workout-lines.js';
import { aRequest } from './builders.js';

const HOME = ['dumbbell', 'bench', 'bodyweight'] as const;

/** Rob: 2 days of 30 min at home, a beginner losing fat. */
const shortHome = aRequest({ trainingAge: 'beginner', goal: 'fat_loss', trainingDays: [2, 6], sessionMinutes: 30, equipment: [...HOME] });
const gym2x45 = aRequest({ trainingAge: 'beginner', goal: 'general_fitness', trainingDays: [1, 4], sessionMinutes: 45 });
const hyp3x30 = aRequest({ trainingAge: 'intermediate', goal: 'hypertrophy', trainingDays: [1, 3, 5], sessionMinutes: 30 });

const trainingDays = (req: typeof shortHome) => buildStrengthPlan(req).weeks.flatMap((w) => w.days.filter((d) => d.type === 'training'));
const families = (d: StrengthDay) => new Set(d.exercises.map((e) => COVERAGE_FAMILY[e.pattern]));

describe('superset.pairSupersets', () => {
  it('when a session has a squat, a press, a row and a hinge, it pairs legs with the upper body, never two leg lifts', () => {
    const pairs = pairSupersets([
      { pattern: 'squat', role: 'main' },
      { pattern: 'horizontal_push', role: 'main' },
      { pattern: 'horizontal_pull', role: 'secondary' },
      { pattern: 'hinge', role: 'secondary' },
    ]);
    expect(pairs).toHaveLength(2);
    for (const [a, b] of pairs) expect([a, b].sort()).not.toEqual([0, 3]);
  });

  it('when a press, a row and a plank are there, the press goes with the row', () => {
    expect(pairSupersets([
      { pattern: 'core_anti_extension', role: 'core' },
      { pattern: 'horizontal_push', role: 'main' },
      { pattern: 'horizontal_pull', role: 'secondary' },
    ])).toEqual([[1, 2]]);
  });

  it('when the lifts load the same muscles (two presses) or one is explosive work, nothing pairs', () => {
    expect(pairSupersets([{ pattern: 'horizontal_push', role: 'main' }, { pattern: 'vertical_push', role: 'secondary' }])).toEqual([]);
    expect(pairSupersets([{ pattern: 'power', role: 'power' }, { pattern: 'horizontal_pull', role: 'main' }])).toEqual([]);
  });
});

describe('superset.supersetMinutes', () => {
  it('when two lifts alternate, the pair saves the shorter rest of every round but one, and still takes longer than either alone', () => {
    const a = { sets: 3, prepMin: 4, setMin: 0.8, restSec: 90 };
    const b = { sets: 3, prepMin: 2.5, setMin: 0.8, restSec: 60 };
    const pair = supersetMinutes(a, b, 1);
    expect(pair).toBeLessThan(straightMinutes(a) + straightMinutes(b) - 2);
    expect(pair).toBeGreaterThan(Math.max(straightMinutes(a), straightMinutes(b)));
  });
});

describe('strength.week short full-body sessions', () => {
  it.each([
    ['2 days x 30 min at home, beginner fat loss', shortHome],
    ['2 days x 45 min at a gym, general fitness', gym2x45],
    ['3 days x 30 min at a gym, hypertrophy', hyp3x30],
  ])('when %s, every session of every week has a squat or lunge, a hinge, a push and a pull, inside the minutes', (_name, req) => {
    expect(validateStrengthPlan(buildStrengthPlan(req), req).errors).toEqual([]);
    for (const day of trainingDays(req)) {
      for (const f of FULL_BODY_COVERAGE) expect(families(day).has(f), `${day.date} ${f}`).toBe(true);
      expect(day.estimatedMinutes).toBeLessThanOrEqual(req.sessionMinutes);
    }
  });

  it('when 30 minutes cannot hold four lifts as straight sets, they are supersets the text shows as A1/A2, timed with one rest per round', () => {
    const day = trainingDays(shortHome)[0]!;
    const labelled = day.exercises.filter((e) => e.superset);
    expect(labelled.map((e) => e.superset).sort()).toEqual(['A1', 'A2', 'B1', 'B2']);
    // The pair's lifts are side by side and read as a pair.
    const a1 = day.exercises.findIndex((e) => e.superset === 'A1');
    expect(day.exercises[a1 + 1]!.superset).toBe('A2');
    expect(formatLift(toLiftItem(day.exercises[a1]!))).toMatch(/^A1 \S/);
    expect(day.notes.some((n) => /A1\/A2, B1\/B2: alternate sets, rest \d+/.test(n))).toBe(true);
    // The estimate counts the shared rest: less than the same sets done straight.
    const straight = SESSION_WARMUP_MIN + day.exercises.reduce((t, e) => t + exerciseMinutes(exerciseById(e.exerciseId)!, e.role, e.sets, { min: e.repsMin, max: e.repsMax }, e.restSec), 0);
    expect(day.estimatedMinutes).toBeLessThan(Math.ceil(straight));
  });

  it('when the lifts need the whole 30 minutes, the cardio finisher gives way (a walk later), not a movement pattern', () => {
    const day = trainingDays(shortHome)[0]!;
    expect(day.notes).toContain(FAT_LOSS_NO_ROOM);
    expect(day.notes).not.toContain(FAT_LOSS_CONDITIONING);
    // With an hour there is room for both.
    const hour = trainingDays({ ...shortHome, sessionMinutes: 60 })[0]!;
    expect(hour.notes).toContain(FAT_LOSS_CONDITIONING);
    for (const f of FULL_BODY_COVERAGE) expect(families(hour).has(f)).toBe(true);
  });

  it('when an hour holds every lift as straight sets, nothing is supersetted', () => {
    const hour = trainingDays(aRequest({ trainingAge: 'intermediate', goal: 'strength', trainingDays: [1, 3, 5], sessionMinutes: 60 }));
    expect(hour.flatMap((d) => d.exercises).some((e) => e.superset)).toBe(false);
  });
});
