import { anyOf, CLEARANCE_WORDS } from '../words.js';
import { normalize } from './text.js';

const src = (words: readonly string[]) => anyOf(words).source;
const WHO = src(CLEARANCE_WORDS.who);
/**
 * A doctor's or physio's OK told, built from the one word table (words.ts CLEARANCE_WORDS): "my doc cleared my knee last
 * week", "physio said im good to run now", "got the all clear", "cleared to run", "saw my doc, all clear!".
 */
const CLEARANCE = new RegExp(
  [
    // "cleared to run", "been cleared by my physio", "got cleared"
    `\\bcleared\\s+${src(CLEARANCE_WORDS.cleared)}`,
    `\\b(?:been|got|get|getting|was|am|i'?m|im|finally|just)\\s+cleared\\b`,
    // "my doc cleared my knee", "physio signed me off", "the surgeon lifted the restriction"
    `${WHO}\\s+(?:\\w+\\s+){0,2}?${src(CLEARANCE_WORDS.act)}`,
    // "physio said im good to run now", "doc says it's fine", "doctor told me i'm ok"
    `${WHO}\\s+(?:\\w+\\s+)?(?:said|says|told me|thinks|reckons)\\s+(?:that\\s+)?(?:i'?m|im|i am|it'?s|its|it is|i can|my \\w+(?: is|'s)?|everything(?:'s| is)?|all)?\\s*${src(CLEARANCE_WORDS.state)}`,
    // "got the all clear", "have the green light", "gave me the ok"
    `\\b(?:got|gave me|have|had|given|get|received)\\s+(?:the|an|my|his|her)\\s+${src(CLEARANCE_WORDS.ok)}`,
    `\\ball[- ]clear\\s+(?:to|from|for)\\b`,
    // "saw my doc, all clear!"
    `${WHO}[^.?!]{0,30}[.,!:; -]+\\s*(?:it'?s\\s+|im\\s+|i'?m\\s+)?all[- ]clear\\b`,
  ].join('|'),
);

/** The client says a doctor or physio gave their OK (not asked: "is it cleared?"). */
export function saysCleared(text: string): boolean {
  const t = normalize(text);
  return CLEARANCE.test(t) && !/\?\s*$/.test(t);
}

/** Who gave the OK, as said back: "doc" is the doctor, "pt" the physio. */
const WHO_SAID: ReadonlyArray<readonly [RegExp, string]> = [
  [anyOf(['physio', 'physiotherapist', 'physical therapist', 'pt']), 'physio'],
  [anyOf(['surgeon', 'ortho', 'orthopedist']), 'surgeon'],
  [anyOf(['midwife']), 'midwife'],
  [anyOf(['specialist', 'sports med']), 'specialist'],
  [anyOf(['chiro', 'chiropractor']), 'chiropractor'],
];

/** Who the client says cleared them ("physio said im good" → "physio"); "doctor" when a doctor or no one is named. */
export function clearedBy(text: string): string {
  const t = normalize(text);
  return WHO_SAID.find(([re]) => re.test(t))?.[1] ?? 'doctor';
}
