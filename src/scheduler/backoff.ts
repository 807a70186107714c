import type { SendResult } from '../channels/sender.js';

export interface BackoffOptions {
  /** Upper bound of the first retry's delay. */
  baseMs?: number;
  /** No delay is ever longer than this. */
  maxMs?: number;
  /** Uniform in [0, 1); injectable so tests are deterministic. */
  rng?: () => number;
}

/**
 * Delay before the next try after `attempt` tries have failed (1 = the first try failed), using "full
 * jitter": uniform in [1, min(maxMs, baseMs * 2^(attempt - 1))]. Full jitter spreads the retries of many
 * clients that failed together (a Twilio 429 or outage at 7:00) instead of retrying them in lockstep. The
 * delay is at least 1 ms so a retry is always strictly later than the failure it follows.
 */
export function backoffDelayMs(attempt: number, opts: BackoffOptions = {}): number {
  const baseMs = Math.max(1, opts.baseMs ?? 1_000);
  const maxMs = Math.max(baseMs, opts.maxMs ?? 60_000);
  const rng = opts.rng ?? Math.random;
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2^(n-1) overflows to Infinity for huge n; min() then caps it at maxMs.
  const cap = Math.min(maxMs, baseMs * 2 ** (n - 1));
  const r = Math.min(Math.max(rng(), 0), 1);
  return Math.max(1, Math.floor(r * cap));
}

/**
 * Whether a failed send should be tried again: only retryable failures (429, 5xx, network), never an opt-out
 * or another permanent error, and only while `attempt` (tries made so far) is below `maxAttempts`.
 */
export function shouldRetry(result: SendResult, attempt: number, maxAttempts: number): boolean {
  if (result.ok) return false;
  return result.retryable && !result.optedOut && attempt < maxAttempts;
}
