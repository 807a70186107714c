/**
 * A lift log's reply and what it leaves stored, pinned (issue 14: the lift log path is made cheaper, and a
 * client must not see a single word or load change for it). The snapshot was taken on the code before that
 * work (b388da8's lift path): every reply of a short lifting week, and afterwards the client's stored weeks,
 * days, logs, plan changes and notes, as a coach's page or the next morning's text would read them (ids,
 * timestamps and row versions left out: a row rewritten with the same content is the same to a client).
 * A day a rebuilt week left as it was carries the week's new key (engineInput.stamp): the stamps, and nothing
 * else, moved when that was made so (speed11).
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, type Persona } from '../support/web.js';

const { say, onboardBySms, onboarded, nyPhone, db, at } = smsSuite();

/** Sam with numbers: squat 275, bench 185, deadlift 335 (lb). */
const WITH_MAXES: Persona = {
  ...LIFTER_ANSWERS,
  answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /how long have you been/.test(q.source) ? '3 years, squat 275, bench 185, deadlift 335' : a] as const),
};

/** JSON with keys sorted (jsonb keeps no key order), so equal content prints equal. */
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, canon(x)]));
  return v;
}

/** What is stored for the client, without ids, timestamps or row versions. */
async function storedState(phone: string): Promise<string> {
  const d = db();
  const client = await d.selectFrom('clients').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
  const plan = await d.selectFrom('fitness_plans').select(['id', 'inputs_rev', 'status']).where('client_id', '=', client.id).where('status', '=', 'active').executeTakeFirstOrThrow();
  const weeks = await d.selectFrom('microcycles').selectAll().where('client_id', '=', client.id).orderBy('week_number').execute();
  const days = await d.selectFrom('workout_instances').selectAll().where('client_id', '=', client.id).orderBy('date').execute();
  const dateOf = new Map(days.map((r) => [r.id, r.date]));
  const logs = await d.selectFrom('workout_logs').selectAll().where('client_id', '=', client.id).orderBy('date').orderBy('created_at').execute();
  const changes = await d.selectFrom('plan_changes').selectAll().where('client_id', '=', client.id).orderBy('created_at').execute();
  const notes = await d.selectFrom('plan_adaptations').selectAll().where('client_id', '=', client.id).orderBy('created_at').execute();
  return JSON.stringify(
    canon({
      inputsRev: plan.inputs_rev,
      weeks: weeks.map((w) => ({ week: w.week_number, start: w.start_date, pattern: w.pattern, engineInput: w.engine_input })),
      days: days.map((r) => ({ date: r.date, status: r.status, completed: r.completed_at !== null, workout: r.workout, rationale: r.rationale, engineInput: r.engine_input })),
      logs: logs.map((l) => ({ date: l.date, kind: l.kind, day: l.workout_id ? dateOf.get(l.workout_id) : null, details: l.details, raw: l.raw_text })),
      changes: changes.map((c) => ({ type: c.type, reason: c.reason, dates: c.dates, before: c.before, after: c.after, trigger: c.trigger })),
      notes: notes.map((n) => ({ type: n.type, reason: n.reason, from: n.effective_from, to: n.effective_to, metadata: n.metadata, trigger: n.trigger })),
    }),
    null,
    1,
  );
}

describe('a lifting week of logs, replies and stored plan pinned', () => {
  it('Sam logs squats Monday (twice, then "done"), more lifts Wednesday, and asks ahead: same replies, same stored weeks and days', async () => {
    const p = await onboarded(LIFTER_ANSWERS);
    const replies: string[] = [];
    const text = async (body: string) => replies.push(`${body} -> ${await say(p, body)}`);
    await text("what's today");
    await text('tomorrow');
    await text('squat 3x5 at 225, felt like RPE 9');
    await text('squat 3x5 at 225, felt like RPE 9');
    await text('done');
    await text('tomorrow');
    at('2026-11-25T14:00:00Z');
    await text("what's today");
    await text('rdl 3x10 at 135');
    await text('benched 155 4x5 felt like 8/10, then incline db 3x10 w 50s');
    await text('friday?');
    at('2026-11-27T14:00:00Z');
    await text('deadlift 315 3x3 rpe 8');
    await text('what does next week look like');
    expect(replies.join('\n\n')).toMatchSnapshot('replies');
    expect(await storedState(p)).toMatchSnapshot('stored');
  });

  it('Sam with maxes logs the squat before asking for the day, then a max, then asks ahead: same replies, same stored weeks and days', async () => {
    const p = nyPhone();
    at('2026-11-23T14:00:00Z');
    await onboardBySms(p, WITH_MAXES);
    const replies: string[] = [];
    const text = async (body: string) => replies.push(`${body} -> ${await say(p, body)}`);
    await text('squat 3x5 at 225, felt like RPE 9');
    await text('tomorrow');
    await text('bench max is 200 now');
    await text('squat 4x6 at 230 felt easy, legs a bit sore');
    await text('wednesday?');
    expect(replies.join('\n\n')).toMatchSnapshot('replies');
    expect(await storedState(p)).toMatchSnapshot('stored');
  });
});
