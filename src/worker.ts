import { configSecrets, loadConfigOrExit } from './config.js';
import { bootstrap } from './bootstrap.js';
import { createLogger } from './logger.js';
import { startMorningScheduler } from './scheduler/cron.js';
import { startInboundSweeper } from './services/inbound-sweeper.js';
import { converse } from './conversation/converse.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { failStartup, keepAliveOnDatabaseErrors } from './startup.js';
import type { DatabaseHandle } from './db/connection.js';
import type { AppDeps } from './app-deps.js';

/**
 * The Procfile's worker: the morning scheduler, and the sweeper that answers inbound messages a crashed web
 * process left unhandled. Run as many as you like against one Postgres.
 */
const config = loadConfigOrExit();
const log = createLogger(config.logLevel, { secrets: configSecrets(config) });
keepAliveOnDatabaseErrors(log);

let deps: AppDeps;
let handle: DatabaseHandle;
try {
  ({ deps, handle } = await bootstrap(config, log, { purpose: 'worker' }));
} catch (err) {
  failStartup(log, err instanceof DataDirLockedError ? err.message : `cannot open the database: ${err instanceof Error ? err.message : String(err)}`, err);
}
const scheduler = startMorningScheduler(deps);
const sweeper = startInboundSweeper(deps, converse);

async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'worker stopping after the current pass');
  scheduler.stop();
  sweeper.stop();
  await scheduler.idle();
  await sweeper.idle();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
