import { sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';

let savepoints = 0;

/**
 * A view of an open transaction that code written against `db` can run inside unchanged. Kysely throws on
 * `trx.transaction()`; here it runs the callback in a SAVEPOINT of the same transaction instead, so a
 * nested unit of work still commits or rolls back as one (a failure rolls back to the savepoint) while
 * everything stays on the transaction's connection. That matters twice: a client's whole turn is one
 * transaction holding the client's row lock (services/inbound.service.ts), and on PGlite a query on `db`
 * from inside a transaction waits for the one connection forever.
 */
export function joinableTransaction(trx: Transaction<Database>): Transaction<Database> {
  const view: Transaction<Database> = new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => savepointBuilder(view);
      const value: unknown = Reflect.get(target, prop, target);
      // Kysely's classes keep their state in #private fields: methods must run with the real object as `this`.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return view;
}

function savepointBuilder(view: Transaction<Database>) {
  const builder = {
    // A savepoint shares its transaction's isolation level and access mode; nothing to set.
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
    async execute<T>(callback: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
      savepoints += 1;
      const name = sql.raw(`cadence_sp_${savepoints}`);
      await sql`savepoint ${name}`.execute(view);
      try {
        const result = await callback(view);
        await sql`release savepoint ${name}`.execute(view);
        return result;
      } catch (err) {
        await sql`rollback to savepoint ${name}`.execute(view).catch(() => undefined);
        throw err;
      }
    },
  };
  return builder;
}
