/**
 * Texts from the twentieth session's lifters: a part asked about for a day ("what should i do about the shoulder for
 * friday") is answered about that day's lifts with the part in mind, not with the whole session.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { composeMorningMessage } from '../../src/services/morning-message.service.js';
import type { AppDeps } from '../../src/app-deps.js';
import { LIFTER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York: the lifter lifts Mon, Wed and Fri.
const { say, onboarded, repliesTo, db } = smsSuite();

/** The lifter with the goal and the injuries answers replaced. */
const lifter = (goal: string, injury: string): Persona => ({ ...LIFTER_ANSWERS, answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /injur/.test(String(q)) ? injury : /main goal/.test(String(q)) ? goal : a]) });

describe('a part asked about for a day', () => {
  it('"what should i do about the shoulder for friday" names the lifts that load it and offers to adjust (was the whole session)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'what should i do about the shoulder for friday');
    expect(reply).toMatch(/^Friday \(Full body C - front squat & incline dumbbell press\): these load your shoulder:\n- Incline dumbbell press: dumbbell bench press instead\n/);
    expect(reply).toMatch(/text "shoulder sore" and I'll adjust the day for you/);
    expect(reply).not.toMatch(/^Fri /);
  });

  it('"how do i work around my knee on wednesday" and "anything i should change for my back tomorrow"', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const knee = await say(phone, 'how do i work around my knee on wednesday');
    expect(knee).toMatch(/^Wednesday \(.*\): this loads your knee:\n- Bulgarian split squat\nKeep it but go ~20% lighter/);
    const back = await say(phone, 'anything i should change for my back tomorrow');
    expect(back).toMatch(/^Tomorrow is a rest day - nothing to work around for your back/);
  });

  it('with the pain already told, says what the plan changed that day', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    await say(phone, 'my shoulder hurts');
    await say(phone, 'shoulders still hurt');
    const reply = await say(phone, 'what should i do about the shoulder for friday');
    expect(reply).toMatch(/^Your shoulder is already in your plan: Friday \(.*\) leaves out what loads it \(through /);
  });
});

describe('a goal lift with a cranky joint', () => {
  it('"squat and bench up" with "shoulder cranky on flat bench" keeps a barbell bench, close-grip, and says so (was a dumbbell press only)', async () => {
    const phone = await onboarded(lifter('squat and bench up', 'shoulder cranky on flat bench'));
    const summary = (await repliesTo(phone)).at(-2)!;
    expect(summary).toMatch(/Your goal is to get stronger\./);
    expect(summary).toMatch(/I'll go easy on your shoulders?\. Your bench press stays, as a close-grip bench press - an extra rep in the tank\./);
    const monday = await say(phone, "what's today");
    expect(monday).toMatch(/\nClose-grip bench press 3x6-8\n/);
    expect(monday).not.toMatch(/\nDumbbell bench press/);
  });

  it('a red-flag shoulder ("sharp pain when i bench, arm goes numb") holds every press until it is checked, no variant said', async () => {
    const phone = await onboarded(lifter('squat and bench up', 'sharp pain in my shoulder when i bench, arm goes numb'));
    const summary = (await repliesTo(phone)).at(-2)!;
    expect(summary).not.toMatch(/stays, as/);
    expect(await say(phone, "what's today")).not.toMatch(/bench press/i);
  });
});

describe('a red-flag pain from onboarding: asked about once its days run out', () => {
  const morning = async (phone: string, date: string) => {
    const client = await db().selectFrom('clients').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
    const deps = { db: db(), model: null, config: { openai: { timeoutMs: 1000 } } } as unknown as AppDeps;
    return (await composeMorningMessage(deps, client, date)).body;
  };

  it('"cant bend my knee without pain": the morning after the 7 days asks whether it was checked, once (was never asked)', async () => {
    const phone = await onboarded(lifter('get stronger', 'cant bend my knee without pain'));
    expect(await morning(phone, '2026-11-27')).not.toMatch(/been checked/);
    const monday = await morning(phone, '2026-11-30');
    expect(monday).toMatch(/It's been a week since you told me about your knee\. Has it been checked by a doctor or physio\? Text "all clear" once it has; if it still hurts, text "knee still hurts"/);
    expect(await morning(phone, '2026-12-02')).not.toMatch(/been checked/);
  });

  it('not once the client said it was checked', async () => {
    const phone = await onboarded(lifter('get stronger', 'cant bend my knee without pain'));
    await say(phone, 'saw the physio, all clear');
    expect(await morning(phone, '2026-11-30')).not.toMatch(/been checked/);
  });
});

describe('a week with fewer days', () => {
  it('"can only do 2 days this week" changes this week only, not the days for good (was "you train Mon, Thu from now on")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'can only do 2 days this week');
    expect(reply).not.toMatch(/from now on\. Same plan/);
    expect(reply).toMatch(/Your usual days \(Mon, Wed, Fri\) come back after that/);
    const week = await say(phone, 'this week');
    expect(week.match(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+\/\d+: (?!Rest)/gm)?.length).toBe(2);
  });
});
