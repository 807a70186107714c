import { daysBetween } from '../../engine/dates.js';
import { guessTimezoneFromPhone } from '../parse/area-code.js';
import { formatDate, localToday } from '../parse/dates.js';
import { findMinutes, parseSessionMinutes } from '../parse/duration.js';
import { parseEquipment } from '../parse/equipment.js';
import { parseExperience } from '../parse/experience.js';
import { parseGoal } from '../parse/goal.js';
import { parseLimitations } from '../parse/limitations.js';
import { convertDistance, parseWeeklyMileage } from '../parse/mileage.js';
import { parseName } from '../parse/name.js';
import { parseGoalTime, parseRaceEvent, parseRecentRace, raceDistanceKm, raceLabel, type RaceDistanceChoice } from '../parse/race.js';
import { isNo, isYes, type ParseResult } from '../parse/text.js';
import { parseTimeOfDay } from '../parse/time-of-day.js';
import { describeTimezone, parseTimezone } from '../parse/timezone.js';
import { formatWeekdays, parseTrainingDays } from '../parse/weekdays.js';
import type { OnboardingAnswers, OnboardingContext, OnboardingStep } from './types.js';

/** Races closer than this leave no room to build; the client is asked for a later one. */
export const MIN_WEEKS_TO_RACE = 4;
/** Further out than this and the plan would be mostly guesswork. */
export const MAX_DAYS_TO_RACE = 730;

/** The zone the client is in for date maths before they have confirmed one. */
export function workingTimezone(a: OnboardingAnswers, ctx: OnboardingContext): string {
  return a.timezone ?? guessTimezoneFromPhone(ctx.phone) ?? ctx.defaultTimezone;
}

function raceChoice(a: OnboardingAnswers): RaceDistanceChoice | null {
  const r = a.race;
  if (r?.distance === undefined) return null;
  return r.customDistanceKm === undefined ? { distance: r.distance } : { distance: r.distance, customDistanceKm: r.customDistanceKm };
}

function mileageUnit(a: OnboardingAnswers): 'mi' | 'km' {
  return a.units === 'metric' ? 'km' : 'mi';
}

/** The question for a step, with the answer format shown. */
export function question(step: OnboardingStep, a: OnboardingAnswers, ctx: OnboardingContext): string {
  switch (step) {
    case 'name':
      return "What's your name?";
    case 'goal':
      return "What's your main goal? Get stronger, build muscle, lose fat, general fitness, train for a race, or a mix (lifting + a race)?";
    case 'experience':
      return "How long have you been training? e.g. 'new', '6 months', '3 years'";
    case 'days':
      return "Which days can you train? e.g. 'mon wed fri' or '3 days'";
    case 'duration':
      return "How long can each session be? e.g. '45 min' or '1 hour'";
    case 'equipment':
      return "Where do you train? e.g. 'full gym', 'home gym', 'dumbbells only', 'hotel gym' or 'just bodyweight'";
    case 'limitations':
      return "Any injuries or limitations? e.g. 'bad knee', 'lower back', 'shoulder', or 'none'";
    case 'timezone': {
      const guess = guessTimezoneFromPhone(ctx.phone);
      return guess
        ? `Looks like you're on ${describeTimezone(guess)} - right? Reply YES or name your city/time zone`
        : "What time zone are you in? Name your city (e.g. 'Denver', 'London') or a zone like 'Eastern'";
    }
    case 'morning_time':
      return "What time should your daily workout text arrive? e.g. '6:30am' or '7am'";
    case 'race_event': {
      const choice = raceChoice(a);
      if (choice && a.race?.date === undefined) return `When is your ${raceLabel(choice)}? e.g. 'april 12' or '4/12'`;
      if (!choice && a.race?.date !== undefined) return `What distance is the race on ${formatDate(a.race.date)}? e.g. '5k', '10k', 'half' or 'marathon'`;
      return "Which race, and when? e.g. 'half marathon on april 12' or '10k oct 5'";
    }
    case 'race_goal_time': {
      const choice = raceChoice(a);
      const example = choice?.distance === '5k' ? "'sub 25' or '24:30'" : choice?.distance === '10k' ? "'sub 50' or '52:00'" : choice?.distance === 'marathon' ? "'sub 4' or '3:45:00'" : "'sub 2' or '1:55:00'";
      return `Goal time for the ${choice ? raceLabel(choice) : 'race'}? e.g. ${example}, or 'none' to just finish strong`;
    }
    case 'race_recent':
      return "A recent race result helps me set your paces, e.g. '22:30 5k' or '48:10 10k'. Or reply 'none'";
    case 'race_mileage':
      return mileageUnit(a) === 'mi'
        ? "How many miles a week are you running now? e.g. '25 mpw' (0 if none)"
        : "How many km a week are you running now? e.g. '40 km' (0 if none)";
    case 'confirm':
    case 'complete':
      return '';
  }
}

/** An answer applied: the new answers and an optional short acknowledgement for the reply. */
export interface Applied {
  answers: OnboardingAnswers;
  ack?: string;
  /** Part of the answer was kept but something is still wrong with it: stay on the step and say this. */
  reask?: string;
}

/**
 * Reads the client's answer to `step` and returns the updated answers, or the precise re-ask. Pure:
 * `ctx.now` and the phone number are the only outside inputs.
 */
