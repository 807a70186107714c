import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptedWeek, type AdaptationContext, type AdaptationInput } from '../../../src/engine/adaptation/index.js';
import { addDays } from '../../../src/engine/dates.js';
import { validateRaceWeek } from '../../../src/engine/endurance/index.js';
import { planOutline, programWeek, workoutFor, type PlanRequest } from '../../../src/engine/program/program.js';
import { exerciseById, validateStrengthWeek, type StrengthRequest } from '../../../src/engine/strength/index.js';
import { EQUIPMENT } from '../../../src/engine/vocabulary.js';
import { raceRequest } from '../endurance/builders.js';
import { aRequest } from '../strength/builders.js';

const ctx = (adaptations: AdaptationInput[], soreness: AdaptationContext['soreness'] = []): AdaptationContext => ({ adaptations, soreness });

describe('a lifter', () => {
  // 12-week plan from Mon 2026-03-02, Mon/Tue/Thu/Fri, full gym, known maxes so loads show.
  const req: StrengthRequest = aRequest({ oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405, db_bench_press: 80, goblet_squat: 100 } });
  const outline = planOutline(req);

  it('in a hotel Tue-Thu with dumbbells to 50 lb: no barbell or cable work those days, dumbbells at most 50', () => {
    const trip: AdaptationInput = { kind: 'travel', from: '2026-03-10', to: '2026-03-12', equipment: ['dumbbell', 'bench'], maxDumbbell: { load: 50, unit: 'lb' }, cardio: ['treadmill'], timezone: null, reason: 'hotel' };
    const { week, changes } = adaptedWeek(req, outline, 2, {}, ctx([trip]));
    const tue = week.strength!.days.find((d) => d.date === '2026-03-10')!;
    expect(tue.type).toBe('training');
    for (const e of tue.exercises) {
      const ex = exerciseById(e.exerciseId)!;
      expect(ex.equipment.every((q) => ['dumbbell', 'bench', 'bodyweight'].includes(q)), e.exerciseId).toBe(true);
      if (e.load !== null && ex.implement === 'dumbbell') expect(e.load).toBeLessThanOrEqual(50);
    }
    // Monday and Friday keep the gym.
    const mon = week.strength!.days.find((d) => d.date === '2026-03-09')!;
    expect(mon.equipment).toContain('barbell');
    expect(changes.map((c) => c.type)).toContain('equipment_change');
    expect(changes.find((c) => c.type === 'equipment_change')!.dates).toEqual(['2026-03-10', '2026-03-12']);
    expect(validateStrengthWeek(week.strength!, req).errors).toEqual([]);
  });

  it('sick Mon-Wed: those days rest, Thursday and Friday back at about 70% of the sets', () => {
    const ill: AdaptationInput = { kind: 'illness', from: '2026-03-09', to: '2026-03-11', reason: 'cold' };
    const { week, base } = adaptedWeek(req, outline, 2, {}, ctx([ill]));
    const days = week.strength!.days;
    expect(days.find((d) => d.date === '2026-03-09')!.type).toBe('rest');
    expect(days.find((d) => d.date === '2026-03-10')!.type).toBe('rest');
    const sets = (w: typeof week, date: string) => w.strength!.days.find((d) => d.date === date)!.exercises.reduce((t, e) => t + e.sets, 0);
    // Thursday: every exercise at round(sets × 0.7), at least 1.
    const thuBase = base.strength!.days.find((d) => d.date === '2026-03-12')!.exercises;
    const expected = thuBase.reduce((t, e) => t + Math.max(1, Math.round(e.sets * 0.7)), 0);
    expect(sets(week, '2026-03-12')).toBe(expected);
    expect(sets(week, '2026-03-12')).toBeLessThan(sets(base, '2026-03-12'));
    expect(validateStrengthWeek(week.strength!, req).errors).toEqual([]);
  });

  it('sore quads (4/5): the next session with quad work does 2 sets fewer of each quad exercise, nothing else changes', () => {
    const plain = programWeek(req, outline, 2).strength!;
    // The first session of week 2 that trains quads; soreness reported the day before it.
    const legDay = plain.days.find((d) => d.exercises.some((e) => e.muscles.includes('quads')))!;
    const { week, base, changes } = adaptedWeek(req, outline, 2, {}, ctx([], [{ date: addDays(legDay.date, -1), bodyParts: ['quads'], severity: 4 }]), new Set(plain.days.filter((d) => d.date < legDay.date).map((d) => d.date)));
    const mon = week.strength!.days.find((d) => d.date === legDay.date)!;
    const monBase = base.strength!.days.find((d) => d.date === legDay.date)!;
    for (const [i, e] of mon.exercises.entries()) {
      const b = monBase.exercises[i]!;
      expect(e.exerciseId).toBe(b.exerciseId);
      // A quad main lift keeps 2 working sets (3 - 2 would leave 1); quad accessories go to at least 1.
      expect(e.sets).toBe(b.muscles.includes('quads') ? Math.max(b.role === 'main' ? Math.min(2, b.sets) : 1, b.sets - 2) : b.sets);
    }
    const main = mon.exercises.find((e) => e.role === 'main' && e.muscles.includes('quads'));
    expect(main?.sets, 'the day has a quad main lift').toBeGreaterThanOrEqual(2);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.reason).toMatch(/Sore quads: 2 sets fewer/);
  });

  it('tight quads (stiffness) cut the same sets and name the change "Tight", as the client said it', () => {
    const plain = programWeek(req, outline, 2).strength!;
    const legDay = plain.days.find((d) => d.exercises.some((e) => e.muscles.includes('quads')))!;
    const settled = new Set(plain.days.filter((d) => d.date < legDay.date).map((d) => d.date));
    const report = { date: addDays(legDay.date, -1), bodyParts: ['quads'], severity: 4 };
    const sore = adaptedWeek(req, outline, 2, {}, ctx([], [report]), settled);
    const tight = adaptedWeek(req, outline, 2, {}, ctx([], [{ ...report, tight: true }]), settled);
    expect(tight.week).toEqual(sore.week);
    expect(tight.changes).toHaveLength(1);
    expect(tight.changes[0]!.reason).toMatch(/^Tight quads: 2 sets fewer/);
  });

  it('knee pain: no exercise that loads the knee for 7 days; wall sits asked out stay out for good', () => {
    const pain: AdaptationInput = { kind: 'pain', from: '2026-03-09', to: null, bodyPart: 'knee', redFlag: false, exerciseId: null, reason: 'knee' };
    const { week } = adaptedWeek(req, outline, 2, {}, ctx([pain]));
    expect(validateStrengthWeek(week.strength!, { ...req, limitations: ['knee'] }).errors.filter((e) => /loads the client/.test(e))).toEqual([]);
    const squat = aRequest();
    const planned = programWeek(squat, planOutline(squat), 3).strength!.days.flatMap((d) => d.exercises.map((e) => e.exerciseId));
    const dropped = planned[0]!;
    const ex: AdaptationInput = { kind: 'exclude', from: '2026-03-02', exerciseId: dropped, toExerciseId: null, reason: 'stop' };
    for (const n of [3, 7, 11]) {
      const w = adaptedWeek(squat, planOutline(squat), n, {}, ctx([ex])).week;
      expect(w.strength!.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))).not.toContain(dropped);
    }
  });

  it('when a swap names an RDL, the change line keeps the acronym and the capital ("Romanian deadlift", "RDL", never "rdl")', () => {
    const swaps: AdaptationInput[] = [
      { kind: 'exclude', from: '2026-03-02', exerciseId: 'romanian_deadlift', toExerciseId: 'single_leg_rdl', reason: 'swap' },
      { kind: 'exclude', from: '2026-03-02', exerciseId: 'deadlift', toExerciseId: 'db_romanian_deadlift', reason: 'swap' },
    ];
    const reasons = adaptedWeek(req, outline, 2, {}, ctx(swaps)).changes.map((c) => c.reason).join(' ');
    expect(reasons).toContain('Single-leg dumbbell RDL instead of Romanian deadlift');
    expect(reasons).toContain('Dumbbell Romanian deadlift instead of deadlift');
    expect(reasons).not.toMatch(/\brdl\b|\bromanian\b/);
  });
});

