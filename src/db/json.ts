import { sql, type RawBuilder } from 'kysely';

/**
 * A value for a jsonb column. Passing objects straight through differs between drivers (pg turns JS arrays
 * into Postgres arrays), so every JSON value is serialized here, once, the same way for PGlite and pg.
 */
export function json<T>(value: T): RawBuilder<T> {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}
