/**
 * A lift the client is nervous about ("deadlifts from the floor make me nervous"), told at onboarding beside an old
 * injury said healed, or mid-plan: the lift is taken out and another for the same muscles takes its place (it was
 * "Nothing to change for that" at onboarding and "Sorry, I didn't get that" mid-plan).
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the lifter trains Mon, Wed and Fri with a full gym.
const { say, onboarded, repliesTo } = smsSuite();

/** A day's conventional deadlift line ("Deadlift 3x6-8"), not a Romanian or sumo one. */
const CONVENTIONAL = /^(?:Sumo )?[Dd]eadlift \d/m;

const NERVOUS_LIFTER: Persona = {
  ...LIFTER_ANSWERS,
  answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /injur/.test(q.source) ? "had a herniated disc L5 a couple years ago, it's fine now but deadlifts from the floor make me nervous" : a] as const),
};

describe('lift-nerves', () => {
  it('when told at onboarding beside a healed disc, the summary says deadlifts are left out and the plan has none', async () => {
    const phone = await onboarded(NERVOUS_LIFTER);
    const replies = await repliesTo(phone);
    const summary = replies.find((r) => /Reply YES/i.test(r))!;
    expect(summary).toMatch(/I'll leave deadlifts out and give you another lift for the same muscles/);
    expect(summary).not.toMatch(/Nothing to change for that|your trip/);
    // The welcome says what changed; no week ahead has a conventional deadlift.
    expect(replies.at(-1)).toMatch(/From what you told me along the way:[\s\S]*no more deadlifts/i);
    // Wednesday is the deadlift day of LIFTER_ANSWERS' week (Full body B).
    expect(await say(phone, 'wednesday')).toMatch(/^Romanian deadlift \d/m);
    expect(await say(phone, 'wednesday')).not.toMatch(CONVENTIONAL);
  });

  it('when said mid-plan ("heavy deadlifts scare me tbh"), the deadlift is swapped out (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'wednesday')).toMatch(CONVENTIONAL);
    const reply = await say(phone, 'heavy deadlifts scare me tbh');
    expect(reply).toMatch(/^Done: no more deadlifts/);
    expect(await say(phone, 'wednesday')).not.toMatch(CONVENTIONAL);
  });

  it('when the nerves were about a session done ("the deadlift made me nervous but it went fine"), nothing is taken out', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'the deadlift made me nervous but it went fine')).not.toMatch(/no more deadlifts/);
    expect(await say(phone, 'wednesday')).toMatch(CONVENTIONAL);
  });
});
