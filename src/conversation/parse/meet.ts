/**
 * A lifter's meet in a text after onboarding: "when is my meet?", "how many weeks till the meet" (a question),
 * "my meet moved to March 14", "comp got pushed back 2 weeks", "meet is now april 4th" (a new date).
 */
import { eventDayMove, type RaceDateMove } from './race-move.js';
import { normalize } from './text.js';

/** A meet named as a noun, never the verb ("nice to meet you", "meet my goals"). */
const MEET_NOUN = /\b(?:meet|comp|competition|powerlifting meet|lifting meet|bench meet|contest)\b/;
const NOT_NOUN = /\b(?:meet (?:you|my|me|up|with|the (?:goal|target|standard))|to meet\b)/;
const MOVED = /\b(?:moved?|moving|changed?|pushed|push(?:ing)?|postponed|rescheduled|bumped|delayed|shifted|brought forward|moved up|is now|now on|new date)\b/;
const ASKED = /\b(?:when(?:'?s| is| was)?|what (?:day|date)|how (?:long|many (?:weeks|days))|weeks? (?:out|left|to go|until|till)|days? (?:out|left|to go|until|till))\b.*\b(?:meet|comp|competition)\b|\b(?:meet|comp|competition) (?:date|day)\s*\??\s*$/;

/** "what should my openers be", "what do i open with on squat", "help me pick my attempts", "3rd attempt on bench?". */
const ATTEMPTS = /\b(?:openers?|opening (?:attempts?|lifts?|weights?)|(?:first|second|third|1st|2nd|3rd) attempts?|attempt (?:selection|picks?)|(?:my|meet) attempts|what (?:should|do|would|can) i open(?: with)?|(?:pick|choose|select) (?:my )?attempts)\b/;

/** A question about meet attempts (openers, second and third attempts). */
export function isAttemptsQuestion(text: string): boolean {
  return ATTEMPTS.test(normalize(text));
}

export function isMeetText(text: string): boolean {
  const t = normalize(text);
  return MEET_NOUN.test(t) && !NOT_NOUN.test(t);
}

export function isMeetQuestion(text: string): boolean {
  const t = normalize(text);
  return isMeetText(t) && ASKED.test(t) && !MOVED.test(t);
}

/** The meet's new day, or a shift in days from the plan's meet ("pushed back 2 weeks"). Null when not a move. */
export function meetDateMove(text: string, now: Date, zone: string): RaceDateMove | null {
  const t = normalize(text);
  // "my meet is march 13", "signed up for a meet on april 4": a meet told after the plan started, not a question.
  const told = /\b(?:meet|comp|competition)(?: is| will be|'s)? (?:on |now )?\b|\b(?:signed up|registered|entered) for (?:a|the|my) (?:\w+ )?(?:meet|comp|competition)\b/.test(t) && !/\?\s*$/.test(t);
  if (!isMeetText(t) || !(MOVED.test(t) || told)) return null;
  return eventDayMove(t, now, zone);
}
