import type { AppDeps } from '../app-deps.js';
import { listStaleInbound, STALE_AFTER_SECONDS } from '../db/repositories/inbound-messages.repository.js';
import { maskPhone } from '../logger.js';
import { handleInbound, THROUGH_SENDER, type HandleTurn } from './inbound.service.js';

export interface SweepSummary {
  found: number;
  handled: number;
  failed: number;
}

/**
 * Finishes inbound messages left `received` longer than STALE_AFTER_SECONDS: their handler died (a crash,
 * a dropped database connection) and no retry came. Each goes through the same turn as a live message (the
 * client's row lock, arrival order, once per message), and its reply goes out through the sender, since
 * the webhook that brought it is long gone. Safe in any number of processes at once.
 */
export async function sweepStaleInbound(deps: AppDeps, handle: HandleTurn, limit = 100): Promise<SweepSummary> {
  const rows = await listStaleInbound(deps.db, limit);
  const summary: SweepSummary = { found: rows.length, handled: 0, failed: 0 };
  for (const row of rows) {
    deps.log.warn({ inboundId: row.id, from: maskPhone(row.from_phone), receivedAt: row.received_at }, 'sweeper: answering a message left unhandled');
    try {
      await handleInbound(deps, row, THROUGH_SENDER, handle);
      summary.handled += 1;
    } catch (err) {
      summary.failed += 1;
      deps.log.error({ err, inboundId: row.id }, 'sweeper: handling failed; the next sweep retries');
    }
  }
  return summary;
}

export interface SweeperHandle {
  stop(): void;
  /** Resolves when the sweep in progress (if any) has finished. */
  idle(): Promise<void>;
}

/** Runs the sweep every `intervalMs` (a quarter of the staleness limit by default), never two at once. */
export function startInboundSweeper(deps: AppDeps, handle: HandleTurn, intervalMs = (STALE_AFTER_SECONDS * 1000) / 4): SweeperHandle {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = sweepStaleInbound(deps, handle)
      .then((s) => {
        if (s.found) deps.log.info({ ...s }, 'sweeper pass');
      })
      .catch((err: unknown) => deps.log.error({ err }, 'sweeper pass failed; the next one retries'))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    idle: () => running,
  };
}
