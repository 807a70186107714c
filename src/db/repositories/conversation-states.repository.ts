import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import { json } from '../json.js';

export async function loadConversationState(db: Db, clientId: string): Promise<{ flow: string; state: unknown } | undefined> {
  return db.selectFrom('conversation_states').select(['flow', 'state']).where('client_id', '=', clientId).executeTakeFirst();
}

export async function saveConversationState(db: Db, clientId: string, flow: string, state: unknown): Promise<void> {
  await db
    .insertInto('conversation_states')
    .values({ client_id: clientId, flow, state: json(state) })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ flow, state: json(state), updated_at: sql`now()` as any }))
    .execute();
}

export async function clearConversationState(db: Db, clientId: string): Promise<void> {
  await db.deleteFrom('conversation_states').where('client_id', '=', clientId).execute();
}
