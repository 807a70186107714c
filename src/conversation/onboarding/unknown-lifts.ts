/**
 * A lift the library does not have, written as a variant of one it does ("smith squat 3x8 at 95", "trap bar
 * deadlift 225x5", "squats on the smith 3x8 at 95"): its numbers are not that lift's. A Smith squat's 95 lb is no
 * back squat's, and the first weights set from it would be wrong; so onboarding sets no weights from it and says
 * so. When the library gains the variant, its whole name matches first and this table no longer applies to it.
 */
import { findExerciseMentions } from '../parse/exercise.js';

export interface UnknownLift {
  /** As written: "smith squat". */
  name: string;
  /** Its numbers as written: "3x8 at 95". */
  sets: string;
  /** The library lift it would have been read as, lower case: "back squat". */
  readAs: string;
}

/** Kit or variant words written before a lift's name that make it another lift (rules as data). */
const BEFORE = /(?:^|[^a-z])((?:smith(?: machine)?|machine|trap[ -]?bar|hex[ -]?bar|hex|safety(?: squat)? bar|ssb|cambered(?: bar)?|zercher|pendulum|belt|landmine|t[ -]?bar|seal|meadows|viking|sissy|jefferson|hatfield|pin|cable)[\s-]+)$/;
/** The same kit said after the name ("squats on the smith"). */
const AFTER = /^\s*(?:on|in|with|using) (?:the |a )?(smith(?: machine)?|trap[ -]?bar|hex[ -]?bar|safety(?: squat)? bar|ssb|cambered bar)\b/;

/** The text without the lifts it names as unknown variants (each cut up to the next lift named), and those lifts. */
export function withoutUnknownLifts(t: string): { text: string; unknown: UnknownLift[] } {
  const mentions = findExerciseMentions(t);
  const unknown: UnknownLift[] = [];
  let text = '';
  let from = 0;
  mentions.forEach((m, i) => {
    const before = BEFORE.exec(t.slice(from, m.start));
    const after = AFTER.exec(t.slice(m.end));
    if (!before && !after) return;
    const start = before ? m.start - before[1]!.length : m.start;
    const end = mentions[i + 1]?.start ?? t.length;
    const rest = t.slice(after ? m.end + after[0].length : m.end, end);
    const sets = rest.replace(/(?:[\s,;.&+]|\band\b|\bthen\b|\bplus\b)+$/g, '').replace(/^[\s,:-]+/, '');
    if (!/\d/.test(sets)) return;
    // "squats on the smith" is said back as "smith squats".
    const name = `${before ? before[1]!.trim() : after![1]} ${m.written}`;
    unknown.push({ name, sets, readAs: m.exercise.name.replace(/\s*\(.*\)$/, '').toLowerCase() });
    text += `${t.slice(from, start)} `;
    from = end;
  });
  return { text: text + t.slice(from), unknown };
}
