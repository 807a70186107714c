/**
 * A plan request with the client's health conditions (request `health`) applied as the request fields the week
 * builder and the validator already read: the higher effort floor, the smaller load steps. Idempotent, so the
 * builder and the validator can both apply it. The lifts a condition swaps out and patterns it leaves out are
 * read by the builder through `healthExcluded`; a condition told after the plan exists is an adaptation
 * (adaptation/strength-overrides.ts) with the same rules.
 */
import { EXERCISES } from './exercises.js';
import { HEALTH_RULES, healthExcludedExercises, healthLine } from '../adaptation/health.js';
import type { StrengthRequest } from './request.js';

export function withHealthRules(req: StrengthRequest): StrengthRequest {
  const health = req.health ?? [];
  if (!health.length) return req;
  let rir = req.effortFloor?.rir ?? 0;
  let minReps = req.effortFloor?.minReps ?? 1;
  let scale = req.progressionScale ?? 1;
  for (const h of health) {
    const rule = HEALTH_RULES[h.condition];
    rir = Math.max(rir, rule.rirFloor);
    minReps = Math.max(minReps, rule.minReps);
    scale = Math.min(scale, rule.progressionScale);
  }
  const raised = rir > 0 || minReps > 1 ? { effortFloor: { rir, minReps } } : {};
  return { ...req, ...raised, ...(scale < 1 ? { progressionScale: scale } : {}) };
}

/** Every lift the request's conditions leave out (their patterns and their swaps), each with why. */
export function healthExcluded(req: StrengthRequest): Map<string, string> {
  const health = req.health ?? [];
  const out = healthExcludedExercises(health, req.trainingAge);
  for (const h of health) {
    const rule = HEALTH_RULES[h.condition];
    for (const ex of EXERCISES) if (rule.excludePatterns.includes(ex.pattern) && !out.has(ex.id)) out.set(ex.id, rule.why);
  }
  return out;
}

/** The line each condition puts on every training day: what changed and why, in the client's word for it. */
export function healthDayNotes(req: StrengthRequest): string[] {
  return (req.health ?? []).map((h) => `With your ${h.label}: ${healthLine(h)}.`);
}