describe('a runner', () => {
  const req = raceRequest(); // marathon, Tue/Wed/Thu/Sat/Sun from Mon 2026-11-30
  const outline = planOutline(req);

  it('sore legs the day before a long run: it becomes an easy, shorter run', () => {
    const w = programWeek(req, outline, 8);
    const long = w.race!.days.find((d) => d.type === 'long')!;
    const { week, changes } = adaptedWeek(req, outline, 8, {}, ctx([], [{ date: addDays(long.date, -1), bodyParts: ['legs'], severity: 4 }]));
    const after = week.race!.days.find((d) => d.date === long.date)!;
    expect(after.type).toBe('easy');
    expect(after.total).toBeLessThan(long.total);
    expect(changes[0]!.reason).toMatch(/long run is now an easy/);
    expect(validateRaceWeek(week.race!, { outline: outline.race! }).errors).toEqual([]);
  });

  it('knee pain: no runs for a week, rest or non-impact instead', () => {
    const w = programWeek(req, outline, 8);
    const pain: AdaptationInput = { kind: 'pain', from: w.startDate, to: null, bodyPart: 'knee', redFlag: false, exerciseId: null, reason: 'knee' };
    const { week } = adaptedWeek(req, outline, 8, {}, ctx([pain]));
    for (const d of week.race!.days) expect(d.type).toBe('rest');
    expect(workoutFor(outline, week, addDays(w.startDate, 1))!.notes.join(' ')).toMatch(/bike, swim or elliptical/);
  });
});

