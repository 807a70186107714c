/**
 * The intent rules, as a table. Each rule reads a text (or one clause of it) and returns the items it finds
 * with a confidence, or null. `scope: 'text'` rules see the whole message first (a trip or a swap is said
 * across commas); `scope: 'clause'` rules then read each sentence, so one message can log a lift, a run and
 * a soreness note. A rule marked `final` ends the reading of what it read; others add to it ("skipped,
 * knee hurts" is a pain note and a skip). Order is precedence: an injury before a log, a question before a
 * statement, a report before a greeting.
 */
import { sessionFeel } from '../parse/session-feel.js';
import { addDays, addYears, daysBetween, isoWeekday } from '../../engine/dates.js';
import type { Equipment } from '../../engine/vocabulary.js';
import { findBodyParts, jointOf, readinessSeverity, redFlags, severityOf, warningSigns } from '../parse/body.js';
import { findDateRef, findDateSpan, findPastDate, WEEKDAY_WORD } from '../parse/dates.js';
import { isAttemptsQuestion, isMeetQuestion, meetDateMove } from '../parse/meet.js';
import { EXERCISES, type Exercise } from '../../engine/strength/exercises.js';

/** A press named only by its kit ("dumbbell press", "db press", "cable press") and words that say which press. */
const UNPROGRAMMED_DRILL = anyOf(UNPROGRAMMED_DRILL_WORDS);
/** A postpartum checkup ("my 6 week checkup", "postpartum check", "postnatal appointment"): where a clearance is given. */
const POSTPARTUM_CHECKUP = /\b(?:post-?partum|post partum|post-?natal|post natal|\d+ ?(?:-| )?(?:week|wk)s?)\s*(?:check ?-?ups?|checks?|appointments?|appts?|visits?)\b/;
/** "thurs: rest", "wednesday off", "make thursday a rest day", "rest day fri", "taking fri off": group 1 or 2 is the day. */
const DAY_MADE_REST = /^(?:(?:i'?m |im |i am |i'?ll |ill |gonna |going to )?(?:taking|take|make|making|have|having|need|want)\s+)?(?:this |next |on )?([a-z]+)\.?\s*(?:[:=-]\s*|\s(?:is |as |will be |=\s*)?(?:a |an |my )?)(?:rest(?: day)?|off|day off|a rest day)\W*$|^(?:rest(?: day)?|day off|off)\s+(?:on\s+)?(?:this\s+|next\s+)?([a-z]+)\W*$/;
/** "sub A for B" / "substitute A for B": A comes in for B ("sub out A for B", "substitute A with B" take A out). */
const SUBSTITUTE_FOR = /\b(?:sub|substitute)\s+(?!out\b)(?:in\s+)?[a-z][^,.?!;]*?(?<!\bout)\s+for\s+(?!now\b|today\b|a while\b|the (?:week|day)\b)/;
const GENERIC_PRESS = /\b(?:dumbbells?|dumbells?|dbs?|kettlebells?|kbs?|cables?|machines?) press(?:es)?\b/;
const PRESS_KIND = /\b(?:shoulder|overhead|ohp|military|incline|decline|chest|bench|floor|arnold)\b/;

/** The library's lift of `a`'s movement with `b`'s implement and kit (a bench aside): the swap the client means. */
function samePatternWith(a: Exercise, b: Exercise): Exercise | undefined {
  return EXERCISES.find((e) => e.id !== a.id && e.pattern === a.pattern && e.implement === b.implement && e.equipment.every((q) => b.equipment.includes(q) || q === 'bench'));
}
import { findHealthConditions } from '../parse/health.js';
import { findLimitEnd } from '../parse/limit-end.js';
import { findCardio, findEquipment, findLoadLimit, isLoadLimitLifted, findMaxDumbbell, findMissingEquipment, findNamedEquipment, isKitOnly } from '../parse/equipment.js';
import { findMinutes } from '../parse/duration.js';
import { findExerciseMentions, matchExercise } from '../parse/exercise.js';
import { liftsFeared } from '../parse/lift-nerves.js';
import { KNEELING_LIFTS, kneelingRuledOut } from '../parse/kneeling.js';
import { LAPSED_HISTORY } from '../parse/lapsed-lift.js';
import { askedLift } from './asked-lift.js';
import { awayKind } from '../parse/away.js';
import { findRaceDistance, raceLabel } from '../parse/race.js';
import { raceDateMove as readRaceDateMove } from '../parse/race-move.js';
import { findEffortWords, withoutReservePhrases } from '../parse/effort.js';
import { parseLifts, parseSetGroups, withoutLifts } from '../parse/lift-log.js';
import { parseRun, parseRuns } from '../parse/run-log.js';
import { findTimeOfDay, spokenClock } from '../parse/time-of-day.js';
import { findSessionName } from '../parse/session-name.js';
import { findTimezone } from '../parse/timezone.js';
import { findDayCount, findWeekdays, WEEKDAY_SPELLED } from '../parse/weekdays.js';
import { clauses, isWorkClause } from '../parse/work-schedule.js';
import {
  anyOf,
  BUSY_DAY_WORDS,
  DONE_WORDS,
  DOMS_ARMS_WORDS,
  DOMS_LEGS_WORDS,
  FATIGUE_WORDS,
  FINE_UNTIL,
  WORN_OUT_WORDS,
  FRESH_WORDS,
  ILLNESS_WORDS,
  INJECTION_PHRASES,
  OTHERS_ILL,
  SELF_ILL,
  MOVE_WORDS,
  OUTING_WORDS,
  PAIN_NEGATIONS,
  PART_ON_DAY_ASKED,
  RECOVERY_BUT_WORDS,
  RECOVERY_WORDS,
  PAIN_WORDS,
  PER_WEEK_WORDS,
  PERMANENT_WORDS,
  PERMANENT_EVEN_THIS_WEEK,
  PR_HIT,
  QUESTION_OPENERS,
  SEVERITY_4_WORDS,
  SEVERITY_5_WORDS,
  SKIPPED_WORDS,
  SLEEP_WORDS,
  SLANG_SICK,
  SORENESS_WORDS,
  HARD_SESSION_WORDS,
  HARD_SESSION_PARTS,
  TIGHTNESS_WORDS,
  STRESS_WORDS,
  TODAY_WORDS,
  TOMORROW_WORDS,
  VAGUE_PAST_WORDS,
  YESTERDAY_WORDS,
  UNPROGRAMMED_DRILL_WORDS,
  WELL_AGAIN_PHRASES,
  RACE_FEELING,
  RACE_SOON_TOLD,
  TOO_EASY_TOLD,
  GOAL_SWITCH,
  GOAL_SWITCH_NOT,
  WHY_NO_SESSION,
  OTHER_SPORT_ON_DAY,
  LEGS_OUT_SAID,
  LEGS_BACK_SAID,
  type Joint,
} from '../words.js';
import type { CrossTraining, Item, ItemOf, MaxStatement, SetGroup, SkippedSection } from './items.js';
import { weatherTold } from '../parse/weather.js';
import { faqTopic, toldTopic, weekTotalTold } from '../answers/faq.js';
import { lifeEventOf } from '../answers/life-events.js';
import { LONGEST_RUN, MEANING_ASKED, OWN_SESSION, PACE_ZONES, SESSION_LONG_RUN, TUNE_UP_ASKED, TERM_WORDS, WORKOUT_WORDS } from './questions.js';

export interface ReadContext {
  now: Date;
  timezone: string;
  /** The client's local date. */
  today: string;
  units: 'imperial' | 'metric';
}

export interface Clause {
  /** Normalized text of the clause (or of the whole message for text rules). */
  text: string;
  /** As the client wrote it, for notes. */
  raw: string;
  question: boolean;
  /** The day this clause's logs are about: named in it or carried from an earlier clause; today otherwise. */
  logDate: string;
}

export interface RuleMatch {
  items: Item[];
  confidence: number;
}

export interface Rule {
  name: string;
  scope: 'text' | 'clause';
  mood: 'question' | 'statement' | 'any';
  final: boolean;
  /** Only when no earlier rule read anything in this clause ("slept 4 hours last night" is not also a day query). */
  alone?: boolean;
  read: (c: Clause, ctx: ReadContext) => RuleMatch | null;
}

export const SURE = 0.9;
export const LIKELY = 0.7;
export const GUESS = 0.45;

