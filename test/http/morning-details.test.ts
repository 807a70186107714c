import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, inboundParams, postSigned, twimlMessages, type TestApp } from '../support/deps.js';
import { runMorningPass } from '../../src/scheduler/morning-pass.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';
import { countSegments } from '../../src/channels/sms-text.js';

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

describe('morning text and "details": a beginner lifter, 60 min full body at home', () => {
  it('when the day does not fit 2 segments whole, the morning text says "+N more" and "details" sends every lift', async () => {
    const phone = '+12125557001';
    const intro =
      "hi! I'm Jo, total beginner, never really lifted. I want to build strength and lose a bit of fat. I can train mon wed fri for about 60 minutes, full body is fine. I have dumbbells, a bench and some bands at home, no barbell.";
    await say(phone, intro);
    await say(phone, 'none');
    expect(await say(phone, 'yes')).toMatch(/Let's go, Jo/);

    const at = '2026-11-23T12:05:00Z'; // Monday 07:05 New York
    await runMorningPass({ ...t.deps, now: () => new Date(at) }, { now: new Date(at), compose: composeMorningMessage, pacer: { take: async () => {} } });
    const [morning] = await handle.db.selectFrom('outbound_messages').select('body').where('to_phone', '=', phone).where('kind', '=', 'morning').execute();
    expect(morning, 'a morning text').toBeDefined();
    const text = morning!.body;
    expect(countSegments(text).segments, text).toBeLessThanOrEqual(2);
    // Plain words for a beginner: no RIR, no "DB".
    expect(text).not.toMatch(/RIR|\bDB\b/);
    const more = /\+(\d) more: text "details"/.exec(text);
    expect(more, text).not.toBeNull();

    t.clock.now = new Date('2026-11-23T13:00:00Z');
    const details = await say(phone, 'details');
    const shown = (s: string) => s.split('\n').filter((l) => /^\S.* \d+x\d/.test(l));
    // The workout's notes (a finisher, how to pick a first weight), spelled in full or short: cut, they count in "+N more" too.
    const notes = (s: string) => s.split('\n').filter((l) => /^(Lifts without a weight|No weight listed|Then \d+ min brisk cardio|Finish with|Supersets)\b/.test(l));
    // Every lift and workout note of the morning text, plus the N it left out.
    expect(shown(details).length + notes(details).length, details).toBe(shown(text).length + notes(text).length + Number(more![1]));
    // The main lift reads the same; every lift's sets x reps of the morning text is there too (a shortened
    // name, "Slider leg curl", is spelled out in full: "Slider (towel) leg curl").
    expect(details).toContain(shown(text)[0]!);
    const scheme = (l: string) => / (\d+x\S+)/.exec(l)![1]!;
    for (const l of shown(text)) expect(shown(details).map(scheme)).toContain(scheme(l));
    expect(details).toMatch(/Reply "done"/);
  });
});
