/**
 * How hard a logged set felt, in plain words, as reps in reserve. Lifters rarely text "RPE 8"; they text
 * "felt easy", "brutal" or "could've done 3 more". Each row maps words to the RIR a coach would estimate
 * from them, using the RPE scale's own anchors (Helms, Cronin, Storey & Zourdos 2016, RIR-based RPE):
 * RPE 10 = nothing left, 9 = one more, 8 = two, 7 = three, 5-6 = four to six more ("easy").
 * The table is ordered most specific first: "too easy" before "easy", "not easy" before "easy".
 */
import { countFromWords, normalize } from './text.js';

export interface EffortWords {
  /** The words as the client wrote them, for the echo ("felt easy"). */
  words: string;
  /** Reps in reserve a coach would estimate. */
  rir: number;
}

interface EffortRule {
  re: RegExp;
  /** A fixed estimate, or one read from the match ("could've done 3 more" → 3). */
  rir: number | ((m: RegExpExecArray) => number | null);
}

const N = '(\\d|one|two|three|four|five|a couple|couple|a few|few|another|a)';

/** Rules as data: first match wins. */
export const EFFORT_RULES: readonly EffortRule[] = [
  // Counted reserve: "could've done 3 more", "had 2 more in me", "couldve got another".
  { re: new RegExp(`\\b(?:could(?:'?ve| have|a)?|coulda) (?:done|did|do|got|gotten|get|hit|had|squeezed out|repped) ${N}(?: more)?(?: reps?)?\\b`), rir: (m) => countFromWords(m[1]!) },
  { re: new RegExp(`\\b(?:had|have|with|left) ${N} (?:more )?(?:reps? )?(?:in me|in the tank|left)\\b`), rir: (m) => countFromWords(m[1]!) },
  // Nothing left.
  { re: /\b(?:couldn'?t (?:do|get|have done) (?:another|one more|any more)|nothing left|to failure|failed (?:the )?(?:last )?(?:rep|set)|hit failure|max effort|all out|barely (?:got|made|finished|survived)|brutal|killer|grinder|grindy|ground out|insanely hard|super hard|really hard|very hard|so hard|crazy hard|way too hard|too hard|(?:way too|too|really|super|very|so|crazy|insanely) heavy)\b/, rir: 0 },
  // One more.
  { re: /\b(?:not easy|wasn'?t easy|hard|tough|felt heavy|heavy af|a grind|challenging|difficult|struggled)\b/, rir: 1 },
  // Too easy: five or more in reserve (the load is too light).
  { re: /\b(?:too easy|way too easy|super easy|very easy|really easy|so easy|stupid easy|ridiculously easy|piece of cake|felt like nothing|too light|way too light|felt like a warm ?up)\b/, rir: 5 },
  // Easy: about four.
  { re: /\b(?:felt easy|easy|easyish|ez|eazy|felt light|light|smooth|moved well|flew up|fast|crisp|breezy)\b/, rir: 4 },
  // Solid, working effort: about two.
  { re: /\b(?:felt strong(?: af| asf)?|strong af|felt good|felt solid|solid|felt ok(?:ay)?|felt fine|moderate|not (?:too )?bad|manageable|good)\b/, rir: 2 },
];

/**
 * The effort a text names in words, or null. Numbers the client gave as RPE/RIR are read elsewhere and win.
 * Example: "felt easy" → { words: "felt easy", rir: 4 }; "could've done 3 more" → rir 3.
 */
export function findEffortWords(text: string): EffortWords | null {
  const t = normalize(text);
  for (const rule of EFFORT_RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const rir = typeof rule.rir === 'number' ? rule.rir : rule.rir(m);
    if (rir === null || rir < 0 || rir > 10) continue;
    return { words: m[0], rir: Math.min(rir, 6) };
  }
  return null;
}

/** Text with counted-reserve phrases blanked ("could've done 3 more" is not a "done"). */
export function withoutReservePhrases(text: string): string {
  return EFFORT_RULES.slice(0, 2).reduce((t, rule) => t.replace(new RegExp(rule.re.source, 'g'), (m) => ' '.repeat(m.length)), text);
}
