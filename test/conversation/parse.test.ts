import { describe, expect, it } from 'vitest';
import { findWeekdays, parseTrainingDays, formatWeekdays } from '../../src/conversation/parse/weekdays.js';
import { findTimeOfDay, parseTimeOfDay, formatClock } from '../../src/conversation/parse/time-of-day.js';
import { parseSessionMinutes, formatHms } from '../../src/conversation/parse/duration.js';
import { dayInMonth, findDateRef, localToday, parseDate } from '../../src/conversation/parse/dates.js';
import { findRaceDistance, parseGoalTime, parseRaceEvent, parseRecentRace } from '../../src/conversation/parse/race.js';
import { convertDistance, parseWeeklyMileage } from '../../src/conversation/parse/mileage.js';
import { parseLifts } from '../../src/conversation/parse/lift-log.js';
import { parseRun } from '../../src/conversation/parse/run-log.js';
import { describeTimezone, findTimezone, isValidTimezone, parseTimezone } from '../../src/conversation/parse/timezone.js';
import { timezoneForPhone, unitsForPhone } from '../../src/channels/phone-region.js';
import { findEquipment, findLoadLimit, findMaxLoad, parseEquipment } from '../../src/conversation/parse/equipment.js';
import { parseLimitations } from '../../src/conversation/parse/limitations.js';
import { findBodyParts } from '../../src/conversation/parse/body.js';
import { parseGoal } from '../../src/conversation/parse/goal.js';
import { parseExperience } from '../../src/conversation/parse/experience.js';
import { parseName } from '../../src/conversation/parse/name.js';

/** 2026-11-12 is a Thursday. 15:00 UTC is 10:00 in New York. */
const THU_NOON_UTC = new Date('2026-11-12T15:00:00Z');

function data<T>(r: { success: true; data: T } | { success: false; error: string }): T {
  if (!r.success) throw new Error(`expected success, got error: ${r.error}`);
  return r.data;
}

