/**
 * A lift the client is nervous about ("deadlifts from the floor make me nervous", "heavy squats scare me", "i'm
 * nervous about deadlifts since my disc"): a coach takes it out and gives another lift for the same muscles, at
 * onboarding as mid-plan. Said of a lift, not of a race or a first session ("nervous about my first 10k" names none).
 */
import type { Exercise } from '../../engine/strength/exercises.js';
import { findExerciseMentions } from './exercise.js';
import { normalize } from './text.js';

/** The ways nerves about a lift are said, before or after the lift. */
const NERVES_AFTER_LIFT = /\b(?:makes?) me (?:a (?:bit|little) |kinda |really |so |super |pretty )?(?:nervous|anxious|uneasy|scared|worried)\b|\bscares? me\b|\bfreaks? me out\b|\bspooks? me\b/;
const NERVES_BEFORE_LIFT = /\b(?:i'?m|im|i am|i get|i feel|i'?ve been) (?:a (?:bit|little) |kinda |really |so |super |pretty |always |still )?(?:nervous|scared|afraid|anxious|wary|uneasy|worried|terrified) (?:of|about|on|with|doing|to do)\b|\bdon'?t trust my (?:back|knees?|hips?|shoulders?|body) (?:on|with|doing)\b/;

/** The lifts a text says the client is nervous about, in the order named; none when no nerves are said. */
export function liftsFeared(text: string): Exercise[] {
  const t = normalize(text);
  const before = NERVES_BEFORE_LIFT.exec(t);
  const after = NERVES_AFTER_LIFT.exec(t);
  if (!before && !after) return [];
  // The lift said within the clause of the nerves: after "nervous about", or before "makes me nervous".
  const mentions = findExerciseMentions(t);
  const clauseStart = (i: number) => Math.max(t.lastIndexOf(',', i - 1), t.lastIndexOf('.', i - 1), t.lastIndexOf(' but ', i - 1)) + 1;
  const found = mentions.filter((m) =>
    (before !== null && m.start >= before.index + before[0].length && m.start - (before.index + before[0].length) <= 20) ||
    (after !== null && m.start < after.index && m.start >= clauseStart(after.index)),
  );
  return [...new Map(found.map((m) => [m.exercise.id, m.exercise])).values()];
}

/**
 * The clause of a text that says the nerves ("deadlifts from the floor make me nervous" out of a paragraph about a
 * disc and session length): kept from onboarding and read again once the plan exists, without the rest of the
 * paragraph (an old injury said healed is no pain to plan around).
 */
export function fearedNote(text: string): string {
  const clauses = normalize(text).split(/[.;!?]\s+|,\s*|\s+but\s+/);
  return clauses.filter((c) => liftsFeared(c).length > 0).join(', ') || normalize(text);
}
