import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * When a client's morning text is due. Pure: the clock is always passed in, so every DST edge can be tested
 * with a fixed instant.
 */

// Checking a zone builds an Intl formatter (~60 µs); a tick checks the same few zones for every client.
// IANA has about 600 names, so remembering answers stays small (capped anyway against junk input).
const zoneValidity = new Map<string, boolean>();
function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 2_000) zoneValidity.set(zone, valid);
  }
  return valid;
}

export const timezoneSchema = z
  .string({ error: 'timezone must be a string' })
  .refine(isValidZone, { message: 'timezone must be an IANA time zone such as America/New_York' });

export const morningTimeSchema = z
  .string({ error: 'morningTime must be a string' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'morningTime must be HH:MM on a 24-hour clock, e.g. 07:00');

export const localDateSchema = z
  .string({ error: 'localDate must be a string' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'localDate must be YYYY-MM-DD')
  .refine(
    (d) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, day));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
    },
    { message: 'localDate must be a real calendar date' },
  );

export const catchUpHoursSchema = z
  .number({ error: 'catchUpHours must be a number' })
  .min(0, 'catchUpHours must be 0 or more')
  .max(24, 'catchUpHours must be at most 24');

export interface MorningSchedule {
  /** IANA zone, e.g. America/New_York. */
  timezone: string;
  /** Local wall time, HH:MM. */
  morningTime: string;
}

export type DueStateName = 'not_yet' | 'due' | 'too_late';