export function applyAnswer(step: OnboardingStep, text: string, a: OnboardingAnswers, ctx: OnboardingContext): ParseResult<Applied> {
  const done = (answers: OnboardingAnswers, ack?: string): ParseResult<Applied> => ({ success: true, data: ack ? { answers, ack } : { answers } });
  const failed = (error: string): ParseResult<Applied> => ({ success: false, error });
  switch (step) {
    case 'name': {
      const r = parseName(text);
      return r.success ? done({ ...a, name: r.data }, `Nice to meet you, ${r.data}!`) : failed(r.error);
    }
    case 'goal': {
      const r = parseGoal(text);
      if (!r.success) return failed(r.error);
      const next: OnboardingAnswers = { ...a, goal: r.data.goal };
      if (r.data.race) next.race = { ...a.race, ...r.data.race };
      return done(next);
    }
    case 'experience': {
      const r = parseExperience(text);
      return r.success ? done({ ...a, trainingAge: r.data }) : failed(r.error);
    }
    case 'days': {
      const r = parseTrainingDays(text);
      if (!r.success) return failed(r.error);
      const next: OnboardingAnswers = { ...a, trainingDays: r.data.weekdays };
      // "mon wed fri, about an hour" answers the next question too.
      const minutes = findMinutes(text, false);
      if (minutes !== null && minutes >= 10 && minutes <= 240) next.sessionMinutes = minutes;
      return done(next, r.data.fromCount ? `I'll use ${formatWeekdays(r.data.weekdays)}.` : undefined);
    }
    case 'duration': {
      const r = parseSessionMinutes(text);
      return r.success ? done({ ...a, sessionMinutes: r.data }) : failed(r.error);
    }
    case 'equipment': {
      const r = parseEquipment(text);
      return r.success ? done({ ...a, equipment: r.data }) : failed(r.error);
    }
    case 'limitations': {
      const r = parseLimitations(text);
      return r.success ? done({ ...a, limitations: r.data }) : failed(r.error);
    }
    case 'timezone': {
      const guess = guessTimezoneFromPhone(ctx.phone);
      const named = parseTimezone(text);
      if (named.success) return done({ ...a, timezone: named.data }, `Got it, ${describeTimezone(named.data)}.`);
      if (isYes(text) && guess) return done({ ...a, timezone: guess });
      if (isNo(text)) return failed("OK - which city or time zone are you in? e.g. 'Denver', 'Chicago' or 'Europe/London'");
      return failed(named.error);
    }
    case 'morning_time': {
      const r = parseTimeOfDay(text);
      return r.success ? done({ ...a, morningTime: r.data }) : failed(r.error);
    }
    case 'race_event':
      return applyRaceEvent(text, a, ctx);
    case 'race_goal_time': {
      const choice = raceChoice(a);
      const r = parseGoalTime(text, choice ? raceDistanceKm(choice) : 0);
      return r.success ? done({ ...a, race: { ...a.race, goalTime: r.data } }) : failed(r.error);
    }
    case 'race_recent': {
      const r = parseRecentRace(text, raceChoice(a));
      return r.success ? done({ ...a, race: { ...a.race, recentRace: r.data } }) : failed(r.error);
    }
    case 'race_mileage': {
      const unit = mileageUnit(a);
      const r = parseWeeklyMileage(text, unit);
      if (!r.success) return failed(r.error);
      return done({ ...a, race: { ...a.race, weeklyMileage: convertDistance(r.data.value, r.data.unit, unit) } });
    }
    case 'confirm':
    case 'complete':
      return failed('');
  }
}

/** Checks a race date against today in the client's zone: not past, at least 4 weeks out, within 2 years. */
export function checkRaceDate(date: string, a: OnboardingAnswers, ctx: OnboardingContext): string | null {
  const today = localToday(ctx.now, workingTimezone(a, ctx));
  const days = daysBetween(today, date);
  if (days < 0) return `${formatDate(date)} has already passed - when is the race? e.g. 'april 12'`;
  if (days < MIN_WEEKS_TO_RACE * 7) {
    return `${formatDate(date)} is only ${days} day${days === 1 ? '' : 's'} away - I need at least ${MIN_WEEKS_TO_RACE} weeks to build a plan. Is there a later race? Send its date`;
  }
  if (days > MAX_DAYS_TO_RACE) return `${formatDate(date)} is over 2 years out - pick a race within the next 2 years`;
  return null;
}

function applyRaceEvent(text: string, a: OnboardingAnswers, ctx: OnboardingContext): ParseResult<Applied> {
  const r = parseRaceEvent(text, ctx.now, workingTimezone(a, ctx));
  if (!r.success) return { success: false, error: r.error };
  const race = { ...a.race };
  if (r.data.distance) {
    race.distance = r.data.distance.distance;
    if (r.data.distance.customDistanceKm !== undefined) race.customDistanceKm = r.data.distance.customDistanceKm;
    else delete race.customDistanceKm;
  }
  if (r.data.date) {
    const problem = checkRaceDate(r.data.date, a, ctx);
    // Keep the distance they gave; only the date is asked again.
    if (problem) {
      delete race.date;
      return { success: true, data: { answers: { ...a, race }, reask: problem } };
    }
    race.date = r.data.date;
  }
  const answers = { ...a, race };
  // A distance alone (or a date alone) is progress: the same step asks for the other half.
  return { success: true, data: { answers } };
}
