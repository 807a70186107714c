import type { AppDeps } from '../app-deps.js';
import { claimSendTime } from '../db/repositories/send-pace.repository.js';
import { rateSchema, realClock, type Pacer, type PacerClock } from './pacer.js';

/**
 * Claims `spanMs` of the sender's send time from the schedule every worker shares; resolves with how long from now
 * the claimed time starts. The database's row in production (claimSendTime), a stand-in in tests.
 */
export type ClaimSendTime = (spanMs: number) => Promise<{ waitMs: number }>;

interface Waiter {
  units: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Paces sends to `ratePerSecond` across every process that claims from the same schedule: carriers and Twilio
 * count messages per second per sender, however many workers send them. Slots keep createPacer's spacing (one
 * every 1000 / rate ms, a message of `units` segments taking that many), but each comes from `claim`: the callers
 * waiting when a claim starts (a hand-over group's slots are asked for together) get theirs in one claim, one
 * statement for the group however fast the rate, so a fast rate is not one round trip per text and two workers
 * still send side by side. A slow rate hands whole groups out in turns: each worker's claimed time follows the
 * time claimed before it, whoever claimed that. A slot's time is mapped onto this process's clock from the
 * answer's arrival, so a slot is never early, only late by the claim's trip back. A claim that fails rejects its
 * callers (the morning pass then leaves that group's sends for a later claim).
 */
export function createSharedPacer(ratePerSecond: number, claim: ClaimSendTime, clock: PacerClock = realClock): Pacer {
  const rate = rateSchema.parse(ratePerSecond);
  const intervalMs = 1000 / rate;
  const queue: Waiter[] = [];
  let claiming = false;
  let claimingUnits = 0;
  // This process's view of the sender's next free slot, as of its last claim (other workers may have moved it on).
  let nextFree = -Infinity;

  const sleepUntil = async (at: number) => {
    const wait = at - clock.now();
    if (wait > 0) await clock.sleep(wait);
  };

  async function claimQueued(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0);
        const units = batch.map((w) => Math.max(1, w.units));
        claimingUnits = units.reduce((a, b) => a + b, 0);
        let waitMs: number;
        try {
          ({ waitMs } = await claim(claimingUnits * intervalMs));
        } catch (err) {
          for (const w of batch) w.reject(err);
          continue;
        } finally {
          claimingUnits = 0;
        }
        let at = clock.now() + waitMs;
        batch.forEach((w, i) => {
          void sleepUntil(at).then(w.resolve, w.reject);
          at += units[i]! * intervalMs;
        });
        nextFree = at;
      }
    } finally {
      claiming = false;
    }
  }

  return {
    take(units = 1) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ units, resolve, reject });
        if (claiming) return;
        claiming = true;
        // After the caller's synchronous code: every slot it asks for at once rides in one claim.
        queueMicrotask(() => void claimQueued());
      });
    },
    delayMs(count, units = 1) {
      // A lower bound: the next free slot as this process last saw it, after the slots it is still claiming.
      const now = clock.now();
      const queued = queue.reduce((sum, w) => sum + Math.max(1, w.units), claimingUnits);
      return Math.max(0, nextFree - now) + queued * intervalMs + Math.max(0, count - 1) * intervalMs * Math.max(1, units);
    },
  };
}

/** Who the carrier counts the rate for: the Twilio number (or messaging service), or the local channel. */
export function sendPaceKey(deps: Pick<AppDeps, 'config' | 'sender'>): string {
  const { twilio } = deps.config;
  return deps.sender.channel === 'twilio' ? `twilio:${twilio.fromNumber ?? twilio.messagingServiceSid ?? ''}` : deps.sender.channel;
}

/** The production pacer: SEND_RATE_PER_SECOND for the sender, shared through the database by every worker. */
export function databasePacer(deps: Pick<AppDeps, 'config' | 'sender' | 'db'>, clock: PacerClock = realClock): Pacer {
  const key = sendPaceKey(deps);
  return createSharedPacer(deps.config.sendRatePerSecond, (spanMs) => claimSendTime(deps.db, key, spanMs), clock);
}
