import { sql, type RawBuilder } from 'kysely';

/**
 * A value for a jsonb column. Passing objects straight through differs between drivers (pg turns JS arrays
 * into Postgres arrays), so every JSON value is serialized here, once, the same way for PGlite and pg.
 */
export function json<T>(value: T): RawBuilder<T> {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}

/**
 * `value` as a jsonb column would give it back: a fresh copy with every object's keys in jsonb's order
 * (shorter keys first, then by bytes), undefined members dropped. A row recorded for a later batch insert
 * (batch-writes.ts) is handed back in this shape, so what is read from it is what a re-read would give.
 */
export function asStoredJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>);
    // String order is byte order for the engine's keys (UTF-16 and UTF-8 agree outside surrogate pairs).
    entries.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }) as T;
}
