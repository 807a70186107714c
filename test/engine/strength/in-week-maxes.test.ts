import { describe, expect, it } from 'vitest';
import { buildStrengthOutline, knownOneRepMaxes, strengthWeek, validateStrengthWeek, type LoggedSet } from '../../../src/engine/strength/index.js';
import { aRequest } from './builders.js';

// Upper/lower on Mon, Tue, Thu, Fri from Monday 2026-03-02: Tuesday is "Lower - squat focus" (back squat
// 3 x 6-8 at RIR 3 in week 1), Friday has front squat 2 x 10-12 at RIR 3.
const days = [1, 2, 4, 5] as const;
const squatMonday: LoggedSet = { exerciseId: 'back_squat', date: '2026-03-02', weight: 225, reps: 5, rir: 2 };
const squat = (week: ReturnType<typeof strengthWeek>, date: string, id = 'back_squat') => week.days.find((d) => d.date === date)!.exercises.find((e) => e.exerciseId === id);

describe('loads follow maxes known before each day', () => {
  it('a squat logged Monday gives Tuesday\'s back squat a load inside the same week', () => {
    const req = aRequest({ trainingDays: [...days] });
    const outline = buildStrengthOutline(req);
    // Without any number, no load.
    expect(squat(strengthWeek(req, outline, 1), '2026-03-03')!.load).toBeNull();
    // 225 x 5 @ RIR 2 → 7 to failure → Epley 225 × (1 + 7/30) = 277.5. Tuesday 8 reps @ RIR 3 → 11 to failure
    // → 277.5 / (1 + 11/30) = 203.0 → 205 lb on the bar.
    const week = strengthWeek(req, outline, 1, { history: [squatMonday] });
    expect(squat(week, '2026-03-03')).toMatchObject({ load: 205, percent1RM: 73 });
    expect(squat(week, '2026-03-03')!.rationale).toContain('277.5');
    // Friday's front squat follows too: 277.5 × 0.8 = 222; 8-10 reps (a front squat stops at 10: prescription.ts
    // repWindow), 10 + 3 = 13 → 222 / (1 + 13/30) = 154.9 → 155 lb.
    expect(squat(week, '2026-03-06', 'front_squat')).toMatchObject({ load: 155 });
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });

  it('a stated max is replaced by a later logged set for the days after it, and not before', () => {
    const req = aRequest({ trainingDays: [...days], oneRepMaxes: { back_squat: 315 } });
    const outline = buildStrengthOutline(req);
    // Given 315: Tuesday 315 / (1 + 11/30) = 230.5 → 230 lb.
    expect(squat(strengthWeek(req, outline, 1), '2026-03-03')!.load).toBe(230);
    // A log dated Tuesday itself does not change Tuesday (the day's loads use logs before it) …
    const tuesdayLog = { ...squatMonday, date: '2026-03-03' };
    const w = strengthWeek(req, outline, 1, { history: [tuesdayLog] });
    expect(squat(w, '2026-03-03')!.load).toBe(230);
    // … but Friday's front squat moves from 315 × 0.8 = 252 → 252 / (1 + 13/30) = 175.8 → 175 lb to 155 lb.
    expect(squat(strengthWeek(req, outline, 1), '2026-03-06', 'front_squat')!.load).toBe(175);
    expect(squat(w, '2026-03-06', 'front_squat')!.load).toBe(155);
  });

  it('a stated max (stored as a single at RIR 0) counts as that number', () => {
    const req = aRequest({ trainingDays: [...days] });
    const maxes = knownOneRepMaxes(req, [{ exerciseId: 'deadlift', date: '2026-03-02', weight: 405, reps: 1, rir: 0 }], '2026-03-03');
    expect(maxes.deadlift).toMatchObject({ value: 405, source: 'history' });
    // Related lifts follow: RDL 405 × 0.65 = 263.3; dumbbell RDL 405 × 0.3 = 121.5 per dumbbell, never 405.
    expect(maxes.romanian_deadlift).toMatchObject({ value: 263.3, source: 'related' });
    expect(maxes.db_romanian_deadlift).toMatchObject({ value: 121.5, source: 'related' });
    expect(maxes.db_romanian_deadlift!.detail).toContain('per dumbbell');
  });

  it('a bench alone gives the overhead press and the rows a conservative first weight, said as a share of the bench', () => {
    const req = aRequest({ trainingDays: [...days], oneRepMaxes: { bench_press: 200 } });
    const maxes = knownOneRepMaxes(req, [], '2026-03-02');
    // Overhead press 60% of the bench (the low end of 60-65%), barbell row 70% (low end of 70-80%).
    expect(maxes.overhead_press).toMatchObject({ value: 120, source: 'related', detail: 'about 60% of your bench press' });
    expect(maxes.barbell_row).toMatchObject({ value: 140, source: 'related' });
    // Two lifts away: a one-arm dumbbell row is 45% of the barbell row, 200 × 0.7 × 0.45 = 63 per dumbbell.
    // Its one dumbbell is the load: never "per dumbbell" (one-dumbbell.ts).
    expect(maxes.db_row).toMatchObject({ value: 63, source: 'related', detail: 'about 32% of your bench press' });
    // A seated dumbbell press follows the estimated overhead press: 200 × 0.6 × 0.4 = 48 per dumbbell.
    expect(maxes.db_shoulder_press!.value).toBe(48);
    // Nothing given, nothing guessed.
    expect(knownOneRepMaxes(aRequest({ trainingDays: [...days] }), [], '2026-03-02').overhead_press).toBeUndefined();
  });

  describe('an easy logged set against a known max', () => {
    const req = aRequest({ trainingDays: [...days], oneRepMaxes: { back_squat: 275 } });
    const log = (weight: number, reps: number, rir: number | undefined, date = '2026-03-02'): LoggedSet => ({ exerciseId: 'back_squat', date, weight, reps, ...(rir === undefined ? {} : { rir }) });

    it('when 200 x 7 "felt good" (RIR 2) estimates 260 against a known 275, the max stays 275: inside 2 reps of its error', () => {
      // 200 × (1 + 9/30) = 260; 260 × (1 + 2/30) = 277.3 ≥ 275, so the easy set does not say the lifter got weaker.
      expect(knownOneRepMaxes(req, [log(200, 7, 2)], '2026-03-03').back_squat).toMatchObject({ value: 275, source: 'given' });
    });

    it('when a set "felt easy" (RIR 4) the allowance grows with the reps left: 225 x 5 against a known 321 keeps it', () => {
      const known = aRequest({ trainingDays: [...days], oneRepMaxes: { back_squat: 321 } });
      // 225 × (1 + 9/30) = 292.5; two reps past RIR 2 add two reps of error: 292.5 × (1 + 4/30) = 331.5 ≥ 321.
      expect(knownOneRepMaxes(known, [log(225, 5, 4)], '2026-03-03').back_squat).toMatchObject({ value: 321, source: 'given' });
      // Far short still lowers: 185 x 5 @ RIR 4 → 185 × (1 + 9/30) = 240.5; 240.5 × 34/30 = 272.6 < 321.
      expect(knownOneRepMaxes(known, [log(185, 5, 4)], '2026-03-03').back_squat).toMatchObject({ value: 240.5, source: 'history' });
    });

    it('when the same weight and reps were near failure (RIR 0-1, or no effort said), the max follows the set down', () => {
      // 200 × (1 + 8/30) = 253.3 at RIR 1; 200 × (1 + 7/30) = 246.7 with no effort said (read as all-out).
      expect(knownOneRepMaxes(req, [log(200, 7, 1)], '2026-03-03').back_squat).toMatchObject({ value: 253.3, source: 'history' });
      expect(knownOneRepMaxes(req, [log(200, 7, undefined)], '2026-03-03').back_squat).toMatchObject({ value: 246.7, source: 'history' });
    });

    it('when an easy set falls short by more than its error, or beats the max, it sets the max', () => {
      // 185 x 5 @ RIR 2: 185 × (1 + 7/30) = 228.2; 228.2 × 32/30 = 243.4 < 275: lowered.
      expect(knownOneRepMaxes(req, [log(185, 5, 2)], '2026-03-03').back_squat).toMatchObject({ value: 228.2, source: 'history' });
      // 235 x 6 @ RIR 3: 235 × (1 + 9/30) = 305.5 > 275: raised.
      expect(knownOneRepMaxes(req, [log(235, 6, 3)], '2026-03-03').back_squat).toMatchObject({ value: 305.5, source: 'history' });
    });

    it('when a single comes with no effort said ("top single at 250"), it never lowers the max but raises it when heavier', () => {
      // Read as all-out, a single of 250 is a 250 max (a single is its own 1RM) < 275: a planned heavy single would cut it.
      expect(knownOneRepMaxes(req, [log(250, 1, undefined)], '2026-03-03').back_squat).toMatchObject({ value: 275, source: 'given' });
      // Said all-out ("max single", RIR 0), it is a test: the max follows it.
      expect(knownOneRepMaxes(req, [log(250, 1, 0)], '2026-03-03').back_squat).toMatchObject({ value: 250, source: 'history' });
      // 285 x 1 > 275: raised.
      expect(knownOneRepMaxes(req, [log(285, 1, undefined)], '2026-03-03').back_squat).toMatchObject({ value: 285, source: 'history' });
    });

    it('when a hard session lowered the max, a later easy one inside its error keeps the lowered value', () => {
      // Monday 200 x 5 @ RIR 0 → 200 × (1 + 5/30) = 233.3; Wednesday 175 x 6 @ RIR 2 → 175 × (1 + 8/30) = 221.7,
      // and 221.7 × 32/30 = 236.4 ≥ 233.3: Monday's value stands (not the given 275, not Wednesday's 221.7).
      const maxes = knownOneRepMaxes(req, [log(200, 5, 0), log(175, 6, 2, '2026-03-04')], '2026-03-05');
      expect(maxes.back_squat).toMatchObject({ value: 233.3, source: 'history' });
      expect(maxes.back_squat!.detail).toContain('2026-03-02');
    });
  });
});
