import { describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../../src/channels/sms-text.js';
import {
  formatDailyMessage,
  formatDayBrief,
  formatDayPreview,
  formatTomorrow,
  formatWeek,
  REPLY_PROMPT,
} from '../../../src/messages/format/daily-message.js';
import { FAT_LOSS_REST_DAY } from '../../../src/engine/strength/week.js';
import { intervalDay, lap, lift, raceDay, restDay, strengthDay, workoutDay } from './workout-day.builder.js';

const morning = { name: 'Sam', isMorning: true };

function expectSendable(text: string, maxSegments: number): void {
  expect(isGsm7(text)).toBe(true);
  expect(countSegments(text).segments).toBeLessThanOrEqual(maxSegments);
}

describe('daily-message.formatDailyMessage', () => {
  it('when many clients share one (frozen) day, each morning text greets its own name and is the text laid out for them alone', () => {
    // The morning pass hands one frozen day to every client on a template and lays it out once per name
    // length. A long name leaves less room: "Good morning, Sam!" vs a 40-letter name moves the day past 2
    // segments, so the lines kept differ, not just the name.
    const shared = Object.freeze(strengthDay());
    const names = ['Sam', 'Bo', 'Alexandria Montgomery-Fitzwilliam Jones', 'Zoë', 'José', 'Max {the tank}', '  Sam  ', null, 'Ann', 'Sam'];
    const texts = names.map((name) => formatDailyMessage(shared, { name, isMorning: true }));
    names.forEach((name, i) => expect(texts[i]).toBe(formatDailyMessage(structuredClone(strengthDay()), { name, isMorning: true })));
    expect(texts[0]!.split('\n')[0]).toBe('Good morning, Sam! Week 3 of 5 - accumulation.');
    expect(texts[1]!.startsWith('Good morning, Bo!')).toBe(true);
    expect(texts[7]!.startsWith('Good morning! Week 3')).toBe(true);
    // Same name length, same layout: Sam and Ann differ only in the name.
    expect(texts[8]).toBe(texts[0]!.replace('Sam', 'Ann'));
  });

  it('when a shared (frozen) day is asked for again ("what\'s today" from many clients), each answer is the text laid out for it alone', () => {
    // Laid out once per frozen day and options: the same words as an unfrozen copy laid out afresh, for every kind of day.
    for (const make of [strengthDay, restDay, intervalDay, raceDay]) {
      const shared = Object.freeze(make());
      for (const opts of [{ name: null, isMorning: false, full: true }, { name: null, isMorning: false }, { name: null, isMorning: false, full: true, units: { weight: 'kg' as const, distance: 'km' as const } }]) {
        const first = formatDailyMessage(shared, opts);
        expect(formatDailyMessage(shared, opts)).toBe(first);
        expect(first).toBe(formatDailyMessage(structuredClone(make()), opts));
      }
      // A name or the morning greeting is never answered from another's layout.
      expect(formatDailyMessage(shared, { name: 'Sam', isMorning: false, full: true })).toBe(formatDailyMessage(structuredClone(make()), { name: 'Sam', isMorning: false, full: true }));
      expect(formatDailyMessage(shared, { name: null, isMorning: true, full: true })).toBe(formatDailyMessage(structuredClone(make()), { name: null, isMorning: true, full: true }));
    }
  });

  it('when it is a strength day, each lift is one line with sets x reps @ load, and the effort is said once', () => {
    // The whole day, as "today" / "details" sends it.
    const text = formatDailyMessage(strengthDay(), { ...morning, full: true });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Good morning, Sam! Week 3 of 5 - accumulation.');
    expect(lines[1]).toBe('Today: Lower - squat focus (heavy), ~60 min');
    // Most sets are at RIR 2: one plain line says so, and only the leg curl (RIR 1) keeps its own.
    expect(lines).toContain('Back squat 4x5 @ 225 lb');
    expect(lines).toContain('Romanian deadlift 3x8-10');
    expect(lines).toContain('Lying leg curl 3x12 @ 70 lb (RIR 1)');
    expect(lines).toContain('Effort: stop 2 reps short of failure (RIR 2).');
    // A timed hold is seconds, never reps in reserve.
    expect(lines).toContain('Side plank 3x30s');
    expect(lines).toContain('Prep: Hip airplane 2x6, Goblet squat 2x8');
    expect(lines.at(-1)).toBe(REPLY_PROMPT);
    expectSendable(text, 3);
  });

  it('when a whole strength day needs 3 segments, the morning text spells it short in 2 and leaves the rest for "details"', () => {
    // Full: 8 workout lines over 2 segments. Short names ("RDL"), the effort in a few words, the cool-down and
    // prep left for "details": 2 segments with every compound and secondary lift.
    const text = formatDailyMessage(strengthDay(), morning);
    const lines = text.split('\n');
    expectSendable(text, 2);
    expect(lines).toContain('Back squat 4x5 @ 225 lb');
    expect(lines).toContain('RDL 3x8-10');
    expect(lines).toContain('Effort: RIR 2 (2 reps left).');
    expect(lines.find((l) => /^\+\d more: text "details"$/.test(l))).toBeDefined();
    expect(lines.at(-1)).toBe(REPLY_PROMPT);
  });

  it('when the lifter is a beginner, the morning text keeps plain words: no RIR, no DB', () => {
    const day = strengthDay({
      plainWords: true,
      items: [
        lift({ exerciseId: 'db_rdl', name: 'Dumbbell Romanian deadlift', sets: 3, reps: '12-15', load: null, rir: 3 }),
        lift({ section: 'secondary', exerciseId: 'db_shoulder_press', name: 'Seated dumbbell shoulder press', sets: 3, reps: '12-15', load: null, rir: 3 }),
        lift({ section: 'secondary', exerciseId: 'band_pulldown', name: 'Kneeling banded pulldown', sets: 2, reps: '12-15', load: null, rir: 3 }),
        lift({ section: 'secondary', exerciseId: 'db_lunge', name: 'Dumbbell walking lunge', sets: 2, reps: '10-15/side', load: null, rir: 3 }),
        lift({ section: 'accessory', exerciseId: 'oh_ext', name: 'Overhead dumbbell triceps extension', sets: 2, reps: '10-15', load: null, rir: 3 }),
        lift({ section: 'accessory', exerciseId: 'calf', name: 'Bodyweight calf raise', sets: 4, reps: '10-15', load: null, rir: 2 }),
        lift({ section: 'core', exerciseId: 'side_plank', name: 'Side plank', sets: 2, reps: '45-60s/side', load: null, rir: 3 }),
      ],
    });
    const text = formatDailyMessage(day, morning);
    expectSendable(text, 2);
    expect(text).not.toMatch(/RIR|\bDB\b|RDL/);
    expect(text).toContain('Effort: stop 3 reps short of failure.');
    expect(text).toContain('Dumbbell Romanian deadlift 3x12-15');
    expect(text).toMatch(/\+\d more: text "details"/);
    // The whole day is one text away, with the terms.
    const full = formatDailyMessage(day, { name: null, isMorning: false, full: true });
    expect(formatDailyMessage({ ...day, why: 'Accumulation: more sets at moderate loads.' }, { name: null, isMorning: false, full: true })).toContain('Why: More sets at moderate loads.');
    for (const name of ['Overhead dumbbell triceps extension 2x10-15', 'Bodyweight calf raise 4x10-15 (stop 2 short)', 'Side plank 2x45-60s/side']) expect(full).toContain(name);
  });

  it('when a day fits in 2 segments without its why, the why goes and the text stays at 2', () => {
    const day = strengthDay({ items: [lift(), lift({ exerciseId: 'rdl', name: 'Romanian deadlift', sets: 3, reps: '8', load: 185 })] });
    const text = formatDailyMessage(day, morning);
    expect(countSegments(text).segments).toBeLessThanOrEqual(2);
    expect(text).toContain('Romanian deadlift 3x8 @ 185 lb');
  });

  it('when it is a run day with intervals, repeats and recoveries are grouped on one main line', () => {
    const text = formatDailyMessage(intervalDay(), { name: 'Sam', isMorning: false });
    expect(text.split('\n')).toEqual([
      'Today: Intervals (heavy), ~55 min',
      'Build phase, week 6 of 16.',
      'Warm-up 1 mi easy',
      'Main: 4 x 1 mi @ 6:45/mi, 0.25 mi jog',
      'Cool-down 1 mi easy',
      'Total 6.75 mi',
      'Why: Mile repeats at 5K effort build the speed your goal pace needs.',
      REPLY_PROMPT,
    ]);
    expectSendable(text, 4);
  });

  it('when an easy run comes as 1-mile laps, the laps read as one distance', () => {
    const day = workoutDay({
      kind: 'run',
      title: 'Easy run',
      loadLevel: 'light',
      items: [lap({ segment: 'warmup' }), ...[1, 2, 3, 4].map((i) => lap({ lapIndex: i })), lap({ segment: 'cooldown', distance: 0.5 })],
      totalDistance: 5.5,
      distanceUnit: 'mi',
    });
    const text = formatDailyMessage(day, morning);
    expect(text).toContain('Main: 4 mi easy');
    expect(text).toContain('Total 5.5 mi');
  });

  it('when paced laps follow each other without recovery, they are grouped as repeats', () => {
    const day = workoutDay({
      kind: 'run',
      title: 'Tempo',
      items: [1, 2, 3].map((i) => lap({ lapIndex: i, paceGoal: '7:10', effort: 'threshold' })),
      totalDistance: 3,
      distanceUnit: 'mi',
    });
    expect(formatDailyMessage(day, morning)).toContain('Main: 3 x 1 mi @ 7:10/mi');
  });

  it('when it is a rest day, the message is short (at most 2 segments) and has the why', () => {
    const text = formatDailyMessage(restDay(), { name: null, isMorning: true });
    expect(text.startsWith('Good morning! Week 3 of 5 - accumulation.')).toBe(true);
    expect(text).toContain('Rest day');
    expect(text).toContain('adaptation happens');
    expectSendable(text, 2);
  });

  it('when it is race day, the race line, pace and race notes are there and no "skipped" is offered', () => {
    const text = formatDailyMessage(raceDay(), { name: 'Zo\u00EB', isMorning: true });
    expect(text).toContain('Good morning, Zoe!');
    expect(text).toContain('Race day: Half marathon');
    expect(text).toContain('Main: 13.1 mi @ 8:00/mi');
    expect(text).toContain('Total 14.6 mi');
    expect(text).toContain('Gel every 45 min with water.');
    expect(text).not.toContain('skipped');
    expectSendable(text, 4);
  });

  it('when a day is too long for 3 segments, lines go from the end with a "+N more" line, never a main lift or the reply', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      lift({ section: i < 3 ? 'compound' : 'accessory', exerciseId: `ex${i}`, name: `Exercise number ${i + 1} variation`, load: 100 + i * 5 }),
    );
    const day = strengthDay({ items: [lift({ section: 'prep', name: 'Cat cow', load: null }), ...many], notes: ['Hotel gym: dumbbells only through Thursday.'] });
    const text = formatDailyMessage(day, morning);
    expectSendable(text, 3);
    expect(text).not.toContain('Prep:');
    expect(text).toContain('Exercise number 1 variation 4x5 @ 100 lb');
    expect(text).toContain('Exercise number 3 variation');
    // 14 lifts and a prep line: what did not fit is counted, and "details" brings the whole day.
    expect(text).toMatch(/\n\+\d+ more: text "details"\n/);
    expect(text.endsWith(REPLY_PROMPT)).toBe(true);
    const full = formatDailyMessage(day, { ...morning, full: true });
    expect(full).toContain('Exercise number 14 variation');
  });

  it('when the client wants kg, lb loads are converted and rounded to 2.5 kg plates', () => {
    // 225 lb = 102.06 kg → nearest 2.5 kg = 102.5 kg.
    const text = formatDailyMessage(strengthDay(), { ...morning, units: { weight: 'kg' } });
    expect(text).toContain('Back squat 4x5 @ 102.5 kg');
  });

  it('when the engine title has a long dash, the text stays GSM-7', () => {
    const text = formatDailyMessage(strengthDay({ title: 'Upper \u2014 push \u00D7 pull' }), morning);
    expect(text).toContain('Today: Upper - push x pull (heavy)');
    expect(isGsm7(text)).toBe(true);
  });
});

