import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, type TestApp } from '../support/deps.js';
import { json } from '../../src/db/json.js';
import { runMorningPass, MORNING_FALLBACK } from '../../src/scheduler/morning-pass.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';
import { SORRY_REPLY } from '../../src/services/inbound.service.js';

/**
 * Stored plan JSON is parsed where it is read (plans.service, stored-plan-json.ts): what the client and the
 * operator see when a row holds JSON of another shape (written here by SQL, as a bad migration or hand edit would).
 */
const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  // Sunday 2026-11-22, 18:00 in New York: the plan starts today, Monday is the first lifting day.
  t = buildTestApp(handle, { now: new Date('2026-11-22T23:00:00Z') });
});

async function say(phone: string, body: string): Promise<string> {
  const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, body));
  expect(res.status, res.text).toBe(200);
  return twimlMessages(res.text)[0] ?? '';
}

async function onboard(phone: string): Promise<string> {
  await say(phone, "hi I'm Jo, intermediate lifter, I want to get stronger. Mon wed fri, 60 minutes, full gym, no injuries.");
  await say(phone, 'none');
  expect(await say(phone, 'yes')).toMatch(/Let's go/);
  const client = await handle.db.selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  return client.id;
}

/** Replaces the client's active plan by a copy whose stored outline has the wrong shape: a new plan row, as every plan version is. */
async function breakPlan(clientId: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    with old as (update fitness_plans set status = 'archived', archived_at = now() where client_id = ${clientId} and status = 'active' returning *)
    insert into fitness_plans (client_id, status, program_type, start_date, end_date, weeks, request, outline, race, notes, version, inputs_rev)
    select client_id, 'active', program_type, start_date, end_date, weeks, request, jsonb_set(outline, '{weeks}', '"many"'), race, notes, version + 1, inputs_rev from old
    returning id`.execute(handle.db);
  return rows[0]!.id;
}

describe('plans.service: stored plan JSON read with the engine schemas', () => {
  it('when a stored day does not parse, "what\'s today" rebuilds it from the week and answers the same workout', async () => {
    const phone = '+12125557101';
    const clientId = await onboard(phone);
    t.clock.now = new Date('2026-11-23T13:00:00Z'); // Monday 08:00 New York
    const before = await say(phone, "what's today");
    expect(before).toMatch(/\d+x\d/);
    await handle.db
      .updateTable('workout_instances')
      // A write bumps the row's version, as every writer of a day does (the parsed-day cache is keyed by id and version).
      .set({ workout: json({ date: '2026-11-23', title: 'Lower', items: 'squats' }), version: sql`version + 1` as any })
      .where('client_id', '=', clientId)
      .where('date', '=', '2026-11-23')
      .execute();

    expect(await say(phone, "what's today")).toBe(before);
    const row = await handle.db.selectFrom('workout_instances').select('workout').where('client_id', '=', clientId).where('date', '=', '2026-11-23').executeTakeFirstOrThrow();
    expect(Array.isArray((row.workout as { items: unknown }).items), 'the day is stored again in the engine\'s shape').toBe(true);
  });

  it('when the plan\'s stored outline does not parse, the client gets the "went wrong on my side" answer and the operator the plan id', async () => {
    const phone = '+12125557102';
    const clientId = await onboard(phone);
    const planId = await breakPlan(clientId);
    t.clock.now = new Date('2026-11-23T13:00:00Z');

    const reply = await say(phone, "what's today");
    expect(reply).toBe(SORRY_REPLY);
    const inbound = await handle.db.selectFrom('inbound_messages').select(['status', 'error']).where('from_phone', '=', phone).where('body', '=', "what's today").executeTakeFirstOrThrow();
    expect(inbound.status).toBe('failed');
    expect(inbound.error).toContain(`plan ${planId}`);
    expect(inbound.error).toContain('outline.weeks');
  });

  it('when one client\'s stored plan does not parse, that client gets the morning fallback (the plan id recorded) and the others their workout', async () => {
    const good = '+12125557103';
    const broken = '+12125557104';
    await onboard(good);
    const planId = await breakPlan(await onboard(broken));

    const at = '2026-11-23T12:05:00Z'; // Monday 07:05 New York
    await runMorningPass({ ...t.deps, now: () => new Date(at) }, { now: new Date(at), compose: composeMorningMessage, pacer: { take: async () => {} } });
    const morning = await handle.db.selectFrom('outbound_messages').select(['to_phone', 'body', 'agent']).where('kind', '=', 'morning').execute();
    const of = (phone: string) => morning.find((m) => m.to_phone === phone);
    expect(of(good)?.body).toMatch(/\d+x\d/);
    expect(of(broken)?.body).toBe(MORNING_FALLBACK);
    expect(JSON.stringify(of(broken)?.agent)).toContain(`plan ${planId}`);
  });
});
