/**
 * A pain held for words that call for a doctor or physio ("cant bend my knee", "arm goes numb") runs its default
 * window and then ends with no word from the coach: the morning after it ends, the coach asks once whether it was
 * checked. Pure: the adaptations and the client's local date in, the parts to ask about out. Once, with no state:
 * the morning text goes every day, and only the first day after the window is the day to ask.
 */
import { addDays, daysBetween } from '../dates.js';
import type { AdaptationInput } from './inputs.js';
import { covers, lastDay, PAIN_DEFAULT_DAYS } from './windows.js';

/**
 * The parts of red-flag pains whose days ran out yesterday without the client saying it was checked: a pain held
 * its full window (PAIN_DEFAULT_DAYS or more: "all clear" and "feels fine now" end it sooner), ended the day before
 * `today`, and no other pain of that part still holds today ("knee still hurts" told since keeps it out: no question).
 */
export function checkupsDue(adaptations: readonly AdaptationInput[], today: string): string[] {
  const pains = adaptations.filter((a): a is Extract<AdaptationInput, { kind: 'pain' }> => a.kind === 'pain');
  const held = new Set(pains.filter((a) => covers(a, today)).map((a) => a.bodyPart));
  const parts = pains.flatMap((a) => {
    const end = lastDay(a)!;
    return a.redFlag && addDays(end, 1) === today && daysBetween(a.from, end) + 1 >= PAIN_DEFAULT_DAYS && !held.has(a.bodyPart) ? [a.bodyPart] : [];
  });
  return [...new Set(parts)];
}
