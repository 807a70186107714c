/**
 * asStoredJson (db/json.ts) copies a value as a jsonb column gives it back. It was the JSON round trip with a
 * key-sorting reviver; it is now one walk (issue 14: ~8% of a lift log's server CPU). What it returns must be
 * the round trip's value exactly, key order included: replies and digests are made from these copies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asStoredJson } from '../../src/db/json.js';
import { buildPlanJson } from '../../src/engine/program/plan-json.js';
import { planRequestSchema } from '../../src/engine/program/program.js';

/** The earlier implementation, kept here as the reference. */
function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>);
    entries.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }) as T;
}

/** Equal values with the same key order everywhere (JSON.stringify writes keys in their order), -0 told apart. */
function expectSame(value: unknown): void {
  const got = asStoredJson(value);
  const want = roundTrip(value);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(got).toStrictEqual(want);
}

const example = (name: string) => planRequestSchema.parse(JSON.parse(readFileSync(new URL(`../../scripts/examples/${name}`, import.meta.url), 'utf8')));

describe('asStoredJson', () => {
  it('gives the round trip\'s value for whole built plans (strength, race, hybrid: every week and day)', () => {
    for (const name of ['strength-request.json', 'race-request.json', 'hybrid-request.json']) {
      const plan = buildPlanJson(example(name));
      expectSame(plan);
      // The plan's weeks as the engine hands them over (frozen, undefined members present).
      expectSame(Object.freeze({ ...plan }));
    }
  });

  it('gives the round trip\'s value for what JSON changes or leaves out', () => {
    const getter = { get lazy() { return { b: 1, a: [undefined, 2] }; } };
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { zz: 1, a: { y: 2, x: 1 } });
    const cases: unknown[] = [
      { b: 1, a: 2, ccc: 3, aa: 4, '10': 'ten', '2': 'two', __proto__x: 1 },
      { n: -0, nan: Number.NaN, inf: Number.POSITIVE_INFINITY, neg: -1.5e-7, big: 1e21 },
      { u: undefined, f: () => 1, s: Symbol('s'), keep: null, arr: [undefined, () => 1, Symbol('t'), null, 0, -0] },
      { when: new Date('2027-01-04T07:00:00Z'), bad: new Date(Number.NaN) },
      [1, 'two', [3, [4, { y: 1, x: 2 }]], { é: 1, e: 2, ë: 3 }],
      // A sparse array and one with a property JSON does not write.
      Object.assign([1, , 3], { extra: 'x' }),
      getter,
      nullProto,
      { boxed: Object(5) as unknown, s: Object('x') as unknown },
      { withToJson: { toJSON: () => ({ b: 2, a: 1 }) } },
      Object.freeze({ frozen: Object.freeze({ b: [Object.freeze({ d: 1, c: 2 })], a: 1 }) }),
      'text',
      12.5,
      -0,
      null,
      true,
    ];
    for (const c of cases) expectSame(c);
  });

  it('throws where the round trip throws', () => {
    expect(() => asStoredJson(undefined)).toThrow();
    expect(() => asStoredJson({ n: 1n })).toThrow(TypeError);
  });

  it('returns a copy: changing it leaves the value it was made from as it was', () => {
    const value = { a: { b: [1, 2] } };
    const copy = asStoredJson(value);
    copy.a.b.push(3);
    expect(value.a.b).toEqual([1, 2]);
  });
});
