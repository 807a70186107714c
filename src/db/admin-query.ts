import pg from 'pg';

/**
 * One statement on its own short-lived connection: CREATE/DROP DATABASE cannot run inside a pool's
 * transaction, and the test setup and the benchmarks must not keep the server's admin database open.
 */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
