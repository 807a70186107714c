import { describe, expect, it } from 'vitest';
import { INTENTS, type IntentEntities, type ParsedIntent } from '../../src/conversation/intent.js';
import { parseIntent, type IntentContext } from '../../src/conversation/intent-parser.js';

/** Builder: a client in New York on Thursday 2026-11-12 at 10:00 local unless told otherwise. */
function ctx(overrides: Partial<IntentContext> = {}): IntentContext {
  return { now: new Date('2026-11-12T15:00:00Z'), timezone: 'America/New_York', ...overrides };
}

function parse(text: string, c: IntentContext = ctx()): ParsedIntent {
  return parseIntent(text, c);
}

const TODAY = '2026-11-12';

/** [text, intent, entities that must be present (subset)] — dates are the New York calendar. */
const TABLE: Array<[string, ParsedIntent['intent'], IntentEntities?]> = [
  ["what's today", 'today', { date: TODAY }],
  ['workout?', 'today', { date: TODAY }],
  ["what's the workout today", 'today', { date: TODAY }],
  ['tomorrow', 'tomorrow', { date: '2026-11-13' }],
  ["what's tomorrow?", 'tomorrow', { date: '2026-11-13' }],
  ['thursday', 'day', { date: TODAY }],
  ["what's on saturday", 'day', { date: '2026-11-14' }],
  ['the 14th', 'day', { date: '2026-11-14' }],
  ['what about the 3rd', 'day', { date: '2026-12-03' }],
  ['next tuesday', 'day', { date: '2026-11-17' }],
  ['this week', 'week', { dateFrom: '2026-11-09', dateTo: '2026-11-15' }],
  ['next week?', 'week', { dateFrom: '2026-11-16', dateTo: '2026-11-22' }],
  ['my plan', 'plan'],
  ['where am i in the program', 'plan'],
  ['done', 'done', { date: TODAY }],
  ['done!', 'done', { date: TODAY }],
  ['Done ✅', 'done'],
  ['finished it', 'done'],
  ['crushed it yesterday', 'done', { date: '2026-11-11' }],
  ['skipped', 'skipped', { date: TODAY }],
  ['missed today', 'skipped'],
  ["couldn't make it today", 'skipped'],
  ['skipped today, too tired', 'skipped', { severity: 3 }],
  ['squat 3x5 at 225, felt like RPE 9', 'log_strength', { strength: { exercise: 'squat', sets: 3, reps: 5, load: 225, unit: null, rpe: 9, rir: null } }],
  ['bench 185 for 5 @8', 'log_strength', { strength: { exercise: 'bench', sets: null, reps: 5, load: 185, unit: null, rpe: 8, rir: null } }],
  ['done with squats 3x5 225', 'log_strength', { strength: { exercise: 'squats', sets: 3, reps: 5, load: 225, unit: null, rpe: null, rir: null } }],
  ['deadlift 5x3 140kg rir 2', 'log_strength', { strength: { exercise: 'deadlift', sets: 5, reps: 3, load: 140, unit: 'kg', rpe: null, rir: 2 } }],
  ['ran 6 at 8:40', 'log_run', { run: { distance: 6, unit: null, pace: '8:40', durationSec: 3120 } }],
  ['ran 5k in 24:10', 'log_run', { run: { distance: 5, unit: 'km', pace: '4:50', durationSec: 1450 } }],
  ['jogged 3 miles', 'log_run', { run: { distance: 3, unit: 'mi', pace: null, durationSec: null } }],
  ['legs are wrecked', 'readiness', { severity: 5, bodyPart: 'legs' }],
  ['slept 4 hours', 'readiness', { severity: 4 }],
  ['sore', 'readiness', { severity: 3 }],
  ['a little sore today', 'readiness', { severity: 2 }],
  ['feeling great, fully rested', 'readiness', { severity: 1 }],
  ['so stressed this week', 'readiness', { severity: 4 }],
  ['my knee hurts', 'pain', { bodyPart: 'knee', severity: 3 }],
  ['sharp pain in my lower back when I deadlift', 'pain', { bodyPart: 'lower back', severity: 4 }],
  ['tweaked my shoulder', 'pain', { bodyPart: 'shoulder' }],
  ['hotel gym Tue–Thu', 'travel', { dateFrom: '2026-11-17', dateTo: '2026-11-19', equipment: ['bench', 'dumbbell', 'machine', 'bodyweight'] }],
  ['traveling next week, only dumbbells', 'travel', { dateFrom: '2026-11-16', dateTo: '2026-11-22', equipment: ['bench', 'dumbbell', 'bodyweight'] }],
  ['on vacation until sunday, no gym', 'travel', { dateFrom: TODAY, dateTo: '2026-11-15', equipment: ['bodyweight'] }],
  ['send it at 6:30', 'change_time', { time: '06:30' }],
  ['can you text me at 7am instead', 'change_time', { time: '07:00' }],
  ['send my workouts at 5:45pm', 'change_time', { time: '17:45' }],
  ['I moved to Denver', 'change_timezone', { timezone: 'America/Denver' }],
  ['tz Europe/London', 'change_timezone', { timezone: 'Europe/London' }],
  ["I'm in Chicago now", 'change_timezone', { timezone: 'America/Chicago' }],
  ['change my time zone to pacific', 'change_timezone', { timezone: 'America/Los_Angeles' }],
  ['I can only train mon wed fri now', 'change_days', { weekdays: [1, 3, 5] }],
  ['switch my days to tue thu sat', 'change_days', { weekdays: [2, 4, 6] }],
  ['switch to 4 days a week', 'change_days', { weekdays: [1, 2, 4, 5] }],
  ['pause', 'pause'],
  ['pause until monday', 'pause', { dateTo: '2026-11-16' }],
  ['resume', 'resume'],
  ["I'm back", 'resume'],
  ['new plan', 'new_plan'],
  ['change my goal to build muscle', 'new_plan'],
  ['help', 'help'],
  ['?', 'help'],
  ['hi', 'greeting'],
  ['good morning', 'greeting'],
  ['thanks!', 'thanks'],
  ['thx', 'thanks'],
  ['back squat 225x5x3', 'log_strength', { strength: { exercise: 'back squat', sets: 3, reps: 5, load: 225, unit: null, rpe: null, rir: null } }],
  ['how many weeks left', 'plan'],
  ['sat?', 'day', { date: '2026-11-14' }],
  ["can't today, sick", 'skipped', { severity: 5 }],
  ['asdf qwerty', 'unknown'],
  ['I sat on the couch all day', 'unknown'],
];

