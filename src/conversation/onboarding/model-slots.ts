/**
 * Onboarding slots as the model read them (the "onboarding" part of the one understanding schema), checked
 * the way the rules' own readings are: closed sets, real zones and times, a race date inside the planning
 * window, weekdays 1..7. Whatever fails a check is dropped, never stored.
 */
import type { OnboardingSlots } from '../../agents/understand-text.js';
import type { IsoWeekday } from '../../engine/vocabulary.js';
import { parseName } from '../parse/name.js';
import { isValidTimezone } from '../parse/timezone.js';
import { defaultDaysForCount } from '../parse/weekdays.js';
import { needsRace } from './slots.js';
import { SLOTS, MIN_DAYS_TO_RACE, MAX_DAYS_TO_RACE, workingTimezone } from './slots.js';
import { localToday } from '../parse/dates.js';
import { daysBetween, parseIsoDate } from '../../engine/dates.js';
import type { OnboardingAnswers, OnboardingContext, SlotKey } from './types.js';

const HMS = /^\d{1,2}:[0-5]\d:[0-5]\d$/;

/** The answers the model's slots give, merged over `a`, and which slots they changed. */
export function answersFromModel(m: OnboardingSlots, a: OnboardingAnswers, ctx: OnboardingContext): { answers: OnboardingAnswers; changed: SlotKey[] } {
  const next: OnboardingAnswers = { ...a, race: { ...a.race } };
  const changed = new Set<SlotKey>();
  const set = (key: SlotKey, patch: OnboardingAnswers) => {
    Object.assign(next, patch);
    changed.add(key);
  };
  if (m.name) {
    const r = parseName(m.name);
    if (r.success) set('name', { name: r.data });
  }
  if (m.goal) set('goal', { goal: m.goal });
  if (m.trainingAge) set('experience', { trainingAge: m.trainingAge });
  const days = m.trainingDays?.filter((d) => d >= 1 && d <= 7) ?? [];
  if (days.length) set('days', { trainingDays: [...new Set(days)].sort((x, y) => x - y) as IsoWeekday[], ...(a.daysFromCount ? { daysFromCount: undefined } : {}) });
  else if (m.daysPerWeek && m.daysPerWeek >= 1 && m.daysPerWeek <= 7) set('days', { trainingDays: defaultDaysForCount(m.daysPerWeek, needsRace(m.goal ?? a.goal) ? 'run' : 'lift'), daysFromCount: m.daysPerWeek < 7 ? true : undefined });
  if (m.sessionMinutes && m.sessionMinutes >= 10 && m.sessionMinutes <= 240) set('duration', { sessionMinutes: m.sessionMinutes });
  if (m.equipment?.length || m.missingEquipment?.length) {
    const have = new Set(m.equipment?.length ? m.equipment : (a.equipment ?? []));
    for (const e of m.missingEquipment ?? []) have.delete(e);
    have.add('bodyweight');
    set('equipment', { equipment: [...have] });
  }
  // The model names library areas only: the client's own words from an earlier reading no longer apply.
  if (m.limitations) set('limitations', { limitations: m.limitations, limitationAreas: [] });
  if (m.timezone && isValidTimezone(m.timezone)) set('timezone', { timezone: m.timezone });
  if (m.morningTime && /^([01]\d|2[0-3]):[0-5]\d$/.test(m.morningTime)) set('morning_time', { morningTime: m.morningTime });
  if (m.raceDistance) {
    next.race = { ...next.race, distance: m.raceDistance };
    changed.add('race_event');
  }
  if (m.raceDate && parseIsoDate(m.raceDate).success) {
    const days = daysBetween(localToday(ctx.now, workingTimezone(a, ctx)), m.raceDate);
    if (days >= MIN_DAYS_TO_RACE && days <= MAX_DAYS_TO_RACE) {
      next.race = { ...next.race, date: m.raceDate };
      changed.add('race_event');
    }
  }
  if (m.goalTime && HMS.test(m.goalTime)) {
    next.race = { ...next.race, goalTime: m.goalTime };
    changed.add('race_goal_time');
  }
  if (m.recentRaceDistance && m.recentRaceTime && HMS.test(m.recentRaceTime)) {
    next.race = { ...next.race, recentRace: { distance: m.recentRaceDistance, time: m.recentRaceTime } };
    changed.add('race_recent');
  }
  if (m.weeklyMileage !== null && m.weeklyMileage >= 0 && m.weeklyMileage <= 200) {
    next.race = { ...next.race, weeklyMileage: m.weeklyMileage };
    changed.add('race_mileage');
  }
  if (next.race && Object.keys(next.race).length === 0) delete next.race;
  // Race slots only count for a race goal; a lifter's stray race words change nothing.
  const applies = (k: SlotKey) => SLOTS.find((s) => s.key === k)!.applies(next) || k === 'goal';
  return { answers: next, changed: [...changed].filter(applies) };
}
