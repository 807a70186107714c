/**
 * The coach's-review persona grid (issue 13) as data: every lifter age × goal × 3 and 6 days × home and full
 * gym, new runners and runners from 10 to 60 mi/week to 5K, 10K, half and marathon (near and far from the
 * race), and a hybrid. The review test (test/engine/program/coach-review.test.ts) checks every week of every
 * persona; `npm run -s plan -- --grid` prints one line of figures per persona for a coach to skim.
 */
import { addDays } from '../dates.js';
import { raceRequestSchema, type RaceRequest } from '../endurance/race-request.js';
import { ageRequestFields } from '../strength/age-rules.js';
import { parseStrengthRequest, type StrengthRequest } from '../strength/request.js';
import { EQUIPMENT_PRESETS, STRENGTH_GOALS, TRAINING_AGES, type Equipment, type IsoWeekday, type StrengthGoal, type TrainingAge } from '../vocabulary.js';
import type { PlanRequest } from './program.js';

export const HOME_KIT = ['dumbbell', 'bench', 'bands', 'bodyweight'] as const;
export const GYM_KIT = ['barbell', 'rack', 'bench', 'dumbbell', 'cable', 'machine', 'pullup_bar', 'bodyweight'] as const;
export const PERSONA_START = '2026-03-02';

export interface Persona {
  name: string;
  request: PlanRequest;
}

export interface LifterOptions {
  days?: IsoWeekday[];
  home?: boolean;
  minutes?: number;
  weeks?: number;
  startDate?: string;
  /** Any kit (overrides `home`), the heaviest dumbbell/bell, known maxes and units. */
  equipment?: readonly Equipment[];
  maxLoads?: StrengthRequest['maxLoads'];
  oneRepMaxes?: Record<string, number>;
  units?: 'lb' | 'kg';
  /** A meet the plan peaks for (in its last week). */
  meetDate?: string;
  /** The lifter's age in years: the age band's rules (strength/age-rules.ts), as onboarding applies them. */
  age?: number;
  /** Health conditions told with the plan (request `health`: osteopenia, a pregnancy). */
  health?: StrengthRequest['health'];
  /** Upper body only (a wheelchair user): seated lifts, activity in active minutes, not steps. */
  upperBodyOnly?: boolean;
}

export function lifterRequest(age: TrainingAge, goal: StrengthGoal, o: LifterOptions = {}): StrengthRequest {
  const r = parseStrengthRequest({
    kind: 'strength',
    startDate: o.startDate ?? PERSONA_START,
    weeks: o.weeks ?? 12,
    trainingAge: age,
    goal,
    trainingDays: o.days ?? [1, 3, 5],
    sessionMinutes: o.minutes ?? 60,
    equipment: [...(o.equipment ?? (o.home ? HOME_KIT : GYM_KIT))],
    units: o.units ?? 'lb',
    ...(o.maxLoads ? { maxLoads: o.maxLoads } : {}),
    ...(o.oneRepMaxes ? { oneRepMaxes: o.oneRepMaxes } : {}),
    ...(o.meetDate ? { meetDate: o.meetDate } : {}),
    ...ageRequestFields(o.age),
    ...(o.health ? { health: o.health } : {}),
    ...(o.upperBodyOnly ? { upperBodyOnly: true } : {}),
    seed: 11,
  });
  if (!r.success) throw new Error(r.error);
  return r.data;
}

/**
 * A runner `weeks` weeks (race day included) from the race. Days by mileage: 4 under 20 mi, 5 under 40, else
 * 6; a recent 10K that fits the mileage (58:00, 48:00, 40:00) unless `measured` is false; new runners (0 mi)
 * give 30-minute sessions and no race.
 */
export function runnerRequest(distance: RaceRequest['distance'], mileage: number, weeks: number, extra: Partial<RaceRequest> & { measured?: boolean } = {}): RaceRequest {
  const { measured = mileage > 0, ...rest } = extra;
  const start = rest.startDate ?? PERSONA_START;
  return raceRequestSchema.parse({
    kind: 'race',
    distance,
    startDate: start,
    raceDate: addDays(start, weeks * 7 - 1),
    currentWeeklyMileage: mileage,
    trainingDays: mileage >= 40 ? [1, 2, 3, 4, 6, 7] : mileage >= 20 ? [2, 3, 4, 6, 7] : [2, 4, 6, 7],
    units: 'mi',
    ...(mileage === 0 ? { sessionMinutes: 30 } : {}),
    ...(measured ? { recentRace: { distance: '10k', time: mileage >= 40 ? '40:00' : mileage >= 20 ? '48:00' : '58:00' } } : {}),
    ...rest,
  });
}

/** Runner personas: distance, weekly mileage, weeks to the race. */
export const RUNNER_GRID: ReadonlyArray<[RaceRequest['distance'], number, number]> = [
  ['5k', 0, 8],
  ['5k', 10, 10],
  ['10k', 0, 12],
  ['10k', 10, 10],
  ['10k', 25, 12],
  ['half', 0, 16],
  ['half', 15, 12],
  ['half', 30, 14],
  ['half', 30, 40],
  ['marathon', 10, 24],
  ['marathon', 20, 18],
  ['marathon', 35, 20],
  ['marathon', 35, 46],
  ['marathon', 60, 18],
];

