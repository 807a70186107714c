import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/db.js';
import { insertClient } from '../support/clients.js';

const handle = useTestDatabase();

const outbound = (clientId: string, kind: string) =>
  sql`insert into outbound_messages (client_id, to_phone, body, kind, channel, segments, encoding) values (${clientId}, '+14155550123', 'x', ${kind}, 'local', 1, 'GSM-7')`.execute(handle.db);

describe('migration 2026_11_29_3000_web_plan_links', () => {
  it('when a client gets a second live plan link it is refused; after revoking, a new one is allowed', async () => {
    const c = await insertClient(handle.db);
    await handle.db.insertInto('plan_links').values({ client_id: c.id, token: 'a'.repeat(32) }).execute();
    await expect(handle.db.insertInto('plan_links').values({ client_id: c.id, token: 'b'.repeat(32) }).execute()).rejects.toThrow();
    await handle.db.updateTable('plan_links').set({ revoked_at: new Date() }).where('client_id', '=', c.id).execute();
    await handle.db.insertInto('plan_links').values({ client_id: c.id, token: 'b'.repeat(32) }).execute();
    // Tokens are unique across clients too.
    const other = await insertClient(handle.db);
    await expect(handle.db.insertInto('plan_links').values({ client_id: other.id, token: 'b'.repeat(32) }).execute()).rejects.toThrow();
  });

  it('when an outbound message is the coach\'s it is stored; an unknown kind is refused', async () => {
    const c = await insertClient(handle.db);
    await outbound(c.id, 'coach');
    await expect(outbound(c.id, 'bogus')).rejects.toThrow();
  });

  it('when rolled back and applied again, the tables and the kind constraint come back', async () => {
    // The module's own down/up, so the test does not depend on which migrations sort after it.
    const migration = await import('../../migrations/2026_11_29_3000_web_plan_links.js');
    await handle.db.deleteFrom('outbound_messages').where('kind', '=', 'coach').execute();
    await migration.down(handle.db);
    const c = await insertClient(handle.db);
    await expect(outbound(c.id, 'coach')).rejects.toThrow();
    await migration.up(handle.db);
    await outbound(c.id, 'coach');
    const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name in ('plan_links', 'calendar_events')`.execute(handle.db);
    expect(tables.rows[0]!.n).toBe(2);
  });
});
