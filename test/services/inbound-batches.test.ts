import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { CountStatements } from '../support/count-statements.js';
import { converse } from '../../src/conversation/converse.js';
import { receiveInbound, type InboundOutcome } from '../../src/services/inbound.service.js';
import { activePlan, startPlan, withStoredDays, workoutOn } from '../../src/services/plans.service.js';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, type TestApp } from '../support/deps.js';
import { insertClient, uniquePhone } from '../support/clients.js';
import { aRequest } from '../engine/strength/builders.js';
import { insertInboundBatch, insertInboundOnce, storeRepliesIfUnhandled } from '../../src/db/repositories/inbound-messages.repository.js';
import { answerBasisFor } from '../../src/services/inbound-batches.js';

/**
 * Texts that arrive together are stored, read and answered by one statement per batch
 * (services/inbound-batches.ts). Each test sends another client's text and the texts under test in the
 * same tick: they go out together, as one batch. The guarantees of one text at a time must hold inside a
 * batch.
 */
const handle = useTestDatabase();
let t: TestApp;
const NOW = new Date('2026-11-23T14:00:00Z'); // Monday 09:00 in New York

beforeEach(() => {
  t = buildTestApp(handle, { now: NOW });
});

/** A webhook's message as the route hands it to the inbound service. */
function message(phone: string, body: string, sid?: string) {
  const params = inboundParams(phone, body, sid ? { MessageSid: sid } : {});
  return { provider: 'twilio' as const, providerSid: params.MessageSid!, fromPhone: phone, toPhone: params.To!, body, numMedia: 0, params };
}

/** Sends `first` and every text of `together` in the same tick: one batch. */
async function behindOne(first: ReturnType<typeof message>, together: ReturnType<typeof message>[]): Promise<InboundOutcome[]> {
  const all = [first, ...together].map((m) => receiveInbound(t.deps, m, 'twiml', converse));
  return (await Promise.all(all)).slice(1);
}

async function clientOnStoredDay() {
  const client = await insertClient(handle.db, { phone: uniquePhone(), timezone: 'America/New_York' });
  await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 8 }), '2026-11-23'));
  // The first question builds and stores today's day, as the morning text would have.
  const [built] = await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, "what's today")]);
  expect(built!.reply).toMatch(/Today/);
  return client;
}

const inboundOf = (phone: string) =>
  handle.db.selectFrom('inbound_messages').selectAll().where('from_phone', '=', phone).orderBy('received_at').orderBy('id').execute();
const outboundOf = (phone: string) => handle.db.selectFrom('outbound_messages').selectAll().where('to_phone', '=', phone).execute();

