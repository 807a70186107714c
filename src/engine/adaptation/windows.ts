/**
 * The dates each adaptation covers. The rules:
 *  - Travel: `from` through `to` (a single day when no end was given).
 *  - Illness / short break: rest `from` through `to` (3 days when no end was given: a cold's worst days).
 *    Re-entry after it: the first 2 sessions back at about 70 % of the sets / an easy, shorter run
 *    (ACSM return-to-activity guidance: resume at reduced volume and build back over days). A break of 14 days
 *    or more re-enters more carefully: every session of the 7 days after it is a re-entry session.
 *  - Pain: `from` through `to` (7 days when no end was given; the client can say it is better sooner).
 *  - Exclusions, swaps and missing equipment: from `from` on, for good.
 *  - Soreness: the next session on or after the report, within 3 days (RP: soreness still there at the next
 *    session for those muscles → fewer sets that session; it says nothing about sessions after that).
 */
import { addDays, daysBetween, isoWeekday } from '../dates.js';
import type { AdaptationInput } from './inputs.js';

export const ILLNESS_DEFAULT_DAYS = 3;
export const PAIN_DEFAULT_DAYS = 7;
export const REENTRY_SESSIONS = 2;
export const LONG_BREAK_DAYS = 14;
export const SORENESS_HORIZON_DAYS = 3;
/** Share of the planned sets (lifting) or distance (running) on a re-entry day. */
export const REENTRY_FACTOR = 0.7;
/** Days the legs come back light after a cast or a wheelchair (legs_back): two weeks. */
export const LEGS_BACK_DAYS = 14;

export function lastDay(a: AdaptationInput): string | null {
  switch (a.kind) {
    case 'travel':
      return a.to ?? a.from;
    case 'illness':
      return a.to ?? addDays(a.from, ILLNESS_DEFAULT_DAYS - 1);
    case 'pain':
      return a.to ?? addDays(a.from, PAIN_DEFAULT_DAYS - 1);
    case 'load_limit':
    case 'legs_back':
      return a.to;
    case 'exclude':
      return a.to ?? null;
    default:
      return null;
  }
}

export function covers(a: AdaptationInput, date: string): boolean {
  const end = lastDay(a);
  return date >= a.from && (end === null || date <= end);
}

/** True for an illness or break long enough to re-enter more carefully. */
export function isLongBreak(a: Extract<AdaptationInput, { kind: 'illness' }>): boolean {
  return daysBetween(a.from, lastDay(a)!) + 1 >= LONG_BREAK_DAYS;
}

/**
 * Re-entry dates after an illness: the first REENTRY_SESSIONS training days (ISO weekdays `trainingDays`)
 * after the break, or every training day in the 7 days after a long break.
 */
export function reentryDates(a: Extract<AdaptationInput, { kind: 'illness' }>, trainingDays: readonly number[]): string[] {
  const end = lastDay(a)!;
  const after = Array.from({ length: 7 }, (_, i) => addDays(end, i + 1)).filter((d) => trainingDays.includes(isoWeekday(d)));
  return isLongBreak(a) ? after : after.slice(0, REENTRY_SESSIONS);
}