describe('weekdays.parseTrainingDays', () => {
  it.each([
    ['mon wed fri', [1, 3, 5]],
    ['Monday, Wednesday and Friday', [1, 3, 5]],
    ['tue thu sat', [2, 4, 6]],
    ['m w f', [1, 3, 5]],
    ['mwf', [1, 3, 5]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['tuesday through thursday', [2, 3, 4]],
    ['fri-mon', [1, 5, 6, 7]],
    ['weekends', [6, 7]],
    ['every day', [1, 2, 3, 4, 5, 6, 7]],
  ])('when the days are named ("%s") it returns them Monday first', (text, days) => {
    expect(data(parseTrainingDays(text))).toEqual({ weekdays: days, fromCount: false });
  });

  it.each([
    ['3 days', [1, 3, 5]],
    ['three times a week', [1, 3, 5]],
    ['4x a week', [1, 2, 4, 5]],
    ['2 days per week', [1, 4]],
    ['5', [1, 2, 3, 4, 5]],
    // Said by when they train: the count of mornings is the count of days.
    ['could do like 3 mornings a week, maybe 30 min', [1, 3, 5]],
    ['two evenings per week', [1, 4]],
  ])('when only a count is given ("%s") it spreads the days out', (text, days) => {
    expect(data(parseTrainingDays(text))).toEqual({ weekdays: days, fromCount: true });
  });

  it('when the answer names no days it re-asks with the format', () => {
    const r = parseTrainingDays('whenever');
    expect(r).toEqual({ success: false, error: "I didn't catch the days - try 'mon wed fri' or '3 days'" });
  });

  it('when "we" or "f" appear inside a sentence they are not read as days', () => {
    expect(findWeekdays('we could do friday')).toEqual([5]);
  });

  it('when formatting it uses short names', () => {
    expect(formatWeekdays([1, 3, 5])).toBe('Mon, Wed, Fri');
  });
});

describe('time-of-day.parseTimeOfDay', () => {
  it.each([
    ['7am', '07:00'],
    ['7 am', '07:00'],
    ['6:30', '06:30'],
    ['6:30am', '06:30'],
    ['6.30 a.m.', '06:30'],
    ['630am', '06:30'],
    ['5:45 PM', '17:45'],
    ['18:00', '18:00'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['noon', '12:00'],
    ['7', '07:00'],
    ['around 6', '06:00'],
    ['7 in the morning', '07:00'],
    ['send it at 6:30', '06:30'],
    ['how about 5:30am please', '05:30'],
  ])('when the text is "%s" it reads %s', (text, time) => {
    expect(data(parseTimeOfDay(text))).toBe(time);
  });

  it.each([
    ['quarter to six', '05:45'],
    ['a quarter past seven', '07:15'],
    ['half past 5', '05:30'],
    ['ten to 6', '05:50'],
    ['six thirty', '06:30'],
    ['five forty-five am', '05:45'],
    ['around 7ish', '07:00'],
    ['before work at 6:15', '06:15'],
    ['seven oclock', '07:00'],
    ['at six please', '06:00'],
  ])('when the time is said in words, "%s", it reads %s', (text, time) => {
    expect(data(parseTimeOfDay(text))).toBe(time);
  });

  it.each(['3x5', '45 min', '25 mpw', 'the 14th', 'ran 6 miles', 'i train six days', 'bench 135 8', 'squat 3 sets of five', 'did five thirty second planks'])('when "%s" holds no time of day it finds none', (text) => {
    expect(findTimeOfDay(text)).toBeNull();
  });

  it('when there is no time it re-asks with examples', () => {
    expect(parseTimeOfDay('early')).toEqual({ success: false, error: "I didn't catch the time - try '6:30am' or '7am'" });
  });

  it('when formatting 24-hour times it shows am/pm', () => {
    expect([formatClock('06:30'), formatClock('00:05'), formatClock('12:00'), formatClock('18:15')]).toEqual(['6:30am', '12:05am', '12:00pm', '6:15pm']);
  });
});

describe('duration.parseSessionMinutes', () => {
  it.each([
    ['about 45 min', 45],
    ['45 minutes', 45],
    ['45', 45],
    ['an hour', 60],
    ['1 hour', 60],
    ['1.5 hours', 90],
    ['an hour and a half', 90],
    ['1h30', 90],
    ['half an hour', 30],
    // Middle of 60 and 75 is 67.5, to the nearest 5 is 70 (Math.round(13.5) = 14 → 70).
    ['60-75 min', 70],
    ['60ish min', 60],
    ['45-ish minutes', 45],
    ['an hour-ish', 60],
    ['60ish', 60],
  ])('when the answer is "%s" it is %i minutes', (text, minutes) => {
    expect(data(parseSessionMinutes(text))).toBe(minutes);
  });

  it('when the session is under 10 minutes it says the allowed range', () => {
    const r = parseSessionMinutes('5 min');
    expect(r.success).toBe(false);
  });

  it('when formatting seconds it writes h:mm:ss', () => {
    expect(formatHms(6310)).toBe('1:45:10');
  });
});

describe('dates.findDateRef', () => {
  const ny = 'America/New_York';
  it.each([
    ['today', '2026-11-12'],
    ['tomorrow', '2026-11-13'],
    ['yesterday', '2026-11-11'],
    ['thursday', '2026-11-12'],
    ['friday', '2026-11-13'],
    ['monday', '2026-11-16'],
    ['next thursday', '2026-11-19'],
    ['the 14th', '2026-11-14'],
    ['april 12', '2027-04-12'],
    ['12 april', '2027-04-12'],
    ['4/12', '2027-04-12'],
    ['11/20', '2026-11-20'],
    ['april 12 2028', '2028-04-12'],
    ['2027-03-01', '2027-03-01'],
    ['in 3 weeks', '2026-12-03'],
    // A month said alone, then its day with only a hedge between: that day in that month.
    ['april, maybe the 18th', '2027-04-18'],
    ['june - i think the 7th', '2027-06-07'],
    ['in april (april 18?)', '2027-04-18'],
  ])('when the text is "%s" on Thu 2026-11-12 it is %s', (text, date) => {
    expect(findDateRef(text, THU_NOON_UTC, ny)).toEqual({ kind: 'date', date });
  });

  it('when "the 12th" is already past this month it rolls to next month', () => {
    // Today is the 12th in New York, so "the 11th" is gone: December 11.
    expect(findDateRef('the 11th', THU_NOON_UTC, ny)).toEqual({ kind: 'date', date: '2026-12-11' });
  });

  it('when "the 31st" is asked in a month without one it takes the next month that has it', () => {
    const nov20 = new Date('2026-11-20T15:00:00Z');
    expect(findDateRef('the 31st', nov20, ny)).toEqual({ kind: 'date', date: '2026-12-31' });
  });

  it('when it is 23:30 in Los Angeles (already tomorrow in UTC) "today" is still the LA date', () => {
    const lateLa = new Date('2026-11-13T07:30:00Z'); // 23:30 on Nov 12 in LA (UTC-8)
    expect(localToday(lateLa, 'UTC')).toBe('2026-11-13');
    expect(findDateRef('today', lateLa, 'America/Los_Angeles')).toEqual({ kind: 'date', date: '2026-11-12' });
    expect(findDateRef('tomorrow', lateLa, 'America/Los_Angeles')).toEqual({ kind: 'date', date: '2026-11-13' });
  });

  it('when the client is in Tokyo the same instant is already the next day', () => {
    expect(findDateRef('today', THU_NOON_UTC, 'Asia/Tokyo')).toEqual({ kind: 'date', date: '2026-11-13' });
  });

  it('when the text says this week or next week it returns Monday to Sunday', () => {
    expect(findDateRef('this week', THU_NOON_UTC, ny)).toEqual({ kind: 'range', from: '2026-11-09', to: '2026-11-15', label: 'this_week' });
    expect(findDateRef('next week', THU_NOON_UTC, ny)).toEqual({ kind: 'range', from: '2026-11-16', to: '2026-11-22', label: 'next_week' });
  });

  it('when a month-day passed recently and a past window is allowed it stays in the past', () => {
    expect(findDateRef('nov 1', THU_NOON_UTC, ny, { recentPastDays: 60 })).toEqual({ kind: 'date', date: '2026-11-01' });
    expect(findDateRef('nov 1', THU_NOON_UTC, ny)).toEqual({ kind: 'date', date: '2027-11-01' });
  });

  it('when no date is named parseDate re-asks', () => {
    expect(parseDate('soon', THU_NOON_UTC, ny).success).toBe(false);
  });
});

describe('race.parseRaceEvent', () => {
  const ny = 'America/New_York';
  it('when distance and date are given both are read', () => {
    expect(data(parseRaceEvent('half marathon on april 12', THU_NOON_UTC, ny))).toMatchObject({ distance: { distance: 'half' }, date: '2027-04-12' });
  });
  it('when the distance is "10k" it is not mistaken for a date', () => {
    expect(data(parseRaceEvent('10k may 5', THU_NOON_UTC, ny))).toMatchObject({ distance: { distance: '10k' }, date: '2027-05-05' });
  });
  it('when the month-day passed without a year it is next year\'s race', () => {
    // Oct 5 was 38 days before Nov 12: a race being trained for is ahead, so it is Oct 5, 2027.
    expect(data(parseRaceEvent('10k oct 5', THU_NOON_UTC, ny))).toMatchObject({ distance: { distance: '10k' }, date: '2027-10-05' });
  });
  it('when a month is named without a day the month is kept and no date is made up', () => {
    // Said on Nov 12, 2026: "next october" and "in october" are October 2027, not Oct 1.
    expect(data(parseRaceEvent('marathon next october', THU_NOON_UTC, ny))).toMatchObject({ distance: { distance: 'marathon' }, date: null, month: { year: 2027, month: 10 } });
    expect(data(parseRaceEvent('in march', THU_NOON_UTC, ny))).toMatchObject({ date: null, month: { year: 2027, month: 3 } });
    expect(data(parseRaceEvent('half in october 2028', THU_NOON_UTC, ny))).toMatchObject({ date: null, month: { year: 2028, month: 10 } });
  });
  it('when a weekday of a month is named it is the next such day', () => {
    // April 2027 starts on a Thursday: Sundays are the 4th, 11th… so the second is Apr 11.
    expect(data(parseRaceEvent('half on the 2nd sunday in april', THU_NOON_UTC, ny))).toMatchObject({ distance: { distance: 'half' }, date: '2027-04-11' });
  });
  it('when a well-known race is named its distance is read and the race is known', () => {
    const r = data(parseRaceEvent('training for the chicago marathon', THU_NOON_UTC, ny));
    expect(r).toMatchObject({ distance: { distance: 'marathon' }, date: null });
    expect(r.known?.id).toBe('chicago');
  });
  it('when only a date is given the distance is null', () => {
    expect(data(parseRaceEvent('march 15', THU_NOON_UTC, ny))).toMatchObject({ distance: null, date: '2027-03-15' });
  });
  it.each([
    ['5k', { distance: '5k' }],
    ['full marathon', { distance: 'marathon' }],
    ['13.1', { distance: 'half' }],
    ['15k', { distance: 'custom', customDistanceKm: 15 }],
    // 10 miles = 16.09 km.
    ['10 miler', { distance: 'custom', customDistanceKm: 16.09 }],
    // Track distances: a mile is 1.61 km, 2 miles 3.22 km.
    ['my mile is 5:15', { distance: 'custom', customDistanceKm: 1.61 }],
    ['goal sub 5 mile', { distance: 'custom', customDistanceKm: 1.61 }],
    ['1500 pb is 4:52', { distance: 'custom', customDistanceKm: 1.5 }],
    ['ran the 3000m in 10:40', { distance: 'custom', customDistanceKm: 3 }],
    // Races counted: the plural names the distance.
    ['ive done 2 halfs', { distance: 'half' }],
    ['ran a few 10ks', { distance: '10k' }],
    ['three marathons so far', { distance: 'marathon' }],
  ])('when the race is "%s" the distance is read', (text, choice) => {
    expect(findRaceDistance(text)).toEqual(choice);
  });
  it.each(['8:30 per mile', '9 min mile', '7:00 a mile', 'mile repeats', '1500 calories'])('when "%s" names a pace or a session, not a race, no distance is read', (text) => {
    expect(findRaceDistance(text)).toBeNull();
  });
});

describe('race.parseGoalTime', () => {
  it.each([
    ['1:55:00', 21.0975, '1:55:00'],
    // "1:50" as m:ss would be 110 s for a half (5 s/km): impossible, so it is 1 h 50.
    ['1:50', 21.0975, '1:50:00'],
    ['sub 2', 21.0975, '2:00:00'],
    ['sub 25', 5, '0:25:00'],
    ['24:30', 5, '0:24:30'],
    ['3:45', 42.195, '3:45:00'],
    ['under 50 min', 10, '0:50:00'],
  ])('when the goal is "%s" for %f km it is %s', (text, km, hms) => {
    expect(data(parseGoalTime(text, km))).toBe(hms);
  });
  it.each([
    'none',
    'just finish',
    'no goal',
    'none, just want to run it strong',
    'nah - just wanna enjoy it',
    "no real time goal, it's my first one",
    'not chasing a time this year',
    "honestly don't care about the time",
    'just hoping to finish, did 2:05 last fall',
  ])('when the client has no goal ("%s") it is null', (text) => {
    expect(data(parseGoalTime(text, 21.0975))).toBeNull();
  });
  it('when the time is impossible for the distance it re-asks', () => {
    // 59 minutes for a marathon is 84 s/km, faster than any human.
    expect(parseGoalTime('0:59:00', 42.195).success).toBe(false);
    // "5:00" for a marathon cannot be 5 minutes, so it is 5 hours.
    expect(parseGoalTime('5:00', 42.195)).toEqual({ success: true, data: '5:00:00' });
  });
});

describe('race.parseRecentRace', () => {
  it('when the result is "22:30 5k" it reads distance and time', () => {
    expect(data(parseRecentRace('22:30 5k', null))).toEqual({ distance: '5k', time: '0:22:30' });
  });
  it('when the distance comes first it still reads', () => {
    expect(data(parseRecentRace('10k in 48:10', null))).toEqual({ distance: '10k', time: '0:48:10' });
  });
  it('when no distance is named it assumes the goal race', () => {
    expect(data(parseRecentRace('1:52:30', { distance: 'half' }))).toEqual({ distance: 'half', time: '1:52:30' });
  });
  it('when two track results are given each time stays with its own distance', () => {
    expect(data(parseRecentRace('1500 pb is 4:52 and my mile is 5:15', null))).toEqual({ distance: 'custom', customDistanceKm: 1.5, time: '0:04:52' });
    expect(data(parseRecentRace('my mile is 5:15', null))).toEqual({ distance: 'custom', customDistanceKm: 1.61, time: '0:05:15' });
  });
  it('when the client has none it is null', () => {
    expect(data(parseRecentRace('none', null))).toBeNull();
  });
});

describe('mileage.parseWeeklyMileage', () => {
  it.each([
    ['25 mpw', 'mi', { value: 25, unit: 'mi' }],
    ['25 miles a week', 'km', { value: 25, unit: 'mi' }],
    ['about 20-25', 'mi', { value: 22.5, unit: 'mi' }],
    ['40 km/week', 'mi', { value: 40, unit: 'km' }],
    ['30', 'km', { value: 30, unit: 'km' }],
    ['none', 'mi', { value: 0, unit: 'mi' }],
  ] as const)('when the answer is "%s" it reads the volume', (text, unit, expected) => {
    expect(data(parseWeeklyMileage(text, unit))).toEqual(expected);
  });
  it('when converting 40 km to miles it is 24.9', () => {
    expect(convertDistance(40, 'km', 'mi')).toBe(24.9);
  });
});

describe('lift-log.parseLifts', () => {
  const groups = (text: string) => parseLifts(text).map((l) => [l.exerciseId, l.groups.map((g) => [g.sets, g.reps, g.load, g.unit, g.rpe, g.rir])]);
  it.each([
    ['squat 3x5 at 225, felt like RPE 9', [['back_squat', [[3, 5, 225, null, 9, null]]]]],
    ['bench 185 for 5 @8', [['bench_press', [[1, 5, 185, null, 8, null]]]]],
    // The last set of a rep list at a sentence's end ("6,6,5.") is kept, not dropped with the full stop.
    ['did bench today 185 for 6,6,5. shoulder felt a bit pinchy on the last set', [['bench_press', [[2, 6, 185, null, null, null], [1, 5, 185, null, null, null]]]]],
    // One load, each set's reps: "315 for 5, 5, 4" is three sets, not one set of 5.
    ['deadlift 315 for 5, 5, 4', [['deadlift', [[2, 5, 315, null, null, null], [1, 4, 315, null, null, null]]]]],
    ['squat 100kg for 5/5/4', [['back_squat', [[2, 5, 100, 'kg', null, null], [1, 4, 100, 'kg', null, null]]]]],
    ['deadlift 5x3x140kg rir 2', [['deadlift', [[5, 3, 140, 'kg', null, 2]]]]],
    ['ohp 95x8', [['overhead_press', [[1, 8, 95, null, null, null]]]]],
    ['romanian deadlift 3x10 @ 135 lbs', [['romanian_deadlift', [[3, 10, 135, 'lb', null, null]]]]],
    ['3 sets of 8 rows at 60 kg', [['barbell_row', [[3, 8, 60, 'kg', null, null]]]]],
    ['pull-ups 4x8', [['pull_up', [[4, 8, null, null, null, null]]]]],
    ['squat 4x6 @ 100kg, 2 in the tank', [['back_squat', [[4, 6, 100, 'kg', null, 2]]]]],
    // Two lifts in one text, and several sets of one lift.
    ['squat 3x8 245 rpe 8, rdl 2x10 225', [['back_squat', [[3, 8, 245, null, 8, null]]], ['romanian_deadlift', [[2, 10, 225, null, null, null]]]]],
    ['squat 225x5, 235x5, 245x3', [['back_squat', [[1, 5, 225, null, null, null], [1, 5, 235, null, null, null], [1, 3, 245, null, null, null]]]]],
    ['225x5x3 squat', [['back_squat', [[3, 5, 225, null, null, null]]]]],
    ['sqaut 3x5 225', [['back_squat', [[3, 5, 225, null, null, null]]]]],
    // A load per set written in a row: one set each, equal neighbours merged, the effort on the last.
    ['bench 5x5 185 185 190 190 195 last one was grindy', [['bench_press', [[2, 5, 185, null, null, null], [2, 5, 190, null, null, null], [1, 5, 195, null, null, 0]]]]],
    ['squat 3x5 225 235 245', [['back_squat', [[1, 5, 225, null, null, null], [1, 5, 235, null, null, null], [1, 5, 245, null, null, null]]]]],
    // A load that ends a sentence ("230kg.") is still a load.
    ['squat 200kg, bench 130kg, deadlift 230kg. train mon tue thu fri', [['back_squat', [[1, null, 200, 'kg', null, null]]], ['bench_press', [[1, null, 130, 'kg', null, null]]], ['deadlift', [[1, null, 230, 'kg', null, null]]]]],
    // A load alone said before the lift it was on.
    ['worked up to 225 on squat', [['back_squat', [[1, null, 225, null, null, null]]]]],
    // A lifter's count words are reps, read by the log itself (no texting shorthand needed), and back-off sets
    // after "then" stay with their lift; each piece keeps its own effort, a unit written once counts for all.
    ['deadlift 150 for a single', [['deadlift', [[1, 1, 150, null, null, null]]]]],
    ['squat top single at 180 then 3x3 @ 160', [['back_squat', [[1, 1, 180, null, null, null], [3, 3, 160, null, null, null]]]]],
    ['deadlift 205 for a single @ rpe 8, then 3x3 at 185kg', [['deadlift', [[1, 1, 205, 'kg', 8, null], [3, 3, 185, 'kg', null, null]]]]],
    ['bench 3 doubles at 100kg', [['bench_press', [[3, 2, 100, 'kg', null, null]]]]],
    ['squat 180kg double then 2x3 at 160', [['back_squat', [[1, 2, 180, 'kg', null, null], [2, 3, 160, 'kg', null, null]]]]],
    ['single leg rdl 3x10 at 20', [['single_leg_rdl', [[3, 10, 20, null, null, null]]]]],
    ['bench 185 for 5 then ran 3 miles', [['bench_press', [[1, 5, 185, null, null, null]]]]],
    // Reps in words: "a few" is about 3, "a couple" 2.
    ['squat maybe 185 for a few?', [['back_squat', [[1, 3, 185, null, null, null]]]]],
    ['deadlift 315 for a couple reps', [['deadlift', [[1, 2, 315, null, null, null]]]]],
    ['bench 135 for five', [['bench_press', [[1, 5, 135, null, null, null]]]]],
    // A lift said as the verb: "benched" is the bench press, not the two-letters-away bench dip; "ez" is easy.
    ['benched 60kg 4x8 ez', [['bench_press', [[4, 8, 60, 'kg', null, 4]]]]],
  ])('when the log is "%s" every lift and set is read as written', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
  it('when a lift is named without numbers it is not a log', () => {
    expect(parseLifts('did squats')).toEqual([]);
    expect(parseLifts('legs are dead')).toEqual([]);
  });
});

describe('dates.dayInMonth', () => {
  const march = { year: 2027, month: 3 };
  it('when the whole answer is a day it is that day of the month', () => {
    expect(dayInMonth('the 10th', march)).toBe('2027-03-10');
    expect(dayInMonth('mar 10', march)).toBe('2027-03-10');
    expect(dayInMonth('oct 10', march)).toBeNull();
  });
  it('when a sentence names an ordinal day and no month it is that day of the month', () => {
    expect(dayInMonth('race got moved to the 15th', march, 'sentence')).toBe('2027-03-15');
    expect(dayInMonth('race got moved to april 15th', march, 'sentence')).toBeNull();
    expect(dayInMonth('race is 4/15', march, 'sentence')).toBeNull();
    expect(dayInMonth('race got moved to the 31st', { year: 2027, month: 4 }, 'sentence')).toBeNull();
  });
});

describe('run-log.parseRun', () => {
  it('when the run is "ran 6 at 8:40" the duration is 6 x 520 s = 3120 s', () => {
    expect(parseRun('ran 6 at 8:40')).toMatchObject({ distance: 6, unit: null, pace: '8:40', durationSec: 3120 });
  });
  it('when the run is "ran 5k in 24:10" the pace is 1450 s / 5 = 4:50 per km', () => {
    expect(parseRun('ran 5k in 24:10')).toMatchObject({ distance: 5, unit: 'km', pace: '4:50', durationSec: 1450 });
  });
  it('when the run is "ran 10 km in 55 min" the pace is 5:30', () => {
    expect(parseRun('ran 10 km in 55 min')).toMatchObject({ distance: 10, unit: 'km', pace: '5:30', durationSec: 3300 });
  });
  it('when only time is given there is no distance', () => {
    expect(parseRun('ran 45 minutes')).toMatchObject({ distance: null, unit: null, pace: null, durationSec: 2700 });
  });
  it('when there is no "ran" a distance with a pace, a unit or an effort word is still a run', () => {
    expect(parseRun('6.4 at 8:40 today')).toMatchObject({ distance: 6.4, pace: '8:40' });
    expect(parseRun('5k in 27:30')).toMatchObject({ distance: 5, unit: 'km', pace: '5:30' });
    expect(parseRun('45 min easy')).toMatchObject({ durationSec: 2700, kind: 'easy' });
  });
  it('when a watch summary is pasted the bare clock is the run\'s time, and the pace comes from it', () => {
    // 52:14 over 10.02 km: 3134 s / 10.02 = 312.8 s, a 5:13 pace (not 5:13 x 10.02 = 52:16).
    expect(parseRun('Morning Run 10.02 km 52:14 5:13 /km avg HR 148')).toMatchObject({ distance: 10.02, unit: 'km', durationSec: 3134, pace: '5:13' });
    expect(parseRun('Morning Run 10.02 km 52:14 avg HR 148')).toMatchObject({ distance: 10.02, unit: 'km', durationSec: 3134, pace: '5:13' });
    expect(parseRun('Long Run 14.1 mi 2:05:30 avg pace 8:54/mi')).toMatchObject({ distance: 14.1, unit: 'mi', durationSec: 7530, pace: '8:54' });
  });
  it('when a bare clock would be a record pace over the distance it is the pace', () => {
    // 9:30 for 3 miles is 3:10 a mile: the 9:30 is the pace.
    expect(parseRun('ran 3 9:30')).toMatchObject({ distance: 3, pace: '9:30', durationSec: 1710 });
    expect(parseRun('ran 3 miles 7:30 pm')).toMatchObject({ distance: 3, pace: null, durationSec: null });
  });
  it('when the pace is thumb-typed ("8;40", "@8.40", "8:40s") it is still the pace', () => {
    for (const t of ['ran 6mi @ 8;40', '6 mi @8.40', '6mi 8:40s', 'ran 6 miles at 8.40 pace']) expect(parseRun(t), t).toMatchObject({ distance: 6, pace: '8:40', durationSec: 3120 });
    // A dotted number followed by a unit is a distance, not a pace.
    expect(parseRun('ran 3 @ 10.25 km')?.pace ?? null).toBeNull();
  });
  it('when a race time comes with no distance ("race went great! 1:52:14") it is a race of that time; a short clock is h:mm', () => {
    expect(parseRun('race went great! 1:52:14')).toMatchObject({ distance: null, durationSec: 6734, kind: 'race' });
    expect(parseRun('new PR!! 1:52')).toMatchObject({ distance: null, durationSec: 6720, kind: 'race' });
    expect(parseRun('chip time 48:30')).toMatchObject({ durationSec: 2910, kind: 'race' });
  });
  it('when a clock after a distance makes no pace as m:ss ("13.1 in 1:52") it is hours and minutes', () => {
    expect(parseRun('13.1 in 1:52')).toMatchObject({ distance: 13.1, durationSec: 6720, pace: '8:33' });
    expect(parseRun('26.2 in 4:05')).toMatchObject({ distance: 26.2, durationSec: 14700 });
  });
  it('when they walked part of it the run says so', () => {
    expect(parseRun('had to walk a lot')).toMatchObject({ walked: true, distance: null });
  });
  it('when nothing is a run it is null', () => {
    expect(parseRun('slept 4 hours')).toBeNull();
    expect(parseRun('bench 185 for 5')).toBeNull();
    expect(parseRun('send it at 6:30')).toBeNull();
  });
});

describe('timezone.findTimezone', () => {
  it.each([
    ['Denver', 'America/Denver'],
    ['I moved to Denver', 'America/Denver'],
    ['tz Europe/London', 'Europe/London'],
    ['europe/london', 'Europe/London'],
    ['Eastern', 'America/New_York'],
    ['pacific time', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'],
    ['CT', 'America/Chicago'],
    ['new york', 'America/New_York'],
    ['salt lake city', 'America/Denver'],
    ['Phoenix', 'America/Phoenix'],
    ['London', 'Europe/London'],
    ['sydney', 'Australia/Sydney'],
    ['UTC', 'UTC'],
  ])('when the text is "%s" it is %s', (text, zone) => {
    expect(findTimezone(text)).toBe(zone);
  });
  it('when "pt" is inside a sentence it is not a zone', () => {
    expect(findTimezone('I had pt today')).toBeNull();
  });
  it('when the answer is a city one typo off ("DENVR", "chicgo") it is that city, never a word inside a sentence', () => {
    expect(parseTimezone('DENVR')).toEqual({ success: true, data: 'America/Denver' });
    expect(parseTimezone('chicgo')).toEqual({ success: true, data: 'America/Chicago' });
    expect(parseTimezone('hello').success).toBe(false);
    expect(findTimezone('went to denvr last week')).toBeNull();
  });
  it('when the zone is made up it re-asks', () => {
    expect(parseTimezone('Mars/Olympus').success).toBe(false);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
  });
  it('when describing a US zone it names it plainly', () => {
    expect(describeTimezone('America/New_York')).toBe('Eastern time (America/New_York)');
  });
});

describe('phone-region.timezoneForPhone', () => {
  it.each([
    ['+12125550123', 'America/New_York'],
    ['+13125550123', 'America/Chicago'],
    ['+13035550123', 'America/Denver'],
    ['+16025550123', 'America/Phoenix'],
    ['+14155550123', 'America/Los_Angeles'],
    ['+19075550123', 'America/Anchorage'],
    ['+18085550123', 'Pacific/Honolulu'],
    ['+14165550123', 'America/Toronto'],
    ['+16045550123', 'America/Vancouver'],
    ['+442071234567', 'Europe/London'],
    ['+33142685300', 'Europe/Paris'],
    ['+5511987654321', 'America/Sao_Paulo'],
    ['+61212345678', 'Australia/Sydney'],
  ])('when the phone is %s the guess is %s', async (phone, zone) => {
    expect(await timezoneForPhone(phone)).toBe(zone);
  });
  it('when a number spans clocks (Idaho 208: Mountain and Pacific) there is no guess and onboarding asks', async () => {
    expect(await timezoneForPhone('+12085550123')).toBeNull();
  });
  it('when the number is American the units are imperial, Canadian or elsewhere metric', () => {
    expect(unitsForPhone('+14155550123')).toBe('imperial');
    expect(unitsForPhone('+14165550123')).toBe('metric');
    expect(unitsForPhone('+447911123456')).toBe('metric');
  });
});

describe('equipment.parseEquipment', () => {
  it('when a gym is named with what is mostly used ("the YMCA, mostly machines and some dumbbells") that is the kit, with the gym\'s benches', () => {
    expect(parseEquipment('I belong to the YMCA, mostly machines and some dumbbells')).toEqual({ success: true, data: ['bench', 'dumbbell', 'machine', 'bodyweight'] });
    expect(parseEquipment('commercial gym, i mostly use machines and cables')).toEqual({ success: true, data: ['cable', 'machine', 'bodyweight'] });
  });
  it.each([
    ['full gym', ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight']],
    ['home gym', ['barbell', 'rack', 'bench', 'dumbbell', 'pullup_bar', 'bands', 'bodyweight']],
    ['dumbbells only', ['bench', 'dumbbell', 'bodyweight']],
    ['hotel gym', ['bench', 'dumbbell', 'bodyweight']],
    ['just bodyweight', ['bodyweight']],
    ["i dont have any equipment, just my bodyweight at home", ['bodyweight']],
    ['bodyweight and a resistance band', ['bands', 'bodyweight']],
    ['home gym with kettlebells', ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'pullup_bar', 'bands', 'bodyweight']],
    ['kettlebells and bands', ['kettlebell', 'bands', 'bodyweight']],
    // Machines, cables, benches and dumbbells; no free barbell, rack, kettlebells or pull-up bar.
    ['planet fitness', ['bench', 'dumbbell', 'cable', 'machine', 'bodyweight']],
    // An "or" list after "no" is all missing: neither a barbell nor a rack.
    ['my gym has dumbbells cables and machines but no barbell or squat rack', ['bench', 'dumbbell', 'cable', 'machine', 'bodyweight']],
    ['dumbbells, no barbell and a rack', ['rack', 'dumbbell', 'bodyweight']],
    // What a client names is the kit: "only" items are all of it, and a home gym gets no bench it did not list.
    ['im in a hotel thurs-sat next week, only dumbells up to 50 and a cable stack', ['dumbbell', 'cable', 'bodyweight']],
    ['home gym: dumbbells up to 50 lb and a cable machine', ['dumbbell', 'cable', 'bodyweight']],
    ['just a pair of 25 lb dumbbells and bands', ['dumbbell', 'bands', 'bodyweight']],
    ['kettlebell 16kg and a pull-up bar', ['kettlebell', 'pullup_bar', 'bodyweight']],
    ['garage gym: rack, barbell, plates, no bench', ['barbell', 'rack', 'bodyweight']],
  ])('when the answer is "%s" it lists the equipment', (text, items) => {
    expect(data(parseEquipment(text))).toEqual(items);
  });
  it.each(['want to get my squat bench and dead up', 'cranky on wide grip bench', 'close grip bench hurts my elbow', 'squat, bench, deadlift', 'bench and ohp are weak'])('when "%s" names the bench beside other lifts or by its grip it is the lift, not kit', (text) => {
    expect(findEquipment(text)).toBeNull();
  });
  it.each(['bench maybe 95, squat 135', 'bench around 100kg', 'bench press 95', 'bench like 2 plates', 'i can bodyweight bench', 'bench 1.5x bodyweight', 'squat my bodyweight'])('when "%s" gives the bench (or squat) a load, it is the lift, not a bench or bodyweight-only kit', (text) => {
    expect(findEquipment(text)).toBeNull();
  });
  it.each([
    ['i do bodyweight stuff and have a bench', ['bench', 'bodyweight']],
    ['bodyweight squats and pushups at home', ['bodyweight']],
    ['a bench and 2 dumbbells', ['bench', 'dumbbell', 'bodyweight']],
  ])('when "%s" names a bench or bodyweight as kit, it is still kit', (text, items) => {
    expect(findEquipment(text)).toEqual(items);
  });
  it('when the leg press is listed beside a bench both are kit', () => {
    expect(findEquipment('dumbbells, cables, leg press and bench')).toEqual(['bench', 'dumbbell', 'cable', 'machine', 'bodyweight']);
  });
  it('when the answer names nothing it re-asks with the presets', () => {
    expect(parseEquipment('outside').success).toBe(false);
  });
  it.each([
    ['only dumbells up to 50 and a cable stack', 'dumbbell', { load: 50, unit: 'lb' }],
    ['just a pair of 25 lb dumbbells and bands', 'dumbbell', { load: 25, unit: 'lb' }],
    ['dumbbells 5-50 lb and a bench', 'dumbbell', { load: 50, unit: 'lb' }],
    ['a pair of 35s', 'dumbbell', { load: 35, unit: 'lb' }],
    ['2 dumbbells and a bench', 'dumbbell', null],
    ['kettlebell 16kg and a pull-up bar', 'kettlebell', { load: 16, unit: 'kg' }],
    ['rack and barbell, plus a 24kg kettlebell', 'kettlebell', { load: 24, unit: 'kg' }],
  ] as const)('when the answer is "%s" the heaviest %s is %j', (text, implement, max) => {
    const found = findMaxLoad(text, implement, 'lb');
    expect(found && { load: found.load, unit: found.unit }).toEqual(max);
  });
  it.each([
    ['kettlebells 15, 25 and 35', 'kettlebell', [15, 25, 35]],
    ['I only have kettlebells at home, 15, 25 and 35 lb. 3 days', 'kettlebell', [15, 25, 35]],
    ['kettlebells and dumbbells, 3, 4 or 5 days a week', 'kettlebell', undefined],
    ['I have 16 and 24 kg kettlebells', 'kettlebell', [16, 24]],
    ['dumbbells 10, 20, 30 lbs', 'dumbbell', [10, 20, 30]],
    ['dumbbells 5-50 lb and a bench', 'dumbbell', [5, 10, 15, 20, 25, 30, 35, 40, 45, 50]],
    ['adjustable dumbbells 5-52.5', 'dumbbell', [5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40, 42.5, 45, 47.5, 50, 52.5]],
    ['rack and barbell, plus a 24kg kettlebell', 'kettlebell', [24]],
    ['only dumbells up to 50 and a cable stack', 'dumbbell', undefined],
    ['dumbbells 3x10', 'dumbbell', undefined],
    // A pair of each said by its weight with an "s".
    ['i have some dumbbells at home (10s and 20s) and a yoga mat', 'dumbbell', [10, 20]],
    ['dumbbells: 5s, 10s, 15s', 'dumbbell', [5, 10, 15]],
  ] as const)('when the answer is "%s" the %s weights owned are %j', (text, implement, owned) => {
    expect(findMaxLoad(text, implement, 'lb')?.owned).toEqual(owned);
  });
});

describe('equipment.findLoadLimit', () => {
  it.each([
    ['doctor said no lifting over 20 lb for now', { load: 20, unit: 'lb' }],
    ["can't lift more than 10 kg for now", { load: 10, unit: 'kg' }],
    ['nothing heavier than 15 lbs', { load: 15, unit: 'lb' }],
    ['my doc says i shouldnt lift anything over 20 pounds', { load: 20, unit: 'lb' }],
    ['OB said nothing over 20 lbs until 6 weeks', { load: 20, unit: 'lb' }],
    ['lifting restriction of 25 pounds', { load: 25, unit: 'lb' }],
    ['im limited to lifting 10 lb', { load: 10, unit: 'lb' }],
    ['no heavy lifting over 15', { load: 15, unit: 'lb' }],
  ] as const)('when the text is "%s" the limit is %j', (text, limit) => {
    expect(findLoadLimit(text, 'lb')).toEqual(limit);
  });
  it.each(['bench over 200 felt easy', 'no runs over 5 miles', 'dumbbells up to 50', 'squat 3x5 225', 'not over 5 min rest'])('when the text is "%s" there is no limit', (text) => {
    expect(findLoadLimit(text, 'lb')).toBeNull();
  });
});

describe('limitations.parseLimitations', () => {
  it.each([
    ['none', []],
    ['no', []],
    ['nope, all good', []],
    ['no injuries', []],
    // "skip" at an optional-feeling question is "nothing to report", not a body part to name.
    ['skip', []],
    ['pass', []],
    ['bad knee', ['knee']],
    ['lower back', ['lower_back']],
    ['shoulder impingement', ['shoulder']],
    ['knee and lower back', ['knee', 'lower_back']],
    ['achilles tendinitis', ['ankle']],
    // Only overhead work is spared: the bench press stays (issue 13).
    ['my shoulder is cranky on overhead stuff', ['overhead']],
    ['overhead pressing bugs my shoulder, and a bad knee', ['knee', 'overhead']],
    // A "no" with a "but": what comes after is the limitation.
    ['no injuries but my hips get stiff', ['hip']],
    ['nothing major, just a cranky left knee', ['knee']],
    ['none really except my lower back acts up sometimes', ['lower_back']],
  ])('when the answer is "%s" it is %j', (text, lims) => {
    expect(data(parseLimitations(text))).toEqual(lims);
  });
  it('when the area is unknown it asks which area', () => {
    expect(parseLimitations('asthma').success).toBe(false);
  });
  it('when body parts are named each is found once, from the closed set', () => {
    expect(findBodyParts('my knees hurt')).toEqual(['knee']);
    expect(findBodyParts('low back is tight')).toEqual(['lower_back']);
    expect(findBodyParts('quads and glutes are toast')).toEqual(['quads', 'glutes']);
  });
});

describe('goal.parseGoal', () => {
  it.each([
    ['get stronger', 'strength'],
    ['build muscle', 'hypertrophy'],
    ['lose fat', 'fat_loss'],
    ['lose 20 pounds', 'fat_loss'],
    ['general fitness', 'general_fitness'],
    ['train for a race', 'race'],
    ['a mix', 'hybrid'],
    ['lifting and a 10k', 'hybrid'],
    ['2', 'hypertrophy'],
    // Maxes told beside "build muscle" are numbers, not the aim; a lift's number to reach is strength.
    ['want to build muscle, lifting 4 yrs. bench 225 squat 315 dead 405', 'hypertrophy'],
    ['build muscle, bench is 185', 'hypertrophy'],
    ['want to squat 405 and get bigger', 'strength'],
    // Weight to lose said first, or beside a soft wish to feel stronger, is the goal; a lift's number is strength.
    ['I want to lose about 20 pounds and feel stronger', 'fat_loss'],
    ['lose weight and get stronger', 'fat_loss'],
    ['get stronger and drop a few pounds', 'strength'],
    ['i want to squat 300 pounds', 'strength'],
  ])('when the answer is "%s" the goal is %s', (text, goal) => {
    expect(data(parseGoal(text)).goal).toBe(goal);
  });
  it('when the goal names the race the distance comes along', () => {
    expect(data(parseGoal('train for a half marathon'))).toEqual({ goal: 'race', race: { distance: 'half' } });
  });
  it('when the answer is not a goal it lists the options', () => {
    expect(parseGoal('pizza').success).toBe(false);
  });
});

describe('experience.parseExperience', () => {
  it.each([
    ['new', 'beginner'],
    ['beginner', 'beginner'],
    ['never lifted', 'beginner'],
    ['6 months', 'beginner'],
    ['1 year', 'intermediate'],
    ['3 years', 'intermediate'],
    ['5+ years', 'advanced'],
    ['10 years', 'advanced'],
    ['advanced', 'advanced'],
    ['a couple years', 'intermediate'],
    ['just started this year', 'beginner'],
    ['started running this spring', 'beginner'],
    ['started 3 years ago', 'intermediate'],
    // How often is not how long: "3x a week" is not "a week" of training.
    ['I lift 3x a week at a regular gym (about 2 yrs)', 'intermediate'],
    ['4 days per week for like 6 years', 'advanced'],
    ['twice a week, maybe 8 months now', 'beginner'],
    // On and off: the count says how long (six months is new), and on and off for a decade is not advanced.
    ['like 6 months on and off', 'beginner'],
    ['on and off for 10 years', 'intermediate'],
    ['on and off', 'intermediate'],
  ])('when the answer is "%s" the training age is %s', (text, age) => {
    expect(data(parseExperience(text))).toBe(age);
  });
  it.each([
    ['lifting since 2019', 'advanced'],
    ['been running since early 2024', 'intermediate'],
    ['since 2026', 'beginner'],
  ])('when the answer is "%s" in 2026 the training age is %s', (text, age) => {
    expect(data(parseExperience(text, 2026))).toBe(age);
  });
  // Kit and days are no history: "some dumbbells" is not "some experience", "3 mornings a week" not "a week".
  it('when the answer is about kit and days ("i have some dumbbells … 3 mornings a week") it asks how long', () => {
    expect(parseExperience('i have some dumbbells at home (10s and 20s) and a yoga mat. could do like 3 mornings a week, maybe 30 min').success).toBe(false);
  });
  it.each([['some'], ['done some lifting'], ['a bit of running']])('when the answer is "%s" the training age is intermediate', (text) => {
    expect(data(parseExperience(text))).toBe('intermediate');
  });
  // A wish says where someone wants to go, not how long they have trained: no training age from it.
  it.each(['mainly want to build strength, maybe compete in a powerlifting meet someday', 'hoping to compete one day', 'want to become an advanced lifter'])(
    'when the answer is a wish ("%s") it asks how long',
    (text) => {
      expect(parseExperience(text).success).toBe(false);
    },
  );
  it.each([
    ['been lifting 2 years, want to compete someday', 'intermediate'],
    ['i compete in powerlifting', 'advanced'],
    ['I used to compete in college', 'advanced'],
  ])('when a history comes with or without a wish ("%s") the training age is %s', (text, age) => {
    expect(data(parseExperience(text))).toBe(age);
  });
});

describe('name.parseName', () => {
  it.each([
    ['Sam', 'Sam'],
    ['sam', 'Sam'],
    ["I'm Sam", 'Sam'],
    ['my name is sam lee', 'Sam Lee'],
    ['call me Jo.', 'Jo'],
    ['McKenzie', 'McKenzie'],
    ["o'brien", "O'Brien"],
  ])('when the answer is "%s" the name is %s', (text, name) => {
    expect(data(parseName(text))).toBe(name);
  });
  it.each(['hi', '12345', '', 'this is definitely not a name at all', 'k', 'kk', 'yep', 'lol', 'nope'])('when the answer is "%s" it asks again', (text) => {
    expect(parseName(text).success).toBe(false);
  });
});

