import { describe, expect, it } from 'vitest';
import { buildStrengthOutline, exerciseById, strengthWeek, validateStrengthWeek, type Exercise } from '../../../src/engine/strength/index.js';
import { exerciseMinutes, setBounds } from '../../../src/engine/strength/prescription.js';
import { allocateSets, type AllocItem } from '../../../src/engine/strength/volume-allocation.js';
import { landmarksFor, MUSCLES, type Muscle } from '../../../src/engine/strength/volume-landmarks.js';
import type { SlotRole } from '../../../src/engine/microcycle/split.js';
import { aRequest } from './builders.js';

/** One lift of a session at its usual starting sets (setBounds), timed like the planner times it. */
function anItem(id: string, role: SlotRole, reps: { min: number; max: number }, restSec: number): AllocItem {
  const exercise = exerciseById(id) as Exercise;
  const b = setBounds(role, 'hypertrophy');
  return { day: 0, exercise, role, sets: b.pref, min: b.min, max: b.max, pref: b.pref, minutes: (n) => exerciseMinutes(exercise, role, n, reps, restSec), keep: false };
}

const byMuscle = (f: (m: Muscle) => number) => Object.fromEntries(MUSCLES.map((m) => [m, f(m)])) as Record<Muscle, number>;

describe('volume-allocation.allocateSets', () => {
  // A deadlift day: the deadlift frees the most minutes per set and accessories are the cheap sets to add,
  // but a coach keeps the main lift's work sets and never gives an isolation lift more.
  const items = [
    anItem('deadlift', 'main', { min: 6, max: 8 }, 150),
    anItem('leg_extension', 'accessory', { min: 10, max: 15 }, 75),
    anItem('standing_calf_raise', 'accessory', { min: 10, max: 15 }, 75),
    anItem('db_curl', 'accessory', { min: 10, max: 15 }, 75),
  ];
  const allocate = (budgetMinutes: number, fill: boolean) =>
    allocateSets({
      items,
      targets: byMuscle((m) => landmarksFor(m, 'intermediate').mev),
      mrv: byMuscle((m) => landmarksFor(m, 'intermediate').mrv),
      lowPriority: new Set(['glutes', 'core']),
      budgetMinutes,
      fixedMinutesPerDay: 5,
      ...(fill ? { fillMinutes: Math.ceil(budgetMinutes * 0.85) } : {}),
    });

  it('when sets are balanced toward the weekly targets, no accessory ends with more sets than the main lift', () => {
    expect(allocate(40, false)).toEqual([4, 4, 3, 3]);
  });

  it('when a session is filled toward its minutes, the main lift gets its extra set before an accessory passes it', () => {
    expect(allocate(50, true)).toEqual([5, 4, 4, 4]);
  });

  it('when a 45-minute lower day is balanced, the deadlift keeps 3 sets and no accessory has more', () => {
    // Intermediate, strength, Mon/Tue/Thu/Fri, full gym: Friday used to be deadlift 2 sets beside leg
    // extensions and calf raises at 4.
    const req = aRequest({ sessionMinutes: 45 });
    const week = strengthWeek(req, buildStrengthOutline(req), 1);
    const friday = week.days.find((d) => d.date === '2026-03-06')!;
    expect(friday.exercises.map((e) => `${e.exerciseId} ${e.sets}x${e.reps}`)).toEqual([
      'deadlift 3x6-8', // a deadlift stops at 8 reps (prescription.ts repWindow)
      'front_squat 3x8-10', // a front squat stops at 10 reps (prescription.ts repWindow)
      'leg_extension 3x10-15',
      'standing_calf_raise 3x10-15',
      'pallof_press 2x10-15/side',
    ]);
    expect(validateStrengthWeek(week, req).errors).toEqual([]);
  });
});

describe('validate.validateStrengthWeek (main lift sets)', () => {
  const req = aRequest();
  const week = strengthWeek(req, buildStrengthOutline(req), 1);
  const monday = week.days.findIndex((d) => d.exercises.some((e) => e.role === 'main') && d.exercises.some((e) => e.role === 'accessory'));

  it('when an accessory has more sets than the day\'s main lift, the week fails and names both', () => {
    const w = structuredClone(week);
    const day = w.days[monday]!;
    const main = day.exercises.find((e) => e.role === 'main')!;
    const acc = day.exercises.find((e) => e.role === 'accessory')!;
    main.sets = 2;
    acc.sets = 4;
    expect(validateStrengthWeek(w, req).errors.join(' | ')).toContain(`${day.date}: ${acc.exerciseId} has 4 sets, more than the main lift's 2`);
  });

  it('when an adaptation cut that day\'s sets (setFactorByDate), the order is not checked', () => {
    const w = structuredClone(week);
    const day = w.days[monday]!;
    day.exercises.find((e) => e.role === 'main')!.sets = 2;
    day.exercises.find((e) => e.role === 'accessory')!.sets = 4;
    w.inputs.overrides = { setFactorByDate: { [day.date]: 0.7 } };
    expect(validateStrengthWeek(w, req).errors.join(' | ')).not.toContain('more than the main lift');
  });
});
