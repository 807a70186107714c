import { z } from 'zod';

/** Time source for the pacer; tests pass a fake one so pacing is checked without real sleeping. */
export interface PacerClock {
  /** Milliseconds on a monotonic scale (only differences matter). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface Pacer {
  /** Resolves when the caller may send `units` messages (default 1, e.g. the SMS segment count). */
  take(units?: number): Promise<void>;
  /**
   * How long taking `count` slots of `units` each would wait from now (0: they go at once), without taking
   * them. Absent: unknown, so callers assume a wait.
   */
  delayMs?(count: number, units?: number): number;
}

export const rateSchema = z
  .number({ error: 'ratePerSecond must be a number' })
  .positive('ratePerSecond must be more than 0')
  .max(10_000, 'ratePerSecond must be at most 10000');

export const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Paces sends to `ratePerSecond` with fixed spacing (a token bucket holding one token): carriers count
 * messages per second per sender and queue or drop bursts, so N sends take (N - 1) / rate seconds rather
 * than arriving at once. Slots are reserved synchronously, so concurrent callers share the rate instead of
 * each getting it. This pacer is one process's: workers sharing a database pace with createSharedPacer
 * (shared-pacer.ts), which claims its slots from the same schedule.
 */
export function createPacer(ratePerSecond: number, clock: PacerClock = realClock): Pacer {
  const rate = rateSchema.parse(ratePerSecond);
  const intervalMs = 1000 / rate;
  let nextSlot = -Infinity;
  return {
    async take(units = 1) {
      const now = clock.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + intervalMs * Math.max(1, units);
      if (slot > now) await clock.sleep(slot - now);
    },
    delayMs(count, units = 1) {
      const now = clock.now();
      // The first slot waits for nextSlot; each later one follows it by the interval.
      return Math.max(0, nextSlot - now) + Math.max(0, count - 1) * intervalMs * Math.max(1, units);
    },
  };
}
