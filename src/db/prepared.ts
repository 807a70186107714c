import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';

/**
 * Statements PostgreSQL plans once per connection (a named prepared statement) instead of on every run. Kysely
 * sends every statement unnamed, so PostgreSQL parses and plans it again each time: for the texting rush's two
 * batch statements (inbound-messages.repository.ts) that is more of the database's CPU than storing the rows
 * (bench:inbound: backend CPU per batch of 10 texts 4.2 → 2.6 ms). A statement whose text starts with this mark
 * is sent by the PostgreSQL connection (connection.ts) under a name derived from its text; PGlite runs the text
 * as it is (the mark is an SQL comment). PGlite's API has no named statements; PREPARE once and EXECUTE with the
 * parameters as literals was tried and not kept: it cost PGlite ~50% more CPU per text at 50 concurrent.
 *
 * Only for statements whose text is the same on every run (parameters as $n, never lists spliced in): a
 * connection keeps every name it prepared for its life. Behind a pooler in transaction mode (PgBouncer before
 * 1.21) named statements do not survive: leave the mark off there. A migration that changes a prepared
 * statement's result columns makes the running processes' prepared copies fail ("cached plan must not change
 * result type"): the batch statements fall back to their one-text statements, which are not prepared.
 */
const MARK = '/* prepared */ ';

/** `body` marked to be prepared on PostgreSQL (see above). */
export function prepared<T>(body: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(MARK)}${body}`;
}

const names = new Map<string, string>();

/** The name a marked statement is prepared under (the same text, the same name), or null for any other statement. */
export function preparedName(text: string): string | null {
  if (!text.startsWith(MARK)) return null;
  let name = names.get(text);
  if (!name) {
    name = `cadence_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
