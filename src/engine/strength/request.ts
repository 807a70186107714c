/**
 * The strength plan request: what onboarding collects, validated at the engine boundary.
 */
import { z } from 'zod';
import { addDays, daysBetween, isIsoDate } from '../dates.js';
import { EQUIPMENT, LIMITATIONS, STRENGTH_GOALS, TRAINING_AGES } from '../vocabulary.js';
import { exerciseById } from './exercises.js';
import { HEALTH_CONDITIONS } from '../adaptation/health.js';

const exerciseId = z
  .string({ error: 'exerciseId must be a string' })
  .refine((id) => exerciseById(id) !== undefined, { message: 'unknown exercise id' });

export const loggedSetInputSchema = z.object({
  exerciseId,
  weight: z.number({ error: 'weight must be a number' }).positive({ message: 'weight must be > 0' }),
  reps: z.number({ error: 'reps must be a number' }).int({ message: 'reps must be a whole number' }).min(1).max(50),
  rir: z.number({ error: 'rir must be a number' }).min(0).max(10).optional(),
});

export const strengthRequestSchema = z
  .object({
    kind: z.literal('strength', { error: "kind must be 'strength'" }),
    startDate: z
      .string({ error: 'startDate must be a YYYY-MM-DD string' })
      .refine(isIsoDate, { message: 'startDate must be a real date as YYYY-MM-DD' }),
    weeks: z
      .number({ error: 'weeks must be a number' })
      .int({ message: 'weeks must be a whole number' })
      .min(4, { message: 'weeks must be at least 4' })
      .max(52, { message: 'weeks must be at most 52' }),
    trainingAge: z.enum(TRAINING_AGES, { error: `trainingAge must be one of ${TRAINING_AGES.join(', ')}` }),
    goal: z.enum(STRENGTH_GOALS, { error: `goal must be one of ${STRENGTH_GOALS.join(', ')}` }),
    trainingDays: z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7], { error: 'trainingDays entries must be ISO weekdays 1-7' }))
      .min(1, { message: 'trainingDays needs at least 1 day' })
      .max(6, { message: 'trainingDays allows at most 6 days (keep one rest day)' })
      .refine((d) => new Set(d).size === d.length, { message: 'trainingDays must not repeat a day' }),
    sessionMinutes: z
      .number({ error: 'sessionMinutes must be a number' })
      .int({ message: 'sessionMinutes must be a whole number' })
      .min(20, { message: 'sessionMinutes must be at least 20' })
      .max(150, { message: 'sessionMinutes must be at most 150' }),
    equipment: z
      .array(z.enum(EQUIPMENT, { error: `equipment entries must be one of ${EQUIPMENT.join(', ')}` }))
      .min(1, { message: 'equipment needs at least one item' }),
    limitations: z
      .array(z.enum(LIMITATIONS, { error: `limitations entries must be one of ${LIMITATIONS.join(', ')}` }))
      .default([]),
    units: z.enum(['lb', 'kg'], { error: "units must be 'lb' or 'kg'" }).default('lb'),
    /**
     * The heaviest dumbbell (one of the pair) and kettlebell the client has, in `units` ("dumbbells up to 50",
     * "one 16 kg kettlebell"): loads never pass them, and sets that would need more weight get harder another
     * way (load-cap.ts).
     */
    maxLoads: z
      .object({
        dumbbell: z.number({ error: 'maxLoads.dumbbell must be a number' }).positive({ message: 'maxLoads.dumbbell must be > 0' }).optional(),
        kettlebell: z.number({ error: 'maxLoads.kettlebell must be a number' }).positive({ message: 'maxLoads.kettlebell must be > 0' }).optional(),
      })
      .strict()
      .optional(),
    /**
     * The dumbbells (one of the pair) and kettlebells the client owns, in `units` ("kettlebells 15, 25 and 35"):
     * every load of that implement is one of them, the nearest (never 20 lb to someone with 15/25/35).
     */
    ownedLoads: z
      .object({
        dumbbell: z.array(z.number().positive()).min(1).optional(),
        kettlebell: z.array(z.number().positive()).min(1).optional(),
      })
      .strict()
      .optional(),
    /**
     * Fewest reps in reserve and reps a set for the whole plan: a lifter under 18 (NSCA 2009 youth position
     * statement) trains technique first, never to failure and never with max singles; a health condition's
     * dated floors (adaptation/health.ts) can only raise it.
     */
    effortFloor: z
      .object({
        rir: z.number().int().min(0).max(5),
        minReps: z.number().int().min(1).max(12),
      })
      .strict()
      .optional(),
    /**
     * The lifter's age band (strength/age-rules.ts): which lifts the plan leaves out for their age (jumps and
     * unassisted pull-ups past 60), and for 60+ a power and a balance exercise on every training day.
     */
    ageBand: z.enum(['youth', 'older', 'oldest']).optional(),
    /**
     * The client's health conditions known when the plan is made ("osteopenia", "pregnancy (second trimester)"):
     * each rule's effort floor, smaller load steps, patterns left out and lifts swapped (adaptation/health.ts,
     * applied by strength/health-request.ts), said on every training day. One told later is an adaptation.
     */
    health: z
      .array(z.object({ condition: z.enum(HEALTH_CONDITIONS), label: z.string().min(1).max(80) }).strict())
      .optional(),
    /**
     * A back told of that spares nothing ("tweaked my back last year, healed now"): the deadlift stays at 6 reps
     * or fewer, as for a lower-back limitation (strength/guarded-pulls.ts).
     */
    backTold: z.boolean().optional(),
    /**
     * Upper body only (a wheelchair user, legs that bear no load): no lower-body lift and nothing done standing,
     * kneeling or on the floor; an upper-body rotation with seated trunk work (strength/upper-body-only.ts).
     */
    upperBodyOnly: z.boolean().optional(),
    /** Minutes of general warm-up before the first lift (default 5; longer for lifters 60+, strength/age-rules.ts). */
    warmupMinutes: z.number().int().min(5).max(20).optional(),
    /** Share of the usual load increase when loads go up (default 1; 0.5 for lifters 60+: half steps). */
    progressionScale: z.number().min(0.25).max(1).optional(),
    /** A line shown on every training day (an older lifter's warm-up, strength/age-rules.ts). */
    ageNote: z.string().max(300).optional(),
    /** Light power and balance work for a lifter 60+, one line on every training day (strength/age-rules.ts). */
    powerBalanceNote: z.string().max(300).optional(),
    oneRepMaxes: z
      .record(z.string(), z.number({ error: 'a 1RM must be a number' }).positive({ message: 'a 1RM must be > 0' }))
      .superRefine((rec, ctx) => {
        for (const id of Object.keys(rec)) {
          if (!exerciseById(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown exercise id "${id}"` });
        }
      })
      .optional(),
    recentSets: z.array(loggedSetInputSchema).optional(),
    seed: z.number({ error: 'seed must be a number' }).int({ message: 'seed must be an integer' }).optional(),
    /**
     * Training days told ahead ("from january i can only train tue and thu"): the weeks starting on or after
     * `from` are laid out on these days; the weeks before keep `trainingDays`.
     */
    laterDays: z
      .object({
        from: z.string().refine(isIsoDate, { message: 'laterDays.from must be a real date as YYYY-MM-DD' }),
        trainingDays: z
          .array(z.literal([1, 2, 3, 4, 5, 6, 7], { error: 'laterDays.trainingDays entries must be ISO weekdays 1-7' }))
          .min(1, { message: 'laterDays.trainingDays needs at least 1 day' })
          .max(6, { message: 'laterDays.trainingDays allows at most 6 days (keep one rest day)' }),
      })
      .strict()
      .optional(),
    /** A meet (powerlifting competition) on this day, in the plan's last week: the plan peaks for it. */
    meetDate: z
      .string({ error: 'meetDate must be a YYYY-MM-DD string' })
      .refine(isIsoDate, { message: 'meetDate must be a real date as YYYY-MM-DD' })
      .optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.meetDate === undefined) return;
    const lastWeek = addDays(r.startDate, 7 * (r.weeks - 1));
    if (r.meetDate < lastWeek || r.meetDate > addDays(lastWeek, 6)) {
      ctx.addIssue({ code: 'custom', path: ['meetDate'], message: `meetDate must fall in the plan's last week (${lastWeek} to ${addDays(lastWeek, 6)})` });
    }
  });

/**
 * The request a week starting on `weekStart` is built from: the days told ahead once their date has come (the
 * first week starting on or after it), the plan's own days before.
 */
export function requestForWeek(req: StrengthRequest, weekStart: string): StrengthRequest {
  if (!req.laterDays || weekStart < req.laterDays.from) return req;
  const { laterDays, ...rest } = req;
  return { ...rest, trainingDays: laterDays.trainingDays };
}

/** Plan weeks from `startDate` to a meet in the last one (strength weeks run 7 days from the start date). */
export function weeksToMeet(startDate: string, meetDate: string): number {
  return Math.floor(daysBetween(startDate, meetDate) / 7) + 1;
}

export type StrengthRequest = z.infer<typeof strengthRequestSchema>;
export type StrengthRequestInput = z.input<typeof strengthRequestSchema>;

export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

/** Validates a request; the error names the offending field path, e.g. "trainingDays.2: …". */
export function parseStrengthRequest(input: unknown): ParseResult<StrengthRequest> {
  const result = strengthRequestSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const error = result.error.issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(request)'}: ${i.message}`)
    .join('; ');
  return { success: false, error };
}

/**
 * A lifter under 18: every set 2+ reps short of failure with 5+ reps, so no max singles or grinding sets while
 * technique is learned (NSCA 2009 youth resistance training position statement; AAP 2020).
 */
export const YOUTH_EFFORT_FLOOR = { rir: 2, minReps: 5 } as const;

/**
 * Kit whose loads the plan cannot keep under a lifting limit: an empty barbell weighs 20 kg / 45 lb, and a
 * machine's or cable stack's weight is the client's pick, so under a limit the plan uses dumbbells and
 * kettlebells (capped), bands and bodyweight instead.
 */
const UNCAPPED_KIT: ReadonlySet<StrengthRequest['equipment'][number]> = new Set(['barbell', 'rack', 'cable', 'machine']);

/**
 * The request under a lifting limit (a doctor's "no lifting over 20 lb"), in the request's units: no kit
 * whose load it cannot cap, and no dumbbell or kettlebell heavier than the limit (sets that need more get
 * harder another way, load-cap.ts).
 */
export function withLoadLimit(req: StrengthRequest, limit: number): StrengthRequest {
  const equipment = req.equipment.filter((e) => !UNCAPPED_KIT.has(e));
  if (!equipment.includes('bodyweight')) equipment.push('bodyweight');
  const capped = (k: 'dumbbell' | 'kettlebell') => (equipment.includes(k) ? { [k]: Math.min(req.maxLoads?.[k] ?? limit, limit) } : {});
  return { ...req, equipment, maxLoads: { ...capped('dumbbell'), ...capped('kettlebell') } };
}
