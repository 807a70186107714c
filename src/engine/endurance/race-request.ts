/**
 * The race-plan request and its validation. A plan runs from `startDate` to `raceDate`; weeks are ISO weeks
 * (Monday–Sunday), the first one partial when the plan starts mid-week.
 *
 * Length limits: the race must be at least 8 days after the start and at most 728 days (104 weeks) after it: a
 * race two years out gets easy base weeks until its 20-odd-week build starts (outline holdWeeks). A race under
 * 27 days out (four weeks including race day: one base, build, peak and taper week) gets a short plan that
 * keeps, sharpens and tapers (phases.ts shortPhases); a race under 8 days out is race week already, with
 * nothing left to plan.
 */

import { z } from 'zod';
import { daysBetween, isIsoDate, startOfIsoWeek } from '../dates.js';
import { RACE_DISTANCES } from '../vocabulary.js';
import type { IsoWeekday, RaceDistance } from '../vocabulary.js';
import { parseDuration } from './durations.js';
import { METERS_PER_UNIT, STANDARD_DISTANCES_M } from './vdot.js';
import type { DistanceUnit } from '../workout/workout.js';
import { trackDistanceName } from './track-distances.js';

export const MIN_DAYS_TO_RACE = 8;
/** The fewest days to a race a plan with all four phases needs; a moved race keeps at least this many from the plan's start. */
export const MIN_DAYS_TO_FULL_PLAN = 27;
export const MAX_DAYS_TO_RACE = 728;

const isoDate = (field: string) =>
  z.string({ error: `${field} must be a date as YYYY-MM-DD` }).refine(isIsoDate, { message: `${field} must be a real date as YYYY-MM-DD` });

const timeText = (field: string) =>
  z
    .string({ error: `${field} must be a time as h:mm:ss or mm:ss` })
    .refine((s) => parseDuration(s) !== null, { message: `${field} must be a time as h:mm:ss or mm:ss` });

const weekday = (field: string) =>
  z
    .number({ error: `${field} must be a weekday number 1 (Monday) to 7 (Sunday)` })
    .int({ message: `${field} must be a weekday number 1 (Monday) to 7 (Sunday)` })
    .min(1, { message: `${field} must be a weekday number 1 (Monday) to 7 (Sunday)` })
    .max(7, { message: `${field} must be a weekday number 1 (Monday) to 7 (Sunday)` });

export const raceRequestSchema = z
  .object({
    kind: z.literal('race', { error: 'kind must be "race"' }),
    distance: z.enum(RACE_DISTANCES, { error: 'distance must be one of 5k, 10k, half, marathon, custom' }),
    customDistanceKm: z
      .number({ error: 'customDistanceKm must be a number of km' })
      .min(1, { message: 'customDistanceKm must be at least 1 km' })
      // A 100-mile ultra (160.9 km) is the longest race planned, with the ultra class (distanceClass).
      .max(170, { message: 'customDistanceKm must be at most 170 km (100 miles)' })
      .optional(),
    raceDate: isoDate('raceDate'),
    startDate: isoDate('startDate'),
    goalTime: timeText('goalTime').nullable().optional(),
    recentRace: z
      .object({
        distance: z.union([
          z.enum(['5k', '10k', 'half', 'marathon'], { error: 'recentRace.distance must be 5k, 10k, half, marathon or a number of km' }),
          z
            .number({ error: 'recentRace.distance must be 5k, 10k, half, marathon or a number of km' })
            .min(1, { message: 'recentRace.distance must be at least 1 km' })
            .max(100, { message: 'recentRace.distance must be at most 100 km' }),
        ]),
        time: timeText('recentRace.time'),
      })
      .optional(),
    fiveKPace: z
      .string({ error: 'fiveKPace must be a pace as m:ss' })
      .regex(/^\d{1,2}:[0-5]\d$/, { message: 'fiveKPace must be a pace as m:ss' })
      .optional(),
    currentWeeklyMileage: z
      .number({ error: 'currentWeeklyMileage must be a number' })
      .min(0, { message: 'currentWeeklyMileage must be 0 or more' })
      .max(200, { message: 'currentWeeklyMileage must be at most 200' }),
    trainingDays: z
      .array(weekday('trainingDays'), { error: 'trainingDays must be a list of weekday numbers 1–7' })
      .min(3, { message: 'trainingDays must name at least 3 days' })
      .max(7, { message: 'trainingDays must name at most 7 days' })
      .refine((d) => new Set(d).size === d.length, { message: 'trainingDays must not repeat a day' }),
    longRunDay: weekday('longRunDay').optional(),
    /**
     * Weekdays the runner lifts (hybrid plans): no quality session and no long run falls the day after one
     * (interference rule, program/hybrid.ts).
     */
    liftDays: z.array(weekday('liftDays')).max(6).optional(),
    /** Minutes a run day may take; run/walk sessions (new runners) are built to fit it. */
    sessionMinutes: z
      .number({ error: 'sessionMinutes must be a number of minutes' })
      .int({ message: 'sessionMinutes must be a whole number of minutes' })
      .min(15, { message: 'sessionMinutes must be at least 15' })
      .max(300, { message: 'sessionMinutes must be at most 300' })
      .optional(),
    /**
     * The most minutes the runner has for any one run ("60 min per run"): no run is planned longer, the long run
     * included (at easy pace). Absent: the distance's own caps only.
     */
    maxRunMinutes: z
      .number({ error: 'maxRunMinutes must be a number of minutes' })
      .int({ message: 'maxRunMinutes must be a whole number of minutes' })
      .min(15, { message: 'maxRunMinutes must be at least 15' })
      .max(300, { message: 'maxRunMinutes must be at most 300' })
      .optional(),
    units: z.enum(['mi', 'km'], { error: 'units must be mi or km' }).default('mi'),
  })
  .superRefine((r, ctx) => {
    if (r.distance === 'custom' && r.customDistanceKm === undefined) {
      ctx.addIssue({ code: 'custom', path: ['customDistanceKm'], message: 'customDistanceKm is required when distance is custom' });
    }
    // Neither recentRace nor fiveKPace: fitness is estimated from weekly mileage (outline.ts) and the plan
    // shows no race prediction or race pace.
    if (r.longRunDay !== undefined && !r.trainingDays.includes(r.longRunDay)) {
      ctx.addIssue({ code: 'custom', path: ['longRunDay'], message: 'longRunDay must be one of trainingDays' });
    }
    if (isIsoDate(r.raceDate) && isIsoDate(r.startDate)) {
      const days = daysBetween(r.startDate, r.raceDate);
      if (days < MIN_DAYS_TO_RACE) {
        ctx.addIssue({
          code: 'custom',
          path: ['raceDate'],
          message: `raceDate must be at least ${MIN_DAYS_TO_RACE} days after startDate; got ${days} days`,
        });
      } else if (days > MAX_DAYS_TO_RACE) {
        ctx.addIssue({ code: 'custom', path: ['raceDate'], message: `raceDate must be within ${MAX_DAYS_TO_RACE} days of startDate; got ${days} days` });
      }
    }
  });

