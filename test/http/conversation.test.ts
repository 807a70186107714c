import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, type TestApp } from '../support/deps.js';
import { createApp } from '../../src/web/app.js';
import { runMorningPass } from '../../src/scheduler/morning-pass.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';
import { isGsm7, countSegments } from '../../src/channels/sms-text.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  // Monday 2026-11-23, 09:00 in New York.
  t = buildTestApp(handle, { now: new Date('2026-11-23T14:00:00Z') });
});

let n = 0;
const nyPhone = () => `+1212555${String(3000 + n++).padStart(4, '0')}`;

/** Texts the coach through the signed webhook and returns its reply (one TwiML message or none). */
async function say(phone: string, body: string): Promise<string> {
  const res = await postSigned(t.app, '/sms/inbound', inboundParams(phone, body));
  expect(res.status, res.text).toBe(200);
  const replies = twimlMessages(res.text);
  expect(replies.length).toBeLessThanOrEqual(1);
  const reply = replies[0] ?? '';
  // Every reply a client reads is GSM-7 and short.
  expect(isGsm7(reply), reply).toBe(true);
  expect(countSegments(reply).segments, reply).toBeLessThanOrEqual(4);
  return reply;
}

async function clientOf(phone: string) {
  return handle.db.selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
}

async function onboardLifter(phone: string): Promise<string[]> {
  const transcript: string[] = [];
  for (const text of ['hi', 'Sam', 'get stronger', '3 years', 'mon wed fri', 'about 60 min', 'full gym', 'none', '6:30am']) {
    transcript.push(`> ${text}`, await say(phone, text));
  }
  return transcript;
}

describe('conversation: onboarding a lifter by text', () => {
  it('asks one question at a time, summarizes the plan, and starts it on YES', async () => {
    const phone = nyPhone();
    const transcript = await onboardLifter(phone);
    const summary = transcript.at(-1)!;
    expect(summary, transcript.join('\n')).toMatch(/get stronger/i);
    expect(summary).toMatch(/YES/);
    expect((await clientOf(phone)).status).toBe('onboarding');

    const go = await say(phone, 'YES');
    expect(go).toMatch(/Sam/);
    const client = await clientOf(phone);
    expect(client).toMatchObject({ status: 'active', name: 'Sam', timezone: 'America/New_York', morning_time: '06:30' });
    const plans = await handle.db.selectFrom('fitness_plans').selectAll().where('client_id', '=', client.id).execute();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ status: 'active', program_type: 'strength', start_date: '2026-11-23' });
  });

  it('re-asks precisely when an answer does not parse, and "back" revisits the previous question', async () => {
    const phone = nyPhone();
    await say(phone, 'hello');
    await say(phone, 'Ana');
    const q = await say(phone, 'build muscle');
    expect(q).toMatch(/How long have you been training/);
    const reask = await say(phone, 'purple');
    // Still the experience question, with the answer format shown again, and nothing stored for it.
    expect(reask).not.toBe(q);
    expect(reask).toMatch(/6 months|3 years|new/);
    const state = async () =>
      (await handle.db.selectFrom('conversation_states').select('state').where('client_id', '=', (await clientOf(phone)).id).executeTakeFirstOrThrow())
        .state as { step: string; answers: Record<string, unknown> };
    expect((await state()).step).toBe('experience');
    expect((await state()).answers.trainingAge).toBeUndefined();
    const back = await say(phone, 'back');
    expect(back).toMatch(/main goal/i); // the goal question again
    expect((await state()).step).toBe('goal');
  });

  it('survives a restart mid-onboarding: a new app on the same database continues where it stopped', async () => {
    const phone = nyPhone();
    await say(phone, 'hey');
    await say(phone, 'Lee');
    t = { ...t, app: createApp(t.deps) };
    const next = await say(phone, 'general fitness');
    expect(next).not.toMatch(/name/i);
    const state = await handle.db.selectFrom('conversation_states').selectAll().where('client_id', '=', (await clientOf(phone)).id).executeTakeFirstOrThrow();
    expect((state.state as { answers: { name?: string } }).answers.name).toBe('Lee');
  });
});

