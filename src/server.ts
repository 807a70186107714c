import { loadConfigOrExit } from './config.js';
import { bootstrap } from './bootstrap.js';
import { createApp } from './web/app.js';
import { createLogger } from './logger.js';
import { startMorningScheduler } from './scheduler/cron.js';

const config = loadConfigOrExit();
const log = createLogger(config.logLevel);
const { deps, handle } = await bootstrap(config, log);
const app = createApp(deps);

const server = app.listen(config.port, config.host, () => {
  const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info(
    { database: handle.kind, sms: config.twilio.mode, model: deps.model ? config.openai.model : 'deterministic' },
    `Cadence listening on ${where}` + (config.twilio.mode !== 'twilio' ? ` - chat at ${where}/chat` : ''),
  );
});

const scheduler = config.runSchedulerInWeb ? startMorningScheduler(deps) : null;

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'shutting down');
  scheduler?.stop();
  server.close();
  await scheduler?.idle();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
