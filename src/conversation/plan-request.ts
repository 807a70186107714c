import type { OnboardingProfile } from './onboarding/index.js';
import type { PlanRequest } from '../engine/program/program.js';
import { weeksToMeet, type StrengthRequest } from '../engine/strength/index.js';
import { ageRequestFields } from '../engine/strength/age-rules.js';
import type { RaceRequest } from '../engine/endurance/index.js';
import { hybridLiftDays, strengthFirstDays } from '../engine/program/hybrid.js';
import { planWeekCount } from '../engine/endurance/race-request.js';
import type { IsoWeekday, StrengthGoal } from '../engine/vocabulary.js';
import { convertWeight } from '../engine/units.js';

/**
 * Plan length for a lifting goal with no date to aim at: three beginner mesocycles (4 weeks each) or
 * intermediate/advanced ones (5–6 weeks), about a quarter of a year, after which Cadence offers a new plan.
 */
const STRENGTH_WEEKS = { beginner: 12, intermediate: 15, advanced: 18 } as const;

/** A body note about the back (not "coming back", which is no body part). */
const BACK_NOTE = /\b(?:lower back|low back|(?<!coming |getting |came |come )back|spine|disc|sciatica|herniat\w*)\b/i;

/** The heaviest dumbbell / kettlebell in the plan's units, kept only for what the client has. */
function maxLoadsFor(p: OnboardingProfile, units: 'kg' | 'lb'): StrengthRequest['maxLoads'] | undefined {
  const out: NonNullable<StrengthRequest['maxLoads']> = {};
  for (const k of ['dumbbell', 'kettlebell'] as const) {
    const m = p.maxLoads?.[k];
    if (m && p.equipment.includes(k)) out[k] = Math.round(convertWeight(m.load, m.unit, units) * 10) / 10;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The dumbbells / kettlebells the client owns ("kettlebells 15, 25 and 35"), in the plan's units. */
function ownedLoadsFor(p: OnboardingProfile, units: 'kg' | 'lb'): StrengthRequest['ownedLoads'] | undefined {
  const out: NonNullable<StrengthRequest['ownedLoads']> = {};
  for (const k of ['dumbbell', 'kettlebell'] as const) {
    const m = p.maxLoads?.[k];
    if (m?.owned?.length && p.equipment.includes(k)) out[k] = m.owned.map((l) => Math.round(convertWeight(l, m.unit, units) * 10) / 10);
  }
  return Object.keys(out).length ? out : undefined;
}

function strengthRequest(p: OnboardingProfile, startDate: string, goal: StrengthGoal, days: IsoWeekday[], minutes: number): StrengthRequest {
  const units = p.units === 'metric' ? 'kg' : 'lb';
  const maxLoads = maxLoadsFor(p, units);
  const ownedLoads = ownedLoadsFor(p, units);
  // A meet: the plan runs to the meet's week (4 to 52 weeks, what onboarding accepts) and peaks for it.
  const meetWeeks = p.meetDate && p.goal !== 'hybrid' && p.goal !== 'race' ? weeksToMeet(startDate, p.meetDate) : 0;
  const meet = meetWeeks >= 4 && meetWeeks <= 52;
  // A dated goal that is no meet ("hiking trip in june"): the plan runs to its week, with no peak.
  const eventWeeks = !meet && p.targetEvent ? weeksToMeet(startDate, p.targetEvent.date) : 0;
  const toEvent = eventWeeks >= 4 && eventWeeks <= 52;
  return {
    kind: 'strength',
    startDate,
    weeks: meet ? meetWeeks : toEvent ? eventWeeks : STRENGTH_WEEKS[p.trainingAge],
    ...(meet ? { meetDate: p.meetDate as string } : {}),
    trainingAge: p.trainingAge,
    goal,
    trainingDays: days.slice(0, 6),
    sessionMinutes: Math.min(150, Math.max(20, minutes)),
    equipment: p.equipment.length ? p.equipment : ['bodyweight'],
    limitations: p.limitations,
    // "tweaked my back last year, healed now": nothing spared, but the deadlift stays in low reps (guarded-pulls.ts).
    ...(p.bodyNotes?.some((n) => BACK_NOTE.test(n)) ? { backTold: true } : {}),
    units,
    ...(maxLoads ? { maxLoads } : {}),
    ...(ownedLoads ? { ownedLoads } : {}),
    // Told while setting up ("I have high blood pressure", "20 weeks pregnant"): the plan is built with it.
    ...(p.health?.length ? { health: p.health } : {}),
    // "I'm in a wheelchair": upper body and trunk only, every lift seated (strength/upper-body-only.ts).
    ...(p.upperBodyOnly ? { upperBodyOnly: true } : {}),
    // A teen ("I'm 16"): technique first, never to failure, no max singles.
    // A teen ("I'm 16") or a lifter 60+ ("I'm 64"): the age's rules (strength/age-rules.ts).
    ...ageRequestFields(p.age),
    // Maxes and hard sets given at onboarding: loads exist from the first workout.
    ...(p.lifts && Object.keys(p.lifts.oneRepMaxes).length ? { oneRepMaxes: p.lifts.oneRepMaxes } : {}),
    ...(p.lifts?.recentSets.length ? { recentSets: p.lifts.recentSets.map((s) => ({ exerciseId: s.exerciseId, weight: s.weight, reps: s.reps, rir: 1 })) } : {}),
  };
  // A doctor's lifting limit is no part of the request: the text that told it is kept and read again once the
  // plan exists (coach.ts withKeptNotes), a dated plan note on its dates only, as when told mid-plan.
}

/** Runs need at least three days a week; a client who offered two gets the nearest third day added. */
function runDays(days: IsoWeekday[]): IsoWeekday[] {
  const set = new Set<IsoWeekday>(days);
  for (const d of [6, 2, 4, 7, 3, 5, 1] as IsoWeekday[]) {
    if (set.size >= 3) break;
    set.add(d);
  }
  return [...set].sort((a, b) => a - b);
}

function raceRequest(p: OnboardingProfile, startDate: string): RaceRequest {
  const race = p.race!;
  const units = p.units === 'metric' ? 'km' : 'mi';
  const base: RaceRequest = {
    kind: 'race',
    distance: race.distance,
    ...(race.customDistanceKm ? { customDistanceKm: race.customDistanceKm } : {}),
    raceDate: race.date,
    startDate,
    goalTime: race.goalTime,
    currentWeeklyMileage: race.weeklyMileage,
    trainingDays: runDays(p.trainingDays),
    // "long run sundays": the day asked, while it is still a run day (a later change of days may drop it).
    ...(race.longRunDay !== undefined && runDays(p.trainingDays).includes(race.longRunDay) ? { longRunDay: race.longRunDay } : {}),
    // Run/walk sessions for new runners are built to fit this.
    sessionMinutes: Math.max(15, Math.min(300, p.sessionMinutes)),
    // "60 min per run": every run, the long run too, fits the runner's time.
    ...(p.runMinutes ? { maxRunMinutes: p.runMinutes } : {}),
    units,
  };
  if (race.recentRace) {
    const d = race.recentRace.distance;
    return { ...base, recentRace: { distance: d === 'custom' ? (race.recentRace.customDistanceKm ?? 5) : d, time: race.recentRace.time } };
  }
  // Nothing measured: the engine estimates fitness from weekly mileage, labels it, and shows no race pace
  // or prediction (an intermediate's guessed 5K pace is still a guess).
  return base;
}

/** The engine request for a confirmed onboarding profile; the plan starts on the client's local today. */
export function profileToPlanRequest(p: OnboardingProfile, today: string): PlanRequest {
  if (p.goal === 'race' && p.race) return raceRequest(p, today);
  if (p.goal === 'hybrid' && p.race) {
    let race = raceRequest(p, today);
    // Strength first: lifting takes 2-3 of the client's days and the runs the rest; otherwise (or when the
    // days cannot hold both) lift on up to two days the runs leave free, never the day before the long run or
    // a quality day (interference rules, program/hybrid.ts); no free day means a run-only plan (said in the
    // summary).
    const first = p.liftFirst ? strengthFirstDays(p.trainingDays, race.longRunDay, p.liftDaysPerWeek) : null;
    if (first) race = { ...race, trainingDays: first.runDays };
    // Lifting days the client named stay theirs (their week has room for them there); days that are also run days
    // are left to the plan's own choice.
    const named = p.liftDays?.filter((d) => !race.trainingDays.includes(d)) ?? [];
    // Named days that would fill the week ("run tue thu sat sun, lift mon wed fri") keep a rest day (rule 3):
    // as many of them as fit, picked as when none are named (the summary says how many were asked).
    const fitted = named.length && named.length + race.trainingDays.length >= 7 ? hybridLiftDays(race.trainingDays, race.longRunDay, named.length) : named;
    const liftDays = first ? first.liftDays : fitted.length ? fitted : hybridLiftDays(race.trainingDays, race.longRunDay, p.liftDaysPerWeek);
    // The lifting runs as long as the race plan (4 to 52 weeks): a 15-week strength plan would stop lifting
    // halfway to a race 40 weeks out.
    const weeks = Math.max(4, Math.min(52, planWeekCount(today, race.raceDate)));
    // A strength-first client's lifting is a strength program (a muscle program when "build muscle" was said);
    // lifting beside a race is general fitness.
    const goal: StrengthGoal = p.liftFirst ? (p.alsoGoal === 'hypertrophy' ? 'hypertrophy' : 'strength') : 'general_fitness';
    return {
      kind: 'hybrid',
      race,
      strength: liftDays.length ? { ...strengthRequest(p, today, goal, liftDays, Math.min(p.sessionMinutes, 60)), weeks } : null,
    };
  }
  const goal: StrengthGoal = p.goal === 'race' || p.goal === 'hybrid' ? 'general_fitness' : p.goal;
  return strengthRequest(p, today, goal, p.trainingDays, p.sessionMinutes);
}
