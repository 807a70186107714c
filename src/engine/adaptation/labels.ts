/** Words the adaptation reasons use: short weekday names and equipment lists. */
import type { Equipment } from '../vocabulary.js';

import { weekdayShort } from '../dates.js';

export { weekdayShort as dayLabel } from '../dates.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Thu Mar 12": a date further off than this week, as replies say it (formatDay's words). */
export function dateLabel(iso: string): string {
  return `${weekdayShort(iso)} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
}

const KIT: Partial<Record<Equipment, string>> = { pullup_bar: 'pull-up bar', bodyweight: 'bodyweight', dumbbell: 'dumbbells', cable: 'cables', machine: 'machines', kettlebell: 'kettlebells', bands: 'bands' };

export function kitLabel(eq: readonly Equipment[]): string {
  const names = eq.map((e) => KIT[e] ?? e.replace(/_/g, ' '));
  return names.length <= 1 ? (names[0] ?? 'bodyweight') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** How a soreness report is named in a change: "Tight lower back" for stiffness, "Sore quads" otherwise. */
export function sorenessWord(s: { tight?: boolean | undefined }): 'Tight' | 'Sore' {
  return s.tight ? 'Tight' : 'Sore';
}

/** "your knee hurts", "your shins hurt", "your knee and hip hurt": parts named in the plural take the plural verb. */
export function hurts(part: string): string {
  return (/s$/.test(part) && part !== 'achilles') || / and /.test(part) ? 'hurt' : 'hurts';
}