export type RaceRequest = z.output<typeof raceRequestSchema>;
export type RaceRequestInput = z.input<typeof raceRequestSchema>;

export type ParseRaceResult = { success: true; data: RaceRequest } | { success: false; error: string };

/** Validates a race request; the error names the first failing field ("raceDate: …"). */
export function parseRaceRequest(input: unknown): ParseRaceResult {
  const r = raceRequestSchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  const issue = r.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const message = issue?.message ?? 'invalid race request';
  return { success: false, error: path && !message.startsWith(path) ? `${path}: ${message}` : message };
}

export function raceDistanceMeters(req: Pick<RaceRequest, 'distance' | 'customDistanceKm'>): number {
  if (req.distance === 'custom') return (req.customDistanceKm ?? 0) * 1000;
  return STANDARD_DISTANCES_M[req.distance];
}

export function recentDistanceMeters(d: '5k' | '10k' | 'half' | 'marathon' | number): number {
  return typeof d === 'number' ? d * 1000 : STANDARD_DISTANCES_M[d];
}

/**
 * The class a race plan is built for: a standard distance, or 'ultra' past the marathon (a 50K, 50 mi, 100K:
 * long runs by time on feet, walk breaks and fuelling; volume.ts and phases.ts tables. Back-to-back weekend long
 * runs for 50 mi+ are not planned yet).
 */
export type DistanceClass = Exclude<RaceDistance, 'custom'> | 'ultra';

/** A race longer than this (a 43 km "marathon" course is still a marathon) is an ultra. */
export const ULTRA_FROM_KM = 45;

/** The standard distance a custom race behaves like for taper length, peak volume and long-run cap. */
export function distanceClass(req: Pick<RaceRequest, 'distance' | 'customDistanceKm'>): DistanceClass {
  if (req.distance !== 'custom') return req.distance;
  const km = req.customDistanceKm ?? 0;
  if (km <= 7) return '5k';
  if (km <= 15) return '10k';
  if (km <= 30) return 'half';
  if (km <= ULTRA_FROM_KM) return 'marathon';
  return 'ultra';
}

/** Number of plan weeks: ISO weeks from the start's week through the race's week. */
export function planWeekCount(startDate: string, raceDate: string): number {
  return daysBetween(startOfIsoWeek(startDate), startOfIsoWeek(raceDate)) / 7 + 1;
}

export function raceDistanceInUnits(req: Pick<RaceRequest, 'distance' | 'customDistanceKm'>, units: DistanceUnit): number {
  return raceDistanceMeters(req) / METERS_PER_UNIT[units];
}

export function sortedDays(days: readonly number[]): IsoWeekday[] {
  return [...days].sort((a, b) => a - b) as IsoWeekday[];
}

export const DISTANCE_NAMES: Record<RaceDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  custom: 'race',
};

export function raceName(req: Pick<RaceRequest, 'distance' | 'customDistanceKm'>): string {
  if (req.distance !== 'custom') return DISTANCE_NAMES[req.distance];
  return trackDistanceName(req.customDistanceKm ?? 0) ?? `${req.customDistanceKm} km race`;
}
