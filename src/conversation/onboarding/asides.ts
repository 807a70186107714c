/**
 * Things a client says mid-onboarding that are not answers: a report ("sick with a cold, no running till
 * friday", "traveling next week, hotel gym only") or a one-off question ("can I move my long run to
 * sunday?"). As data: how to recognise each, the slots it must not be read as (an illness is not weekly
 * mileage; one day moved is not the training days), and the short reply before the open question is asked
 * again. A report is kept (the text and when it was said) and read again once the plan exists, so the first
 * week already has it (`keep`).
 */
import { GLOSSARY } from '../answers/glossary.js';
import { faqAnswer, faqTopic, toldAnswer, toldTopic } from '../answers/faq.js';
import { healthToldAnswer } from '../answers/health-told.js';
import { TERM_WORDS } from '../understand/questions.js';
import { SLOT_KEYS, type SlotKey } from './types.js';
import { awayKind } from '../parse/away.js';
import { isSorenessAfterTraining, onlyDeniesConditions } from '../parse/limitations.js';
import { findTimezone } from '../parse/timezone.js';
import { findBodyParts } from '../parse/body.js';
import { OTHERS_ILL, SELF_ILL, SLANG_SICK } from '../words.js';

export interface Aside {
  id: 'illness' | 'travel' | 'moving' | 'session_report' | 'part_question' | 'one_off_change' | 'kit_question' | 'condition_denied' | 'tune_up_race';
  matches: (t: string) => boolean;
  /** Slots this text must not fill. */
  notFor: readonly SlotKey[];
  reply: string;
  /** The part of the text kept as the note, when not all of it ("no injuries. got a 10k race on saturday"). */
  kept?: string;
}

const WEEKDAY = /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(day)?s?\b|\b(tomorrow|today|tonight|this week(end)?|next week(end)?)\b/;

/** The client says they are ill ("sick with a cold"), not someone else ("kids are sick") and not "sick of". */
function isOwnIllness(t: string): boolean {
  return /\b(sick|ill|flu|covid|fever|a cold|the cold|head cold|chest cold|stomach bug|a bug|virus|under the weather|strep|sinus infection)\b/.test(t) && !/\b(sick of|ill-?fitting)\b/.test(t) && !(OTHERS_ILL.test(t) && !SELF_ILL.test(t));
}

/** A new week of days: "switch me to tue thu sat", "change my days to mon wed fri", three weekdays or more. */
const WEEK_SWITCH = /\b(?:switch|change|move|swap)\s+(?:me|us|my days|the days|days|my schedule|schedule|my training|training|it all|everything)\s+(?:to|over to)\b|(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b[^a-z]*(?:\band\b|&|,)?\s*){3,}/;

/** A session already done, told as done or by its reps ("did the workout today", "could only do 8 on the last set"). */
const SESSION_DONE: readonly RegExp[] = [
  /\b(?:i )?(?:just )?(?:did|finished|completed|got through|smashed|crushed|knocked out) (?:the|my|a|an|today'?s|todays|this morning'?s|that) (?:first )?(?:workout|session|training|lifting|lift|routine|circuit)\b/,
  /\bcould only (?:do|get|manage|finish) (?:\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten)\b/,
  /\b\d+ instead of (?:the )?\d+\b.*\b(?:sets?|reps?)\b|\b(?:sets?|reps?)\b.*\b\d+ instead of (?:the )?\d+\b/,
];

/** A question asked about a body part: "what should i do about the shoulder", "any advice for my knee?". */
const PART_ASKED = /^(?:so |and |but |also )?(?:what (?:should|do|can|could|would) i do (?:about|for|with)|what (?:about|do i do about)|how (?:do|should|can) i (?:handle|deal with|work around|train (?:with|around)|protect|treat)|any (?:advice|tips) (?:for|on|about)|what do you (?:suggest|recommend) (?:for|about))\b/;

