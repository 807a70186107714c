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

/** How many distinct values sharedStoredJson keeps (a morning's distinct days are a few per template). */
export const SHARED_STORED_JSON_CAPACITY = 500;

const sharedStored = new Map<string, unknown>();

/**
 * `asStoredJson(value)`, frozen and shared by every equal value: a morning batch records one day per client,
 * and clients on a template and date record the same day, so the jsonb-shaped copy is made once per distinct
 * day (the key reordering is most of its cost) and its readers can parse it once (stored-plan-json.ts parses
 * a frozen value once). Callers must not change what it returns (frozen, it throws instead).
 */
export function sharedStoredJson<T>(value: T): T {
  // A frozen value cannot change: the same object gives the same copy without serializing it again (days
  // shared by the clients of a template are one frozen object: plans.service dayOfWeek).
  const frozen = value !== null && typeof value === 'object' && Object.isFrozen(value);
  if (frozen && sharedByObject.has(value)) return sharedByObject.get(value) as T;
  const stored = sharedStoredByText(value);
  if (frozen) sharedByObject.set(value, stored);
  return stored;
}

const sharedByObject = new WeakMap<object, unknown>();

function sharedStoredByText<T>(value: T): T {
  const text = JSON.stringify(value);
  if (text === undefined) return asStoredJson(value);
  const hit = sharedStored.get(text);
  if (hit !== undefined) {
    // Refresh its place: a Map iterates in insertion order, so the first key is the least recently used.
    sharedStored.delete(text);
    sharedStored.set(text, hit);
    return hit as T;
  }
  const stored = deepFreeze(asStoredJson(value));
  sharedStored.set(text, stored);
  if (sharedStored.size > SHARED_STORED_JSON_CAPACITY) sharedStored.delete(sharedStored.keys().next().value!);
  return stored;
}

/** Freezes `value` and everything in it (a frozen object is taken as frozen through): shared parsed JSON. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `target[key]` as `value` stored in a jsonb column and read back (asStoredJson), made on first read. */
export function storedJsonOnRead(target: Record<string, unknown>, key: string, value: unknown): void {
  let made: { value: unknown } | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (made ??= { value: asStoredJson(value) }).value,
    set: (v: unknown) => Object.defineProperty(target, key, { value: v, writable: true, enumerable: true, configurable: true }),
  });
}
