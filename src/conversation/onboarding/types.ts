import type { Equipment, IsoWeekday, Limitation, RaceDistance, StrengthGoal, TrainingAge } from '../../engine/vocabulary.js';

/** The questions in the order they are first asked; race steps only for race and hybrid goals. */
export const ONBOARDING_STEPS = [
  'name',
  'goal',
  'experience',
  'days',
  'duration',
  'equipment',
  'limitations',
  'timezone',
  'morning_time',
  'race_event',
  'race_goal_time',
  'race_recent',
  'race_mileage',
  'confirm',
  /** Confirmed: the profile has been handed over; the client is no longer onboarding. */
  'complete',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface RaceProfile {
  distance: RaceDistance;
  customDistanceKm?: number;
  /** Local race day, 'YYYY-MM-DD'. */
  date: string;
  /** 'h:mm:ss', or null when the client just wants to finish. */
  goalTime: string | null;
  recentRace: { distance: RaceDistance; customDistanceKm?: number; time: string } | null;
  /** In the profile's units: miles for imperial, km for metric. */
  weeklyMileage: number;
}

export interface OnboardingProfile {
  name: string;
  /** hybrid = "a mix": lifting plus a race. */
  goal: StrengthGoal | 'race' | 'hybrid';
  trainingAge: TrainingAge;
  trainingDays: IsoWeekday[];
  sessionMinutes: number;
  equipment: Equipment[];
  limitations: Limitation[];
  timezone: string;
  /** 'HH:MM' local time for the daily text. */
  morningTime: string;
  units: 'imperial' | 'metric';
  race?: RaceProfile;
}

/**
 * What has been answered so far. Like Partial<OnboardingProfile>, except the race can be half-answered
 * (distance now, goal time next message); a complete profile's answers are assignable to it.
 */
export type OnboardingAnswers = Partial<Omit<OnboardingProfile, 'race'>> & { race?: Partial<RaceProfile> };

/** Plain JSON data: stored by the caller between messages, resumable days later. */
export interface OnboardingState {
  step: OnboardingStep;
  answers: OnboardingAnswers;
  /** Steps visited before this one, most recent last; "back" pops it. */
  history: OnboardingStep[];
  /** Failed answers in a row at this step. */
  retries: number;
}

export interface OnboardingContext {
  now: Date;
  /** E.164, e.g. "+14155550123": the area code seeds the time-zone guess and the units. */
  phone: string;
  /** The operator's default zone, used when the phone number tells us nothing. */
  defaultTimezone: string;
  /** Supplied by the engines: the plan this profile would get, in a few lines. */
  summarize: (profile: OnboardingProfile) => string;
}

export interface OnboardingTurn {
  state: OnboardingState;
  /** GSM-7 only, at most 320 characters. */
  reply: string;
  /** Set only on the turn the client confirms YES at the summary. */
  profile?: OnboardingProfile;
}