describe('daily-message.formatDailyMessage: notes that are part of the workout', () => {
  const FAT_LOSS = 'Then 10 min brisk cardio (bike, rower or walk). 8,000+ steps today.';
  const FIRST = "Lifts without a weight: pick one you could lift 3 more times, and log it; next week's loads come from it.";

  it('when a day has room, the finisher and the first-weight note are kept before the why', () => {
    const day = workoutDay({ items: [lift(), lift({ section: 'secondary', exerciseId: 'rdl', name: 'Romanian deadlift', sets: 3, reps: '8-10', load: null })], notes: [FIRST, FAT_LOSS] });
    const text = formatDailyMessage(day, morning);
    expectSendable(text, 2);
    expect(text).toMatch(/^Then 10 min brisk cardio(?: \(bike, rower or walk\)\.|;) 8,000\+ steps today\.$/m);
    expect(text).toMatch(/^(Lifts without a weight|No weight listed): pick one you could lift 3 more times/m);
    expect(text).not.toMatch(/more: text "details"/);
  });

  it('when the supersets are listed as A1/A2, the line saying how to do them is kept (short) or counted in "+N more"', () => {
    const note = 'Supersets A1/A2, B1/B2: alternate sets, rest 2.5 min after each pair.';
    const text = formatDailyMessage(strengthDay({ notes: [note, 'Planned for the equipment you have that day: dumbbell, bench.'] }), morning);
    expect(text.includes(note) || text.includes('Supersets: alternate the sets of each pair, rest after the 2nd.') || /^\+\d+ more: text "details"$/m.test(text), text).toBe(true);
    expect(formatDailyMessage(strengthDay({ notes: [note] }), { ...morning, full: true })).toContain(note);
  });
});

