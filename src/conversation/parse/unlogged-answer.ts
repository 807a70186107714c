/**
 * A runner's answer to "Did you run Wed, Fri and Sun too? Reply YES if you ran them as planned …" (a held race
 * week's question, engine/endurance/execution.ts): true = ran them as planned, false = did not, null = not an
 * answer (a log with distances, "ran wed and fri, missed sun", anything else: read as any text).
 * Pure: the caller decides whether the question is open (services/unlogged-runs.service.ts).
 */
import { normalize } from './text.js';

const YES = String.raw`(?:yes+|yeah|yea|yep|yup|ya|y|sure|of course|yes i did|i did|did)`;
const THEM = String.raw`(?:them|em|'em|those|those too|it|all|all of them|them all|all \d|all those|the rest|the others|the other \w+|every one|each one|everything|every run|all my runs)`;
const RAN = String.raw`(?:ran|run|did|done|finished|completed|got|hit)`;
const NEGATION = /\b(not|no|nope|nah|missed|skipped|skip|didn'?t|did not|couldn'?t|only|just the one|but|except|besides)\b|n't\b/;

/** Rules in order; the first that matches decides. */
const RULES: ReadonlyArray<{ re: RegExp; ran: boolean }> = [
  // "nope, missed them", "no i didn't", "didnt run them", "skipped those", "that was it", "only the one"
  { re: new RegExp(String.raw`^(?:no|nope|nah|n)\b(?![-\s]*(?:problem|worries)\b)`), ran: false },
  { re: new RegExp(String.raw`^(?:i\s+)?(?:missed|skipped|didn'?t (?:run|do|get to)|did not (?:run|do)|couldn'?t (?:run|do|get to))\s+${THEM}\b`), ran: false },
  { re: /^(?:that was (?:it|all)|that'?s (?:it|all)(?: i (?:did|ran))?|(?:just|only) (?:the one|that one|one|1)\b)/, ran: false },
  // "yes ran them", "yep did them all, forgot to log", "ran all 4", "did the rest"
  { re: new RegExp(String.raw`^(?:${YES}\b[\s,.!-]*)?(?:i\s+)?(?:${RAN})\s+${THEM}\b`), ran: true },
  { re: /^(?:yes+|yeah|yea|yep|yup|ya|y)\b.*\b(?:forgot|didn'?t) (?:to )?log\b/, ran: true },
  // "all 3 done" ("all done" alone is today's session done)
  { re: /^(?:all of them|all \d|them all)\s+(?:done|ran|run|completed)\b/, ran: true },
  { re: new RegExp(String.raw`^${YES}\b[\s,.!-]*(?:i\s+)?(?:ran|did)(?: (?:them|it|the runs?))?(?: as planned)?\s*$`), ran: true },
];

/**
 * A bare answer: yes said as yes. "ok", "great", "sounds good" (YES_WORDS elsewhere) acknowledge the held week and
 * say nothing about the runs: logging three runs on an "ok" would be the presumption the question replaced.
 */
const BARE = new Map<string, boolean>([
  ...['y', 'yes', 'yess', 'yesss', 'yea', 'yeah', 'yep', 'yup', 'ya', 'i did', 'did', 'yes i did', 'sure did', 'i sure did', 'yes did', 'yes sir', 'of course', '👍'].map((w) => [w, true] as const),
  ...['n', 'no', 'nope', 'nah', 'no i didnt', "no i didn't", 'i didnt', "i didn't", 'didnt', "didn't", 'no sadly', 'sadly no', 'unfortunately not', 'not really'].map((w) => [w, false] as const),
]);

export function ranUnloggedRuns(text: string): boolean | null {
  const t = normalize(text)
    .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, ' ')
    .replace(/[.!?]+\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = BARE.get(t) ?? BARE.get(t.replace(/[\s,]+/g, ' ').replace(/ ?(?:lol|haha|sorry|coach)$/, '').trim());
  if (bare !== undefined) return bare;
  if (/^👍+$/u.test(text.trim())) return true;
  // A distance or a pace is a log ("ran 5 on wed"): read as one. "all 3" is a count of the runs asked about.
  if (/\d/.test(t.replace(/\ball \d\b/g, ''))) return null;
  for (const rule of RULES) {
    if (!rule.re.test(t)) continue;
    // "yes but missed sun", "did them except sunday": part of an answer, left to the ordinary reading.
    if (rule.ran && NEGATION.test(t.replace(/\b(?:forgot|didn'?t) (?:to )?log\b/g, ''))) return null;
    return rule.ran;
  }
  return null;
}
