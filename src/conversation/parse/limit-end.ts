/**
 * When a limit the client was given ends, from their words: "for 6 weeks", "for the next month", "till my 6
 * week check", "until jan 15", "through march". Null when no end is said ("until my shoulder settles", "for
 * now"): the limit holds until the client says it is lifted.
 */
import { addDays, type IsoDate } from '../../engine/dates.js';
import { countFromWords } from './text.js';
import { findDateSpan, localToday } from './dates.js';
import { normalize } from './text.js';

const N = String.raw`(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple of|a few)`;

/** Spans said as a count: the last day the limit holds is the day before the count runs out. */
const SPANS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(String.raw`\bfor (?:the next |another |(?:about|around) )?(?:${N} )?(?:more )?months?\b`), 30],
  [new RegExp(String.raw`\bfor (?:the next |another |(?:about|around) )?(?:${N} )?(?:more )?weeks?\b`), 7],
  [new RegExp(String.raw`\bfor (?:the next |another |(?:about|around) )?${N} (?:more )?days?\b`), 1],
  // "till my 6 week check", "until my 6-week follow-up": the check-up is when it is looked at again.
  [new RegExp(String.raw`\b(?:until|till|til|before|to) (?:my |the )?${N}[- ]?weeks? (?:check|check-?up|follow-?up|appointment|appt|visit|scan|post-?op)\b`), 7],
  [new RegExp(String.raw`\b(?:until|till|til) (?:my |the )?${N}[- ]?months? (?:check|check-?up|follow-?up|appointment|appt|visit|scan)\b`), 30],
];

export function findLimitEnd(text: string, now: Date, zone: string): IsoDate | null {
  const t = normalize(text);
  const today = localToday(now, zone);
  for (const [re, unitDays] of SPANS) {
    const m = re.exec(t);
    if (!m) continue;
    // "for the next month": one.
    const n = m[1] ? (countFromWords(m[1]) ?? 1) : 1;
    return addDays(today, n * unitDays - 1);
  }
  // "until jan 15", "through march 3": a date named after an until-word.
  if (!/\b(?:until|till|til|thru|through|up to|before|by)\b/.test(t)) return null;
  const span = findDateSpan(t, now, zone);
  return span?.to && span.to > today ? span.to : null;
}
