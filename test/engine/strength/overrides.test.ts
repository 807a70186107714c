import { describe, expect, it } from 'vitest';
import { buildStrengthOutline, exerciseById, strengthWeek, validateStrengthWeek } from '../../../src/engine/strength/index.js';
import { EQUIPMENT_PRESETS } from '../../../src/engine/vocabulary.js';
import { aRequest, totalSets } from './builders.js';

const req = aRequest({ weeks: 8, oneRepMaxes: { back_squat: 315, bench_press: 225 } });
const outline = buildStrengthOutline(req);

describe('week overrides', () => {
  it('when a date is travel with a hotel gym, that day has no barbell work and the rest of the week is unchanged', () => {
    const plain = strengthWeek(req, outline, 2);
    const week = strengthWeek(req, outline, 2, { overrides: { equipmentByDate: { '2026-03-10': EQUIPMENT_PRESETS.hotel_gym } } });
    const tue = week.days[1]!;
    expect(tue.exercises.length).toBeGreaterThan(0);
    for (const e of tue.exercises) for (const q of exerciseById(e.exerciseId)!.equipment) expect(['dumbbell', 'bench', 'machine', 'bodyweight']).toContain(q);
    expect(tue.exercises.some((e) => e.rationale.startsWith('Replaces back squat'))).toBe(true);
    expect(week.days[0]).toEqual(plain.days[0]);
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });

  it('when a new shoulder injury is added, no pressing that loads the shoulder remains', () => {
    const week = strengthWeek(req, outline, 2, { overrides: { extraLimitations: ['shoulder'] } });
    const all = week.days.flatMap((d) => d.exercises);
    for (const e of all) expect(exerciseById(e.exerciseId)!.stresses).not.toContain('shoulder');
    expect(all.some((e) => e.exerciseId === 'bench_press')).toBe(false);
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });

  it('when the client is sore (volume x0.7), the week has clearly fewer sets', () => {
    const plain = strengthWeek(req, outline, 3);
    const sore = strengthWeek(req, outline, 3, { overrides: { volumeMultiplier: 0.7 } });
    expect(totalSets(sore)).toBeLessThan(totalSets(plain) * 0.9);
    expect(sore.notes.join(' ')).toContain('70%');
  });

  it('when a date is skipped, it becomes a rest day', () => {
    const week = strengthWeek(req, outline, 1, { overrides: { skipDates: ['2026-03-05'] } });
    expect(week.days[3]).toMatchObject({ type: 'rest', theme: 'Rest (skipped)', exercises: [] });
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });

  it('when logged history exists, loads come from the latest session before the week', () => {
    // 245 lb x 5 @ RIR 1 on 2026-03-10 → Epley 245 × (1 + 6/30) = 294 lb, replacing the given 315.
    const history = [
      { exerciseId: 'back_squat', date: '2026-03-03', weight: 230, reps: 8, rir: 3 },
      { exerciseId: 'back_squat', date: '2026-03-10', weight: 245, reps: 5, rir: 1 },
      { exerciseId: 'back_squat', date: '2026-03-24', weight: 300, reps: 5, rir: 0 }, // after week 3 starts: ignored
    ];
    const week = strengthWeek(req, outline, 3, { history });
    expect(week.inputs.oneRepMaxes.back_squat).toMatchObject({ value: 294, source: 'history' });
    expect(week.inputs.loggedSetsUsed).toBe(2);
  });
});

describe('validate.validateStrengthWeek (negative cases)', () => {
  const good = strengthWeek(req, outline, 1);
  const clone = () => JSON.parse(JSON.stringify(good)) as typeof good;

  it('when a week is tampered with, each broken rule is reported', () => {
    const a = clone();
    a.days[0]!.exercises = [];
    expect(validateStrengthWeek(a, req).errors.join()).toContain('training day with no exercises');

    const b = clone();
    b.days[0]!.exercises[0]!.load = 227.5;
    expect(validateStrengthWeek(b, req).errors.join()).toContain('not loadable');

    const c = clone();
    const dumbReq = aRequest({ equipment: EQUIPMENT_PRESETS.dumbbells_only });
    expect(validateStrengthWeek(c, dumbReq).errors.join()).toContain('not all available');

    const d = clone();
    expect(validateStrengthWeek(d, aRequest({ limitations: ['knee'] })).errors.join()).toContain("loads the client's knee");

    const e = clone();
    e.days[0]!.exercises[0]!.rir = 7;
    expect(validateStrengthWeek(e, req).errors.join()).toContain('RIR 7');

    const f = clone();
    f.days[0]!.exercises[0]!.sets = 12;
    expect(validateStrengthWeek(f, req).errors.join()).toContain('out of 1-6');

    const g = clone();
    g.block.type = 'deload';
    expect(validateStrengthWeek(g, req, good).errors.join()).toMatch(/deload has \d+ sets/);

    const h = clone();
    h.days[1]!.loadLevel = 'heavy';
    h.days[1]!.exercises[0]!.role = 'main';
    h.days[1]!.exercises[0]!.muscles = ['chest'];
    expect(validateStrengthWeek(h, req).errors.join()).toContain('both heavy for chest');

    const i = clone();
    i.hardSetsByMuscle.chest = 40;
    expect(validateStrengthWeek(i, req).errors.join()).toContain('chest: reported 40');
  });
});

describe('a day pain takes lifts out of', () => {
  it('keeps what is left at its preferred sets at most: the freed sets are not piled on (was "Hammer curl 5x10-15")', async () => {
    const { EXERCISES } = await import('../../../src/engine/strength/exercises.js');
    const { PATTERNS_FOR_PART } = await import('../../../src/engine/adaptation/body.js');
    const plain = strengthWeek(req, outline, 2);
    const day = plain.days.findIndex((d) => d.exercises.length > 0);
    const date = plain.days[day]!.date;
    const out = EXERCISES.filter((ex) => PATTERNS_FOR_PART.shoulders!.includes(ex.pattern)).map((ex) => ex.id);
    const week = strengthWeek(req, outline, 2, { overrides: { excludeByDate: { [date]: out } } });
    const cut = week.days[day]!;
    expect(cut.exercises.length).toBeLessThan(plain.days[day]!.exercises.length);
    const usual = new Map(plain.days[day]!.exercises.map((e) => [e.exerciseId, e.sets]));
    // A lift the full session squeezed to 2 may get its usual 3 back, never more than the session gave it or 3.
    for (const e of cut.exercises) expect(e.sets, e.name).toBeLessThanOrEqual(Math.max(usual.get(e.exerciseId) ?? 0, 3));
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });
});
