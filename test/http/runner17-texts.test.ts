/**
 * Texts from the lead's session as Marcus (Denver, a half marathon in May): a shorter race told during onboarding is
 * a tune-up the first weeks are fitted around, and mid-plan texts a runner sends.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner trains Mon, Wed, Fri and Sun for a half marathon on May 2.
const { say, onboarded, repliesTo } = smsSuite();

describe('a tune-up race told during onboarding', () => {
  it('"no injuries. got a 10k race on saturday" keeps the half and the welcome fits the 10K into the week (was the goal turned into a 10K)', async () => {
    const phone = await onboarded({ ...RUNNER_ANSWERS, answers: [[/injur|which area/i, 'no injuries. got a 10k race on saturday'], ...RUNNER_ANSWERS.answers] });
    const replies = await repliesTo(phone);
    // The summary comes next: it names the 10K as a tune-up kept (was "Nov 28 is only 5 days away - that's race week").
    expect(replies.at(-2)).toMatch(/^You're training for a half marathon on May 2, 2027 .*Noted: your 10K tune-up race - I'll plan around it once you start\./);
    const welcome = replies.at(-1) ?? '';
    expect(welcome).toMatch(/From what you told me along the way:[\s\S]*a 10K fits/);
    expect(await say(phone, 'when is my race')).toMatch(/half marathon plan to 2027-05-02/);
  });
});

describe('a new race goal told mid-plan', () => {
  it('"i want to train for a marathon now" confirms the new goal and asks only what it needs, then builds the marathon plan on YES (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const first = await say(phone, 'i want to train for a marathon now');
    expect(first).toMatch(/^New goal: a marathon\. I'll build a new plan for it - your current one stays active until you confirm\..*When is your marathon\?/);
    // The days and history are kept from the plan: not asked again.
    expect(first).toMatch(/You can train 4 days a week \(Mon, Wed, Fri, Sun\)/);
    expect(await say(phone, 'oct 10')).toMatch(/Goal time for the marathon\?/);
    // The recent 5K is kept too: the next question is the week's miles.
    expect(await say(phone, 'none')).toMatch(/How many miles a week/);
    const summary = await say(phone, '25 mpw');
    expect(summary).toMatch(/You're training for a marathon on Oct 10, 2027/);
    expect(summary).toMatch(/Reply YES to start/);
    await say(phone, 'yes');
    expect(await say(phone, 'when is my race')).toMatch(/marathon plan to 2027-10-10/);
  });

  it('"i want to run a 5k instead of the tempo today" is no new goal', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'i want to run a 5k instead of the tempo today')).not.toMatch(/New goal/);
  });
});

describe('a day with no session asked about', () => {
  it('"why no running on tues" shows that day and why it rests (was "outside what I can answer"); "why no run on weds" shows the run there is', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const rest = await say(phone, 'why no running on tues');
    expect(rest).toMatch(/^Tomorrow \(Tue 11\/24\): rest day\.[\s\S]*Why: Rest lets the training soak in\./);
    expect(rest).not.toMatch(/outside what I can answer|didn't get that/);
    expect(await say(phone, 'why no run on weds')).toMatch(/run/i);
  });
});

describe('the race moved up', () => {
  it('"my race got moved up to jan 10" says the plan is shorter, what goes, and that the taper stays (was only "laid out again")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'my race got moved up to jan 10');
    expect(reply).toMatch(/^Race moved: your half marathon is now Sun Jan 10, 2027 \(was Sun May 2\)/);
    expect(reply).toMatch(/ That's 16 weeks less to train: the base goes from 11 weeks to 2, the build from 6 to 2, the peak from 4 to 2\. The taper is kept, cut to 1 week, so you still arrive fresh\. /);
  });

  it('moved later, nothing is said cut', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'my race got moved to may 16')).not.toMatch(/less to train/);
  });
});

describe('another sport on a weekday', () => {
  it('"I also lift mondays" gets the coach\'s word on two sports in a day and Monday\'s plan (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'I also lift mondays');
    expect(reply).toMatch(/^Good to know - that fits\. On a day with both, run first or keep them a few hours apart/);
    expect(reply).toMatch(/\nToday: Easy run/);
    expect(reply).not.toMatch(/didn't get that/);
  });
});

describe('a time sent alone', () => {
  it('"1:52:00" is asked back with how to log it as a race (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, '1:52:00')).toMatch(/^Got a time but not what it was for\. A race\? .*'raced a half in 1:52:00 on sunday'/);
  });
});
