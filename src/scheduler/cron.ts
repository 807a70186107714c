import cron from 'node-cron';
import type { AppDeps } from '../app-deps.js';
import { defaultConcurrency, runMorningPass, type ComposeMorning } from './morning-pass.js';
import { databasePacer } from './shared-pacer.js';
import { composeMorningMessage } from '../services/morning-message.service.js';

export interface SchedulerHandle {
  stop(): void;
  /** Resolves when the pass in progress (if any) has finished: shut down after it, not in the middle. */
  idle(): Promise<void>;
}

/**
 * The minute tick. node-cron only wakes us; exactly-once lives in the database (daily_sends), so any
 * number of processes can run this. `noOverlap` keeps a slow pass from stacking up behind itself.
 */
export function startMorningScheduler(deps: AppDeps, compose: ComposeMorning = composeMorningMessage): SchedulerHandle {
  // One carrier rate for every worker on this database, not one per process (shared-pacer.ts).
  const pacer = databasePacer(deps);
  const concurrency = defaultConcurrency(deps.config.database);
  let running: Promise<void> = Promise.resolve();
  const task = cron.schedule(
    '* * * * *',
    () => {
      running = (async () => {
        try {
          const summary = await runMorningPass(deps, { now: deps.now(), compose, pacer, concurrency });
          const level = summary.failed || summary.late ? 'warn' : summary.claimed ? 'info' : 'debug';
          deps.log[level]({ ...summary }, 'morning tick');
        } catch (err) {
          deps.log.error({ err }, 'morning tick failed; the next tick retries');
        }
      })();
      return running;
    },
    { name: 'morning-messages', noOverlap: true },
  );
  deps.log.info({ catchUpHours: deps.config.morningCatchUpHours, ratePerSecond: deps.config.sendRatePerSecond }, 'morning scheduler started');
  return {
    stop: () => void task.stop(),
    idle: () => running,
  };
}
