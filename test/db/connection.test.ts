import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, usingPostgres } from '../support/db.js';
import { prepared } from '../../src/db/prepared.js';

describe.runIf(usingPostgres())('db.openPostgres', () => {
  it('when the server drops idle connections (restart, failover), the process survives and the next query reconnects', async () => {
    const handle = await createTestDatabase();
    try {
      await sql`select 1`.execute(handle.db); // one idle pooled connection now exists
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!.pid;
      // Terminate it from another session of the same pool's database, as an administrator would.
      const { Client } = (await import('pg')).default;
      const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200)); // the pool sees the error while the client is idle
      const r = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(r.rows[0]!.one).toBe(1);
    } finally {
      await handle.close();
    }
  });
});

describe('db.openDatabase', () => {
  it('when statements queue up in a rush, the event loop still gets turns while they run (sockets are read, connections accepted)', async () => {
    const handle = await createTestDatabase();
    try {
      // 20 statements queued at once, each about a millisecond of work in the database.
      let finished = 0;
      const rush = Array.from({ length: 20 }, () =>
        sql`select count(*) as n from generate_series(1, 5000)`.execute(handle.db).then(() => {
          finished += 1;
        }),
      );
      // What a socket callback is to the loop: it runs at the loop's next turn.
      const finishedAtFirstTurn = await new Promise<number>((resolve) => setImmediate(() => resolve(finished)));
      await Promise.all(rush);
      expect(finishedAtFirstTurn).toBeLessThan(20);
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(usingPostgres())('db.prepared', () => {
  it('when a marked statement runs again on a connection, PostgreSQL keeps it prepared under one name (planned once, not per run)', async () => {
    const handle = await createTestDatabase();
    try {
      const seen = await handle.db.connection().execute(async (conn) => {
        const a = await prepared(sql<{ n: number }>`select ${1}::int + 1 as n`).execute(conn);
        const b = await prepared(sql<{ n: number }>`select ${41}::int + 1 as n`).execute(conn);
        await sql`select ${7}::int as unmarked`.execute(conn);
        const kept = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(conn);
        return { answers: [a.rows[0]!.n, b.rows[0]!.n], kept: kept.rows };
      });
      expect(seen.answers).toEqual([2, 42]);
      expect(seen.kept).toHaveLength(1);
      expect(seen.kept[0]!.statement).toContain('select $1::int + 1 as n');
    } finally {
      await handle.close();
    }
  });
});

describe('db.prepared', () => {
  it('when a marked statement runs, its answer is the plain statement\'s, whatever its parameters hold (quotes, JSON, nulls)', async () => {
    const handle = await createTestDatabase();
    try {
      const run = (text: string, json: unknown, n: number | null) =>
        prepared(sql<{ text: string; json: unknown; n: number | null }>`select ${text}::text as text, ${JSON.stringify(json)}::jsonb as json, ${n}::int as n`).execute(handle.db);
      for (const [text, json, n] of [["it's 'quoted' \\ too", { a: "b'c", d: [1, null] }, 3], ['', null, null]] as const) {
        expect((await run(text, json, n)).rows[0]).toEqual({ text, json, n });
      }
    } finally {
      await handle.close();
    }
  });
});
