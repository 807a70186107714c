/**
 * A conversation state stored in a shape this version does not read (corrupt, or written by an older version):
 * the client gets a clear reply, never a crash or silence.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

const { say, onboarded, nyPhone, db } = smsSuite();

/** Stores `state` (JSON text) as the client's conversation state, as a corrupt or older row would be. */
async function storeState(phone: string, flow: string, state: string): Promise<void> {
  const client = await db().selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  const row = { flow, state: sql`${state}::jsonb` as never };
  await db().insertInto('conversation_states').values({ client_id: client.id, ...row }).onConflict((oc) => oc.column('client_id').doUpdateSet(row)).execute();
}

describe('a stored state that does not read', () => {
  it('mid-onboarding: says it lost track and asks the first question again', async () => {
    const phone = nyPhone();
    await say(phone, 'hi');
    await storeState(phone, 'onboarding', 'null');
    const reply = await say(phone, 'Sam');
    expect(reply).toMatch(/lost track of where we were - let's start again/);
    expect(reply).toMatch(/name/i);
    // The restart reads again: the next text answers the name question.
    expect(await say(phone, 'Sam')).not.toMatch(/lost track/);
  });

  it('a pending question: dropped, and the text is answered as any other', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const plain = await say(phone, 'yes');
    await storeState(phone, 'pending', JSON.stringify({ kind: 'confirm_logs', rawText: 'squat 3x5' }));
    const reply = await say(phone, 'yes');
    expect(reply).toBe(plain);
    expect(reply).not.toMatch(/went wrong/);
  });
});