/** What a text does to a trip already told, by its words. */
const TRIP_CHANGES: ReadonlyArray<{ words: RegExp; change: 'cancel' | 'extend' }> = [
  { words: /\b(cancell?ed|called off|not happening|fell through|cancel (?:the|my) trip|not (?:going|traveling|travelling) (?:anymore|after all)|back home(?: now| early| today)?|(?:came|got|flew|drove) (?:back )?home|home early|back from (?:my |the |our |a |that |this )?(?:\w+ )?(?:vacation|vacay|holiday|holidays|trip|travels?|traveling|travelling|honeymoon|cruise|road trip|work trip|business trip))\b/, change: 'cancel' },
  { words: /\b(an? extra (?:day|night)|another (?:day|night)|one more (?:day|night)|staying (?:longer|on until|until|till|through)|back (?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|trip (?:got |is )?extended)\b/, change: 'extend' },
];

/** Words that point at a place already talked about: "no cables there", "at the hotel", "on the trip". */
const TRIP_PLACE = /\b((?<!\b(?:is|are|was|were) )there\b(?! (?:is|are|was|were|a)\b)|at the (?:hotel|airbnb|gym there)|the hotel|in the hotel gym|on (?:the|my) trip|while (?:i'?m )?away)\b/;

/** "skip fri", "skipping friday and saturday": the days a skip names, at the start of a trip text. */
const SKIP_NAMED_DAYS = /\bskip(?:ping)? (?:(?:on |my |the )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*(?:'?s (?:workout|session|lift|run))?(?:,? (?:and|&|\+) |, ?)?)+/;

/** Said with a trip: its days are off, not trained somewhere else ("skip fri", "can't train", "no workout that day"). */
const TRIP_DAYS_OFF = /\b(?:skip(?:ping)?|(?:can'?t|cannot|cant|won'?t|wont|not gonna|not going to|unable to|not able to)(?: be able to)? (?:train|lift|make it|make (?:it to )?(?:the )?gym|work ?out|get (?:a|my) (?:workout|session|lift) in)|no (?:workout|training|session|lifting|gym time)s?(?: (?:that|those) days?| then)?|not (?:training|lifting|working out)|(?:take|taking) (?:it|the day|that day|those days) off)\b/;
const INJECTION = anyOf(INJECTION_PHRASES);
/**
 * Asking why a lift is missing: `missing` is the lift expected, `shown` the one there instead. A "why" or
 * "how come" opens it; "can I / could I / should I" before "instead" is a swap asked for, not a question.
 */
/** "should i still do", "can i even lift", "do i still train": whether to do a planned day at all. */
const STILL_DO_ASKED = /\b(?:should|can|could|do) i (?:still|even) (?:do|run|lift|train|go)\b/;
const WHY_OPENER = String.raw`^(?:(?:hey|hi|coach|q|question|quick q(?:uestion)?|just curious|curious)[,:!.]? )*(?:why|how come|whats the reason|what'?s the reason|what is the reason|is there a reason)\b`;
const WHY_LIFT_ASKS: readonly RegExp[] = [
  // "why leg press instead of squats?", "why do i have leg press and not squats", "why the leg press over back squats"
  new RegExp(String.raw`${WHY_OPENER}[^?]*?\b(?<shown>[a-z][a-z' -]{1,40}?) (?:instead of|rather than|and not|over|not|in place of|replacing) (?:the |my |regular |normal |real )?(?<missing>[a-z][a-z' -]{1,40})`),
  // "why are there no deadlifts?", "how come no bench", "why don't i do squats", "why did you take out deadlifts"
  new RegExp(String.raw`${WHY_OPENER}[^?]*?\b(?:no|not any|zero|(?:are|is) there(?:n'?t| not)? any|don'?t i (?:do|have|get)|do i not (?:do|have|get)|dont i (?:do|have|get)|aren'?t (?:there|we doing)|isn'?t there|am i not doing|are we not doing|did you (?:take out|remove|drop|cut|get rid of)|(?:did|were|was) (?:the |my )?)(?: any| my| the)? (?<missing>[a-z][a-z' -]{1,40}?)(?: (?:gone|taken out|removed|dropped|cut|in (?:my|the) plan|anymore|any more|this week|this block))?(?=\s*(?:[?!.,;]|$))`),
  // "where did my deadlifts go", "where are the squats"
  /^(?:where (?:did|have|are|r) (?:my |the )?(?<missing>[a-z][a-z' -]{1,40}?)(?: go| gone)?)\s*[?.!]*$/,
];
/** "why rdl?", "why the leg press", "what's the point of face pulls", "why do i do wall sits": one lift, nothing after it. */
const WHY_THIS_LIFT = new RegExp(String.raw`${WHY_OPENER.replace(/\)\\b$/, String.raw`|what'?s the point of|what is the point of|whats the purpose of|what'?s the purpose of|what is the purpose of)\b`)}\s*(?:(?:do|are|am) (?:i|we|you) (?:do(?:ing)?|have|having|get|getting) |(?:is|are) (?:there|the|my) |did you (?:add|put|give me|pick|choose) )?(?:the |an? |my |these |those |all (?:the |these |those )?|so many |more )?(?<lift>[a-z][a-z' -]{1,40}?)(?: (?:in my plan|today|this week|again|now|for))?\s*[?.!]*$`);
/**
 * "what are lunges for", "what's the rdl good for", "what do face pulls do", "what does the leg press help with":
 * the lift sits between the asking words and the purpose words, so it is read by its own patterns.
 */
const WHAT_LIFT_IS_FOR: readonly RegExp[] = [
  /^(?:(?:hey|hi|coach|q|question|quick q(?:uestion)?|just curious|curious)[,:!.]? )*(?:what(?:'?s| is| are| r)|whats|wats) (?:the |an? |my |these |those |all (?:the |these |those )?)?(?<lift>[a-z][a-z' -]{1,40}?) (?:for|good for|supposed to (?:do|be for|help(?: with)?)|meant (?:to do|for))(?: (?:me|exactly|anyway|again|in my plan|here))?\s*[?.!]*$/,
  /^(?:(?:hey|hi|coach|q|question|quick q(?:uestion)?|just curious|curious)[,:!.]? )*(?:what|wat) (?:do|does|will) (?:the |an? |my |these |those |all (?:the |these |those )?)?(?<lift>[a-z][a-z' -]{1,40}?) (?:(?:actually|even|really) )?(?:do|help(?: with)?|work|train|target|hit|help me with)(?: (?:for me|exactly|anyway|again))?\s*[?.!]*$/,
];
/**
 * "did rows and the accessories too", "did the accessories", "did the rest of it": the rest of the session done, after
 * lifts logged (was "didn't get that").
 */
const DID_THE_REST = /\bdid (?:all )?(?:the |my )?(?:accessor(?:y|ies)(?: work| stuff)?|rest of (?:it|the (?:workout|session|lifts))|the rest)\b|\bdid (?:all )?(?:the |my )?(?!a |an )[a-z][a-z ,&]{1,40}? (?:too|as well|also)\s*[.!]*$/;

/** "skipping the rest", "no time for the rest", "bailed on everything else": the lifts named before it were all that was done. */
/**
 * "skipped accessories", "no time for the core stuff", "bailed on the finisher": a part of the session left out
 * by what it is, not a whole session skipped. As data: the words for each part.
 */
const SECTION_WORDS: ReadonlyArray<[RegExp, SkippedSection]> = [
  [/\b(?:accessor(?:y|ies)|accesories|accessory (?:work|stuff|lifts)|isolation(?: work| stuff)?|the small stuff|arm stuff|pump work)\b/, 'accessory'],
  [/\b(?:core(?: work| stuff)?|abs?(?: work| stuff)?|ab circuit)\b/, 'core'],
  [/\b(?:cardio|conditioning|finisher)\b/, 'cardio'],
];
// Said as done ("skipped", "didn't get to"): "skipping core today" or "no core today" may be said before the session.
const SECTION_SKIPPED = /\b(?:skipped|bailed on|had no time for|didn'?t (?:do|get to)|didnt (?:do|get to)|cut|dropped|left out|missed|ditched)(?: all| the| my| of the)? ([a-z ]{2,30})/;

function skippedSections(t: string): SkippedSection[] {
  const m = SECTION_SKIPPED.exec(t);
  if (!m) return [];
  return SECTION_WORDS.filter(([re]) => re.test(m[1]!.split(/\b(?:because|cause|cuz|since|as|but|and then)\b/)[0]!)).map(([, s]) => s);
}

/**
 * "only did squats today", "just got to bench and rows", "only had time for deadlifts": the lifts named were done and
 * the rest of the session was not (a count, "only did 2 sets", is the partial-sets rule's).
 */
const ONLY_LIFTS_DONE = /\b(?:only|just) (?:did|got (?:to |through )?|managed|had time for|finished) (?:the |my |some )?(?!\d)([a-z][a-z ,&'-]*)/;
/** "only did half", "got through half the workout", "did about half of it": the first half of the session, the rest left. */
const HALF_DONE = /\b(?:did|got through|made it through|finished|managed|got|completed) (?:only |just |about |like |maybe |roughly )?(?:half|50%)(?: (?:of )?(?:it|the (?:workout|session|lift|lifts|thing)|my (?:workout|session|lift|lifts)|today'?s? (?:workout|session)))?(?: (?:today|tonight|this morning))?[.!]*$/;
const REST_SKIPPED = /\b(?:skip(?:ped|ping)?|bail(?:ed|ing)? on|no time for|didn'?t (?:do|get to)|not doing|won'?t do|cut|dropp?(?:ed|ing)?|leaving out|left out|missed|ditched)(?: all)? (?:the rest|everything else|the others|the other stuff|the remainder)\b|\b(?:the rest|everything else)(?: is| was| got)? (?:skipped|not happening|didn'?t happen)\b/;
const PER_WEEK = anyOf(PER_WEEK_WORDS);
const VAGUE_PAST = anyOf(VAGUE_PAST_WORDS);
const PAIN = anyOf(PAIN_WORDS.filter((w) => w !== 'sore'));
const PART_ON_DAY = anyOf(PART_ON_DAY_ASKED);
// "no knee pain on the run", "no shin issues": a part between "no" and the pain denies it too.
/** "ok to run thursday", "alright to lift tomorrow": whether to train on a day ahead. */
const DAY_AHEAD_ASKED = /\b(?:ok|okay|alright|fine|safe|good) (?:for me )?to (?:run|lift|train|work ?out|go|do (?:it|the workout|my workout|the run|my run))\b.*\b(?:tomorrow|tmrw|tonight|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/;
// "cant bend my knee without pain": a movement that hurts, never the pain denied (it read as the knee recovered).
export const PAIN_NEGATED = new RegExp(`(?<!\\b(?:can'?t|cannot|can not|couldn'?t|unable to|hard to)\\s+(?:[a-z']+\\s+){0,4})(?:${anyOf(PAIN_NEGATIONS).source})|\\bno (?:[a-z]+ ){1,2}(?:pain|issues|problems|soreness)\\b`);
export const RECOVERED = anyOf(RECOVERY_WORDS);
const RECOVERY_BUT = anyOf(RECOVERY_BUT_WORDS);
/**
 * "knees fine", "knee felt great", "calves are good": a part with only a fine word after it (the verb optional, as
 * thumbs leave it out). "not good" and "fine until mile 3" are not (RECOVERY_BUT).
 */
const FINE_AFTER_PART = /^(?:(?:and|&|but)\s+)?(?:my\s+|the\s+|both\s+)?[a-z' ]{2,25}?\s+(?:(?:is|are|was|were|felt|feel|feels|feeling|seem|seems|seemed|held up|holding up|all)\s+)?(?:totally\s+|perfectly\s+|pretty\s+|100%\s+|completely\s+|super\s+|all\s+)?(?:fine|ok|okay|good|great|solid|happy|golden|all good|pain ?free|no pain|no issues)(?:\s+(?:today|now|so far|the whole (?:way|time|run)|throughout|after|after it|lol|tho|thankfully|luckily))*[.!]*$/;
/** "knees fine", "knee felt great": a part said fine in a clause of its own, nothing taking it back. */
export const partSaidFine = (t: string): boolean => FINE_AFTER_PART.test(t) && !RECOVERY_BUT.test(t) && !/\bnot\b|n't\b/.test(t);
const SORE = anyOf(SORENESS_WORDS);
const DOMS_LEGS = anyOf(DOMS_LEGS_WORDS);
const DOMS_ARMS = anyOf(DOMS_ARMS_WORDS);
const TIGHT = anyOf(TIGHTNESS_WORDS);
const SORE_NOT_TIGHT = anyOf(SORENESS_WORDS.filter((w) => !(TIGHTNESS_WORDS as readonly string[]).includes(w)));
/** Tight or stiff with no soreness, pain or red-flag word: closer to soreness than to pain. */
/**
 * Stiffness at a time of day or after rest ("stiff in the morning", "when I wake up", "after sitting all day"),
 * not after training: common with age and desk days, loosened by moving, and no reason to train less.
 */
const HABITUAL_STIFFNESS = /\b(?:in the mornings?|(?:every|most|some) mornings?|mornings|first thing|(?:when|after) i (?:wake|get) up|(?:on )?waking(?: up)?|after (?:sitting|sleeping|driving|a long drive|a long day|work|my commute|being at my desk)|at my desk|(?:is|are|feels?|gets?) always|always (?:a bit |kinda )?(?:tight|stiff)|usually (?:a bit |kinda )?(?:tight|stiff))\b/;
/** Stiffness said with no pain, soreness or red flag beside it ("calves are tight"): trained lighter, never skipped. */
export const tightOnly = (t: string) => TIGHT.test(t) && !SORE_NOT_TIGHT.test(t) && !PAIN.test(t) && redFlags(t).length === 0;
const ILLNESS = anyOf(ILLNESS_WORDS);
const WELL_AGAIN: readonly RegExp[] = WELL_AGAIN_PHRASES;
const FATIGUE = anyOf(FATIGUE_WORDS);
const SLEEP = anyOf(SLEEP_WORDS);
const STRESS = anyOf(STRESS_WORDS);
/** "stress fracture", "stress reaction": a bone's injury, no stress of the mind. */
const BONE_STRESS_SAID = /\bstress (?:fracture|reaction)s?\b/g;
const FRESH = anyOf(FRESH_WORDS);
const DONE = anyOf(DONE_WORDS);
/** A session said done by what it trained: "did legs", "did upper today", "did my push day". */
const SESSION_DONE = /^(?:i |just |finally |yep |ok )*(?:did|hit|smashed|crushed|trained|finished)(?: my| the| today'?s)? (?:legs?|leg day|upper(?: body)?|lower(?: body)?|push|pull|chest|back|arms|shoulders|full body|glutes)(?: day| workout| session)?(?: today| this morning| tonight| yesterday)?[.!]*$/;
/**
 * "ran 5k 25:30 and then lifted legs", "ran 3 then hit the gym": a lifting session said done after a run. The run is
 * logged and the lift day is done too (a run beside "did the long run" is that session, so done alone is dropped).
 */
const LIFT_DONE_AFTER_RUN = /\b(?:then|and|after that|after|plus|also)\s+(?:i\s+)?(?:lifted|did|hit|trained|finished)(?: my| the| some)? (?:legs?|leg day|upper(?: body)?|lower(?: body)?|push|pull|chest|back|arms|shoulders|full body|weights|gym|lift|lifting)(?: day| workout| session)?\b(?!\s+in\b)/;
/**
 * A sentence that opens with the session done, named by its kind, whatever follows: "did the intervals!! legs
 * were dead tho", "did the long run, legs are toast", "did legs today, quads are fried" (the soreness after it
 * was read, the log was lost). "did my back in" is an injury, not a session: back is not a session word here.
 */
const SESSION_DONE_LEAD = /(?:^|\bi )(?:(?:i|just|finally|yep|yes|ok|okay|so|well|welp|today|this morning|tonight)[,!\s]+)*(?:did|hit|smashed|crushed|finished|completed|nailed|got through|knocked out)(?: my| the| today'?s| this morning'?s| tonight'?s| all(?: the)?| all my)? (?:(?:easy|long|tempo|recovery|interval|track|hill|speed|progression|fartlek|threshold|morning|evening|treadmill|mile) )?(?:runs?|intervals|repeats|strides|hills|tempo|fartlek|track workout|speed ?work|workout|session|lift|legs?|leg day|upper(?: body)?|lower(?: body)?|push|pull|chest|arms|shoulders|full body|glutes)\b(?! (?:hurt|hurts|hurting|are|is|feel|feels|ache|aches|tomorrow|tmrw|later|next))/;
/** A load said as the day's working weight, not a max: "went up to 70kg", "worked up to 225", "top set 315". */
// "used the 25s", "with the 30s": dumbbells picked for the sets, never a max.
const WORKING_SET = /\b(?:went|worked|built|moved|got|ramped|working|jumped|bumped it) up to\b|\btop (?:set|single|double|triple)\b|\b(?:working|work) (?:sets?|weight)\b|\b(?:used|using|went with|grabbed)\b|\bthe \d{1,3}s\b/;
const SKIPPED = anyOf(SKIPPED_WORDS);
/** A whole past week said missed: "missed last week", "didn't run at all last week". */
const LAST_WEEK = /\blast week\b/;
const TODAY = anyOf(TODAY_WORDS);
const TOMORROW = anyOf(TOMORROW_WORDS);
const SEVERE = anyOf(SEVERITY_5_WORDS);
/** Words that say muscles are sore; without them and without a body part, a soreness word is about the whole person. */
/** "legs were brutal", "my quads felt savage today": the muscles (group 1) and a hard-session word after them. */
const HARD_SAID_OF_MUSCLES = new RegExp(String.raw`^(?:(?:omg|man|bro|wow|ugh|damn|dude)\W+)?((?:my |the |those |these )?[a-z ]{2,30}?)\s+(?:were|was|are|is|felt|feel|feeling|got)\s+(?:(?:so|pretty|really|super|absolutely|fucking|freaking|honestly|kinda|a bit|lowkey|straight up)\s+)*${anyOf(HARD_SESSION_WORDS).source}(?:\s+(?:today|yesterday|last night|this morning|lol|lmao|haha|ngl|tbh|man|bro|omg))*\W*$`);
/**
 * "lol my legs", "ugh my quads 😩", "oh my poor calves": muscles named alone with a groan are sore (was "didn't get
 * that", or a did-you-mean about paces). Only the muscles a hard session leaves (HARD_SESSION_PARTS), not a joint
 * ("ugh my knee", "my back"): alone it says too little to tell pain from soreness.
 */
const GROAN = String.raw`(?:lol|lmao|haha+|ugh+|omg|oof|ow+|man|dude|bro|jeez|god|rip|welp|oh)`;
const MUSCLES_GROANED = new RegExp(String.raw`^(?:${GROAN}[,.! ]+)*(?:oh )?my (?:poor |sore |dead )?([a-z]+(?:\s*(?:,|and|&|n)\s*[a-z]+)*)[.! ]*(?:\b${GROAN}[.! ]*)*$`);

const MUSCLE_SORE = /\b(sore|soreness|doms|achy|achiness|aching|aches|stiff|stiffness|tight|tightness|tender)\b/;
/** The whole person worn out ("feeling beat up", "im fried"): tiredness, not a sore muscle, when no body part is named. */
const WORN_OUT = anyOf(WORN_OUT_WORDS);
const VERY = anyOf(SEVERITY_4_WORDS);
const OPENER = new RegExp(`^(?:${anyOf(QUESTION_OPENERS).source})`);

/** A text that ends by asking, with no "?" ("my hr was 165 on the easy run, is that too high"). */
const ASKED_AT_END = /\b(?:is|was) (?:that|this|it) (?:normal|bad|too (?:high|low|fast|slow|much|little))\s*$/;

/**
 * "it's supposed to snow saturday, can i do sat on the treadmill", "my shoes are worn, do i need new ones before the
 * race": the text's last clause asks, with no "?".
 */
const ASKING_CLAUSE_AT_END = /[,;-]\s*(?:so |but |and )?(?:can|could|should|may|do|will|would|must) (?:i|we)\b[^,;]*$/;

/** "185 not 158", "3x8 not 3x5", "6.2 mi not 6": the right number first, the logged one after "not". */
const NUMBER_SAID_AGAIN = /(?<![\d:.])\b(\d+(?:\.\d+)?)(?:\s*x\s*(\d+))?\s*(?:lbs?|kgs?|pounds|mi|miles|km|reps|sets)?,?\s+not\s+(?:the\s+)?(\d+(?:\.\d+)?)(?:\s*x\s*(\d+))?(?!\s*(?:am|pm|:|\d))/;
/** Which number of a lift a swap said ("4 sets not 3", "8 reps not 6", "185 lb not 158"): that one only, whatever the others are. */
function swapField(said: string): 'sets' | 'reps' | 'load' | undefined {
  return /\bsets?\b/.test(said) ? 'sets' : /\breps?\b/.test(said) ? 'reps' : /\b(?:lbs?|kgs?|pounds)\b/.test(said) ? 'load' : undefined;
}
/**
 * "wait it was 4 sets", "actually 8 reps", "no it was 4 sets not 3": the sets or reps of the last log's lift said
 * again on their own (the number before "not", when one follows, is read by NUMBER_SAID_AGAIN).
 */
const COUNT_SAID_AGAIN = /^(?:(?:no|nope|oops|sorry|actually|wait|correction|my bad|lol)[,.! ]+)*(?:(?:it|that|i) (?:was|did|got|meant|did like|got in) |(?:was|did|meant|only) )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (sets|reps)(?: (?:of (?:it|them|those|that)|each|total|in))?[.!]*$/;
const COUNT_WORD: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * "tues not today", "yesterday, not today", "mon not wed", "thrusday not today": the right day first, the logged one
 * after "not". The days are the shared lists (words.ts, parse/weekdays.ts WEEKDAY_SPELLED), slips included.
 */
const SAID_DAY = anyOf([...TODAY_WORDS, ...YESTERDAY_WORDS, ...WEEKDAY_SPELLED]).source;
const DAY_SAID_AGAIN = new RegExp(String.raw`(${SAID_DAY}),?\s+not\s+(?:on\s+)?${SAID_DAY}`);
/** "undo", "oops undo that", "delete my last log", "scratch that pls": the last logging text taken back whole. */
const UNDO_LAST_LOG = /^(?:(?:oops|sorry|wait|nvm|never ?mind|my bad|ugh|pls|please)[,.! ]+)*(?:undo|undo it|(?:undo|delete|remove|erase|scratch|cancel|take back) (?:that|this|it|(?:that|this|the|my)? ?(?:last |previous |latest |last logged )?(?:one|log|entry)))(?: pls| please| thx| thanks)?[.!]*$/;
const SAID_TODAY = new RegExp(`^${anyOf(TODAY_WORDS).source}$`);

/**
 * A load checked against the plan: go up (1), go down (2), or is it right ("is 225 good for squat", "is that
 * enough").
 */
const LOAD_CHECKED = /\bshould i (?:just )?(?:(go up|go heavier|add (?:more )?weight|increase(?: the weight| it)?|bump (?:it|the weight) up|up the weight)|(go down|go lighter|drop (?:the )?weight|lower (?:it|the weight)|decrease(?: it)?))\b|\b(?:is|was) (?:that|this|it|\d[\dx@ ]*(?:lbs?|kg)?) (?:good|ok|okay|enough|right|heavy enough|too (?:light|easy|heavy))\b/;

/** True when a clause asks rather than reports. */
export function isQuestion(t: string): boolean {
  return /\?\s*$/.test(t) || ASKED_AT_END.test(t) || ASKING_CLAUSE_AT_END.test(t) || OPENER.test(t.replace(/^(?:(?:ok|okay|so|hey|hi|also|and|but|quick question|q|wait|hmm+|um+|lol)[,:\s]+)+/, ''));
}

const match = (items: Item[], confidence = SURE): RuleMatch => ({ items, confidence });

/** The gym out of reach for a day: closed, or the client could not get there. */
/** A day's session at a gym: "at the gym", "go to the gym", "gym instead of home", "hit the gym thursday". */
const GYM_DAY = /\b(?:at|to|in) (?:the|a|my|our|work'?s?|the work) gym\b|\bgym instead of\b|\bhit(?:ting)? the gym\b/;
/** The first date on or after `from` that falls on ISO weekday `day`. */
function nextOnOrAfter(from: string, day: number): string {
  return addDays(from, (day - isoWeekday(from) + 7) % 7);
}
/** The days a kit is said for ("this week", "till friday", "for 3 days"): blanked before the kit alone is read. */
const KIT_DAYS = new RegExp(String.raw`\b(?:for )?(?:the )?(?:rest of )?(?:this|next) (?:week|weekend)\b|\b(?:today|tomorrow|tonight)\b|\b(?:until|till|til|thru|through) (?:${WEEKDAY_WORD}|the \d{1,2}(?:st|nd|rd|th)?)\b|\bfor (?:the next )?(?:\d+|a|one|two|three|four|five|a few|a couple of) (?:days?|weeks?)\b|\b(?:on |this )?${WEEKDAY_WORD}\b|\bi (?:can|will) (?:use|run on|do)\b|\b(?:runs?|running|lifting|workouts?)\b|\bon the\b`, 'g');
const CLOSED_AT_GYM = /\b(?:the |my )?gym(?:'?s| is| was| will be| being)? (?:closed|shut|locked|closing early)\b/;
const GYM_CLOSED = new RegExp(`${CLOSED_AT_GYM.source}|\\b(?:couldn'?t|could not|can'?t|cannot|cant|won'?t|wont|unable to|not able to) (?:get|make it|go|get over|get out) to (?:the |my )?gym\\b|\\bno gym (?:access )?(?:today|tonight)\\b|\\bno gym access\\b`);

/**
 * Words that say the client's own kit changed for good, as a table: the gym gone (what they have left is the
 * whole kit) or kit bought for home (it joins what they have, unless they say "only"/"just").
 */
const KIT_FOR_GOOD: ReadonlyArray<{ words: RegExp; add: boolean; gymGone?: boolean }> = [
  { words: /\b(?:cancell?ed|canceled|quit|ended|dropped|lost|gave up|froze) (?:my |the |our )?(?:gym(?: membership)?|membership)\b|\bno (?:more )?gym (?:membership )?(?:anymore|any more)\b|\bgym (?:closed|shut|is closing|went out of business)(?: down)?(?: for good| permanently)?\b.*\b(?:now|anymore|any more|for good|permanently)\b|\bgym (?:closed|shut) (?:down|for good|permanently)\b/, add: false, gymGone: true },
  { words: /\b(?:only|just) (?:have |got |use |using |training with |train with )?(?:[a-z-]+ ){0,3}(?:at home |at the house )?(?:now|anymore|from now on|these days)\b|\b(?:train(?:ing)?|work(?:ing)? out|lift(?:ing)?) (?:at home|from home) (?:now|from now on|for good)\b|\b(?:from now on|for good|permanently|going forward)\b/, add: false },
  { words: /\b(?:got|bought|buying|picked up|ordered|built|set up|invested in|treated myself to|finally have|now have|now got)\b.*\bfor (?:the |my |our )?(?:garage|basement|home|house|apartment|flat|place|spare room|shed)\b|\b(?:got|bought|built|set up|finished) (?:a |an |my own |my |our )?(?:home|garage|basement) gym\b|\b(?:bought|ordered|picked up|invested in|treated myself to) (?:a |an |some |my own |new |a new |a pair of )?(?:[a-z-]+ )?(?:barbell|squat rack|power rack|rack|bench|dumbbells?|kettlebells?|pull ?-?up bar|bands?|cable machine)\b/, add: true },
];

/**
 * "I'll be off from the 10th, will let you know", "i'm away starting dec 14": a break from a day ahead, said
 * without the word pause (it was "didn't get that"). Only with a day: "I'm off today" is a rest day, read elsewhere.
 */
const AWAY_FROM = /\b(?:i will be|i'?m|im|i am|will be|gonna be|going to be)\s+(?:off|away|out|unavailable|offline)\s+(?:from|starting|starting from|as of|after)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** "out 3 weeks", "for 2 weeks", "for 10 days": how long a break said ahead lasts, in days. */
const BREAK_LENGTH = /\b(?:out|off|away|for|out for|off for|gone for)\s+(?:about |around |like |roughly )?(\d{1,2}|a|an|one|two|three|four|five|six|eight)\s+(days?|weeks?|months?)\b/;
const BREAK_COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8 };

/**
 * A break's dates from its text: the span named ("dec 10-20"), or from a day named ("from the 10th", "on dec
 * 14") for the length said ("out 3 weeks"), open (null) when no end or length is said.
 */
function breakAhead(text: string, ctx: ReadContext): ItemOf<'pause'> {
  const span = findDateSpan(text, ctx.now, ctx.timezone);
  // "from monday for 2 weeks", "from the 10th to the 20th": the day after "from" starts the break (a length
  // said read from today before), the day after "to" ends it (the end was lost).
  const dayAfter = (word: RegExp): string | null => {
    const m = word.exec(text);
    const ref = m ? findDateRef(text.slice(m.index + m[0].length), ctx.now, ctx.timezone) : null;
    return ref?.kind === 'date' ? ref.date : null;
  };
  const start = dayAfter(/\b(?:from|starting(?: from| on)?|as of|beginning)\s/);
  const end = dayAfter(/\b(?:to|until|till|til|thru|through)\s/);
  const from = start ?? span?.from ?? ctx.today;
  const len = BREAK_LENGTH.exec(text);
  const days = len ? (BREAK_COUNT_WORDS[len[1]!] ?? Number(len[1])) * (len[2]!.startsWith('week') ? 7 : len[2]!.startsWith('month') ? 30 : 1) : null;
  const to = days ? addDays(from, days - 1) : start && end && end > start ? end : span && span.to !== span.from && span.from === from ? span.to : null;
  return { intent: 'pause', from, to };
}

// "off till thursday", "no running until the 14th", "pause till thursday": days off from today, back on the day
// named ("off work till thursday" is the client's job, not training). A pause with its day back is these days
// off (was paused until "resume", though the client had said when they are back).
const OFF_UNTIL = /\b(?:off|no training|not training|no running|not running|no runs|no workouts?|resting|rest days?|pause(?: (?:the |my )?(?:plan|texts|training|everything|it))?|paused|on hold|(?:take|taking) a break)\s+(?:till|until|til|untill)\s+(?=\S)/;

/** The day a client is back, when a text says days off from today until then ("off till thursday"); null otherwise. */
function offUntil(t: string, ctx: ReadContext): string | null {
  const m = OFF_UNTIL.exec(t);
  if (!m || /\b(?:work|school|class|shift)\b/.test(t.slice(0, m.index + m[0].length))) return null;
  const ref = findDateRef(t.slice(m.index + m[0].length), ctx.now, ctx.timezone);
  // Back within two weeks: a longer time is a break ("pause"), not a few rest days.
  return ref?.kind === 'date' && ref.date > ctx.today && daysBetween(ctx.today, ref.date) <= 14 ? ref.date : null;
}

/** Sets x reps or a load for reps with no lift named; null when the numbers are not a set ("3 miles", "5 days"). */
function unnamedSets(t: string): SetGroup[] | null {
  if (/\b(mi|miles?|km|k|mins?|minutes?|hours?|hrs?|days?|weeks?|times?|mpw|pace|laps?|rounds? of)\b|\d:\d/.test(withoutReservePhrases(t))) return null;
  const groups = parseSetGroups(t);
  if (groups.length === 0 || groups.some((g) => g.reps === null)) return null;
  // "did 5 reps" alone is too little to log; sets or a load make it a set.
  return groups.some((g) => g.sets > 1 || g.load !== null) ? groups : null;
}

/**
 * "only got 4 sets in", "only did 2 sets of squats", "managed 3 sets on bench before i had to leave": a count of
 * sets with no reps and no load, told as what was done. The lift named (null: none; the coach reads the day's plan
 * in order, coach.ts). Null for anything with other numbers (read as sets by the log rule) or asked.
 */
const SETS_COUNTED = /\b(?:only |just |barely |maybe |like )?(?:got|did|done|managed|finished|completed|made it through|got through|hit|squeezed in|fit in|had time for)(?: in)? (?:only |just |like |about |maybe )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:working |total |full )?sets?\b/;
function setsCounted(t: string): { sets: number; exercise: { id: string; name: string; written: string } | null } | null {
  const m = SETS_COUNTED.exec(t);
  if (!m) return null;
  // Other numbers are reps, loads or a time: the log rule's to read.
  if (/\d/.test(t.slice(0, m.index) + t.slice(m.index + m[0].length))) return null;
  const sets = COUNT_WORD[m[1]!] ?? Number(m[1]);
  if (!(sets >= 1 && sets <= 30)) return null;
  const mentions = findExerciseMentions(t, { loose: true });
  const ids = new Set(mentions.map((x) => x.exercise.id));
  if (ids.size > 1) return null;
  const x = mentions[0];
  // With no lift named, only a count told as partial ("only", "just", "before i had to", "got 4 sets in") is the
  // session cut short; "did 3 sets of squats" names its lift and is a log as it stands.
  if (!x && !/\b(?:only|just|barely|managed|before|had to|ran out|no time|cut|got (?:\w+ )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?sets? in)\b/.test(t)) return null;
  return { sets, exercise: x ? { id: x.exercise.id, name: x.exercise.name, written: x.written } : null };
}

/**
 * "20 min on the bike instead of the run", "swam 30 min", "did 45 min of yoga": other exercise told as what was done,
 * with its minutes when said. Null when the client ran too ("ran 3 then biked 20": the run is the log) or only asks.
 */
const CROSS_ACTIVITIES: ReadonlyArray<[RegExp, CrossTraining['activity']]> = [
  [/\b(?:spin(?:ning)? class(?:es)?|spin|peloton)\b/, 'spin'],
  [/\b(?:bike|biked|biking|cycled|cycling|cycle|bike ride|stationary bike|assault bike|airdyne)\b/, 'bike'],
  [/\b(?:swim|swam|swimming|laps in the pool|pool)\b/, 'swim'],
  [/\b(?:elliptical|eliptical|cross ?trainer)\b/, 'elliptical'],
  [/\b(?:rower|rowed|rowing machine|erg)\b/, 'rower'],
  [/\b(?:yoga|pilates)\b/, 'yoga'],
  [/\b(?:hike|hiked|hiking)\b/, 'hike'],
  [/\b(?:stair ?master|stairmaster|stair climber|stairs)\b/, 'stairs'],
  [/\b(?:walked|walk|walking)\b/, 'walk'],
];
const RUN_MISSED = /\b(?:skipped|skip|missed|ditched|bailed on|didn'?t do|no) (?:the |my |today'?s )?(?:run|running|long run|easy run)(?: today)?\b/;
function crossTrainingDone(t: string): CrossTraining | null {
  // What was done is before "instead of"/"rather than"; the session missed is after it, or said missed ("skipped the run").
  const own = t.replace(/\b(?:instead of|in place of|rather than|in lieu of)\b.*$/, ' ').replace(RUN_MISSED, ' ');
  if (RUN_MISSED.test(t)) t = `${t} instead`;
  if (/\b(?:ran|run|running|jog|jogged|jogging|miles?|mi|km|k)\b/.test(own) && !/\b(?:instead of|in place of|rather than|in lieu of)\b/.test(t)) return null;
  if (/\b(?:ran|jogged)\b/.test(own)) return null;
  // "walked" beside a run ("run/walk", "walked the hills") is part of the run, not cross-training.
  const found = CROSS_ACTIVITIES.find(([re]) => re.test(own));
  if (!found) return null;
  if (found[1] === 'walk' && !/\b(?:instead of|in place of|rather than)\b/.test(t)) return null;
  // Told as done: minutes, a past verb, or in place of the session.
  const minutes = findMinutes(own);
  if (minutes === null && !/\b(?:did|went|biked|cycled|swam|rowed|hiked|walked|instead of|in place of|rather than)\b/.test(t)) return null;
  return { activity: found[1], minutes, instead: /\b(?:instead(?: of)?|in place of|rather than|in lieu of|(?:skipped|missed|ditched|no) (?:the |my )?(?:run|workout|session|lift))\b/.test(t) };
}

/** The race named, then the words that end it (either order): "race got cancelled", "they cancelled the half". */
const RACE_WORD = String.raw`(?:race|marathon|half|10k|5k|ultra|50k|event|parkrun|triathlon)`;
const CANCEL_WORD = String.raw`(?:cancell?ed|canceled|called off|scrapped|not happening|isn'?t happening|won'?t happen|postponed indefinitely|off for good)`;
const RACE_CANCELLED = new RegExp(String.raw`\b${RACE_WORD}\b(?:\s+\w+){0,4}?\s+(?:got |was |is |has been |been )?${CANCEL_WORD}\b|\b(?:cancell?ed|canceled|called off|scrapped)\s+(?:the|my|our)\s+(?:\w+\s+)?${RACE_WORD}\b`);

/** "race got moved to the 14th", "the half got pushed back a week": the race is on another day now. */
/** "the 14th is my race right", "race is dec 14 correct?": a date checked, not moved (no word of a change). */
const RACE_DATE_CHECKED = /\b(?:right|correct|yeah|yes|isn'?t it|is that right|am i right|no)\s*\?*\s*$/;
const RACE_DATE_CHANGED = /\b(?:moved?|moving|changed?|changing|push(?:ed)?|shift(?:ed)?|resched\w*|postponed|now|instead|new date|got moved)\b/;

function raceDateMove(t: string, ctx: ReadContext): RuleMatch | null {
  const moved = readRaceDateMove(t, ctx.now, ctx.timezone);
  // Asked to confirm: the race date said back (never moved to the date the client remembered).
  if (moved && RACE_DATE_CHECKED.test(t) && !RACE_DATE_CHANGED.test(t)) return match([{ intent: 'when_question', workout: 'race' }]);
  return moved ? match([{ intent: 'change_race_date', ...moved }]) : null;
}

// ---- helpers -------------------------------------------------------------------------------------------

/** Words that ease one lift for a while rather than drop it: "go easy on", "careful with", "hold off on", "lay off". */
const LIFT_CAUTION: readonly RegExp[] = [
  /\b(?:go|going|take it|taking it|be) (?:easy|light|lighter|gentle) (?:on|with)\b/,
  /\beasy on (?:the )?\w/,
  /\b(?:careful|cautious) (?:with|on|about)\b/,
  /\b(?:hold|holding|back) off (?:on|of)?\b/,
  /\blay(?:ing)? off\b/,
  /\b(?:take|taking) a (?:break|rest) from\b/,
  /\b(?:rest|pause) (?:the |my )?[a-z]+(?: [a-z]+)? for (?:now|a while|a bit|a few|a couple|the next|a week|\d+ (?:days?|weeks?))\b/,
];
/** A lift refused ("no overhead press", "skip deadlifts", "take out squats") ... */
const LIFT_REFUSED = /\b(?:no|skip(?:ping)?|drop(?:ping)?|take out|leave out|leave off|without|not doing|nothing heavy on)\b/;
/** ... only for a while ("for now", "for a couple weeks", "this month", "until january"). */
const FOR_A_WHILE = /\bfor (?:now|a while|a bit|a little|the time being|the moment|a few|a couple|the next|another|a week|a month|(?:\d+|one|two|three|four) (?:days?|weeks?|months?))\b|\bthis (?:week|month)\b|\b(?:until|till|til|temporarily)\b/;
/** One lift eased for a while ("go easy on bench", "no squats for now"), not what was done ("took it easy on squats"). */
function liftCaution(t: string): boolean {
  const said = LIFT_CAUTION.some((re) => re.test(t)) || (LIFT_REFUSED.test(t) && FOR_A_WHILE.test(t));
  return said && !/\b(instead|swap|replace|substitute|sub)\b/.test(t) && !/\b(took|went|did|kept|was|were)\b/.test(t);
}
/** A caution said with no end lasts this week and the next: long enough to settle, then the lift comes back. */
const CAUTION_DEFAULT_DAYS = 7;

/** A second part named beside a pain only to say it is well ("knee hurts, back is fine", "not my hip"). */
const OTHER_PART_FINE = /\b(?:fine|ok|okay|good|better|great|all right|alright|not|no longer|doesn'?t|isn'?t|aren'?t)\b/;

function mentionedExercises(t: string) {
  return findExerciseMentions(t).map((m) => m.exercise);
}

/** Equipment a swap points at ("for dumbbells", "to the machine version"). */
function equipmentWord(t: string): Equipment | null {
  if (/\b(dumbbells?|dbs?|dumbells?)\b/.test(t)) return 'dumbbell';
  if (/\b(kettlebells?|kbs?)\b/.test(t)) return 'kettlebell';
  if (/\b(machines?|smith)\b/.test(t)) return 'machine';
  if (/\b(cables?)\b/.test(t)) return 'cable';
  if (/\b(bands?)\b/.test(t)) return 'bands';
  if (/\b(body ?weight|no weights?)\b/.test(t)) return 'bodyweight';
  if (/\b(barbells?)\b/.test(t)) return 'barbell';
  return null;
}

/** Stated maxes: "my maxes are squat 315 bench 225 dead 405", "deadlift max 405", "my 1rm squat is 140kg". */
function readMaxes(t: string): MaxStatement[] {
  const lifts = parseLifts(t);
  const out: MaxStatement[] = [];
  for (const l of lifts) {
    const g = l.groups.find((x) => x.load !== null);
    if (!g || g.load === null) continue;
    out.push({ exerciseId: l.exerciseId, name: l.name, weight: g.load, unit: g.unit, reps: g.reps ?? 1 });
  }
  return out;
}

/** "what did i miss this week", "how did i do last week", "what have i done so far": a week's sessions reviewed. */
const WEEK_REVIEW = /\b(?:what|which (?:sessions?|workouts?|runs?|days?)|how many(?: sessions?| workouts?| runs?)?) (?:did|have) i (?:miss(?:ed)?|skip(?:ped)?|do|done|did|log(?:ged)?|get (?:done|in))\b.*\b(?:this|last) week\b|\bhow (?:did|have) i (?:do|done|been doing)\b.*\b(?:this|last) week\b|\b(?:this|last) week\b.*\b(?:what|which) (?:did|have) i (?:miss(?:ed)?|skip(?:ped)?|done?)\b|\bwhat (?:did|have) i (?:miss(?:ed)?|done) so far\b/;

/** "push everything back a day", "shift my workouts a day later this week", "bump the rest of the week by one day". */
const SHIFT_WEEK = /\b(?:push|move|shift|bump|slide)(?: (?:back|forward))? (?:everything|it all|all (?:of )?(?:my |the |this week'?s )?(?:workouts|sessions|runs|training|days)|(?:my|the) (?:whole |entire )?week|the rest of (?:my |the |this )?week|(?:my|the|this week'?s) (?:workouts|sessions|runs|training days))(?: this week| for the week)? (?:back |forward |later )?(?:by )?(?:a|one|1) day\b(?! earlier)/;

/** What "how many … left" counts. */
const COUNT_WORDS: ReadonlyArray<[RegExp, 'sets' | 'distance' | 'sessions']> = [
  [/\bsets?\b/, 'sets'],
  [/\b(miles?|mi|km|kms|kilometers?|kilometres?|mileage|distance)\b/, 'distance'],
  [/\b(sessions?|workouts?|runs?|lifts?|days?|trainings?)\b.*\b(left|to go|remaining|this week)\b/, 'sessions'],
];

/** Words a day query is made of: dates, question words, the plan's own words. */
const DAY_QUERY_WORDS = new Set(
  ('mon monday mondays tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december ' +
    'next this last week weeks day days after before tomorrow tmrw tmr tomoro today tonight morning night weekend in on the a an of for from to at is are was will be what whats what\'s wat wut how about and or my me i i\'m im do does did have has got going gonna doing should ' +
    'workout workouts wod session sessions plan training train lift lifting run running schedule planned up coming upcoming hey hi so ok okay pls please details show tell give send whole full again look looks looking like ' +
    // A session of the plan asked for by name on a day ("how long is my long run sunday", "how far is sunday's tempo").
    'long far tempo easy intervals ' +
    // "wait is tmrw a rest day": a rest day asked for, after a thinking word.
    'rest off wait hmm um quick q').split(' '),
);

/** Content words of a text that no day query uses ("won", "game"): two or more mean it asks about something else. */
function offTopicWords(t: string): number {
  return t.replace(/[^a-z0-9' ]+/g, ' ').split(' ').filter((w) => w && !/^\d+(st|nd|rd|th)?$/.test(w) && !DAY_QUERY_WORDS.has(w)).length;
}

/** The text with the lifts it names blanked ("leg press", "chest fly"): their body words name a lift, not a body part. */
function withoutExerciseNames(t: string): string {
  let out = t;
  for (const m of findExerciseMentions(t, { loose: true })) if (findBodyParts(m.written).length) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

function weekOf(today: string) {
  const from = addDays(today, 1 - isoWeekday(today));
  return { from, to: addDays(from, 6) };
}

// ---- the table -----------------------------------------------------------------------------------------

const MOVE = anyOf(MOVE_WORDS);
const RELATIVE_DAY = anyOf([...TODAY_WORDS, ...TOMORROW_WORDS]);
const PERMANENT = anyOf(PERMANENT_WORDS);
/** Sessions named by their main lift ("deadlift day"): a lift's name there is the day's, not the lift's. */
const LIFT_DAY_SESSIONS: ReadonlySet<string> = new Set(['squat_day', 'deadlift_day', 'bench_day', 'press_day']);
const PERMANENT_EVEN_THIS_WEEK_RE = anyOf(PERMANENT_EVEN_THIS_WEEK);

/**
 * The two days of "move thursday's workout to friday" / "swap sat to sun" / "do tuesday's session on wednesday":
 * a move verb, a day, then "to"/"on"/"for" and another day, both today or later. Null otherwise.
 */
// "…to thursday and skip saturday", "…to thursday, so skip sat": another ask after the day, not the day.
const REASON_AFTER_DAY = /[,.;!?]|\b(?:because|cause|cuz|coz|since|got|have|i have|as|and|so|also|plus|then)\b/;

/**
 * "move friday to thursday and skip saturday", "can i do fri on thu? wedding sat so skip sat": a day ahead
 * skipped beside a move is its own ask (was dropped: the move read the whole text). Only a day other than the two
 * the move names.
 */
function skipBeside(t: string, moved: { from: string; to: string }, ctx: ReadContext): Item[] {
  const verb = MOVE.exec(t);
  const after = verb ? t.slice(verb.index + verb[0].length) : t;
  const clause = after.split(/[.;!?]|\b(?:and|so|also|plus|then|but)\b/).slice(1).find((s) => SKIPPED.test(s) || /\b(?:miss|missing)\b/.test(s));
  const date = clause ? skipAhead(clause, ctx) : null;
  return date && date !== moved.from && date !== moved.to ? [{ intent: 'missed_session', date, question: null, note: clause!.trim() }] : [];
}

/**
 * "from january i can do 4 days", "3 days a week starting next month", "from dec 14 tue thu sat": the first day
 * of a change of days said to start after this week, or null (no start said, or one this week: that is now).
 */
function laterStart(t: string, ctx: ReadContext): string | null {
  const m = /\b(?:from|starting|start(?:s|ing)? (?:in|on|from)|beginning(?: in| on)?|as of|come)\s+(.{1,24})/.exec(t);
  if (!m) return null;
  const tail = m[1]!;
  const [y, mo] = ctx.today.split('-').map(Number) as [number, number];
  let date: string | null = null;
  if (/^(?:the )?(?:(?:start|beginning|first) of )?next month\b/.test(tail)) date = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  else if (/^(?:the )?(?:new year'?s?|next year)\b/.test(tail)) date = `${y + 1}-01-01`;
  else {
    const ref = findDateRef(tail, ctx.now, ctx.timezone);
    date = ref?.kind === 'date' ? ref.date : null;
  }
  return date && date > weekOf(ctx.today).to ? date : null;
}

/** "…and thu to fri", "…, sat on sun": a second day moved in the same text, its own clause after the first move. */
const SECOND_MOVE = new RegExp(String.raw`^\s*(?:(?:can (?:we|i) |could (?:we|i) |let'?s |please |pls )?(?:also )?(?:move|do|push|shift|swap|switch|bump) )?(?:my |the )?(${WEEKDAY_WORD})(?:'?s)?(?: (?:workouts?|sessions?|training|runs?|lifts?|one))? (?:to|on|for|->|until|till) (?:the |a )?(${WEEKDAY_WORD})\b`);

/**
 * "move mon to tue and thu to fri", "can we do wed on thu and sat on sun": each day moved is its own ask (was
 * only the first: the move read the whole text). The second lands in its own day's week, as the first does.
 */
function moveBeside(t: string, moved: { from: string; to: string }, ctx: ReadContext): Item[] {
  const verb = MOVE.exec(t);
  const after = verb ? t.slice(verb.index + verb[0].length) : t;
  const out: Item[] = [];
  for (const clause of after.split(/[,;&]|\b(?:and|also|plus|then)\b/).slice(1)) {
    const m = SECOND_MOVE.exec(clause);
    if (!m) continue;
    const from = findDateRef(m[1]!, ctx.now, ctx.timezone);
    if (from?.kind !== 'date' || from.date < ctx.today || from.date === moved.from) continue;
    const to = addDays(from.date, findWeekdays(m[2]!)[0]! - isoWeekday(from.date));
    if (to === from.date || to < ctx.today) continue;
    out.push({ intent: 'missed_session', date: from.date, to, question: null, note: clause.trim() });
  }
  return out;
}

/**
 * Where the words of a move begin: after its verb ("move", "swap", "do"), or, with no verb, at the start of a
 * text that trades one day for another ("squat day on sat instead of tue", "thursday's session on friday
 * rather than"): "instead of" says the move. A text about what was done ("did …", "swapped …") is no move.
 */
function moveStart(t: string): number | null {
  const verb = MOVE.exec(t);
  if (verb) return verb.index + verb[0].length;
  return /\b(?:instead of|rather than)\b/.test(t) && !/\b(?:did|done|was|were|went|trained|lifted|ran|why|how come)\b/.test(t) ? 0 : null;
}

const SESSION_TO_DAY = new RegExp(String.raw`\s(?:to|on|for|until|till|with|instead of|rather than)\s|\s(?=(?:today|tonight|tomorrow|tmrw|tmr)\b)|(?<=\b(?:workouts?|sessions?|runs?|lifts?|training|long one|one|tempo|intervals|day))\s(?=(?:this |next )?${WEEKDAY_WORD}\b)`, 'g');

function movedDays(t: string, ctx: ReadContext): { from: string; to: string } | null {
  const start = moveStart(t);
  if (start === null) return null;
  const rest = ` ${t.slice(start)}`;
  // A day is a weekday, or today / tomorrow ("move tomorrow to friday", "push today's session to tomorrow").
  const named = (s: string) => findWeekdays(s).length === 1 !== RELATIVE_DAY.test(s);
  // "can i do tomorrow's workout today instead", "can i do wednesday's workout tomorrow instead": the day it goes
  // to may come with no "to"; the first split with a day on both sides. What follows a comma or "got" is the
  // reason ("…tomorrow instead, got an early meeting wed"), not a day.
  // "can i do friday's workout saturday instead": a weekday straight after the session it moves is the day it goes to.
  const splits = [...rest.matchAll(SESSION_TO_DAY)];
  const split = splits.find((m) => named(rest.slice(0, m.index)) && named(rest.slice(m.index).split(REASON_AFTER_DAY)[0]!));
  if (!split) return null;
  // "do my deadlift day on sunday instead of saturday": the day after "instead of" is the one it leaves.
  const reversed = /^\s(?:instead of|rather than)\s$/.test(split[0]);
  const [before, after] = reversed
    ? // "long run tmrw instead of sun": the day alone, without "instead of" ("of sun" is no day to the date reader).
      [rest.slice(split.index + split[0].length).split(REASON_AFTER_DAY)[0]!, rest.slice(0, split.index)]
    : [rest.slice(0, split.index), rest.slice(split.index).split(REASON_AFTER_DAY)[0]!];
  // "fridays workout", "sat's long run": a weekday the date reader leaves alone beside a session is still that day.
  const leaves = before.replace(/'s\b/g, '').replace(/\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*?)s\b(?= (?:workouts?|sessions?|runs?|lifts?|training|long|easy|tempo))/g, '$1');
  const fromRef = findDateRef(leaves, ctx.now, ctx.timezone);
  const onlyDay = findWeekdays(leaves);
  const from = fromRef ?? (onlyDay.length === 1 && !RELATIVE_DAY.test(leaves) ? { kind: 'date' as const, date: nextOnOrAfter(ctx.today, onlyDay[0]!) } : null);
  if (from?.kind !== 'date' || from.date < ctx.today) return null;
  // The asked day is that weekday of the moved session's week: "swap sat to sun" is the Sunday after, "move
  // friday's run to wednesday" the Wednesday before.
  const toRef = RELATIVE_DAY.test(after) ? findDateRef(after, ctx.now, ctx.timezone) : null;
  const to = toRef ? (toRef.kind === 'date' ? toRef.date : null) : addDays(from.date, findWeekdays(after)[0]! - isoWeekday(from.date));
  if (to === null) return null;
  // "move tmrw to mon" on a Friday: that week's Monday is gone, the next one is meant (was the week shown).
  const ahead = to < ctx.today && !toRef ? addDays(to, 7) : to;
  if (ahead === from.date || ahead < ctx.today) return null;
  return { from: from.date, to: ahead };
}

const BREAK_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, 'couple of': 2, few: 3 };
const BREAK_UNIT: Record<string, number> = { day: 1, week: 7, wk: 7, month: 30 };
const BREAK_SPAN = String.raw`(?:(?:a|about|almost|like|over|nearly|around|roughly|the last|the past|past|last) )?(\d+|an?|one|two|three|four|five|six|couple(?: of)?|few) (day|week|wk|month)s?`;
/** A break over: "back after 3 weeks off", "haven't trained in 2 weeks", "took a week off", "been off for a month". */
const BREAK_OVER = [
  new RegExp(String.raw`\b(?:i'?m |im |i am )?(?:back|returning|getting back|coming back|back at it|back to (?:it|training|the gym)|starting (?:again|back))\b.*\b(?:after|from) ${BREAK_SPAN}(?: (?:off|away|out|break|of nothing|of no training|vacation|sick))?\b`),
  new RegExp(String.raw`\b(?:haven'?t|havent|have not|didn'?t|didnt|did not) (?:trained|train|worked out|work out|lifted|lift|run|ran|been to the gym|gone to the gym|done anything)(?: at all)? (?:in|for) ${BREAK_SPAN}\b`),
  new RegExp(String.raw`\b(?:took|had|taken|been) (?:off )?(?:for )?${BREAK_SPAN} (?:off|away|out)\b`),
  new RegExp(String.raw`\bbeen (?:off|out|away) (?:for )?${BREAK_SPAN}\b`),
];

/** "sry was sick all week", "been sick the whole week", "was ill most of last week": the week gone by, sick. */
const SICK_WEEK_OVER = /\b(?:was|been|got|i was|ive been|i'?ve been|have been|had been)(?: (?:really|super|so|pretty))? (?:sick|ill|unwell|down with (?:a |the )?\w+|in bed|flu-?ish|covid|under the weather)(?: with (?:a |the )?[a-z ]{2,20}?)? (?:all|the whole|the entire|most of(?: the)?|all of(?: the)?|all last|the past|the last|for a|for the whole) ?(?:last )?(?:week|wk)\b/;

/** Days of a break said to be over, or null: between 3 days and 6 months, and not one still ahead ("taking a week off"). */
function breakDays(t: string): number | null {
  if (/\b(taking|gonna|going to|will|next|need|want|plan(?:ning)?|should i|can i)\b/.test(t)) return null;
  // "all last week" is the calendar week before this one: the illness rule reads its dates.
  if (SICK_WEEK_OVER.test(t) && !/\blast (?:week|wk)\b/.test(t)) return 7;
  for (const re of BREAK_OVER) {
    const m = re.exec(t);
    if (!m) continue;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (BREAK_COUNT[m[1]!] ?? null);
    const days = n === null ? null : n * BREAK_UNIT[m[2]!]!;
    if (days !== null && days >= 3 && days <= 180) return days;
  }
  return null;
}

/** "can i do it saturday", "could i move it to friday": the session just named goes to another day. */
/** "im out this sat at a wedding", "i'm at a wedding sat", "busy tmrw": a day ahead the client is not free. */
const BUSY_DAY = new RegExp(String.raw`\b(?:i'?m|im|i am|i'?ll be|ill be|i will be|gonna be|going to be|will be)\s+(?:${anyOf(BUSY_DAY_WORDS).source}|at\s+(?:a|an|the|my|our)\s+(?:[a-z]+'s\s+)?(?:[a-z]+\s+)?${anyOf(OUTING_WORDS).source})(?!\s+(?:of|for)\b)`);

const ONE_SESSION_MOVE = /\b(?:can|could|should) i (?:move|switch|shift|push|swap|do) (?:it|that|this one)\b/;

/** "swap thursday and friday", "switch my wed & fri sessions", "trade friday's workout with thursday". */
/** "today"/"tomorrow" in a swap: days from today ("swap today and wednesday"), from words.ts. */
const SWAP_RELATIVE_DAY: Record<string, number> = Object.fromEntries([...TODAY_WORDS.map((w) => [w, 0]), ...TOMORROW_WORDS.map((w) => [w, 1])]);
const SWAP_DAY = String.raw`(${WEEKDAY_WORD}|${[...TODAY_WORDS, ...TOMORROW_WORDS].filter((w) => !w.includes(' ')).join('|')})`;
const SWAP_DAYS = new RegExp(String.raw`\b(?:swap|switch|trade|flip|exchange)(?: around)?(?: my| the)? ${SWAP_DAY}(?:'?s)?(?: (?:workouts?|sessions?|training|runs?|lifts?|days?))? (?:and|with|for|&|n) (?:my |the )?${SWAP_DAY}(?:'?s)?\b`);

/** " saturday", " next tues": where a day said bare (no "to"/"on") starts after a session's name. */
const BARE_DAY = new RegExp(String.raw`\s(?=(?:this |next )?${WEEKDAY_WORD}\b)`);

/**
 * "skipping saturday", "gonna skip friday": a skip said ahead of a named day is that coming day (a session the
 * client cannot make), not last Saturday's log. "skipped saturday" and "missed friday" stay in the past.
 */
/** "did tomorrow's workout today", "did wed's session this morning", "did mon's workout today instead". */
const OTHER_DAYS_SESSION_DONE = new RegExp(String.raw`\b(?:did|done|finished|knocked out|got in|smashed|crushed|ran)\s+(?:my |the )?((?:tomorrow|tmrw|tmr|${WEEKDAY_WORD})(?:'?s)?)\s+(?:workout|session|lift|lifting|training|day|program|(?:long |easy |tempo |recovery )?run|long one|tempo|intervals)s?\b(?=.*\b(?:today|this morning|tonight|instead|early|already|yesterday|on (${WEEKDAY_WORD}))\b)`);

/** A lift said to feel some way: "squats felt heavy", "bench was easy", "the leg press went ok", "rows moved well". */
const LIFT_FELT = /\b(?:felt|feels|feeling|was|were|is|went|moved|flew|got)\b/;

function skipAhead(text: string, ctx: ReadContext): string | null {
  // "skipping sat", "gonna skip tomorrow", "i'll miss saturday", and the bare ask "skip this saturday": a day
  // ahead taken off. A past word ("skipped", "missed", "last") keeps it a log of a day gone.
  if (!/\b(skipping|missing|(?:gonna|going to|have to|need to|will|gotta|i'?ll|want to|wanna|let'?s|please|pls) (?:skip|miss)|skip)\b/.test(text) || /\b(skipped|missed|yesterday|last)\b/.test(text)) return null;
  const ref = findDateRef(text, ctx.now, ctx.timezone);
  return ref?.kind === 'date' && ref.date > ctx.today ? ref.date : null;
}

/**
 * "only 20 min tue", "i only have 30 minutes today", "short on time tomorrow, 25 min max", "can only do 20 min on
 * tuesday": minutes for one day ahead. Never a log ("ran 20 min") nor the session length from now on.
 */
function shortOnTime(t: string, ctx: ReadContext): Extract<Item, { intent: 'short_on_time' }> | null {
  const m = /\b(\d{1,3})\s*(?:m|min|mins|minutes)\b/.exec(t);
  const cue = /\b(only|just|max|tops|at most|short on time|pressed for time|squeeze in|no more than)\b/.test(t);
  if (!m || !cue || /\b(ran|run for|did|done|walked|jogged|finished|logged|every|sessions|from now on|going forward|anymore|each (?:day|time|session))\b/.test(t)) return null;
  const minutes = Number(m[1]);
  if (minutes < 5 || minutes > 180) return null;
  // The day named nearest the minutes ("traveling next week, only 20 min tue": Tuesday), else any day named, else today.
  const near = t.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
  const ref = findDateRef(near, ctx.now, ctx.timezone) ?? findDateRef(t, ctx.now, ctx.timezone);
  const date = ref?.kind === 'date' ? ref.date : ref ? null : ctx.today;
  if (!date || date < ctx.today) return null;
  return { intent: 'short_on_time', date, minutes };
}

/** The Saturday and Sunday ahead (today's weekend when today is one of them): when a tune-up race would be. */
/** The coming Saturday and Sunday (from today when today is one of them): a tune-up asked with no day said. */
export function comingWeekend(today: string): { from: string; to: string } {
  const wd = isoWeekday(today);
  const sat = wd === 7 ? addDays(today, -1) : addDays(today, 6 - wd);
  return { from: sat < today ? today : sat, to: addDays(sat, 1) };
}

/** Where a session is done ("on the treadmill", "indoors", "at the gym"): never the day it is moved to. */
const SESSION_PLACE = /\b(?:on|at|in) (?:the |a |my )?(?:treadmill|dreadmill|track|trails?|bike|spin bike|stationary bike|elliptical|rower|gym|hotel gym|pool)\b|\b(?:indoors|inside|outside|outdoors)\b/g;

/** "new shoes!", "just got new running shoes", "finally bought a new pair", "new kicks 🔥": new shoes told, no question. */
const NEW_SHOES_TOLD = /^(?:(?:just|finally|so|i|and)\s+)*(?:(?:got|bought|picked up|treated myself to|ordered|have|broke out|trying|tried|wearing)\s+)?(?:some\s+|a\s+|my\s+|the\s+)?(?:brand\s+)?new\s+(?:pair(?:\s+of)?\s+)?(?:\w+\s+)?(?:(?:running|race|racing|trail)\s+)?(?:shoes|kicks|trainers|sneakers|runners|pair|hokas|nikes|asics|brooks|sauconys|ons)\b(?:\s+(?:today|arrived|came|are here|came in|lol|yay|finally))*[!. ]*$/;

/** "lol", "hahaha", "lmao", "haha ok": a laugh, answered lightly, nothing logged or changed. */
const LAUGH_ALONE = /^(?:(?:lo+l+|lolol+|lmf?ao+|rofl|(?:ha){2,}h?|hah|ha(?: ha)+|he(?:he)+|heh|ha)[!., ]*)+(?:(?:ok|okay|k)[!., ]*)?$/;

/** Ways to say training, for "can i … today?". */
const TRAIN_VERBS = String.raw`work ?out|train|lift|exercise|run|go for a run|go (?:to )?(?:the )?gym|hit the gym|get (?:a |my )?(?:workout|session|run|lift) in|do (?:a |my |the |some |an )?(?:workout|session|training|lift(?:ing)?|run|exercise|gym)`;
/** "can i work out today", "is it ok to train today even though its a rest day", "ok if i lift today?". */
const TRAIN_TODAY_ASKED = new RegExp(
  String.raw`^(?:(?:hey|so|ok|okay|yo|hi|quick question|q)[,:! ]+)?(?:can|could|should|may|ok(?:ay)? (?:if|to)|is it (?:ok|okay|alright|fine|bad) (?:if|to)|would it be (?:ok|okay|bad) (?:if|to)|do you think i (?:can|could|should)|am i (?:allowed|ok|okay) to) ?i? (?:${TRAIN_VERBS}) today\b(?: (?:instead|anyway|anyways|as well|too|still|even though (?:it'?s|its|it is) (?:a |my )?(?:rest|off) day|on my (?:rest|off) day))*[?!. ]*$`,
);

export const RULES: Rule[] = [
  {
    name: 'prompt injection is never acted on',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => (INJECTION.test(c.text) ? match([{ intent: 'refused', note: c.raw }], SURE) : null),
  },
  {
    name: 'help',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /^(help|\?+|h|huh|wut|wat|what|whut|commands|options|menu|info|what can (?:i|you) (?:say|do|text|ask)(?: you| me| for)?|how (?:does|do) (?:this|you|it) work|what do i (?:text|say)|what should i text)[?!. ]*$/.test(c.text)
        ? match([{ intent: 'help' }], 0.95)
        : null,
  },
  {
    // "can i work out today?", "ok if i lift today?", "can i do a workout today instead? i feel good": whether to train
    // today, asked. Answered from the plan (a training day: yes, and the day; a rest day: the next session could come
    // forward), never "outside what I can answer" or "yes, that's fine" with no plan in it.
    name: 'may I train today',
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c, ctx) => (TRAIN_TODAY_ASKED.test(c.text) ? match([{ intent: 'today', date: ctx.today, asked: true }]) : null),
  },
  {
    // "can sessions be 45 min", "i only have 45 min per session now", "make my workouts shorter", "workouts are taking me
    // like 90 min, too long" (was a 90 min long run logged): how long every session is, from now on.
    name: 'a new session length',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      // "make workouts 45 min", "cap sessions at 40": a length asked of every session, "my" or "the" or not.
      const asked = /^(?:(?:pls|please|can you|could you|coach)[,\s]+)*(?:make|keep|cap|set|limit) (?:all )?(?:the |my )?(?:sessions|workouts)\b/.test(t);
      const sessions = /\b(?:sessions|workouts|each (?:session|workout)|every (?:session|workout)|(?:per|a) (?:session|workout)|my (?:session|workout)s?|the (?:sessions|workouts))\b/;
      if (!sessions.test(t)) return null;
      const shorter = /\b(?:shorter|too long|less time|quicker|cut (?:them|it) down|take(?:s|ing)? (?:me )?(?:way )?too long|long(?:er)? than (?:i have|i can))\b/.test(t);
      const forGood = /\b(?:from now on|going forward|anymore|these days|now|max|at most|tops|no more than|under|only|can (?:they|sessions|workouts|you make|we make|it) be|make (?:them|my (?:sessions|workouts)|the (?:sessions|workouts)|each)|keep (?:them|my (?:sessions|workouts)|it))\b/.test(t);
      const minutes = findMinutes(t);
      // "workouts are taking me like 90 min, too long": the minutes said are what it takes, not what is wanted.
      const taking = minutes !== null && /\b(?:taking|take|takes|took|lasting|last|lasts)\b/.test(t);
      if (shorter) return match([{ intent: 'change_session_length', minutes: minutes !== null && !taking ? minutes : null }]);
      if (minutes !== null && (forGood || asked) && !taking && !/\b(?:today|tonight|tomorrow|this week)\b/.test(t)) return match([{ intent: 'change_session_length', minutes }]);
      return null;
    },
  },
  {
    name: 'a correction of the last log',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      // "lol i meant bench not squat": a laugh before the correction is no part of it (was the last log removed).
      const t = c.text.replace(/^(?:(?:lol|lmao|haha+|ugh|omg|oh|dang|ah)[,.! ]+)+/, '');
      // "that was dumbbell bench not barbell", "i meant goblet squats": the lift was another variant, the
      // numbers stand (the last log's sets are kept, see logs.service correctLastLogs).
      const variant = /^(?:(?:no|nope|sorry|oops|actually|wait|my bad)[,.! ]+)*(?:(?:that|it|those|they|that one)(?: was| were|'s|s)?|i meant|meant|should (?:have been|be)) (?:(?:the|a|an|on|doing) )?([a-z][a-z' -]{2,40}?)(?:,? (?:not|instead of|rather than) (?:the |a |an )?([a-z][a-z' -]{1,30}?))?[.!]*$/.exec(t);
      const named = variant && (variant[2] !== undefined || /^(no|nope|sorry|oops|actually|wait|my bad|i meant|meant|should)\b/.test(t)) ? matchExercise(variant[1]!.trim()) : undefined;
      const replaces = named && variant![2] !== undefined ? matchExercise(variant![2].trim()) : undefined;
      if (named) return match([{ intent: 'correct_log', replacement: [{ intent: 'log_strength', date: c.logDate, lift: { exerciseId: named.id, name: named.name, written: variant![1]!.trim(), groups: [] } }], ...(replaces && replaces.id !== named.id ? { replaces: replaces.id } : {}) }], SURE);
      // "it was" only opens a correction ("it was 3x8 not 3x5"): inside a report ("got back from my run it was like 5
      // miles") it tells the run (was the last log replaced by it).
      // "no run today, 40 min elliptical instead": cross-training in a run's place, not a correction of the last log.
      if (crossTrainingDone(t)) return null;
      const cue = /^(no|nope|wrong|oops|sorry|actually|wait|correction|undo|it was)\b|\b(that'?s wrong|thats wrong|that was wrong|not right|i meant|meant to say|should have been|should be|not \d+ ?(?:mi|miles|km)|typo)\b|\b\d+ (?:sets|reps),? not \d+\b/.test(t);
      // "that was tues not today", "sorry i meant yesterday not today": the last log's day said again (was a skip of
      // today, or the last log removed).
      const day = DAY_SAID_AGAIN.exec(t);
      if (day && (cue || /^(?:that|it|those|this)\b/.test(t))) {
        const moveTo = SAID_TODAY.test(day[1]!) ? ctx.today : findPastDate(day[1]!, ctx.now, ctx.timezone);
        if (moveTo) return match([{ intent: 'correct_log', replacement: [], moveTo }], SURE);
      }
      // "undo", "oops undo that", "delete that log", "scratch that": the last log taken back as a whole, nothing to send again.
      if (UNDO_LAST_LOG.test(t)) return match([{ intent: 'correct_log', replacement: [], undo: true }], SURE);
      if (!cue) return null;
      // "sorry meant 185 not 158", "oops 225 not 255", "it was 3x8 not 3x5": one number of the last log said again, the
      // rest as logged (was the last log removed, or both numbers logged as two sets).
      const swap = NUMBER_SAID_AGAIN.exec(t);
      if (swap && (swap[1] !== swap[3] || swap[2] !== swap[4]) && (swap[2] === undefined) === (swap[4] === undefined)) {
        const named = mentionedExercises(t)[0] ?? findExerciseMentions(t, { loose: true })[0]?.exercise;
        const pair = swap[2] !== undefined ? { fromReps: Number(swap[4]), toReps: Number(swap[2]) } : {};
        const field = swap[2] === undefined ? swapField(swap[0]) : undefined;
        return match([{ intent: 'correct_log', replacement: [], swap: { from: Number(swap[3]), to: Number(swap[1]), ...pair, ...(field ? { field } : {}), ...(named ? { exerciseId: named.id } : {}) } }], SURE);
      }
      // "wait it was 4 sets": the one lift of the last log, with that many sets (was "didn't get that").
      const count = COUNT_SAID_AGAIN.exec(t);
      if (count) {
        const to = COUNT_WORD[count[1]!] ?? Number(count[1]);
        if (to >= 1 && to <= (count[2] === 'sets' ? 20 : 100)) return match([{ intent: 'correct_log', replacement: [], swap: { to, field: count[2] === 'sets' ? 'sets' : 'reps' } }], SURE);
      }
      if (/^(that'?s|thats|that was) (wrong|not right)[.!]*$|^(no|nope|wrong)[,.! ]*(that'?s wrong|thats wrong|not right|wrong)?[.!]*$/.test(t)) {
        return match([{ intent: 'correct_log', replacement: [] }], SURE);
      }
      const body = t.replace(/^(no|nope|wrong|oops|sorry|actually|wait|correction)[,.:! ]+/, '').replace(/\b(that'?s wrong|thats wrong|i meant|meant to say|should have been|should be|it was)\b[,:]?/g, ' ');
      const lifts = parseLifts(body);
      // "wait i meant 6:30 not 6": a clock with no lift and no run word is the morning text's time corrected (read
      // below), not a run of 6 at 6:30 (a watch summary's bare clock and distance read as a run otherwise).
      if (lifts.length === 0 && findTimeOfDay(t) !== null && /\d:\d|\d ?(am|pm)\b/.test(spokenClock(t)) && !/\b(pace|per|mi|miles?|km|run|ran|splits?|mins?|minutes|secs?)\b|\/(mi|km)\b/.test(t)) return null;
      const run = lifts.length === 0 ? parseRun(body) : null;
      const replacement: ItemOf<'correct_log'>['replacement'] = [
        ...lifts.map((lift): ItemOf<'log_strength'> => ({ intent: 'log_strength', date: c.logDate, lift })),
        ...(run ? [{ intent: 'log_run', date: c.logDate, run } satisfies ItemOf<'log_run'>] : []),
      ];
      // "no, 185 lb bench": the load before the lift name.
      if (replacement.length === 0) {
        const m = /\b(\d{2,4}(?:\.\d+)?) ?(kg|kgs|lbs?|pounds?)? ?([a-z][a-z ]{2,30})$/.exec(body);
        const ex = m ? matchExercise(m[3]!.trim()) ?? findExerciseMentions(m[3]!)[0]?.exercise : undefined;
        if (m && ex) {
          const unit = m[2] ? (/^k/.test(m[2]) ? 'kg' : 'lb') : null;
          replacement.push({ intent: 'log_strength', date: c.logDate, lift: { exerciseId: ex.id, name: ex.name, written: m[3]!.trim(), groups: [{ sets: 1, reps: null, load: Number(m[1]), unit, rpe: null, rir: null }] } });
        }
      }
      if (replacement.length === 0) return /\b(wrong|not right|meant)\b/.test(t) ? match([{ intent: 'correct_log', replacement: [] }], LIKELY) : null;
      void ctx;
      return match([{ intent: 'correct_log', replacement }], SURE);
    },
  },
  {
    // "doctor said no lifting over 20 lb": a limit on the loads, never a log or a max of some lift.
    name: 'a lifting limit',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const limit = findLoadLimit(c.text, ctx.units === 'metric' ? 'kg' : 'lb');
      return limit ? match([{ intent: 'load_limit', load: limit.load, unit: limit.unit, until: findLimitEnd(c.text, ctx.now, ctx.timezone), note: c.raw, ...(limit.exerciseIds ? { exerciseIds: limit.exerciseIds } : {}) }], SURE) : null;
    },
  },
  {
    // "cast is off", "out of the boot", "back on my feet": the legs come back (light for two weeks) after the
    // legs-out rule took them out. Before it and the lifted-limit rule ("doc cleared me to walk" is the legs): "broke my leg in march, cast came off today" ends it.
    name: 'legs back: the cast is off',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c) => (LEGS_BACK_SAID.some((re) => re.test(c.text)) && !/\b(?:not|isn'?t|aren'?t|won'?t|can'?t|until|till|when|if|once|still|next week|in \d+ (?:days|weeks))\b/.test(c.text) ? match([{ intent: 'legs_back', note: c.raw }], SURE) : null),
  },
  {
    // "doctor cleared me", "weight limit is lifted": the lifting limit ends.
    name: 'a lifting limit lifted',
    scope: 'text',
    mood: 'statement',
    final: true,
    // A health condition told with its clearance ("had a heart attack 2 years ago, cleared for exercise") is that news.
    // A birth named only as the checkup's ("cleared at my postpartum checkup") is no news: the clearance is.
    read: (c) => (isLoadLimitLifted(c.text) && findHealthConditions(c.text).filter((h) => h.condition !== 'postpartum' || !POSTPARTUM_CHECKUP.test(c.text)).length === 0 ? match([{ intent: 'load_limit_lifted', note: c.raw }], SURE) : null),
  },
  {
    // "im in a wheelchair now", "broke my leg, in a cast for 6 weeks": no legs to train on; the lifting goes
    // upper body only, seated. Before the pain rule: a leg in a cast has been seen to, it is not a new injury to triage.
    name: 'legs out: a wheelchair or a leg in a cast',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c) => (LEGS_OUT_SAID.some((re) => re.test(c.text)) ? match([{ intent: 'upper_body_only', note: c.raw }], SURE) : null),
  },
  {
    // "I have AFib", "had a stent last year", "just diagnosed with osteopenia": the client's own condition
    // changes the plan (adaptation/health.ts); a general question about one is the FAQ's (below).
    name: 'a health condition of the client',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      // "asthma and type 1 diabetes": one item each, each with its own rules.
      // A birth told mid-plan ("im 10 weeks postpartum") is the client's condition too: the plan takes its rules
      // (the handler says to check with a doctor or pelvic-floor physio). Asked ("had a baby 3 months ago, is it ok
      // to start running again?") it is the FAQ's answer.
      const found = findHealthConditions(c.text).filter((h) => h.condition !== 'postpartum' || !c.question);
      return found.length ? match(found.map((h) => ({ intent: 'health_condition' as const, condition: h.condition, label: h.label, note: c.raw })), SURE) : null;
    },
  },
  {
    // "when is my meet?", "my meet moved to march 14", "comp got pushed back 2 weeks".
    name: 'the meet: when, or a new date',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      if (isAttemptsQuestion(c.text)) return match([{ intent: 'meet_question', attempts: true }], SURE);
      if (isMeetQuestion(c.text)) return match([{ intent: 'meet_question' }], SURE);
      const moved = meetDateMove(c.text, ctx.now, ctx.timezone);
      return moved ? match([{ intent: 'change_meet_date', date: moved.date, shiftDays: moved.shiftDays }], SURE) : null;
    },
  },
  {
    name: 'stated maxes',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c) => {
      if (!/\b(max(?:es)?|1 ?rm|one rep max|pr'?s?|personal best|best lift)\b/.test(c.text) || /\b(what|how|when)\b.*\bmax/.test(c.text)) return null;
      // "hit a PR on squat!! 155x5": a set done that day, logged (the coach congratulates it), not a max stated. Read
      // over the whole text, as "!!" would part the lift from its numbers; "new PR, bench 225!" is a single.
      if (PR_HIT.test(c.text) && !/\b(max(?:es)?|1 ?rm|one rep max)\b/.test(c.text)) {
        const lifts = parseLifts(c.text).map((l) => ({ ...l, groups: l.groups.map((g) => (g.reps === null && g.load !== null ? { ...g, reps: 1 } : g)) }));
        return lifts.length ? match(lifts.map((lift): ItemOf<'log_strength'> => ({ intent: 'log_strength', date: c.logDate, lift })), SURE) : null;
      }
      const maxes = readMaxes(c.text.replace(/\b1 ?rm\b/g, 'max'));
      return maxes.length ? match([{ intent: 'stated_maxes', maxes }], SURE) : null;
    },
  },
  {
    // "what should i do about the shoulder for saturday", "how do i work around my knee on friday": a day asked about
    // with a part in mind and no pain told - answered about that day's lifts, not with the whole session (was the
    // day shown, or "outside what I can answer"). A pain word makes it a pain report (the rule after this one).
    name: 'a day asked about with a part in mind',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      const asked = PART_ON_DAY.exec(t);
      if (!asked || PAIN.test(t) || (SORE.test(t) && !tightOnly(t))) return null;
      const part = findBodyParts(withoutExerciseNames(t.slice(asked.index)))[0];
      if (!part) return null;
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      if (ref && ref.kind !== 'date') return null;
      const date = ref?.kind === 'date' && ref.date >= ctx.today ? ref.date : ctx.today;
      return match([{ intent: 'part_on_day', date, bodyPart: part, note: c.raw }], SURE);
    },
  },
  {
    name: 'pain at a joint or an injury',
    scope: 'text',
    mood: 'any',
    final: false,
    read: (c, ctx) => {
      const t = c.text;
      if (PAIN_NEGATED.test(t)) return null;
      // "why is my shoulder press so heavy", "shoulder press felt heavy": a part inside a lift's name is the lift, not
      // a sore joint (was shoulder pain, shoulder work out for 3 days). A pain word keeps it: "shoulder press hurts".
      const named = PAIN.test(t) ? findBodyParts(t) : findBodyParts(withoutExerciseNames(t));
      // "knee is fine but hip hurts", "knees fine, hip is sore though": the part said fine is not the one that hurts
      // (was knee pain: the knee spared, the hip lost).
      const fine = new Set(t.split(/[.!?;,]+|\b(?:but|though|tho|and)\b/).map((x) => x.trim()).filter((x) => (PAIN_NEGATED.test(x) || partSaidFine(x) || (RECOVERED.test(x) && !RECOVERY_BUT.test(x))) && !PAIN.test(x) && !SORE.test(x)).flatMap((x) => findBodyParts(x)));
      const hurting = named.filter((p) => !fine.has(p));
      const parts = hurting.length ? hurting : named;
      const joint = jointOf(parts);
      // "done, knee was ok. squats felt really heavy tho": a joint said fine where it is named is no pain, whatever
      // another sentence says of a lift (was knee pain from the squats' "heavy").
      const jointSaid = t.split(/[.!?;,]+/).filter((x) => joint !== null && jointOf(findBodyParts(x)) === joint);
      if (jointSaid.length > 0 && jointSaid.every((x) => PAIN_NEGATED.test(x) || (RECOVERED.test(x) && !RECOVERY_BUT.test(x)))) return null;
      // "felt dizzy on my run": a warning sign of the whole body is a pain report with no part (stop, see a doctor).
      const painWord = PAIN.test(t) || ((joint !== null || warningSigns(t).length > 0) && redFlags(t).length > 0) || /\b(shin splints|plantar fasciitis|runner'?s knee|tendin|bursitis|stress (?:fracture|reaction)s?|fractured?)\b/.test(t) || (joint !== null && FINE_UNTIL.test(t));
      const jointSore = joint !== null && SORE.test(t) && !tightOnly(t);
      // "is that ok" questions about a modification are answered by their own rule.
      if (!painWord && !jointSore) return null;
      if (/\b(what|how)\b.*\b(pain|hurt)/.test(t) && !joint) return null;
      // "my grip gives out on deadlifts": a grip that fails is strength to build (answers/faq.ts), not a hand giving way.
      if (/\bgrip\b/.test(t) && !PAIN.test(t.replace(/\b(?:gives?|giving|gave|goes|went) out\b/g, ' '))) return null;
      const exercise = mentionedExercises(t)[0] ?? null;
      // "go easy on bench for a bit, shoulder feels a little off": a mild ache given as the reason to ease one lift
      // is the caution rule's (the lift out for the time said, the part spared in its pattern), not a pain report
      // of its own beside it (was two replies, and "for a while" lost to a 3-day pain window).
      if (exercise && liftCaution(t) && redFlags(t).length === 0 && severityOf(t) <= 3 && !SEVERE.test(t)) return null;
      const said = jointSaid.length ? jointSaid.join('. ') : t;
      const item: ItemOf<'pain'> = {
        intent: 'pain',
        date: ctx.today,
        bodyPart: joint ?? parts[0] ?? null,
        joint,
        // An ache at a joint with no pain word ("knee is sore", "hip is kinda achy") is mild unless said to be severe.
        // "my shoulder is killing me" is said to be more: never "it sounds mild".
        // "quads are toast. elbow felt a bit off": how bad the joint is comes from what is said of it, not of the
        // sore quads beside it (was severity 5: the elbow out for a week). Red flags are read in the whole text.
        severity: Math.max(redFlags(t).length ? 5 : 0, (jointSore && !painWord && !SEVERE.test(said)) || (FINE_UNTIL.test(said) && !PAIN.test(said)) ? Math.min(severityOf(said), 2) : severityOf(said)),
        redFlags: redFlags(t),
        exerciseId: exercise?.id ?? null,
        note: c.raw,
      };
      // "knee hurts and my back too": each joint said to hurt is its own report (was the knee only). A part said
      // to be fine beside it ("knee hurts, back is fine") is not one.
      const others = joint && !OTHER_PART_FINE.test(t) ? parts.filter((p): p is Joint => p !== joint && jointOf([p]) === p).slice(0, 2) : [];
      const more = others.map((p): ItemOf<'pain'> => ({ ...item, bodyPart: p, joint: p, exerciseId: null, also: true }));
      return match([item, ...more], joint || parts.length ? SURE : LIKELY);
    },
  },
  {
    // "feeling better now", "over my cold", "no longer sick": the sick days end and training comes back (was read
    // as nothing, or "no longer sick" as being sick). A body part said better is the recovered rule's.
    name: 'well again after being sick',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      if (!WELL_AGAIN.some((re) => re.test(t)) || /\b(still|but|worse|not (?:quite|fully|totally|yet|100))\b|\bbetter (?:about|than|at|with)\b/.test(t)) return null;
      if (findBodyParts(t).some((p) => p !== 'whole_body')) return null;
      return match([{ intent: 'recovered', bodyParts: [], note: c.raw }], SURE);
    },
  },
  {
    // "back after 3 weeks off", "haven't trained in 2 weeks", "took a week off, back now": a break already over.
    // The days off are kept as a break and the sessions from today ease back in (was "didn't get that").
    name: 'back after a break',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const days = breakDays(c.text);
      if (days === null) return null;
      return match([{ intent: 'illness', from: addDays(ctx.today, -days), to: addDays(ctx.today, -1), note: c.raw }], SURE);
    },
  },
  {
    name: 'illness or a short break',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      if (!ILLNESS.test(c.text.replace(SLANG_SICK, ' ')) || /\b(sick of|sick and tired|ill be|i'?ll)\b/.test(c.text) && !/\b(sick|ill) (till|until|with|w)\b/.test(c.text)) return null;
      if (OTHERS_ILL.test(c.text) && !SELF_ILL.test(c.text)) return null;
      if (/\bcold\b/.test(c.text) && !/\b(a cold|have a cold|got a cold|caught a cold|cold and|head cold|chest cold)\b/.test(c.text)) return null;
      const span = findDateSpan(c.text, ctx.now, ctx.timezone);
      return match([{ intent: 'illness', from: span?.from ?? ctx.today, to: span?.to ?? null, note: c.raw }], SURE);
    },
  },
  {
    // "new baby arrived!!", "moving house this week, crazy week", "my dad passed away": a coach's answer and, where
    // it helps, a lighter week offered (was "didn't get that", or a rough day noted). Pain told beside it is kept.
    name: 'a life event',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const found = lifeEventOf(c.text);
      return found ? match([{ intent: 'life_event', event: found.event, note: c.raw }]) : null;
    },
  },
  {
    // "knee surgery on dec 14, out 3 weeks", "operation on the 10th": time off from that date, planned now
    // (was the surgery advice only, and "text PAUSE" - which stops everything at once).
    name: 'an operation ahead, on a date',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      if (!/\b(?:surgery|operation|op|procedure)\b/.test(c.text) || /\b(?:had|after|post|since|ago)\b/.test(c.text)) return null;
      // The day of the operation named ("on dec 14"); "surgery next week" has no day yet: the advice answers it.
      const span = findDateSpan(c.text, ctx.now, ctx.timezone);
      if (!span || span.to !== span.from) return null;
      const item = breakAhead(c.text, ctx);
      return item.from > ctx.today ? match([item]) : null;
    },
  },
  {
    // "i'm pregnant", "just found out i have osteoporosis", "doing a triathlon in june": told, not asked, and
    // never "didn't get that".
    name: 'health news or a sport not planned',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const topic = toldTopic(c.text) ?? (weekTotalTold(c.text) ? 'week_total' : null);
      return topic ? match([{ intent: 'coach_faq', topic }]) : null;
    },
  },
  {
    // "it's 95 degrees out", "snow, doing it on the treadmill": weather told before a run (was "didn't get that").
    // Not final: "ran 5 in the heat, 95 degrees" is the log and the heat answer.
    name: 'weather told',
    scope: 'text',
    mood: 'statement',
    final: false,
    read: (c) => {
      const told = weatherTold(c.text);
      return told ? match([{ intent: 'coach_faq', topic: told === 'heat' ? 'heat_out' : 'snow_out' }]) : null;
    },
  },
  {
    name: 'the race date moved',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => raceDateMove(c.text, ctx),
  },
  {
    // "race got cancelled", "they called off the marathon": the race itself is gone (a trip cancelled is travel's).
    name: 'the race was cancelled',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => (RACE_CANCELLED.test(c.text) && !/\b(trip|flight|travel|hotel|gym|membership)\b/.test(c.text) ? match([{ intent: 'race_cancelled' }]) : null),
  },
  {
    // "my gym closed, only have bands now", "cancelled my gym membership, just dumbbells at home now", "got a
    // squat rack for the garage!": the client's own kit changed for good, so the whole plan from now on uses it
    // (was read as a one-day closed gym, or not read at all). A trip, a day or a date named is not for good.
    name: 'the client\'s own kit changed for good',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      const cue = KIT_FOR_GOOD.find((k) => k.words.test(t));
      if (!cue) return null;
      if (awayKind(t) === 'away' || TODAY.test(t) || TOMORROW.test(t) || /\bright now\b|\b(?:this|next) (?:week|weekend)\b|\b(?:until|till|while)\b/.test(t)) return null;
      // "from now on" is no date: only a day or span named makes the change a short one.
      const undated = t.replace(/\b(?:from now on|right now|now|for good|going forward|anymore|any more)\b/g, ' ');
      if (findDateSpan(undated, ctx.now, ctx.timezone) !== null || findWeekdays(undated).length > 0) return null;
      const named = findEquipment(t.replace(/\b(?:gym )?membership\b/g, ' '));
      // "only bands", "just dumbbells" is the whole kit; "just bought kettlebells" is news, added to the kit.
      const add = cue.add && !/\bonly\b|\bjust (?!(?:got|bought|picked|ordered|built|set|finished|treated|invested)\b)/.test(t);
      // No kit named after the gym went ("cancelled my gym membership"): bodyweight until they say what they have.
      const equipment = named ?? (cue.gymGone ? (['bodyweight'] as Equipment[]) : null);
      if (!equipment) return null;
      return match([{ intent: 'change_equipment', equipment, add, note: c.raw }], named ? SURE : LIKELY);
    },
  },
  {
    // "can i do thursday at the gym instead of at home?", "i'll be at the gym on friday": one day at a gym (a
    // home lifter's day with more kit), not a trip and not "outside what I can answer".
    name: 'one day at the gym',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!GYM_DAY.test(t) || GYM_CLOSED.test(t) || awayKind(t) === 'away' || /\b(every|each|from now on|going forward|anymore)\b/.test(t)) return null;
      const days = findWeekdays(t);
      const span = findDateSpan(t, ctx.now, ctx.timezone);
      const date = span && span.from === (span.to ?? span.from) ? span.from : days.length === 1 ? nextOnOrAfter(ctx.today, days[0]!) : /\btoday\b/.test(t) ? ctx.today : null;
      if (!date) return null;
      return match([{ intent: 'travel', from: date, to: date, equipment: null, maxDumbbell: null, cardio: [], timezone: null, note: c.raw, datesNamed: true, gymDay: true }], SURE);
    },
  },
  {
    name: 'travel or equipment for some days',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // Away from home (the shared list, parse/away.ts), or the gym out of reach at home.
      const away = awayKind(t);
      // "gym closed today", "couldn't get to the gym": one day without the gym, not a trip (that day only).
      const closedSpan = GYM_CLOSED.test(t) ? findDateSpan(t, ctx.now, ctx.timezone) : null;
      // "can't make it to the gym friday" is a session missed ahead (read below), not a closed gym.
      const gymClosed = CLOSED_AT_GYM.test(t) || (GYM_CLOSED.test(t) && (!closedSpan || closedSpan.from === ctx.today) && findWeekdays(t).every((d) => d === isoWeekday(ctx.today)));
      if (gymClosed && !/^(what'?s?|how|when|why|does|do|will|is)\b/.test(t)) {
        const from = closedSpan?.from ?? ctx.today;
        // "gym closed christmas eve, can i train the day before": that day's session moved, asked.
        const shift = /\b(?:can|could|should) i (?:train|lift|go|do it|do that|work ?out|get it in)\b.*\b(?:the )?day (before|after)\b/.exec(t);
        const to = shift ? addDays(from, shift[1] === 'before' ? -1 : 1) : null;
        // The gym is closed that day, so a move the rules refuse cannot leave the session there (skipped: moved to
        // another free day or dropped, said why).
        if (to && to >= ctx.today && closedSpan?.to === closedSpan?.from) return match([{ intent: 'missed_session', date: from, to, question: shift![0], note: c.raw, skipped: true }]);
        return match([{ intent: 'travel', from, to: closedSpan?.to ?? from, equipment: ['bodyweight'], maxDumbbell: null, cardio: [], timezone: null, note: c.raw, datesNamed: true, gymClosed: true }]);
      }
      const trip = away === 'away' || (away === 'going' && (findDateSpan(t, ctx.now, ctx.timezone) !== null || findWeekdays(t).length > 0)) ||
        /\b(no gym (?:this|next|until|till|for|on|from|tue|wed|thu|fri|sat|sun|mon)|gym (?:is|was|will be) closed|without (?:a|my) gym|staying at|(?:be|stay|staying|stuck) at (?:my |a |the |our )?[a-z-]+'?s?(?: (?:house|place|home|cabin|apartment))?(?= (?:next|this|for|from|until|till|on|over|tue|wed|thu|fri|sat|sun|mon|with|and|,)|$))\b/.test(t);
      const change = TRIP_CHANGES.find((ch) => ch.words.test(t))?.change;
      // "what do i do for deadlifts there": a lift asked about at a place already talked about is the trip's.
      const tripLift = !trip && TRIP_PLACE.test(t) && /^(what'?s?|how|when|why|does|do|will)\b/.test(t) && askedLift(t) !== null;
      if (tripLift) return match([{ intent: 'travel', from: ctx.today, to: null, equipment: null, maxDumbbell: null, cardio: [], timezone: null, note: c.raw, datesNamed: false, change: 'ask' }]);
      // "back home now", "came home early": the trip ends (the days left of it go back to the home plan).
      const homeEarly = change === 'cancel' && /\b(back home|home early|(?:came|got|flew|drove) (?:back )?home|back from)\b/.test(t);
      // "just a band", "dumbbells up to 40": kit alone, the answer to "what will you have there?" after a trip.
      const unit0 = ctx.units === 'metric' ? 'kg' : 'lb';
      const kitOnly = !trip && !homeEarly && !change && !c.question && isKitOnly(t);
      // "treadmill only this week", "only bands till friday": kit for some days at home is those days' kit, not a trip
      // (was the week shown, or "Noted your trip").
      const kitSpan = !trip && !homeEarly && !change && !c.question ? findDateSpan(t, ctx.now, ctx.timezone) : null;
      if (kitSpan && kitSpan.from >= ctx.today && /\b(?:just|only)\b/.test(t) && isKitOnly(t.replace(KIT_DAYS, ' '))) {
        return match([{ intent: 'travel', from: kitSpan.from, to: kitSpan.to ?? kitSpan.from, equipment: findEquipment(t), maxDumbbell: findMaxDumbbell(t, unit0), cardio: findCardio(t), timezone: null, note: c.raw, datesNamed: true, missing: findMissingEquipment(t), have: findNamedEquipment(t), only: true, atHome: true }]);
      }
      if (kitOnly) {
        const equipment = findEquipment(t);
        return match([{ intent: 'travel', from: ctx.today, to: null, equipment, maxDumbbell: findMaxDumbbell(t, unit0), cardio: findCardio(t), timezone: null, note: c.raw, datesNamed: false, missing: findMissingEquipment(t), have: findNamedEquipment(t), only: /\b(just|only)\b/.test(t), kitOnly: true }], LIKELY);
      }
      if (!trip && !homeEarly && !(change === 'extend' && /\b(stay(?:ing)?|back)\b/.test(t))) return null;
      const span = findDateSpan(t, ctx.now, ctx.timezone);
      const base = { from: ctx.today, to: null, equipment: null, maxDumbbell: null, cardio: [] as string[], timezone: null, note: c.raw, datesNamed: false };
      if (change === 'cancel') return match([{ intent: 'travel', ...base, change }]);
      if (change === 'extend') return match([{ intent: 'travel', ...base, change, extendTo: span?.to ?? span?.from ?? null }]);
      // "whats the hotel thing mean for my workouts": a question about a trip told is what it changed;
      // "what about squats at the hotel?" asks how the trip does that lift.
      if (/^(what'?s?|how|when|why|does|do|will)\b/.test(t) && !/\b(i'?m|im|i am|we'?re|will be)\b/.test(t)) {
        if (span) return null;
        return askedLift(t) || /\bhow (?:many|much|long)\b/.test(t) ? match([{ intent: 'travel', ...base, change: 'ask' }]) : match([{ intent: 'what_changed' }], LIKELY);
      }
      const zone = /\b(to|in|at) ([a-z]+(?: [a-z]+)?)\b/.test(t) ? findTimezone(c.raw) : null;
      const tripDays: string[] = [];
      if (span && span.from >= ctx.today) for (let d = span.from; d <= (span.to ?? span.from) && tripDays.length < 7; d = addDays(d, 1)) tripDays.push(d);
      // "skip fri, flying to denver for work thru sunday": the day named with the skip is skipped, and the trip (Fri to
      // Sun) is a trip, its kit read from the rest of the text (was: every day of the trip skipped).
      const named = SKIP_NAMED_DAYS.exec(t);
      const skipOnly = named ? tripDays.filter((d) => (findWeekdays(named[0]) as number[]).includes(isoWeekday(d))) : [];
      const skipped = skipOnly.length > 0 && skipOnly.length < tripDays.length
        ? skipOnly.map((date) => ({ intent: 'missed_session' as const, date, question: null, note: c.raw }))
        : [];
      // "skip fri, flying to denver for work", "can't train friday, work trip": the trip is why those days are
      // off, so each is a session ahead not made (moved or dropped like "skip fri"), never a bodyweight day; the
      // trip itself is asked about in the reply.
      if (!skipped.length && tripDays.length && TRIP_DAYS_OFF.test(t) && !findEquipment(t)) {
        return match(tripDays.map((date) => ({ intent: 'missed_session' as const, date, question: null, note: c.raw, away: { timezone: zone, from: tripDays[0]!, to: tripDays.at(-1)! } })));
      }
      const noKit = /\b(no gym|no equipment|gym (?:is|was|will be) closed|without (?:a|my) gym|nothing but)\b/.test(t);
      // "hotel just has dumbbells and a treadmill": the kit said with "just" is all there is - the hotel gym's
      // bench nobody named is neither planned nor said back.
      const saidOnly = /\b(just|only)\b/.test(t) ? findNamedEquipment(t).filter((e) => e !== 'bodyweight') : [];
      const equipment = noKit ? (['bodyweight'] as Equipment[]) : saidOnly.length ? ([...saidOnly, 'bodyweight'] as Equipment[]) : findEquipment(t);
      const unit = ctx.units === 'metric' ? 'kg' : 'lb';
      return match([
        ...skipped,
        {
          intent: 'travel',
          from: span?.from ?? ctx.today,
          to: span?.to ?? null,
          equipment,
          maxDumbbell: findMaxDumbbell(t, unit),
          cardio: findCardio(t),
          timezone: zone,
          note: c.raw,
          datesNamed: span !== null,
          missing: findMissingEquipment(t),
          have: findNamedEquipment(t),
          only: /\b(just|only)\b/.test(t),
        },
        // "traveling next week, only 20 min tue": the trip and that day's time.
        ...(shortOnTime(t, ctx) ? [shortOnTime(t, ctx)!] : []),
      ]);
    },
  },
  {
    // "why leg press instead of squats?", "how come no deadlifts?", "where did my bench go": a question about the
    // plan's choice, answered with its reason; never a swap ("can i do leg press instead of squats" is one).
    name: 'why a lift is not in the plan',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      const asked = WHY_LIFT_ASKS.find((re) => re.test(t));
      if (!asked) return null;
      const m = asked.exec(t)!;
      const shown = m.groups?.shown ? findExerciseMentions(m.groups.shown, { loose: true })[0]?.exercise ?? null : null;
      // "why no squats or bench? i want to get strong on the big 3": each lift asked about gets its reason (the
      // "or bench" was read as a gym without a bench, and the trip lost its bench).
      const missing = [...new Map(findExerciseMentions(m.groups!.missing!, { loose: true }).map((x) => [x.exercise.id, x.exercise])).values()].filter((x) => x.id !== shown?.id);
      if (missing.length === 0) return null;
      return match(missing.map((x) => ({ intent: 'why_exercise' as const, exerciseId: x.id, name: x.name, shownId: shown?.id ?? null })));
    },
  },
  {
    // "go easy on deadlifts", "no overhead press for now, shoulder", "hold off on squats for a couple weeks": one
    // lift eased for a while, not dropped for good. Out through the end said (two weeks when none), then back.
    name: 'caution about one lift for a while',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      const caution = liftCaution(t);
      // "took it easy on squats today" tells what was done (a log), not what to change.
      if (!caution || /\b(instead|swap|replace|substitute|sub)\b/.test(t) || /\b(took|went|did|kept|was|were)\b/.test(t)) return null;
      const ex = mentionedExercises(t)[0] ?? findExerciseMentions(t, { loose: true })[0]?.exercise;
      if (!ex) return null;
      const end = /\bthis week\b/.test(t) ? ctx.today : findLimitEnd(t, ctx.now, ctx.timezone) ?? addDays(ctx.today, CAUTION_DEFAULT_DAYS);
      // A week's lifts are picked for the whole week: the lift is out through the end of the week the caution ends in.
      const refused = !LIFT_CAUTION.some((re) => re.test(t));
      return match([{ intent: 'exclude_exercise', exerciseId: ex.id, name: ex.name, note: c.raw, to: weekOf(end).to, ...(refused ? { refused } : {}) }], SURE);
    },
  },
  {
    // "I can't kneel on it", "no kneeling please": a position ruled out, so every lift done kneeling goes for good
    // (parse/kneeling.ts), as a lift refused; told at onboarding it is kept and read again once the plan exists.
    name: 'kneeling ruled out',
    scope: 'text',
    mood: 'any',
    final: false,
    read: (c) => {
      if (!kneelingRuledOut(c.text) || !KNEELING_LIFTS.length) return null;
      const [first, ...rest] = KNEELING_LIFTS;
      return match([{ intent: 'exclude_exercise', exerciseId: first!.id, name: 'Kneeling lift', note: c.raw, ...(rest.length ? { exerciseIds: KNEELING_LIFTS.map((e) => e.id) } : {}) }], SURE);
    },
  },
  {
    name: 'stop doing an exercise',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      // "deadlifts from the floor make me nervous": a lift feared is taken out like one refused (parse/lift-nerves.ts).
      const feared = liftsFeared(t)[0];
      if (!feared && !/\b(stop doing|stop the|stop giving me|stop programming|stop putting|no more|drop(?:ping)?|remove|get rid of|skip(?:ping)? the .* from now|never do|take out|can'?t do|cant do|hate|don'?t want to do|dont want to do|quit doing|lose the)\b/.test(t)) return null;
      if (/\b(instead|swap|replace|substitute|sub)\b/.test(t)) return null;
      const ex = feared ?? mentionedExercises(t)[0];
      // "no more burpees": a drill the plan never has is refused all the same, and said so (was a did-you-mean).
      if (!ex) return UNPROGRAMMED_DRILL.test(t) ? match([{ intent: 'coach_faq', topic: 'not_programmed' }], SURE) : null;
      return match([{ intent: 'exclude_exercise', exerciseId: ex.id, name: ex.name, note: c.raw }]);
    },
  },
  {
    // "thurs: rest", "wednesday off", "rest day friday", "make thursday a rest day", "taking fri off": a day ahead made
    // rest is its session skipped (was the day's workout shown).
    name: 'a day ahead made rest',
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const m = DAY_MADE_REST.exec(c.text);
      const said = m ? (m[1] ?? m[2])! : '';
      if (!m || findWeekdays(said).length !== 1 && !TODAY.test(said) && !TOMORROW.test(said)) return null;
      const ref = findDateRef(said, ctx.now, ctx.timezone);
      return ref?.kind === 'date' && ref.date >= ctx.today ? match([{ intent: 'missed_session', date: ref.date, question: null, note: c.raw }], SURE) : null;
    },
  },
  {
    name: 'swap an exercise',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!/\b(swap|switch|replace|substitute|sub|change|trade|instead of|rather than|alternative to|alternative for|swapped|switched|subbed|replaced|subbed out|traded)\b/.test(t)) return null;
      // "why did my bench change?": a question about what the plan did (the load rules answer it), not a swap asked for.
      if (/^(?:why|how come)\b.*\bchanged?\b/.test(t) && !/\b(?:can|could|should|instead of|rather than)\b/.test(t)) return null;
      // "can i do my deadlift day on sunday instead of saturday": a session named by its lift, or a day instead of
      // a day, is a day moved (the move rules read it), never a lift swapped for good.
      if (LIFT_DAY_SESSIONS.has(findSessionName(t)?.key ?? '')) return null;
      const insteadOf = /\b(?:instead of|rather than)\s+(.*)$/.exec(t)?.[1]?.split(/[,.?!;]/)[0] ?? '';
      if (findWeekdays(insteadOf).length > 0 && mentionedExercises(insteadOf).length === 0) return null;
      // "went 40 instead of 30", "did 12 reps instead of 10": a number done in place of the planned one, not a lift swapped.
      if (/^\s*(?:the |my )?(?:planned )?\d/.test(insteadOf)) return null;
      // "swap rows for pullups": a bare "rows" is a lift here too (the strict reading wants numbers after it).
      const strict = mentionedExercises(t);
      const loose = findExerciseMentions(t, { loose: true }).map((m) => m.exercise);
      const exs = strict.length < 2 && loose.length > strict.length ? loose : strict;
      // "swapped rows for pullups", "did pullups instead of rows": what was done today, not a change asked for.
      if (exs.length >= 2 && /\b(swapped|switched|subbed|replaced|traded|did|used|went with)\b/.test(t) && !/\b(can|could|should|may|want to|wanna|going to|gonna|will|from now on|going forward|every time|permanently|please)\b/.test(t)) {
        // With sets ("did db bench 3x10 @ 50 instead of bench") it is a log: the log rule reads it.
        return parseLifts(t).length ? null : match([{ intent: 'done', date: ctx.today, skippedExerciseIds: [], note: c.raw }], LIKELY);
      }
      const from = exs[0];
      if (!from) return null;
      // "swap bench for dumbbells": the target is the equipment; "swap squats for leg press": an exercise.
      // "swap the leg curl for something, the leg curl machine is broken": the same lift said twice is no target.
      const to = exs.slice(1).find((e) => e.id !== from.id) ?? null;
      const afterFrom = t.slice(t.indexOf(from.name.toLowerCase().split(' ')[0]!) + 1);
      const toEquipment = to ? null : equipmentWord(afterFrom);
      // "sub dips for bench", "substitute goblet squats for back squats": the first lift named takes the second's
      // place (substitute A for B = A instead of B), the other way round from "swap A for B" or "sub out A for B".
      const [a, named] = (/\binstead of|rather than\b/.test(t) || SUBSTITUTE_FOR.test(t)) && to ? [to, from] : [from, to];
      // "swap bench for dumbbell press": a press named only by its implement is the same movement with it (the
      // dumbbell bench press), not the shoulder press the words alone mean in a log.
      const b = named && named.pattern !== a.pattern && GENERIC_PRESS.test(afterFrom) && !PRESS_KIND.test(afterFrom) ? (samePatternWith(a, named) ?? named) : named;
      return match([{ intent: 'swap_exercise', fromExerciseId: a.id, fromName: a.name, toExerciseId: b?.id ?? null, toEquipment, note: c.raw }]);
    },
  },
  {
    name: 'missing equipment, what instead',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const missing = findMissingEquipment(c.text);
      if (missing.length === 0) return null;
      if (/\b(hotel|travel|trip|this week|next week)\b/.test(c.text)) return null;
      const ex = mentionedExercises(c.text.replace(/\b(pull ?-?up|chin ?-?up) bar\b/g, ' '))[0] ?? null;
      return match([{ intent: 'missing_equipment', equipment: missing, exerciseId: ex?.id ?? null, note: c.raw, aboutTrip: TRIP_PLACE.test(c.text) }]);
    },
  },
  {
    name: 'what changed',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /\b(what(?:'?s| has| did)? changed?|why (?:is|was) (?:this|it|today|my (?:plan|workout)) (?:different|changed)|what did you change|why did (?:my|the) (?:plan|workout) change)\b/.test(c.text)
        ? match([{ intent: 'what_changed' }])
        : null,
  },
  {
    name: 'a missed session, and what to do about it',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // "skipping. can i do tomorrow instead?", "gonna skip today, do it tomorrow?": a skip said as it happens too.
      if (!/\b(missed|skipped|skipping|(?:gonna|going to|have to|need to|will|i'?ll) skip|didn'?t (?:do|get to|make))\b/.test(t) || !/\b(should i|can i|could i|do i|make (?:it )?up|both|double up|move it|catch up|what now|what do i do|do it (?:tomorrow|tmrw|on)|(?:tomorrow|tmrw) instead)\b/.test(t)) return null;
      const before = t.replace(/\b(should|can|could|do) i\b.*$/, '');
      const date = skipAhead(before, ctx) ?? findPastDate(before, ctx.now, ctx.timezone) ?? ctx.today;
      const q = /\b(should i|can i|could i|do i|do it)\b.*$/.exec(t)?.[0] ?? null;
      // A day asked for ("can i do it tomorrow?") is where the session goes if the rules allow it, or the
      // reply says why not; "should i do both today?" is a different question (handlers: never two in a day).
      const asked = q && !/\b(both|double)\b/.test(q) ? findDateRef(q, ctx.now, ctx.timezone) : null;
      const to = asked?.kind === 'date' && asked.date > date && asked.date >= ctx.today ? asked.date : null;
      return match([{ intent: 'missed_session', date, question: q, note: c.raw, ...(to ? { to, skipped: true } : {}) }]);
    },
  },
  {
    // "swap thursday and friday", "switch my wed and fri sessions this week", "can i swap friday with thursday":
    // the two days trade what they hold (was read as "what's on thursday", or as this week on those two days
    // only). Which day has the session is the plan's to say (handlers.ts); "every week" makes it for good.
    name: 'two days swapped',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const m = SWAP_DAYS.exec(c.text);
      if (!m) return null;
      // "today"/"tomorrow" are the weekdays they fall on ("swap today and wednesday" was not read as a swap).
      const day = (w: string) => (SWAP_RELATIVE_DAY[w] !== undefined ? [isoWeekday(addDays(ctx.today, SWAP_RELATIVE_DAY[w]))] : findWeekdays(w));
      const [a, b] = [day(m[1]!), day(m[2]!)];
      if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) return null;
      const thisWeek = !PERMANENT.test(c.text);
      const nextWeek = thisWeek && /\bnext week\b/.test(c.text);
      return match([{ intent: 'change_days', weekdays: null, swap: [a[0]!, b[0]!], ...(thisWeek ? { thisWeek } : {}), ...(nextWeek ? { nextWeek } : {}) }]);
    },
  },
  {
    name: 'one session moved to another day',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      // "can we move thursday's workout to friday?", "can i do tuesday's session on wednesday this week", "swap sat
      // to sun": one session this week, not the training days (only PERMANENT words change those).
      const days = movedDays(c.text, ctx);
      if (!days || PERMANENT.test(c.text)) return null;
      // "should i still do saturday? i squatted today", "do i still train saturday if i squatted today": whether to
      // do the day, asked beside what was done today (the theme rule below answers with the day), not a move to today.
      if (STILL_DO_ASKED.test(c.text) && !/\b(?:instead|rather|move|switch|swap|shift|push)\b/.test(c.text)) return null;
      // "can i do deadlifts on friday instead of thursday": the lift names the session too; the handler finds the
      // day that has it this week (the client may misremember which day that is), the day said when it has it.
      const lift = findSessionName(` ${c.text.slice(moveStart(c.text)!)}`.split(/\s(?:on|to|for|instead of|rather than)\s/)[0]!);
      const session = lift && LIFT_DAY_SESSIONS.has(lift.key) ? { session: lift.key, toWeekday: true } : {};
      return match([{ intent: 'missed_session', date: days.from, to: days.to, question: null, note: c.raw, ...session }, ...moveBeside(c.text, days, ctx), ...skipBeside(c.text, days, ctx)]);
    },
  },
  {
    name: 'a session named by its theme moved to another day',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      // "move leg day to saturday", "can i do my upper day tomorrow instead", "push the long run to sunday": the
      // session is found in the plan week by its name (handlers.ts), then moved like a weekday-named one.
      const t = c.text;
      // "should i still do saturday if i squatted today": the day asked is the one before the reason ("today" is when
      // the squats were), whatever a move reading makes of the two days.
      const moved = movedDays(t, ctx);
      const stillAsked = moved !== null && STILL_DO_ASKED.test(t) && !/\b(?:instead|rather|move|switch|swap|shift|push)\b/.test(t);
      if (PERMANENT.test(t) || (moved && !stillAsked)) return null;
      // "should i still do the long run sunday?": whether to do it on its day, not a move: that day's plan answers
      // (after a pain or soreness report in the same text, already adapted).
      // "can i still run on saturday?", "should i even lift tomorrow": the same question.
      // "got a 10k this sat, should i still do the long run": the day named is the race's, asked about as one.
      if (stillAsked || ((/\bshould i (?:still |even )?do\b/.test(t) || /\b(?:can|could) i (?:still|even) (?:do|run|lift|train)\b/.test(t)) && !/\b(?:instead|rather|move|switch|swap|shift|push)\b/.test(t))) {
        if (TUNE_UP_ASKED.test(t)) return null;
        const day = findDateRef(t.split(/\b(?:if|since|because|cause|cuz|after|when)\b/)[0]!, ctx.now, ctx.timezone) ?? findDateRef(t, ctx.now, ctx.timezone);
        return day?.kind === 'date' && day.date >= ctx.today ? match([{ intent: 'day', date: day.date }]) : null;
      }
      const verb = MOVE.exec(t);
      if (!verb) return null;
      const rest = t.slice(verb.index + verb[0].length);
      // "can i do my long run saturday instead?": the day may come bare, with no "to"/"on" before it.
      const split = /\s(?:to|on|for|until|till|til)\s/.exec(rest) ?? BARE_DAY.exec(rest);
      const session = findSessionName(split ? rest.slice(0, split.index) : rest.replace(/\b(?:tomorrow|today|tonight)\b.*$/, ''));
      const target = split ? rest.slice(split.index) : /\b(?:tomorrow|today|tonight)\b/.exec(rest)?.[0];
      if (!session || !target) return null;
      const ref = findDateRef(target.replace(/\btonight\b/, 'today'), ctx.now, ctx.timezone);
      if (ref?.kind !== 'date' || ref.date < ctx.today) return null;
      const toWeekday = findWeekdays(target).length === 1;
      // "i have a wedding saturday, can i move my long run to sunday?": the day named first is the session's day.
      const said = findDateRef(t.slice(0, verb.index), ctx.now, ctx.timezone);
      const date = said?.kind === 'date' && said.date >= ctx.today ? said.date : ctx.today;
      return match([{ intent: 'missed_session', date, to: ref.date, session: session.key, question: null, note: c.raw, ...(toWeekday ? { toWeekday } : {}) }]);
    },
  },
  {
    name: 'one day with less time',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const item = shortOnTime(c.text, ctx);
      return item ? match([item]) : null;
    },
  },
  {
    name: 'a session ahead the client cannot make',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      // "can i do sat on the treadmill", "could i do it at the gym": where the session is done, not a day it moves to.
      const t = c.text.replace(SESSION_PLACE, ' ');
      // "i have a wedding saturday, can i move my long run to sunday?", "can't train friday, work trip".
      const cue = /\b(can|could|should) i (?:move|switch|shift|push|swap|do) (?:my |the |it\b|that\b|[a-z']+ )?(?:long run|run|workout|session|lift|training|it|that)?\b.*\b(?:to|on|until|till)\b/.test(t) || ONE_SESSION_MOVE.test(t) || /\b(can'?t|cannot|cant|won'?t be able to|unable to|not able to) (?:train|run|lift|make it|do it|work ?out|get (?:a|my) (?:run|workout|session) in)\b/.test(t) ||
        // "no time today", "too busy tomorrow", "kids are sick, no time today": a busy day, not a question.
        /\b(no time|(?:too|super|crazy|so) busy|slammed|swamped|(?:won'?t|don'?t|dont|wont) have (?:the )?time|not gonna make it|not going to make it)\b/.test(t) || BUSY_DAY.test(t);
      // "can i switch to 3 days a week": a count of days a week is the schedule, not one session moved.
      if (!cue || /\b(anymore|any more|no longer|from now on|going forward|every week)\b/.test(t) || /\b(?:\d|one|two|three|four|five|six)\s*(?:days?|x|times|sessions?)\s*(?:a|per|\/|each)\s*(?:week|wk)\b/.test(t)) return null;
      const question = /\b(can|could|should) i\b.*$/.exec(t)?.[0] ?? null;
      // "how far should i run on sunday and can i do it on saturday instead": the other day the question asks
      // for is where the session goes (was no day asked: the rules dropped Sunday's run).
      const asked = /\b(?:can|could) i (?:move|switch|shift|push|swap|do) (?:it|that|this|them)(?: to| on| for)? (.+)$/.exec(t)?.[1];
      const toRef = asked ? findDateRef(asked, ctx.now, ctx.timezone) : null;
      // "i worked last night, can i do it tomorrow instead": a past day told as the reason is not the session's day.
      const first = findDateRef(t, ctx.now, ctx.timezone);
      const ref = first?.kind === 'date' && first.date < ctx.today && toRef?.kind === 'date' ? toRef : first;
      if (!ref || ref.kind !== 'date' || ref.date < ctx.today) return null;
      // No day said before the question ("can i do it tomorrow"): "it" is today's session.
      const said = asked ? findDateRef(t.slice(0, t.length - asked.length), ctx.now, ctx.timezone) : ref;
      const date = said?.kind === 'date' && said.date >= ctx.today ? said.date : ctx.today;
      const to = toRef?.kind === 'date' && toRef.date !== date && toRef.date >= ctx.today ? toRef.date : null;
      return match([{ intent: 'missed_session', date: to ? date : ref.date, question, note: c.raw, ...(to ? { to } : {}) }]);
    },
  },
  {
    name: 'what race time fitness predicts',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) => {
      const t = c.text;
      if (!/\b(time|predict\w*|could i run|can i run|run a)\b/.test(t) || !/\b(my|i)\b/.test(t)) return null;
      // The race distances onboarding reads ("half", "13.1", "parkrun", "10 km"); a custom distance has no prediction.
      const distance = findRaceDistance(t)?.distance;
      return distance && distance !== 'custom' ? match([{ intent: 'race_prediction', distance }]) : null;
    },
  },
  {
    // "what did i miss this week", "how did i do last week", "what have i done so far this week": the week reviewed,
    // not one day's logs (was "Nothing logged for Sun Nov 29").
    name: 'a week reviewed',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      const reviewed = WEEK_REVIEW.exec(c.text);
      return reviewed ? match([{ intent: 'week', ...weekOf(/\blast week\b/.test(reviewed[0]) ? addDays(ctx.today, -7) : ctx.today), review: true }]) : null;
    },
  },
  {
    name: 'what was done on a past day',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      if (!/\b(what|how much|how many|what all)\b.*\b(did i|have i|i did|did we)\b/.test(c.text) || /\b(should|can|could)\b/.test(c.text)) return null;
      const date = findPastDate(c.text, ctx.now, ctx.timezone);
      return date ? match([{ intent: 'logged_on', date }]) : null;
    },
  },
  {
    // "tune-up 10k on saturday", "i have a tune-up race sat": told, not asked, it is the same race ahead to plan
    // around (was a 10k logged last Saturday).
    name: 'a tune-up race told',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // "got a 10k race on saturday", "i have a 5k this saturday": a short race days ahead, told, is one too (both were
      // logged as a run last Saturday).
      const soon = RACE_SOON_TOLD.test(t) && !/\d:\d\d/.test(t) && !/\bmonths?\b/.test(t);
      if (!(soon || /\btune[- ]?up\b|\b(?:warm[- ]?up|practice|prep) race\b/.test(t)) || /\b(?:did|ran|raced|finished|was|went|done|completed)\b/.test(t)) return null;
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      const said0 = ref === null ? null : ref.kind === 'date' ? { from: ref.date, to: ref.date } : { from: ref.from, to: ref.to };
      // "i have a 10k on march 14" said in December: a race they have is ahead, so next year's March 14 (was a run logged
      // in March).
      const ahead = soon && said0 && said0.to < ctx.today && ref?.kind === 'date' && findWeekdays(t).length === 0 ? { from: addYears(said0.from, 1), to: addYears(said0.to, 1) } : said0;
      // A weekday alone is the next one: "on saturday" said on a Friday is tomorrow, never last week's.
      const day = findWeekdays(t);
      const span = ahead && ahead.from >= ctx.today ? ahead : day.length === 1 ? { from: nextOnOrAfter(ctx.today, day[0]!), to: nextOnOrAfter(ctx.today, day[0]!) } : ahead === null ? comingWeekend(ctx.today) : null;
      // A race further off than a training cycle is no tune-up: their goal race, or one to plan for, read elsewhere.
      // A month or a season ("a 5k next month") names no day to plan around: nothing said is better than a wrong date.
      if (!span || (soon && !/\btune[- ]?up\b/.test(t) && (span.from > addDays(ctx.today, 182) || span.to > addDays(span.from, 2)))) return null;
      const said = findRaceDistance(t);
      return match([{ intent: 'tune_up_race', ...span, distance: said ? raceLabel(said) : null }]);
    },
  },
  {
    name: 'a tune-up race asked about',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!TUNE_UP_ASKED.test(t)) return null;
      // The days it would be on: the date or span said ("this weekend", "saturday"), else the coming weekend.
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      const span = ref?.kind === 'date' ? { from: ref.date, to: ref.date } : ref?.kind === 'range' ? { from: ref.from, to: ref.to } : comingWeekend(ctx.today);
      if (span.to < ctx.today) return null;
      const said = findRaceDistance(t);
      return match([{ intent: 'tune_up_race', ...span, distance: said ? raceLabel(said) : null }]);
    },
  },
  {
    // "too easy, can we go heavier", "workouts are too easy", "i want heavier weights": told, not asked, it wants the
    // answer a "can i go heavier?" gets (log how it felt and the loads go up) - was "didn't get that". A lift named
    // ("squats feel too light") is that lift's load question.
    name: 'the training told too easy',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      // "done, felt too easy" is a session logged with its feel (read by the log rules), not a request.
      if (!TOO_EASY_TOLD.test(t) || /\b(?:run|runs|running|pace|miles?|km|done|did|finished|logged|what if)\b/.test(t) || /\d/.test(t)) return null;
      const lift = /\btoo light\b|\bheavier\b/.test(t) ? mentionedExercises(t)[0] : undefined;
      return lift ? match([{ intent: 'load_question', exerciseId: lift.id, name: lift.name, direction: 'light' }], SURE) : match([{ intent: 'coach_faq', topic: 'do_more' }], SURE);
    },
  },
  {
    name: 'a general training question',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) => {
      const topic = faqTopic(c.text);
      return topic ? match([{ intent: 'coach_faq', topic }], LIKELY + 0.1) : null;
    },
  },
  {
    name: 'is a modification ok',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /\b(is (?:that|this|it) (?:ok|okay|alright|fine|bad|cool)|was (?:that|it) (?:ok|okay|alright|fine|bad)|does (?:that|it) (?:count|matter)|hope that'?s (?:ok|okay|fine))\b|\bok(?:ay)? (?:if|that) i\b/.test(c.text) &&
      // "is it bad that i'm still sore from monday": soreness asked about is the soreness rule's (was "Yes, that's fine").
      !(SORE.test(c.text) && !PAIN.test(c.text) && mentionedExercises(c.text).length === 0) &&
      // "is it ok to run thursday or should i rest": a day ahead asked about is that day's question (was "Yes, that's
      // fine" right after Thursday's run was taken out for a sore achilles).
      !DAY_AHEAD_ASKED.test(c.text) &&
      // "ok if i lift today?": whether to train today, answered from the plan ('may I train today').
      !TRAIN_TODAY_ASKED.test(c.text)
        ? match([{ intent: 'modification_ok', note: c.raw, exerciseId: mentionedExercises(c.text)[0]?.id ?? null }])
        : null,
  },
  {
    name: 'what is my max for a lift',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      if (!/\b(what'?s|whats|what is|what are|how much (?:can|could) i|how heavy (?:can|could) i|where'?s)\b/.test(t) || !/\b(my|i)\b/.test(t)) return null;
      if (!/\b(max(?:es)?|1 ?rm|one rep max|pr|e1rm|estimated|strongest|(?:can|could) i (?:squat|bench|deadlift|dead|press|lift))\b/.test(t)) return null;
      const ex = mentionedExercises(t)[0];
      return ex ? match([{ intent: 'max_question', exerciseId: ex.id, name: ex.name }]) : null;
    },
  },
  {
    // "why is my squat so light?", "bench seems too heavy for me?", "how did you come up with 72.5 for squat?":
    // how the lift's next load was set, before "why is this week so light" (which asks about the week).
    name: 'why a lift has the load it has',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // "how heavy is squat on wednesday", "what weight should i bench tomorrow": the load itself, on that day.
      // "whats my squat supposed to be today", "what's my bench weight tomorrow", "what should i squat today": the same.
      // "whats my weight for rdls next time": the weight for a lift named after it.
      const loadAsked = /\b(how heavy|what weight|what weights|how much weight|what load|how much (?:should|do|am) i (?:squat|bench|deadlift|press|lift|pull|row)|what (?:should|do) i (?:squat|bench|deadlift|press|row|pull)|what(?:'?s| is) my (?:[a-z]+ ){1,3}(?:weight|load|supposed to be|gonna be|going to be|at)|what(?:'?s| is) (?:my|the) (?:weight|load)s? (?:for|on|with) )\b/.exec(t);
      // "whats my longest run gonna be" asks about a run, not a lift's load.
      if (loadAsked && !/\b(max|1 ?rm|pr)\b/.test(t) && !(loadAsked[1]!.startsWith('what') && /\b(runs?|race|pace|mileage|miles?|km|long|longest|tempo|intervals?)\b/.test(t))) {
        // The lift asked about is named in the question, not in a log before it ("squat 4x6 at 145, rdl 3x8 135. also
        // what weight should i use for lunges?" asks about lunges). "what weight should i use for the rows": a bare
        // lift name is the lift asked about.
        const asked = t.slice(loadAsked.index).split(/[.!?;]/)[0]!;
        const ex = mentionedExercises(asked)[0] ?? findExerciseMentions(asked, { loose: true })[0]?.exercise
          ?? mentionedExercises(t)[0] ?? findExerciseMentions(t, { loose: true })[0]?.exercise;
        if (!ex) return null;
        const ref = findDateRef(t, ctx.now, ctx.timezone);
        // "whats my deadlift gonna be next week": from next week's first day (was the next session's, tomorrow's).
        const week = ref?.kind === 'range' && ref.label === 'next_week' ? ref.from : null;
        return match([{ intent: 'load_question', exerciseId: ex.id, name: ex.name, direction: 'what', ...(ref?.kind === 'date' ? { from: ref.date } : {}), ...(week ? { fromWeek: week } : {}) }]);
      }
      // "db bench feels too light?": a lift's load said too light or heavy, asked, is the same question.
      const asks = /\b(why|how come|how did you (?:get|pick|choose|set|come up with|figure|work out)|where did .* come from|is (?:that|this|it) (?:too|really|a bit))\b|\b(?:feels?|seems?|looks?|is|are) (?:way |a bit |a little |kinda |kind of |really |so )?too (?:light|easy|heavy|hard)\b|\b(?:is|are) my\b[^?.!]*\btoo (?:light|easy|heavy|hard)\b/.test(t);
      // "why did my front squat go down", "how come my bench dropped to 185": a change asked about is a load question.
      const light = /\b(light|lite|low|easy|little|only|not much|(?:go|went|gone|come|came) down|drop(?:ped)?|lower(?:ed)?|reduced|less)\b/.test(t);
      const heavy = /\b(heavy|high|hard|much|a lot|(?:go|went|gone|come|came|jump(?:ed)?) up(?! with)|increased|more)\b/.test(t) && !/\bnot much\b/.test(t);
      const how = /\bhow did you|where did\b/.test(t);
      // "why is my front squat 165": the load itself, said as a number.
      const numbered = /\b\d{2,4}(?:\.\d)?\s*(?:lbs?|kgs?|pounds?|kilos?)?\s*[?!.]*$/.test(t) || /\b(?:chang\w*)\b/.test(t);
      if (!asks || !(light || heavy || how || numbered)) return null;
      if (/\b(?:this|next|the|whole) week\b|\b(weeks|mileage|run|runs|pace)\b/.test(t)) return null;
      const ex = mentionedExercises(t)[0];
      if (!ex) return null;
      return match([{ intent: 'load_question', exerciseId: ex.id, name: ex.name, direction: light && !heavy ? 'light' : heavy && !light ? 'heavy' : 'either' }]);
    },
  },
  {
    // "is 3x5 @225 good for squat?", "squat 225 for 5 easy?? or should i go up": numbers checked against the plan,
    // a question that looks like a log (was today's whole workout): the lift's next load and why, and how a log
    // moves it. A text that says it was done ("did 3x5 @225 squat is that good") stays a log.
    name: 'a load checked',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      const checked = LOAD_CHECKED.exec(t);
      if (!checked || !(/\?/.test(t) || /\bshould i\b/.test(t)) || /\b(?:did|done|hit|finished|got|managed)\b/.test(t)) return null;
      const ex = mentionedExercises(t)[0];
      if (!ex) return null;
      const direction = checked[1] || /\btoo (?:light|easy)\b/.test(checked[0]) ? 'light' : checked[2] || /\btoo heavy\b/.test(checked[0]) ? 'heavy' : 'either';
      return match([{ intent: 'load_question', exerciseId: ex.id, name: ex.name, direction }]);
    },
  },
  {
    // "change my text time", "can i get my texts at a different time": the time shown and how to change it, with the
    // next clock alone taken as the new time (coach.ts); was "didn't get that", then "7:30" asked back as a race time.
    name: 'the morning text time to change, no time said',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /\b(?:change|move|switch|update|adjust|different|another|new|later|earlier)\b.*\b(?:text|texts|message|messages|msg|msgs)\s*(?:time|times)\b|\b(?:change|move|switch|update|adjust)\b.*\b(?:time|when)\b.*\b(?:texts?|messages?|msgs?)\b|\b(?:texts?|messages?|msgs?)\b.*\b(?:at )?(?:a )?(?:different|another|later|earlier) time\b/.test(c.text) && findTimeOfDay(c.text) === null && !/\b(?:workout|run|session|lift)s? (?:time|times)\b/.test(c.text)
        ? match([{ intent: 'text_time' }], SURE)
        : null,
  },
  {
    name: 'what time the morning text comes',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) =>
      /\b(what time|when)\b.*\b(text|texts|message|messages|msg|workout text)\b.*\b(come|comes|arrive|arrives|get|send|sent|be)\b|\bwhen (?:do|will) (?:you|u) (?:send|text)\b|\bwhat(?:'?s| is) (?:my|the) (?:morning |daily |workout )?(?:text|message|msg) time\b|\bwhat time (?:is|are) (?:my|the) (?:morning |daily |workout )?(?:texts?|messages?)\b|\b(?:what time|when) (?:will|do|does|would|should) (?:i|we) (?:get|see) (?:my |the |[a-z]+'?s )?(?:workouts?|session|plan)\b(?! (?:done|in|finished|over))/.test(c.text) && findTimeOfDay(c.text) === null
        ? match([{ intent: 'text_time' }])
        : null,
  },
  {
    name: 'what a term means',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) => {
      const t = c.text;
      if (!/\b(what(?:'?s| is| are| does| do)|what'?s|whats|wtf is|wth is|meaning of|mean|means|explain|define|stand for)\b/.test(t)) return null;
      // A pace of their own ("whats my easy pace", "what pace should I…") is answered with their numbers.
      if (/\bpaces?\b.*\b(should|for|my)\b|\bmy\b.*\bpaces?\b|\bwhat paces?\b/.test(t)) return null;
      // "whats my long run this week", "what's my tempo on thursday": their own session, read as a day or week.
      if (OWN_SESSION.test(t) && !MEANING_ASKED.test(t)) return null;
      const found = TERM_WORDS.find(([, re]) => re.test(t));
      return found ? match([{ intent: 'explain_term', term: found[0] }]) : null;
    },
  },
  {
    // "why rdl?", "why the leg press?", "what's the point of face pulls", "what are lunges for", "what do face
    // pulls do", "why are we doing wall sits": a lift asked about on its own, so why it is there (the "why not X" and "X instead of Y" forms are read above).
    name: 'why an exercise is in the plan',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const why = WHY_THIS_LIFT.exec(c.text);
      const asked = why ?? WHAT_LIFT_IS_FOR.map((re) => re.exec(c.text)).find((m) => m !== null);
      if (!asked) return null;
      const mention = findExerciseMentions(asked.groups!.lift!, { loose: true })[0];
      if (!mention || asked.groups!.lift!.slice(mention.end).trim() !== '') return null;
      return match([{ intent: 'explain_exercise', exerciseId: mention.exercise.id, name: mention.exercise.name, why: true, ...(why ? {} : { purpose: true as const }) }]);
    },
  },
  {
    // "whats the difference between rdl and deadlift", "box squat vs back squat?": two lifts compared (was "outside
    // what I can answer"). "a regular squat", "normal bench" is the lift itself.
    name: 'two exercises compared',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text.replace(/\b(?:regular|normal|standard|plain|usual|classic|barbell back) squats?\b/g, 'back squat').replace(/\b(?:regular|normal|standard|flat|plain) bench\b/g, 'bench press');
      if (!/\b(?:difference|diff|differences)\b|\bvs\.?\b|\bversus\b|\bcompared? (?:to|with)\b|\bbetter than\b|\bsame as\b|\bas good as\b/.test(t)) return null;
      const mentions = findExerciseMentions(t).filter((m, i, all) => all.findIndex((x) => x.exercise.id === m.exercise.id) === i);
      if (mentions.length !== 2) return null;
      const [a, b] = mentions as [typeof mentions[number], typeof mentions[number]];
      return match([{ intent: 'explain_exercise', exerciseId: a.exercise.id, name: a.exercise.name, versusId: b.exercise.id }]);
    },
  },
  {
    // "what is an RDL?", "could you explain what a goblet squat is", "how do i do a doorway towel row": an
    // exercise named right after the asking words. Not a load or max question ("what's my squat at today").
    name: 'what an exercise is and how to do it',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) => {
      const t = c.text;
      // "whats my longest run gonna be" asks about the plan's long run, not a lunge.
      const mention = LONGEST_RUN.test(t) ? undefined : findExerciseMentions(t)[0];
      if (!mention) return null;
      const asks = /\b(?:what(?:'?s| is| are| does)?|whats|wtf is|explain|describe|how (?:do|should|would|can) (?:i|you|u|we) (?:do|perform|set up)|how to (?:do|perform)|how does|never (?:heard of|done)|not familiar with)\s+(?:(?:an?|the|these|those|this|that|me|what|a|an|my|those|your)\s+)*$/.test(t.slice(0, mention.start));
      if (!asks || /\b(max|1 ?rm|weight|load|heavy|pr|today|tomorrow|sets?|reps?|instead|swap|replace|for)\b/.test(t.slice(mention.end))) return null;
      return match([{ intent: 'explain_exercise', exerciseId: mention.exercise.id, name: mention.exercise.name }]);
    },
  },
  {
    name: 'what pace for a run',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!/\bpaces?\b|\bhow (?:fast|slow)\b/.test(t)) return null;
      const zone = PACE_ZONES.find(([, re]) => re.test(t))?.[0] ?? 'easy';
      // "what pace for tomorrow?", "what pace today?", "pace for saturday's run": that day's session, not a range.
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      const date = ref?.kind === 'date' && ref.date >= ctx.today ? ref.date : undefined;
      if (date) return match([{ intent: 'pace_question', zone, date }]);
      // "what pace for the long run?" (one run, the next): its own paces; "long runs" in general get the range.
      const nextLong = zone === 'long' && SESSION_LONG_RUN.test(t);
      return match([{ intent: 'pace_question', zone, ...(nextLong ? { nextLong: true as const } : {}) }]);
    },
  },
  {
    // "why no running on weds" (was "outside what I can answer"), "why nothing on friday": that day's plan, whose
    // rest day says why it rests; a run day shows the run there is.
    name: 'why a weekday has no session',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!WHY_NO_SESSION.test(t)) return null;
      const days = findWeekdays(t);
      if (days.length !== 1 || /\b(?:week|weeks|lighter|heavier|easier|harder)\b/.test(t)) return null;
      return match([{ intent: 'day', date: nextOnOrAfter(ctx.today, days[0]!) }]);
    },
  },
  {
    name: 'why this week is lighter or heavier',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      if (!/\bwhy\b/.test(t) || !/\b(week|today|workout|plan|session|run|runs|mileage|volume|so (?:light|easy|short|hard|heavy))\b/.test(t)) return null;
      const direction = /\b(light|lighter|easier|easy|less|few|fewer|short|shorter|lower|deload|down|only)\b/.test(t) ? 'lighter' : /\b(heavy|heavier|harder|hard|more|longer|tougher|up)\b/.test(t) ? 'heavier' : 'different';
      return match([{ intent: 'why_week', direction, ...(/\bnext week\b/.test(t) ? { next: true } : {}), ...(TODAY.test(t) && !/\b(this|next) week\b/.test(t) ? { today: true } : {}) }]);
    },
  },
  {
    name: 'how am I doing',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /\b(how am i doing|how'?m i doing|how i'?m doing|am i (?:improving|progressing|getting (?:stronger|faster|better)|on track)|my progress|progress report|how'?s my progress|how is my progress|how far have i come|any progress|how am i tracking|stats)\b|\b(?:how'?s|hows|how is|how are) (?:my|the) (?:[a-z]+ ){1,2}(?:looking|going|coming along|trending|progressing)\b(?!.*\b(?:today|tomorrow|tmrw|week)\b)/.test(c.text)
        ? match([{ intent: 'progress_question' }])
        : null,
  },
  {
    name: 'when do I get a kind of workout',
    scope: 'text',
    mood: 'question',
    final: true,
    read: (c) => {
      const t = c.text;
      const found = WORKOUT_WORDS.find(([, re]) => re.test(t));
      if (!found) return null;
      // "deload?", "do i need a deload", "should i deload", "time for a deload?": when the next one is.
      const deloadAsked = found[0] === 'deload' && (/^(?:a |the )?de-?load\b\W*$/.test(t) || /\b(need|should (?:i|we)|time for|due (?:for )?|can (?:i|we)|could (?:i|we))\b/.test(t));
      if (!deloadAsked && found[0] !== 'longest' && !/\b(when|how soon|how long until|how long till|will i|do i get|are there|any|is there)\b/.test(t)) return null;
      if (/\bwhen is my race\b/.test(t)) return match([{ intent: 'plan' }]);
      return match([{ intent: 'when_question', workout: found[0] }]);
    },
  },
  {
    // "deload", "i need a deload week", "think i could use a deload": said, not asked, it is the same ask: when the
    // next lighter week is (was "didn't get that", and "deload 3x5 135" a deadlift).
    name: 'a deload said',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c) =>
      /^(?:(?:i think|i feel like|feel like|pretty sure|honestly|ugh|coach)[,\s]+)*(?:i )?(?:(?:really |probably )?(?:need|want|could use|could do with|am due for|'?m due for)\s+)?(?:a |the |my )?de-?load(?: week)?(?: soon| now| asap| please| pls)?\W*$/.test(c.text)
        ? match([{ intent: 'when_question', workout: 'deload' }])
        : null,
  },
  {
    // "no texts on weekends", "stop texting me on rest days", "only text me on training days": a day without the
    // text, which Cadence cannot do yet - answered honestly with what it can (was "didn't get that").
    // "can only do mornings now", "evenings only from now on": when they train, against the text's time.
    name: 'which days the texts come, or when the client trains',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      const texts = /\b(?:texts?|texting|messages?|messaging|msgs?|text me|message me|send(?:ing)? (?:me )?(?:anything|stuff|the workout|workouts?))\b/;
      const none = /\b(?:no|stop|don'?t|dont|do not|quit|skip|without|mute|silence)\b/;
      const restDays = /\b(?:rest|off|recovery|non-?training) days?\b|\bdays? off\b|\bonly\b.*\b(?:on )?(?:training|workout|lifting|run(?:ning)?|gym) days\b|\bwhen i(?:'m| am)? (?:resting|not training)\b/.test(t);
      const weekend = /\bweekends?\b/.test(t);
      // "don't text me tomorrow morning": the text of one day, not time off training (it was read as a break that rested the day).
      const oneDay = /\b(?:tomorrow|tmrw|tmr|tomorow)\b/.test(t) ? addDays(ctx.today, 1) : /\b(?:today|this morning)\b/.test(t) ? ctx.today : null;
      const days = weekend ? [6, 7] : oneDay ? [isoWeekday(oneDay)] : findWeekdays(t);
      if (texts.test(t) && (none.test(t) || /\bonly\b/.test(t) && restDays) && (restDays || days.length > 0) && !/\b(?:early|late|earlier|later|until|till|til|through|thru)\b/.test(t)) {
        return match([{ intent: 'text_window', quiet: { weekdays: restDays ? [] : days, restDays } }]);
      }
      const slot = /\b(?:can )?only (?:do|train|lift|run|work ?out|make(?: it)?|get to the gym|get (?:a |my )?(?:workout|session|run)s? in)? ?(?:in the |at )?(mornings?|am|early|evenings?|nights?|after work|afternoons?|lunch(?:time)?|midday)\b|\b(mornings?|evenings?|nights?|lunch(?:time)?) only\b|\b(?:switch(?:ing)?|moving|changed?) (?:my (?:training|workouts?|sessions?) )?to (mornings?|evenings?|nights?|lunch(?:time)?)\b/.exec(t);
      if (!slot) return null;
      const word = slot[1] ?? slot[2] ?? slot[3] ?? '';
      const trains = /^(?:mornings?|am|early)$/.test(word) ? 'morning' : /^(?:lunch|lunchtime|midday|afternoons?)$/.test(word) ? 'midday' : 'evening';
      return match([{ intent: 'text_window', trains }], LIKELY);
    },
  },
  {
    // "stop sending me texts so early" is a later time; "can you stop the morning texts but keep my plan?" a
    // pause - never the carrier STOP (that is the keyword alone) and never "your plan".
    name: 'the morning texts, too early or not wanted',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!/\b(?:stop|quit|no more|don'?t|dont|do not) (?:send(?:ing)? |texting |messaging )?(?:me )?(?:the |my |those |these |your )?(?:morning |daily |workout |early )*(?:texts?|messages?|msgs?)\b|\b(?:stop|quit|don'?t|dont|do not) (?:texting|messaging|sending) me (?:so|too|super|really) (?:early|late)\b/.test(t)) return null;
      if (/\b(?:so|too|super|really) (?:early|late)\b|\b(?:earlier|later)\b/.test(t)) return match([{ intent: 'change_time', time: findTimeOfDay(t) }], LIKELY);
      const span = findDateSpan(t, ctx.now, ctx.timezone);
      return match([{ intent: 'pause', from: span?.from ?? ctx.today, to: span?.to ?? null }], LIKELY);
    },
  },
  {
    name: 'pause',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const back = offUntil(c.text, ctx);
      if (back) return match([{ intent: 'pause', from: ctx.today, to: addDays(back, -1), back }]);
      if ((!/\b(pause|paused|take a break|taking a break|need a break|on hold|hold off|freeze my|stop for (?:now|a while|a bit)|break for|out this week|out next week|off this week|off next week)\b/.test(c.text) && !AWAY_FROM.test(c.text)) || /\bpause between\b/.test(c.text)) return null;
      return match([breakAhead(c.text, ctx)]);
    },
  },
  {
    name: 'resume',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c) =>
      /\b(resume|unpause|un-pause|i'?m back|im back|back at it|back now|pick (?:it )?back up|ready to (?:go|start) again|start again|start back|let'?s go again|continue my plan)\b/.test(c.text) ? match([{ intent: 'resume' }]) : null,
  },
  {
    name: 'a new plan',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) =>
      /\b(new plan|new program|new goal|change (?:my |the )?goal|switch (?:my )?goal|different (?:plan|program|goal)|start over|restart (?:my |the )?plan|redo (?:my |the )?plan|signed up for|new race|change (?:my |the )?(?:plan|program))\b/.test(c.text) ||
      (GOAL_SWITCH.test(c.text) && !GOAL_SWITCH_NOT.test(c.text))
        ? match([{ intent: 'new_plan', note: c.raw }])
        : null,
  },
  {
    name: 'a new time zone',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const cue = /\b(moved|moving|relocated|relocating|live in|living in|now in|i'?m in|im in|based in|time ?zone|tz)\b/.test(c.text);
      if (!cue) return null;
      const zone = findTimezone(c.raw);
      // "moving to denver next month": a move ahead is not a move yet.
      const later = /\b(moving|relocating|will be moving|gonna move|going to move)\b/.test(c.text) && /\b(next|in \d+|in a|soon|after|this (?:spring|summer|fall|winter)|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/.test(c.text);
      if (zone) return match([{ intent: 'change_timezone', timezone: zone, ...(later ? { later: true } : {}) }]);
      return /\b(time ?zone|tz)\b/.test(c.text) ? match([{ intent: 'change_timezone', timezone: null }], LIKELY) : null;
    },
  },
  {
    name: 'a new time for the morning text',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => {
      const t = c.text;
      const aboutMessages = /\b(send|sending|text|texts|texting|message|messages|messaging|msg|deliver|workout text|morning text|get it|get my|wake)\b/.test(t);
      const time = findTimeOfDay(t);
      if (time !== null && aboutMessages && findWeekdays(t).length === 0) return match([{ intent: 'change_time', time }]);
      // "make it half past 5 instead": a time said in words is read as its clock.
      if (time !== null && /\b(change|move|switch|make it|instead|i meant|meant|actually)\b/.test(t) && /\b(am|pm|time|:)\b|\d ?(am|pm)\b|\d:\d/.test(spokenClock(t)) && findWeekdays(t).length === 0) return match([{ intent: 'change_time', time }]);
      if (aboutMessages && /\b(earlier|later|different time|change the time|another time)\b/.test(t)) return match([{ intent: 'change_time', time: null }], LIKELY);
      return null;
    },
  },
  {
    name: 'new training days',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // "actually can we do mon tue thu fri", "how about mon wed fri": a list of days asked for is the new days.
      // "can't do mondays anymore", "no more mondays", "mondays don't work for me now": a day off the list.
      const refusedDay = /\b(can'?t|cannot|cant|can no longer|no longer|won'?t be able to|not able to) (?:do|make|train(?: on)?|lift(?: on)?|work ?out(?: on)?|go(?: on)?)\b|\bno more\b|\b(?:doesn'?t|don'?t|do not|does not|won'?t|will not) work\b/.test(t);
      const dropped = refusedDay && /\b(anymore|any more|no longer|from now on|going forward|now|these days|no more|for good)\b/.test(t);
      // "starting next month mondays won't work": a day off the list from a later date.
      const droppedLater = refusedDay && !dropped ? laterStart(t, ctx) : null;
      if (dropped || droppedLater) {
        const without = findWeekdays(t);
        if (without.length) return match([{ intent: 'change_days', weekdays: null, without, ...(droppedLater ? { from: droppedLater } : {}) }]);
      }
      // "switched to 4 days, add saturday", "can you add fridays": a day put on the list, the rest kept.
      // "can i add an extra run on saturday": a run or a lift named is a day added too (was a general question).
      const adding = /\b(?:add|adding|plus|throw in|put in)\b(?: (?:in|on))?(?: (?:a|one more|another|an extra|a extra|an|1 more)(?: (?:easy |short |extra )?(?:day|session|workout|run|lift|gym day|training day|run day))?)?(?: on)? ((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/.exec(t);
      if (adding && !/\b(?:this|next) week\b/.test(t)) {
        const add = findWeekdays(adding[1]!);
        if (add.length) return match([{ intent: 'change_days', weekdays: null, without: [], add }]);
      }
      // "move thursday to friday every week": one day off the list, another on.
      const moved = PERMANENT.test(t) ? movedDays(t, ctx) : null;
      if (moved) return match([{ intent: 'change_days', weekdays: null, without: [isoWeekday(moved.from)], add: [isoWeekday(moved.to)] }]);
      // "busy sunday, can i do it saturday?": one session to another day (the rule for a session ahead), not new days.
      if (ONE_SESSION_MOVE.test(t) && !PERMANENT.test(t)) return null;
      // "can i do my deadlift day on friday instead of tuesday this week?": one day for another, a move.
      if (!PERMANENT.test(t) && /\b(?:instead of|rather than)\b/.test(t) && findWeekdays(t).length === 2) return null;
      const cue = /\b(only|change|switch|move|moving|(?:can|could) (?:we |i |you )?(?:only )?(?:train|do|make|lift|run|work ?out)|let'?s do|how about|what about|actually|train(?:ing)? on|available|free on|from now on|going forward|prefer|rather|now|works(?: for me)?|work (?:for me|best)|suits? me|(?:are|is) best)\b/.test(t);
      // "3 days a week starting next month": days from a later date (kept for then, not applied now).
      const later = laterStart(t, ctx);
      if (!cue && !later) return null;
      const from = later ? { from: later } : {};
      // "this week im working wed thu fri so can i train mon tue sat": the days at work are not training days.
      const workDays = new Set(clauses(t).filter(isWorkClause).flatMap((x) => findWeekdays(x)));
      const weekdays = workDays.size ? clauses(t).filter((x) => !isWorkClause(x)).flatMap((x) => findWeekdays(x)).filter((d) => !workDays.has(d)) : findWeekdays(t);
      // "can you move my workouts to fri sat sun this week?": this week's sessions, not the days from now on.
      const thisWeek = /\b(this|next) week\b/.test(t) && !PERMANENT_EVEN_THIS_WEEK_RE.test(t);
      const nextWeek = thisWeek && /\bnext week\b/.test(t);
      if (weekdays.length >= 2 || (weekdays.length === 1 && /\b(only|just)\b/.test(t))) return match([{ intent: 'change_days', weekdays, ...(thisWeek ? { thisWeek } : {}), ...(nextWeek ? { nextWeek } : {}), ...(thisWeek ? {} : from) }]);
      const count = findDayCount(t);
      // "can only do 2 days this week": that week's sessions on that many of its days, not the days from now on.
      if (count !== null && /\b(days?|times?)\b/.test(t)) return match([{ intent: 'change_days', weekdays: null, count, ...(thisWeek ? { thisWeek } : from), ...(nextWeek ? { nextWeek } : {}) }], 0.8);
      return null;
    },
  },
  // ---- clause rules: logs, queries, how the client feels ----
  {
    // "legs were brutal lol", "my glutes felt savage today", "quads are toast after that" is soreness above: a
    // hard session said of the muscles it trained is kept as soreness to come (a readiness note the next
    // sessions read), answered as a coach would, never "I didn't get that".
    name: 'a hard session said of its muscles',
    scope: 'clause',
    mood: 'statement',
    final: false,
    read: (c, ctx) => {
      const t = c.text;
      const m = HARD_SAID_OF_MUSCLES.exec(t);
      if (!m || SORE.test(t) || PAIN_NEGATED.test(t) || /\bnot\b/.test(t)) return null;
      // "that leg day was brutal" is the session's feel (a log with its feeling, read by the done rules).
      if (/\b(?:day|session|workout|class|run|lift|lifting|training)\b/.test(m[1]!)) return null;
      const parts = findBodyParts(withoutExerciseNames(m[1]!)).filter((p) => HARD_SESSION_PARTS.includes(p));
      if (!parts.length) return null;
      // Mild: the soreness is expected and not yet felt, so nothing is cut unless it is still there next session.
      return match([{ intent: 'soreness', date: ctx.today, bodyParts: parts, severity: 2, note: c.raw, hardSession: true }]);
    },
  },
  {
    name: 'soreness in muscles',
    scope: 'clause',
    mood: 'any',
    final: false,
    read: (c, ctx) => {
      const t = c.text;
      // "could barely walk" after leg day: DOMS said by what it stops, in the muscles that stop it.
      const groaned = MUSCLES_GROANED.exec(t);
      const groanedParts = groaned ? findBodyParts(groaned[1]!) : [];
      if (groanedParts.length > 0 && groanedParts.every((p) => HARD_SESSION_PARTS.includes(p) && jointOf([p]) === null)) {
        return match([{ intent: 'soreness', date: ctx.today, bodyParts: groanedParts, severity: 3, note: c.raw }], SURE);
      }
      const stops = DOMS_LEGS.test(t) ? 'legs' : DOMS_ARMS.test(t) ? 'arms' : null;
      if (stops && !SORE.test(t) && !PAIN_NEGATED.test(t) && findBodyParts(t).every((p) => p === stops)) {
        return match([{ intent: 'soreness', date: ctx.today, bodyParts: [stops], severity: Math.max(severityOf(t), 4), note: c.raw }], SURE);
      }
      // "hamstrings not sore anymore" is a recovery (the rule below), not soreness.
      if (!SORE.test(t) || PAIN_NEGATED.test(t) || (RECOVERED.test(t) && !RECOVERY_BUT.test(t))) return null;
      // "leg press felt heavy": the leg in a lift's name is the lift (its feel is read as the lift's), not sore legs.
      const parts = findBodyParts(withoutExerciseNames(t)).filter((p) => p !== 'whole_body' || /\beverything|whole body|all over\b/.test(t));
      // Without a body part only the strong soreness words count ("tight" alone is not a report).
      // "felt heavy" after a set ("squat 3x5 @ 250 felt heavy") is the set's effort (parse/effort.ts), not soreness.
      const strong = parts.length === 0 && parseSetGroups(t).length > 0 ? /\b(sore|doms)\b/ : /\b(sore|doms|heavy)\b/;
      if (parts.length === 0 && !(strong.test(t) || SEVERE.test(t) || VERY.test(t))) return null;
      // "feeling beat up", "im fried": with no body part these describe the person, not muscles (read as energy below).
      if (parts.length === 0 && !MUSCLE_SORE.test(t)) return null;
      if (/\b(what|how|why)\b/.test(t) && !/\b(i'?m|im|i am|my)\b/.test(t)) return null;
      if (/\bdead\b/.test(t) && parts.length === 0 && !/\b(i'?m|im|feel|feeling)\b/.test(t)) return null;
      const tight = tightOnly(t) && parts.length > 0;
      return match([{ intent: 'soreness', date: ctx.today, bodyParts: parts, severity: severityOf(t), note: c.raw, ...(tight ? { tight: true } : {}), ...(tight && HABITUAL_STIFFNESS.test(t) ? { habitual: true } : {}) }], parts.length ? SURE : LIKELY);
    },
  },  {
    name: 'a sore or painful part is better',
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c) => {
      const t = c.text;
      // "the leg press felt ok, shoulder press was hard": a part inside an exercise's name is the lift, not the body.
      const lifts = findExerciseMentions(t);
      const bodyOnly = lifts.reduceRight((s, m) => `${s.slice(0, m.start)} ${s.slice(m.end)}`, t);
      const parts = findBodyParts(bodyOnly.replace(/\bback to normal\b/g, ''));
      if (!parts.length || !(PAIN_NEGATED.test(t) || (RECOVERED.test(t) && !RECOVERY_BUT.test(t)) || partSaidFine(t))) return null;
      return match([{ intent: 'recovered', bodyParts: parts, note: c.raw }], SURE);
    },
  },
  {
    name: 'sleep, stress, energy',
    scope: 'clause',
    mood: 'statement',
    final: false,
    read: (c, ctx) => {
      const t = c.text;
      const better = PAIN_NEGATED.test(t) && findBodyParts(t).length > 0;
      const worn = WORN_OUT.test(t) && !MUSCLE_SORE.test(t) && findBodyParts(t).length === 0;
      // "i think i have a stress fracture": a bone, the pain rule's, never a stressful week.
      const kind = SLEEP.test(t) ? 'sleep' : STRESS.test(t.replace(BONE_STRESS_SAID, ' ')) ? 'stress' : FATIGUE.test(t) || FRESH.test(t) || worn || better ? 'energy' : null;
      if (!kind) return null;
      return match([{ intent: 'readiness', date: ctx.today, kind, severity: better ? 1 : readinessSeverity(t), note: c.raw }], SURE);
    },
  },
  {
    // "can i skip sat?", "could i skip tomorrow? got a wedding": asking for a day ahead off is taking it off, as
    // "skip sat" is (was "didn't get that", and beside a report the ask was lost).
    name: 'a day ahead asked off',
    scope: 'clause',
    mood: 'question',
    final: true,
    read: (c, ctx) => {
      // "kids are sick, should i skip friday?": the ask may follow its reason after a comma.
      if (!/(?:^|[,;]\s*)(?:(?:so|and|also|but|ok|hey)[,\s]+)*(?:can|could|may|should|do you mind if) (?:i|we) (?:just |please |maybe |pls )?(?:skip|miss|sit out|take off)\b/.test(c.text)) return null;
      const asked = c.text.replace(/^.*?\b(?=skip|miss)/, '');
      // "should i skip wednesday?" asks for advice, not leave: the handler answers it from what else the text says.
      const advice = /\bshould (?:i|we)\b/.test(c.text) ? c.raw : null;
      const date = skipAhead(asked, ctx);
      if (date) return match([{ intent: 'missed_session', date, question: advice, note: c.raw }]);
      // "can i skip fri?" said on a Friday, "can i skip today": today's session, as "skip today" is.
      const ref = findDateRef(asked, ctx.now, ctx.timezone);
      if (ref?.kind !== 'date' || ref.date !== ctx.today) return null;
      return match([advice ? { intent: 'missed_session', date: ctx.today, question: advice, note: c.raw } : { intent: 'skipped', date: ctx.today, note: c.raw }]);
    },
  },
  {
    // "did tomorrow's workout today", "did mon's workout today instead": that day's session, done on another day. It
    // is logged as that day's (a day ahead as done early), not as an extra session today (was "tomorrow" shown, or
    // "didn't get that").
    name: "another day's session done",
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const m = OTHER_DAYS_SESSION_DONE.exec(c.text);
      if (!m) return null;
      const weekday = findWeekdays(m[1]!)[0];
      // A weekday is this plan week's (Monday to Sunday): "mon's" said on a Friday is four days ago.
      const date = weekday === undefined ? addDays(ctx.today, 1) : addDays(ctx.today, weekday - isoWeekday(ctx.today));
      // "did fri's run on thurs": the day it was done is today or past (said ahead, it is a plan, not a log).
      const on = m[2] ? findWeekdays(m[2])[0] : undefined;
      if (on !== undefined && on !== weekday && on > isoWeekday(ctx.today)) return null;
      // Today's session done on another day ("did fri's run on thurs" said on Friday) is today's, done.
      if (date === ctx.today && (on === undefined || on === weekday)) return null;
      return match([{ intent: 'done', date, skippedExerciseIds: [], note: c.raw, ...(date > ctx.today ? { early: true as const } : {}) }]);
    },
  },
  {
    name: 'a question about a future session is not a log',
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const ref = findDateRef(c.text, ctx.now, ctx.timezone);
      // A weekday or a day of the month in a report is a past day ("on wed i did bench"); only a question or
      // a future word ("tomorrow", "next", "gonna") makes it a session ahead.
      const futureWord = /\b(tomorrow|tmrw|tmr|next|will|gonna|going to|plan(?:ning)? to|later|upcoming|this coming)\b/.test(c.text);
      const future = ref !== null && (ref.kind === 'date' ? ref.date > ctx.today : ref.from > ctx.today) && !/\b(yesterday|last|ago|forgot|did|was|were)\b/.test(c.text) && (futureWord || c.question);
      const logLike = parseLifts(c.text).length > 0 || parseRun(c.text) !== null;
      if (!logLike || (!c.question && !future)) return null;
      if (!future && c.question) return match([{ intent: 'today', date: ctx.today }], LIKELY);
      if (ref!.kind === 'range') return match([{ intent: 'week', from: ref!.from, to: ref!.to }], LIKELY);
      return match([{ intent: ref!.date === addDays(ctx.today, 1) ? 'tomorrow' : 'day', date: ref!.date }], LIKELY);
    },
  },
  {
    // "squats felt heavy", "the leg press felt ok", "bench was easy today": a lift and how it felt, no numbers. The
    // coach logs that day's planned sets of it at that effort (coach.ts), so the next loads follow it.
    name: 'a lift and how it felt',
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c) => {
      const t = c.text;
      if (/\d/.test(t) || !LIFT_FELT.test(t)) return null;
      // "done, leg press felt ok, shoulder press was hard": each part its lift and its feel; "done" is the session.
      const items: Item[] = [];
      for (const part of t.split(/,|;|\b(?:and|but|while|though|although)\b/)) {
        const effort = findEffortWords(part);
        const mentions = findExerciseMentions(part, { loose: true });
        if (!effort || mentions.length !== 1 || !LIFT_FELT.test(part)) continue;
        const m = mentions[0]!;
        items.push({ intent: 'lift_feel', date: c.logDate, exerciseId: m.exercise.id, name: m.exercise.name, written: m.written, rir: effort.rir, words: effort.words });
      }
      if (items.length === 0) return null;
      if (DONE.test(t) || SESSION_DONE.test(t) || SESSION_DONE_LEAD.test(t)) items.unshift({ intent: 'done', date: c.logDate, skippedExerciseIds: [], note: c.raw });
      return match(items, SURE);
    },
  },
  {
    // "1:52:00", "45:00" sent alone (was "didn't get that"): a finish time with nothing to say what it was; asked back
    // with the words that log it. Only at no question pending: an answer to one is read by its own flow first.
    name: 'a time alone',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => (/^(?:\d{1,2}:)?\d{1,2}:[0-5]\d$/.test(c.text.replace(/[.!?\s]+$/, '').trim()) ? match([{ intent: 'coach_faq', topic: 'time_alone' }], SURE) : null),
  },
  {
    // "I also lift mondays", "i swim on tuesdays" (was "didn't get that"): the coach's word on a second sport, and
    // that weekday's plan, so the runner sees what the two share.
    name: 'another sport on a weekday told',
    scope: 'text',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      if (!OTHER_SPORT_ON_DAY.test(t) || /\d|\b(?:today|yesterday|tonight|this morning|did|done|went|just)\b/.test(t)) return null;
      const days = findWeekdays(t);
      if (days.length === 0) return null;
      return match([{ intent: 'coach_faq', topic: 'other_sport_day' }, { intent: 'day', date: nextOnOrAfter(ctx.today, days[0]!) }], SURE);
    },
  },
  {
    // "nervous about my first 10k", "so nervous for my race sunday", "excited for my half this weekend!": a feeling
    // about a race ahead, answered (was a 10 km run logged today, or "didn't get that").
    name: 'race nerves told',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => (RACE_FEELING.test(c.text) && !/\b(?:ran|did|raced|finished|went|was|were|after)\b|\d:\d\d/.test(c.text) ? match([{ intent: 'coach_faq', topic: 'race_nerves' }], SURE) : null),
  },
  {
    // "i used to squat like 185 but that was a while ago", "benched 225 back in college": a number from before a break
    // is history, answered with where to start now (was logged as today's squat at 185).
    name: 'a lift number from before a break',
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c) => (LAPSED_HISTORY.test(c.text) && parseLifts(c.text).length > 0 ? match([{ intent: 'coach_faq', topic: 'old_numbers' }], SURE) : null),
  },
  {
    name: 'logs: lifts, a run, done, a partial session, skipped',
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      const items: Item[] = [];
      const lifts = parseLifts(t);
      for (const lift of lifts) items.push({ intent: 'log_strength', date: c.logDate, lift });
      const rest = withoutLifts(lifts.length ? withoutReservePhrases(t) : t);
      // "I run about 20 miles a week", "ran a 10k last month": a usual volume or an undated result, not a run to log.
      const runs = PER_WEEK.test(rest) || VAGUE_PAST.test(rest) ? [] : parseRuns(rest);
      // "20 min on the bike instead of the run", "swam 30 min": the day's session missed, cross-training in its place
      // (was a run of 20 min logged against the day's miles).
      // "did 30 min on the bike, done" (not said instead of anything) stays a session done, as it was.
      const crossTold = lifts.length === 0 ? crossTrainingDone(rest) : null;
      const cross = crossTold && (crossTold.instead || !(DONE.test(rest) || SESSION_DONE.test(rest))) ? crossTold : null;
      if (cross) return match([{ intent: 'skipped', date: c.logDate, note: c.raw, crossTraining: cross }], SURE);
      // Two runs in one text keep their own days: "ran 5 at 9:10 yesterday, 3 easy today".
      for (const r of runs) items.push({ intent: 'log_run', date: runs.length > 1 ? (findPastDate(r.text, ctx.now, ctx.timezone) ?? c.logDate) : c.logDate, run: r.run });
      const run = runs[0]?.run ?? null;
      // "did it but skipped the wall sits": done, with the items left out.
      const skippedPart = /\b(skipped|skip|missed|left out|didn'?t do|didnt do|no|cut|dropped|except|but not|minus|without)\b(?: the| my)? (.+)$/.exec(rest);
      const skippedIds = skippedPart ? findExerciseMentions(skippedPart[2]!, { loose: true }).map((m) => m.exercise.id) : [];
      // "done with squats, skipping the rest", "did bench, no time for the rest": only the lifts named were done.
      const restCut = REST_SKIPPED.exec(rest);
      const onlyDone = restCut || skippedIds.length > 0 || lifts.length > 0 ? null : ONLY_LIFTS_DONE.exec(rest);
      const onlyIds = restCut && skippedIds.length === 0
        ? findExerciseMentions(rest.slice(0, restCut.index), { loose: true }).map((m) => m.exercise.id)
        : onlyDone ? findExerciseMentions(onlyDone[1]!, { loose: true }).map((m) => m.exercise.id) : [];
      const done = (DONE.test(rest) || SESSION_DONE.test(rest) || SESSION_DONE_LEAD.test(rest) || sessionFeel(rest) !== null || /\b(long run|run|workout|lift|session|it)\b.*\b(done|finished|complete)\b|\bdid (?:everything|all of it|it all|the whole thing)\b/.test(rest) || DID_THE_REST.test(rest)) && !(run && skippedIds.length === 0);
      // "ran 5k 25:30 and then lifted legs": the lift day done beside the run (was the run only).
      const liftedToo = run !== null && LIFT_DONE_AFTER_RUN.test(rest);
      // "skipped accessories", "squat 5x3, bench 4x4, skipped the core stuff": the session done without that part.
      const sections = skippedSections(rest);
      // "only did half" after a lift session: the session done, its second half left out (was a 13.1 mi run logged).
      if (!run && lifts.length === 0 && HALF_DONE.test(rest)) {
        return match([{ intent: 'done', date: c.logDate, skippedExerciseIds: [], note: c.raw, portion: 'first_half' }], SURE);
      }
      if (done || liftedToo || onlyIds.length > 0 || sections.length > 0 || (skippedIds.length > 0 && /\b(did|done|finished|rest|everything|all)\b/.test(rest))) {
        items.push({ intent: 'done', date: c.logDate, skippedExerciseIds: skippedIds, note: t.length > 6 ? c.raw : null, ...(onlyIds.length ? { onlyExerciseIds: [...new Set(onlyIds)] } : {}), ...(sections.length ? { skippedSections: sections } : {}) });
      } else if (skippedIds.length === 0 && SKIPPED.test(rest) && lifts.length === 0 && !run) {
        const ahead = skipAhead(rest, ctx);
        // "missed last week": the whole of last week, not last week's same weekday (chrono's "a week ago").
        const week = LAST_WEEK.test(rest) && findWeekdays(rest).length === 0 ? weekOf(addDays(ctx.today, -7)) : null;
        items.push(
          ahead
            ? { intent: 'missed_session', date: ahead, question: null, note: c.raw }
            : week
              ? { intent: 'skipped', date: week.from, through: week.to, note: c.raw }
              : { intent: 'skipped', date: c.logDate, note: c.raw },
        );
      }
      // "hit 225 for 3 sets of 5", "did 3x8 at 60kg": sets with no lift named; the coach matches them to the day's plan.
      const unnamed = lifts.length === 0 && runs.length === 0 ? unnamedSets(t) : null;
      if (unnamed) items.unshift({ intent: 'unnamed_lift', date: c.logDate, groups: unnamed, note: c.raw });
      // "only got 4 sets in", "only did 2 sets of squats": a partial session or lift, its reps and loads the plan's
      // (coach.ts fills them from the day; was "didn't get that").
      const counted = lifts.length === 0 && runs.length === 0 && !unnamed ? setsCounted(t) : null;
      if (counted) {
        const group: SetGroup = { sets: counted.sets, reps: null, load: null, unit: null, rpe: null, rir: null };
        const sessionDone = items.findIndex((i) => i.intent === 'done');
        // "only got 4 sets in, done": the count is the session; its "done" is made by the coach from the sets.
        if (sessionDone >= 0 && !counted.exercise) items.splice(sessionDone, 1);
        items.unshift(counted.exercise
          ? { intent: 'log_strength', date: c.logDate, lift: { exerciseId: counted.exercise.id, name: counted.exercise.name, written: counted.exercise.written, groups: [group] } }
          : { intent: 'unnamed_lift', date: c.logDate, groups: [group], note: c.raw });
      }
      if (items.length === 0) return null;
      // A lift with a load but no reps ("bench 185") could be a set or a max: unsure. Not when it was a working
      // weight ("went up to 70kg", "top set 225") or felt some way ("felt easy"): nobody's max felt easy.
      const working = WORKING_SET.test(t);
      // Nor sets counted ("2 sets of squats at 225"): a max is one lift.
      const unsure = lifts.some((l) => l.groups.every((g) => g.reps === null) && !working && !l.groups.some((g) => (g.effort !== undefined && (g.rir ?? 0) > 0) || g.sets >= 2));
      return match(items, unsure ? GUESS : run && run.distance === null && run.durationSec === null && !run.walked ? LIKELY : SURE);
    },
  },


  {
    // "what's next?", "what's my next workout", "when's my next session": the next session not yet done, not
    // today's rest day. Beside a log too ("done. what's next?"), so not `alone`.
    name: 'the next session',
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c, ctx) =>
      /\b(?:what'?s|whats|what is|wats) (?:up )?next\b|\bup next\b|\bnext (?:workout|session|run|lift|training day|training|gym day)\b/.test(c.text) && !/\bnext (?:week|month)\b|\bafter (?:the|my|this) plan\b/.test(c.text)
        ? match([{ intent: 'today', date: ctx.today, next: true }])
        : null,
  },
  {
    // "can we push everything back a day this week", "shift my workouts a day later", "bump the rest of the week by a
    // day": this week's sessions still ahead, each a day later (was: the week shown, nothing moved).
    name: 'this week pushed back a day',
    scope: 'text',
    mood: 'any',
    final: true,
    read: (c) => (SHIFT_WEEK.test(c.text) ? match([{ intent: 'change_days', weekdays: null, thisWeek: true, shift: 1 }]) : null),
  },
  {
    name: 'which day: today, tomorrow, a date, a week, the plan',
    alone: true,
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c, ctx) => {
      const t = c.text;
      // "whats the plan for thurs", "the plan for next week" ask for that day or week, not the whole plan.
      // "whats my plan today", "the plan tomorrow?": that day too.
      const dayPlan = /\b(?:the|my) plan (?:for |on )?(?:today|tonight|tomorrow|tmrw|this week|next week|(?:this |next )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b|\b(?:the|my) plan (?:for|on)\b/.test(t) && findDateRef(t, ctx.now, ctx.timezone) != null;
      if (!dayPlan && /\bhow many weeks\b|\bweeks? (?:left|to go)\b|\b(my plan|the plan|program|where am i|which week|what week|overview|big picture|what phase|which phase|what block)\b/.test(t)) return match([{ intent: 'plan' }]);
      const counted = /\bhow (?:many|much)\b/.test(t) ? COUNT_WORDS.find(([re]) => re.test(t))?.[1] : undefined;
      if (counted && !/\b(last|next) week\b/.test(t)) return match([{ intent: 'week', ...weekOf(ctx.today), count: counted }]);
      const named = findDateRef(t, ctx.now, ctx.timezone);
      // "thursday next week" names one day: that day's workout, not the week.
      if (named?.kind !== 'date' && /\b(this week|next week|the week|week'?s|weekly|rest of the week|week ahead|schedule for the week|my week)\b|^(?:the |my )?week[?!.]*$/.test(t)) {
        const ref = named;
        const span = ref?.kind === 'range' ? { from: ref.from, to: ref.to } : weekOf(ctx.today);
        return match([{ intent: 'week', ...span }], ref ? SURE : 0.8);
      }
      const ref = named;
      if (ref?.kind === 'range') return match([{ intent: 'week', from: ref.from, to: ref.to }], 0.8);
      // "who won the game last night?" names a day but asks about something else: not a day query.
      if (ref && offTopicWords(t) >= 2) return null;
      if (ref?.kind === 'date') {
        if (TOMORROW.test(t) && ref.date === addDays(ctx.today, 1)) return match([{ intent: 'tomorrow', date: ref.date }]);
        if (TODAY.test(t) && ref.date === ctx.today) return match([{ intent: 'today', date: ref.date }]);
        return match([{ intent: 'day', date: ref.date }], t.split(' ').length <= 8 ? SURE : LIKELY);
      }
      if (TODAY.test(t) || /\b(wod|workout|session|details|full workout|what do i (?:do|have)|what'?s on|whats on|what am i doing)\b/.test(t)) {
        return match([{ intent: 'today', date: ctx.today }], /\b(today|workout|wod|what do i|what'?s on|whats on)\b/.test(t) ? SURE : LIKELY);
      }
      if (/\bplan\b|\bphase\b|\bblock\b/.test(t)) return match([{ intent: 'plan' }], LIKELY);
      return null;
    },
  },
  {
    // "new shoes!", "got new kicks today", "[photo] new shoes!": news told, answered like a coach (was "didn't get that").
    name: 'new shoes told',
    alone: true,
    scope: 'clause',
    mood: 'statement',
    final: true,
    read: (c) => (NEW_SHOES_TOLD.test(c.text) ? match([{ intent: 'thanks', shoes: true }], SURE) : null),
  },
  {
    name: 'greeting',
    alone: true,
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c) => (/^(hi|hello|hey|heya|hiya|yo|sup|what'?s up|wassup|whats up|good (?:morning|afternoon|evening)|morning|gm|howdy|hola)\b/.test(c.text) && c.text.split(' ').length <= 5 ? match([{ intent: 'greeting' }]) : null),
  },
  {
    name: 'thanks and acknowledgements',
    alone: true,
    scope: 'clause',
    mood: 'any',
    final: true,
    read: (c) =>
      // "brb", "gtg", "one sec": stepping away mid-chat (was "Did you mean: tomorrow's workout, or resume your plan?").
      /^(?:(?:ok|okay|k|sorry|sry|oops|hang on|wait)[,.! ]+)?(?:brb|bbl|bbs|gtg|g2g|gotta go|got to go|ttyl|talk later|talk to you later|one sec|1 sec|one second|just a sec|sec|hold on|hang on|be right back|be back later|back in a (?:sec|bit|min)|afk)(?: (?:lol|haha|sorry|sry|pls))?[!., ]*$/.test(c.text)
        ? match([{ intent: 'thanks', away: true }], SURE)
        : LAUGH_ALONE.test(c.text)
        ? match([{ intent: 'thanks', laugh: true }], SURE)
        : /\b(thanks|thank you|thank u|thx|ty|tysm|appreciate(?: it)?|cheers|much appreciated)\b/.test(c.text)
        ? match([{ intent: 'thanks' }])
        : /^(?:(?:ok|okay|k|kk|cool|got it|sounds good|nice|great|perfect|awesome|will do|roger|sweet|nice one|love it|yes|yep|yeah|alright|noted|gotcha|lol|lmao|haha+|hah|hehe+|ha ha|omg|wow)[!., ]*)+$/.test(c.text)
          ? match([{ intent: 'thanks' }], 0.75)
          : null,
  },
];
