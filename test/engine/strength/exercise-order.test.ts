/**
 * A session runs heavy before light: power, main lifts, secondary compounds, accessories, core (strength/
 * prescription.ts ROLE_RANK). A knee-limited lifter's quads are topped up with a box squat when their lunges
 * are spared; that lift was added at the end of the day, after the core work (week 7: "... Pallof press, Box
 * squat"), where a coach never puts a squat.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_RANK } from '../../../src/engine/strength/prescription.js';
import { buildStrengthPlan } from '../../../src/engine/strength/week.js';
import { strengthFlags } from '../../../src/engine/program/coach-flags.js';
import { aRequest } from './builders.js';

describe('strength: exercise order', () => {
  it('when a knee-limited lifter gets a squat added to a day, it comes before the accessories and core', () => {
    const req = aRequest({ goal: 'hypertrophy', trainingDays: [1, 3, 5], limitations: ['knee'], seed: 11, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'cable', 'machine', 'pullup_bar', 'bodyweight'], oneRepMaxes: { back_squat: 225, deadlift: 275, bench_press: 155 } });
    const plan = buildStrengthPlan(req);
    for (const w of plan.weeks) {
      for (const d of w.days) {
        // Supersets (A1/A2) are done in turns, so compare stations: each no heavier than the one before it.
        const ranks: number[] = [];
        let letter: string | null = null;
        for (const e of d.exercises) {
          const l = e.superset ? e.superset[0]! : null;
          if (l !== null && l === letter) ranks[ranks.length - 1] = Math.min(ranks[ranks.length - 1]!, ROLE_RANK[e.role]);
          else ranks.push(ROLE_RANK[e.role]);
          letter = l;
        }
        const names = d.exercises.map((e) => `${e.name}[${e.role}]`).join(', ');
        expect([...ranks].sort((a, b) => a - b), `${d.date}: ${names}`).toEqual(ranks);
      }
    }
    expect(strengthFlags(plan).filter((f) => f.startsWith('ORDER'))).toEqual([]);
  });
});
