import { describe, expect, it } from 'vitest';
import { createPacer, type PacerClock } from '../../src/scheduler/pacer.js';

/** A clock that only moves when someone sleeps (or the test advances it): no real waiting. */
function fakeClock(start = 0): PacerClock & { t: number; sleeps: number[] } {
  const clock = {
    t: start,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

describe('pacer.createPacer', () => {
  it('says how long a group would wait, without taking its slots', async () => {
    const clock = fakeClock();
    const pacer = createPacer(5, clock);
    // Nothing taken yet: the first of 4 goes at once, 3 gaps of 200 ms follow.
    expect(pacer.delayMs!(1)).toBe(0);
    expect(pacer.delayMs!(4)).toBe(600);
    await pacer.take();
    // The next slot is 200 ms away; asking took nothing, so taking now still waits just that.
    expect(pacer.delayMs!(1)).toBe(200);
    expect(pacer.delayMs!(1)).toBe(200);
    await pacer.take();
    expect(clock.sleeps).toEqual([200]);
  });

  it('when 10 messages go out at 5 per second, they take about 1.8 s and are 200 ms apart', async () => {
    const clock = fakeClock();
    const pacer = createPacer(5, clock);
    const sentAt: number[] = [];
    for (let i = 0; i < 10; i++) {
      await pacer.take();
      sentAt.push(clock.now());
    }
    // The first goes at once; 9 gaps of 1000/5 = 200 ms follow.
    expect(sentAt).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800]);
    expect(clock.now()).toBeGreaterThanOrEqual(1800);
    expect(clock.now()).toBeLessThanOrEqual(2000);
  });

  it('when callers take concurrently, they share the rate instead of each getting it', async () => {
    // Time stands still while all five ask at once, as when five lanes of a batch start together.
    const sleeps: number[] = [];
    const clock: PacerClock = { now: () => 0, sleep: async (ms) => void sleeps.push(ms) };
    const pacer = createPacer(5, clock);
    await Promise.all(Array.from({ length: 5 }, () => pacer.take()));
    // Slots were reserved at t=0 in order: waits of 0 (no sleep), 200, 400, 600, 800.
    expect(sleeps).toEqual([200, 400, 600, 800]);
  });

  it('when the sender was idle longer than the interval, the next message goes at once (no saved-up burst)', async () => {
    const clock = fakeClock();
    const pacer = createPacer(1, clock);
    await pacer.take();
    clock.t += 5_000;
    await pacer.take();
    await pacer.take();
    // After 5 s idle: one immediately, the next a full second later, not a burst of five.
    expect(clock.sleeps).toEqual([1000]);
    expect(clock.now()).toBe(6_000);
  });

  it('when a message is 3 segments at 1 segment per second, the next one waits 3 s', async () => {
    const clock = fakeClock();
    const pacer = createPacer(1, clock);
    await pacer.take(3);
    await pacer.take();
    expect(clock.now()).toBe(3_000);
  });

  it('when the rate is not positive, it refuses to build a pacer that would never send', () => {
    expect(() => createPacer(0)).toThrow(/ratePerSecond/);
    expect(() => createPacer(Number.NaN)).toThrow(/ratePerSecond/);
  });

  it('when running on the real clock at 50 per second, 6 takes last about 100 ms', async () => {
    const pacer = createPacer(50);
    const started = performance.now();
    for (let i = 0; i < 6; i++) await pacer.take();
    const elapsed = performance.now() - started;
    // 5 gaps of 20 ms; timers may run late, never early.
    expect(elapsed).toBeGreaterThanOrEqual(90);
    // Unpaced, 6 takes are instant; the upper bound only guards against a stuck pacer (CI timers run late).
    expect(elapsed).toBeLessThan(1_500);
  });
});
