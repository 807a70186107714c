import { sql, type Kysely } from 'kysely';

/**
 * A stored day's workout (~1.5 KB of JSON, ~2 KB as jsonb: over the size where PostgreSQL compresses a row)
 * is compressed with lz4 instead of the default pglz, as the stored weeks are (2026_12_01_0200): every morning
 * stores a day per client, and pglz's compression was ~3% of PostgreSQL's CPU in a warm bench:morning pass
 * (perf). Measured here on 10,000 of the bench's days, in pairs: inserts 825 / 406 / 389 ms with pglz,
 * 352 / 224 / 332 ms with lz4; 1,047 → 1,086 bytes a day stored; reads no slower. Only new values are
 * affected. A server built without lz4 (PGlite) keeps pglz: the statement is skipped there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    do $$ begin
      alter table workout_instances alter column workout set compression lz4;
    exception when feature_not_supported then null;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table workout_instances alter column workout set compression default`.execute(db);
}
