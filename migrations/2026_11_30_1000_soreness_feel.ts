import { sql, type Kysely } from 'kysely';

/**
 * How a soreness report felt: 'tight' (stiffness, trained lighter with a longer warm-up) or 'sore' (the
 * default, null in older rows). Kept on the signal so the adaptation engine names the change the way the
 * client said it, in the reply and later in "what changed?".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('readiness_signals')
    .addColumn('feel', 'text', (c) => c.check(sql`feel in ('sore', 'tight')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('readiness_signals').dropColumn('feel').execute();
}
