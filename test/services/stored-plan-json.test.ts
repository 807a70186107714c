import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readBuiltWith, readProgramWeek, readStoredPlan, readWorkoutDay } from '../../src/services/stored-plan-json.js';
import { planOutline, programWeek } from '../../src/engine/program/program.js';
import { hybridRequest } from '../../src/engine/program/personas.js';

const stored = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));
const request = hybridRequest();
const outline = planOutline(request);

describe('storedPlanJson.readBuiltWith', () => {
  it('when a stored day carries its build record, reads week, stamp and plan date (other members dropped)', () => {
    const stored = { weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02', planVersion: 2, inputs: { easeOffs: [] } };
    expect(readBuiltWith(stored)).toEqual({ weekNumber: 3, stamp: '7:12:1:s14', planDate: '2026-03-02' });
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

describe('storedPlanJson.readWorkoutDay', () => {
  it('when a stored day is not a day (no items, a bad date), reads null', () => {
    expect(readWorkoutDay({ date: '2026-03-02', kind: 'strength', title: 'Lower' })).toBeNull();
    expect(readWorkoutDay(null)).toBeNull();
  });
});