describe('inbound-batches', () => {
  it('when one number\'s log and question arrive in one batch, the question is answered after the log', async () => {
    const client = await clientOnStoredDay();
    const [done, today] = await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, 'done'), message(client.phone, "what's today")]);
    expect(done!.reply).toMatch(/^Logged today/);
    expect(today!.reply).toMatch(/^Already logged as done today/);
    const rows = await inboundOf(client.phone);
    expect(rows.map((r) => r.body)).toEqual(["what's today", 'done', "what's today"]);
    expect(rows[1]!.processed_at!.getTime()).toBeLessThanOrEqual(rows[2]!.processed_at!.getTime());
  });

  it('when one MessageSid is delivered twice in one batch, it is stored and answered once and both deliveries get the reply', async () => {
    const client = await clientOnStoredDay();
    const sid = 'SM' + 'b'.repeat(32);
    const outcomes = await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, "what's today", sid), message(client.phone, "what's today", sid)]);
    expect(outcomes[0]!.reply).toMatch(/Today/);
    expect(outcomes[1]!.reply).toBe(outcomes[0]!.reply);
    // One of the two is the original, the other the duplicate: which one enters the batch first depends on
    // which delivery's read-ahead finishes first (a race under load), and either is correct.
    expect(outcomes.map((o) => o.duplicate).sort()).toEqual([false, true]);
    expect(await inboundOf(client.phone)).toHaveLength(2);
    expect(await outboundOf(client.phone)).toHaveLength(2);
  });

  it('when two deliveries of one stored message are answered in one batch, one reply is stored and the other is told so', async () => {
    const client = await clientOnStoredDay();
    const { row } = await insertInboundOnce(handle.db, message(client.phone, "what's today"));
    const reply = { clientId: client.id, toPhone: client.phone, body: 'Today: rest', kind: 'reply' as const, channel: 'twiml' as const, status: 'accepted' as const, segments: 1, encoding: 'GSM-7' };
    const result = { intent: 'today', agent: null };
    expect(await storeRepliesIfUnhandled(handle.db, [{ id: row.id, reply, result }, { id: row.id, reply, result }])).toEqual([true, false]);
    expect((await outboundOf(client.phone)).filter((o) => o.inbound_message_id === row.id)).toHaveLength(1);
  });

  it("when a client's plan is replaced, their questions are answered from the new plan", async () => {
    const client = await clientOnStoredDay();
    const ask = async () => (await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, "what's today")]))[0]!.reply;
    expect(await ask()).toMatch(/Week 1 of 8/);
    await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 12 }), '2026-11-23'));
    expect(await ask()).toMatch(/Week 1 of 12/); // builds the new plan's day
    expect(await ask()).toMatch(/Week 1 of 12/); // from the stored day
  });

  it("when a text's turn is read with it, the plan's request and outline are the stored JSON", async () => {
    const client = await clientOnStoredDay();
    const stored = await handle.db.selectFrom('fitness_plans').select(['id', 'request', 'outline']).where('client_id', '=', client.id).where('status', '=', 'active').executeTakeFirstOrThrow();
    const once = await insertInboundOnce(handle.db, message(client.phone, 'tomorrow'));
    expect(once.turn?.plan?.id).toBe(stored.id);
    expect(once.turn?.plan?.outline).toEqual(stored.outline);
    // As a whole row too (spread, serialized), not only field by field.
    expect(JSON.parse(JSON.stringify({ ...once.turn!.plan }))).toMatchObject({ request: stored.request, outline: stored.outline });
  });

  describe('when the process holds the plan and day a number read before (NewInboundAt.held)', () => {
    async function storedPlanAndDay(clientId: string) {
      const plan = await handle.db.selectFrom('fitness_plans').select(['id', 'request', 'outline']).where('client_id', '=', clientId).where('status', '=', 'active').executeTakeFirstOrThrow();
      const day = await handle.db.selectFrom('workout_instances').select(['id', 'version', 'workout']).where('client_id', '=', clientId).where('date', '=', '2026-11-23').executeTakeFirstOrThrow();
      return { plan, day };
    }

    it('when they are still the client\'s, the row carries the held copies (the statement did not send that JSON again)', async () => {
      const client = await clientOnStoredDay();
      const { plan, day } = await storedPlanAndDay(client.id);
      const held = { plan: { id: plan.id, request: { held: 'request' }, outline: { held: 'outline' } }, day: { id: day.id, version: day.version, workout: { held: 'day' } } };
      const [stored] = await insertInboundBatch(handle.db, [{ ...message(client.phone, "what's today"), now: NOW, held }]);
      expect(stored!.turn!.plan!.outline).toBe(held.plan.outline);
      expect(stored!.turn!.plan!.request).toBe(held.plan.request);
      expect(stored!.turn!.today!.row!.workout).toBe(held.day.workout);
    });

    it('when the plan was replaced or the day rewritten since, the row carries the stored JSON, not the held copies', async () => {
      const client = await clientOnStoredDay();
      const { plan, day } = await storedPlanAndDay(client.id);
      const held = { plan: { id: plan.id, request: { held: 'request' }, outline: { held: 'outline' } }, day: { id: day.id, version: day.version - 1, workout: { held: 'day' } } };
      await handle.db.transaction().execute((trx) => startPlan(trx, client, aRequest({ startDate: '2026-11-23', weeks: 12 }), '2026-11-23'));
      const now = await handle.db.selectFrom('fitness_plans').select(['id', 'request', 'outline']).where('client_id', '=', client.id).where('status', '=', 'active').executeTakeFirstOrThrow();
      const [stored] = await insertInboundBatch(handle.db, [{ ...message(client.phone, "what's today"), now: NOW, held }]);
      expect(stored!.turn!.plan!.id).toBe(now.id);
      expect(stored!.turn!.plan!.outline).toEqual(now.outline);
      expect(stored!.turn!.plan!.request).toEqual(now.request);
      // The new plan has no day stored yet; the old plan's day row (another version than held) is read as stored.
      const row = stored!.turn!.today!.row;
      if (row) expect(row.workout).toEqual(day.workout);
    });

    it('when a number texts again, its answer is the same as the first (read from the held plan and day)', async () => {
      const client = await clientOnStoredDay();
      const ask = async () => (await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, "what's today")]))[0]!.reply;
      const first = await ask();
      expect(first).toMatch(/Today/);
      expect(await ask()).toBe(first);
      expect(await ask()).toBe(first);
    });
  });

  describe('when a stored-day question is answered in the statement that stores it (answered ahead)', () => {
    beforeEach(async () => {
      // Every update of a stored text, by id: a text answered ahead is stored processed and never updated.
      await sql`create table if not exists inbound_updates (id uuid)`.execute(handle.db);
      await sql`create or replace function record_inbound_update() returns trigger language plpgsql as $$
        begin insert into inbound_updates values (new.id); return null; end $$`.execute(handle.db);
      await sql`create or replace trigger record_inbound_update after update on inbound_messages for each row execute function record_inbound_update()`.execute(handle.db);
    });
    afterEach(async () => {
      await sql`drop trigger if exists record_inbound_update on inbound_messages`.execute(handle.db);
    });

    /** One text on its own (its own batch), with its outcome and its stored row. */
    async function text(phone: string, body: string, sid?: string) {
      const outcome = await receiveInbound(t.deps, message(phone, body, sid), 'twiml', converse);
      const rows = await inboundOf(phone);
      const row = sid ? rows.find((r) => r.provider_sid === sid)! : rows.at(-1)!;
      const updates = await sql<{ n: number }>`select count(*)::int as n from inbound_updates where id = ${row.id}`.execute(handle.db);
      return { reply: outcome.reply, duplicate: outcome.duplicate, row, updated: updates.rows[0]!.n > 0 };
    }
    /** Makes the number's next text take the ordinary path: the client's row is written (a new row version). */
    const touchClient = (id: string) => sql`update clients set updated_at = updated_at where id = ${id}`.execute(handle.db);

    it('gets the reply the ordinary path gives, for today, tomorrow and the week, stored with the text already processed', async () => {
      const client = await clientOnStoredDay();
      for (const question of ["what's today", 'tomorrow', 'this week']) {
        await touchClient(client.id);
        const ordinary = await text(client.phone, question);
        expect(ordinary.updated).toBe(true); // stored received, then marked processed
        const ahead = await text(client.phone, question);
        expect(ahead.updated).toBe(false);
        expect(ahead.reply).toBe(ordinary.reply);
        expect(ahead.row).toMatchObject({ status: 'processed', reply: ordinary.reply, intent: ordinary.row.intent });
        const replies = (await outboundOf(client.phone)).filter((o) => o.inbound_message_id === ahead.row.id);
        expect(replies).toEqual([expect.objectContaining({ body: ordinary.reply, channel: 'twiml', kind: 'reply', status: 'accepted', client_id: client.id })]);
      }
    });

    it('when a number asks about its day again and again, each answer is made from the one day row its basis holds (no copy per question)', async () => {
      const client = await clientOnStoredDay();
      await touchClient(client.id);
      const ordinary = await text(client.phone, "what's today");
      const first = answerBasisFor(t.deps, client.phone)!.prefetched.today;
      expect(first?.row?.workout).toBeTruthy();
      const ahead = await text(client.phone, "what's today");
      expect(ahead).toMatchObject({ updated: false, reply: ordinary.reply });
      expect(answerBasisFor(t.deps, client.phone)!.prefetched.today).toBe(first);
      expect((await text(client.phone, "what's today")).reply).toBe(ordinary.reply);
    });

    it('is answered from the stored days without running an AsyncLocalStorage (once one has run, every await in the web process pays for it)', async () => {
      const client = await clientOnStoredDay();
      await touchClient(client.id);
      const ordinary = await text(client.phone, 'this week');
      const run = vi.spyOn(AsyncLocalStorage.prototype, 'run');
      const enterWith = vi.spyOn(AsyncLocalStorage.prototype, 'enterWith');
      try {
        for (const question of ["what's today", 'tomorrow', 'this week']) {
          await touchClient(client.id);
          expect((await text(client.phone, question)).updated).toBe(true); // the ordinary path's read-only answer
          expect((await text(client.phone, question)).updated).toBe(false); // answered ahead
        }
        expect(run).not.toHaveBeenCalled();
        expect(enterWith).not.toHaveBeenCalled();
      } finally {
        run.mockRestore();
        enterWith.mockRestore();
      }
      expect((await text(client.phone, 'this week')).reply).toBe(ordinary.reply);
    });

    it('the handle a stored-day answer runs on gives it the days already read (no second read of the day)', async () => {
      const client = await clientOnStoredDay();
      const plan = (await activePlan(handle.db, client.id))!;
      const seen = await withStoredDays(handle.db, client, plan, ['2026-11-23'], '2026-11-23', async (days, db) => {
        // The stored day goes away: an answer that read it again would not find it.
        await handle.db.deleteFrom('workout_instances').where('id', '=', days[0]!.id).execute();
        const onHandle = await workoutOn(db, client, plan, '2026-11-23');
        const onDatabase = await handle.db.selectFrom('workout_instances').select('id').where('id', '=', days[0]!.id).execute();
        return { onHandle, onDatabase, id: days[0]!.id };
      });
      expect(seen!.onDatabase).toEqual([]);
      expect(seen!.onHandle).toMatchObject({ kind: 'workout', workoutId: seen!.id });
    });

    it('when Twilio retries its MessageSid, the retry gets the same reply and nothing is stored twice', async () => {
      const client = await clientOnStoredDay();
      await text(client.phone, "what's today");
      const sid = 'SM' + 'c'.repeat(32);
      const first = await text(client.phone, "what's today", sid);
      expect(first.updated).toBe(false);
      const retry = await text(client.phone, "what's today", sid);
      expect(retry).toMatchObject({ reply: first.reply, duplicate: true });
      // Two retries arriving together while the number's basis is held: still one row and one reply.
      const both = await behindOne(message(uniquePhone(), 'hi'), [message(client.phone, "what's today", sid), message(client.phone, "what's today", sid)]);
      expect(both.map((o) => o.reply)).toEqual([first.reply, first.reply]);
      expect((await inboundOf(client.phone)).filter((r) => r.provider_sid === sid)).toHaveLength(1);
      expect((await outboundOf(client.phone)).filter((o) => o.inbound_message_id === first.row.id)).toHaveLength(1);
    });

    it('when the client logs their day, the log is stored and the next question says it is done', async () => {
      const client = await clientOnStoredDay();
      expect((await text(client.phone, "what's today")).reply).toMatch(/^Today: /);
      const done = await text(client.phone, 'done');
      expect(done.reply).toMatch(/^Logged today/);
      const logs = await handle.db.selectFrom('workout_logs').select('inbound_message_id').where('client_id', '=', client.id).execute();
      expect(logs.map((l) => l.inbound_message_id)).toContain(done.row.id);
      expect((await text(client.phone, "what's today")).reply).toMatch(/^Already logged as done today/);
    });

    it('when a question arrives while the number\'s log is still being handled, it is answered after the log', async () => {
      const client = await clientOnStoredDay();
      await text(client.phone, "what's today"); // the number's basis is held
      // The log is stored, then held up before its turn (as a slow model would): it stays `received`. (The
      // read-only answer is asked twice: before the text is stored, then once it is.)
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = 0;
      const slow = Object.assign((deps: typeof t.deps, input: Parameters<typeof converse>[1]) => converse(deps, input), {
        fromStore: async (deps: typeof t.deps, input: Parameters<typeof converse>[1]) => {
          if (++asked === 2) await held;
          return converse.fromStore(deps, input);
        },
      });
      const done = receiveInbound(t.deps, message(client.phone, 'done'), 'twiml', slow);
      while ((await inboundOf(client.phone)).length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
      const today = receiveInbound(t.deps, message(client.phone, "what's today"), 'twiml', converse);
      while ((await inboundOf(client.phone)).length < 4) await new Promise((resolve) => setTimeout(resolve, 5));
      release();
      expect((await done).reply).toMatch(/^Logged today/);
      expect((await today).reply).toMatch(/^Already logged as done today/);
      expect((await inboundOf(client.phone)).map((r) => r.status)).toEqual(['processed', 'processed', 'processed', 'processed']);
    });

    it('when another process stored a text of the number since its basis was read, the question takes the ordinary path', async () => {
      const client = await clientOnStoredDay();
      const before = await text(client.phone, "what's today");
      // Another web process stores (and handles) a text of this number: this process never saw it.
      const { row } = await insertInboundOnce(handle.db, message(client.phone, 'thanks'));
      await handle.db.updateTable('inbound_messages').set({ status: 'processed' }).where('id', '=', row.id).execute();
      const after = await text(client.phone, "what's today");
      expect(after.updated).toBe(true);
      expect(after.reply).toBe(before.reply);
    });

    it("when the client's day is rewritten since the basis was read, the answer is the new day", async () => {
      const client = await clientOnStoredDay();
      await text(client.phone, "what's today");
      const day = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', '2026-11-23').executeTakeFirstOrThrow();
      const workout = day.workout as { title: string };
      await handle.db.updateTable('workout_instances').set({ workout: JSON.stringify({ ...workout, title: 'Hotel gym circuit' }) as never, version: day.version + 1 }).where('id', '=', day.id).execute();
      const after = await text(client.phone, "what's today");
      expect(after.updated).toBe(true);
      expect(after.reply).toMatch(/^Today: Hotel gym circuit/);
    });
  });

  describe('when a number asks about later days again ("tomorrow", "this week")', () => {
    // The texts under test go through a counting handle (their memo is per handle).
    /** A web process of its own on the same database: it has read none of the numbers, so it answers the ordinary way. */
    const freshProcess = () => ({ ...t.deps, db: handle.db.withPlugin(new CountStatements()) });
    const ask = async (deps: typeof t.deps, phone: string, body: string) => (await receiveInbound(deps, message(phone, body), 'twiml', converse)).reply;

    it('each later "tomorrow" runs one statement (the one storing it with its reply), with the reply of the first', async () => {
      const client = await clientOnStoredDay();
      const counter = new CountStatements();
      const deps = { ...t.deps, db: handle.db.withPlugin(counter) };
      const first = await ask(deps, client.phone, 'tomorrow'); // builds and stores tomorrow's day
      expect(first).toMatch(/^Tomorrow/);
      expect(await ask(deps, client.phone, 'tomorrow')).toBe(first); // tomorrow's day read once more
      for (let k = 0; k < 3; k++) {
        counter.count = 0;
        expect(await ask(deps, client.phone, 'tomorrow')).toBe(first);
        expect(counter.count).toBe(1);
      }
      expect(await ask(freshProcess(), client.phone, 'tomorrow')).toBe(first);
      const rows = await inboundOf(client.phone);
      expect(rows.filter((r) => r.body === 'tomorrow').map((r) => [r.status, r.reply])).toEqual(Array(6).fill(['processed', first]));
    });

    it('"this week" asked again runs one statement, with the same reply as a process that never read the number', async () => {
      const client = await clientOnStoredDay();
      const counter = new CountStatements();
      const deps = { ...t.deps, db: handle.db.withPlugin(counter) };
      const week = await ask(deps, client.phone, 'this week'); // builds the week's days
      await ask(deps, client.phone, 'this week');
      counter.count = 0;
      expect(await ask(deps, client.phone, 'this week')).toBe(week);
      expect(counter.count).toBe(1);
      expect(await ask(freshProcess(), client.phone, 'this week')).toBe(week);
    });

    it("when tomorrow's day is rewritten after it was held, the answer is the new day", async () => {
      const client = await clientOnStoredDay();
      await ask(t.deps, client.phone, 'tomorrow');
      await ask(t.deps, client.phone, 'tomorrow'); // tomorrow's day now held
      const day = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', '2026-11-24').executeTakeFirstOrThrow();
      const workout = day.workout as { title: string };
      await handle.db.updateTable('workout_instances').set({ workout: JSON.stringify({ ...workout, title: 'Hotel gym circuit' }) as never, version: day.version + 1 }).where('id', '=', day.id).execute();
      const after = await ask(t.deps, client.phone, 'tomorrow');
      expect(after).toMatch(/^Tomorrow \(.*\): Hotel gym circuit/);
      expect(await ask(freshProcess(), client.phone, 'tomorrow')).toBe(after);
      expect(await ask(t.deps, client.phone, 'tomorrow')).toBe(after);
    });

    it('when the client reports something that changes the plan the same minute, the next "tomorrow" is the changed day', async () => {
      const client = await clientOnStoredDay();
      const before = await ask(t.deps, client.phone, 'tomorrow');
      expect(await ask(t.deps, client.phone, 'tomorrow')).toBe(before); // tomorrow's day now held
      const told = await ask(t.deps, client.phone, 'only have dumbbells tomorrow, at a hotel');
      expect(told).toBeTruthy();
      const after = await ask(t.deps, client.phone, 'tomorrow');
      expect(after).not.toBe(before);
      expect(await ask(freshProcess(), client.phone, 'tomorrow')).toBe(after);
      expect(await ask(t.deps, client.phone, 'tomorrow')).toBe(after);
    });

    it('when a lift log rebuilds the week and leaves tomorrow as it was, "tomorrow" is answered from the stored day, with no turn', async () => {
      const client = await clientOnStoredDay();
      const before = await ask(t.deps, client.phone, 'tomorrow'); // builds and stores Tuesday (lower body)
      const dayOf = () => handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).where('date', '=', '2026-11-24').executeTakeFirstOrThrow();
      const stored = await dayOf();
      // The log changes the plan's inputs (its key): its turn rebuilds the week for Thursday's press, not Tuesday's squat.
      expect(await ask(t.deps, client.phone, 'bench 3x5 at 135, felt like RPE 9')).toMatch(/^Logged today: Bench press 3x5 @ 135 lb/);
      expect((await dayOf()).version).toBe(stored.version);
      // A process that never read the number: the text stored, the turn read with it, the day and the reply (3).
      // Before, the day kept the week's old key and every question about it took a turn that read the week only
      // to find the day as it was: 8 statements (readTurn, the day, the notes, the week, the reply…), every time.
      const counter = new CountStatements();
      expect(await ask({ ...t.deps, db: handle.db.withPlugin(counter) }, client.phone, 'tomorrow')).toBe(before);
      expect(counter.count).toBeLessThanOrEqual(3);
    });

    it("across midnight in the client's zone, \"tomorrow\" is the next day and the held day is today's", async () => {
      const client = await clientOnStoredDay();
      const monday = await ask(t.deps, client.phone, 'tomorrow');
      expect(await ask(t.deps, client.phone, 'tomorrow')).toBe(monday); // Tuesday's day now held
      expect(monday).toMatch(/^Tomorrow \(Tue 11\/24\)/);
      t.clock.now = new Date('2026-11-24T05:30:00Z'); // Tuesday 00:30 in New York
      const today = await ask(t.deps, client.phone, "what's today");
      expect(today).toMatch(/^Today/);
      expect(await ask(t.deps, client.phone, "what's today")).toBe(today);
      expect(await ask(freshProcess(), client.phone, "what's today")).toBe(today);
      const tuesday = await ask(t.deps, client.phone, 'tomorrow');
      expect(tuesday).toMatch(/^Tomorrow \(Wed 11\/25\)/);
      expect(await ask(t.deps, client.phone, 'tomorrow')).toBe(tuesday);
      expect(await ask(freshProcess(), client.phone, 'tomorrow')).toBe(tuesday);
    });
  });

  describe('when a batch statement fails', () => {
    afterEach(async () => {
      await sql`drop trigger if exists refuse_batches on inbound_messages`.execute(handle.db);
      await sql`drop trigger if exists refuse_batches on outbound_messages`.execute(handle.db);
    });

    /** Makes every statement that stores more than one row in `table` fail with `code` (one row still stores). */
    async function refuseBatches(table: 'inbound_messages' | 'outbound_messages', code: string) {
      await sql`create or replace function refuse_batches() returns trigger language plpgsql as $$
        begin
          if (select count(*) from added) > 1 then raise exception 'batch refused' using errcode = ${sql.lit(code)}; end if;
          return null;
        end $$`.execute(handle.db);
      await sql`create trigger refuse_batches after insert on ${sql.table(table)} referencing new table as added for each statement execute function refuse_batches()`.execute(handle.db);
    }

    for (const [table, code, kind] of [
      ['inbound_messages', 'P0001', 'an error of the statement'],
      ['inbound_messages', '40001', 'a transient error'],
      ['outbound_messages', 'P0001', 'an error of the statement'],
      ['outbound_messages', '40001', 'a transient error'],
    ] as const) {
      it(`with ${kind} storing ${table}, every text of the batch is still stored and answered once`, async () => {
        const clients = [await clientOnStoredDay(), await clientOnStoredDay(), await clientOnStoredDay()];
        await refuseBatches(table, code);
        const outcomes = await behindOne(message(uniquePhone(), 'hi'), clients.map((c) => message(c.phone, "what's today")));
        for (const [i, c] of clients.entries()) {
          expect(outcomes[i]!.reply).toMatch(/Today: /);
          const rows = await inboundOf(c.phone);
          expect(rows.map((r) => r.status)).toEqual(['processed', 'processed']);
          expect(rows[1]!.reply).toBe(outcomes[i]!.reply);
          expect(await outboundOf(c.phone)).toHaveLength(2);
        }
      });
    }
  });
});
