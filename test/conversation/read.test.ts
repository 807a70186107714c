/**
 * readText keeps the readings it made for a minute (a rush of identical texts is read once): what a client
 * would notice is that a kept reading is still right for them — the same as a fresh one, its own copy, and
 * with dates of the minute it is asked in.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/conversation/understand/read.js';

const NY = { timezone: 'America/New_York', units: 'imperial' as const };

describe('understand.readText', () => {
  it('when the same text is read twice in one minute, each caller gets an equal reading of its own', () => {
    const now = new Date('2026-11-27T15:00:10Z');
    const first = readText('squat 3x5 at 225 rpe 8', { now, ...NY });
    const second = readText('squat 3x5 at 225 rpe 8', { now: new Date('2026-11-27T15:00:50Z'), ...NY });
    expect(second).toEqual(first);
    // A handler changing its reading cannot change the next client's.
    (first.items[0] as { intent: string }).intent = 'unknown';
    expect(readText('squat 3x5 at 225 rpe 8', { now, ...NY }).items[0]!.intent).toBe('log_strength');
  });

  it('when "tomorrow" is asked a minute before and after local midnight, the dates differ by a day', () => {
    // 04:59 UTC is 23:59 on Thu 11/26 in New York (EST, UTC-5); 05:00 UTC is 00:00 on Fri 11/27.
    const before = readText('tomorrow', { now: new Date('2026-11-27T04:59:30Z'), ...NY });
    const after = readText('tomorrow', { now: new Date('2026-11-27T05:00:30Z'), ...NY });
    expect(before.items[0]).toMatchObject({ intent: 'tomorrow', date: '2026-11-27' });
    expect(after.items[0]).toMatchObject({ intent: 'tomorrow', date: '2026-11-28' });
  });

  it('when two clients in different zones send the same text in the same minute, each gets their own date', () => {
    // 2026-11-27T03:00Z is Thu 11/26 22:00 in New York and Fri 11/27 12:00 in Tokyo.
    const now = new Date('2026-11-27T03:00:00Z');
    expect(readText("what's today", { now, ...NY }).items[0]).toMatchObject({ intent: 'today', date: '2026-11-26' });
    expect(readText("what's today", { now, timezone: 'Asia/Tokyo', units: 'imperial' }).items[0]).toMatchObject({ intent: 'today', date: '2026-11-27' });
  });

  it('when a text is near no reading (keyboard mash), there is no "did you mean" between unrelated guesses', () => {
    const now = new Date('2026-11-27T15:00:00Z');
    for (const text of ['asdfgh lol', 'zxqv', 'ok cool whatever']) expect(readText(text, { now, ...NY }).alternatives, text).toBeNull();
    // A typo near one reading still gets it offered.
    expect(readText('tmorow', { now, ...NY }).alternatives?.[0]).toMatchObject({ intent: 'tomorrow' });
  });

  it('when a "did you mean" is offered for an unread text, neither choice carries a value the client did not write', () => {
    const now = new Date('2026-11-27T15:00:00Z');
    for (const text of ['hlep', 'skiped', 'did 45 min yoga', 'pasue', 'whats tdy', 'kneee hurts', 'send it']) {
      for (const option of readText(text, { now, ...NY }).alternatives ?? []) {
        expect(['log_run', 'log_strength', 'soreness', 'pain', 'travel', 'change_time'], `${text}: ${option.intent}`).not.toContain(option.intent);
      }
    }
  });
});
