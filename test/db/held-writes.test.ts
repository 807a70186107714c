/**
 * A turn's last write held for its next statement (db/held-writes.ts, issue 14: a "done" is its log and its reply
 * in one statement). Whatever statement comes next on the turn's handle, the write is in the database before it
 * runs, in the same transaction; one still held at the end is written before the commit; a rollback loses it.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { holdingWrites, holdsWithHandle, holdWrite, sendHeldWrite, takeHeldWrite, type HeldWrite } from '../../src/db/held-writes.js';
import { joinableTransaction } from '../../src/db/joinable-transaction.js';
import type { Db } from '../../src/db/db-types.js';

const handle = useTestDatabase();

/** A held write that stores a client with `phone` (any table does: the clients table needs the fewest columns). */
function storeClient(phone: string): HeldWrite {
  return {
    parts: [sql`stored as (insert into clients (phone, timezone) values (${phone}, 'America/New_York'))`],
    usual: false,
    write: async (db: Db) => {
      await sql`insert into clients (phone, timezone) values (${phone}, 'America/New_York')`.execute(db);
    },
  };
}
const countOf = async (db: Db, phone: string) => (await db.selectFrom('clients').select('id').where('phone', '=', phone).execute()).length;

describe('db.held-writes: a write held for the next statement', () => {
  it('the next statement of any kind, on any view of the turn (a savepoint too), reads it', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const holding = holdingWrites(trx);
      const view = joinableTransaction(holding);
      holdsWithHandle(view, holding);
      expect(await holdWrite(view, storeClient('+12125550101'))).toBe(true);
      expect(await countOf(view, '+12125550101')).toBe(1);
      await holdWrite(view, storeClient('+12125550102'));
      const inSavepoint = await view.transaction().execute((sp) => countOf(sp, '+12125550102'));
      expect(inSavepoint).toBe(1);
    });
    expect(await countOf(handle.db, '+12125550101')).toBe(1);
    expect(await countOf(handle.db, '+12125550102')).toBe(1);
  });

  it('one taken by a statement is written by it alone; one left at the end is written before the commit', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const holding = holdingWrites(trx);
      await holdWrite(holding, storeClient('+12125550103'));
      const taken = takeHeldWrite(holding)!;
      await sql`with ${sql.join([...taken.parts])} select 1`.execute(holding);
      expect(await countOf(holding, '+12125550103')).toBe(1);
      await holdWrite(holding, storeClient('+12125550104'));
      await sendHeldWrite(holding);
    });
    expect(await countOf(handle.db, '+12125550103')).toBe(1);
    expect(await countOf(handle.db, '+12125550104')).toBe(1);
  });

  it('a handle that holds no writes takes none (its caller writes at once); a rolled-back turn loses what it held', async () => {
    expect(await holdWrite(handle.db, storeClient('+12125550105'))).toBe(false);
    expect(await countOf(handle.db, '+12125550105')).toBe(0);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        const holding = holdingWrites(trx);
        await holdWrite(holding, storeClient('+12125550106'));
        await sendHeldWrite(holding);
        throw new Error('the turn failed');
      })
      .catch(() => undefined);
    expect(await countOf(handle.db, '+12125550106')).toBe(0);
  });
});
