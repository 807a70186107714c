import type { WeightUnit } from '../understand/items.js';
import { parseLifts } from './lift-log.js';

/**
 * A number from before a break ("used to squat 185 before pregnancy", "benched 225 back in college", "my old
 * max"): what they lifted then, not what they lift now.
 */
export const LAPSED_LIFT_CUE = /\b(?:used to|back (?:when|in|then|in the day)|in (?:college|high school|hs|school|my (?:twenties|20s|thirties|30s|forties|40s|prime))|before (?:the |my |i |covid|kids?|pregnancy|having)\w*|pre[- ]?(?:baby|pregnancy|covid|injury|surgery|kids?)|at my (?:best|peak|strongest)|my old|old (?:max|pr|pb)|(?:years?|yrs?) ago|could (?:once |still )?(?:squat|bench|deadlift|press|lift|do)|was (?:squatting|benching|deadlifting|pressing|lifting))\b/;

/**
 * The same said once a plan runs, without the cues that also describe a set just done ("was squatting 185 and my knee
 * hurt", "could still do 2 more"): only a past clearly before a break.
 */
export const LAPSED_HISTORY = /\b(?:used to|back (?:when|in (?:the day|college|high school|school|(?:19|20)\d\d)|then)|in (?:college|high school|hs|my (?:twenties|20s|thirties|30s|forties|40s|prime))|before (?:the |my )?(?:baby|kids?|pregnancy|covid|injury|surgery)|pre[- ]?(?:baby|pregnancy|covid|injury|surgery|kids?)|at my (?:best|peak|strongest)|my old (?:max|pr|pb|best)|old (?:max|pr|pb)|(?:\d+|a few|a couple(?: of)?|many|several) (?:years?|yrs?) ago|years ago|a (?:long )?while ago)\b/;

/**
 * Where to start from a number before a break: about two-thirds of it (the old_numbers answer: "185 then is about
 * 120 now"), stopping 3 reps short, and the next loads follow what is logged.
 */
export const LAPSED_SHARE = 2 / 3;

/**
 * The number a text gives for a lift from before a break ("what weight for squats? i used to squat 185" → 185 for
 * the back squat): the heaviest said of that lift, or null when the text names no past or no load for it.
 */
export function lapsedLoad(text: string, exerciseId: string): { load: number; unit: WeightUnit | null } | null {
  if (!LAPSED_HISTORY.test(text.toLowerCase())) return null;
  const groups = parseLifts(text).filter((l) => l.exerciseId === exerciseId).flatMap((l) => l.groups).filter((g) => g.load !== null);
  if (!groups.length) return null;
  const top = groups.reduce((a, b) => (b.load! > a.load! ? b : a));
  return { load: top.load!, unit: top.unit };
}
