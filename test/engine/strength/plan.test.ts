import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildStrengthOutline,
  buildStrengthPlan,
  EXERCISES,
  exerciseById,
  strengthWeek,
  validateStrengthPlan,
  validateStrengthWeek,
  type StrengthWeek,
} from '../../../src/engine/strength/index.js';
import { EQUIPMENT_PRESETS, STRENGTH_GOALS, TRAINING_AGES, type IsoWeekday } from '../../../src/engine/vocabulary.js';
import { landmarksFor, MUSCLES } from '../../../src/engine/strength/volume-landmarks.js';
import { aRequest, totalSets } from './builders.js';
import { themeFor } from '../../../src/engine/strength/week.js';

const DAY_SETS: IsoWeekday[][] = [
  [2, 5],
  [1, 3, 5],
  [1, 2, 4, 5],
  [1, 2, 3, 5, 6],
  [1, 2, 3, 4, 5, 6],
];
const LENGTHS = [4, 7, 12, 26, 52];
const MINUTES = [20, 30, 45, 60, 90, 150];
const PRESETS = Object.entries(EQUIPMENT_PRESETS);

describe('plan.validateStrengthPlan over a grid', () => {
  it('when every age × goal × 2–6 days × equipment preset is planned (lengths 4/7/12/26/52 in turn), every week passes', () => {
    let i = 0;
    const failures: string[] = [];
    for (const trainingAge of TRAINING_AGES) {
      for (const goal of STRENGTH_GOALS) {
        for (const trainingDays of DAY_SETS) {
          for (const [preset, equipment] of PRESETS) {
            const req = aRequest({
              trainingAge,
              goal,
              trainingDays,
              equipment,
              weeks: LENGTHS[i % LENGTHS.length],
              sessionMinutes: MINUTES[i % MINUTES.length],
              units: i % 2 ? 'kg' : 'lb',
              limitations: i % 4 === 0 ? ['knee'] : i % 9 === 0 ? ['shoulder', 'lower_back'] : [],
              oneRepMaxes: i % 2 ? { back_squat: 140, bench_press: 100 } : { back_squat: 315, deadlift: 405 },
              seed: i,
            });
            i += 1;
            const v = validateStrengthPlan(buildStrengthPlan(req), req);
            if (!v.ok) failures.push(`${trainingAge}/${goal}/${trainingDays.join('')}/${preset}: ${v.errors.slice(0, 2).join(' | ')}`);
          }
        }
      }
    }
    expect(i).toBe(3 * 6 * 5 * PRESETS.length);
    expect(failures).toEqual([]);
  }, 480_000); // 540 plans (6 presets) on 2 shared cores: it took 266 s in a CI run on a loaded machine
});