describe('daily-message.formatTomorrow', () => {
  it('when tomorrow is a run, it has a dated "Tomorrow" header and the run lines, without a reply prompt', () => {
    const text = formatTomorrow(intervalDay({ date: '2025-11-25' }), { name: 'Sam' });
    expect(text.split('\n')[0]).toBe('Tomorrow (Tue 11/25): Intervals (heavy), ~55 min');
    expect(text).toContain('Main: 4 x 1 mi @ 6:45/mi, 0.25 mi jog');
    expect(text).not.toContain('Reply');
    expectSendable(text, 4);
  });

  it('when tomorrow is a fat-loss rest day, its walk is for that day, not "today"', () => {
    // Jamal asked "tmrw?" and read "a 30-minute walk today counts toward your 8,000+ steps" on the day before.
    const text = formatTomorrow(restDay({ date: '2025-11-25', notes: [FAT_LOSS_REST_DAY] }), { name: 'Sam' });
    expect(text).toContain('Rest from lifting: a 30-minute walk that day counts toward your 8,000+ steps.');
    expect(text).not.toMatch(/\btoday\b/);
  });

  it('when tomorrow is a rest day, it says so in one short text', () => {
    const text = formatTomorrow(restDay({ date: '2025-11-25' }), { name: 'Sam' });
    expect(text.startsWith('Tomorrow (Tue 11/25): rest day.')).toBe(true);
    expectSendable(text, 2);
  });
});

