/**
 * Fixed texts that carriers require or that every state shares. GSM-7 only, short enough for one or two
 * segments.
 */

export const HELP_REPLY =
  'Cadence: your training coach by text. Try "what\'s today", "this week", "done", "squat 3x5 at 225", ' +
  '"ran 6 at 8:40", "legs are sore". Reply STOP to opt out, START to resume. Msg&data rates may apply.';

export const OPT_OUT_REPLY =
  'Cadence: you are unsubscribed and will get no more messages. Reply START to resubscribe, HELP for help.';

export const OPT_IN_REPLY = 'Cadence: welcome back! You are subscribed again. Reply HELP for help, STOP to opt out.';

/** For a text nobody understood: say so, show what works, never a dead end. */
export const NOT_UNDERSTOOD_REPLY =
  'Sorry, I didn\'t get that. Try "what\'s today", "tomorrow", "this week", "done", "skipped", ' +
  '"squat 3x5 at 225" or "ran 5 at 9:00". Text HELP for more.';

/** For a question outside what the coach knows (not a misread): say so plainly and show what it can answer. */
export const OUTSIDE_QUESTION_REPLY =
  "Good question, but that one is outside what I can answer by text. I know your plan, workouts and numbers: try \"what's today\", \"how am I doing?\", \"what's my squat max?\" or \"why is this week lighter?\".";

/** A picture with no words (an MMS, "[photo]"): thanked, and told what words do, never "didn't get that". */
export const PHOTO_REPLY = 'Thanks for the picture! I can only read words, so text me what you want me to know (e.g. "ran 5 at 9:00").';