/** A half marathon `weeks` out on Tue/Thu/Sat/Sun with lifting Mon and Fri for as long as the race plan. */
export function hybridRequest(weeks = 13): PlanRequest {
  const race = runnerRequest('half', 20, weeks, { trainingDays: [2, 4, 6, 7], longRunDay: 7 });
  const strength = { ...lifterRequest('intermediate', 'general_fitness', { days: [1, 5] }), weeks };
  return { kind: 'hybrid', race, strength };
}

const LIFTER_MAXES = { back_squat: 315, deadlift: 405, bench_press: 245, overhead_press: 135 };

/**
 * Lifters with the kit clients actually text: only bodyweight, a barbell without a bench, one kettlebell,
 * dumbbells that stop at 50 lb or a single pair of 25s, a machines-and-dumbbells chain gym. Every exercise they
 * get must be doable with that kit, and no set may run past the rep ceiling (load-cap.ts).
 */
export function equipmentPersonas(): Persona[] {
  return [
    { name: 'lift beginner general_fitness 3d bodyweight only', request: lifterRequest('beginner', 'general_fitness', { equipment: ['bodyweight'] }) },
    { name: 'lift intermediate strength 3d barbell+rack, no bench', request: lifterRequest('intermediate', 'strength', { equipment: ['barbell', 'rack', 'bodyweight'], oneRepMaxes: LIFTER_MAXES }) },
    {
      name: 'lift intermediate general_fitness 3d one 16 kg kettlebell + pull-up bar',
      request: lifterRequest('intermediate', 'general_fitness', { equipment: ['kettlebell', 'pullup_bar', 'bodyweight'], units: 'kg', maxLoads: { kettlebell: 16 }, oneRepMaxes: { back_squat: 140, deadlift: 180 } }),
    },
    { name: 'lift intermediate hypertrophy 3d dumbbells to 50 lb + cable', request: lifterRequest('intermediate', 'hypertrophy', { equipment: ['dumbbell', 'cable', 'bodyweight'], maxLoads: { dumbbell: 50 }, oneRepMaxes: LIFTER_MAXES }) },
    { name: 'lift advanced hypertrophy 4d a pair of 25 lb dumbbells + bands', request: lifterRequest('advanced', 'hypertrophy', { days: [1, 2, 4, 5], equipment: ['dumbbell', 'bands', 'bodyweight'], maxLoads: { dumbbell: 25 }, oneRepMaxes: LIFTER_MAXES }) },
    { name: 'lift beginner fat_loss 3d planet fitness', request: lifterRequest('beginner', 'fat_loss', { equipment: EQUIPMENT_PRESETS.machine_gym }) },
  ];
}

/**
 * Lifters by age (strength/age-rules.ts): a 16-year-old beginner, a 55-year-old beginner (no band: the adult
 * rules), a 65-year-old beginner at the gym and at home, and a 65-year-old who already lifts. (The one at home
 * had nine lines a day, power and balance added, until a session's exercises were capped by its minutes and
 * the lifter's experience: strength/session-size.ts.)
 */
export function agePersonas(): Persona[] {
  return [
    { name: 'lift age 16 beginner general_fitness 3d gym', request: lifterRequest('beginner', 'general_fitness', { age: 16 }) },
    { name: 'lift age 16 beginner strength 4d gym', request: lifterRequest('beginner', 'strength', { age: 16, days: [1, 2, 4, 5] }) },
    { name: 'lift age 55 beginner general_fitness 3d home', request: lifterRequest('beginner', 'general_fitness', { age: 55, home: true }) },
    { name: 'lift age 55 beginner fat_loss 3d gym', request: lifterRequest('beginner', 'fat_loss', { age: 55 }) },
    { name: 'lift age 65 beginner general_fitness 3d gym', request: lifterRequest('beginner', 'general_fitness', { age: 65 }) },
    { name: 'lift age 65 beginner general_fitness 3d home', request: lifterRequest('beginner', 'general_fitness', { age: 65, home: true }) },
    { name: 'lift age 58 beginner general_fitness 3d dumbbells+bands, osteopenia', request: lifterRequest('beginner', 'general_fitness', { age: 58, equipment: ['dumbbell', 'bands', 'bodyweight'], minutes: 45, health: [{ condition: 'bone', label: 'osteopenia' }] }) },
    { name: 'lift intermediate general_fitness 3d gym, pregnant (2nd trimester)', request: lifterRequest('intermediate', 'general_fitness', { health: [{ condition: 'pregnancy', label: 'pregnancy (second trimester)' }], oneRepMaxes: { back_squat: 185, bench_press: 135 } }) },
    { name: 'lift intermediate general_fitness 3d gym, postpartum (had her son 8 months ago)', request: lifterRequest('intermediate', 'general_fitness', { health: [{ condition: 'postpartum', label: 'recent birth' }], oneRepMaxes: { back_squat: 155, bench_press: 95 } }) },
    { name: 'lift beginner fat_loss 3d gym, wheelchair (upper body only)', request: lifterRequest('beginner', 'fat_loss', { upperBodyOnly: true }) },
    { name: 'lift age 65 intermediate strength 4d gym', request: lifterRequest('intermediate', 'strength', { age: 65, days: [1, 2, 4, 5], oneRepMaxes: { back_squat: 225, deadlift: 275, bench_press: 165, overhead_press: 95 } }) },
  ];
}

