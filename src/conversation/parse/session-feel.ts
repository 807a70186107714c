/**
 * "tempo felt awful", "long run felt great", "intervals were brutal", "felt rough on the tempo": how a session
 * already run felt, said about the session by its name. The session was done (it is logged as done), and the
 * feeling is answered by the coach (answers/session-feel.ts). Rules as data, first match wins: a negation
 * ("not great", "not bad") before the plain words.
 */
export type SessionFeel = 'rough' | 'good';

const FEELS: ReadonlyArray<[RegExp, SessionFeel]> = [
  // A rating out of ten is "rpe N" by now (parse/rating.ts): 9-10 is near all-out, anything less went to plan.
  [/\brpe (?:9|10)\b/, 'rough'],
  [/\brpe \d\b/, 'good'],
  [/\bnot (?:great|good|easy|fun|smooth|ideal)\b/, 'rough'],
  [/\bnot (?:too |that |so )?(?:bad|terrible|awful|hard)\b/, 'good'],
  [/\b(?:awful|terrible|horrible|rough|bad|brutal|crap|crappy|shit|shitty|garbage|trash|miserable|dying|death|dead|heavy|sluggish|flat|hard|tough|a struggle|a grind|a slog|impossible|hell)\b/, 'rough'],
  [/\b(?:great|amazing|awesome|strong|easy|smooth|good|solid|fast|fantastic|fine|ok|okay|comfortable|relaxed|controlled|fun)\b/, 'good'],
];

/**
 * "felt strong af", "felt great today": said alone, after a session, a good feeling is about the session just
 * done. Only good words: "felt awful" alone may be a cold or a bad night, not the workout.
 */
const FELT_GOOD_ALONE = "^(?:i\\s+)?felt\\s+(?:so |really |super |pretty |very )?(?:strong|great|amazing|awesome|solid|smooth|fast|good)(?:\\s+(?:af|asf|today|tonight|this morning))*$";

/**
 * A run session named as the subject of the sentence (not a day ahead: only past "felt/was/were"), or pointed at
 * after it ("DONE!!! THAT WAS BRUTAL": "that" is the session just done).
 */
const SESSION = '(?:tempo(?: run)?|intervals?|interval session|long run|easy run|recovery run|run|track (?:workout|session)|repeats|hill repeats|hills|fartlek|speed ?work|workout|session|strides|progression run|threshold run|lift|lifting|leg day|upper(?: body)?(?: day)?|lower(?: body)?(?: day)?|push day|pull day|full body(?: day)?)';
const SAID_ABOUT = new RegExp(
  `^(?:(?:the|that|my|today'?s|this morning'?s|yesterday'?s|tonight'?s|last night'?s)\\s+)?${SESSION}(?:\\s+(?:today|this morning|tonight|yesterday|last night))?\\s+(?:felt|was|were|went)\\b|^(?:that|that one|this one)\\s+(?:felt|was|went)\\b|^(?:i\\s+)?felt\\s+[a-z ]{2,30}?\\s+(?:on|during|in)\\s+(?:the|my|today'?s)\\s+${SESSION}\\b|${FELT_GOOD_ALONE}`,
);

export function sessionFeel(sentence: string): SessionFeel | null {
  const t = sentence.toLowerCase().replace(/[.!?]+$/, '').trim();
  if (!SAID_ABOUT.test(t)) return null;
  for (const [re, feel] of FEELS) if (re.test(t)) return feel;
  return null;
}
