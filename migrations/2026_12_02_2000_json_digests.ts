import { sql, type Kysely } from 'kysely';

/**
 * A digest of each stored week's JSON (microcycles.pattern_digest) and of each plan's request + outline
 * (fitness_plans.json_digest), kept by PostgreSQL itself (stored generated columns: every insert and update
 * recomputes them, whoever writes the row). The morning pass reads a batch's weeks and plans grouped by these
 * digests so that each distinct week or plan crosses the wire and is parsed once; computing them at read time
 * meant detoasting, decompressing and printing every row's ~9 KB week (and ~5 KB outline) in every batch:
 * measured here, ~15 ms of a batch read of 200 weeks went to that, ~1 ms with the stored digest. A week is written
 * once and read every morning of its week (and by every "what's today"), so the digest is paid once per write.
 *
 * The values are what the reads computed before (sha256 of the jsonb text, UTF-8), through an immutable wrapper:
 * `convert_to` is only stable (it depends on the encoding tables), but to UTF-8 in a UTF-8 database it is fixed,
 * and a generated column needs an immutable expression.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function cadence_json_digest(value text) returns bytea
      language sql immutable strict parallel safe
      as $$ select sha256(convert_to(value, 'UTF8')) $$`.execute(db);
  await sql`alter table microcycles add column pattern_digest bytea generated always as (cadence_json_digest(pattern::text)) stored`.execute(db);
  await sql`alter table fitness_plans add column json_digest bytea generated always as (cadence_json_digest(request::text || E'\\n' || outline::text)) stored`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table fitness_plans drop column json_digest`.execute(db);
  await sql`alter table microcycles drop column pattern_digest`.execute(db);
  await sql`drop function cadence_json_digest(text)`.execute(db);
}
