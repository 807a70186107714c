import { describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readBuiltWith, readProgramWeek, readStoredPlan, readStoredWorkoutDay, readWorkoutDay } from '../../src/services/stored-plan-json.js';
import { planOutline, programWeek, workoutFor } from '../../src/engine/program/program.js';
import { lazyJson } from '../../src/db/json-text.js';
import { addDays } from '../../src/engine/dates.js';
import { hybridRequest } from '../../src/engine/program/personas.js';

const stored = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));
const request = hybridRequest();
const outline = planOutline(request);

describe('storedPlanJson.readBuiltWith', () => {
  it('when a stored day carries its build record, reads week, stamp and plan date (other members dropped)', () => {
    const stored = { weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02', planVersion: 2, inputs: { easeOffs: [] } };
    expect(readBuiltWith(stored)).toEqual({ weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02' });
  });

  it('a row read again gives the same record, and a restamped copy reads its new stamp', () => {
    const engineInput = { weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02' };
    const first = readBuiltWith(engineInput);
    expect(readBuiltWith(engineInput)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // plans.service restamps a day by writing a copy ({ ...engine_input, stamp }), never the read object.
    expect(readBuiltWith({ ...engineInput, stamp: '7:12:2:s14' })).toEqual({ weekNumber: 3, stamp: '7:12:2:s14', planDate: '2026-03-02' });
    expect(readBuiltWith(engineInput).stamp).toBe('7:12:1:s14');
  });

  it('when the record is missing or not of that shape, reads as empty so the week or day is built again', () => {
    expect(readBuiltWith(null)).toEqual({});
    expect(readBuiltWith('7:12:1')).toEqual({});
    // A stamp stored as a number is not a stamp weekStamp writes: it must not be taken as current.
    expect(readBuiltWith({ weekNumber: 3, stamp: 71210 })).toEqual({});
    expect(readBuiltWith({ weekNumber: 2.5, stamp: '7:12:1' })).toEqual({});
  });
});

describe('storedPlanJson.readStoredPlan', () => {
  it('when a plan row is read again, the parsed request and outline are the same frozen objects (parsed once per plan)', () => {
    const row = { id: randomUUID(), request: stored(request), outline: stored(outline) };
    const first = readStoredPlan(row);
    const again = readStoredPlan({ ...row, request: stored(request), outline: stored(outline) });
    expect(first.success && again.success).toBe(true);
    if (!first.success || !again.success) return;
    expect(first.data.outline).toEqual(stored(outline));
    expect(again.data.outline).toBe(first.data.outline);
    expect(Object.isFrozen(first.data.outline.race?.weeks[0])).toBe(true);
  });

  it('when plans of one template are read (other ids, equal JSON), each reads the same plan; a bad one still fails with its own id', () => {
    // A roster's plans share a few templates: the second plan's JSON is parsed by content, not again.
    const a = readStoredPlan({ id: randomUUID(), request: stored(request), outline: stored(outline) });
    const b = readStoredPlan({ id: randomUUID(), request: stored(request), outline: stored(outline) });
    expect(a.success && b.success).toBe(true);
    if (!a.success || !b.success) return;
    expect(b.data).toBe(a.data);
    expect(b.data.request).toEqual(stored(request));
    // One member differs: another plan.
    const c = readStoredPlan({ id: randomUUID(), request: stored(request), outline: { ...(stored(outline) as object), startDate: '2030-01-07' } });
    expect(c.success && c.data.outline.startDate).toBe('2030-01-07');
    expect(a.data.outline.startDate).toBe(outline.startDate);
    const id = randomUUID();
    const bad = readStoredPlan({ id, request: stored(request), outline: { ...(stored(outline) as object), weeks: 'twelve' } });
    expect(bad).toEqual({ success: false, error: expect.stringContaining(`plan ${id} has a stored outline`) });
  });

  it("when a template's plan rows arrive as jsonb text (a number's first text in a process), the second is found by its text, never parsed", () => {
    // As the inbound statement reads a plan row: the JSON as text, parsed only when read (db/json-text.ts).
    const asRead = (req: unknown, out: unknown) => {
      const row: Record<string, unknown> = { id: randomUUID() };
      lazyJson(row, 'request', JSON.stringify(req));
      lazyJson(row, 'outline', JSON.stringify(out));
      return row as { id: string; request: unknown; outline: unknown };
    };
    const template = { ...(stored(outline) as object), startDate: '2031-02-03' };
    const first = readStoredPlan(asRead(stored(request), template));
    const again = asRead(stored(request), template);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const second = readStoredPlan(again);
      expect(parse).not.toHaveBeenCalled();
      expect(first.success && second.success && second.data).toBe(first.success && first.data);
    } finally {
      parse.mockRestore();
    }
    // Other text, another plan; a bad one still fails with its own id.
    const other = readStoredPlan(asRead(stored(request), { ...template, startDate: '2031-02-10' }));
    expect(other.success && other.data.outline.startDate).toBe('2031-02-10');
    const bad = asRead(stored(request), { ...template, weeks: 'twelve' });
    expect(readStoredPlan(bad)).toEqual({ success: false, error: expect.stringContaining(`plan ${bad.id} has a stored outline`) });
  });

  it('when the request or outline is not of the engine\'s shape, the error names the plan and the field', () => {
    const id = randomUUID();
    const bad = readStoredPlan({ id, request: { ...(stored(request) as object), kind: 'yoga' }, outline: stored(outline) });
    expect(bad).toEqual({ success: false, error: expect.stringContaining(`plan ${id} has a stored request`) });
    const badOutline = readStoredPlan({ id: randomUUID(), request: stored(request), outline: { ...(stored(outline) as object), startDate: 3 } });
    expect(badOutline.success === false && badOutline.error).toContain('outline.startDate');
  });
});

describe('storedPlanJson.readProgramWeek', () => {
  it('when a stored week is the engine\'s, reads it whole; when a day lost its laps, reads null (the page skips it)', () => {
    const week = stored(programWeek(request, outline, 2)) as { race: { days: Array<Record<string, unknown>> } };
    expect(readProgramWeek(week)).toEqual(week);
    const broken = { ...week, race: { ...week.race, days: [{ ...week.race.days[0], warmup: undefined }] } };
    expect(readProgramWeek(broken)).toBeNull();
    expect(readProgramWeek('week 2')).toBeNull();
  });
});

describe('storedPlanJson.readStoredWorkoutDay', () => {
  it("when clients of a template store the same day, a client's row read as jsonb text is found by its text, never parsed", () => {
    const week = programWeek(request, outline, 2);
    const dates = [0, 1, 2, 3, 4, 5, 6].map((k) => addDays(outline.startDate, 7 + k));
    const planned = dates.map((d) => workoutFor(outline, week, d)).find((d) => d !== null)!;
    const day = { ...planned, title: 'Shared day 7' };
    expect(readWorkoutDay(stored(day))).not.toBeNull();
    const asRead = (workout: unknown) => {
      const row: Record<string, unknown> = { id: randomUUID(), version: 1 };
      lazyJson(row, 'workout', JSON.stringify(workout));
      return row as { id: string; version: number; workout: unknown };
    };
    const first = readStoredWorkoutDay(asRead(stored(day)));
    expect(first).toEqual(readWorkoutDay(stored(day)));
    const again = asRead(stored(day));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(readStoredWorkoutDay(again)).toBe(first);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(readStoredWorkoutDay(asRead({ ...(stored(day) as object), title: 'Shared day 8' }))?.title).toBe('Shared day 8');
    expect(readStoredWorkoutDay(asRead({ ...(stored(day) as object), items: 'none' }))).toBeNull();
  });
});

describe('storedPlanJson.readWorkoutDay', () => {
  it('when a stored day is not a day (no items, a bad date), reads null', () => {
    expect(readWorkoutDay({ date: '2026-03-02', kind: 'strength', title: 'Lower' })).toBeNull();
    expect(readWorkoutDay(null)).toBeNull();
  });
});
