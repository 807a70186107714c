/**
 * JSON columns read as text and parsed only when read (lazyJson), with their text kept for readers that can use
 * it instead of the value: a plan or day shared by a roster's template arrives as the same jsonb text for every
 * client (jsonb prints its content one way), so stored-plan-json.ts finds its parsed copy by that text without
 * parsing, serializing or digesting the JSON again per client.
 */

/** The getters lazyJson installs → the JSON text each parses. */
const texts = new WeakMap<object, string>();

/** `target[key]` as the JSON `text` parsed on first read (and a plain property once written). */
export function lazyJson(target: Record<string, unknown>, key: string, text: unknown): void {
  if (typeof text !== 'string') {
    target[key] = text;
    return;
  }
  let parsed: { value: unknown } | undefined;
  const get = () => (parsed ??= { value: JSON.parse(text) as unknown }).value;
  texts.set(get, text);
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get,
    set: (value: unknown) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true }),
  });
}

/**
 * The JSON text `target[key]` is read from, while it is still lazyJson's (copied with its property descriptor
 * or not): undefined once it was written, or for a column read as a value.
 */
export function jsonTextOf(target: object, key: string): string | undefined {
  const get = Object.getOwnPropertyDescriptor(target, key)?.get;
  return get ? texts.get(get) : undefined;
}