export interface DueState {
  /** The client's local date at `now` (YYYY-MM-DD): the date the daily send is for. */
  localDate: string;
  /** The instant the morning text for `localDate` becomes due. */
  dueAt: Date;
  state: DueStateName;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

// Inputs reach these functions from validated rows and config; a bad one here is a bug, not user input, so
// it throws instead of returning a result the caller would have no sensible way to handle.
function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RangeError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

function offsetMinutesAt(ms: number, timezone: string): number {
  return DateTime.fromMillis(ms, { zone: timezone }).offset;
}

/**
 * The client's local calendar date at `now`, as YYYY-MM-DD. Every text asks it (once per client zone and
 * instant); the answer is kept per zone for the current UTC minute: every zone's offset is whole minutes,
 * so a local date changes only on a minute boundary.
 */
export function localDateAt(now: Date, timezone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = datesThisMinute.get(timezone);
  if (known && known.minute === minute) return known.date;
  parseOrThrow(timezoneSchema, timezone);
  const date = DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
  if (datesThisMinute.size >= 1000) datesThisMinute.clear();
  datesThisMinute.set(timezone, { minute, date });
  return date;
}

/** The last local date asked per zone, with the UTC minute it holds for (a bound on memory, not an LRU). */
const datesThisMinute = new Map<string, { minute: number; date: string }>();

/**
 * The UTC instant at which the wall clock in `timezone` reads `morningTime` on `localDate`.
 *
 * DST rules (luxon's own choices differ on both, so they are resolved here explicitly):
 * - A wall time that does not exist (the spring-forward gap, e.g. 02:30 in New York on 2027-03-14) maps to
 *   the first valid instant after the gap, i.e. the moment of the transition (03:00 EDT = 07:00Z). The
 *   client still gets one text that morning, as early as the clock allows.
 * - A wall time that happens twice (fall back, e.g. 01:30 in New York on 2027-11-07) maps to its FIRST
 *   occurrence (01:30 EDT = 05:30Z), so the text is never later than the client expects.
 */
export function morningInstant(localDate: string, morningTime: string, timezone: string): Date {
  parseOrThrow(localDateSchema, localDate);
  parseOrThrow(morningTimeSchema, morningTime);
  parseOrThrow(timezoneSchema, timezone);
  const [y, mo, d] = localDate.split('-').map(Number) as [number, number, number];
  const [h, mi] = morningTime.split(':').map(Number) as [number, number];
  // The wall time read as if it were UTC; the real instant is this minus the zone's offset at that instant.
  const wallMs = Date.UTC(y, mo - 1, d, h, mi);

  // Most days the zone keeps one offset all day and a day either side: every wall time that day is that offset
  // away (found once per zone and date; each offset read costs luxon an Intl call, and a morning pass asks
  // for every zone's distinct morning times: 1,208 of them in bench:morning, ~0.3 s of node CPU per pass).
  const steady = steadyOffset(timezone, Date.UTC(y, mo - 1, d));
  if (steady !== null) return new Date(wallMs - steady * MINUTE_MS);

  // Every offset the zone could have around this wall time. A day either side covers any single transition.
  const early = offsetMinutesAt(wallMs - 26 * HOUR_MS, timezone);
  const late = offsetMinutesAt(wallMs + 26 * HOUR_MS, timezone);
  // Most days: no transition nearby, one offset, nothing ambiguous.
  if (early === late && offsetMinutesAt(wallMs - early * MINUTE_MS, timezone) === early) return new Date(wallMs - early * MINUTE_MS);
  const offsets = new Set([early, late, offsetMinutesAt(wallMs, timezone)]);
  const valid = [...offsets]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((ms) => offsetMinutesAt(ms, timezone) * MINUTE_MS === wallMs - ms)
    .sort((a, b) => a - b);
  if (valid[0] !== undefined) return new Date(valid[0]);

  // In a gap: the transition lies between the wall time read with the later offset and with the earlier
  // one. Transitions fall on whole minutes, so bisect on minutes for the first instant past it.
  const candidates = [...offsets].map((offset) => wallMs - offset * MINUTE_MS);
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const before = offsetMinutesAt(lo, timezone);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / MINUTE_MS / 2) * MINUTE_MS;
    if (offsetMinutesAt(mid, timezone) === before) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/**
 * The zone's offset when it is the same from a day before `dayStartMs` (a local date's 00:00 read as UTC)
 * to a day after that date ends, probed every 26 hours at most (no zone changes twice in that time; the
 * one-off check in morningInstant probes no closer); null when a transition is near.
 */
function steadyOffset(timezone: string, dayStartMs: number): number | null {
  const key = `${timezone}|${dayStartMs}`;
  const known = steadyOffsets.get(key);
  if (known !== undefined) return known;
  const probes = [-26, 0, 12, 24, 50].map((h) => offsetMinutesAt(dayStartMs + h * HOUR_MS, timezone));
  const steady = probes.every((o) => o === probes[0]) ? probes[0]! : null;
  if (steadyOffsets.size >= 1000) steadyOffsets.clear();
  steadyOffsets.set(key, steady);
  return steady;
}

/** Zone and date → steadyOffset's answer (a bound on memory, not an LRU). */
const steadyOffsets = new Map<string, number | null>();

/**
 * Whether the morning text for the client's current local date is due at `now`: due when
 * dueAt <= now < dueAt + catchUpHours. A worker that was down sends late mornings only inside that window;
 * past it the morning is skipped (and logged by the caller) rather than texting a workout at lunch.
 *
 * The window is never shorter than one minute, so `catchUpHours = 0` means "only on the tick of the
 * morning minute itself" instead of "never".
 */
export function dueState(now: Date, schedule: MorningSchedule, catchUpHours: number): DueState {
  parseOrThrow(catchUpHoursSchema, catchUpHours);
  const localDate = localDateAt(now, schedule.timezone);
  const dueAt = morningInstant(localDate, schedule.morningTime, schedule.timezone);
  const windowMs = Math.max(catchUpHours * HOUR_MS, MINUTE_MS);
  const t = now.getTime();
  const state: DueStateName = t < dueAt.getTime() ? 'not_yet' : t < dueAt.getTime() + windowMs ? 'due' : 'too_late';
  return { localDate, dueAt, state };
}

export interface ZoneClock {
  timezone: string;
  localDate: string;
  /** Local wall time at `now`, HH:MM. */
  localTime: string;
}

/**
 * The local date and clock in each zone at `now`, so a tick can ask the database per zone for clients whose
 * morning time is at or before the local clock. Unknown zones are dropped, not thrown: one bad client row
 * must not stop everyone else's mornings.
 */
export function candidateTimezonesDue(now: Date, zones: readonly string[]): ZoneClock[] {
  const out: ZoneClock[] = [];
  for (const timezone of new Set(zones)) {
    if (!isValidZone(timezone)) continue;
    const local = DateTime.fromJSDate(now, { zone: timezone });
    out.push({ timezone, localDate: local.toISODate()!, localTime: local.toFormat('HH:mm') });
  }
  return out;
}
