/** A lifter persona with stated maxes and a reader for a day's planned lifts, shared by the lifter log tests. */
import { expect } from 'vitest';
import { LIFTER_ANSWERS, type Persona } from './web.js';

/** Sam with numbers: squat 275, bench 185, deadlift 335 (lb), Mon/Wed/Fri full gym. */
export const WITH_MAXES: Persona = {
  ...LIFTER_ANSWERS,
  // The maxes are optional and not asked once the rest is known: given with the experience, as clients do.
  answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /how long have you been/.test(q.source) ? '3 years, squat 275, bench 185, deadlift 335' : a] as const),
};

/** The planned sets, reps and load of a lift in a day's text ("Back squat 3x6-8 @ 200 lb"). */
export function planned(dayText: string, lift: string): { sets: number; min: number; max: number; load: number } {
  const m = new RegExp(`${lift} (\\d)x(\\d+)(?:-(\\d+))? @ (\\d+) lb`).exec(dayText);
  expect(m, dayText).not.toBeNull();
  return { sets: Number(m![1]), min: Number(m![2]), max: Number(m![3] ?? m![2]), load: Number(m![4]) };
}
