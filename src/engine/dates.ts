/**
 * Pure ISO-date helpers. Dates are local calendar dates as 'YYYY-MM-DD' strings; all arithmetic is done on
 * UTC midnight of that calendar date so the machine's time zone and DST never shift a day.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

/** Validates a 'YYYY-MM-DD' string that names a real calendar day (rejects 2027-02-30). */
export function parseIsoDate(value: string): ParseResult<IsoDate> {
  const m = ISO_DATE.exec(value);
  if (!m) return { success: false, error: `expected a date as YYYY-MM-DD, got "${value}"` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return { success: false, error: `"${value}" is not a real calendar date` };
  }
  return { success: true, data: value };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value).success;
}

/** Days since 1970-01-01 for an ISO date. Throws on malformed input: callers validate at the boundary. */
export function toEpochDay(iso: IsoDate): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`invalid ISO date: ${iso}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function fromEpochDay(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
  const da = String(d.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${mo}-${da}`;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(iso) + n);
}

/**
 * The same calendar day `n` years on ("march 14" told in December is next year's March 14). February 29 in a year
 * without one is February 28: the day before March, never a date that does not exist.
 */
export function addYears(iso: IsoDate, n: number): IsoDate {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`invalid ISO date: ${iso}`);
  const [y, mo, d] = [Number(m[1]) + n, Number(m[2]), Number(m[3])];
  const lastOfMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return fromEpochDay(Math.round(Date.UTC(y, mo - 1, Math.min(d, lastOfMonth)) / MS_PER_DAY));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const dow = (((toEpochDay(iso) + 3) % 7) + 7) % 7;
  return dow + 1;
}

/** The Monday of the ISO week containing `iso`. */
export function startOfIsoWeek(iso: IsoDate): IsoDate {
  return addDays(iso, 1 - isoWeekday(iso));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Short weekday names by ISO weekday (Mon = 1), the only spelling clients read. */
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "2026-11-30" → "Mon". */
export function weekdayShort(iso: IsoDate): string {
  return WEEKDAY_SHORT[isoWeekday(iso) - 1]!;
}
