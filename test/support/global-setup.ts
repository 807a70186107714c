import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/connection.js';
import { adminQuery, withDatabase } from '../../src/db/admin-query.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/**
 * Runs the real migrations once per test run and hands every test file a cheap copy: on PGlite a dumped data
 * directory (loading it takes ~0.5 s, creating and migrating a fresh instance ~4 s), on PostgreSQL a
 * template database that each file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const dumpPath = path.resolve('.tmp', `pglite-template-${process.pid}.tar`);
  mkdirSync(path.dirname(dumpPath), { recursive: true });
  const handle = await openPglite({ memory: true });
  const migrated = await migrateToLatest(handle.db);
  if (!migrated.success) throw migrated.error;
  const dump = await handle.pglite!.dumpDataDir('none');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplatePath', dumpPath);

  const url = process.env.TEST_DATABASE_URL;
  let templateName: string | null = null;
  if (url) {
    templateName = `cadence_tpl_${process.pid}`;
    await adminQuery(url, `drop database if exists ${templateName}`);
    await adminQuery(url, `create database ${templateName}`);
    const tpl = openPostgres(withDatabase(url, templateName), { max: 1 });
    const result = await migrateToLatest(tpl.db);
    await tpl.close();
    if (!result.success) throw result.error;
  }
  project.provide('postgresTemplate', templateName);

  return async () => {
    rmSync(dumpPath, { force: true });
    if (url && templateName) await adminQuery(url, `drop database if exists ${templateName}`);
  };
}


export { adminQuery, withDatabase };

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string | null;
  }
}
