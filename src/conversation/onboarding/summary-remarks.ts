/**
 * Texts at the onboarding summary that are not changes to the profile: a question ("what if I only have 30 min
 * some days?"), a remark about one day ("i only have 30 min today", "this week") or an exercise swap asked
 * ("can i swap leg press for squats"). Read as changes they rewrote the whole profile (every session 30 min,
 * the kit machines only); a coach answers them and keeps the plan as summed up. As data: how to recognise each
 * and the reply, tried in order. A polite change ("can we make it 3 days?", "how about 6am?") is none of these.
 */
import { findExerciseMentions } from '../parse/exercise.js';
import { findWeekdays } from '../parse/weekdays.js';
import { anyOf, TODAY_WORDS, TOMORROW_WORDS } from '../words.js';
import type { SlotKey } from './types.js';

export interface SummaryRemark {
  id: 'plan_view' | 'start' | 'session_done' | 'maxes_unknown' | 'one_day' | 'day_kit' | 'exercise_swap' | 'question';
  matches: (t: string) => boolean;
  reply: (t: string) => string;
  /**
   * The slots that, filled by the same text, beat this remark: the text is their change, said back as one. A session
   * told gives way to any slot its words filled; the rest to the client's facts only (CLIENT_FACTS).
   */
  givesWayTo: 'any slot' | 'facts';
}

/**
 * What the client has run or lifted: news whatever else the text is ("squat 275 bench 185 as of today" is their
 * maxes, not a day's remark). A day's settings (days, minutes, kit, times) said with a remark stay the remark's.
 */
const CLIENT_FACTS: ReadonlySet<SlotKey> = new Set(['race_recent', 'maxes']);

/** True when a slot the text filled beats `remark`: the text is that slot's change, not the remark. */
export function slotBeatsRemark(remark: Pick<SummaryRemark, 'givesWayTo'>, changed: readonly SlotKey[]): boolean {
  return changed.some((k) => remark.givesWayTo === 'any slot' || CLIENT_FACTS.has(k));
}

/** One day or this week only: "today", "tmrw", "this week", "this friday", "next week". */
const ONE_DAY = new RegExp(
  `${anyOf([...TODAY_WORDS, ...TOMORROW_WORDS]).source}|\\b(?:this|next) (?:week|weekend|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b`,
);
/** Where a session is done, told beside a weekday: "thu at the gym", "fridays at home", "hotel on tuesday". */
const DAY_PLACE = /\b(?:at|in|from) (?:the |my |a )?(?:gym|home|hotel|garage|work|office|park)\b|\bhotel gym\b|\binstead of (?:the )?(?:gym|home)\b/;

/**
 * A session already done, told at the summary ("did a run today, was ok", "just finished legs", "went for a jog this
 * morning"): a log, never a yes to the plan nor a change to it.
 */
const SESSION_DONE =
  /^(?:(?:so|and|oh|also|btw|fyi|just|i|i just|already)\s+)*(?:did|finished|ran|jogged|walked|biked|cycled|swam|lifted|trained|worked out|went (?:for )?a (?:run|walk|jog|ride|swim|hike)|went to the gym|hit the gym|got (?:a|my) (?:run|workout|lift|session) in)\b|\b(?:did|finished|ran|jogged|lifted|trained|worked out)\b.*\b(?:today|this morning|tonight|yesterday|last night|earlier)\b/;

/** Words that make a day's remark the rule for every week: "from now on only 30 min", "every day". */
const STANDING = /\b(every|each|always|usually|normally|typically|from now on|going forward|in general|per week|a week|most days|all (?:my )?(?:days|sessions|workouts))\b/;

