/**
 * Prescription modifiers per block and week (seed 000's getPrescriptionModifiers, retuned): volume follows the
 * week's position between MEV and MRV, RIR comes from the outline's run, and deloads halve sets, add reps in
 * reserve and take ~10 % off the load.
 */
import type { OutlineWeek, PrescriptionModifiers, StrengthOutline } from './types.js';

const REST_MULTIPLIER = { accumulation: 1, intensification: 1.1, realization: 1.2, deload: 0.8 } as const;
export const DELOAD_SET_FACTOR = 0.5;
export const DELOAD_LOAD_FACTOR = 0.9;

export function modifiersForWeek(outline: StrengthOutline, week: OutlineWeek): PrescriptionModifiers {
  const first = outline.weekTable.find((w) => w.mesoIndex === week.mesoIndex);
  // Express volume relative to the meso's first week with a reference muscle (MEV 8, MRV 20).
  const ref = (f: number) => 8 + 12 * f;
  const base = first ? ref(first.volumeFraction) : ref(0);
  const volume = week.blockType === 'deload' ? DELOAD_SET_FACTOR * (ref(week.volumeFraction) / base) : ref(week.volumeFraction) / base;
  return {
    volumeMultiplier: Number(volume.toFixed(3)),
    intensityMultiplier: week.blockType === 'deload' ? DELOAD_LOAD_FACTOR : 1,
    rir: week.rir,
    restMultiplier: REST_MULTIPLIER[week.blockType],
  };
}

export function outlineWeek(outline: StrengthOutline, weekNumber: number): OutlineWeek | undefined {
  return outline.weekTable[weekNumber - 1];
}