describe('conversation: an onboarded lifter', () => {
  let phone: string;
  beforeEach(async () => {
    phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
  });

  it('"what\'s today" answers with the workout: one line per exercise with sets x reps', async () => {
    const today = await say(phone, "what's today?");
    expect(today).toMatch(/Today/);
    expect(today).toMatch(/\d+x\d+/);
    // Asking again gives the same stored workout.
    expect(await say(phone, 'workout today?')).toBe(today);
    const stored = await handle.db.selectFrom('workout_instances').selectAll().where('client_id', '=', (await clientOf(phone)).id).execute();
    expect(stored.map((w) => w.date)).toEqual(['2026-11-23']);
  });

  it('"tomorrow" and "this week" come from the same plan (Tuesday is a rest day on a Mon/Wed/Fri plan)', async () => {
    expect(await say(phone, 'tomorrow?')).toMatch(/rest/i);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Mon 11\/23/);
    expect(week).toMatch(/Sun 11\/29/);
    expect(week).toMatch(/Tue 11\/24: Rest/);
  });

  it('"this week" on a Sunday, the last day of the week, shows today and the coming Monday to Sunday', async () => {
    // Sunday 2026-11-29, 09:00 in New York: the week of Mon 11/23 has one day left.
    t.clock.now = new Date('2026-11-29T14:00:00Z');
    const week = await say(phone, 'this week');
    expect(week).toMatch(/^Today and the week ahead:/);
    expect(week).toMatch(/Sun 11\/29: Rest <- today/);
    expect(week).toMatch(/Mon 11\/30: /);
    expect(week).toMatch(/Fri 12\/4: /);
    expect(week).not.toMatch(/Mon 11\/23/);
  });

  it('"done" marks today completed; a detailed log is stored and acknowledged with an estimate', async () => {
    expect(await say(phone, 'done')).toMatch(/Logged/);
    const client = await clientOf(phone);
    const w = await handle.db.selectFrom('workout_instances').select('status').where('client_id', '=', client.id).where('date', '=', '2026-11-23').executeTakeFirstOrThrow();
    expect(w.status).toBe('completed');
    const log = await say(phone, 'squat 3x5 at 225, felt like RPE 9');
    // RPE 9 = RIR 1, so 5 reps leave 6 to failure: Epley 225 × (1 + 6/30) = 270 lb.
    expect(log).toMatch(/Back squat 3x5 @ 225 lb \(RPE 9\)/i);
    expect(log).toMatch(/Est\. 1RM 270 lb/);
    const logs = await handle.db.selectFrom('workout_logs').selectAll().where('client_id', '=', client.id).execute();
    expect(logs.map((l) => l.kind).sort()).toEqual(['done', 'strength']);
  });

  it('changing the morning time and time zone updates when texts come', async () => {
    expect(await say(phone, 'send it at 5:45am instead')).toMatch(/5:45/);
    expect(await say(phone, 'I moved to Denver')).toMatch(/Mountain|Denver/);
    expect(await clientOf(phone)).toMatchObject({ morning_time: '05:45', timezone: 'America/Denver' });
  });

  it('pause stops morning texts and resume restarts them', async () => {
    const morning = (at: string) =>
      runMorningPass({ ...t.deps, now: () => new Date(at) }, { now: new Date(at), compose: composeMorningMessage, pacer: { take: async () => {} } });
    const mornings = async () =>
      handle.db.selectFrom('outbound_messages').select('body').where('to_phone', '=', phone).where('kind', '=', 'morning').execute();
    expect(await say(phone, 'pause my plan')).toMatch(/Paused/);
    expect((await clientOf(phone)).status).toBe('paused');
    await morning('2026-11-24T11:31:00Z'); // Tue 06:31 New York: paused, so nothing
    expect(await mornings()).toHaveLength(0);
    t.clock.now = new Date('2026-11-24T14:00:00Z');
    expect(await say(phone, 'resume')).toMatch(/Welcome back/);
    expect((await clientOf(phone)).status).toBe('active');
    await morning('2026-11-25T11:31:00Z'); // Wed 06:31: the workout text comes again
    const texts = await mornings();
    expect(texts).toHaveLength(1);
    expect(texts[0]!.body).toMatch(/Good morning, Sam/);
    expect(texts[0]!.body).toMatch(/\d+x\d+/); // Wednesday is a training day on a Mon/Wed/Fri plan
  });

  it('a two-week pause resumes the plan where it stopped, on the same weekdays', async () => {
    await say(phone, 'pause');
    t.clock.now = new Date('2026-12-07T14:00:00Z'); // Monday, two weeks later
    await say(phone, 'resume');
    // Without the shift this Monday would be plan week 3; after it, it is week 1 again, still a training day.
    const today = await say(phone, "what's today");
    expect(today).toMatch(/Week 1 of 15 - building volume/);
    expect(today).toMatch(/\d+x\d+/);
    expect(await say(phone, 'tomorrow')).toMatch(/rest day/i);
  });

  it('changing days keeps the plan position and keeps the old plan as a version', async () => {
    const reply = await say(phone, 'I can only train tue thu sat now');
    expect(reply).toMatch(/Updated/);
    const plans = await handle.db.selectFrom('fitness_plans').selectAll().where('client_id', '=', (await clientOf(phone)).id).orderBy('version').execute();
    expect(plans.map((p) => [p.status, p.version, p.start_date])).toEqual([
      ['archived', 1, '2026-11-23'],
      ['active', 2, '2026-11-23'],
    ]);
    expect(await say(phone, 'tomorrow')).not.toMatch(/rest day/i);
  });

  it('"new plan" asks only the training questions again; the old plan stays active until YES, then is kept as a version', async () => {
    const first = await say(phone, 'new plan');
    expect(first).toMatch(/goal/i);
    expect(first).not.toMatch(/name/i);
    for (const a of ['build muscle', '3 years', 'mon tue thu fri', '45 min', 'full gym', 'none']) await say(phone, a);
    expect((await clientOf(phone)).status).toBe('active'); // morning texts continue meanwhile
    const summary = await say(phone, "what's today"); // mid-onboarding, texts are answers
    expect(summary).toMatch(/YES/);
    await say(phone, 'yes');
    const plans = await handle.db.selectFrom('fitness_plans').select(['status', 'version', 'program_type']).where('client_id', '=', (await clientOf(phone)).id).orderBy('version').execute();
    expect(plans).toEqual([
      { status: 'archived', version: 1, program_type: 'strength' },
      { status: 'active', version: 2, program_type: 'strength' },
    ]);
    expect(await say(phone, 'this week')).toMatch(/Tue 11\/24: Lower/);
  });

  it('readiness and pain texts are acknowledged and stored as signals with what they are about', async () => {
    expect(await say(phone, 'slept 4 hours last night')).toMatch(/noted/i);
    const pain = await say(phone, 'my knee hurts when I squat');
    expect(pain).toMatch(/knee/);
    expect(pain).toMatch(/doctor|physio/);
    const signals = await handle.db
      .selectFrom('readiness_signals')
      .select(['kind', 'body_part', 'date'])
      .where('client_id', '=', (await clientOf(phone)).id)
      .orderBy('created_at')
      .execute();
    expect(signals).toEqual([
      { kind: 'sleep', body_part: null, date: '2026-11-23' },
      { kind: 'pain', body_part: 'knee', date: '2026-11-23' },
    ]);
  });

  it('a travel note is acknowledged and recorded on the plan with its dates and equipment', async () => {
    expect(await say(phone, 'hotel gym tue-thu')).toMatch(/travel/i);
    const notes = await handle.db.selectFrom('plan_adaptations').selectAll().where('client_id', '=', (await clientOf(phone)).id).execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ type: 'travel_note', trigger: 'asked', effective_from: '2026-11-24', effective_to: '2026-11-26' });
    expect((notes[0]!.metadata as { equipment: string[] }).equipment).toContain('dumbbell');
  });

  it('a text nobody understands gets "didn\'t get that" with what works, not silence, not two unrelated guesses and not a log', async () => {
    const reply = await say(phone, 'zxqv blorp');
    expect(reply).toMatch(/^Sorry, I didn't get that\. Try "what's today"/);
    expect(reply).not.toMatch(/Did you mean/);
    // A typo near one reading is offered it.
    expect(await say(phone, 'tmorow')).toMatch(/^Did you mean: 1\) tomorrow's workout, or 2\) .+\? Reply 1 or 2\.$/);
    const logs = await handle.db.selectFrom('workout_logs').selectAll().where('client_id', '=', (await clientOf(phone)).id).execute();
    expect(logs).toHaveLength(0);
  });

  it('STOP in the middle of everything opts out and no morning text follows', async () => {
    await say(phone, 'STOP');
    expect(await say(phone, "what's today")).toBe('');
    expect((await clientOf(phone)).status).toBe('opted_out');
  });
});

