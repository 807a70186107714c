/**
 * Found texting Cadence as lifters mid-plan (lifter16): a lifter with a bad left knee, a lifter whose back healed,
 * a 50-year-old with a left shoulder training at home with dumbbells. Through the signed webhook, Monday 2026-11-23
 * 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';

const { say, nyPhone, at, db } = smsSuite();

/** Texts each line in turn and returns every reply. */
async function talk(phone: string, lines: readonly string[]): Promise<string[]> {
  const replies: string[] = [];
  for (const line of lines) replies.push(await say(phone, line));
  return replies;
}

const RAE = ['im Rae, get stronger, 2 years, mon wed fri, 60 min, full gym', 'bad left knee tbh', 'skip', 'yes'];
const LINDA = ["Hi, I'm Linda, 50 years old. I want to get stronger and stay healthy. I have a home gym with dumbbells up to 50 lb and a bench. My left shoulder has some impingement so overhead stuff bugs it. I trained on and off for a few years.", 'mon wed fri, 40 min', 'skip', 'yes'];

describe('lifter16: the injury\'s side is kept', () => {
  it('"bad left knee" is "your left knee" at onboarding and when "my knee hurts" mid-plan (was "your knee")', async () => {
    const p = nyPhone();
    const [, told, summary] = await talk(p, RAE);
    expect(told).toMatch(/^Thanks for telling me\. I'll go easy on your left knee\. /);
    expect(summary).toMatch(/I'll go easy on your left knee\./);
    for (const text of ['my knee hurts a bit today', 'knee is bugging me']) {
      expect(await say(p, text), text).toMatch(/your left knee/);
    }
    // The other side said is that side.
    expect(await say(p, 'my right knee hurts a bit')).toMatch(/your right knee/);
  });

  it('"my left shoulder has some impingement" is "your left shoulder with overhead work" (was "your shoulder")', async () => {
    const p = nyPhone();
    const [first, , summary] = await talk(p, LINDA);
    expect(first).toMatch(/I'll go easy on your left shoulder with overhead work/);
    expect(summary).toMatch(/I'll go easy on your left shoulder with overhead work/);
    const q = nyPhone();
    await say(q, 'im Bo, build muscle, 2 years, mon wed fri, 60 min, full gym');
    expect(await say(q, 'right shoulder and lower back')).toMatch(/I'll go easy on your (?:lower back and right shoulder|right shoulder and lower back)\./);
  });
});

describe('lifter16: a lift left out for an area told at the start is offered back', () => {
  const TOM = ['hey im Tom, want to get stronger, 3 years lifting, mon wed fri 60 min full gym', 'tweaked my lower back last year deadlifting, its healed but im nervous on heavy pulls', 'squat 275 bench 185 deadlift 335', 'yes'];

  it('"how come no deadlifts, my back feels great" explains and offers them back; YES rebuilds with deadlifts (was the reason only, YES "Anytime!")', async () => {
    const p = nyPhone();
    await talk(p, TOM);
    const before = [await say(p, 'monday'), await say(p, 'wednesday'), await say(p, 'friday')].join('\n');
    expect(before).not.toMatch(/^Deadlift /m);
    const reply = await say(p, 'how come no deadlifts, my back feels great');
    expect(reply).toMatch(/^Deadlift loads your lower back, which you told me to go easy on/);
    expect(reply).toMatch(/If your lower back is good now, reply YES and I'll rebuild your plan with deadlift back in/);
    expect(await say(p, 'yes')).toMatch(/^Done - your plan is rebuilt with deadlift back in, and it no longer goes easy on your lower back\./);
    const after = [await say(p, 'wednesday'), await say(p, 'friday'), await say(p, 'next monday')].join('\n');
    expect(after).toMatch(/^Deadlift /m);
  });

  it('NO keeps sparing it; "why no back squats" from a left-knee client names the left knee', async () => {
    const p = nyPhone();
    await talk(p, RAE);
    const reply = await say(p, 'why no back squats');
    expect(reply).toMatch(/^Back squat loads your left knee, which you told me to go easy on/);
    expect(reply).toMatch(/reply YES/);
    expect(await say(p, 'no')).toMatch(/^OK, I'll keep going easy on your left knee\./);
  });

  it('"my knee is fine now, can I squat again" with a knee spared since the start offers the lifts back; YES rebuilds (was "Good to hear your knee held up")', async () => {
    const p = nyPhone();
    await talk(p, RAE);
    const week = [await say(p, 'monday'), await say(p, 'wednesday'), await say(p, 'friday')].join('\n');
    expect(week).not.toMatch(/^Back squat /m);
    const reply = await say(p, 'my knee is fine now, can I squat again');
    expect(reply).toMatch(/^Good to hear your left knee feels better\. Your plan has gone easy on it since you told me at the start\. If it's good now, reply YES/);
    expect(await say(p, 'yes')).toMatch(/^Done - your plan is rebuilt with the lifts that load it back in, and it no longer goes easy on your left knee\./);
    const after = [await say(p, 'wednesday'), await say(p, 'friday'), await say(p, 'next monday')].join('\n');
    expect(after).toMatch(/^(?:Back squat|Front squat) /m);
    // The profile forgets the knee too (lead16): a later pain reply, a new plan and the coach's dashboard read it.
    const row = await db().selectFrom('clients').select('profile').where('phone', '=', p).executeTakeFirstOrThrow();
    expect(row.profile).toMatchObject({ limitations: [], limitationAreas: [] });
  });
});

describe('lifter16: a dumbbell-only client logs a barbell lift', () => {
  it('"squat 3x5 at 225" logs the back squat, off-plan, and the plan\'s squat keeps its load (was "Goblet squat 225 lb x 5 is a lot more than I\'d expect")', async () => {
    const p = nyPhone();
    await talk(p, LINDA);
    const monday = await say(p, 'today');
    const squat = /^((?:Goblet|Dumbbell[^\n]*?) squat[^\n]*?) \d+x/im.exec(monday);
    for (const text of ['squat 3x5 at 225', 'deadlift 3x5 @ 275']) {
      const reply = await say(p, text);
      expect(reply, text).toMatch(/^Logged today: (?:Back squat 3x5 @ 225 lb|Deadlift 3x5 @ 275 lb)/);
      expect(reply, text).toMatch(/not in your plan/);
      expect(reply, text).not.toMatch(/a lot more than I'd expect|Goblet|Dumbbell/);
    }
    // The plan's own squat is not loaded from the barbell's 225.
    if (squat) expect(await say(p, 'today')).not.toMatch(/squat[^\n]*@ (?:1[5-9]\d|2\d\d) lb/i);
    // A dumbbell load is still the plan's own squat.
    expect(await say(p, 'squat 3x10 at 40')).toMatch(/^Logged today: (?:Goblet|Dumbbell)[^\n]*squat 3x10 @ 40 lb/i);
  });
});

describe('lifter16: sets logged on the Smith machine with no lift named', () => {
  it('"3x10 at 95 on the smith" asks which lift; "squat" logs the Smith machine squat (was Goblet squat 3x10 @ 95)', async () => {
    const p = nyPhone();
    await talk(p, LINDA);
    for (const [sets, lift, logged] of [['3x10 at 95 on the smith', 'squat', 'Smith machine squat'], ['did 3x8 @ 115 on smith machine', 'bench', 'Smith machine bench press']] as const) {
      expect(await say(p, sets), sets).toMatch(/^Which lift was that\?/);
      const reply = await say(p, lift);
      expect(reply, lift).toMatch(new RegExp(`^Logged today: ${logged} 3x(?:10|8) @ (?:95|115) lb`));
      expect(reply, lift).not.toMatch(/Goblet|Dumbbell/);
    }
  });
});

describe('lifter16: a question while the sets wait for their lift', () => {
  it('"how heavy should i squat?" is answered, the sets keep waiting, and "squat" then logs them (was logged as the squat)', async () => {
    const p = nyPhone();
    await talk(p, LINDA);
    expect(await say(p, '3x10 at 95 on the smith')).toMatch(/^Which lift was that\?/);
    const asked = await say(p, 'how heavy should i squat?');
    expect(asked).not.toMatch(/^Logged/);
    expect(asked).toMatch(/And your 3x10 @ 95(?: lb)? - which lift was that\?$/);
    expect(await say(p, "what's today?")).toMatch(/^Today/);
    // A second question still waits; the answer logs.
    expect(await say(p, 'squat')).toMatch(/^Logged today: Smith machine squat 3x10 @ 95 lb/);
  });
});