describe('a runner, a lighter week', () => {
  it('a tempo eased for sore legs keeps the long run the plan built, within the plan\'s own long-run share (was cut to 30% of the week)', () => {
    const req = raceRequest(); // marathon: long runs up to 50% of a low-mileage week
    const outline = planOutline(req);
    const base = programWeek(req, outline, 8).race!;
    const tempo = base.days.find((d) => d.type === 'tempo')!;
    const long = base.days.find((d) => d.type === 'long')!;
    expect(long.total / base.trainingVolume).toBeGreaterThan(0.35);
    const { week } = adaptedWeek(req, outline, 8, {}, ctx([], [{ date: addDays(tempo.date, -1), bodyParts: ['legs'], severity: 3 }]));
    expect(week.race!.days.find((d) => d.date === tempo.date)!.type).not.toBe('tempo');
    expect(week.race!.days.find((d) => d.date === long.date)).toMatchObject({ type: 'long', total: long.total });
    expect(validateRaceWeek(week.race!, { outline: outline.race! }).errors).toEqual([]);
  });

  it('one day off sick: the long run is kept within the plan\'s share of what is left (a marathoner\'s 9.5 mi becomes 8.4, not an easy 6.6)', () => {
    const req = raceRequest();
    const outline = planOutline(req);
    const base = programWeek(req, outline, 8).race!;
    const runs = base.days.filter((d) => d.type !== 'rest');
    const long = runs.find((d) => d.type === 'long')!;
    const { week, changes } = adaptedWeek(req, outline, 8, {}, ctx([{ kind: 'illness', from: runs[0]!.date, to: runs[0]!.date, reason: 'sick' }]));
    const after = week.race!.days.find((d) => d.date === long.date)!;
    expect(after.type).toBe('long');
    expect(after.total).toBeLessThan(long.total);
    expect(after.total).toBeGreaterThanOrEqual(Math.floor(long.total * 0.7 * 10) / 10);
    expect(after.total / week.race!.trainingVolume).toBeLessThanOrEqual(0.5 + 0.01);
    expect(changes.map((c) => c.reason).join(' ')).toMatch(/long run is shorter \([\d.]+ mi\): a lighter week keeps the long run within 50% of it/);
    expect(validateRaceWeek(week.race!, { outline: outline.race! }).errors).toEqual([]);
  });

  it('when so much is lost that the share would leave less than a first run back, the long run is an easy run about 70% as long', () => {
    const req = raceRequest();
    const outline = planOutline(req);
    const base = programWeek(req, outline, 8).race!;
    const runs = base.days.filter((d) => d.type !== 'rest');
    const long = runs.find((d) => d.type === 'long')!;
    const { week, changes } = adaptedWeek(req, outline, 8, {}, ctx([{ kind: 'illness', from: runs[0]!.date, to: runs[1]!.date, reason: 'sick' }]));
    const after = week.race!.days.find((d) => d.date === long.date)!;
    expect(after.type).toBe('easy');
    expect(after.total).toBeGreaterThanOrEqual(Math.floor(long.total * 0.7 * 10) / 10 - 0.1);
    expect(changes.map((c) => c.reason).join(' ')).toMatch(/the first long run back is easy and shorter/);
    expect(validateRaceWeek(week.race!, { outline: outline.race! }).errors).toEqual([]);
  });
});

