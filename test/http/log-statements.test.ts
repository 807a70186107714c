/**
 * What a log text costs the database (issue 14: at 7:05 many clients reply with their logs at once). Counted
 * as the operator's bench counts them: the statements the server sends for one signed webhook (begin and
 * commit are the driver's and not counted here). The replies are checked beside the counts: same words.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CountStatements } from '../support/count-statements.js';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';
import { MONDAY_9AM_NEW_YORK } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';

const handle = useTestDatabase();
/** Counts every statement built through the app's database handle (transactions included). */
const counting = new CountStatements();
let t: TestApp;
beforeEach(() => {
  // A counting handle per test (its batchers are its own), on Monday 09:00 in New York: a lifting day.
  t = buildTestApp({ db: handle.db.withPlugin(counting), kind: handle.kind, ...(handle.pglite ? { pglite: handle.pglite } : {}), close: async () => undefined }, { now: MONDAY_9AM_NEW_YORK });
});
const { say, onboardBySms } = smsClient(() => t, handle);
let n = 0;
const phone = () => `+1212555${String(7000 + n++).padStart(4, '0')}`;

/** A new lifter onboarded by text (LIFTER_ANSWERS) who then said `texts`, in order: their phone. */
async function aLifter(...texts: string[]): Promise<string> {
  const p = phone();
  await onboardBySms(p, LIFTER_ANSWERS);
  for (const text of texts) await say(p, text);
  return p;
}

/** The input revision of the client's active plan (bumped when a log or report changes what a week is built from). */
const revision = async (p: string) =>
  (await handle.db.selectFrom('fitness_plans').innerJoin('clients', 'clients.id', 'fitness_plans.client_id').select('inputs_rev').where('clients.phone', '=', p).where('fitness_plans.status', '=', 'active').executeTakeFirstOrThrow()).inputs_rev;

async function statementsOf(from: string, text: string): Promise<{ reply: string; statements: number }> {
  counting.count = 0;
  const reply = await say(from, text);
  return { reply, statements: counting.count };
}

/** `text` sent twice in a row: each turn's reply and count, the first's reply as `reply` says and the second's the same. */
async function twice(from: string, text: string, reply: RegExp): Promise<{ first: { reply: string; statements: number }; again: { reply: string; statements: number } }> {
  const first = await statementsOf(from, text);
  expect(first.reply).toMatch(reply);
  const again = await statementsOf(from, text);
  expect(again.reply).toBe(first.reply);
  return { first, again };
}

describe('a log text on a day whose workout is stored', () => {
  it('a second "done" the same day logs it with a handful of statements: the week a log made stale is not rebuilt for it', async () => {
    const p = await aLifter("what's today");
    // The first log made the week stale (a log is an input to the days still to come): the same text again.
    const { first, again } = await twice(p, 'done', /^Logged today: .+ done\./);
    // Was 19: today's stale week rebuilt (7 reads and a week rewrite) only to answer with the stored day. Was 5:
    // today's day read in a statement of its own after the turn's read; now read with the client under its lock.
    // Was 4: the log's writes in a statement of their own, then the reply; now the log is held for the reply's
    // statement (db/held-writes.ts). Left: the message, the turn (client, state, plan, today's day), the log and the reply.
    expect(first.statements).toBeLessThanOrEqual(3);
    expect(again.statements).toBeLessThanOrEqual(3);
  });
});

describe('"tomorrow" right after "done"', () => {
  it('is answered from the stored week: a "done" cannot change the days to come, so it leaves the week standing', async () => {
    const p = await aLifter("what's today");
    const before = await say(p, 'tomorrow');
    await say(p, 'done');
    const after = await statementsOf(p, 'tomorrow');
    expect(after.reply).toBe(before);
    // Was 15: the "done" bumped the plan's input revision, so "tomorrow" rebuilt the week (the plan's notes, the week,
    // the logs, the signals, the logged dates) only to find tomorrow as stored and restamp it. Left: the message,
    // the turn's read, the reply.
    expect(after.statements).toBeLessThanOrEqual(3);
  });
});

describe('the plan\'s input revision after a "done"', () => {
  it('stays when nothing could place a session differently, and moves when the client reported soreness (a done day moves the lighter session)', async () => {
    const p = await aLifter("what's today");
    const r0 = await revision(p);
    await say(p, 'done');
    expect(await revision(p)).toBe(r0);
    // Soreness trims the next session not yet done: a day logged done is settled, so the weeks are built again.
    await say(p, 'my legs are really sore');
    const r1 = await revision(p);
    await say(p, 'done');
    expect(await revision(p)).toBe(r1 + 1);
  });
});

