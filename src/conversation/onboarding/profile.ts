import { z } from 'zod';
import { weightUnitSchema } from '../../engine/workout/workout.schema.js';
import { EQUIPMENT, LIMITATIONS, RACE_DISTANCES, STRENGTH_GOALS, TRAINING_AGES } from '../../engine/vocabulary.js';
import { isIsoDate } from '../../engine/dates.js';
import { isValidTimezone } from '../parse/timezone.js';
import { findHealthConditions } from '../parse/health.js';
import { HEALTH_CONDITIONS } from '../../engine/adaptation/health.js';
import type { OnboardingAnswers, OnboardingProfile } from './types.js';
import { lifts, needsRace } from './slots.js';
import { DEFAULT_SESSION_MINUTES, RUN_WALK_BELOW } from '../../engine/endurance/run-walk.js';

const hms = z.string().regex(/^\d+:\d{2}:\d{2}$/, { message: 'race times must be h:mm:ss' });

const raceSchema = z.object({
  distance: z.enum(RACE_DISTANCES, { message: 'race.distance must be 5k, 10k, half, marathon or custom' }),
  customDistanceKm: z.number({ message: 'race.customDistanceKm must be a number' }).positive().optional(),
  date: z.string().refine(isIsoDate, { message: 'race.date must be YYYY-MM-DD' }),
  targetDate: z.boolean().optional(),
  goalTime: hms.nullable(),
  recentRace: z
    .object({
      distance: z.enum(RACE_DISTANCES, { message: 'race.recentRace.distance is not a known distance' }),
      customDistanceKm: z.number().positive().optional(),
      time: hms,
    })
    .nullable(),
  weeklyMileage: z.number({ message: 'race.weeklyMileage must be a number' }).min(0).max(320),
  longRunDay: z.number().int().min(1, { message: 'race.longRunDay must be an ISO weekday 1..7' }).max(7, { message: 'race.longRunDay must be an ISO weekday 1..7' }).optional(),
});

/** The finished profile, checked before it leaves onboarding. */
export const onboardingProfileSchema = z.object({
  // '' when the client chose not to give one.
  name: z.string({ message: 'name is required' }).max(40),
  goal: z.enum([...STRENGTH_GOALS, 'race', 'hybrid'], { message: 'goal is not a known goal' }),
  alsoGoal: z.enum(STRENGTH_GOALS, { message: 'alsoGoal is not a known lifting goal' }).optional(),
  trainingAge: z.enum(TRAINING_AGES, { message: 'trainingAge must be beginner, intermediate or advanced' }),
  trainingDays: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]), {
      message: 'trainingDays must be ISO weekdays 1..7',
    })
    .min(1, { message: 'trainingDays needs at least one day' }),
  liftDaysPerWeek: z.number().int().min(1).max(6).optional(),
  liftDays: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])).min(1).max(6).optional(),
  liftFirst: z.boolean().optional(),
  meetDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'meetDate must be YYYY-MM-DD' }).optional(),
  targetEvent: z.object({ name: z.string().min(1).max(40), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'targetEvent.date must be YYYY-MM-DD' }), monthOnly: z.literal(true).optional() }).optional(),
  sessionMinutes: z.number({ message: 'sessionMinutes must be a number' }).int().min(10).max(240),
  equipment: z.array(z.enum(EQUIPMENT, { message: 'equipment has an unknown item' })),
  maxLoads: z
    .object({
      // `owned`: the weights the client has ("kettlebells 15, 25 and 35"), in `unit`; absent: any up to `load`.
      dumbbell: z.object({ load: z.number().positive(), unit: weightUnitSchema, owned: z.array(z.number().positive()).optional() }).optional(),
      kettlebell: z.object({ load: z.number().positive(), unit: weightUnitSchema, owned: z.array(z.number().positive()).optional() }).optional(),
    })
    .optional(),
  limitations: z.array(z.enum(LIMITATIONS, { message: 'limitations has an unknown area' })),
  limitationAreas: z.array(z.string().max(40)).optional(),
  bodyNotes: z.array(z.string()).optional(),
  upperBodyOnly: z.boolean().optional(),
  health: z.array(z.object({ condition: z.enum(HEALTH_CONDITIONS), label: z.string().min(1).max(80) })).optional(),
  age: z.number().int().min(10).max(99).optional(),
  crossTraining: z.array(z.string()).optional(),
  trainingWindow: z.string().max(300).optional(),
  work: z
    .object({
      days: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])),
      nights: z.boolean(),
      rotating: z.boolean(),
    })
    .optional(),
  loadLimit: z.object({ load: z.number().positive(), unit: weightUnitSchema, until: z.string().refine(isIsoDate, { message: 'loadLimit.until must be YYYY-MM-DD' }).optional() }).optional(),
  timezone: z.string().refine(isValidTimezone, { message: 'timezone must be a valid IANA zone' }),
  morningTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'morningTime must be HH:MM' }),
  units: z.enum(['imperial', 'metric'], { message: 'units must be imperial or metric' }),
  race: raceSchema.optional(),
  runMinutes: z.number().int().min(15).max(300).optional(),
  unknownLifts: z.array(z.object({ name: z.string(), sets: z.string(), readAs: z.string() })).optional(),
  lifts: z
    .object({
      oneRepMaxes: z.record(z.string(), z.number().positive()),
      recentSets: z.array(z.object({ exerciseId: z.string(), weight: z.number().positive(), reps: z.number().int().min(1).max(50) })),
      lapsed: z.record(z.string(), z.number().positive()).optional(),
      lapseYears: z.number().int().min(0).max(80).optional(),
    })
    .nullable()
    .optional(),
});

