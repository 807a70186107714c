import { describe, expect, it } from 'vitest';
import { backoffDelayMs, shouldRetry } from '../../src/scheduler/backoff.js';
import type { SendResult } from '../../src/channels/sender.js';

const failure = (over: Partial<Extract<SendResult, { ok: false }>> = {}): SendResult => ({
  ok: false,
  retryable: true,
  code: 20429,
  message: 'Too Many Requests',
  optedOut: false,
  ...over,
});

describe('backoff.backoffDelayMs', () => {
  it('when the rng is at its top, the ceiling doubles per attempt up to the max', () => {
    const top = () => 0.999999;
    const opts = { baseMs: 1_000, maxMs: 30_000, rng: top };
    // Ceilings 1 s, 2 s, 4 s, 8 s, 16 s, then capped at 30 s.
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((a) => backoffDelayMs(a, opts))).toEqual([999, 1999, 3999, 7999, 15999, 29999, 29999, 29999]);
  });

  it('when the rng is at 0.5, the delay is half the ceiling (full jitter, not equal jitter)', () => {
    expect(backoffDelayMs(3, { baseMs: 30_000, maxMs: 15 * 60_000, rng: () => 0.5 })).toBe(60_000);
  });

  it('when the rng gives 0, the retry is still strictly later than now', () => {
    expect(backoffDelayMs(1, { rng: () => 0 })).toBe(1);
  });

  it('when drawing many delays, every one stays within [1, ceiling] and they spread out', () => {
    let seed = 42;
    const rng = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const delays = Array.from({ length: 1_000 }, () => backoffDelayMs(4, { baseMs: 500, maxMs: 60_000, rng }));
    // Attempt 4: ceiling 500 * 2^3 = 4000 ms.
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4_000);
    expect(new Set(delays.map((d) => Math.floor(d / 1_000))).size).toBe(4); // hits every second of the window
  });

  it('when the attempt number is huge or nonsense, the delay stays bounded', () => {
    expect(backoffDelayMs(10_000, { baseMs: 1_000, maxMs: 60_000, rng: () => 0.99 })).toBe(59_400);
    expect(backoffDelayMs(0, { baseMs: 1_000, rng: () => 0.99 })).toBe(990);
    expect(backoffDelayMs(Number.NaN, { baseMs: 1_000, rng: () => 0.99 })).toBe(990);
  });

  it('when no options are given, the first retry is within 1 s and later ones within 60 s', () => {
    expect(backoffDelayMs(1)).toBeLessThanOrEqual(1_000);
    expect(backoffDelayMs(30)).toBeLessThanOrEqual(60_000);
  });
});

describe('backoff.shouldRetry', () => {
  it('when Twilio answered 429 or 5xx and attempts remain, it retries', () => {
    expect(shouldRetry(failure(), 1, 4)).toBe(true);
    expect(shouldRetry(failure({ code: 20500 }), 3, 4)).toBe(true);
  });

  it('when the attempts are used up, it stops', () => {
    expect(shouldRetry(failure(), 4, 4)).toBe(false);
  });

  it('when the error is permanent or the recipient opted out, it never retries', () => {
    expect(shouldRetry(failure({ retryable: false, code: 21211 }), 1, 4)).toBe(false);
    expect(shouldRetry(failure({ retryable: false, code: 21610, optedOut: true }), 1, 4)).toBe(false);
    // Even if a sender mislabelled an opt-out as retryable, texting an opted-out client again is never right.
    expect(shouldRetry(failure({ retryable: true, optedOut: true }), 1, 4)).toBe(false);
  });

  it('when the send succeeded, there is nothing to retry', () => {
    expect(shouldRetry({ ok: true, providerSid: 'SM1', status: 'queued' }, 1, 4)).toBe(false);
  });
});
