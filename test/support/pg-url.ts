import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery, withDatabase } from './global-setup.js';

export interface PostgresTestDatabase {
  /** Connection URL of the fresh database: open as many pools on it as a test needs, or hand it to a child process. */
  url: string;
  name: string;
  /** Drops the database, even if a killed child process left a session behind. */
  drop(): Promise<void>;
}

/**
 * A migrated PostgreSQL database of its own, cloned from the run's template like createTestDatabase does,
 * but returned as a URL instead of one open pool. Only with TEST_DATABASE_URL set.
 */
export async function createPostgresTestDatabase(): Promise<PostgresTestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('createPostgresTestDatabase needs TEST_DATABASE_URL (a real PostgreSQL)');
  const name = `cadence_t_${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `create database ${name} template ${template}`);
  return {
    url: withDatabase(url, name),
    name,
    drop: () => adminQuery(url, `drop database if exists ${name} with (force)`),
  };
}
