import type { Kysely } from 'kysely';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { Sender } from './channels/sender.js';
import type { Logger } from './logger.js';

/**
 * Everything a service needs from the outside world, passed in once at start-up. Tests build the same
 * object with a test database, a fake sender and a fixed clock.
 */
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** Outbound channel for messages that are not a webhook's direct reply (morning texts, async replies). */
  sender: Sender;
  log: Logger;
  /** The clock; services never call Date.now() themselves so tests can pin "now". */
  now: () => Date;
  /** The language model when OPENAI_API_KEY is set; null means the deterministic coach serves. */
  model: BaseChatModel | null;
}
