import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { truncateClientData, useTestDatabase } from '../support/db.js';
import { insertClient } from '../support/clients.js';
import { buildTestApp } from '../support/deps.js';
import { claimSendTime } from '../../src/db/repositories/send-pace.repository.js';
import { createSharedPacer, databasePacer, sendPaceKey, type ClaimSendTime } from '../../src/scheduler/shared-pacer.js';
import { runMorningPass, type ComposeMorning } from '../../src/scheduler/morning-pass.js';
import type { Pacer } from '../../src/scheduler/pacer.js';

/**
 * The carrier rate shared by every worker on one database. Each pacer below stands for one worker process: its
 * own pacer state, claiming from the same database (on PGlite, one process, the same schedule still holds).
 * Real time, short rates: the slots are spaced by the database's clock.
 */
const handle = useTestDatabase();
beforeEach(async () => {
  await sql`truncate send_pace`.execute(handle.db);
});

/** Takes `groups` groups of `size` slots one group after another, as a worker's hand-overs do; when each slot came. */
async function takeGroups(pacer: Pacer, groups: number, size: number): Promise<number[]> {
  const at: number[] = [];
  for (let g = 0; g < groups; g++) {
    await Promise.all(Array.from({ length: size }, () => pacer.take().then(() => void at.push(performance.now()))));
  }
  return at;
}

