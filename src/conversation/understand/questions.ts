/**
 * What a question asks about, as data: the terms a client may ask to have explained, the run paces they may
 * ask for, and the workouts they may ask "when do I get …?" about. The rules in rules.ts read with these.
 */
import type { RunZone, Term, WorkoutKindAsked } from './items.js';

/** How clients write each term. Checked in this order, so "easy pace" wins over "easy". */
export const TERM_WORDS: Array<[Term, RegExp]> = [
  ['rir', /\b(rir|reps? in reserve|in the tank)\b/],
  ['rpe', /\b(rpe|rate of perceived exertion|perceived exertion)\b/],
  ['e1rm', /\b(e1rm|estimated (?:1rm|one rep max|max))\b/],
  ['one_rm', /\b(1rm|1 rm|one rep max|one-rep max|rep max|1 rep max)\b/],
  ['amrap', /\b(amrap|as many reps as possible)\b/],
  ['easy_pace', /\b(easy pace|conversational pace|easy run|easy runs|easy effort)\b/],
  ['zone2', /\b(zone ?2|z2)\b/],
  ['hr_zone', /\b(hr zones?|heart rate zones?|zone [1-5])\b/],
  ['vdot', /\bvdot\b/],
  ['strides', /\bstrides?\b/],
  ['fartlek', /\bfartlek\b/],
  ['threshold', /\b(threshold|lactate|lt pace|t pace)\b/],
  ['tempo', /\btempo\b/],
  ['intervals', /\b(intervals?|repeats|i pace|r pace)\b/],
  ['long_run', /\blong runs?\b/],
  ['cutback', /\bcut ?back\b/],
  ['taper', /\btaper(?:ing)?\b/],
  ['deload', /\bde-?load\b/],
  ['superset', /\bsuper ?sets?\b/],
  ['warmup', /\bwarm ?-?ups?\b/],
  ['cooldown', /\bcool ?-?downs?\b/],
  ['mev', /\b(mev|mrv|mav|minimum effective volume|volume landmarks?)\b/],
  ['accumulation', /\baccumulation\b/],
  ['intensification', /\bintensification\b/],
  ['realization', /\brealization\b/],
  ['mileage', /\b(mileage|mpw|weekly miles)\b/],
];

/**
 * A session of the client's own plan named ("whats my long run this week", "what's my tempo on thursday",
 * "sunday's long run"): they ask for that session, not what the word means. A meaning asked for outright
 * ("what does my tempo mean") still gets the term.
 */
export const OWN_SESSION = /\b(?:my|this week'?s|next week'?s|today'?s|tomorrow'?s|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'?s)\s+(?:next\s+|first\s+)?(?:long runs?|tempo|threshold run|intervals?|interval session|speed ?work|easy runs?|fartlek|strides)\b/;
export const MEANING_ASKED = /\b(mean|means|meaning|stand for|define|explain|what is an? |whats an? |what'?s an? )\b/;

/** "what pace for my long run / tempo / easy runs?" */
export const PACE_ZONES: Array<[RunZone, RegExp]> = [
  ['recovery', /\brecovery\b/],
  ['long', /\blong\b/],
  ['marathon', /\bmarathon pace\b|\bmp\b/],
  ['threshold', /\b(tempo|threshold|t pace)\b/],
  ['interval', /\b(intervals?|repeats|i pace|vo2)\b/],
  ['repetition', /\b(strides|reps|r pace|repetitions?)\b/],
  // "what pace should I race at?", "how fast do I race the half?": the race itself, not the easy default.
  // "what pace for the sub 2:10", "what pace do i need for my goal", "pace to break 50": the goal's race pace.
  ['race', /\b(race|goal|racing) pace\b|\bfor (?:the|my) race\b|\brace day\b|\b(?:should|do|can|will) i (?:race|run the race)\b|\bfor (?:the |a |my )?sub[\s-]?\d|\bfor (?:the|my) goal\b|\bi need for\b|\bto (?:break|go under|get under|hit) (?:sub[\s-]?)?\d/],
  ['easy', /\b(easy|normal|regular|daily|base|zone ?2)\b/],
  // "what are my paces?", "my training paces", "pace zones": every zone, not one.
  ['all', /\bpaces\b|\bpace zones?\b|\ball (?:my |the )?paces?\b|\bzones\b/],
];

/**
 * "can I race a 5k this weekend as a tune-up?", "ok if I jump in a parkrun saturday?", "should I do a 10k race next
 * week?": asking leave to race before the goal race. The asking words and a race word must both be there. A race
 * told with a question about the week is one too ("got a 10k this sat, should i still do the long run": was a 10k
 * logged last Saturday).
 */
export const TUNE_UP_ASKED = /\b(?:can|could|should|may|would it be (?:ok|okay|smart|fine)|is it (?:ok|okay|smart|fine|a good idea)|ok(?:ay)? (?:if|to)|mind if)\b.*\b(?:race|run|do|enter|jump in(?:to)?|sign up for)\b.*\b(?:race|tune[- ]?up|parkrun|5\s*k|10\s*k)\b|\btune[- ]?up race\b.*\?|\b(?:got|have|i'?ve got|doing|running|racing|signed up for|entered)(?: a| an| my| the)? (?:race|parkrun|5\s*k|10\s*k|half marathon)\b.*\b(?:should|can|could|do|will) i\b/;

/** One long run, the next one ("the long run", "my long run", "this week's long run"), not long runs in general. */
export const SESSION_LONG_RUN = /\b(?:the|my|this week'?s|(?:sat(?:ur)?|sun)(?:day)?'?s)\s+(?:next\s+)?long run\b(?!s)/;

/** The longest run of the plan asked about ("whats my longest run gonna be", "how far will my long runs get"). */
export const LONGEST_RUN = /\b(?:longest|biggest|furthest|farthest|peak) (?:long )?runs?\b|\bhow (?:long|far) (?:will|do|does|can|is|are) (?:my|the) long runs? (?:get|go|be)\b/;

/** "when do I get tempo / intervals / a deload / my long run / the taper?" */
export const WORKOUT_WORDS: Array<[WorkoutKindAsked, RegExp]> = [
  // "whats my longest run gonna be", "how far do my long runs go": the peak long run, asked any way.
  ['longest', LONGEST_RUN],
  ['tempo', /\btempo\b|\bthreshold\b/],
  ['intervals', /\bintervals?\b|\bspeed ?work\b|\btrack\b|\brepeats\b/],
  ['strides', /\bstrides\b/],
  ['marathon_pace', /\bmarathon pace\b/],
  ['long', /\blong run\b/],
  ['race', /\brace\b/],
  ['deload', /\b(de-?load|lighter week|easy week|recovery week|cut ?back)\b/],
  ['taper', /\btaper\b/],
  ['peak', /\bpeak\b/],
  ['heavy', /\b(heavy|heavier|max out|test my max|1rm|pr attempt)\b/],
  ['rest', /\b(rest day|day off|break)\b/],
];