describe('plan.buildStrengthPlan (property)', () => {
  it('when the request is any valid request, the plan validates and rebuilding it gives identical JSON', () => {
    const request = fc.record({
      startDate: fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      weeks: fc.integer({ min: 4, max: 20 }),
      trainingAge: fc.constantFrom(...TRAINING_AGES),
      goal: fc.constantFrom(...STRENGTH_GOALS),
      trainingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 }) as fc.Arbitrary<IsoWeekday[]>,
      sessionMinutes: fc.integer({ min: 20, max: 150 }),
      equipment: fc.subarray([...EQUIPMENT_PRESETS.full_gym], { minLength: 1 }),
      limitations: fc.subarray(['knee', 'lower_back', 'shoulder', 'elbow', 'wrist', 'hip', 'ankle', 'neck'] as const),
      units: fc.constantFrom('lb' as const, 'kg' as const),
      seed: fc.integer(),
      squat: fc.option(fc.integer({ min: 40, max: 300 })),
      // The heaviest dumbbell / bell (a home rack, one kettlebell): loads stay under it, sets stay under 20 reps.
      maxDumbbell: fc.option(fc.integer({ min: 3, max: 30 }).map((n) => n * 2.5)),
      maxKettlebell: fc.option(fc.constantFrom(8, 12, 16, 24, 32)),
    });
    fc.assert(
      fc.property(request, ({ squat, maxDumbbell, maxKettlebell, ...r }) => {
        const maxLoads = { ...(maxDumbbell ? { dumbbell: maxDumbbell } : {}), ...(maxKettlebell ? { kettlebell: maxKettlebell } : {}) };
        const req = aRequest({ ...r, oneRepMaxes: squat ? { back_squat: squat, deadlift: squat * 1.2, bench_press: squat * 0.75 } : undefined, ...(Object.keys(maxLoads).length ? { maxLoads } : {}) });
        const plan = buildStrengthPlan(req);
        const v = validateStrengthPlan(plan, req);
        expect(v.errors).toEqual([]);
        expect(JSON.stringify(buildStrengthPlan(req))).toBe(JSON.stringify(plan));
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});

describe('plan.strengthWeek', () => {
  const req = aRequest({ weeks: 10, oneRepMaxes: { back_squat: 315, bench_press: 225 } });
  const outline = buildStrengthOutline(req);
  const weeks = outline.weekTable.map((w) => strengthWeek(req, outline, w.weekNumber));

  it('when asked for a week, returns exactly 7 dated days with training on the client days only', () => {
    const w = weeks[0]!;
    expect(w.days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(w.days.map((d) => d.type)).toEqual(['training', 'training', 'rest', 'training', 'training', 'rest', 'rest']);
    expect(w.split).toBe('upper_lower');
  });

  it('when the week is a deload, has about half the sets of the week before, RIR ≥ 3 and lighter loads', () => {
    // Intermediate 10 weeks = two 5-week mesocycles; week 5 is the first deload.
    const before = weeks[3]!;
    const deload = weeks[4]!;
    expect(deload.block.type).toBe('deload');
    const ratio = totalSets(deload) / totalSets(before);
    expect(ratio).toBeGreaterThanOrEqual(0.4);
    expect(ratio).toBeLessThanOrEqual(0.6);
    for (const d of deload.days) for (const e of d.exercises) expect(e.rir).toBeGreaterThanOrEqual(3);
    const squatBefore = before.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat')!;
    const squatDeload = deload.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat')!;
    expect(squatDeload.load!).toBeLessThan(squatBefore.load!);
    expect(validateStrengthWeek(deload, req, before).ok).toBe(true);
  });

  it('when accumulation and intensification weeks go by, RIR falls and the squat load climbs', () => {
    const run = weeks.slice(0, 4);
    expect(run.map((w) => w.block.rir)).toEqual([3, 2, 2, 1]);
    const squat = run.map((w) => w.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'back_squat' && e.role === 'main')!);
    // Week 1: 6-8 @ RIR 3 → 8+3 = 11 → 73.2 % of 315 = 230.6 → 230 lb.
    expect(squat[0]!.load).toBe(230);
    expect(squat[0]!.percent1RM).toBe(73);
    for (let i = 1; i < 4; i += 1) expect(squat[i]!.load!).toBeGreaterThanOrEqual(squat[i - 1]!.load!);
    expect(squat[3]!.load!).toBeGreaterThan(squat[0]!.load!);
  });

  it('when weekly volume is read, it starts near MEV and grows toward but never past MRV', () => {
    const first = weeks[0]!.hardSetsByMuscle;
    const peak = weeks[3]!.hardSetsByMuscle;
    for (const m of ['chest', 'back', 'quads'] as const) {
      const l = landmarksFor(m, 'intermediate');
      expect(first[m]).toBeGreaterThanOrEqual(l.mev - 1);
      // Between MEV and MAV: sessions are filled to ~85 % of the minutes asked with extra sets
      // (issue 13), so week 1 sits above MEV, but never past the top of MAV (chest: MEV 6, MAV 12–20).
      expect(first[m]).toBeLessThanOrEqual(l.mavHigh);
    }
    const sum = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
    expect(sum(peak)).toBeGreaterThan(sum(first));
    for (const w of weeks) for (const m of MUSCLES) expect(w.hardSetsByMuscle[m]).toBeLessThanOrEqual(landmarksFor(m, 'intermediate').mrv);
  });

  it('when the same inputs are given twice, the week is identical', () => {
    expect(JSON.stringify(strengthWeek(req, outline, 3))).toBe(JSON.stringify(weeks[2]));
  });

  it('when the plan is JSON-encoded, it survives a round trip unchanged', () => {
    const plan = buildStrengthPlan(req);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('plan heavy-day spacing', () => {
  const heavyMain = (w: StrengthWeek, i: number) =>
    new Set(w.days[i]!.loadLevel === 'heavy' ? w.days[i]!.exercises.filter((e) => e.role === 'main').flatMap((e) => e.muscles) : []);

  it('when days are consecutive, no two heavy days share main-lift muscles', () => {
    for (const trainingDays of [[1, 2, 3], [1, 2], [6, 7, 1], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4], [7, 1, 2, 3, 4]] as IsoWeekday[][]) {
      for (const trainingAge of TRAINING_AGES) {
        const req = aRequest({ trainingDays, trainingAge, weeks: 4 });
        const w = buildStrengthPlan(req).weeks[0]!;
        for (let i = 1; i < 7; i += 1) {
          const shared = [...heavyMain(w, i)].filter((m) => heavyMain(w, i - 1).has(m));
          expect(shared, `${trainingDays} ${trainingAge} day ${i}`).toEqual([]);
        }
      }
    }
  });

  it('when three full-body days run Mon-Tue-Wed, they are heavy, moderate and light', () => {
    const w = buildStrengthPlan(aRequest({ trainingDays: [1, 2, 3], weeks: 4 })).weeks[0]!;
    expect(w.days.slice(0, 3).map((d) => d.loadLevel)).toEqual(['heavy', 'moderate', 'light']);
  });
});

describe('plan selection constraints', () => {
  it('when the client has dumbbells only, no exercise ever needs a barbell, rack, cable or machine', () => {
    const req = aRequest({ equipment: EQUIPMENT_PRESETS.dumbbells_only, weeks: 12, trainingDays: [1, 3, 5] });
    const plan = buildStrengthPlan(req);
    const used = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => exerciseById(e.exerciseId)!)));
    expect(used.length).toBeGreaterThan(0);
    for (const e of used) for (const q of e.equipment) expect(['dumbbell', 'bench', 'bodyweight']).toContain(q);
  });

  it('when a beginner has dumbbells, bench and bands at home, the heavy lower day hinges with dumbbell RDLs (the lift they learn), not a banded good morning', () => {
    const req = aRequest({ trainingAge: 'beginner', equipment: ['dumbbell', 'bench', 'bands', 'bodyweight'], trainingDays: [1, 2, 3, 4, 5, 6] });
    const week = buildStrengthPlan(req).weeks[0]!;
    const lower = week.days.find((d) => d.theme.startsWith('Lower') && d.loadLevel === 'heavy')!;
    // The squat, RDL and lunge count half a set each for the glutes (volume-allocation.ts INDIRECT), so the
    // glutes' MRV no longer caps the day at 4 lifts: the RDL gets its 3rd set and a lunge and leg curl join.
    expect(lower.exercises.map((e) => `${e.exerciseId} ${e.sets}x${e.reps}`)).toEqual(['goblet_squat 3x6-8', 'db_romanian_deadlift 3x8-10', 'walking_lunge 2x10-15/side', 'slider_leg_curl 3x10-15', 'db_calf_raise 3x10-15/side', 'plank 3x30-45s']);
    expect(week.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))).not.toContain('band_good_morning');
  });

  it('when a beginner has only their bodyweight, the hinge stays a bodyweight single-leg RDL (nothing loaded to repeat)', () => {
    const req = aRequest({ trainingAge: 'beginner', equipment: ['bodyweight'], trainingDays: [1, 3, 5] });
    const ids = buildStrengthPlan(req).weeks[0]!.days.flatMap((d) => d.exercises.map((e) => e.exerciseId));
    expect(ids).toContain('bw_single_leg_rdl');
  });

  it('when the client has a knee limitation, deep knee-dominant lifts are out and the squat slot uses a box squat', () => {
    const req = aRequest({ limitations: ['knee'], trainingDays: [1, 2, 4, 5] });
    const ids = new Set(buildStrengthPlan(req).weeks.flatMap((w) => w.days.flatMap((d) => d.exercises.map((e) => e.exerciseId))));
    for (const deep of ['back_squat', 'front_squat', 'leg_press', 'hack_squat', 'goblet_squat', 'bulgarian_split_squat', 'walking_lunge', 'leg_extension', 'pistol_squat']) {
      expect(ids.has(deep), deep).toBe(false);
    }
    expect(ids.has('box_squat')).toBe(true);
    const kneeLoaders = EXERCISES.filter((e) => e.stresses.includes('knee')).map((e) => e.id);
    for (const id of ids) expect(kneeLoaders).not.toContain(id);
  });

  it('when loads are prescribed, lb loads are multiples of 5 and kg barbell loads multiples of 2.5', () => {
    for (const units of ['lb', 'kg'] as const) {
      const req = aRequest({ units, oneRepMaxes: units === 'lb' ? { back_squat: 317, bench_press: 223, deadlift: 402 } : { back_squat: 143, bench_press: 101, deadlift: 182 } });
      const loads = buildStrengthPlan(req).weeks.flatMap((w) => w.days.flatMap((d) => d.exercises)).filter((e) => e.load !== null);
      expect(loads.length).toBeGreaterThan(20);
      for (const e of loads) {
        const step = units === 'lb' ? 5 : 2.5;
        expect(Math.abs(e.load! / step - Math.round(e.load! / step)), `${e.exerciseId} ${e.load}`).toBeLessThan(1e-9);
      }
    }
  });

  it('when a set was logged at onboarding, the lift gets a load estimated from it', () => {
    // 365 lb x 5 @ RIR 1 → Epley 365 × (1 + 6/30) = 438 lb.
    const req = aRequest({ recentSets: [{ exerciseId: 'deadlift', weight: 365, reps: 5, rir: 1 }] });
    const w = buildStrengthPlan(req).weeks[0]!;
    expect(w.inputs.oneRepMaxes.deadlift).toMatchObject({ value: 438, source: 'estimated_from_set' });
    const dl = w.days.flatMap((d) => d.exercises).find((e) => e.exerciseId === 'deadlift')!;
    expect(dl.load).not.toBeNull();
    expect(dl.rationale).toContain('438');
  });
});

describe('strength.themeFor', () => {
  it('when a main lift\'s name holds an acronym the theme keeps it ("single-leg dumbbell RDL", not "rdl")', () => {
    const main = (name: string) => ({ role: 'main' as const, exercise: { name } });
    expect(themeFor('Lower - hinge focus', [main('Single-leg dumbbell RDL'), main('Leg press')])).toBe('Lower - single-leg dumbbell RDL & leg press');
  });
  it('when a day has no main lift ("Full body C - variations") its first two secondary lifts name it, not the template word', () => {
    const as = (role: 'secondary' | 'accessory', name: string) => ({ role, exercise: { name } });
    expect(themeFor('Full body C - variations', [as('secondary', 'Bulgarian split squat'), as('secondary', 'Incline dumbbell press'), as('accessory', 'Hammer curl')])).toBe(
      'Full body C - Bulgarian split squat & incline dumbbell press',
    );
  });
});
