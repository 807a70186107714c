import type { PGlite } from '@electric-sql/pglite';
import { preparedName } from './prepared.js';

/**
 * PGlite runs a statement marked `prepared` (db/prepared.ts) as a server-side prepared statement: PREPARE once
 * per instance (PGlite is one session for its life), then EXECUTE with the parameters. PGlite's own API sends
 * every statement unnamed, so the texting rush's two batch statements were parsed and planned again on every
 * run, inside the one connection every request waits for. Any other statement goes through unchanged.
 *
 * PREPARE is not transactional, and the marked statements run outside transactions: a prepared statement
 * outlives any rollback. A PREPARE that fails (the statement does not fit the schema) throws like the statement
 * would, and is tried again the next time.
 */
/**
 * A parameter as an SQL literal (standard_conforming_strings, PGlite's default: only a quote is doubled), typed by
 * the PREPARE. Arrays would need PostgreSQL's array syntax: a marked statement passes them as JSON instead.
 */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) throw new Error('a prepared statement on PGlite takes no array parameter: pass it as JSON');
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

export function withPreparedStatements(client: PGlite): PGlite {
  const preparedHere = new Set<string>();
  const query = (async (text: string, params?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
    const name = preparedName(text);
    if (!name) return client.query(text, params, options);
    if (!preparedHere.has(name)) {
      await client.query(`prepare ${name} as ${text}`);
      preparedHere.add(name);
    }
    // EXECUTE takes no bind parameters (a utility statement): its arguments go as literals, each typed by PREPARE.
    const args = (params ?? []).map(literal).join(', ');
    return client.query(`execute ${name}${args ? `(${args})` : ''}`, [], options);
  }) as PGlite['query'];
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return query;
      const value: unknown = Reflect.get(target, prop, target);
      // PGlite keeps its state in private fields: its methods must run on the instance itself, not the proxy.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
