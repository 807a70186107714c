/** What a readiness text is about, for the readiness_signals kind. Pain has its own intent and never lands here. */
export type ReadinessKind = 'soreness' | 'sleep' | 'stress' | 'energy' | 'illness';

const KINDS: [ReadinessKind, RegExp][] = [
  ['illness', /\b(sick|ill|cold|flu|fever|covid|stomach bug)\b/i],
  ['sleep', /\b(sleep|slept|insomnia|up all night|rough night|no sleep)\b/i],
  ['stress', /\b(stress(?:ed|ful)?|anxious|overwhelmed)\b/i],
  ['soreness', /\b(sore|soreness|doms|achy|aching|stiff|tight)\b/i],
];

/** The first matching kind in the order above; tiredness and everything else count as energy. */
export function readinessKind(text: string): ReadinessKind {
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? 'energy';
}
