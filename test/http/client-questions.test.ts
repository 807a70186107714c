/**
 * Questions clients ask beside other words, found by texting Cadence as clients (lead, eleventh session): the question is
 * answered as asked, and nothing in the plan changes that the client did not ask to change.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, at } = smsSuite();

describe('a session done somewhere else', () => {
  // Dev: "it's supposed to snow saturday, can i do sat on the treadmill" → "Dropped Saturday's easy run" (the treadmill
  // was read as the day the run moves to, and no day was found, so the run was dropped).
  it.each([
    "it's supposed to snow friday, can i do fri on the treadmill",
    "can i do friday's run on the treadmill?",
  ])('"%s" is answered yes, and Friday keeps its run', async (text) => {
    const phone = await onboarded(RUNNER_ANSWERS); // runs Mon, Wed, Fri, Sun
    const reply = await say(phone, text);
    expect(reply).toMatch(/treadmill run counts/);
    expect(reply).not.toMatch(/Dropped|Moved/);
    expect(await say(phone, 'this week')).toMatch(/Fri 11\/27: (?!Rest)\S/);
  });
});

describe('a question after a log', () => {
  // Marisol: "squat 4x6 at 145 rpe 7, then rdl 3x8 135 felt easy. also what weight should i use for lunges?" was answered
  // about the back squat ("No back squat in your coming week…"): the lift asked about is the question's.
  it('the lift logged is logged and the load question is about the lift it names', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'squat 3x5 at 135 rpe 7. also what weight should i use for lunges?');
    expect(reply).toMatch(/^Logged today: Back squat 3x5 @ 135 lb/);
    expect(reply).toMatch(/walking lunge/i);
    expect(reply).not.toMatch(/No back squat|Your next back squat|back squat:/i);
  });
});

describe('a foam-rolling question', () => {
  // Dev: "my IT band is kinda tight after today's run. should i foam roll?" got "Stretching is optional: do it if it feels
  // good or you need the range for a lift" - nothing on foam rolling, a lift named to a runner.
  it('is answered about foam rolling, the tight spot and when to say more', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, "my IT band is kinda tight after today's run. should i foam roll?");
    expect(reply).toMatch(/foam rolling/);
    expect(reply).toMatch(/IT band/);
    expect(reply).toMatch(/If tightness turns into pain, tell me/);
  });
});

describe('what did i miss this week', () => {
  // Chris: "what did i miss this week" was read as a question about last Sunday ("Nothing logged for Sun Nov 29"), a day
  // before his plan began. The runner onboards Monday 11/23 (runs Mon, Wed, Fri, Sun): Monday's run is logged, Wednesday's
  // is not, and on Friday he asks.
  it('lists the week\'s sessions so far, done or not logged, and what is left', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'what did i miss this week')).toMatch(/^Nothing missed - no session before today this week\./);
    await say(phone, 'ran 3 miles');
    at('2026-11-27T14:00:00Z');
    const reply = await say(phone, 'what did i miss this week');
    expect(reply).toMatch(/^This week so far: 1 of 2 sessions not logged\./);
    expect(reply).toMatch(/Mon 11\/23 .* - done/);
    expect(reply).toMatch(/Wed 11\/25 .* - not logged/);
    expect(reply).toMatch(/"done wed"/);
    expect(reply).toMatch(/Today: Easy run .*\.\nStill to come: Sun 11\/29 Long run/);
  });
});
