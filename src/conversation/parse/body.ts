/**
 * Body parts, red flags and how bad it is, from a soreness, pain or readiness text. Body parts are the closed
 * set in words.ts; "my left knee" is the knee, "quads and glutes are toast" two parts.
 */
import { anyOf, BODY_PART_ORDER, BODY_PART_WORDS, FRESH_WORDS, JOINTS, RED_FLAG_WORDS, WARNING_SIGN_WORDS, SEVERITY_2_WORDS, SEVERITY_4_WORDS, SEVERITY_5_WORDS, type BodyPart, type Joint } from '../words.js';

const SEVERE = anyOf(SEVERITY_5_WORDS);
const VERY = anyOf(SEVERITY_4_WORDS);
const A_LITTLE = anyOf(SEVERITY_2_WORDS);
const FRESH = anyOf(FRESH_WORDS);
import { normalize } from './text.js';

const PART_RE = BODY_PART_ORDER.map((part) => [part, anyOf(BODY_PART_WORDS[part], 'g')] as const);

/** Every body part named, most specific first, each text span counted once ("lower back" is not also "back"). */
/**
 * "Back" that is a direction, not a body part: "coming back from a stress fracture", "getting back into
 * running", "I'm back", "back to training". Blanked before the parts are read. A back with a word that makes it the
 * body's ("dodgy lower back from footy", "bad back from deadlifts") is the body part, whatever follows it.
 */
const BACK_ADVERB = /\b(?:(?:coming|come|comes|came|getting|get|gets|got|going|go|goes|went|been|being|be|am|i'?m|im|we'?re|was|bouncing|bounce|bounced|easing|ease|eased|building|build|built|ramping|ramp|working|work|worked|way|stepping|step|bringing|bring|brought|starting|start|started|cleared to go|welcome) back\b|(?<!\b(?:lower|upper|low|mid|middle|bad|my|sore|dodgy|tweaked|hurt|injured|cranky|stiff|tight|weak|achy|aching|the|his|her|your|a) )\bback (?=(?:from|to|into|after|home|running|training|yet|again to)\b|(?:by )?(?:a|one|1|two|2|a couple of) (?:days?|weeks?|hours?)\b))/g;

/** The text with every direction "back" blanked (same length, so spans keep their places). */
export function withoutBackAdverb(t: string): string {
  return t.replace(BACK_ADVERB, (m) => m.replace(/back/, '    '));
}

export function findBodyParts(text: string): BodyPart[] {
  let t = withoutBackAdverb(normalize(text));
  const out: BodyPart[] = [];
  for (const [part, re] of PART_RE) {
    re.lastIndex = 0;
    if (!re.test(t)) continue;
    out.push(part);
    re.lastIndex = 0;
    t = t.replace(re, (m) => ' '.repeat(m.length));
  }
  return out;
}

export function jointOf(parts: readonly BodyPart[]): Joint | null {
  return (parts.find((p) => (JOINTS as readonly string[]).includes(p)) as Joint | undefined) ?? null;
}

const RED_FLAG = anyOf([...new Set([...RED_FLAG_WORDS, ...WARNING_SIGN_WORDS])], 'g');
const WARNING_SIGN = anyOf(WARNING_SIGN_WORDS, 'g');

/** The whole-body warning signs a text names ("dizzy", "passed out", "heart racing"), as written. */
export function warningSigns(text: string): string[] {
  // "no dizziness today", "didn't feel dizzy": a sign said absent is none.
  const said = normalize(text).replace(NEGATED_SIGN, ' ');
  return [...new Set(said.match(WARNING_SIGN) ?? [])];
}
const NEGATED_SIGN = new RegExp(String.raw`\b(?:no|not|never|without|wasn'?t|weren'?t|didn'?t (?:feel|get)|did not (?:feel|get)|no more)\s+(?:(?:at all|really|any|feeling|feel|getting|get|as|so|that|very)\s+)*${anyOf(WARNING_SIGN_WORDS).source}`, 'g');

/** The red-flag phrases a text uses ("sharp", "swollen", "can't put weight"), as written. */
export function redFlags(text: string): string[] {
  return [...new Set(normalize(text).match(RED_FLAG) ?? [])];
}

/** 1 (fine) … 5 (can't train) from the words a soreness or pain text uses. */
export function severityOf(text: string): number {
  const t = normalize(text);
  if (SEVERE.test(t) || redFlags(t).length > 0) return 5;
  if (VERY.test(t)) return 4;
  if (A_LITTLE.test(t)) return 2;
  return 3;
}

/** Readiness 1 (great) … 5 (wrecked) from hours of sleep or the words used. */
export function readinessSeverity(text: string): number {
  const t = normalize(text);
  const sleep = /\bslept (?:only |like |about |maybe |around )?(\d+(?:\.\d)?)\s*(?:hours?|hrs?|h)\b|\b(\d+(?:\.\d)?)\s*(?:hours?|hrs?) (?:of )?sleep\b/.exec(t);
  if (sleep) {
    const h = Number(sleep[1] ?? sleep[2]);
    // Under 5 h is a real hit to training; 7+ is a normal night.
    return h < 4 ? 5 : h < 5 ? 4 : h < 6 ? 3 : h < 7 ? 2 : 1;
  }
  if ((FRESH.test(t) || /\b(great|strong|ready)\b/.test(t)) && !/\bnot\b/.test(t)) return 1;
  return severityOf(t);
}
