import { findTimeOfDay } from '../parse/time-of-day.js';
import { findTimezone } from '../parse/timezone.js';
import { findMinutes } from '../parse/duration.js';
import { findDayCount, findWeekdays } from '../parse/weekdays.js';
import { findEquipment } from '../parse/equipment.js';
import { findRaceDistance } from '../parse/race.js';
import { isNone, normalize } from '../parse/text.js';
import type { OnboardingAnswers, OnboardingContext, OnboardingStep } from './types.js';
import { applyAnswer } from './steps.js';
import { needsRace } from './profile.js';

/** What a text at the summary asks for. */
export type ConfirmChange =
  | { kind: 'updated'; answers: OnboardingAnswers }
  /** A value that did not parse, or the client named a field without a value: ask that question. */
  | { kind: 'ask'; step: OnboardingStep; error?: string }
  | { kind: 'none' };

/** "change X" with no value: which question X names. Longer phrases first ("goal time" before "goal"). */
const FIELD_WORDS: Array<[RegExp, OnboardingStep]> = [
  [/\b(goal time|target time|finish time)\b/, 'race_goal_time'],
  [/\b(recent race|race result|pr|personal best)\b/, 'race_recent'],
  [/\b(mileage|miles a week|mpw|km a week|weekly miles)\b/, 'race_mileage'],
  [/\b(race|race date)\b/, 'race_event'],
  [/\b(time ?zone|tz)\b/, 'timezone'],
  [/\b(name)\b/, 'name'],
  [/\b(goal)\b/, 'goal'],
  [/\b(experience|training age|level)\b/, 'experience'],
  [/\b(days|schedule)\b/, 'days'],
  [/\b(length|duration|minutes|session|sessions|how long)\b/, 'duration'],
  [/\b(equipment|gym|setup)\b/, 'equipment'],
  [/\b(injur\w*|limitations?)\b/, 'limitations'],
  [/\b(time|text time|morning)\b/, 'morning_time'],
];

const CHANGE_CUE = /\b(change|edit|update|fix|switch|wrong|redo|different)\b/;

function tryStep(step: OnboardingStep, text: string, a: OnboardingAnswers, ctx: OnboardingContext): ConfirmChange {
  const r = applyAnswer(step, text, a, ctx);
  if (!r.success) return { kind: 'ask', step, error: r.error };
  if (r.data.reask) return { kind: 'ask', step, error: r.data.reask };
  return { kind: 'updated', answers: r.data.answers };
}

/**
 * Reads a change at the summary step: "make it 4 days", "change days to mon wed fri", "7am instead",
 * "60 min sessions", "home gym instead", "bad knee", "I'm in Denver", "goal: build muscle", "race is may 3",
 * "use kg". A field named without a value ("change my equipment") asks that question again.
 */
export function parseConfirmChange(text: string, a: OnboardingAnswers, ctx: OnboardingContext): ConfirmChange {
  const t = normalize(text);
  const value = t.replace(/^(?:actually|no|nope|wait|hmm|can you|could you|please|pls)[, ]+/, '').trim();

  if (/\b(metric|kg|kgs|kilos|km|kilometers)\b/.test(t) && !/\d/.test(t)) return { kind: 'updated', answers: { ...a, units: 'metric' } };
  if (/\b(imperial|lbs?|pounds|miles)\b/.test(t) && !/\d/.test(t)) return { kind: 'updated', answers: { ...a, units: 'imperial' } };

  if (/\b(time ?zone|tz|moved|i'?m in|im in|live in|based in)\b/.test(t) || (findTimezone(text) !== null && !/\d/.test(t) && t.split(' ').length <= 4 && !findEquipment(t))) {
    if (findTimezone(text) !== null) return tryStep('timezone', text, a, ctx);
  }
  if (/\b(call me|my name is|name is|name'?s)\b/.test(t)) return tryStep('name', value, a, ctx);

  if (needsRace(a.goal)) {
    if (/\b(goal|target|aim|sub|under)\b/.test(t) && /\d/.test(t) && !/\b(days?|am|pm)\b/.test(t)) return tryStep('race_goal_time', value, a, ctx);
    if (/\b(mpw|miles a week|km a week|miles per week|mileage)\b/.test(t) && /\d/.test(t)) return tryStep('race_mileage', value, a, ctx);
    if (/\b(race|marathon|half|5k|10k)\b/.test(t) && (/\d/.test(t) || findRaceDistance(t) !== null) && !/\b(ran|recent|pr)\b/.test(t)) {
      return tryStep('race_event', value, a, ctx);
    }
    if (/\b(recent|ran|pr)\b/.test(t) && /\d/.test(t)) return tryStep('race_recent', value, a, ctx);
  }

  const weekdays = findWeekdays(t);
  const count = findDayCount(t);
  if (weekdays.length > 0 || (count !== null && /\b(days?|times|x)\b/.test(t))) return tryStep('days', value, a, ctx);

  const time = findTimeOfDay(t);
  if (time !== null && (/\b(am|pm|a\.m\.|p\.m\.|instead|send|text|time|morning|at)\b/.test(t) || /:/.test(t))) return tryStep('morning_time', value, a, ctx);

  const minutes = findMinutes(t, false);
  if (minutes !== null) return tryStep('duration', value, a, ctx);

  if (/\b(goal|focus)\b/.test(t) && !/\b(goal time)\b/.test(t)) {
    const goalText = value.replace(/^.*?\b(?:goal|focus)\b(?:\s*(?:to|is|:|should be))?\s*/, '');
    if (goalText !== '') return tryStep('goal', goalText, a, ctx);
  }
  if (/\b(beginner|intermediate|advanced|years?|months?|new to)\b/.test(t)) return tryStep('experience', value, a, ctx);

  if (!isNone(t) && findEquipment(t) !== null) return tryStep('equipment', value, a, ctx);
  if (/\b(no injur\w*|no limitations?|injury free|healed)\b/.test(t)) return { kind: 'updated', answers: { ...a, limitations: [] } };
  if (/\b(bad|injur\w*|hurt\w*|knee|back|shoulder|elbow|wrist|hip|ankle|neck|impingement|limitations?)\b/.test(t)) {
    const r = applyAnswer('limitations', value, a, ctx);
    if (r.success) return { kind: 'updated', answers: r.data.answers };
  }
  if (/\b(instead|rather|actually|switch to|change to)\b/.test(t)) {
    const r = applyAnswer('goal', value.replace(/\b(instead|rather|actually|switch to|change to)\b/g, ' '), a, ctx);
    if (r.success) return { kind: 'updated', answers: r.data.answers };
  }

  if (CHANGE_CUE.test(t) || t.split(' ').length <= 3) {
    for (const [re, step] of FIELD_WORDS) {
      if (!re.test(t)) continue;
      if (step.startsWith('race_') && !needsRace(a.goal)) continue;
      return { kind: 'ask', step };
    }
  }
  return { kind: 'none' };
}