/** "what's today", "this week", "tmrw?", "show me my plan": asks to see what only the started plan has. */
const PLAN_VIEW = /^(?:(?:so |and |ok )?(?:what(?:'s| is|s)?|whats|show me|send me|can i see|how does|what does)\s+)?(?:(?:my|the) )?(?:workout |plan |training )?(?:for )?(today|tonight|tomorrow|tmrw|tmr|this week|next week|the week|my week|my plan|the plan|my schedule|my workouts?|week one|the first week|first workout)(?:'s)?(?: (?:workout|plan|look like|looks like|session))*\s*\??$/;

/** Swapping, disliking or skipping an exercise ("can i swap leg press for squats", "i hate lunges"). */
const SWAP_WORDS = /\b(swap|switch|sub|substitute|replace|instead|rather|trade|don'?t like|dont like|hate|not a fan|can'?t do|cant do|skip)\b/;

/** A question, not a change asked politely: "what if…", "how long…", "will it…", "is 3 days enough?". */
const QUESTION_START = /^(?:what|whats|what's|how|why|when|where|which|who|does|do i|do you|do we|is|are|should|shall|what if|am i|will (?:it|the|there|my|i)|would (?:it|the|there|my|i))\b/;
/** "how about 6am?", "what about 3 days?", "can we make it 3 days?", "could you text at 6?": a change, asked. */
const CHANGE_ASKED = /^(?:how about|what about|can|could|would you|will you|pls|please|lets|let's|make it|change|switch|set)\b/;

function isQuestion(t: string): boolean {
  const s = t.trim();
  if (CHANGE_ASKED.test(s)) return false;
  return QUESTION_START.test(s) || (/\?\s*$/.test(s) && !/^(?:\d|actually|oh|wait|no|not)\b/.test(s));
}

/** What the started plan shows for a day or a week, by the words the client used. */
function viewCommand(t: string): string {
  if (/\b(week|plan|schedule|workouts)\b/.test(t)) return "text 'this week' and I'll show you your week";
  if (anyOf(TOMORROW_WORDS).test(t)) return "text 'tomorrow' and I'll show you tomorrow's workout";
  return "text 'what's today' and I'll show you today's workout";
}

/** The exercise to swap out: the one after "instead of" / "rather than", else the first named ("swap leg press for squats"). */
function swapped(t: string): string {
  const mentions = findExerciseMentions(t);
  const pivot = /\b(?:instead of|rather than)\b/.exec(t);
  return (pivot ? mentions.find((m) => m.start > pivot.index) : undefined)?.written ?? mentions[0]?.written ?? 'it';
}

/** "dont know my maxes anymore", "no idea what i lift now", "not sure of my numbers": no maxes, and none needed. */
const MAXES_UNKNOWN = /\b(?:dont|don'?t|do not|no|not|never) (?:really |even |actually )?(?:know|sure|idea|remember|tested|checked)\b.*\b(?:max(?:es)?|1 ?rm|one rep|numbers|weights?|what i (?:can )?(?:lift|bench|squat))\b/;

export const SUMMARY_REMARKS: readonly SummaryRemark[] = [
  {
    id: 'plan_view',
    matches: (t) => PLAN_VIEW.test(t.trim()),
    reply: (t) => `Your plan starts once you reply YES - then ${viewCommand(t)}.`,
    givesWayTo: 'facts',
  },
  {
    id: 'exercise_swap',
    // Before the one-day row: "can I skip squats today" is about an exercise; the plan can swap it on the day.
    matches: (t) => SWAP_WORDS.test(t) && findExerciseMentions(t).length > 0,
    reply: (t) => `Once your plan starts, text me on a day it comes up (e.g. 'swap ${swapped(t)}') and I'll give you another exercise for your kit.`,
    givesWayTo: 'facts',
  },
  {
    id: 'start',
    // "when does it start?", "what day is my first workout?": the answer is the YES.
    matches: (t) => /\b(when|what day|which day|how soon)\b.*\b(start|begin|first (?:workout|session|day|text))/.test(t),
    reply: () => 'It starts when you reply YES: your first workout text comes at the time above, and I build each week from there.',
    givesWayTo: 'facts',
  },
  {
    // "can i do thu at the gym instead of home?": one weekday somewhere else. The plan has one kit for every day,
    // so the home kit stays (read as a change it made a full gym of every day); the gym day is fitted on the day.
    id: 'day_kit',
    matches: (t) => findWeekdays(t).length === 1 && DAY_PLACE.test(t) && !/\b(only|just)\b.*\bdays?\b/.test(t),
    reply: (t) => `Your plan stays with the kit above for every day. Once it starts, text me '${/\bgym\b/.test(t) ? 'at the gym today' : /\bhotel\b/.test(t) ? 'hotel gym today' : 'at home today'}' that morning and I'll fit that day's workout to it.`,
    givesWayTo: 'facts',
  },
  {
    id: 'session_done',
    matches: (t) => SESSION_DONE.test(t.trim()) && !/\?\s*$/.test(t),
    reply: () => "Nice work - noted. Once your plan starts, text me after each session (e.g. 'done, felt easy') and I'll fit the next one to it.",
    givesWayTo: 'any slot',
  },
  {
    // Read as nothing, it was "I didn't catch a change": a coach says the plan needs none and how the weights are found.
    id: 'maxes_unknown',
    matches: (t) => MAXES_UNKNOWN.test(t) && !/\b\d{2,}\b/.test(t),
    reply: () => "No problem - you don't need them. Your first weeks start on the light side: pick a weight you could lift 3 more times, log it, and I set your loads from there.",
    givesWayTo: 'any slot',
  },
  {
    id: 'one_day',
    matches: (t) => ONE_DAY.test(t) && !STANDING.test(t),
    reply: (t) => {
      const span = /\bweekend\b/.test(t) ? 'weekend' : /\bweek\b/.test(t) ? 'week' : 'day';
      return `That's just for that ${span}, so your plan stays as above: once it starts, text me that then and I'll fit that ${span}'s ${span === 'day' ? 'workout' : 'workouts'} to it.`;
    },
    givesWayTo: 'facts',
  },
  {
    id: 'question',
    matches: isQuestion,
    reply: () => "Your plan stays as above. Once it starts, text me any question about a day's workout and I'll answer with the workout in front of me.",
    givesWayTo: 'facts',
  },
];

/** The remark a summary-step text is (normalized text), or null when it may be a change or a yes. */
export function findSummaryRemark(t: string): SummaryRemark | null {
  return SUMMARY_REMARKS.find((r) => r.matches(t)) ?? null;
}

/** Which summary lines a question asks about ("how long are the sessions?" → the minutes), to say them back. */
const ASKED_ABOUT: ReadonlyArray<[RegExp, SlotKey]> = [
  [/\bhow long\b|\b(minutes|mins?|session length)\b/, 'duration'],
  [/\b(what time|when)\b.*\b(text|message|come|arrive|send)\b|\btime ?zone\b/, 'morning_time'],
  [/\b(which|what|how many) days\b/, 'days'],
  [/\b(equipment|kit)\b/, 'equipment'],
];

export function slotsAskedAbout(t: string): SlotKey[] {
  return ASKED_ABOUT.filter(([re]) => re.test(t)).map(([, k]) => k);
}
