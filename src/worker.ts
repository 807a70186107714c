import { loadConfigOrExit } from './config.js';
import { bootstrap } from './bootstrap.js';
import { createLogger } from './logger.js';
import { startMorningScheduler } from './scheduler/cron.js';

/** The Procfile's worker: the morning scheduler alone. Run as many as you like against one Postgres. */
const config = loadConfigOrExit();
const log = createLogger(config.logLevel);
const { deps, handle } = await bootstrap(config, log);
const scheduler = startMorningScheduler(deps);

async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'worker stopping after the current pass');
  scheduler.stop();
  await scheduler.idle();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
