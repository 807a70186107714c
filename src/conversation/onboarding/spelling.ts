/**
 * Spelling slips in onboarding answers ("get strnger", "planet fitnes", "bad shouldr"): a word one edit from a
 * word the answers hinge on (words.ts ONBOARDING_VOCABULARY, same first letter, 5+ letters) reads as that word,
 * and the listed misspellings as theirs; an idiom taken literally (words.ts ONBOARDING_IDIOMS) is said plainly.
 * Only the text the slot readers see changes: a name is read as typed.
 */
import { editDistance } from '../parse/text.js';
import { ONBOARDING_IDIOMS, ONBOARDING_MISSPELLINGS, ONBOARDING_REAL_WORDS, ONBOARDING_VOCABULARY } from '../words.js';

// A real word near a vocabulary word ("weight" by "weights") is kept as written.
const KNOWN: ReadonlySet<string> = new Set([...ONBOARDING_VOCABULARY, ...ONBOARDING_REAL_WORDS]);

export function fixSpelling(t: string): string {
  const listed = [...ONBOARDING_IDIOMS, ...ONBOARDING_MISSPELLINGS].reduce((s, [re, word]) => s.replace(re, word), t);
  return listed.replace(/[a-z]{5,}/g, (w) => {
    if (KNOWN.has(w)) return w;
    const near = ONBOARDING_VOCABULARY.find((v) => v[0] === w[0] && Math.abs(v.length - w.length) <= 1 && editDistance(v, w) === 1);
    return near ?? w;
  });
}