describe('intent-parser.parseIntent', () => {
  it('when the table is checked it covers every intent at least once', () => {
    const covered = new Set(TABLE.map(([, intent]) => intent));
    for (const intent of INTENTS) expect(covered, intent).toContain(intent);
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('when the client texts "%s" it is %s', (text, intent, entities) => {
    const r = parse(text);
    expect(r.intent).toBe(intent);
    if (entities) expect(r.entities).toMatchObject(entities);
    if (intent === 'unknown') expect(r.confidence).toBeLessThan(0.5);
    else expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('when a bare "done!" and a detailed "done with squats 3x5 225" arrive, the detail wins', () => {
    expect(parse('done!').intent).toBe('done');
    expect(parse('done with squats 3x5 225').intent).toBe('log_strength');
  });

  it('when a skip mentions pain ("skipped, knee hurts") pain wins and the text is kept as a note', () => {
    const r = parse('skipped, knee hurts');
    expect(r).toMatchObject({ intent: 'pain', entities: { bodyPart: 'knee', note: 'skipped, knee hurts' } });
  });

  it('when a lift log mentions pain, pain wins but the set is still attached', () => {
    const r = parse('squat 3x5 at 225 but my knee hurts');
    expect(r.intent).toBe('pain');
    expect(r.entities.strength).toMatchObject({ exercise: 'squat', sets: 3, reps: 5, load: 225 });
  });

  it('when pain is negated ("no pain today, done") it is not pain', () => {
    expect(parse('no pain today, done').intent).toBe('done');
  });

  it('when a joint is "sore" it is treated as pain with lower confidence, muscles as readiness', () => {
    const knee = parse('knee is a little sore');
    expect(knee.intent).toBe('pain');
    expect(knee.confidence).toBeLessThan(0.8);
    expect(parse('hamstrings are sore').intent).toBe('readiness');
  });

  it('when "next week" comes with travel it is travel, not a week question', () => {
    expect(parse('away for work next week').intent).toBe('travel');
  });

  it('when "thanks, done" arrives the report wins over the courtesy', () => {
    expect(parse('thanks, done').intent).toBe('done');
  });

  it('when it is 23:30 in Los Angeles (07:30 UTC next day) "today" is still the LA date', () => {
    const late = ctx({ now: new Date('2026-11-13T07:30:00Z'), timezone: 'America/Los_Angeles' });
    expect(parse("what's today", late).entities.date).toBe('2026-11-12');
    expect(parse('tomorrow', late).entities.date).toBe('2026-11-13');
    expect(parse('done', late).entities.date).toBe('2026-11-12');
  });

  it('when the same instant is read for a client in Tokyo it is already Friday', () => {
    expect(parse("what's today", ctx({ timezone: 'Asia/Tokyo' })).entities.date).toBe('2026-11-13');
  });

  it('when "the 14th" has passed this month it rolls to next month', () => {
    const nov20 = ctx({ now: new Date('2026-11-20T15:00:00Z') });
    expect(parse('the 14th', nov20).entities.date).toBe('2026-12-14');
  });

  it('when the text is empty it is unknown with low confidence', () => {
    expect(parse('   ')).toEqual({ intent: 'unknown', entities: {}, confidence: 0.1 });
  });

  it('when the same text is parsed twice the result is identical', () => {
    expect(parse('squat 3x5 at 225, felt like RPE 9')).toEqual(parse('squat 3x5 at 225, felt like RPE 9'));
  });

  it('when the context zone is not a real zone it throws naming the field', () => {
    expect(() => parseIntent('done', { now: new Date('2026-11-12T15:00:00Z'), timezone: 'Mars/Base' })).toThrow(/timezone/);
  });
});
