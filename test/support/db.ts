import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
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
