import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded instance, when there is one (tests dump it; health checks nothing else). */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Both drivers must hand the app the same types: dates as 'YYYY-MM-DD' (pg's default would build a Date at
// local midnight, which shifts a day in any zone west of UTC), and int8 (count(*)) as a number.
const DATE_OID = 1082;
const INT8_OID = 20;
const asString = (v: string) => v;
const asNumber = (v: string) => Number(v);

let pgParsersSet = false;
function setPgParsers(): void {
  if (pgParsersSet) return;
  pg.types.setTypeParser(DATE_OID, asString);
  pg.types.setTypeParser(INT8_OID, asNumber);
  pgParsersSet = true;
}

/** Opens Postgres through a pool. `max` is small by default: many stateless processes share one server. */
export function openPostgres(url: string, options: { max?: number; onIdleError?: (err: Error) => void } = {}): DatabaseHandle {
  setPgParsers();
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server drops (restart, failover, admin termination) is replaced on next use;
  // without a listener pg re-throws it and the whole process dies.
  pool.on('error', options.onIdleError ?? ((err) => process.stderr.write(`postgres: idle connection lost (${err.message}); it will be replaced\n`)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export const pgliteParsers = {
  [pgliteTypes.DATE]: asString,
  [pgliteTypes.INT8]: asNumber,
};

/**
 * Opens PGlite in a data folder (created if missing) or from a dumped data directory (tests). PGlite is one
 * connection in one process: everything inside a transaction must use that transaction's `trx`.
 */
export async function openPglite(source: { dataDir: string } | { loadDataDir: Blob } | { memory: true }): Promise<DatabaseHandle> {
  let client: PGlite;
  if ('dataDir' in source) {
    mkdirSync(source.dataDir, { recursive: true });
    client = await PGlite.create(source.dataDir, { parsers: pgliteParsers });
  } else if ('loadDataDir' in source) {
    client = await PGlite.create({ loadDataDir: source.loadDataDir, parsers: pgliteParsers });
  } else {
    client = await PGlite.create({ parsers: pgliteParsers });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

export async function openDatabase(
  config: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string },
): Promise<DatabaseHandle> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite({ dataDir: config.dataDir });
}
