/**
 * The morning pass reads each batch's clients by id (findClientsByIds, 200 at a time). Written as `id = any(…)`,
 * PostgreSQL's plan for 200 ids scanned every client and tested each against the 200: with 10,000 clients, 20 ms
 * of its CPU per batch, a third of a warm morning's.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase, usingPostgres } from '../support/db.js';
import { findClientsByIds } from '../../src/db/repositories/clients.repository.js';

const handle = useTestDatabase();

describe('clients.repository findClientsByIds', () => {
  it('when a batch names a client twice or one that is gone, gives each client found once', async () => {
    const rows = await sql<{ id: string }>`insert into clients (phone, timezone, status) values ('+12125550001', 'America/New_York', 'active'), ('+12125550002', 'America/New_York', 'active') returning id`.execute(handle.db);
    const [a, b] = rows.rows.map((r) => r.id);
    const found = await findClientsByIds(handle.db, [a!, a!, b!, '00000000-0000-0000-0000-000000000009']);
    expect(found.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect(found.find((c) => c.id === a)?.phone).toBe('+12125550001');
  });

  it.skipIf(!usingPostgres())('when a morning batch of 200 is read among 3,000 clients, each is looked up by its key, not found by scanning them all', async () => {
    await sql`insert into clients (phone, timezone, status) select '+1303555' || lpad(g::text, 4, '0'), 'America/Denver', 'active' from generate_series(1, 3000) g`.execute(handle.db);
    await sql`analyze clients`.execute(handle.db);
    const ids = (await sql<{ id: string }>`select id from clients where phone like '+1303555%' order by phone limit 200`.execute(handle.db)).rows.map((r) => r.id);
    const scans = await handle.db.transaction().execute(async (trx) => {
      // Run it more than five times: a prepared statement's plan may change after its fifth run.
      for (let i = 0; i < 7; i++) expect(await findClientsByIds(trx, ids)).toHaveLength(200);
      return (await sql<{ seq_scan: string }>`select seq_scan from pg_stat_xact_user_tables where relname = 'clients'`.execute(trx)).rows[0]!.seq_scan;
    });
    expect(Number(scans)).toBe(0);
  });
});
