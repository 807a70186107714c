import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../src/channels/sms-text.js';
import { compareExercises, howToDo, whyThisLift } from '../../src/conversation/answers/how-to.js';
import { EXERCISES, exerciseById } from '../../src/engine/strength/index.js';

describe('how-to.howToDo', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))('when %s is asked about the answer names it, says how, and fits two texts', (_id, ex) => {
    const a = howToDo(ex);
    expect(a.startsWith(`${ex.name}: `)).toBe(true);
    expect(isGsm7(a), a).toBe(true);
    expect(countSegments(a).segments, a).toBeLessThanOrEqual(2);
  });

  it('when an RDL is asked about the answer is a hip hinge for the hamstrings with a barbell', () => {
    expect(howToDo(exerciseById('romanian_deadlift')!)).toMatch(/^Romanian deadlift: a hip hinge for your hamstrings and glutes, with a barbell\. .*hips back/);
  });

  it('when a doorway towel row is asked about the answer says how to set the towel up', () => {
    expect(howToDo(exerciseById('doorway_row')!)).toMatch(/towel around both handles/);
  });
});

describe('how-to.whyThisLift ("why rdl?")', () => {
  it('when "why rdl?" or "why leg press?" is texted it is read as why that lift is there, not an off-topic question', async () => {
    const { readText } = await import('../../src/conversation/understand/read.js');
    const ctx = { now: new Date('2026-11-27T15:00:00Z'), timezone: 'America/New_York', units: 'imperial' as const };
    expect(readText('why rdl?', ctx).items).toEqual([{ intent: 'explain_exercise', exerciseId: 'romanian_deadlift', name: 'Romanian deadlift', why: true }]);
    expect(readText('why the leg press', ctx).items).toMatchObject([{ intent: 'explain_exercise', exerciseId: 'leg_press', why: true }]);
    // The "why not" forms keep their own answer.
    expect(readText('why leg press instead of squats?', ctx).items).toMatchObject([{ intent: 'why_exercise', exerciseId: 'back_squat', shownId: 'leg_press' }]);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('when why %s is asked the answer says what it is for and fits three texts', (_id, ex) => {
    const a = whyThisLift(ex);
    expect(a.startsWith(`${ex.name} is for `)).toBe(true);
    expect(isGsm7(a), a).toBe(true);
    expect(countSegments(a).segments, a).toBeLessThanOrEqual(3);
  });
});

describe('how-to.compareExercises', () => {
  it('when a box squat is compared with a back squat, it says what they share, what each is easier on, and how the box squat differs', () => {
    const a = compareExercises(exerciseById('box_squat')!, exerciseById('back_squat')!);
    expect(a).toMatch(/^Both are a squat for your quads and glutes\./);
    expect(a).toMatch(/sit back until you touch the box/);
  });

  it('when an RDL is compared with a deadlift, the answer says the RDL never starts from the floor', () => {
    expect(compareExercises(exerciseById('romanian_deadlift')!, exerciseById('deadlift')!)).toMatch(/never to the floor; the deadlift starts every rep from the floor/);
  });

  it('when any two lifts are compared the answer is GSM-7 and fits two texts', () => {
    const long = EXERCISES.flatMap((a) => EXERCISES.filter((b) => b.id !== a.id).map((b) => compareExercises(a, b))).filter((t) => !isGsm7(t) || countSegments(t).segments > 2);
    expect(long).toEqual([]);
  });

  it.each([['leg_press', 'back_squat'], ['db_bench_press', 'bench_press'], ['goblet_squat', 'lat_pulldown']])('when %s is compared with %s the answer fits two texts and names their kit when it differs', (x, y) => {
    const [a, b] = [exerciseById(x)!, exerciseById(y)!];
    const text = compareExercises(a, b);
    expect(isGsm7(text), text).toBe(true);
    expect(countSegments(text).segments, text).toBeLessThanOrEqual(2);
    if (a.pattern !== b.pattern) expect(text).toMatch(/^The /);
  });
});