/** Every persona of the grid, named for a report line. */
export function personaGrid(): Persona[] {
  const out: Persona[] = [];
  for (const age of TRAINING_AGES) {
    for (const goal of STRENGTH_GOALS) {
      for (const days of [[1, 3, 5], [1, 2, 3, 4, 5, 6]] as IsoWeekday[][]) {
        for (const home of [true, false]) {
          out.push({ name: `lift ${age} ${goal} ${days.length}d ${home ? 'home' : 'gym'}`, request: lifterRequest(age, goal, { days, home }) });
        }
      }
    }
  }
  out.push({ name: 'lift beginner fat_loss 3d home 45min', request: lifterRequest('beginner', 'fat_loss', { home: true, minutes: 45 }) });
  out.push(...equipmentPersonas());
  out.push(...agePersonas());
  // A powerlifter peaking for a meet on the Saturday of week 12: heavy singles in week 11, a light meet week.
  out.push({ name: 'lift advanced strength 4d gym, meet week 12', request: lifterRequest('advanced', 'strength', { days: [1, 2, 4, 5], oneRepMaxes: LIFTER_MAXES, meetDate: addDays(PERSONA_START, 7 * 11 + 5) }) });
  for (const [distance, mileage, weeks] of RUNNER_GRID) {
    out.push({ name: `run ${distance} ${mileage}mi ${weeks}wk`, request: runnerRequest(distance, mileage, weeks) });
  }
  // A miler on the track (custom 1.609 km): speed-first quality and a miler's taper, not the 5K's.
  out.push({ name: 'run half 20mi 4wk (short notice)', request: runnerRequest('half', 20, 4) });
  // Ultras (distance class 'ultra'): long runs by time on feet, walk breaks and fuelling on the long runs.
  out.push({ name: 'run 50k 35mi 20wk', request: runnerRequest('custom', 35, 20, { customDistanceKm: 50 }) });
  out.push({ name: 'run 50mi 45mi 24wk', request: runnerRequest('custom', 45, 24, { customDistanceKm: 80.47 }) });
  out.push({ name: 'run 100k 50mi 24wk', request: runnerRequest('custom', 50, 24, { customDistanceKm: 100 }) });
  out.push({ name: 'run 100mi 55mi 24wk', request: runnerRequest('custom', 55, 24, { customDistanceKm: 160.93 }) });
  out.push({ name: 'run mile 15mi 10wk', request: runnerRequest('custom', 15, 10, { customDistanceKm: 1.609 }) });
  out.push({ name: 'run 10k 15mi 12wk estimated', request: runnerRequest('10k', 15, 12, { measured: false }) });
  out.push({ name: 'run marathon 20mi 18wk estimated', request: runnerRequest('marathon', 20, 18, { measured: false }) });
  out.push({ name: 'run marathon 35mi 46wk from Sunday', request: runnerRequest('marathon', 35, 46, { startDate: '2026-03-01' }) });
  // Runners in km (the 10 % rule, cutbacks and long-run share in their units), one starting on a Wednesday.
  out.push({ name: 'run marathon 70km 18wk', request: runnerRequest('marathon', 70, 18, { units: 'km' }) });
  out.push({ name: 'run half 70km 14wk from Wednesday', request: runnerRequest('half', 70, 14, { units: 'km', trainingDays: [2, 3, 4, 6, 7], startDate: '2026-03-04' }) });
  out.push({ name: 'run 10k 40km 12wk', request: runnerRequest('10k', 40, 12, { units: 'km', trainingDays: [2, 3, 4, 6, 7] }) });
  out.push({ name: 'run 5k 60km 10wk', request: runnerRequest('5k', 60, 10, { units: 'km', trainingDays: [2, 3, 4, 6, 7] }) });
  // A 5K runner on big weeks: a quarter of the week long (~15 mi), ~9 mi easy days (volume.ts bigWeekLongCap).
  out.push({ name: 'run 5k 60mi 10wk', request: runnerRequest('5k', 60, 10) });
  // A 5K runner on 70 km over 4 days with no race: the estimate's slow easy pace must not cut their week.
  out.push({ name: 'run 5k 70km 4d 10wk estimated', request: runnerRequest('5k', 70, 10, { units: 'km', trainingDays: [2, 4, 6, 7], measured: false }) });
  out.push({ name: 'hybrid half 20mi + lift Mon/Fri', request: hybridRequest() });
  out.push({ name: 'hybrid half 20mi 40wk + lift Mon/Fri', request: hybridRequest(40) });
  return out;
}
