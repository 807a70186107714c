import { fail, isNone, normalize, ok, type ParseResult } from './text.js';

export type DistanceUnit = 'mi' | 'km';

export interface WeeklyMileage {
  value: number;
  unit: DistanceUnit;
}

const KM_PER_MILE = 1.609344;

/** Converts a distance between miles and kilometres, to one decimal. */
export function convertDistance(value: number, from: DistanceUnit, to: DistanceUnit): number {
  if (from === to) return value;
  const v = from === 'mi' ? value * KM_PER_MILE : value / KM_PER_MILE;
  return Math.round(v * 10) / 10;
}

/**
 * Current weekly running volume: "25 mpw", "25 miles a week", "about 20-25" (the middle), "40 km/week",
 * "40k a week", "25"; "none" / "not running" → 0. A bare number is in `defaultUnit`.
 */
export function parseWeeklyMileage(text: string, defaultUnit: DistanceUnit): ParseResult<WeeklyMileage> {
  const t = normalize(text);
  if (isNone(t) || /\b(not running|don'?t run|zero|nothing yet|0)\b/.test(t) && !/\b[1-9]\d*\b/.test(t)) {
    return ok({ value: 0, unit: defaultUnit });
  }
  const m = /(?:^|[^\d.])(\d{1,3}(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d{1,3}(?:\.\d+)?))?\s*(mpw|mi|miles?|mile|km|kms|k|kilomet(?:er|re)s?|kpw)?\b/.exec(t);
  if (!m) return fail("I didn't catch your weekly mileage - try '25 mpw' or '40 km a week' (0 if none)");
  const low = Number(m[1]);
  const value = m[2] === undefined ? low : (low + Number(m[2])) / 2;
  const word = m[3] ?? (/\b(miles?|mpw)\b/.test(t) ? 'mi' : /\b(km|kms|kilomet)/.test(t) ? 'km' : undefined);
  const unit: DistanceUnit = word === undefined ? defaultUnit : /^(k|km|kms|kilomet|kpw)/.test(word) ? 'km' : 'mi';
  if (value > (unit === 'km' ? 320 : 200)) return fail('That is more than I can plan for - how many miles (or km) a week? e.g. 25 mpw');
  return ok({ value: Math.round(value * 10) / 10, unit });
}
