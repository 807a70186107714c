import { describe, expect, it } from 'vitest';
import { weekOnDays } from '../../../src/engine/adaptation/week-days.js';
import { moveSessions } from '../../../src/engine/adaptation/missed.js';
import { addDays } from '../../../src/engine/dates.js';
import type { WorkoutDay } from '../../../src/engine/workout/workout.js';
import { planDay } from './plan-day.builder.js';

// Week of Monday 2026-03-02 … Sunday 2026-03-08.
const MON = '2026-03-02';
const date = (i: number) => addDays(MON, i);
type Kind = 'rest' | 'easy' | 'long' | 'tempo' | 'heavy' | 'moderate' | 'light';
const TITLE: Record<Kind, string> = { rest: 'Rest', easy: 'Easy run', long: 'Long run', tempo: 'Tempo run', heavy: 'Full body A', moderate: 'Full body B', light: 'Full body C' };
const day = (i: number, k: Kind): WorkoutDay =>
  planDay(date(i), k === 'rest' ? 'rest' : ['heavy', 'moderate', 'light'].includes(k) ? 'strength' : 'run', TITLE[k], k === 'rest' ? 'rest' : k === 'easy' ? 'light' : k === 'long' || k === 'tempo' ? 'heavy' : (k as 'heavy' | 'moderate' | 'light'));
const week = (...kinds: Kind[]) => kinds.map((k, i) => day(i, k));
/** The week's titles by weekday after applying the moves one after another, as the plan does. */
const after = (days: WorkoutDay[], moves: ReturnType<typeof weekOnDays>['moves']) => {
  const byDate = new Map(days.map((d) => [d.date, d.title]));
  for (const m of moves) {
    if (m.dropped) byDate.set(m.from, 'Rest');
    else {
      byDate.set(m.to, byDate.get(m.from)!);
      byDate.set(m.from, 'Rest');
    }
  }
  return days.map((d) => byDate.get(d.date));
};

describe('weekOnDays', () => {
  it('when a Mon/Wed/Fri lifter can train Thu, Fri, Sun this week, the three sessions keep their order on those days', () => {
    const days = week('heavy', 'rest', 'moderate', 'rest', 'light', 'rest', 'rest');
    const r = weekOnDays({ days, available: [date(3), date(4), date(6)], today: date(0) });
    expect(after(days, r.moves)).toEqual(['Rest', 'Rest', 'Rest', 'Full body A', 'Full body B', 'Rest', 'Full body C']);
    expect(r.dropped).toEqual([]);
  });

  it('when a day given already holds its session, that session stays and only the others move', () => {
    const days = week('heavy', 'rest', 'moderate', 'rest', 'light', 'rest', 'rest');
    const r = weekOnDays({ days, available: [date(1), date(2), date(4), date(5)], today: date(0) });
    expect(r.moves).toEqual([{ from: date(0), to: date(1), asked: true }]);
    expect(r.kept).toEqual([date(2), date(4)]);
  });

  it('when there are more days than sessions, hard days back to back are avoided', () => {
    const days = week('heavy', 'rest', 'moderate', 'rest', 'light', 'rest', 'rest');
    // Thu, Fri, Sat, Sun: Thu/Sat/Sun or Thu/Fri/Sun have one back-to-back pair, Thu/Fri/Sat two.
    const r = weekOnDays({ days, available: [date(3), date(4), date(5), date(6)], today: date(0) });
    expect(after(days, r.moves)).toEqual(['Rest', 'Rest', 'Rest', 'Full body A', 'Full body B', 'Rest', 'Full body C']);
  });

  it('when there are fewer days than sessions, the light lifting day goes first and an easy run before a long run', () => {
    const lifts = week('heavy', 'rest', 'moderate', 'rest', 'light', 'rest', 'rest');
    const l = weekOnDays({ days: lifts, available: [date(1), date(5)], today: date(0) });
    expect(l.dropped).toEqual([date(4)]);
    expect(after(lifts, l.moves)).toEqual(['Rest', 'Full body A', 'Rest', 'Rest', 'Rest', 'Full body B', 'Rest']);
    const runs = week('rest', 'easy', 'rest', 'tempo', 'rest', 'easy', 'long');
    const r = weekOnDays({ days: runs, available: [date(2), date(4), date(6)], today: date(0) });
    expect(r.dropped).toEqual([date(5)]);
    expect(after(runs, r.moves)).toEqual(['Rest', 'Rest', 'Easy run', 'Rest', 'Tempo run', 'Rest', 'Long run']);
  });

  it('never moves a past or done day, and never moves a session onto one', () => {
    const days = week('heavy', 'rest', 'moderate', 'rest', 'light', 'rest', 'rest');
    // Told on Wednesday with Wednesday already done: only Friday's session is open.
    const r = weekOnDays({ days, available: [date(0), date(2), date(5)], today: date(2), completed: [date(2)] });
    expect(r.moves).toEqual([{ from: date(4), to: date(5), asked: true }]);
  });
});

describe('moveSessions', () => {
  it('when a week_days move is a drop, the session becomes a rest day that says why', () => {
    const w = { weekNumber: 1, startDate: date(0), endDate: date(6), race: null, strength: { days: [0, 1].map((i) => ({ date: date(i), dayNumber: i + 1, type: i === 0 ? 'training' : 'rest', theme: i === 0 ? 'Full body A' : 'Rest', loadLevel: i === 0 ? 'heavy' : 'rest', exercises: [], estimatedMinutes: i === 0 ? 45 : 0, notes: [] })) } } as unknown as Parameters<typeof moveSessions>[0];
    const out = moveSessions(w, [{ from: date(0), to: date(0), asked: true, dropped: true }]);
    expect(out.strength!.days[0]).toMatchObject({ type: 'rest', notes: ['No day for it this week: dropped.'] });
  });
});