describe('conversation: opting out in words', () => {
  it.each(['please stop texting me', 'Unsubscribe me.', 'remove me from this list', 'stop messaging me!!'])('"%s" opts out like STOP, is confirmed, and nothing follows until START', async (text) => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    expect(await say(phone, text)).toMatch(/^Cadence: you are unsubscribed/);
    expect((await clientOf(phone)).status).toBe('opted_out');
    expect(await say(phone, "what's today")).toBe('');
    expect(await say(phone, 'START')).toMatch(/welcome back/);
  });

  it('"stop texting me so early" asks for a later time and keeps the client subscribed', async () => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    expect(await say(phone, 'stop texting me so early')).not.toMatch(/unsubscribed/);
    expect((await clientOf(phone)).status).not.toBe('opted_out');
  });
});

describe('conversation: a logged lift is the variant the client trains', () => {
  it('a home-gym client (dumbbells, bench, bands) logging "rows 3x12 @ 40" gets a dumbbell row, not a barbell row', async () => {
    const phone = '+13125553001';
    await say(phone, 'hey! im jess, 29. been lifting maybe 1.5 yrs, mostly machines. want to get stronger + lose a lil fat. i can do mon wed fri, like 45-50 min. home gym w/ adjustable dumbbells to 52.5 and a bench, plus bands. lower back gets tight sometimes. new york, 6am');
    await say(phone, 'skip');
    await say(phone, 'yes');
    const reply = await say(phone, 'db bench 45x10 x3 felt easy and rows 3x12 @ 40');
    expect(reply).toMatch(/dumbbell row 3x12 @ 40 lb/i);
    expect(reply).not.toMatch(/barbell/i);
    const logs = await handle.db.selectFrom('workout_logs').select('details').where('client_id', '=', (await clientOf(phone)).id).where('kind', '=', 'strength').execute();
    expect(logs.map((l) => (l.details as { exerciseId: string }).exerciseId)).not.toContain('barbell_row');
  });

  it('a full-gym client logging "rows 3x10 @ 135" keeps the barbell row', async () => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    expect(await say(phone, 'rows 3x10 @ 135')).toMatch(/Barbell row 3x10 @ 135 lb/);
  });
});

