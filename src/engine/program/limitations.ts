/**
 * An area told at the start that is fine now ("my back feels great, can I deadlift again?"): the same plan
 * without sparing it. The start stays, so the client keeps their week; the lifts it kept out come back. Pure.
 */
import type { Limitation } from '../vocabulary.js';
import type { PlanRequest } from './program.js';

/** The request with `cleared` no longer spared, or null when the plan spared none of them. */
export function withoutLimitations(request: PlanRequest, cleared: readonly Limitation[]): PlanRequest | null {
  const strength = request.kind === 'strength' ? request : request.kind === 'hybrid' ? request.strength : null;
  if (!strength || !strength.limitations.some((l) => cleared.includes(l))) return null;
  const next = { ...strength, limitations: strength.limitations.filter((l) => !cleared.includes(l)) };
  return request.kind === 'hybrid' ? { ...request, strength: next } : next;
}
