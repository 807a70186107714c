/**
 * Things a client says mid-onboarding that are not answers: a report ("sick with a cold, no running till
 * friday") or a one-off question ("can I move my long run to sunday?"). As data: how to recognise each, the
 * slots it must not be read as (an illness is not weekly mileage; one day moved is not the training days),
 * and the short reply before the open question is asked again. Nothing is stored for after onboarding: the
 * plan does not exist yet, so the client is asked to text it again once it does.
 */
import type { SlotKey } from './types.js';

export interface Aside {
  id: 'illness' | 'one_off_change';
  matches: (t: string) => boolean;
  /** Slots this text must not fill. */
  notFor: readonly SlotKey[];
  reply: string;
}

const WEEKDAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\b|\b(tomorrow|today|tonight|this week(end)?|next week(end)?)\b/;

export const ASIDES: readonly Aside[] = [
  {
    id: 'illness',
    matches: (t) => /\b(sick|ill|flu|covid|fever|a cold|the cold|head cold|chest cold|stomach bug|a bug|virus|under the weather|strep|sinus infection)\b/.test(t) && !/\b(sick of|ill-?fitting)\b/.test(t),
    notFor: ['race_mileage', 'days', 'experience'],
    reply: "Sorry you're sick - rest up. Once your plan is set, text me how you're feeling and I'll build around it.",
  },
  {
    id: 'one_off_change',
    // "can I move my long run to sunday?", "wedding saturday, swap it to friday": one day changes, not the week.
    matches: (t) =>
      (/\b(move|moving|swap|switch|shift|push|reschedule|instead)\b/.test(t) && WEEKDAY.test(t)) ||
      (/\b(can|could|should|may) i\b|\b(is it ok|ok if|okay if|alright if)\b/.test(t) && WEEKDAY.test(t) && !/\b(days?|times|x) (a|per|each) week\b/.test(t)),
    notFor: ['days', 'race_mileage', 'duration'],
    reply: "Once your plan is set you can move any day's workout - just text me that again then.",
  },
];

/** The aside a text is, or null when it may be an answer. */
export function findAside(t: string): Aside | null {
  return ASIDES.find((a) => a.matches(t)) ?? null;
}