describe('conversation: a runner with a race', () => {
  it('onboards a half marathoner and answers with a run workout', async () => {
    const phone = nyPhone();
    const answers = ['hi', 'Rae', 'train for a race', 'half marathon on april 18', '1:45:00', '22:30 5k', '20 mpw', '2 years', 'tue thu sat sun', 'no', 'text me at 6am'];
    const transcript: string[] = [];
    for (const a of answers) transcript.push(`> ${a}`, await say(phone, a));
    const summary = transcript.at(-1)!;
    expect(summary, transcript.join('\n')).toMatch(/half/i);
    await say(phone, 'yes');
    const client = await clientOf(phone);
    expect(client.status).toBe('active');
    const plan = await handle.db.selectFrom('fitness_plans').selectAll().where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ program_type: 'race', end_date: '2027-04-18' });
    const week = await say(phone, 'this week');
    expect(week).toMatch(/mi/);
  });
});

describe('conversation: time passes', () => {
  it('a client who goes quiet for two weeks comes back to the right week', async () => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    // Two weeks and two days later: Wednesday 2026-12-09 is day 3 of plan week 3.
    t.clock.now = new Date('2026-12-09T14:00:00Z');
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Wed 12\/9/);
    expect(week).toMatch(/<- today/);
    const today = await say(phone, "what's today");
    expect(today).toMatch(/\d+x\d+/);
    const client = await clientOf(phone);
    const micro = await handle.db.selectFrom('microcycles').select('week_number').where('client_id', '=', client.id).execute();
    expect(micro.map((m) => m.week_number)).toContain(3);
    expect(micro.map((m) => m.week_number)).not.toContain(2); // weeks are built on need, not in order
  });

  it('on race day, "what\'s today" is the race', async () => {
    const phone = nyPhone();
    for (const a of ['hi', 'Kim', 'train for a race', '10k on jan 31', 'none', '25:00 5k', '15 mpw', '1 year', 'tue thu sat sun', 'no']) await say(phone, a);
    await say(phone, 'yes');
    t.clock.now = new Date('2027-01-31T12:00:00Z'); // Sunday 07:00 in New York
    const today = await say(phone, "what's today");
    expect(today).toMatch(/Race day/i);
    t.clock.now = new Date('2027-01-30T12:00:00Z');
    expect(await say(phone, "what's today")).toMatch(/rest/i); // the day before the race is rest
  });
});