describe('the plan\'s input revision after a "done", for rows the weeks do not adapt to', () => {
  it('mild soreness and a pause already over leave it standing: "tomorrow" after "done" is the stored week (was a rebuild for any soreness or note)', async () => {
    const p = await aLifter();
    // Normal training soreness (under the severity that trims a session), and a pause ended: neither is an input
    // a week is built with (adaptation-inputs.service), so a settled date moves nothing.
    await say(p, 'legs a little sore but fine');
    await say(p, 'pause');
    await say(p, 'resume');
    await say(p, "what's today");
    const before = await say(p, 'tomorrow');
    const r0 = await revision(p);
    await say(p, 'done');
    expect(await revision(p)).toBe(r0);
    const after = await statementsOf(p, 'tomorrow');
    expect(after.reply).toBe(before);
    expect(after.statements).toBeLessThanOrEqual(3);
  });
});

describe('"what\'s today" from a client onboarded by text', () => {
  it('is answered from the stored day, before and after a log: the finished onboarding and the stale week leave it as told', async () => {
    const p = await aLifter();
    const { first, again } = await twice(p, "what's today", /^Today: /);
    // Was 4: the finished onboarding's state (kept after the plan was confirmed) counted as a question pending, so
    // every question about stored days took the locked turn (read the turn, the day, then the reply). Now it is
    // stored and answered from the store: 2, or 1 when answered before it is stored.
    expect(again.statements).toBeLessThanOrEqual(2);
    await say(p, 'squat 3x5 at 225, felt like RPE 9');
    const after = await statementsOf(p, "what's today");
    expect(after.reply).toBe(first.reply);
    // Was 4: the log made the week's key stale, and today's stored day did not stand for the answer from the store,
    // though the turn answers with it as stored (plans.service workoutOn, storedDayAnswers).
    expect(after.statements).toBeLessThanOrEqual(2);
  });
});

describe('the same question again after the text that built the week', () => {
  it('"tomorrow" twice: the day the first one stored is the second one\'s answer, stored in one statement', async () => {
    const p = await aLifter();
    const { first, again } = await twice(p, 'tomorrow', /^Tomorrow \(Tue 11\/24\): /);
    // Was 2: tomorrow's day, stored by the turn that built the week, read again before the answer was stored. Now
    // the turn's stored days are held beside the number's basis (db/written-days.ts): the insert that stores the
    // text answered, checking the day is still as written.
    expect(again.statements).toBe(1);
  });

  it('"what\'s today" twice: today\'s day stored by the first is the second one\'s answer', async () => {
    const p = await aLifter();
    const { first, again } = await twice(p, "what's today", /^Today: /);
    // Was 2: today's day read again (the insert that stored the first text had found none).
    expect(again.statements).toBe(1);
  });
});

describe('the first "tomorrow" after "what\'s today", tomorrow\'s day not built yet', () => {
  it('reads the missing day once before the turn builds it: the answer from the store is not tried twice on the same rows', async () => {
    const p = await aLifter("what's today");
    const first = await statementsOf(p, 'tomorrow');
    expect(first.reply).toMatch(/^Tomorrow \(Tue 11\/24\): /);
    // Was 9: tomorrow's day read (none) for the answer worked out before the text was stored, read again (none) for
    // the answer from the store after it was stored, from the same client, plan and today's day. Left: that read,
    // the message, the turn, the turn's reads of the week, tomorrow's day stored, the reply.
    expect(first.statements).toBeLessThanOrEqual(8);
    expect(counting.texts.filter((t) => t === 'SelectQueryNode').length).toBeLessThanOrEqual(4);
    const again = await statementsOf(p, 'tomorrow');
    expect(again.reply).toBe(first.reply);
    expect(again.statements).toBe(1);
  });
});