/** The most slots that came within any `windowMs`. */
function mostWithin(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** A claim on the test database for `sender`, counting its statements. */
function counted(sender: string): ClaimSendTime & { calls: number } {
  const claim = Object.assign((spanMs: number) => {
    claim.calls += 1;
    return claimSendTime(handle.db, sender, spanMs);
  }, { calls: 0 });
  return claim;
}

describe('scheduler.createSharedPacer', () => {
  it('two workers at 20 texts a second on one sender send 40 texts in about 2 s together, not 40 in one second', async () => {
    // Per-process pacers let each worker send 20 a second: the carrier saw 40 a second from two workers.
    const a = createSharedPacer(20, counted('twilio:+14155550100'));
    const b = createSharedPacer(20, counted('twilio:+14155550100'));
    const started = performance.now();
    const [ta, tb] = await Promise.all([takeGroups(a, 4, 5), takeGroups(b, 4, 5)]);
    const all = [...ta, ...tb];
    expect(all).toHaveLength(40);
    // 40 slots 50 ms apart: the last comes 39 intervals after the first (less a little for the timers' rounding).
    expect(Math.max(...all) - started).toBeGreaterThanOrEqual(39 * 50 - 25);
    // About 20 in any second: a slot is never early, but one late by a claim's trip back or a busy event loop can
    // come close to the next worker's (on the shared test machine, a few more than 20). Per-process pacers: 40.
    expect(mostWithin(all, 1000)).toBeLessThanOrEqual(28);
    // Both workers sent all along: the rate was shared, not one worker's turn and then the other's.
    expect(Math.min(...tb)).toBeLessThan(Math.max(...ta));
    expect(Math.min(...ta)).toBeLessThan(Math.max(...tb));
  });

  it('at a fast rate a group of slots is one claim, so two workers are not held back by a round trip per text', async () => {
    const claimA = counted('local');
    const claimB = counted('local');
    const a = createSharedPacer(1000, claimA);
    const b = createSharedPacer(1000, claimB);
    const started = performance.now();
    const [ta, tb] = await Promise.all([takeGroups(a, 10, 8), takeGroups(b, 10, 8)]);
    // 160 slots at 1,000 a second: at least 159 ms, in one statement per group of 8 (10 per worker).
    expect(Math.max(...ta, ...tb) - started).toBeGreaterThanOrEqual(159 - 5);
    expect(claimA.calls + claimB.calls).toBe(20);
  });

  it('two senders (two numbers) each keep their own rate', async () => {
    const a = createSharedPacer(20, counted('twilio:+14155550100'));
    const b = createSharedPacer(20, counted('twilio:+14155550199'));
    const started = performance.now();
    const [ta, tb] = await Promise.all([takeGroups(a, 2, 5), takeGroups(b, 2, 5)]);
    // 10 slots each, 50 ms apart: ~450 ms, not the ~950 ms one shared rate would take.
    expect(Math.max(...ta, ...tb) - started).toBeLessThan(900);
    expect(mostWithin([...ta, ...tb], 1000)).toBe(20);
  });

  it('a sender idle for a while sends its next text at once (no saved-up burst either)', async () => {
    const pacer = createSharedPacer(5, counted('local'));
    await takeGroups(pacer, 1, 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const started = performance.now();
    const [first, second] = await takeGroups(pacer, 1, 2);
    expect(first! - started).toBeLessThan(100);
    expect(second! - first!).toBeGreaterThanOrEqual(200 - 5);
  });

  it('says how long a group would wait from its own last claim, as the one-process pacer does', async () => {
    const pacer = createSharedPacer(10, counted('local'));
    expect(pacer.delayMs!(1)).toBe(0);
    expect(pacer.delayMs!(8)).toBeCloseTo(700);
    const taken = takeGroups(pacer, 1, 3);
    // Asked for and not yet claimed: the 3 slots come before any new group's.
    expect(pacer.delayMs!(1)).toBeCloseTo(300);
    await taken;
    expect(pacer.delayMs!(1)).toBeGreaterThan(0);
    expect(pacer.delayMs!(1)).toBeLessThanOrEqual(101); // a timer may fire up to a millisecond early
  });

  it('when a claim fails (the database is gone), its callers fail and the next claim works', async () => {
    let fail = true;
    const claim: ClaimSendTime = async () => {
      if (fail) throw new Error('connection terminated');
      return { waitMs: 0 };
    };
    const pacer = createSharedPacer(1000, claim);
    await expect(Promise.all([pacer.take(), pacer.take()])).rejects.toThrow('connection terminated');
    fail = false;
    await expect(pacer.take()).resolves.toBeUndefined();
  });
});

describe('scheduler.sendPaceKey', () => {
  it('paces per Twilio number, or per messaging service, or the local channel', () => {
    const t = buildTestApp(handle, { env: { TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_FROM_NUMBER: '+14155550100' } });
    expect(sendPaceKey(t.deps)).toBe('twilio:+14155550100');
    const service = buildTestApp(handle, { env: { TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_MESSAGING_SERVICE_SID: 'MG' + '0'.repeat(32) } });
    expect(sendPaceKey(service.deps)).toBe(`twilio:MG${'0'.repeat(32)}`);
    expect(sendPaceKey({ ...t.deps, sender: { channel: 'local', send: t.deps.sender.send } })).toBe('local');
  });
});

describe('scheduler.runMorningPass — two workers, one carrier rate', () => {
  it('two workers at SEND_RATE_PER_SECOND=4 give 12 morning texts their send slots 250 ms apart, 2.75 s first to last, each text once', async () => {
    await truncateClientData(handle.db);
    const t = buildTestApp(handle, { env: { SEND_RATE_PER_SECOND: '4' } });
    await Promise.all(Array.from({ length: 12 }, (_, i) => insertClient(handle.db, { name: `C${i}` })));
    const compose: ComposeMorning = async (_deps, client, localDate) => ({ body: `Good morning ${client.name}: workout for ${localDate}` });
    const now = new Date('2027-01-12T12:00:00Z');
    t.clock.now = now;
    // Each worker its own pacer (its own process), the production one; when each send slot came.
    const slotAt: number[] = [];
    const pacerOfAWorker = (): Pacer => {
      const pacer = databasePacer(t.deps);
      return { take: (units) => pacer.take(units).then(() => void slotAt.push(performance.now())), delayMs: (n, units) => pacer.delayMs!(n, units) };
    };
    // Batches of 2, so both workers take part.
    const worker = () => runMorningPass(t.deps, { now, compose, pacer: pacerOfAWorker(), concurrency: 2, batchSize: 2, batchesInFlight: 1, rng: () => 0.5 });
    const [one, two] = await Promise.all([worker(), worker()]);
    expect(one.sent + two.sent).toBe(12);
    expect(Math.min(one.sent, two.sent)).toBeGreaterThan(0);
    expect(new Set(t.sender.sent.map((m) => m.to)).size).toBe(12);
    expect(t.sender.sent).toHaveLength(12);
    // 12 slots 250 ms apart: the last 2.75 s after the first. With a pacer per worker each took 4 a second, and
    // its 6 slots came within 1.25 s of each other: the two together at 8 a second.
    expect(slotAt).toHaveLength(12);
    // (Less up to a claim's trip back: a slot is placed on this process's clock when the claim's answer arrives.)
    expect(Math.max(...slotAt) - Math.min(...slotAt)).toBeGreaterThanOrEqual(2_750 - 100);
  });
});
