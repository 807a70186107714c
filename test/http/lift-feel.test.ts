/**
 * A lift and how it felt, with no numbers ("squats felt heavy", "the leg press felt ok, shoulder press was hard"):
 * was not understood, or the feel was dropped beside a "done". Now the day's planned sets of that lift are logged
 * at the effort the words give, so its next load follows; a lift the day did not plan is asked about.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { planned, WITH_MAXES } from '../support/lifter-with-maxes.js';

// Monday 2026-11-23, 09:00 in New York: Sam trains Mon, Wed, Fri; today has the back squat and the bench press.
const { say, onboardBySms, onboarded, nyPhone } = smsSuite();

describe('a lift and how it felt', () => {
  it('when "done, squats felt heavy" comes, the day is done and the planned squat is logged at RIR 1 with the range\'s low end', async () => {
    const phone = await onboarded(WITH_MAXES);
    const squat = planned(await say(phone, "what's today"), 'Back squat');
    const reply = await say(phone, 'done, squats felt heavy');
    expect(reply).toContain(`Back squat ${squat.sets}x${squat.min} @ ${squat.load} lb ("felt heavy" = about 1 rep left, RIR 1)`);
    expect(reply).not.toMatch(/didn't get that/i);
    // The session is done: asking again says so.
    expect(await say(phone, "what's today")).toMatch(/^Already logged as done today/);
  });

  it('when "bench felt easy" comes, the planned bench is logged at RIR 4 with the range\'s top, and the bench number rises above a client who said nothing', async () => {
    const [easy, control] = [nyPhone(), nyPhone()];
    await onboardBySms(easy, WITH_MAXES);
    await onboardBySms(control, WITH_MAXES);
    const bench = planned(await say(easy, "what's today"), 'Bench press');
    const reply = await say(easy, 'bench felt easy');
    expect(reply).toContain(`Bench press ${bench.sets}x${bench.max} @ ${bench.load} lb ("felt easy" = about 4 reps left, RIR 4)`);
    await say(control, 'done');
    // 8 reps with 4 to spare at the planned load is a 12-rep effort: above the stated 185 (Epley: load x (1 + 12/30)).
    const max = async (phone: string) => Number(/est\. 1RM about (\d+) lb/.exec(await say(phone, "what's my bench max"))?.[1]);
    expect(await max(easy)).toBe(Math.round(bench.load * (1 + 12 / 30)));
    expect(await max(easy)).toBeGreaterThan(await max(control));
  });

  it('when a lift the day did not plan is said to feel some way, the reply names the day\'s lifts and asks', async () => {
    const phone = await onboarded(WITH_MAXES);
    const reply = await say(phone, 'the leg press felt ok');
    // The day's lift most like it is offered: the leg press is a squat movement, so the back squat.
    expect(reply).toMatch(/^Noted: leg press felt ok\. Today your plan had [^\n]*back squat[^\n]*, not leg press - which did you mean\? The back squat\? Send it with the weight \(e\.g\. "back squat \d+x\d+ at \d+"\)/);
  });
});
