import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** A repository takes either the database or an open transaction as its first argument. */
export type Db = Kysely<Database> | Transaction<Database>;
