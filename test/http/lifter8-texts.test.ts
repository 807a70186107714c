/**
 * Found texting Cadence as lifters after onboarding (lifter8): a lift asked about by what it is for, a skip
 * with its reason, two moves in one text, a change of days from a later date, and caution about one lift.
 * Checked through the signed webhook, on Monday 2026-11-23 9:00 in New York.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { WITH_MAXES } from '../support/lifter-with-maxes.js';

const { say, onboarded, storedDay } = smsSuite();

async function lifter(): Promise<string> {
  const p = await onboarded(WITH_MAXES);
  return p;
}

describe('lifters: "what are lunges for" asks what a lift does', () => {
  it('"what do face pulls do" of a lift in the plan says what it trains and how (never "outside what I can answer")', async () => {
    const p = await lifter();
    const reply = await say(p, 'what do face pulls do');
    expect(reply).toMatch(/^Face pull is for the backs of your shoulders/);
  });

  it('"what are lunges for" of a lift not in the plan says what lunges train, then why the block has another', async () => {
    const p = await lifter();
    const reply = await say(p, 'what are lunges for');
    expect(reply).toMatch(/^Dumbbell walking lunge is for one leg at a time[^.]*\. Nothing rules dumbbell walking lunge out: this block trains the single-leg movement with /);
  });
});

describe('lifters: a day off for a trip is a skipped day, and the trip is asked about', () => {
  it('"skip fri, flying to denver for work" moves Friday like "skip fri" (never a bodyweight Friday) and asks how long and what gym', async () => {
    const p = await lifter();
    const reply = await say(p, 'skip fri, flying to denver for work');
    expect(reply).toMatch(/^Moved Friday's .+ to Saturday/);
    expect(reply).toMatch(/Safe travels! If you're away past Fri Nov 27, text the days and what you'll have .* with your morning text on Mountain time there\.$/);
    expect(reply).not.toMatch(/bodyweight|Traveling/i);
    const week = await say(p, 'this week');
    expect(week).not.toMatch(/bodyweight/i);
  });

  it('"traveling fri-sun, skip those days" lands nothing on the trip\'s days and logs no day as skipped', async () => {
    const p = await lifter();
    const reply = await say(p, 'traveling fri-sun, skip those days');
    expect(reply).toMatch(/^Dropped Friday's .+: no rest day left before your next lifting session/);
    expect(reply).toMatch(/Safe travels! If you're away past Sun Nov 29/);
    expect(reply).not.toMatch(/Moved|Logged|bodyweight/);
    // Monday's session (today) is untouched: the skip was of the trip's days, not of today.
    expect(await say(p, "what's today")).not.toMatch(/skipped/i);
  });
});

describe('lifters: two moves in one text', () => {
  it('"move wed to thu and fri to sat" moves both sessions (was only Wednesday\'s)', async () => {
    const p = await lifter();
    const reply = await say(p, 'move wed to thu and fri to sat');
    expect(reply).toMatch(/^Moved Wednesday's .+ to Thursday, this week only\./);
    expect(reply).toMatch(/\nMoved Friday's .+ to Saturday, this week only\./);
    expect((await storedDay(p, '2026-11-28'))?.items.length).toBeGreaterThan(0);
    expect((await storedDay(p, '2026-11-27'))?.items ?? []).toHaveLength(0);
  });

  it('"can we do wed on thu and sat on sun" moves Wednesday and says Saturday had nothing to move', async () => {
    const p = await lifter();
    const reply = await say(p, 'can we do wed on thu and sat on sun');
    expect(reply).toMatch(/^Moved Wednesday's .+ to Thursday, this week only\./);
    expect(reply).toMatch(/Can't move Saturday's rest day to Sunday: Saturday is a rest day, so there is nothing to move\./);
  });
});

describe('lifters: days that change from a later date', () => {
  it('"from january i can do 4 days" leaves this week on Mon, Wed, Fri and says when and how it changes (was applied at once)', async () => {
    const p = await lifter();
    const reply = await say(p, 'from january i can do 4 days');
    // lifter10: stored now, in force from the first week of January (was "text '4 days' that week").
    expect(reply).toBe('Got it: from Mon Jan 4 (the first week from Fri Jan 1) you train 4 days a week (Mon, Tue, Thu, Fri). Until then nothing changes: Mon, Wed, Fri as now. Same plan and phase; text "this week" that week to see it.');
    // This week keeps its three days: Tuesday and Thursday rest.
    const week = await say(p, 'this week');
    expect(week).toMatch(/^Tue 11\/24: Rest$/m);
    expect(week).toMatch(/^Wed 11\/25: Full body B/m);
    expect(week).toMatch(/^Thu 11\/26: Rest$/m);
  });

  it('"3 days a week starting next month" of a 3-day lifter says nothing changes (was "I didn\'t get that")', async () => {
    const p = await lifter();
    expect(await say(p, '3 days a week starting next month')).toBe('You already train 3 days a week (Mon, Wed, Fri), so nothing changes from Tue Dec 1.');
  });
});

describe('lifters: a load with a half before "rpe"', () => {
  it('"bench 3x5 172.5 rpe 8" logs 172.5 at RPE 8 (the load was read as an RPE and lost)', async () => {
    const p = await lifter();
    expect(await say(p, 'bench 3x5 172.5 rpe 8')).toMatch(/^Logged today: Bench press 3x5 @ 172\.5 lb \(RPE 8\)/);
  });

  it('"squat 5x5 225, bench 3x5 45 rpe 8": a two-digit load before "rpe" is the load (was "@ bodyweight")', async () => {
    const p = await lifter();
    const reply = await say(p, 'squat 5x5 225, bench 3x5 45 rpe 8');
    expect(reply).toMatch(/Bench press 3x5 @ 45 lb \(RPE 8\)/);
    expect(reply).not.toMatch(/bodyweight/);
  });
});
