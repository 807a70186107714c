import { describe, expect, it } from 'vitest';
import { planOutline, planRequestSchema, programWeek, workoutDaysOf } from '../../../src/engine/program/program.js';
import { planOutlineSchema, programWeekSchema } from '../../../src/engine/program/program.schema.js';
import { workoutDaySchema } from '../../../src/engine/workout/workout.schema.js';
import { personaGrid } from '../../../src/engine/program/personas.js';

/** What jsonb gives back: the engine's output without undefined keys. */
const stored = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('program.schema', () => {
  it('when every persona plan is stored and read back, its request, outline, weeks and days parse to what the engine built', () => {
    for (const { name, request } of personaGrid()) {
      const outline = planOutline(request);
      expect(planRequestSchema.safeParse(stored(request)).success, name).toBe(true);
      const readOutline = planOutlineSchema.safeParse(stored(outline));
      expect(readOutline.error?.issues.slice(0, 3), name).toBeUndefined();
      expect(readOutline.data).toEqual(stored(outline));
      for (const n of [1, Math.ceil(outline.weeks / 2), outline.weeks]) {
        const week = programWeek(request, outline, n);
        const readWeek = programWeekSchema.safeParse(stored(week));
        expect(readWeek.error?.issues.slice(0, 3), `${name} week ${n}`).toBeUndefined();
        expect(readWeek.data).toEqual(stored(week));
        for (const day of workoutDaysOf(outline, week)) {
          const readDay = workoutDaySchema.safeParse(stored(day));
          expect(readDay.error?.issues.slice(0, 3), `${name} ${day.date}`).toBeUndefined();
          expect(readDay.data).toEqual(stored(day));
        }
      }
    }
  });

  it('when a week or outline has lost a field or holds the wrong type, it does not parse', () => {
    const { request } = personaGrid().find((p) => p.request.kind === 'race')!;
    const outline = stored(planOutline(request)) as Record<string, any>;
    const week = stored(programWeek(request, planOutline(request), 1)) as Record<string, any>;
    expect(planOutlineSchema.safeParse({ ...outline, race: { ...outline.race, weeks: 'many' } }).success).toBe(false);
    expect(planOutlineSchema.safeParse({ ...outline, race: { ...outline.race, request: { ...outline.race.request, trainingDays: [9] } } }).success).toBe(false);
    expect(programWeekSchema.safeParse({ ...week, race: { ...week.race, days: [{ date: week.startDate }] } }).success).toBe(false);
    expect(programWeekSchema.safeParse({ ...week, startDate: undefined }).success).toBe(false);
  });
});

describe('workout.schema', () => {
  const { request } = personaGrid().find((p) => p.request.kind === 'strength')!;
  const outline = planOutline(request);
  const day = stored(workoutDaysOf(outline, programWeek(request, outline, 1)).find((d) => d.kind === 'strength')!) as Record<string, unknown>;

  it('when a day was stored before plainWords, paceEstimated, notes, why or position existed, it still reads, with empty ones', () => {
    const { plainWords: _p, paceEstimated: _e, notes: _n, why: _w, position: _pos, ...old } = day;
    const read = workoutDaySchema.safeParse(old);
    expect(read.success).toBe(true);
    expect(read.data).toMatchObject({ notes: [], why: '', position: '', items: day.items });
    expect(read.data?.plainWords).toBeUndefined();
  });

  it('when a note is not text, only that note is dropped', () => {
    expect(workoutDaySchema.parse({ ...day, notes: ['Keep it easy.', 3, null] }).notes).toEqual(['Keep it easy.']);
  });

  it('when a day has no items or an item of another shape, it does not parse', () => {
    expect(workoutDaySchema.safeParse({ ...day, items: undefined }).success).toBe(false);
    expect(workoutDaySchema.safeParse({ ...day, items: [{ kind: 'lift', name: 'Squat' }] }).success).toBe(false);
    expect(workoutDaySchema.safeParse({ ...day, date: 'monday' }).success).toBe(false);
  });
});
