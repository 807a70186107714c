import { describe, expect, it } from 'vitest';
import { parseLifts } from '../../src/conversation/parse/lift-log.js';
import { loadSaidAsPair, namesNoVariant, resolveLiftVariant, type LiftVariantContext } from '../../src/conversation/parse/lift-variant.js';
import { exerciseById } from '../../src/engine/strength/index.js';
import type { Equipment } from '../../src/engine/vocabulary.js';

const HOME_KIT: Equipment[] = ['bench', 'dumbbell', 'bands', 'bodyweight'];
const FULL_GYM: Equipment[] = ['barbell', 'rack', 'bench', 'dumbbell', 'cable', 'machine', 'pullup_bar', 'bodyweight'];
const ctx = (equipment: Equipment[], planExerciseIds: string[] = []): LiftVariantContext => ({ equipment, planExerciseIds });

/** The exercise ids a text logs, each resolved for the client. */
function logged(text: string, c: LiftVariantContext): string[] {
  return parseLifts(text).map((l) => resolveLiftVariant(exerciseById(l.exerciseId)!, l.written, c).id);
}

describe('lift-variant.resolveLiftVariant', () => {
  it('when a bare "bench" is heavier than the client\'s heaviest dumbbell it is the barbell bench, not the plan\'s dumbbell bench', () => {
    // A garage with a barbell and dumbbells to 40 lb; this week plans the dumbbell bench press.
    const c: LiftVariantContext = { ...ctx(FULL_GYM, ['db_bench_press']), heaviestDumbbellLb: 40 };
    const bench = exerciseById('bench_press')!;
    expect(resolveLiftVariant(bench, 'bench', c, 95).id).toBe('bench_press');
    expect(resolveLiftVariant(bench, 'bench', c, 35).id).toBe('db_bench_press');
  });

  it('when the load is said as a pair ("rows 3x10 w 60s") the lift is the dumbbell one, the plan\'s own first', () => {
    const text = 'bench 3x8 @ 155 and rows 3x10 w 60s';
    const [bench, rows] = parseLifts(text);
    expect(loadSaidAsPair(text, bench!.written)).toBe(false);
    expect(loadSaidAsPair(text, rows!.written)).toBe(true);
    const resolve = (c: LiftVariantContext) => resolveLiftVariant(exerciseById(rows!.exerciseId)!, rows!.written, c, undefined, true).id;
    // A full gym's plan with the bent-over dumbbell row: that row (the library's one-arm row needs a bench).
    expect(resolve(ctx(FULL_GYM, ['back_squat', 'db_bent_over_row']))).toBe('db_bent_over_row');
    // No dumbbell row in the plan: the library's dumbbell row, never the barbell row.
    expect(resolve(ctx(FULL_GYM, ['back_squat', 'barbell_row']))).toBe('db_row');
  });

  it('when a dumbbell-only client logs "rows 3x12 @ 40" it is a dumbbell row, never a barbell row', () => {
    expect(logged('db bench 45x10 x3 felt easy and rows 3x12 @ 40', ctx(HOME_KIT))).toEqual(['db_bench_press', 'chest_supported_row']);
  });

  it('when the plan has bodyweight squats, "squat 3x5 at 225" is a loaded squat (the back squat), and a squat logged with no load is the plan\'s', () => {
    const c = ctx(FULL_GYM, ['bodyweight_squat', 'bench_press']);
    const squat = exerciseById('back_squat')!;
    expect(resolveLiftVariant(squat, 'squat', c, 225).id).toBe('back_squat');
    expect(resolveLiftVariant(squat, 'squat', c).id).toBe('bodyweight_squat');
  });

  it("when the client's plan has a row, a bare \"rows\" is that row", () => {
    expect(logged('rows 3x12 @ 40', ctx(HOME_KIT, ['goblet_squat', 'db_row']))).toEqual(['db_row']);
  });

  it('when a dumbbell-only client logs curls, press or lunges they are the dumbbell variants', () => {
    for (const id of logged('curls 3x10 @ 20, press 3x8 @ 30, lunges 3x10 @ 25', ctx(HOME_KIT))) {
      expect(exerciseById(id)!.equipment.every((e) => HOME_KIT.includes(e)), id).toBe(true);
    }
  });

  it('when the plan has the dumbbell floor press, "used the 25s for the floor press and 30s for rows" logs both planned dumbbell lifts', () => {
    // "floor press" says the variant but not the implement: the plan's dumbbell floor press, not the barbell one.
    expect(logged('used the 25s for the floor press and 30s for rows', ctx(HOME_KIT, ['wall_sit', 'db_floor_press', 'db_row']))).toEqual(['db_floor_press', 'db_row']);
    // With a barbell named it stays the barbell lift.
    expect(logged('barbell floor press 3x5 at 135', ctx(FULL_GYM, ['db_floor_press']))).toEqual(['floor_press']);
  });

  it('when the plan has the dumbbell box squat and the goblet squat, "box squats 3x10 with 35s" is the box squat (was the goblet squat)', () => {
    expect(logged('did the box squats 3x10 with 35s', ctx([...HOME_KIT, 'pullup_bar'], ['goblet_squat', 'db_box_squat', 'db_floor_press']))).toEqual(['db_box_squat']);
    // "hack squats" from a gym plan with goblet and hack squats is the hack squat, not the first squat planned.
    expect(logged('hack squats 3x10 at 90', ctx(FULL_GYM, ['goblet_squat', 'hack_squat']))).toEqual(['hack_squat']);
  });

  it('when a full-gym client logs "rows 3x10 @ 135" it stays the barbell row', () => {
    expect(logged('rows 3x10 @ 135', ctx(FULL_GYM))).toEqual(['barbell_row']);
  });

  it("when a full-gym client's plan rows on the cable, a bare \"rows\" is the cable row", () => {
    expect(logged('rows 3x10 @ 120', ctx(FULL_GYM, ['seated_cable_row']))).toEqual(['seated_cable_row']);
  });

  it('when the plan has an RDL, a bare "deadlift" is that RDL - unless the same text logs the RDL by name', () => {
    const plan = ctx(FULL_GYM, ['back_squat', 'romanian_deadlift']);
    expect(logged('deadlift 3x8 @ 135', plan)).toEqual(['romanian_deadlift']);
    // As the coach reads a text: every lift it names is known before any is resolved.
    const text = 'deadlift 2 sets of 3 at 385 felt heavy, then rdl 3x8 135';
    const alsoLogged = parseLifts(text).map((l) => l.exerciseId);
    expect(logged(text, { ...plan, alsoLogged })).toEqual(['deadlift', 'romanian_deadlift']);
  });

  it('when the name says the implement it is kept, whatever the kit', () => {
    expect(logged('barbell row 3x5 @ 135', ctx(HOME_KIT))).toEqual(['barbell_row']);
    expect(namesNoVariant('db row')).toBe(false);
    expect(namesNoVariant('rows')).toBe(true);
  });
});
