import { describe, expect, it } from 'vitest';
import { EXERCISES, closeVariants, findExercise } from '../../../src/engine/strength/index.js';
import { EQUIPMENT, LIMITATIONS } from '../../../src/engine/vocabulary.js';

describe('exercises.EXERCISES', () => {
  it('when counted, holds at least 80 exercises with unique slug ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    for (const e of EXERCISES) {
      expect(e.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(e.primaryMuscles.length).toBeGreaterThan(0);
      for (const q of e.equipment) expect(EQUIPMENT).toContain(q);
      for (const l of e.stresses) expect(LIMITATIONS).toContain(l);
    }
  });

  it('when the parser maps lift names, the stable ids exist', () => {
    for (const id of ['back_squat', 'bench_press', 'deadlift', 'overhead_press', 'barbell_row', 'pull_up', 'romanian_deadlift', 'goblet_squat', 'db_bench_press']) {
      expect(EXERCISES.some((e) => e.id === id), id).toBe(true);
    }
  });
});

describe('exercises.findExercise', () => {
  it('when given ids, names or common aliases in any case, finds the lift', () => {
    expect(findExercise('squat')?.id).toBe('back_squat');
    expect(findExercise('Bench')?.id).toBe('bench_press');
    expect(findExercise('DEADLIFT')?.id).toBe('deadlift');
    expect(findExercise('ohp')?.id).toBe('overhead_press');
    expect(findExercise('press')?.id).toBe('overhead_press');
    expect(findExercise('RDL')?.id).toBe('romanian_deadlift');
    expect(findExercise('Romanian deadlift')?.id).toBe('romanian_deadlift');
    expect(findExercise('db bench')?.id).toBe('db_bench_press');
    expect(findExercise('pull-ups')?.id).toBe('pull_up');
    expect(findExercise("Farmer's walk")?.id).toBe('farmer_carry');
    expect(findExercise('')).toBeUndefined();
  });
});

describe('closeVariants', () => {
  it('a lift eased for a while takes its same-load variants with it, never its lighter ones', () => {
    expect(closeVariants('deadlift').map((e) => e.id)).toEqual(['deadlift', 'sumo_deadlift']);
  });

  it('with the shoulder named, every overhead press goes and the landmine press stays', () => {
    const ids = closeVariants('overhead_press', ['shoulder']).map((e) => e.id);
    expect(ids[0]).toBe('overhead_press');
    expect(ids).toEqual(expect.arrayContaining(['db_shoulder_press', 'push_press', 'machine_shoulder_press']));
    expect(ids).not.toContain('landmine_press');
  });
});