describe('local chat API', () => {
  it('round trip: a message in, the reply back, and the outbox poll shows the coach\'s messages', async () => {
    const { default: supertest } = await import('supertest');
    const local = buildTestApp(handle, { env: { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '' }, now: new Date('2026-11-23T14:00:00Z') });
    const phone = '+14155559876';
    const page = await supertest(local.app).get('/chat');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/Cadence/);
    const sent = await supertest(local.app).post('/api/chat/messages').send({ phone, text: 'hi', id: 'abc12345-retry' });
    expect(sent.status).toBe(200);
    expect(sent.body.reply).toMatch(/name/i);
    const again = await supertest(local.app).post('/api/chat/messages').send({ phone, text: 'hi', id: 'abc12345-retry' });
    expect(again.body).toMatchObject({ duplicate: true, reply: sent.body.reply });
    const poll = await supertest(local.app).get('/api/chat/messages').query({ phone });
    expect(poll.body.messages.map((m: { body: string }) => m.body)).toEqual([sent.body.reply]);
    const bad = await supertest(local.app).post('/api/chat/messages').send({ phone: 'nope', text: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/text/);
  });
});

describe('conversation: a runner\'s logs drive the next week', () => {
  async function onboardRunner(phone: string) {
    for (const a of ['hi', 'Ida', 'train for a race', 'half marathon on may 2', 'none', '24:00 5k', '20 mpw', '2 years', 'mon wed fri sun', 'no']) await say(phone, a);
    await say(phone, 'yes');
  }
  const weekRow = async (phone: string, n: number) => {
    const client = await clientOf(phone);
    return handle.db.selectFrom('microcycles').selectAll().where('client_id', '=', client.id).where('week_number', '=', n).executeTakeFirst();
  };

  it('a Monday preview of next week does not read the week so far as missed runs', async () => {
    const phone = nyPhone();
    await onboardRunner(phone);
    await say(phone, 'ran 4 at 9:30');
    await say(phone, 'next week');
    const week2 = await weekRow(phone, 2);
    expect((week2?.engine_input as { inputs: { race?: unknown } }).inputs.race).toBeUndefined();
  });

  it('after a week with missed runs, the next week is built from what was done and says so', async () => {
    const phone = nyPhone();
    await onboardRunner(phone);
    await say(phone, 'ran 4 at 9:30'); // Monday; Wednesday, Friday and Sunday are never logged
    t.clock.now = new Date('2026-11-30T14:00:00Z'); // next Monday
    await say(phone, "what's today");
    const week2 = await weekRow(phone, 2);
    const input = week2?.engine_input as { inputs: { race?: { previous?: { completedDays: number; plannedDays: number; actualVolume: number } } } };
    expect(input.inputs.race?.previous).toMatchObject({ completedDays: 1, plannedDays: 4, actualVolume: 4 });
    const pattern = week2?.pattern as { race: { changes: string[]; trainingVolume: number } };
    expect(pattern.race.changes.join(" ")).toMatch(/1 of 4 runs/);
  });
});

