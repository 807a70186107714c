import { describe, expect, it } from 'vitest';
import { applyMissed, decideMissed, describeMissed, sessionClass } from '../../../src/engine/adaptation/missed.js';
import { addDays } from '../../../src/engine/dates.js';
import type { WorkoutDay } from '../../../src/engine/workout/workout.js';
import { planDay } from './plan-day.builder.js';

// Week of Monday 2026-03-02 … Sunday 2026-03-08.
const MON = '2026-03-02';
const date = (i: number) => addDays(MON, i);
type Kind = 'rest' | 'easy' | 'long' | 'tempo' | 'lift' | 'race';
const day = (i: number, k: Kind): WorkoutDay =>
  planDay(date(i), k === 'rest' ? 'rest' : k === 'lift' ? 'strength' : k === 'race' ? 'race' : 'run', { rest: 'Rest', easy: 'Easy run', long: 'Long run', tempo: 'Tempo run', lift: 'Full body A - squat & bench', race: 'Race day: 10K' }[k], k === 'rest' ? 'rest' : k === 'easy' ? 'light' : 'heavy');
const week = (...kinds: Kind[]) => kinds.map((k, i) => day(i, k));
const weekEnd = date(6);

describe('sessionClass', () => {
  it('reads runs by load and title', () => {
    expect(week('easy', 'long', 'tempo', 'lift', 'rest', 'race').map(sessionClass)).toEqual(['easy_run', 'long_run', 'quality_run', 'lift', 'rest', 'race']);
  });
});

