import { configSecrets, type Config } from './config.js';
import type { AppDeps } from './app-deps.js';
import type { Sender } from './channels/sender.js';
import { openDatabase, type DatabaseHandle } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { createLogger, type Logger } from './logger.js';
import { createTwilioSender } from './channels/twilio-sender.js';
import { createLocalSender } from './channels/local-sender.js';
import { createChatModel } from './agents/model.js';
import { countQuery } from './bench-stats.js';

export function createSender(config: Config): Sender {
  const t = config.twilio;
  if (t.mode === 'twilio' && t.accountSid && t.authToken) {
    return createTwilioSender({
      accountSid: t.accountSid,
      authToken: t.authToken,
      ...(t.fromNumber ? { from: t.fromNumber } : {}),
      ...(t.messagingServiceSid ? { messagingServiceSid: t.messagingServiceSid } : {}),
      ...(t.apiBaseUrl ? { apiBaseUrl: t.apiBaseUrl } : {}),
    });
  }
  return createLocalSender();
}

/**
 * Opens everything a process needs. Embedded mode migrates on start so `npm start` just works; against a
 * real Postgres migrations are a release step (`npm run migrate`, the Procfile's release line) so many
 * processes starting at once never race to migrate.
 */
export async function bootstrap(
  config: Config,
  log: Logger = createLogger(config.logLevel, { secrets: configSecrets(config) }),
  options: { purpose?: string } = {},
): Promise<{ deps: AppDeps; handle: DatabaseHandle }> {
  const handle = await openDatabase(config.database, {
    onConnectionError: (err, state) => log.warn({ err, state }, 'postgres connection lost; the pool replaces it'),
    ...(options.purpose ? { purpose: options.purpose } : {}),
    ...(config.benchStats ? { log: countQuery } : {}),
  });
  if (handle.kind === 'pglite') {
    const migrated = await migrateToLatest(handle.db);
    if (!migrated.success) {
      await handle.close();
      throw migrated.error;
    }
    if (migrated.data.applied.length) log.info({ applied: migrated.data.applied }, 'applied migrations');
  }
  const model = config.openai.apiKey
    ? createChatModel({
        apiKey: config.openai.apiKey,
        model: config.openai.model,
        timeoutMs: config.openai.timeoutMs,
        ...(config.openai.baseUrl ? { baseURL: config.openai.baseUrl } : {}),
      })
    : null;
  const deps: AppDeps = { db: handle.db, config, sender: createSender(config), log, now: () => new Date(), model };
  return { deps, handle };
}
