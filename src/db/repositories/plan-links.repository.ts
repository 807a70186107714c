import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { PlanLinkRow } from '../schema.js';

export async function findLiveLinkForClient(db: Db, clientId: string): Promise<PlanLinkRow | undefined> {
  return db.selectFrom('plan_links').selectAll().where('client_id', '=', clientId).where('revoked_at', 'is', null).executeTakeFirst();
}

/**
 * Stores a client's live link unless one exists (one live link per client, a partial unique index): two
 * requests racing for a first link both end with the row that won.
 */
export async function insertLiveLinkOnce(db: Db, clientId: string, token: string): Promise<PlanLinkRow> {
  const inserted = await db
    .insertInto('plan_links')
    .values({ client_id: clientId, token })
    .onConflict((oc) => oc.column('client_id').where('revoked_at', 'is', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? (await findLiveLinkForClient(db, clientId))!;
}

export async function findLinkByToken(db: Db, token: string): Promise<PlanLinkRow | undefined> {
  return db.selectFrom('plan_links').selectAll().where('token', '=', token).executeTakeFirst();
}

/** Revokes the client's live link; returns how many were revoked (0 or 1). */
export async function revokeLiveLink(db: Db, clientId: string): Promise<number> {
  const res = await db
    .updateTable('plan_links')
    .set({ revoked_at: sql`now()` as any })
    .where('client_id', '=', clientId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
