import { configSecrets, loadConfigOrExit } from './config.js';
import { bootstrap } from './bootstrap.js';
import { createApp } from './web/app.js';
import { createLogger } from './logger.js';
import { startMorningScheduler } from './scheduler/cron.js';
import { startInboundSweeper } from './services/inbound-sweeper.js';
import { converse } from './conversation/converse.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { describeListenError, failStartup, keepAliveOnDatabaseErrors, listen } from './startup.js';
import type { DatabaseHandle } from './db/connection.js';
import type { AppDeps } from './app-deps.js';
import type { AddressInfo } from 'node:net';
import { answerBenchStats } from './bench-stats.js';

/** Where a local client reaches a server bound to `host` (a wildcard bind answers on loopback). */
function displayHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

const config = loadConfigOrExit();
const log = createLogger(config.logLevel, { secrets: configSecrets(config) });
keepAliveOnDatabaseErrors(log);

let deps: AppDeps;
let handle: DatabaseHandle;
try {
  ({ deps, handle } = await bootstrap(config, log, { purpose: 'server' }));
} catch (err) {
  failStartup(log, err instanceof DataDirLockedError ? err.message : `cannot open the database: ${err instanceof Error ? err.message : String(err)}`, err);
}

// Bind first: the scheduler and sweeper start only in a process that can actually serve.
const server = await listen(createApp(deps), config.port, config.host).catch(async (err: unknown) => {
  await handle.close().catch(() => undefined);
  return failStartup(log, describeListenError(err, config.port, config.host), err);
});
server.on('error', (err) => log.error({ err }, 'HTTP server error'));
// The bound port, not PORT: with PORT=0 the system picks one, and the lock file must name the real one.
const where = `http://${displayHost(config.host)}:${(server.address() as AddressInfo).port}`;
handle.lock?.setUrl(where);

if (config.benchStats) answerBenchStats(server);
const scheduler = config.runSchedulerInWeb ? startMorningScheduler(deps) : null;
const sweeper = startInboundSweeper(deps, converse);
log.info(
  { database: handle.kind, sms: config.twilio.mode, model: deps.model ? config.openai.model : 'deterministic' },
  `Cadence listening on ${where}` + (config.twilio.mode === 'local' ? ` - chat at ${where}/chat` : ''),
);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'shutting down');
  scheduler?.stop();
  sweeper.stop();
  server.close();
  await scheduler?.idle();
  await sweeper.idle();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
