/**
 * Weight units and what a gym can actually load. A prescription of "227.3 lb" is useless on the floor: loads
 * are rounded to the smallest jump the equipment allows (a pair of the smallest common plates on a bar, the
 * next dumbbell on the rack).
 */
import type { WeightUnit } from './workout/workout.js';

export const KG_PER_LB = 0.45359237;

export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

export function convertWeight(value: number, from: WeightUnit, to: WeightUnit): number {
  if (from === to) return value;
  return from === 'lb' ? lbToKg(value) : kgToLb(value);
}

/** How a load is put on: decides the rounding step and the lightest possible load. */
export type LoadImplement = 'barbell' | 'dumbbell' | 'kettlebell' | 'cable' | 'machine';

/**
 * Smallest total jump and lightest load per implement. Barbell: a pair of 2.5 lb (1.25 kg) plates = 5 lb /
 * 2.5 kg, never below the empty bar (45 lb / 20 kg). Dumbbells: racks step 5 lb, or 2.5 kg in kg gyms.
 * Cable stacks and machines: 5 lb / 2.5 kg pins.
 */
const STEPS: Record<LoadImplement, Record<WeightUnit, { step: number; min: number }>> = {
  barbell: { lb: { step: 5, min: 45 }, kg: { step: 2.5, min: 20 } },
  dumbbell: { lb: { step: 5, min: 5 }, kg: { step: 2.5, min: 2.5 } },
  kettlebell: { lb: { step: 5, min: 10 }, kg: { step: 4, min: 4 } },
  cable: { lb: { step: 5, min: 5 }, kg: { step: 2.5, min: 2.5 } },
  machine: { lb: { step: 5, min: 10 }, kg: { step: 2.5, min: 5 } },
};

/** Competition kettlebells go up in 4 kg steps from 8 kg; lb gyms stock the same bells labelled in lb. */
const KETTLEBELLS_KG = [4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 48];
const KETTLEBELLS_LB = [10, 15, 20, 25, 30, 35, 40, 45, 53, 62, 70, 80, 88, 97, 106];

export function loadStep(implement: LoadImplement, unit: WeightUnit): number {
  return STEPS[implement][unit].step;
}

export function minimumLoad(implement: LoadImplement, unit: WeightUnit): number {
  return STEPS[implement][unit].min;
}

/** Rounds to the nearest loadable weight (ties go down: the lighter option is the safer prescription). */
export function roundLoad(value: number, unit: WeightUnit, implement: LoadImplement): number {
  if (implement === 'kettlebell') {
    const bells = unit === 'kg' ? KETTLEBELLS_KG : KETTLEBELLS_LB;
    let best = bells[0] as number;
    for (const b of bells) if (Math.abs(b - value) < Math.abs(best - value) - 1e-9) best = b;
    return best;
  }
  const { step, min } = STEPS[implement][unit];
  const steps = value / step;
  const down = Math.floor(steps + 1e-9);
  const rounded = (steps - down > 0.5 + 1e-9 ? down + 1 : down) * step;
  return Math.max(min, Number(rounded.toFixed(2)));
}

/** The heaviest loadable weight at or under `value` (a cap such as "dumbbells up to 50"). */
export function roundLoadDown(value: number, unit: WeightUnit, implement: LoadImplement): number {
  if (implement === 'kettlebell') {
    const bells = unit === 'kg' ? KETTLEBELLS_KG : KETTLEBELLS_LB;
    return [...bells].reverse().find((b) => b <= value + 1e-9) ?? (bells[0] as number);
  }
  const { step, min } = STEPS[implement][unit];
  return Math.max(min, Number((Math.floor(value / step + 1e-9) * step).toFixed(2)));
}

/** True when `value` is something the implement can be loaded to. */
export function isLoadable(value: number, unit: WeightUnit, implement: LoadImplement): boolean {
  return Math.abs(roundLoad(value, unit, implement) - value) < 1e-6;
}

/** To one decimal (a 1RM estimate or a muscle's weekly sets as the client reads them): 102.46 → 102.5. */
export function roundTenth(n: number): number {
  return Math.round(n * 10) / 10;
}
