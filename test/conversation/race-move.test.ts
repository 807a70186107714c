import { describe, expect, it } from 'vitest';
import { raceDateMove } from '../../src/conversation/parse/race-move.js';

// Monday 2026-11-23, 09:00 in New York.
const NOW = new Date('2026-11-23T14:00:00Z');
const read = (text: string) => raceDateMove(text, NOW, 'America/New_York');

describe('race-move.raceDateMove', () => {
  it('when the race is said to be on another day, that day is read (the next one ahead)', () => {
    expect(read('race got moved to the 14th')).toEqual({ date: '2026-12-14', shiftDays: null });
    expect(read('my race is now april 20')).toEqual({ date: '2027-04-20', shiftDays: null });
    expect(read('race date changed to may 3rd')).toEqual({ date: '2027-05-03', shiftDays: null });
    expect(read('they rescheduled the marathon to march 7')).toEqual({ date: '2027-03-07', shiftDays: null });
  });

  it('when the race is pushed back or brought forward by an amount, the shift is read', () => {
    expect(read('the half got pushed back a week')).toEqual({ date: null, shiftDays: 7 });
    expect(read('my 10k was postponed by two weeks')).toEqual({ date: null, shiftDays: 14 });
    expect(read('race got moved up 3 days')).toEqual({ date: null, shiftDays: -3 });
  });

  it('when a run, a session or a question is about a day, it is not the race moving', () => {
    expect(read('long run moved to sunday')).toBeNull();
    expect(read('when is my race')).toBeNull();
    expect(read('ran the half last week')).toBeNull();
    expect(read('can i move my tempo run to friday')).toBeNull();
  });
});
