import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/connection.js';
import { adminQuery, withDatabase } from './global-setup.js';

/**
 * A migrated database of its own for one test file: PGlite by default, PostgreSQL when TEST_DATABASE_URL is
 * set (the same suite runs on both; see .ci/run). Close it in afterAll.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (url && template) {
    const name = `cadence_t_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${template}`);
    const handle = openPostgres(withDatabase(url, name), { max: 8 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name}`);
      },
    };
  }
  const dump = readFileSync(inject('pgliteTemplatePath'));
  return openPglite({ loadDataDir: new Blob([dump]) });
}

export const usingPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

/**
 * A migrated database for the enclosing file or describe block: opened before its tests, closed after.
 * The returned handle is a view whose `db` is valid inside tests and hooks.
 */
export function useTestDatabase(): DatabaseHandle {
  let current: DatabaseHandle | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.close();
  });
  const need = (): DatabaseHandle => {
    if (!current) throw new Error('useTestDatabase: the database is open only inside tests and hooks');
    return current;
  };
  return {
    get db() {
      return need().db;
    },
    get kind() {
      return need().kind;
    },
    get pglite() {
      return need().pglite;
    },
    close: () => need().close(),
  };
}

/** Empties every client-owned table, so a test's counts start from zero (plans, sends and messages cascade). */
export async function truncateClientData(db: Kysely<Database>): Promise<void> {
  await sql`truncate clients, daily_sends, outbound_messages, inbound_messages cascade`.execute(db);
}