const dates = fc.integer({ min: 0, max: 120 });
const input = (start: string): fc.Arbitrary<AdaptationInput> =>
  fc.oneof(
    fc.record({ a: dates, n: fc.integer({ min: 0, max: 20 }) }).map(({ a, n }) => ({ kind: 'illness' as const, from: addDays(start, a), to: addDays(start, a + n), reason: 'sick' })),
    fc.record({ a: dates, n: fc.integer({ min: 0, max: 6 }), eq: fc.subarray([...EQUIPMENT]), cap: fc.option(fc.integer({ min: 10, max: 100 }), { nil: null }) }).map(({ a, n, eq, cap }) => ({
      kind: 'travel' as const,
      from: addDays(start, a),
      to: addDays(start, a + n),
      equipment: eq,
      maxDumbbell: cap ? { load: cap, unit: 'lb' as const } : null,
      cardio: [],
      timezone: null,
      reason: 'trip',
    })),
    fc.record({ a: dates, part: fc.constantFrom('knee', 'shoulders', 'lower_back', 'wrist', 'achilles', 'shins', 'elbow') }).map(({ a, part }) => ({ kind: 'pain' as const, from: addDays(start, a), to: null, bodyPart: part, redFlag: false, exerciseId: null, reason: 'ow' })),
    fc.record({ a: dates, id: fc.constantFrom('back_squat', 'bench_press', 'wall_sit', 'pull_up', 'deadlift', 'romanian_deadlift') }).map(({ a, id }) => ({ kind: 'exclude' as const, from: addDays(start, a), exerciseId: id, toExerciseId: null, reason: 'no' })),
    fc.record({ a: dates, eq: fc.subarray(['cable', 'pullup_bar', 'barbell', 'machine'] as const, { minLength: 1 }) }).map(({ a, eq }) => ({ kind: 'missing_equipment' as const, from: addDays(start, a), equipment: [...eq], reason: 'none' })),
  );
const soreness = (start: string) =>
  fc.record({ a: dates, parts: fc.subarray(['quads', 'legs', 'chest', 'lower_back', 'calves', 'shoulders'], { minLength: 1 }), sev: fc.integer({ min: 1, max: 5 }) }).map(({ a, parts, sev }) => ({ date: addDays(start, a), bodyParts: parts, severity: sev }));

describe('adaptedWeek: a hotel with light dumbbells', () => {
  it('when 10 lb dumbbells turn sets into 20+ rep sets, the day drops accessory sets to stay within the minutes asked', () => {
    // Found by the property below (seed 1744423974): week 11's Monday came to 63 of 60 minutes.
    const req = aRequest({ oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405, db_bench_press: 80, goblet_squat: 100 } });
    const outline = planOutline(req);
    const trip: AdaptationInput = { kind: 'travel', from: '2026-05-05', to: '2026-05-11', equipment: ['dumbbell'], maxDumbbell: { load: 10, unit: 'lb' }, cardio: [], timezone: null, reason: 'trip' };
    const { week } = adaptedWeek(req, outline, 11, {}, { adaptations: [trip], soreness: [] });
    expect(validateStrengthWeek(week.strength!, req, programWeek(req, outline, 10).strength!).errors).toEqual([]);
    for (const d of week.strength!.days) expect(d.estimatedMinutes).toBeLessThanOrEqual(req.sessionMinutes);
  });
});

describe('adapted weeks still pass the engines validators', () => {
  it('strength: any mix of travel, illness, pain, exclusions, missing kit and soreness', () => {
    const req = aRequest({ oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405, db_bench_press: 80, goblet_squat: 100 } });
    const outline = planOutline(req);
    fc.assert(
      fc.property(fc.array(input(req.startDate), { maxLength: 4 }), fc.array(soreness(req.startDate), { maxLength: 3 }), fc.integer({ min: 1, max: 12 }), (adaptations, sore, n) => {
        const { week } = adaptedWeek(req, outline, n, {}, { adaptations, soreness: sore });
        const prev = n > 1 ? programWeek(req, outline, n - 1).strength! : undefined;
        expect(validateStrengthWeek(week.strength!, req, prev).errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('race: illness, pain and soreness never break the week rules, and the race day and taper stay', () => {
    const req: PlanRequest = raceRequest();
    const outline = planOutline(req);
    fc.assert(
      fc.property(fc.array(input(outline.startDate), { maxLength: 4 }), fc.array(soreness(outline.startDate), { maxLength: 3 }), fc.integer({ min: 1, max: outline.weeks }), (adaptations, sore, n) => {
        const { week, base } = adaptedWeek(req, outline, n, {}, { adaptations, soreness: sore });
        const prev = n > 1 ? programWeek(req, outline, n - 1).race : null;
        expect(validateRaceWeek(week.race!, { outline: outline.race!, previousWeek: prev }).errors).toEqual([]);
        const race = week.race!.days.find((d) => d.type === 'race');
        if (race) expect(race).toEqual(base.race!.days.find((d) => d.type === 'race'));
      }),
      { numRuns: 60 },
    );
  });
});
