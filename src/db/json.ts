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
  // Copied in one walk, not JSON.parse(JSON.stringify(value), sortingReviver): a lift log's rewritten week (~9 KB)
  // is read back through this once per text, and the reviver (a call per value, Object.entries and
  // Object.fromEntries per object) and the text in between were ~8% of a lift log's server CPU. The copy is the
  // round trip's value exactly (test/db/stored-json.test.ts holds it to the round trip on built plans and edge
  // cases); anything the walk does not know as plain JSON data (a class instance other than Date, a boxed
  // primitive, a BigInt) takes the round trip.
  const copied = storedCopy(value);
  // Undefined (or a function) on its own has no JSON: the round trip throws, as it did.
  return (copied === NOT_PLAIN || copied === LEFT_OUT ? JSON.parse(JSON.stringify(value), storedOrderReviver) : copied) as T;
}

/** The round trip's key order: jsonb's (shorter keys first, then by bytes). */
const byStoredOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

function storedOrderReviver(_key: string, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const entries = Object.entries(v as Record<string, unknown>);
  // String order is byte order for the engine's keys (UTF-16 and UTF-8 agree outside surrogate pairs).
  entries.sort(([a], [b]) => byStoredOrder(a, b));
  return Object.fromEntries(entries);
}

/** What storedCopy returns for a value only the round trip handles as JSON does. */
const NOT_PLAIN = Symbol('not plain JSON data');
/** What storedCopy returns for a value JSON leaves out (undefined, a function, a symbol): dropped from an object, null in an array. */
const LEFT_OUT = Symbol('left out');

/**
 * `value` as JSON.stringify then JSON.parse with the stored key order give it back, without the text: numbers
 * that are not finite become null and -0 becomes 0, a Date its toJSON string, undefined, functions and symbols
 * are left out of objects and null in arrays, an object's own enumerable string keys are taken in jsonb's order.
 * A cycle overflows the stack here where the round trip throws a TypeError: either way the value is no JSON.
 */
function storedCopy(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'undefined':
    case 'function':
    case 'symbol':
      return LEFT_OUT;
    case 'bigint':
      return NOT_PLAIN;
  }
  if (v === null) return null;
  if (Array.isArray(v)) {
    if (typeof (v as unknown as { toJSON?: unknown }).toJSON === 'function') return NOT_PLAIN;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = storedCopy(v[i]);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out[i] = c === LEFT_OUT ? null : c;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    if (v instanceof Date && v.toJSON === Date.prototype.toJSON) return storedCopy(v.toJSON());
    return NOT_PLAIN;
  }
  const o = v as Record<string, unknown>;
  if (typeof o['toJSON'] === 'function') return NOT_PLAIN;
  const keys = Object.keys(o).sort(byStoredOrder);
  const entries: [string, unknown][] = [];
  for (const k of keys) {
    const c = storedCopy(o[k]);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    if (c !== LEFT_OUT) entries.push([k, c]);
  }
  // As the reviver built it (Object.fromEntries): integer-like keys still come first, as in any object.
  return Object.fromEntries(entries);
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
