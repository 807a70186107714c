/**
 * Runners after onboarding who tell of a health condition: the plan changes (a heart condition caps intensity
 * until a doctor clears harder running), the reply says what changed and why, and the coach sees it. Checked
 * through the signed webhook.
 */
import { describe, expect, it } from 'vitest';
import { listDashboardRows } from '../../src/db/repositories/coach-dashboard.repository.js';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, db } = smsSuite();

/** A 10K runner five weeks out, on five days: tempo and interval days from the second week. */
const TEN_K: Persona = {
  ...RUNNER_ANSWERS,
  answers: [[/which race|when is your|what distance/i, '10k on dec 27'], [/a week are you running/i, '25 mpw'], [/which days/i, 'mon tue thu sat sun'], ...RUNNER_ANSWERS.answers],
};
const QUALITY = /Tempo|Interval|Threshold|Race-pace|Marathon-pace/i;

describe('a runner with a heart condition', () => {
  for (const [text, label] of [
    ['I have AFib and take a beta blocker', 'AFib'],
    ['had a stent put in 2 years ago', 'a stent'],
    ['fyi my blood pressure is high, on meds for it', 'high blood pressure'],
  ] as const) {
    it(`when a runner says "${text}": tempo and interval days become easy runs by feel, the doctor said, the coach flagged`, async () => {
      const phone = await onboarded(TEN_K);
      expect(await say(phone, 'next week')).toMatch(QUALITY);
      const reply = await say(phone, text);
      expect(reply).toMatch(new RegExp(`^Thanks for telling me about your ${label}\\. Until your doctor says otherwise your plan plays it safe: tempo, interval and race-pace days become easy runs, and every run goes by feel - a pace where you can talk in full sentences \\(RPE 3-4 of 10\\), not heart rate`));
      expect(reply).toMatch(/check the plan with your doctor/);
      expect(reply).toMatch(/flagged it for your coach/);
      // What changed, named by its day.
      expect(reply).toMatch(/now: Easy run [\d.]+ mi/);
      const next = await say(phone, 'next week');
      expect(next).not.toMatch(QUALITY);
      expect(next).toMatch(/Long run/);
      const again = await say(phone, text);
      expect(again).toMatch(new RegExp(`^I have your ${label} on file and your plan already follows it: tempo, interval and race-pace days become easy runs`));
      const rows = await listDashboardRows(db(), { now: new Date('2026-11-23T15:00:00Z'), limit: 500, offset: 0 });
      expect(rows.find((r) => r.phone === phone)!.health).toBe(label);
    });
  }

  it('when a runner says "just diagnosed with osteopenia": the runs stay (impact builds bone), the reply says so, not the heart advice', async () => {
    const phone = await onboarded(TEN_K);
    const reply = await say(phone, 'just got diagnosed with osteopenia');
    expect(reply).toMatch(/^Thanks for telling me about your osteopenia\. Your plan keeps going: your runs stay as planned, on even ground/);
    expect(reply).not.toMatch(/talk|all-out/);
    expect(await say(phone, 'next week')).toMatch(QUALITY);
  });

  it('when a runner says "i have asthma and type 1 diabetes": both are noted with their run notes (warm-up, inhaler, cold air; glucose, carbs) and the runs stay', async () => {
    const phone = await onboarded(TEN_K);
    const reply = await say(phone, 'i have asthma and type 1 diabetes');
    expect(reply).toMatch(/Thanks for telling me about your asthma\. Your plan keeps going: warm up 10-15 minutes easy before any harder running, carry your inhaler/);
    expect(reply).toMatch(/cold or dry-air days easier/);
    expect(await say(phone, 'next week')).toMatch(QUALITY);
    // Both kept on file (one reply has room for the first): the second is not news when told again.
    expect(await say(phone, 'i have type 1 diabetes')).toMatch(/^I have your type 1 diabetes on file and your plan already follows it: check your glucose before every run and during long runs, carry fast carbs/);
  });

  it('when a runner says "I\'m 20 weeks pregnant": tempo and interval days become easy runs by feel, and when to call the midwife is said', async () => {
    const phone = await onboarded(TEN_K);
    expect(await say(phone, 'next week')).toMatch(QUALITY);
    const reply = await say(phone, "I'm 20 weeks pregnant");
    expect(reply).toMatch(/^Congratulations! Thanks for telling me about your pregnancy \(second trimester\)\. Until your doctor says otherwise your plan plays it safe: tempo, interval and race-pace days become easy runs/);
    expect(reply).toMatch(/midwife/);
    expect(await say(phone, 'next week')).not.toMatch(QUALITY);
  });
});

describe('a runner in pain where running breaks bone', () => {
  it('"should I run if my shin hurts?" gets the stress-fracture signs (a spot on the bone, worse as you run or at rest: a doctor) and what shin splints need', async () => {
    const phone = await onboarded(TEN_K);
    const reply = await say(phone, 'should I run if my shin hurts?');
    expect(reply).toMatch(/^Sorry about your shins - never train through pain\. If one spot on the bone hurts when you press it, or the pain gets worse as you run, or is there at rest or at night, it can be a stress fracture: stop running and see a doctor\./);
    expect(reply).toMatch(/shin splints: fewer miles, bike or pool running instead/);
    expect(reply).toMatch(/no runs through/);
  });

  it('"top of my foot hurts after my run" names the metatarsal stress-fracture signs; a sore knee keeps the general physio line', async () => {
    const phone = await onboarded(TEN_K);
    expect(await say(phone, 'the top of my foot hurts after my run')).toMatch(/If one spot on the top of your foot hurts when you press it.*stress fracture: stop running and see a doctor/);
    const knee = await say(phone, 'my knee hurts too');
    expect(knee).not.toMatch(/stress fracture/);
  });
});
