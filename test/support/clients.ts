import type { Kysely } from 'kysely';
import type { Database, ClientRow, ClientStatus } from '../../src/db/schema.js';
import { json } from '../../src/db/json.js';

let seq = 0;
/** A unique, valid North American number (area code 415, 555-01xx-free). */
export function uniquePhone(): string {
  seq += 1;
  const n = (process.pid * 7919 + seq * 104729) % 10_000_000;
  return `+1415${String(2000000 + (n % 7_999_999)).padStart(7, '0')}`;
}

export interface ClientSpec {
  phone?: string;
  name?: string;
  timezone?: string;
  morningTime?: string;
  status?: ClientStatus;
}

/** Inserts a client straight into the table (tests of the scheduler do not need a conversation first). */
export async function insertClient(db: Kysely<Database>, spec: ClientSpec = {}): Promise<ClientRow> {
  return db
    .insertInto('clients')
    .values({
      phone: spec.phone ?? uniquePhone(),
      name: spec.name ?? 'Sam',
      timezone: spec.timezone ?? 'America/New_York',
      morning_time: spec.morningTime ?? '07:00',
      status: spec.status ?? 'active',
      profile: json({}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
