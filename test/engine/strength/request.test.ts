import { describe, expect, it } from 'vitest';
import { parseStrengthRequest, withLoadLimit } from '../../../src/engine/strength/index.js';

const valid = {
  kind: 'strength',
  startDate: '2026-03-02',
  weeks: 12,
  trainingAge: 'beginner',
  goal: 'hypertrophy',
  trainingDays: [1, 3, 5],
  sessionMinutes: 45,
  equipment: ['dumbbell', 'bench'],
};

describe('request.parseStrengthRequest', () => {
  it('when optional fields are missing, fills limitations [] and units lb', () => {
    const r = parseStrengthRequest(valid);
    expect(r).toEqual({ success: true, data: { ...valid, limitations: [], units: 'lb' } });
  });

  it('when a field is wrong, the error names its path', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ weeks: 3 }, 'weeks:'],
      [{ weeks: 53 }, 'weeks:'],
      [{ startDate: '2026-02-30' }, 'startDate:'],
      [{ trainingDays: [1, 8] }, 'trainingDays.1:'],
      [{ trainingDays: [1, 1] }, 'trainingDays:'],
      [{ trainingDays: [1, 2, 3, 4, 5, 6, 7] }, 'trainingDays:'],
      [{ sessionMinutes: 10 }, 'sessionMinutes:'],
      [{ equipment: [] }, 'equipment:'],
      [{ equipment: ['treadmill'] }, 'equipment.0:'],
      [{ limitations: ['toe'] }, 'limitations.0:'],
      [{ oneRepMaxes: { squat_thing: 100 } }, 'oneRepMaxes.squat_thing:'],
      [{ recentSets: [{ exerciseId: 'back_squat', weight: 100, reps: 0 }] }, 'recentSets.0.reps:'],
      [{ kind: 'race' }, 'kind:'],
    ];
    for (const [patch, path] of cases) {
      const r = parseStrengthRequest({ ...valid, ...patch });
      expect(r.success, JSON.stringify(patch)).toBe(false);
      if (!r.success) expect(r.error).toContain(path);
    }
  });
});

describe('request.withLoadLimit', () => {
  it('when a doctor limits lifting to 20 lb, the full gym loses the kit whose load it cannot cap and dumbbells are capped at 20', () => {
    const full = parseStrengthRequest({ ...valid, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'], maxLoads: { dumbbell: 50 } });
    if (!full.success) throw new Error(full.error);
    const capped = withLoadLimit(full.data, 20);
    expect(capped.equipment).toEqual(['bench', 'dumbbell', 'kettlebell', 'pullup_bar', 'bands', 'bodyweight']);
    expect(capped.maxLoads).toEqual({ dumbbell: 20, kettlebell: 20 });
    // A lighter dumbbell the client has stays the cap.
    expect(withLoadLimit({ ...full.data, maxLoads: { dumbbell: 15 } }, 20).maxLoads).toEqual({ dumbbell: 15, kettlebell: 20 });
  });
});
