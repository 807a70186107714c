/**
 * An area told at the start cleared mid-plan (YES to "want deadlifts back?"): a new plan version without
 * sparing it, from the same start, the client's plan notes carried over, in one transaction.
 */
import type { Db } from '../db/db-types.js';
import type { ClientRow } from '../db/schema.js';
import { withoutLimitations } from '../engine/program/limitations.js';
import type { Limitation } from '../engine/vocabulary.js';
import { changePlanForGood } from './plan-for-good.js';
import { profileWithoutLimitations } from './stored-profile.js';

/** True when the plan was rebuilt; false when there is no plan or it spares none of `cleared` any more. */
export async function clearLimitations(db: Db, client: ClientRow, cleared: readonly Limitation[], today: string): Promise<boolean> {
  // The profile forgets the area too: a pain reply said "your left knee" of a knee given back, and a new plan's
  // summary and the coach's dashboard still listed it.
  const r = await changePlanForGood(db, client, { plan: (req) => withoutLimitations(req, cleared), profile: (p) => profileWithoutLimitations(p, cleared) }, today);
  return r === 'ok';
}
