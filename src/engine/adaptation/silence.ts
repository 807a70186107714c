/**
 * A client gone quiet: nothing logged for SILENT_DAYS or more while the plan ran. A coach notices on the next
 * contact (the morning text, which comes before their first text back): the sessions missed are not owed, and training
 * eases back in like after any time off (windows.ts re-entry). Days a break or sickness already accounts for
 * (a pause, an illness or time-off note) are not silence.
 */
import { addDays, daysBetween } from '../dates.js';
import { ILLNESS_DEFAULT_DAYS } from './windows.js';

export const SILENT_DAYS = 7;

/** Plan notes that account for days without training: the client told us why. */
const ACCOUNTED_NOTES: ReadonlySet<string> = new Set(['illness_note', 'pause']);

export interface SilenceInputs {
  today: string;
  /** The first day of the plan: silence is never counted from before it. */
  planStart: string;
  /** The latest date of any log (a skipped session told counts: the client said so). */
  lastLog: string | null;
  notes: ReadonlyArray<{ type: string; effective_from: string; effective_to: string | null }>;
}

/** The first silent day of a silence of SILENT_DAYS or more up to yesterday, or null (none, or a break in force today). */
export function silentSince(i: SilenceInputs): string | null {
  let since = i.planStart;
  const after = (date: string | null) => {
    if (date !== null && addDays(date, 1) > since) since = addDays(date, 1);
  };
  after(i.lastLog);
  for (const n of i.notes) {
    if (!ACCOUNTED_NOTES.has(n.type) || n.effective_from > i.today) continue;
    // An open pause is still in force; an open illness note runs its default days.
    const end = n.effective_to ?? (n.type === 'pause' ? i.today : addDays(n.effective_from, ILLNESS_DEFAULT_DAYS - 1));
    if (end >= i.today) return null;
    after(end);
  }
  return daysBetween(since, i.today) >= SILENT_DAYS ? since : null;
}
