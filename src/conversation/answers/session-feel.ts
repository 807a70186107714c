import type { SessionFeel } from '../parse/session-feel.js';

/**
 * What a coach says back to how a session felt, after it is logged. A rough one is normal once (sleep, heat,
 * stress, food) and is not made up; two in a row is the pattern that matters, so the client is asked to say so.
 */
const LINES: Record<SessionFeel, string> = {
  rough: "Sorry that one was a grind. One rough session happens (sleep, heat, stress, fuel) - don't make it up, keep your next session easy. If the next hard one feels as bad, tell me and I'll lighten the week.",
  good: 'Good to hear - that is the training landing.',
};

export function sessionFeelLine(feel: SessionFeel): string {
  return LINES[feel];
}
