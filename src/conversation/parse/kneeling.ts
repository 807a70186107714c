/**
 * Kneeling ruled out ("I can't kneel on it", "no kneeling", "kneeling hurts my knee"): a position, not a lift, so
 * every lift done kneeling (half-kneeling press, kneeling banded pulldown...) is left out for good, at onboarding
 * (kept as a note, read again once the plan exists, like a lift feared: parse/lift-nerves.ts) as mid-plan.
 */
import { EXERCISES, type Exercise } from '../../engine/strength/exercises.js';
import { normalize } from './text.js';

/** The ways kneeling is ruled out: a "can't" before it, or a pain or a no after it. */
const NO_KNEELING = [
  /\b(?:can'?t|cant|cannot|can not|unable to|not able to|shouldn'?t|should not|don'?t|do not|never|won'?t|no longer|not supposed to|not allowed to|avoid)\s+(?:\w+\s+)?kneel(?:ing|s)?\b/,
  /\bno (?:more )?kneeling\b/,
  /\bkneeling (?:\w+ )?(?:hurts|is (?:painful|out|a no|not an option|not possible|hard)|bothers|kills)\b/,
  /\b(?:hurts|painful|pain) (?:to|when i) kneel\b/,
];

/** Whether a text rules kneeling out (a question about kneeling lifts is not). */
export function kneelingRuledOut(text: string): boolean {
  const t = normalize(text);
  return NO_KNEELING.some((re) => re.test(t));
}

/** The lifts done kneeling or half-kneeling, by their name in the exercise table. */
export const KNEELING_LIFTS: readonly Exercise[] = EXERCISES.filter((e) => /\bkneeling\b/i.test(e.name));

/** The clauses of a text that rule kneeling out, kept from onboarding without the rest of the paragraph. */
export function kneelingClauses(text: string): string[] {
  return normalize(text).split(/[.;!?]\s+|,\s*/).filter((c) => kneelingRuledOut(c));
}

/** A kept note that is only kneeling ruled out (said with "I'll leave kneeling lifts out", never as a trip). */
export function kneelingNote(text: string): boolean {
  const clauses = kneelingClauses(text);
  return clauses.length > 0 && clauses.join(', ') === normalize(text);
}