export const ASIDES: readonly Aside[] = [
  {
    id: 'illness',
    matches: (t) => isOwnIllness(t.replace(SLANG_SICK, ' ')),
    notFor: ['race_mileage', 'days', 'experience'],
    reply: "Sorry you're sick - rest up. I've noted it and will build it into your first days once your plan is set.",
  },
  {
    id: 'travel',
    // "traveling to boston next week, hotel gym only": a trip's kit and city are not the client's gym or home.
    // "can i swap sat and sun this week? going to a wedding sunday": an outing beside a swap asked is the swap's
    // reason (one_off_change), not a trip to plan around.
    matches: (t) => { const kind = awayKind(t); return kind !== null && WEEKDAY.test(t) && !(kind === 'going' && /\b(move|moving|swap|switch|shift|reschedule|trade)\b/.test(t)); },
    // "flying to denver for work thru sunday" is the trip's reason and days, not the client's work days.
    notFor: ['equipment', 'days', 'timezone', 'race_mileage', 'duration', 'run_time', 'work'],
    reply: "Thanks for the heads-up about the trip - I've noted it and will plan those days around it once your plan is set.",
  },
  {
    id: 'moving',
    // "moving to Denver next week": a home move ahead, not a workout moved and not the time zone yet (texts keep
    // today's clock until they are there; after onboarding "I'm in Denver now" moves them).
    matches: (t) => /\b(?:moving|relocating|move|moved)\s+(?:to|over to|out to)\s+(?!(?:my|the|it|this|that|today|tomorrow|tonight|next|mon|tue|wed|thu|fri|sat|sun)\b)[a-z]/.test(t) && findTimezone(t) !== null && !/\b(?:moved|i'?m in|now in|live in)\b(?!.*\b(?:next|soon|in \d|in a)\b)/.test(t),
    notFor: ['timezone', 'days', 'race_event', 'morning_time'],
    reply: "Good luck with the move! Your texts keep this time zone for now: once you've moved, text me the city (e.g. \"I'm in Denver now\") and they follow you.",
  },
  {
    // "I did the workout today. The squats were hard, I could only do 8 instead of 10 on the last set": a session
    // done, told before there is a plan to log it on (was "you can move any day's workout", its "instead" read as a
    // move). Its numbers are no days, minutes or session length.
    id: 'session_report',
    matches: (t) => SESSION_DONE.some((re) => re.test(t)),
    notFor: ['days', 'race_mileage', 'duration', 'run_time', 'morning_time', 'experience'],
    reply: "Good work getting it done - a few reps short on the last set just means the weight was a real challenge. Once your plan is set, text me your sets like that and I'll set your next weights from them.",
  },
  {
    // "what should i do about the shoulder", "any advice for my knee?": a question only the plan (or a doctor) can
    // answer, not an answer and not a day moved.
    id: 'part_question',
    matches: (t) => PART_ASKED.test(t) && findBodyParts(t).length > 0,
    notFor: SLOT_KEYS,
    reply: "Once your plan starts it goes easy on any injury you tell me about, and you can text me how it feels to change that day's lifts. Until then leave out anything that hurts; sharp pain or pain that gets worse is a reason to see a doctor or physio.",
  },
  {
    id: 'one_off_change',
    // "can I move my long run to saturday?", "wedding saturday, swap it to friday": one day changes, not the week.
    // "switch me to tue thu sat", "change my days to mon wed fri" name a new week, not one day moved.
    matches: (t) =>
      !WEEK_SWITCH.test(t) &&
      ((/\b(move|moving|swap|switch|shift|push|reschedule|instead)\b/.test(t) && WEEKDAY.test(t)) ||
      // The ask and its day in one sentence: "whats tomorrow look like? also should i eat more protein" moves nothing.
      t.split(/(?<=[.!?])\s+/).some((x) => /\b(can|could|should|may) i\b|\b(is it ok|ok if|okay if|alright if)\b/.test(x) && WEEKDAY.test(x) && !/\b(days?|times|x) (a|per|each) week\b/.test(x))),
    notFor: ['days', 'race_mileage', 'duration', 'run_time'],
    reply: "Once your plan is set you can move any day's workout - just text me that again then.",
  },
  {
    // "no ab separation, doctor cleared me at 8 weeks": the answer to the postpartum question, at whatever question is
    // open (it was "Send a lift with its numbers" at the maxes question, and a "no" to the plan at the summary). It
    // answers the injuries question when that is the one asked (no area to spare).
    id: 'condition_denied',
    matches: onlyDeniesConditions,
    notFor: SLOT_KEYS.filter((k) => k !== 'limitations'),
    reply: 'Good to hear - nothing to change for that.',
  },
  {
    id: 'kit_question',
    // "do I need a bench?" names a bench but asks about it: answered, and the kit stays as told.
    matches: (t) => faqTopic(t) === 'kit_needed',
    notFor: ['equipment'],
    reply: faqAnswer('kit_needed'),
  },
];

export const TRAVEL_ASIDE: Aside = ASIDES.find((a) => a.id === 'travel')!;

/** Asides kept for after onboarding: reports the plan should already reflect. A question is not kept. */
export const KEPT_ASIDES: ReadonlySet<Aside['id']> = new Set(['illness', 'travel', 'tune_up_race']);

/** The aside a text is, or null when it may be an answer. */
export function findAside(t: string): Aside | null {
  return ASIDES.find((a) => a.matches(t)) ?? null;
}

/** "is that normal?", "should i be worried?", "is this ok?" said with a report. */
const NORMAL_ASKED = /\b(?:is (?:that|this|it) (?:normal|ok|okay|common|expected|bad)\b|normal\s*\?|should i (?:be )?worr(?:y|ied)\b|anything to worry about\b)/;
const SORE_IS_NORMAL = "Yes - tight or sore muscles for a day or two after a run or a workout are normal: that's them adapting. An easy walk, a few minutes of mobility and a good night's sleep help. Sharp pain, swelling or pain that gets worse as you go is not: tell me if it turns into that.";

/** "calves are tight after that, is that normal?": soreness from a session asked about, answered as a coach would. */
export function soreAsked(t: string): string | null {
  return NORMAL_ASKED.test(t) && isSorenessAfterTraining(t) ? SORE_IS_NORMAL : null;
}

/**
 * A general question asked mid-onboarding that needs no plan ("whats the difference between rir and rpe?",
 * "is it ok if i also do yoga?") or health news ("i'm pregnant"): its answer, so the client is not told to wait for it. Null otherwise.
 */
/** "wait whats RIR", "ok so how long…", "quick q - what's a deload": the lead-in before a question is no part of it. */
export function withoutLeadIn(t: string): string {
  return t.replace(/^(?:wait|ok(?:ay)?|so|hmm+|um+|uh+|sorry|oh|quick (?:q|question)|question|q)\b[\s,:-]*(?:so\b\s*)?/, '');
}

export function generalAnswer(said: string): string | null {
  const t = withoutLeadIn(said);
  // The client's own asthma, diabetes or pregnancy: the coach's line for it (answers/health-told.ts).
  const own = healthToldAnswer(t);
  if (own) return own;
  // Health news ("i'm pregnant") or a triathlon is answered told or asked.
  const health = toldTopic(t);
  if (health) return toldAnswer(health, t);
  if (!/\?\s*$|^(what|whats|what's|how|why|is|can|should|do|does)\b/.test(t)) return null;
  const sore = soreAsked(t);
  if (sore) return sore;
  const terms = TERM_WORDS.filter(([, re]) => re.test(t)).map(([term]) => GLOSSARY[term]);
  // "what's a tempo run?" asks for the term; "what should i eat before a long run" only names one.
  if (terms.length && /\b(mean|means|meaning|difference|explain|stand for)\b|\bwhat(?:'s| is| are|s)\b/.test(t)) return terms.slice(0, 2).join(' ');
  const topic = faqTopic(t);
  if (topic) return toldAnswer(topic, t);
  return SETUP_QUESTIONS.find((q) => q.re.test(t))?.answer ?? null;
}

/**
 * Questions new clients ask while answering the setup questions, about the setup itself: answered in a line,
 * then the open question comes again. As data: how to recognise each, and the answer.
 */
export const SETUP_QUESTIONS: ReadonlyArray<{ id: string; re: RegExp; answer: string }> = [
  {
    id: 'how_many_days',
    re: /\bhow (?:many|often)\b.*\b(days?|times|sessions?|workouts?)\b|\b(?:is|are|would) (?:\d|one|two|three|four|five|six)\s*(?:days?|x|times|sessions?)\b.*\b(enough|too (?:much|many|few)|ok|okay|fine|good)\b|\bwhat(?:'s| is|s)? (?:the )?(?:best|ideal|right) (?:number of )?days\b|\b(?:recommend|suggest)\b.*\bdays?\b|\bdays?\b.*\b(?:recommend|suggest)\b/,
    answer: '3 days a week is plenty to make real progress, 4-5 if you enjoy it and recover well; more is not better if you cannot keep it up. Pick what you can do most weeks.',
  },
  {
    id: 'session_length',
    re: /\bhow long\b.*\b(sessions?|workouts?|each (?:day|time)|should i (?:train|lift|work ?out|go))\b|\b(?:is|are) (?:\d+|twenty|thirty|fifteen|ten) ?(?:min|mins|minutes)\b.*\b(enough|ok|okay|fine)\b/,
    answer: '30-45 minutes is enough for a solid session; 60 gives room for more sets. I fit the workout to the time you give me.',
  },
  {
    id: 'safe_to_start',
    re: /\b(safe|too old|at my age|for my age|too late|too out of shape|too unfit|too heavy)\b/,
    answer: "Yes - strength training is safe and worth starting at any age or fitness: we begin light with simple moves and build slowly. If your doctor has limits for you, tell me; stop anything that gives sharp pain.",
  },
  {
    id: 'how_it_works',
    re: /\bhow (?:does|do) (?:this|it|you|cadence) work\b|\bwhat (?:do|can) you do\b|\bwhat is this\b(?!\s+(?:week|weekend|morning|afternoon|evening|month|workout|plan|session|run|lift|program)\b)|\bwho (?:is this|are you)\b/,
    answer: "I'm Cadence: I build your plan from a few answers, text you each morning's workout, and change the plan when you tell me how it went.",
  },
  {
    // "whats the difference between new and intermediate": the levels explained, then the question again (it was read
    // as the answer "intermediate" and the question moved on).
    id: 'experience_levels',
    re: /\b(?:difference|mean|means|meant|count as|counts as|considered|qualify as|what(?:'s| is|s)? (?:a |an )?)\b.*\b(?:new|beginner|intermediate|advanced|experienced)\b|\b(?:am i|would i be|is that|does that make me)\b.*\b(?:new|beginner|intermediate|advanced|experienced)\b/,
    answer: 'New is under a year of steady training, intermediate 1-5 years, experienced 5+. Count the time you trained most weeks; a long break counts as less.',
  },
  {
    id: 'eat',
    re: /\bwhat (?:should|do|can) i eat\b|\b(nutrition|meal plans?|diet plans?)\b/,
    answer: "I coach the training, not meals: protein at each meal, mostly whole foods and enough to fuel training covers most of it. Ask me anything specific (protein, eating before a run) any time.",
  },
  // Shoes: the FAQ's shoes topic answers them, mid-onboarding as after it.
  {
    // "what pace should my tempo runs be": a hard pace is asked, not what easy means.
    id: 'hard_pace',
    re: /\b(?:how fast|what pace|which pace|what speed)\b.*\b(?:tempos?|threshold|intervals?|reps|repeats|speed ?work|track|race pace|goal pace|workouts?)\b|\b(?:tempos?|threshold|intervals?|speed ?work)\b.*\b(?:how fast|what pace|pace)\b/,
    answer: "Tempo is comfortably hard: about the pace you could hold for an hour in a race, a few words at a time. Intervals are faster, near your 5K-10K race pace. Once your plan starts, each session comes with its pace range, set from your race times.",
  },
  {
    // "how fast should my easy runs be?": the paces come with the plan; what easy means needs none.
    id: 'run_pace',
    re: /\b(?:how fast|what pace|which pace|how slow)\b.*\b(?:easy|long|recovery|runs?|run)\b|\b(?:easy|long) (?:runs?|pace)\b.*\b(?:how fast|pace)\b/,
    answer: "Easy means conversational: you can talk in full sentences. Once your plan starts, each run comes with its pace range, set from your race times or how your first runs go.",
  },
  // "is it ok to run 2 days in a row?": the FAQ's days_in_a_row topic answers it, mid-onboarding as after it.
];
