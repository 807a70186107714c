/**
 * Texts found by texting Cadence as runners after onboarding (a first-time half marathoner, a km 10K runner, a
 * 3:30 marathoner, a hybrid), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York; the runner runs Mon, Wed, Fri and Sun (the long run).
const { say, onboardBySms, nyPhone } = smsSuite();

describe('weeks named past next week', () => {
  it('"week after next" shows Mon 12/7 to Sun 12/13 under its own header (was "Sorry, I didn\'t get that")', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, RUNNER_ANSWERS);
    const reply = await say(phone, 'week after next');
    expect(reply).toMatch(/^The week of Mon 12\/7 - Week 3 of/);
    expect(reply).toMatch(/Sun 12\/13: Long run/);
    expect(reply).not.toMatch(/Next week:/);
  });

  it('"i\'m away the week before christmas" is a trip Mon Dec 14 to Sun Dec 20 (was this week shown)', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, RUNNER_ANSWERS);
    // Christmas 2026 is a Friday: its week starts Mon Dec 21, the week before it Mon Dec 14.
    expect(await say(phone, "i'm away the week before christmas")).toMatch(/^Noted your travel: Mon Dec 14 to Sun Dec 20\./);
  });
});

describe('a few days off with the day back', () => {
  it('"off till thursday" rests Mon to Wed and keeps the morning texts (was "Sorry, I didn\'t get that")', async () => {
    const phone = nyPhone();
    await onboardBySms(phone, RUNNER_ANSWERS);
    const reply = await say(phone, 'off till thursday');
    expect(reply).toMatch(/^Noted: days off Mon Nov 23 through Wed Nov 25, back Thu Nov 26\./);
    expect(reply).not.toMatch(/Paused/);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Mon 11\/23: Rest/);
    expect(week).toMatch(/Wed 11\/25: Rest/);
    expect(week).toMatch(/Fri 11\/27: Easy run/);
  });
});