describe('decideMissed', () => {
  it('a missed easy run is dropped, never made up', () => {
    const days = week('easy', 'tempo', 'rest', 'easy', 'rest', 'long', 'rest');
    expect(decideMissed({ missed: days[0]!, days, today: date(1), weekEnd })).toMatchObject({ action: 'drop', session: 'easy_run' });
  });

  it('a missed Saturday long run moves to Sunday (rest, Monday after is not hard), not onto a quality day', () => {
    // Sat long missed, told on Sunday: Sunday is rest; its neighbours are Sat (the missed day, now empty) and
    // next Monday (not in the list: treated as rest).
    const days = week('rest', 'tempo', 'easy', 'tempo', 'rest', 'long', 'rest');
    const d = decideMissed({ missed: days[5]!, days, today: date(6), weekEnd });
    expect(d).toMatchObject({ action: 'move', to: date(6), replaces: 'rest' });
    expect(describeMissed(d, days[5]!)).toMatch(/^Moved Saturday's long run to Sunday/);
  });

  it('a Sunday long run taken off on Monday ("skip sun") goes to Saturday\'s easy run, the nearest free day before it', () => {
    // Runs Tue, Thu, Sat easy + Sun long; told Monday. No day after Sunday is in the week, so the earlier Saturday
    // (Fri rest and the emptied Sunday beside it) takes it; a run already missed would only look later (dropped).
    const days = week('rest', 'easy', 'rest', 'easy', 'rest', 'easy', 'long');
    const ahead = decideMissed({ missed: days[6]!, days, today: date(0), weekEnd });
    expect(ahead).toMatchObject({ action: 'move', to: date(5), replaces: 'easy_run' });
    expect(describeMissed(ahead, days[6]!)).toMatch(/^Moved Sunday's long run to Saturday in place of the easy run/);
    expect(decideMissed({ missed: days[6]!, days, today: date(6), weekEnd })).toMatchObject({ action: 'drop' });
  });

  it('a missed Tuesday long run goes only where no hard day is next to it, else it is dropped', () => {
    // Mon easy, Tue long (missed), Wed easy (Thu tempo next to it), Thu tempo, Fri easy (Sat long... here Sat
    // is a quality run next to it), Sat tempo, Sun rest (Sat tempo next to it) → nothing fits: dropped.
    const days = week('easy', 'long', 'easy', 'tempo', 'easy', 'tempo', 'rest');
    expect(decideMissed({ missed: days[1]!, days, today: date(2), weekEnd })).toMatchObject({ action: 'drop' });
    // With Saturday easy instead, Friday is next to Thursday's tempo, Saturday is next to nothing hard → Saturday.
    const easier = week('easy', 'long', 'easy', 'tempo', 'easy', 'easy', 'rest');
    expect(decideMissed({ missed: easier[1]!, days: easier, today: date(2), weekEnd })).toMatchObject({ action: 'move', to: date(5), replaces: 'easy_run' });
  });

  it('never moves a long run onto a quality day, whatever the week holds', () => {
    const days = week('long', 'tempo', 'tempo', 'tempo', 'tempo', 'tempo', 'tempo');
    expect(decideMissed({ missed: days[0]!, days, today: date(1), weekEnd })).toMatchObject({ action: 'drop' });
  });

  it('in race week a missed quality run is dropped: the taper is protected', () => {
    const days = week('rest', 'tempo', 'rest', 'easy', 'rest', 'rest', 'race');
    expect(decideMissed({ missed: days[1]!, days, today: date(2), weekEnd })).toMatchObject({ action: 'drop', reason: expect.stringMatching(/taper/) });
  });

  it('a missed Monday lift shifts to Tuesday when Tuesday is rest and comes before Wednesday\'s lift', () => {
    const days = week('lift', 'rest', 'lift', 'rest', 'lift', 'rest', 'rest');
    const d = decideMissed({ missed: days[0]!, days, today: date(1), weekEnd });
    expect(d).toMatchObject({ action: 'move', to: date(1) });
    expect(describeMissed(d, days[0]!)).toBe("Moved Monday's Full body A to Tuesday: a lifting session shifts only to a rest day before your next lifting session, so no day gets two sessions.");
  });

  it('a missed Monday lift told on Wednesday (the next lift is today) is dropped', () => {
    const days = week('lift', 'rest', 'lift', 'rest', 'lift', 'rest', 'rest');
    expect(decideMissed({ missed: days[0]!, days, today: date(2), weekEnd })).toMatchObject({ action: 'drop' });
  });

  it('lifting on back-to-back days leaves no rest day before the next: dropped, never doubled up', () => {
    const days = week('lift', 'lift', 'rest', 'lift', 'lift', 'rest', 'rest');
    expect(decideMissed({ missed: days[0]!, days, today: date(1), weekEnd })).toMatchObject({ action: 'drop' });
  });

  it('the last lift of the week moves to the weekend rest day (no later lift this week)', () => {
    const days = week('lift', 'rest', 'lift', 'rest', 'lift', 'rest', 'rest');
    expect(decideMissed({ missed: days[4]!, days, today: date(5), weekEnd })).toMatchObject({ action: 'move', to: date(5) });
  });

  it('when a rest day ahead is said missed ("im out this sat at a wedding"), nothing moves and the reason says it is one, not that it was', () => {
    const days = week('lift', 'rest', 'lift', 'rest', 'lift', 'rest', 'rest');
    expect(describeMissed(decideMissed({ missed: days[5]!, days, today: date(2), weekEnd }), days[5]!)).toBe("Nothing to move: it's a rest day.");
    expect(describeMissed(decideMissed({ missed: days[1]!, days, today: date(2), weekEnd }), days[1]!)).toBe('Nothing to move: it was a rest day.');
  });

  it('a day already done is never the target', () => {
    const days = week('lift', 'rest', 'lift', 'rest', 'lift', 'rest', 'rest');
    expect(decideMissed({ missed: days[4]!, days, today: date(5), weekEnd, completed: [date(5)] })).toMatchObject({ action: 'move', to: date(6) });
  });
});

describe('applyMissed', () => {
  it('puts the moved workout on its new date with a note, and replaces what was there', () => {
    const days = week('rest', 'tempo', 'easy', 'tempo', 'rest', 'long', 'rest');
    const d = decideMissed({ missed: days[5]!, days, today: date(6), weekEnd });
    const after = applyMissed(days, d);
    expect(after[6]).toMatchObject({ date: date(6), title: 'Long run', notes: ['Moved from Saturday (missed).'] });
    expect(after.slice(0, 6)).toEqual(days.slice(0, 6));
  });

  it('a drop changes nothing', () => {
    const days = week('easy', 'tempo', 'rest', 'easy', 'rest', 'long', 'rest');
    expect(applyMissed(days, decideMissed({ missed: days[0]!, days, today: date(1), weekEnd }))).toEqual(days);
  });
});

describe('decideMissed with an asked day', () => {
  const lifts = () => week('rest', 'lift', 'rest', 'lift', 'rest', 'lift', 'rest');
  const ask = (from: number, to: number, days = lifts()) =>
    decideMissed({ missed: days[from]!, days, today: MON, weekEnd, weekStart: MON, wanted: date(to) });

  it('when the asked day is a free rest day with no lift between, the session goes there, this week only', () => {
    expect(ask(3, 4)).toMatchObject({ action: 'move', from: date(3), to: date(4), asked: true });
    // Earlier in the week is fine too: Saturday's session on Friday.
    expect(ask(5, 4)).toMatchObject({ action: 'move', to: date(4), asked: true });
  });

  it('when the asked day holds a session, it is refused with the reason, stays, and the nearest allowed day is offered (never moved to unasked)', () => {
    const d = ask(1, 3);
    expect(d).toMatchObject({ action: 'none', offer: date(2), refused: { to: date(3) } });
    expect(describeMissed(d, lifts()[1]!)).toBe("Can't move Tuesday's Full body A to Thursday: Thursday already has a session, and no day gets two sessions. It stays on Tuesday. Wednesday is the nearest day it can go - reply YES to move it there.");
  });

  it('when the asked day is past another lift or outside the week, the session stays where it is (never dropped)', () => {
    expect(ask(1, 4)).toMatchObject({ action: 'none', offer: date(2), refused: { reason: expect.stringMatching(/past another lifting session/) } });
    const d = ask(5, 6, week('rest', 'lift', 'rest', 'lift', 'rest', 'lift', 'lift'));
    expect(d).toMatchObject({ action: 'none', refused: { to: date(6) } });
    expect(describeMissed(d, lifts()[5]!)).toMatch(/It stays on Saturday\./);
  });

  it('when the session is being skipped and the asked day is refused, it is dropped (it cannot stay on a day not trained)', () => {
    // Monday-Tuesday lifting back to back: Tuesday holds a session, and no rest day comes before it.
    const days = week('lift', 'lift', 'rest', 'lift', 'rest', 'lift', 'rest');
    const d = decideMissed({ missed: days[0]!, days, today: MON, weekEnd, weekStart: MON, wanted: date(1), skipped: true });
    expect(d).toMatchObject({ action: 'drop', refused: { to: date(1) } });
    expect(describeMissed(d, days[0]!)).toBe("Can't move Monday's Full body A to Tuesday: Tuesday already has a session, and no day gets two sessions. So it's dropped this week - carry on with the plan from your next session.");
    // Not skipped (a move asked ahead): the same ask keeps it on Monday.
    expect(decideMissed({ missed: days[0]!, days, today: MON, weekEnd, weekStart: MON, wanted: date(1) })).toMatchObject({ action: 'none' });
  });
});