describe('daily-message.formatDayPreview', () => {
  it('when a client asks about a weekday, the day is dated, shows every line of the workout, and asks nothing back', () => {
    const text = formatDayPreview(strengthDay({ date: '2025-11-27' }), {});
    expect(text.split('\n')[0]).toMatch(/^Thu 11\/27: Lower - squat focus/);
    expect(text).toMatch(/x\d/);
    expect(text).not.toContain('Reply');
    expect(text).not.toContain('again in the morning');
    expectSendable(text, 4);
  });
});

describe('daily-message.formatDayBrief', () => {
  it('when given each kind of day, it is one line a week view can show', () => {
    expect(formatDayBrief(strengthDay())).toBe('Lower \u2014 squat focus (heavy)');
    expect(formatDayBrief(intervalDay())).toBe('Intervals (heavy) 6.75 mi');
    expect(formatDayBrief(restDay())).toBe('Rest');
    expect(formatDayBrief(raceDay())).toBe('RACE: Half marathon (14.6 mi with warm-up and cool-down)');
    // The engine's title names the race day itself: not "RACE: Race day: 5K 4.61 mi".
    expect(formatDayBrief(raceDay({ title: 'Race day: 5K', totalDistance: 4.61 }))).toBe('Race day: 5K (4.6 mi with warm-up and cool-down)');
  });
});

describe('week-view.formatWeek', () => {
  it('when given a week, it is one dated line per day in date order, GSM-7, within 4 segments', () => {
    const days = [
      intervalDay({ date: '2025-11-25' }),
      strengthDay({ date: '2025-11-24' }),
      restDay({ date: '2025-11-26' }),
      strengthDay({ date: '2025-11-27', title: 'Upper \u2014 bench focus', loadLevel: 'moderate' }),
      restDay({ date: '2025-11-28' }),
      intervalDay({ date: '2025-11-29', title: 'Long run', loadLevel: 'moderate' }),
      restDay({ date: '2025-11-30' }),
    ];
    const text = formatWeek(days, { today: '2025-11-25' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Your week - Week 3 of 5 - accumulation:');
    expect(lines[1]).toBe('Mon 11/24: Lower - squat focus (heavy)');
    expect(lines[2]).toBe('Tue 11/25: Intervals (heavy) 6.75 mi <- today');
    expect(lines[3]).toBe('Wed 11/26: Rest');
    expect(lines[4]).toBe('Thu 11/27: Upper - bench focus (moderate)');
    expect(lines[7]).toBe('Sun 11/30: Rest');
    expectSendable(text, 4);
  });
});
