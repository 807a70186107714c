import type { WorkSchedule } from '../parse/work-schedule.js';
import type { UnknownLift } from './unknown-lifts.js';
import type { HealthNote } from '../../engine/adaptation/health.js';
import type { Equipment, IsoWeekday, Limitation, RaceDistance, StrengthGoal, TrainingAge } from '../../engine/vocabulary.js';

/** A dated reason to train that is no competition (target-event.ts): `date` 'YYYY-MM-DD'; `monthOnly` when only a month was said. */
export interface TargetEvent {
  name: string;
  date: string;
  monthOnly?: true;
}

/** Every slot onboarding fills, in the order missing ones are asked (see the table in slots.ts). */
export const SLOT_KEYS = [
  'name',
  'age',
  'goal',
  'meet',
  'target_event',
  'race_event',
  'race_goal_time',
  'race_recent',
  'race_mileage',
  'experience',
  'work',
  'days',
  'duration',
  'run_time',
  'equipment',
  'limitations',
  'load_limit',
  'maxes',
  'timezone',
  'morning_time',
  'units',
] as const;
export type SlotKey = (typeof SLOT_KEYS)[number];

/** Where the conversation is: asking a slot, showing the summary, or done. */
export const ONBOARDING_STEPS = [...SLOT_KEYS, 'confirm', 'complete'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface RaceProfile {
  distance: RaceDistance;
  customDistanceKm?: number;
  /** Local race day, 'YYYY-MM-DD'. */
  date: string;
  /** No race booked: `date` is the target day Cadence set (and a later race date replaces it). */
  targetDate?: boolean;
  /** 'h:mm:ss', or null when the client just wants to finish. */
  goalTime: string | null;
  recentRace: { distance: RaceDistance; customDistanceKm?: number; time: string } | null;
  /** In the profile's units: miles for imperial, km for metric. */
  weeklyMileage: number;
  /** The day the runner asked the long run on ("long run sundays"), one of the training days. */
  longRunDay?: IsoWeekday;
}

/** `owned`: the weights the client has ("kettlebells 15, 25 and 35"), in `unit`; absent: any up to `load`. */
export interface MaxLoads {
  dumbbell?: { load: number; unit: 'kg' | 'lb'; owned?: number[] };
  kettlebell?: { load: number; unit: 'kg' | 'lb'; owned?: number[] };
}

/** Current maxes or a recent hard set per lift, in the profile's weight unit: loads exist from day one. */
export interface KnownLifts {
  oneRepMaxes: Record<string, number>;
  recentSets: Array<{ exerciseId: string; weight: number; reps: number }>;
  /** Lifts given as numbers from before a break, by exercise: what they were then (the values above are 85% of it). */
  lapsed?: Record<string, number>;
  /** Years since the lapsed numbers ("haven't touched a barbell in 12 years"); from LONG_LAPSE_YEARS they set no loads. */
  lapseYears?: number;
}

export interface OnboardingProfile {
  name: string;
  /** hybrid = "a mix": lifting plus a race. */
  goal: StrengthGoal | 'race' | 'hybrid';
  /** A second lifting goal said beside the first ("get stronger n lose the gut"): said back, kept for the coach; the plan follows `goal`. For a lifting-first hybrid, the lifting goal said ("build muscle and also run a half"): its lifting trains for that. */
  alsoGoal?: StrengthGoal;
  trainingAge: TrainingAge;
  trainingDays: IsoWeekday[];
  /** Hybrid only: how many days a week they lift ("I lift 3x a week"), placed on days the runs leave free. */
  liftDaysPerWeek?: number;
  /** Hybrid only: the lifting days the client named ("run mon wed fri sat and lift tue thu"); kept as said. */
  liftDays?: IsoWeekday[];
  /** Lifters only: a meet (competition) day, 'YYYY-MM-DD': the plan ends that week, peaking for it. */
  meetDate?: string;
  /** Lifters only: a dated goal that is no competition ("hiking trip in june", "wedding june 14"): the plan runs to it. */
  targetEvent?: TargetEvent;
  /** Hybrid only: lifting is the priority ("strength first, running on the side"): lifting takes 2-3 of the days. */
  liftFirst?: boolean;
  sessionMinutes: number;
  /** Runners: the most minutes any one run may take ("60 min per run"), when they said; caps every run. */
  runMinutes?: number;
  equipment: Equipment[];
  /** The heaviest dumbbell / kettlebell named ("dumbbells up to 50", "one 16 kg kettlebell"): loads stay under it. */
  maxLoads?: MaxLoads;
  limitations: Limitation[];
  /**
   * The areas as the client named them, with the side when said ("left knee", "shins", "IT band"), for restating;
   * `limitations` is what the library spares. Kept in the profile so replies mid-plan still say "your left knee".
   */
  limitationAreas?: string[];
  /** Another sport on given days ("swim mon wed"): those days are busy with it, not run days. */
  crossTraining?: string[];
  /**
   * When they work, said at onboarding ("I work nights Mon-Wed", "3 twelves, the days change every week"): shift
   * days are not training days; a rotating schedule has none fixed, so they text each week's days.
   */
  work?: WorkSchedule;
  /** When in the day they can train, as said ("I can only work out before 7am on weekdays"): said back, kept for the coach. */
  trainingWindow?: string;
  /** Said about the body that asks for no change ("knee clicks, no pain"): kept for the coach, nothing spared. */
  bodyNotes?: string[];
  /** A bare clock for the morning text that could be am or pm ("5:30"), 'HH:MM' as if am: asked once, "5:30am or pm?". */
  morningClockUnsure?: string;
  /**
   * Health conditions told while setting up ("I have high blood pressure", "20 weeks pregnant"), one per rule
   * set, in the client's words (from the kept notes): the plan is built with them (request `health`), rather
   * than changed by them afterwards.
   */
  health?: HealthNote[];
  /** The legs bear no load ("I'm in a wheelchair"): upper body and trunk only, every lift seated. */
  upperBodyOnly?: boolean;
  /** Their age when they said it ("I'm 16"): under 18 the plan puts technique first (parse/age.ts). */
  age?: number;
  /**
   * A lifting limit, usually a doctor's ("no lifting over 20 lb for 6 weeks"), with its last day when said:
   * the plan holds it as a dated plan note, as when told mid-plan (the text is kept in `notes`).
   */
  loadLimit?: { load: number; unit: 'kg' | 'lb'; until?: string };
  timezone: string;
  /** 'HH:MM' local time for the daily text. */
  morningTime: string;
  units: 'imperial' | 'metric';
  race?: RaceProfile;
  /** Lifters only; null when they skipped the question. */
  lifts?: KnownLifts | null;
  /** Lifts given that the library lacks ("smith squat 3x8 at 95"): no weights set from them; said back, kept for the coach. */
  unknownLifts?: UnknownLift[];
}

/**
 * What has been answered so far. Like Partial<OnboardingProfile>, except the race can be half-answered
 * (distance now, goal time next message); a complete profile's answers are assignable to it.
 */
export type OnboardingAnswers = Partial<Omit<OnboardingProfile, 'race'>> & {
  /** Slots the coach filled with a default after "idk" (WHEN_UNSURE): a later text naming one replaces it, no correction word needed. */
  guessed?: SlotKey[];
  race?: Partial<RaceProfile> & RaceDraft;
  /** The training days came from a count ("3x a week"): the coach picked them, so they are proposed, not said as chosen. */
  daysFromCount?: boolean;
  /** The days came from a range ("3-4x a week") read at its low end for someone starting out: said back with why. */
  daysRange?: { low: number; high: number };
  /** Movements the client ruled out beside a limitation, as said ("no deep squats"): said back with it. */
  limitationCautions?: string[];
  /** Words with the injury that call for a doctor or physio ("can't bend", "swollen"): said back with that advice. */
  limitationRedFlags?: string[];
  /** Reports said mid-onboarding ("got the flu, out till thurs"), read again once the plan exists; `at` is when (ISO instant). */
  notes?: KeptNote[];
};

/** A text kept from onboarding, with the instant it was said (its "till thurs" is counted from then). */
export interface KeptNote {
  text: string;
  at: string;
  /** The injury answer's words, kept because they call for a doctor or physio (dropped when told again without). */
  injury?: true;
}

/** What is known about the race day before it is a date; dropped from the finished profile. */
export interface RaceDraft {
  /** 'YYYY-MM': a month said without a day ("next october"); the next question asks only for the day. */
  month?: string;
  /** The season `month` stands for ("late summer"), when a season was said: a guess, so the question says so. */
  season?: string;
  /** A well-known race named ("the chicago marathon"): its date is proposed for a yes. Id in KNOWN_RACES. */
  event?: string;
  /** The part of `month` said ("end of march", "early april", "mid may"): its Sunday is proposed for a yes. */
  part?: MonthPart;
  /** A race run told at the summary with its time but no distance ("race went great! 1:52:14"): kept for the distance. */
  pendingResult?: string;
}

export type MonthPart = 'early' | 'mid' | 'late';

/** Plain JSON data: stored by the caller between messages, resumable days later. */
export interface OnboardingState {
  step: OnboardingStep;
  answers: OnboardingAnswers;
  /** Steps visited before this one, most recent last; "back" pops it. */
  history: OnboardingStep[];
  /** Failed answers in a row at this step. */
  retries: number;
  /** Health news already answered ("had my baby 5 months ago"): not answered again when said again. */
  told?: string[];
  /** The days advice was just given ("how many days do you recommend?"): a count alone next ("ok 4 then") is the days. */
  advised?: 'days';
}

export interface OnboardingContext {
  now: Date;
  /** E.164, e.g. "+14155550123". */
  phone: string;
  /** The zone the phone number points to (libphonenumber's data), or null when it spans several. */
  phoneTimezone: string | null;
  /** The operator's default zone, used when the phone number tells us nothing. */
  defaultTimezone: string;
  /** Supplied by the engines: the plan this profile would get, in plain sentences. */
  summarize: (profile: OnboardingProfile) => string;
}

export interface OnboardingTurn {
  state: OnboardingState;
  /** GSM-7 only. */
  reply: string;
  /** Set only on the turn the client confirms YES at the summary. */
  profile?: OnboardingProfile;
}
