/**
 * Texts runners send mid-plan (found by being a marathoner and a half marathoner over simulated days): voice-to-text
 * paces, a run told with how a joint felt, a photo, a laugh, a list of runs done.
 */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { clockedSms } from '../support/clocked-sms.js';
import { RUNNER_ANSWERS } from '../support/web.js';

const handle = useTestDatabase();
// Monday 2026-11-23, 09:00 in New York: the runner (mon wed fri sun, 20 mi a week) starts today.
const START = '2026-11-23T14:00:00Z';
const { sayAt, onboardAt: onboardPersonaAt } = clockedSms(handle, START);
const onboardAt = (iso: string, to: string) => onboardPersonaAt(iso, to, RUNNER_ANSWERS);
let n = 0;
const phone = () => `+1212555${String(1600 + n++)}`;

describe('a pace said in words, as voice-to-text writes it', () => {
  it('"ran 7 miles this morning at around 9 min pace" logs 7 mi at 9:00/mi (was "7 mi at 1:17/mi is faster than the world record")', async () => {
    const p = phone();
    await onboardAt(START, p);
    const reply = await sayAt(START, p, 'ran 7 miles this morning at around 9 min pace');
    expect(reply).toMatch(/^Logged today: run 7 mi at 9:00\/mi/);
    expect(reply).not.toMatch(/world record/);
    expect(await sayAt('2026-11-25T14:00:00Z', p, 'ran 6 at 9 minute miles')).toMatch(/^Logged today: run 6 mi at 9:00\/mi/);
    expect(await sayAt('2026-11-27T14:00:00Z', p, 'did 5, 8 and a half minute miles')).toMatch(/^Logged today: run 5 mi at 8:30\/mi/);
  }, 120_000);
});

describe('a stress fracture told', () => {
  it('"I think I have a stress fracture" says stop running and see a doctor (was "a rough day: keep the plan but keep the run easy")', async () => {
    const p = phone();
    await onboardAt(START, p);
    const reply = await sayAt(START, p, 'I think I have a stress fracture');
    expect(reply).toMatch(/^Sorry to hear that\. With a possible stress fracture, stop running now and see a doctor before you run again/);
    expect(reply).not.toMatch(/rough day|keep the plan/);
    const shin = await sayAt('2026-11-25T14:00:00Z', p, 'doc thinks its a stress reaction in my left shin');
    expect(shin).toMatch(/^Sorry about your left shin\. With a possible stress fracture, stop running now and see a doctor/);
  }, 120_000);
});

describe('a run told with how a part felt', () => {
  it('"ran 5, knees fine" logs the 5 and notes the knees held up (was the run only, the knees lost); "ran 5 knee felt good" keeps the run (was the knee only)', async () => {
    const p = phone();
    await onboardAt(START, p);
    expect(await sayAt(START, p, 'ran 5, knees fine')).toMatch(/^Logged today: run 5 mi[^\n]*\nGood to hear your knee held up - noted\./);
    expect(await sayAt('2026-11-25T14:00:00Z', p, 'ran 5 knee felt good')).toMatch(/^Logged today: run 5 mi[^\n]*\nGood to hear your knee held up - noted\./);
  }, 120_000);
});

describe('a laugh', () => {
  it('"lol", "hahaha", "LMAO" get a light "Ha!" with nothing logged or changed (was "Anytime! Text what\'s today", or "didn\'t get that")', async () => {
    const p = phone();
    await onboardAt(START, p);
    const week = await sayAt(START, p, 'this week');
    for (const laugh of ['lol', 'hahaha', 'LMAO', 'haha ok']) expect(await sayAt(START, p, laugh)).toBe('Ha!');
    expect(await sayAt(START, p, 'this week')).toBe(week);
  }, 120_000);
});

describe('a picture sent', () => {
  it('an MMS with no words and "[photo] new shoes!" get a short friendly reply (was "I can only read text messages. Sorry, I didn\'t get that")', async () => {
    const p = phone();
    await onboardAt(START, p);
    const alone = await sayAt(START, p, '');
    expect(alone).toBe('Thanks for the picture! I can only read words, so text me what you want me to know (e.g. "ran 5 at 9:00").');
    expect(await sayAt(START, p, '[image]')).toBe(alone);
    expect(await sayAt(START, p, '[photo] new shoes!')).toBe('New shoes - nice! Break them in on a short easy run or two before a long run or a race in them.');
    expect(await sayAt(START, p, 'just got new running shoes')).toMatch(/^New shoes - nice!/);
    // Words with the picture are read as ever.
    expect(await sayAt(START, p, '[photo] ran 5 at 9:00')).toMatch(/^Logged today: run 5 mi/);
  }, 120_000);
});

describe('a goal time said back as the runner said it', () => {
  it('a marathon goal of "4:00" is said back "4:00" (hours), never "4:00:00", in the ack and the summary', async () => {
    const p = phone();
    const say = (text: string) => sayAt(START, p, text);
    await say('hi');
    await say('Ida');
    await say('train for a race');
    await say('marathon on may 2');
    const ack = await say('4:00');
    expect(ack).toMatch(/^Got it: 4:00 for the marathon - about 9:09\/mi on race day\./);
    expect(ack).not.toMatch(/4:00:00/);
    for (const text of ['24:00 5k', '20 mpw', '2 years', 'mon wed fri sun', 'none', 'New York']) await say(text);
    const summary = await say('6am');
    expect(summary).toMatch(/training for a marathon on May 2, 2027 with a goal of 4:00\./);
  }, 120_000);
});

describe('the race day told by its weekday and date', () => {
  it('"race is sunday the 18th" moves the race to the next Sunday that is the 18th (was this Sunday\'s workout shown, nothing changed)', async () => {
    const p = phone();
    await onboardAt(START, p);
    const reply = await sayAt(START, p, 'race is sunday the 18th');
    expect(reply).toMatch(/^Race moved: your half marathon is now Sun Apr 18, 2027 \(was Sun May 2\)/);
  }, 120_000);
});
