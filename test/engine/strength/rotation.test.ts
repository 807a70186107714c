import { describe, expect, it } from 'vitest';
import { buildStrengthOutline, buildStrengthPlan, strengthWeek, type StrengthWeek } from '../../../src/engine/strength/index.js';
import { aRequest } from './builders.js';

const byRole = (w: StrengthWeek, roles: string[]) =>
  w.days.map((d) => d.exercises.filter((e) => roles.includes(e.role)).map((e) => e.exerciseId).join(',')).join('|');
const ids = (w: StrengthWeek, roles: string[]) => new Set(w.days.flatMap((d) => d.exercises.filter((e) => roles.includes(e.role)).map((e) => e.exerciseId)));

describe('selection rotation across mesocycles', () => {
  // Intermediate, 15 weeks → three 5-week mesocycles.
  const req = aRequest({ weeks: 15, trainingDays: [1, 2, 4, 5], sessionMinutes: 90 });
  const plan = buildStrengthPlan(req);

  it('when weeks share a mesocycle, the main and secondary lifts are the same every week', () => {
    for (const meso of plan.outline.mesocycles) {
      const weeks = plan.weeks.filter((w) => w.block.mesoIndex === meso.index);
      const first = byRole(weeks[0]!, ['main']);
      expect(first.length).toBeGreaterThan(0);
      for (const w of weeks) expect(byRole(w, ['main'])).toBe(first);
    }
  });

  it('when a new mesocycle starts, at least 30 % of accessories change and the main lifts stay', () => {
    const [m1, m2, m3] = [plan.weeks[0]!, plan.weeks[5]!, plan.weeks[10]!];
    expect(ids(m2, ['main'])).toEqual(ids(m1, ['main']));
    for (const [a, b] of [[m1, m2], [m2, m3]] as const) {
      const before = ids(a, ['accessory', 'core']);
      const after = ids(b, ['accessory', 'core']);
      const fresh = [...after].filter((id) => !before.has(id));
      expect(fresh.length / after.size).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('when an accessory has run two mesocycles, it is rotated out in the third (cadence 2)', () => {
    const [m1, m2, m3] = [plan.weeks[0]!, plan.weeks[5]!, plan.weeks[10]!].map((w) => ids(w, ['accessory', 'core']));
    for (const id of m3!) expect(m1!.has(id) && m2!.has(id), id).toBe(false);
  });

  it('when stored exposures say an accessory was used last mesocycle, the rotation reads them', () => {
    const outline = buildStrengthOutline(req);
    const plain = strengthWeek(req, outline, 6);
    const kept = [...ids(plain, ['accessory', 'core'])].filter((id) => ids(plan.weeks[0]!, ['accessory', 'core']).has(id));
    // Tell the engine meso 0 used a completely different set: nothing can be "kept", so the picks change.
    const exposures = ['cable_curl', 'barbell_curl', 'pec_deck', 'reverse_pec_deck', 'seated_calf_raise', 'hanging_knee_raise'].map((exerciseId) => ({ exerciseId, mesocycleIndex: 0, exposures: 8 }));
    const withHistory = strengthWeek(req, outline, 6, { exposures });
    expect(kept.length).toBeGreaterThan(0);
    const after = ids(withHistory, ['accessory', 'core']);
    expect(after).not.toEqual(ids(plain, ['accessory', 'core']));
    expect(byRole(withHistory, ['main'])).toBe(byRole(plain, ['main']));
  });

  it('when a pick is explained, every exercise carries a one-line rationale', () => {
    for (const w of plan.weeks) {
      for (const d of w.days) {
        for (const e of d.exercises) {
          expect(e.rationale.length).toBeGreaterThan(10);
          expect(e.rationale).not.toContain('\n');
        }
      }
    }
    const rotated = plan.weeks[5]!.days.flatMap((d) => d.exercises).filter((e) => e.rationale.includes('rotated in'));
    expect(rotated.length).toBeGreaterThan(0);
  });
});
