/**
 * The lift a question asks about ("what do i do for rows?", "what about squats at the hotel?"): an exercise
 * named, or a kind of lift by its everyday word. Rules as data.
 */
import { findExerciseMentions } from '../parse/exercise.js';
import { nameMidSentence } from '../../engine/strength/exercises.js';

/** Lift words a client asks about by their kind, not one exercise: "what do i do for rows?". */
export const ASKED_KINDS: ReadonlyArray<{ words: RegExp; label: string; exerciseId: string }> = [
  { words: /\brows?\b/, label: 'rows', exerciseId: 'barbell_row' },
  { words: /\b(pull ?-?ups?|chin ?-?ups?|pull ?downs?|lat work)\b/, label: 'pull-ups', exerciseId: 'pull_up' },
  { words: /\b(overhead|ohp|shoulder press(?:ing)?)\b/, label: 'overhead pressing', exerciseId: 'overhead_press' },
  { words: /\b(bench(?:ing)?|chest|press(?:ing)?)\b/, label: 'pressing', exerciseId: 'bench_press' },
  { words: /\bsquats?(?:ting)?\b/, label: 'squats', exerciseId: 'back_squat' },
  { words: /\b(deadlifts?|hinges?|hinging|rdls?)\b/, label: 'deadlifts', exerciseId: 'deadlift' },
];

/** The lift a question asks about, read from its question clause ("no cables there, what do i do for rows?"). */
export function askedLift(note: string): { label: string; exerciseId: string } | null {
  const clauses = note.toLowerCase().split(/[,.;!]| - /).filter((p) => /\?|\b(what|how|instead|sub|swap|alternative)\b/.test(p));
  for (const clause of clauses.reverse()) {
    const named = findExerciseMentions(clause)[0]?.exercise;
    if (named) return { label: nameMidSentence(named.name), exerciseId: named.id };
    const kind = ASKED_KINDS.find((k) => k.words.test(clause));
    if (kind) return kind;
  }
  return null;
}