/**
 * A runner is not asked for a session length: a new runner's run/walk sessions are the engine's 30 minutes (a
 * couch-to-5K session), anyone else's 60 (the race plan sets its own run lengths).
 */
function runnerMinutes(a: OnboardingAnswers): number {
  const mileage = a.race?.weeklyMileage;
  const below = RUN_WALK_BELOW[a.units === 'metric' ? 'km' : 'mi'];
  return mileage !== undefined && mileage < below ? DEFAULT_SESSION_MINUTES : 60;
}

/** The complete profile, or null while something is missing. Race details are dropped for lifting goals. */
function healthOf(notes: readonly { text: string }[]): Array<{ condition: (typeof HEALTH_CONDITIONS)[number]; label: string }> {
  const out: Array<{ condition: (typeof HEALTH_CONDITIONS)[number]; label: string }> = [];
  for (const n of notes) for (const h of findHealthConditions(n.text)) if (!out.some((o) => o.condition === h.condition)) out.push(h);
  return out;
}

export function buildProfile(a: OnboardingAnswers): OnboardingProfile | null {
  // Slots that do not apply to this goal get the values the engine needs anyway (a runner's session length
  // and equipment are not used by the race plan).
  const candidate = {
    ...a,
    race: needsRace(a.goal) ? a.race : undefined,
    sessionMinutes: a.sessionMinutes ?? (lifts(a.goal) ? undefined : runnerMinutes(a)),
    equipment: a.equipment ?? (lifts(a.goal) ? undefined : ['bodyweight']),
    lifts: lifts(a.goal) ? (a.lifts ?? null) : undefined,
  };
  // Health told along the way, kept as notes: one per rule set, the first words for it (parse/health.ts).
  const health = healthOf(a.notes ?? []);
  if (health.length) Object.assign(candidate, { health });
  if (candidate.race === undefined) delete candidate.race;
  if (candidate.lifts === undefined) delete candidate.lifts;
  const parsed = onboardingProfileSchema.safeParse(candidate);
  return parsed.success ? (parsed.data as OnboardingProfile) : null;
}
