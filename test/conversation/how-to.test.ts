import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../src/channels/sms-text.js';
import { howToDo } from '../../src/conversation/answers/how-to.js';
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
