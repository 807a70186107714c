import { parseStrengthRequest, type StrengthRequest, type StrengthRequestInput } from '../../../src/engine/strength/index.js';
import { EQUIPMENT_PRESETS } from '../../../src/engine/vocabulary.js';

/** A valid request with sensible defaults; override any field. Throws if the result is invalid. */
export function aRequest(overrides: Partial<StrengthRequestInput> = {}): StrengthRequest {
  const parsed = parseStrengthRequest({
    kind: 'strength',
    startDate: '2026-03-02', // a Monday
    weeks: 12,
    trainingAge: 'intermediate',
    goal: 'strength',
    trainingDays: [1, 2, 4, 5],
    sessionMinutes: 60,
    equipment: EQUIPMENT_PRESETS.full_gym,
    limitations: [],
    units: 'lb',
    seed: 7,
    ...overrides,
  });
  if (!parsed.success) throw new Error(parsed.error);
  return parsed.data;
}

export const totalSets = (week: { days: { exercises: { sets: number }[] }[] }) =>
  week.days.reduce((t, d) => t + d.exercises.reduce((s, e) => s + e.sets, 0), 0);