describe('conversation: a corrected log is the variant the client trains', () => {
  const JESS = 'hey! im jess, 29. been lifting maybe 1.5 yrs, mostly machines. want to get stronger + lose a lil fat. i can do mon wed fri, like 45-50 min. home gym w/ adjustable dumbbells to 52.5 and a bench, plus bands. lower back gets tight sometimes. new york, 6am';
  const strengthLogs = async (phone: string) =>
    (await handle.db.selectFrom('workout_logs').select('details').where('client_id', '=', (await clientOf(phone)).id).where('kind', '=', 'strength').execute()).map((l) => l.details as { exerciseId: string; weight: number; reps: number; sets: number });

  it.each([
    ['no, it was 50 on bench', 50],
    ['sorry, should be 40 lb bench', 40],
  ])('a home-gym client correcting "%s" keeps the dumbbell bench press, not the barbell default', async (text, weight) => {
    const phone = nyPhone();
    await say(phone, JESS);
    await say(phone, 'skip');
    await say(phone, 'yes');
    await say(phone, 'db bench 45x10 x3');
    const reply = await say(phone, text);
    expect(reply).toMatch(/^Fixed/);
    expect(reply).not.toMatch(/barbell|Bench press/);
    const logs = await strengthLogs(phone);
    expect(logs.map((l) => l.exerciseId)).toEqual(['db_bench_press']);
    // The sets and reps of the log it replaces stand: 3x10, now at the corrected load.
    expect(logs[0]).toMatchObject({ weight, reps: 10, sets: 3 });
  });

  it.each([
    ['that was dumbbell bench not barbell', 'db_bench_press'],
    ['oops i meant incline dumbbell press', 'incline_db_press'],
  ])('a full-gym client saying "%s" after "bench 3x8 @ 50" moves the same sets to that variant', async (text, id) => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    expect(await say(phone, 'bench 3x8 @ 50')).toMatch(/Bench press 3x8 @ 50 lb/);
    expect(await say(phone, text)).toMatch(/^Fixed/);
    const logs = await strengthLogs(phone);
    expect(logs.map((l) => l.exerciseId)).toEqual([id]);
    expect(logs[0]).toMatchObject({ weight: 50, reps: 8, sets: 3 });
  });

  it('a variant named with no such lift in the last log changes nothing and says so', async () => {
    const phone = nyPhone();
    await onboardLifter(phone);
    await say(phone, 'yes');
    await say(phone, 'squat 3x5 @ 225');
    expect(await say(phone, 'that was dumbbell curls not barbell')).toMatch(/couldn't find that lift in your last log/);
    expect((await strengthLogs(phone)).map((l) => l.exerciseId)).toEqual(['back_squat']);
  });
});
