/**
 * A dated goal that is not a competition ("strong enough for a big hiking trip in june", "getting married june 14,
 * want to lose 15 lbs", "police academy fitness test in 4 months"): the plan runs to it and the summary says so.
 * Was: the date was dropped, the plan stopped at its default 12-18 weeks (March, for a June wedding), and the
 * client never heard their reason for training said back. A meet peaks the lifts (slots.ts readMeet); this does
 * not: it only sets how long the plan runs and names what it is for.
 */
import { findDateRef, formatDate, formatMonth, localToday } from '../parse/dates.js';
import { weeksToMeet } from '../../engine/strength/request.js';
import type { OnboardingAnswers, OnboardingContext, TargetEvent } from './types.js';
import { sentences, workingTimezone } from './slots.js';

/**
 * Events a client trains toward, as data: `framed` ones are only a goal when the sentence says so ("for", "before",
 * "ready", "look good"), since "vacation in june" alone may be a week away from training (trip.ts), not a target.
 */
const EVENTS: ReadonlyArray<{ re: RegExp; name: string; framed?: true }> = [
  { re: /\b(?:wedding|getting married|get married|gettin married|marrying)\b/, name: 'wedding' },
  { re: /\bhoneymoon\b/, name: 'honeymoon' },
  { re: /\b(?:hik(?:e|ing) trip|hike|hiking|trek|trekking|backpacking|thru[- ]hike|kilimanjaro|base camp|camino|grand canyon|rim to rim|appalachian trail)\b/, name: 'hiking trip' },
  { re: /\b(?:ski|skiing|snowboard(?:ing)?) season\b/, name: 'ski season' },
  { re: /\b(?:ski|skiing|snowboard(?:ing)?) trip\b/, name: 'ski trip' },
  { re: /\b(?:police|fire|firefighter|military) academy\b|\bbasic training\b|\bboot ?camp\b(?= (?:starts|in|on|begins))|\b(?:pt|pft|acft|cpat|fitness|physical) test\b/, name: 'fitness test' },
  { re: /\btry ?outs?\b/, name: 'tryouts' },
  { re: /\b(?:soccer|football|hockey|rugby|basketball|baseball|softball|lacrosse|volleyball|tennis|golf) season\b/, name: 'season' },
  { re: /\b(?:photo ?shoot|bodybuilding show|physique show|reunion)\b/, name: 'big day' },
  { re: /\bcruise\b/, name: 'cruise', framed: true },
  { re: /\bbeach (?:trip|vacation|holiday)\b/, name: 'beach trip', framed: true },
  { re: /\b(?:vacation|vacay|holiday)\b/, name: 'vacation', framed: true },
  { re: /\btrip\b/, name: 'trip', framed: true },
];

/** Words that make a trip a reason to train ("in shape for", "before", "strong enough"), not a time away. */
const FRAMED = /\b(?:for|before|by|ready|in shape|shape up|look good|look great|feel good|strong enough|fit enough|prep|prepare|preparing)\b/;

/** Nearer than this, the plan has no room to change anything (and a trip that near is a time away); further, guesswork. */
const MIN_WEEKS = 4;
const MAX_WEEKS = 52;

/**
 * The event in a text with its day, looking forward; null when no sentence names one with a date in 4-52 weeks.
 * `monthOnly`: the day was only a month ("in june"), planned to its first day and said as the month.
 */
export function findTargetEvent(t: string, a: OnboardingAnswers, ctx: OnboardingContext): TargetEvent | null {
  const zone = workingTimezone(a, ctx);
  for (const s of sentences(t)) {
    const event = EVENTS.find((e) => e.re.test(s) && (!e.framed || FRAMED.test(s)));
    if (!event) continue;
    const ref = findDateRef(s.replace(/\bwks?\b/g, 'weeks'), ctx.now, zone);
    if (ref?.kind !== 'date') continue;
    const weeks = weeksToMeet(localToday(ctx.now, zone), ref.date);
    if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) continue;
    // "in june" reads as June 1; "june 1st" / "6/1" name the day.
    const monthOnly = ref.date.endsWith('-01') && !/\b(?:1st|first|0?1(?!\d)|\d{1,2}\/0?1)\b/.test(s);
    return { name: event.name, date: ref.date, ...(monthOnly ? { monthOnly: true as const } : {}) };
  }
  return null;
}

/** "your hiking trip in June" (a month within the year ahead needs no year), "your wedding on Jun 14, 2027". */
export function describeTargetEvent(e: TargetEvent): string {
  return `your ${e.name} ${e.monthOnly ? `in ${formatMonth({ year: Number(e.date.slice(0, 4)), month: Number(e.date.slice(5, 7)) }).replace(/ \d{4}$/, '')}` : `on ${formatDate(e.date)}`}`;
}
