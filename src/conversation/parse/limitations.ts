import { LIMITATIONS, type Limitation } from '../../engine/vocabulary.js';
import { fail, isNone, normalize, ok, type ParseResult } from './text.js';

const LIMITATION_PATTERNS: Array<[RegExp, Limitation]> = [
  [/\b(knees?|acl|mcl|meniscus|patell\w*|kneecap)\b/, 'knee'],
  [/\b(lower back|low back|lumbar|back|disc|discs|sciatica|spine|herniat\w*|si joint)\b/, 'lower_back'],
  [/\b(shoulders?|rotator cuff|impingement|labrum|ac joint)\b/, 'shoulder'],
  [/\b(elbows?|tennis elbow|golfer'?s elbow|tendinitis in my elbow)\b/, 'elbow'],
  [/\b(wrists?|carpal tunnel)\b/, 'wrist'],
  [/\b(hips?|hip flexors?|groin|labral)\b/, 'hip'],
  [/\b(ankles?|achilles|plantar\w*|feet|foot)\b/, 'ankle'],
  [/\b(neck|cervical|traps?)\b/, 'neck'],
];

/** Body parts people name for soreness or pain, most specific first; returned as written in plain words. */
const BODY_PARTS = [
  'lower back', 'upper back', 'hip flexor', 'hamstrings', 'hamstring', 'quads', 'quad', 'glutes', 'glute', 'calves',
  'calf', 'shins', 'shin', 'achilles', 'knees', 'knee', 'shoulders', 'shoulder', 'elbows', 'elbow', 'wrists', 'wrist',
  'hips', 'hip', 'ankles', 'ankle', 'feet', 'foot', 'neck', 'back', 'chest', 'pecs', 'lats', 'biceps', 'triceps',
  'forearms', 'arms', 'legs', 'abs', 'core', 'groin', 'it band', 'toe', 'heel', 'traps',
];

/** Parts of the body that are joints or the spine: pain there is an injury question, not muscle soreness. */
export const JOINTS = new Set(['lower back', 'back', 'knee', 'knees', 'shoulder', 'shoulders', 'elbow', 'elbows', 'wrist', 'wrists', 'hip', 'hips', 'ankle', 'ankles', 'achilles', 'neck', 'foot', 'feet', 'heel', 'shin', 'shins', 'it band', 'groin', 'toe']);

/** The body part a text names ("my left knee hurts" → "knee"), singular where that reads naturally. */
export function findBodyPart(text: string): string | null {
  const t = normalize(text).replace(/\blow back\b/g, 'lower back');
  for (const part of BODY_PARTS) {
    if (new RegExp(`\\b${part}\\b`).test(t)) return part.replace(/^(knees|shoulders|elbows|wrists|hips|ankles|shins|hamstrings|glutes)$/, (p) => p.slice(0, -1));
  }
  return null;
}

/** The limitation a body part maps to, if it is one the exercise library tracks. */
export function limitationForBodyPart(part: string): Limitation | null {
  for (const [re, lim] of LIMITATION_PATTERNS) if (re.test(part)) return lim;
  return null;
}

/**
 * Injuries or limitations: "bad knee", "lower back", "shoulder impingement", "knee and lower back";
 * "none" / "no" / "all good" → []. Something we cannot map gets a re-ask naming what we can handle.
 */
export function parseLimitations(text: string): ParseResult<Limitation[]> {
  const t = normalize(text);
  if (isNone(t) || /^(no|none|nothing)\b.*\b(injur\w*|limitations?|issues?|problems?|pain)\b/.test(t)) return ok([]);
  const found = new Set<Limitation>();
  for (const [re, lim] of LIMITATION_PATTERNS) if (re.test(t)) found.add(lim);
  // "nope, all good" / "no, nothing major": a refusal word up front and no body part named.
  if (found.size === 0 && /^(no|nope|nah|none|nothing|not really)\b/.test(t)) return ok([]);
  if (found.size === 0) {
    return fail("Which area? e.g. 'bad knee', 'lower back', 'shoulder' - or reply NONE");
  }
  return ok(LIMITATIONS.filter((l) => found.has(l)));
}