describe('a lift logged with sets, reps, load and an effort word', () => {
  it('"squat 3x5 at 225, felt like RPE 9" logs the sets and names the next squat', async () => {
    const p = await aLifter("what's today", 'tomorrow');
    const first = await statementsOf(p, 'squat 3x5 at 225, felt like RPE 9');
    expect(first.reply).toMatch(/^Logged today: Back squat 3x5 @ 225 lb \(RPE 9\)\. Est\. 1RM \d+ lb\./);
    // The next lift its load follows from (Wednesday's split squat, estimated from the squat), as before.
    expect(first.reply).toMatch(/\nWednesday's Bulgarian split squat is now 2x10-15\/side at \d+ lb per dumbbell\.$/);
    const weekOf = async () => {
      const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', p).executeTakeFirstOrThrow();
      const week = await handle.db.selectFrom('microcycles').select(['id', 'version', 'engine_input']).where('client_id', '=', client.id).where('start_date', '<=', '2026-11-23').orderBy('start_date', 'desc').executeTakeFirstOrThrow();
      const days = await handle.db.selectFrom('workout_instances').select(['date', 'status', 'engine_input']).where('microcycle_id', '=', week.id).execute();
      return { version: week.version, stamp: (week.engine_input as { stamp: string }).stamp, days };
    };
    const before = await weekOf();
    const again = await statementsOf(p, 'squat 3x5 at 225, felt like RPE 9');
    expect(again.reply).toMatch(/^Logged today: Back squat 3x5 @ 225 lb \(RPE 9\)\. Est\. 1RM \d+ lb\.\nWednesday's Bulgarian split squat stays /);
    // The week's build record written (with the reply): a new version and key, its days still to come restamped.
    const after = await weekOf();
    expect(after.version).toBe(before.version + 1);
    expect(after.stamp).not.toBe(before.stamp);
    const ahead = after.days.filter((d) => String(d.date) > '2026-11-23' && d.status === 'scheduled');
    expect(ahead.length).toBeGreaterThan(0);
    for (const d of ahead) expect((d.engine_input as { stamp: string }).stamp).toBe(after.stamp);
    // Was 33: the next days read twice each and the plan's notes once per day before the week was rebuilt with the
    // new numbers; the log's writes one statement each. Was 23 and 22: the turn read its day and week twice, the
    // logs 4 times, the notes 3 times, the signals twice and the plan again after bumping its revision; its reads
    // are now kept for the turn (db/turn-reads.ts) and today's day is read with the week ahead. Was 12 and 11: the
    // days, the notes, the week, the logs and the signals one statement each; now one (turn-reads readDaysWith).
    // Was 8 and 7: the days of the week to rebuild were read in a statement of their own after the log; now they come
    // with the week in the days' statement (turn-reads readDaysWith, kept until a day is written).
    // Left: the message, the turn, the days with what the turn reads next, the log's write, the week's rewrite,
    // Wednesday's day stored (first log only) and the reply.
    // Was 6 again: a lift logged again leaves the week as stored, and its build record (and its days' new key) went
    // in a statement of its own before the reply; now it goes with the reply (db/held-writes.ts).
    expect(first.statements).toBeLessThanOrEqual(7);
    expect(again.statements).toBeLessThanOrEqual(5);
    expect(counting.texts.at(-1)).toMatch(/update microcycles[\s\S]*insert into outbound_messages/);
  });
});

describe("a client's first lift after a \"done\", with the days ahead not stored yet", () => {
  it('stores the days it looked through for the next load in one statement, and they are the days told next', async () => {
    const p = await aLifter('done');
    const first = await statementsOf(p, 'squat 3x5 at 225, felt like RPE 9');
    expect(first.reply).toMatch(/^Logged today: Back squat 3x5 @ 225 lb \(RPE 9\)\. Est\. 1RM \d+ lb\.\nWednesday's Bulgarian split squat is now 2x10-15\/side at \d+ lb per dumbbell\.$/);
    // Was 9: Tuesday's and Wednesday's days (looked through for the split squat) stored with one insert each; now
    // held through the look and stored together. Left: the message, the turn, the days with what the turn reads,
    // the week's record (stale from the "done"), the log's write, the week's rewrite, the days ahead, the reply.
    expect(first.statements).toBeLessThanOrEqual(8);
    // Stored as told: Tuesday and Wednesday (Monday 23 November) are kept, Wednesday with the load the reply names.
    const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', p).executeTakeFirstOrThrow();
    const days = await handle.db.selectFrom('workout_instances').select(['date', 'workout']).where('client_id', '=', client.id).execute();
    const byDate = new Map(days.map((d) => [String(d.date), JSON.stringify(d.workout)]));
    expect(byDate.has('2026-11-24')).toBe(true);
    const load = /at (\d+) lb per dumbbell/.exec(first.reply)![1];
    expect(byDate.get('2026-11-25')).toMatch(new RegExp(`"load": ?${load}\\b`));
  });
});


describe('a log turn\'s writes on PostgreSQL', () => {
  it('the log and the reply go as prepared statements: parsed and planned once per connection, not per text', async () => {
    const p = await aLifter("what's today");
    const done = await statementsOf(p, 'done');
    expect(done.reply).toMatch(/^Logged today: .+ done\./);
    // Every statement of a "done": the message, the turn, the log with the reply. The log and the reply were sent
    // unnamed: PostgreSQL parsed and planned their data-modifying WITHs again for every text.
    expect(counting.texts.map((t) => t.startsWith('/* prepared */ '))).toEqual([true, true, true]);
    expect(counting.texts[2]).toMatch(/insert into workout_logs[\s\S]*insert into outbound_messages/);
    const lift = await statementsOf(p, 'squat 3x5 at 225, felt like RPE 9');
    expect(lift.reply).toMatch(/^Logged today: Back squat 3x5 @ 225 lb/);
    const writes = (table: string) => counting.texts.filter((t) => t.includes(`insert into ${table}`) && !t.includes('jsonb_to_recordset'));
    expect(writes('workout_logs').map((t) => t.startsWith('/* prepared */ '))).toEqual([true]);
    expect(writes('outbound_messages').map((t) => t.startsWith('/* prepared */ '))).toEqual([true]);
  });
});
