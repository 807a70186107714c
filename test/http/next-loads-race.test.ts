/**
 * A lift's next-load look holds the days it stores and stores them in one statement after the look (issue 14).
 * A day another turn stored meanwhile (a "what's tomorrow" answered on another connection) wins that insert:
 * the reply must then name what is kept, not the day that was held and lost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PostgresQueryCompiler, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { MONDAY_9AM_NEW_YORK } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

/** Runs `meanwhile` once, right after the week's rewrite that follows the log (before the held days are stored). */
class Meanwhile implements KyselyPlugin {
  meanwhile: (() => Promise<void>) | null = null;
  private at: unknown = null;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.meanwhile && this.at === null && new PostgresQueryCompiler().compileQuery(args.node as never, args.queryId).sql.startsWith('update "microcycles" set "pattern"')) this.at = args.queryId;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.meanwhile && args.queryId === this.at) {
      const run = this.meanwhile;
      this.meanwhile = null;
      await run();
    }
    return args.result;
  }
}

const handle = useTestDatabase();
const meanwhile = new Meanwhile();
let t: TestApp;
beforeEach(() => {
  t = buildTestApp({ db: handle.db.withPlugin(meanwhile), kind: handle.kind, ...(handle.pglite ? { pglite: handle.pglite } : {}), close: async () => undefined }, { now: MONDAY_9AM_NEW_YORK });
});
const { say, onboardBySms } = smsClient(() => t, handle);

describe('a lift whose next-load day another turn stores meanwhile', () => {
  it.skipIf(!process.env['TEST_DATABASE_URL'])('names the day that is kept', async () => {
    const p = '+12125557951';
    await onboardBySms(p, LIFTER_ANSWERS);
    await say(p, 'done');
    const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', p).executeTakeFirstOrThrow();
    const monday = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', '2026-11-23').executeTakeFirstOrThrow();
    let theirs = '';
    // Another connection stores Wednesday first (Monday's day, to tell it apart from the one the look built).
    meanwhile.meanwhile = async () => {
      const row = await handle.db
        .insertInto('workout_instances')
        .values({ client_id: client.id, plan_id: monday.plan_id, microcycle_id: monday.microcycle_id, date: '2026-11-25', workout: JSON.stringify(monday.workout) as never, rationale: monday.rationale, engine_input: JSON.stringify(monday.engine_input) as never })
        .returning('id')
        .executeTakeFirstOrThrow();
      theirs = row.id;
    };
    const reply = await say(p, 'squat 3x5 at 225, felt like RPE 9');
    expect(theirs).not.toBe('');
    const wednesday = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', '2026-11-25').executeTakeFirstOrThrow();
    expect(wednesday.id).toBe(theirs);
    // Without the look made again, the reply named the held day that lost: "Wednesday's Bulgarian split squat is
    // now 2x10-15/side at 35 lb per dumbbell." Now it names a day as kept, with the load stored for it.
    expect(reply).not.toMatch(/Wednesday's Bulgarian split squat/);
    const named = /\n(\w+)'s .+ at (\d+) lb/.exec(reply)!;
    expect(named).not.toBeNull();
    const dates: Record<string, string> = { Tuesday: '2026-11-24', Wednesday: '2026-11-25', Thursday: '2026-11-26', Friday: '2026-11-27', Saturday: '2026-11-28', Sunday: '2026-11-29' };
    const day = await handle.db.selectFrom('workout_instances').select('workout').where('client_id', '=', client.id).where('date', '=', dates[named[1]!]!).executeTakeFirstOrThrow();
    expect(JSON.stringify(day.workout)).toMatch(new RegExp(`"load": ?${named[2]}\\b`));
  });
});
