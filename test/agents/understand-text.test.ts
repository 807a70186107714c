/**
 * The model reader holds what the rules read: a pace question's day ("what pace for tomorrow?") or the next long
 * run, and a tune-up race with its days and distance. LangChain fake models stand in for the model; a garbage
 * answer and a hang end as failures the caller replaces with its own reading.
 */
import { describe, expect, it } from 'vitest';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { understandSystemPrompt, understandText } from '../../src/agents/understand-text.js';

// Monday 2025-11-24.
const ctx = { today: '2025-11-24', timezone: 'America/Denver', weekday: 'Monday', units: 'imperial' as const };
const NULL_ITEM = {
  intent: 'unknown', date: null, dateFrom: null, dateTo: null, time: null, timezone: null, weekdays: null, exercise: null, toExercise: null,
  toEquipment: null, sets: null, run: null, severity: null, bodyParts: null, redFlags: null, readinessKind: null, equipment: null,
  maxDumbbell: null, term: null, zone: null, nextLong: null, distance: null, workout: null, direction: null, note: null,
};
const NULL_SLOTS = {
  name: null, goal: null, trainingAge: null, trainingDays: null, daysPerWeek: null, sessionMinutes: null, equipment: null, missingEquipment: null,
  limitations: null, timezone: null, morningTime: null, raceDistance: null, raceDate: null, goalTime: null, recentRaceDistance: null,
  recentRaceTime: null, weeklyMileage: null, confirm: null,
};
const reading = (...items: Array<Record<string, unknown>>) => JSON.stringify({ items: items.map((i) => ({ ...NULL_ITEM, ...i })), onboarding: NULL_SLOTS, confidence: 0.9 });
const read = (responses: string[], text: string, timeoutMs = 3_000, sleep?: number) =>
  understandText(new FakeListChatModel({ responses, ...(sleep ? { sleep } : {}) }), text, ctx, { timeoutMs });

describe('understandText: pace questions and tune-up races as the rules read them', () => {
  it('"what pace for tomorrow?" keeps its day: that session\'s paces, not the range', async () => {
    const r = await read([reading({ intent: 'pace_question', zone: 'easy', date: '2025-11-25' })], 'what pace for tomorrow?');
    expect(r).toMatchObject({ ok: true, items: [{ intent: 'pace_question', zone: 'easy', date: '2025-11-25' }] });
  });

  it('"what pace for the long run?" is the next long run; nextLong on another zone is dropped', async () => {
    expect(await read([reading({ intent: 'pace_question', zone: 'long', nextLong: true })], 'what pace for the long run?')).toMatchObject({ ok: true, items: [{ intent: 'pace_question', zone: 'long', nextLong: true }] });
    const tempo = await read([reading({ intent: 'pace_question', zone: 'threshold', nextLong: true })], 'tempo pace?');
    expect(tempo.ok && tempo.items[0]).toEqual({ intent: 'pace_question', zone: 'threshold' });
  });

  it('a pace question about a day already gone is sent back and the second answer used', async () => {
    const r = await read([reading({ intent: 'pace_question', zone: 'easy', date: '2025-11-20' }), reading({ intent: 'pace_question', zone: 'easy', date: '2025-11-25' })], 'pace for tmrw');
    expect(r).toMatchObject({ ok: true, attempts: 2, items: [{ intent: 'pace_question', date: '2025-11-25' }] });
  });

  it('a tune-up race keeps its days and distance; with no day said it is the coming weekend', async () => {
    const saturday = await read([reading({ intent: 'tune_up_race', date: '2025-11-29', distance: 'parkrun' })], 'ok if i jump in a parkrun saturday?');
    expect(saturday).toMatchObject({ ok: true, items: [{ intent: 'tune_up_race', from: '2025-11-29', to: '2025-11-29', distance: '5K' }] });
    const weekend = await read([reading({ intent: 'tune_up_race', distance: 'a 10 miler' })], 'thinking of a 10 miler as a tune up?');
    expect(weekend).toMatchObject({ ok: true, items: [{ intent: 'tune_up_race', from: '2025-11-29', to: '2025-11-30' }] });
    const unknown = await read([reading({ intent: 'tune_up_race', dateFrom: '2025-12-06', dateTo: '2025-12-07', distance: 'the fun one' })], 'race next weekend ok?');
    expect(unknown).toMatchObject({ ok: true, items: [{ intent: 'tune_up_race', from: '2025-12-06', to: '2025-12-07', distance: null }] });
  });

  it('garbage twice is a failure the caller replaces; so is a model slower than the deadline', async () => {
    expect(await read(['Sure! They want a pace.', '{"items": "pace"}'], 'what pace for tomorrow?')).toMatchObject({ ok: false, attempts: 2 });
    const started = Date.now();
    const slow = await read([reading({ intent: 'tune_up_race' })], 'can i race a 5k this weekend?', 200, 2_000);
    expect(slow).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('the prompt tells the model about a pace question\'s day, the next long run and tune-up races', () => {
    const prompt = understandSystemPrompt(ctx);
    expect(prompt).toMatch(/pace_question: "what pace for tomorrow\?"[^]*date/);
    expect(prompt).toMatch(/nextLong true/);
    expect(prompt).toMatch(/tune_up_race: they want to add a race/);
  });
});
