/**
 * What a log text costs the database (issue 14: at 7:05 many clients reply with their logs at once). Counted
 * as the operator's bench counts them: the statements the server sends for one signed webhook (begin and
 * commit are the driver's and not counted here). The replies are checked beside the counts: same words.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { MONDAY_9AM_NEW_YORK } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

const handle = useTestDatabase();
let count = 0;
/** Counts every statement built through the app's database handle (transactions included). */
const counting: KyselyPlugin = {
  transformQuery: (args) => {
    count += 1;
    return args.node;
  },
  transformResult: async (args) => args.result,
};
let t: TestApp;
beforeEach(() => {
  // A counting handle per test (its batchers are its own), on Monday 09:00 in New York: a lifting day.
  t = buildTestApp({ db: handle.db.withPlugin(counting), kind: handle.kind, ...(handle.pglite ? { pglite: handle.pglite } : {}), close: async () => undefined }, { now: MONDAY_9AM_NEW_YORK });
});
const { say, onboardBySms } = smsClient(() => t, handle);
let n = 0;
const phone = () => `+1212555${String(7000 + n++).padStart(4, '0')}`;

async function statementsOf(from: string, text: string): Promise<{ reply: string; statements: number }> {
  count = 0;
  const reply = await say(from, text);
  return { reply, statements: count };
}

describe('a log text on a day whose workout is stored', () => {
  it('a second "done" the same day logs it with a handful of statements: the week a log made stale is not rebuilt for it', async () => {
    const p = phone();
    await onboardBySms(p, LIFTER_ANSWERS);
    await say(p, "what's today");
    const first = await statementsOf(p, 'done');
    expect(first.reply).toMatch(/^Logged today: .+ done\./);
    // The first log made the week stale (a log is an input to the days still to come): the same text again.
    const again = await statementsOf(p, 'done');
    expect(again.reply).toBe(first.reply);
    // Was 19: today's stale week rebuilt (7 reads and a week rewrite) only to answer with the stored day.
    expect(again.statements).toBeLessThanOrEqual(10);
  });
});
