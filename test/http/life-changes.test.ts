/**
 * Mid-plan life changes a client texts (found by texting Cadence as a lifter and a runner): kit that changed
 * for good, life events, the texting window, and pain with no duration. What changed is said back, and kept
 * when they ask about the week afterwards.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, at } = smsSuite();

const BARBELL = /Back squat|Bench press|Barbell|Deadlift|Overhead press/;

describe('the client\'s own kit changed for good', () => {
  it('"my gym closed, only have bands now" re-plans every session for bands (was: today only, the rest of the week still at the gym)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri, full gym
    expect(await say(phone, 'friday')).toMatch(BARBELL);
    const reply = await say(phone, 'my gym closed, only have bands now');
    expect(reply).toMatch(/^Got it - new setup for good\. From today every session is picked for bands \(was a full gym\)\./);
    expect(reply).not.toMatch(/for today only/);
    for (const day of ['wednesday', 'friday', 'monday next week']) expect(await say(phone, day)).not.toMatch(BARBELL);
  });

  it('"my gym closed, only have bands now. what\'s this week?" shows and keeps the week on bands (was: the full-gym week shown, and kept)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri, full gym
    const reply = await say(phone, "my gym closed, only have bands now. what's this week?");
    expect(reply).toMatch(/^Got it - new setup for good\. From today every session is picked for bands/);
    expect(reply).toMatch(/Your week/);
    expect(reply).not.toMatch(/no gym|for today only/);
    expect(reply).not.toMatch(BARBELL);
    for (const day of ['wednesday', 'friday']) expect(await say(phone, day)).not.toMatch(BARBELL);
  });

  it('"cancelled my gym membership, just dumbbells at home now" keeps the plan on dumbbells from now on (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'cancelled my gym membership, just dumbbells at home now');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/every session is picked for a bench and dumbbells \(was a full gym\)/);
    const next = await say(phone, 'wednesday next week');
    expect(next).toMatch(/Dumbbell/);
    expect(next).not.toMatch(BARBELL);
  });

  it('"got a squat rack for the garage!" adds the rack to a dumbbell home setup: barbell lifts need the bar, so it says what it added', async () => {
    const phone = await onboarded({ answers: LIFTER_ANSWERS.answers.map(([q, a]) => [q, /where do you train/.test(q.source) ? 'home, barbell and dumbbells, no rack' : a] as [RegExp, string]) });
    const reply = await say(phone, 'got a squat rack for the garage!');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Nice - a rack added for good\. From today every session is picked for a barbell, a rack and dumbbells \(was a barbell and dumbbells\)\./);
    expect(reply).toMatch(/Next up, today: Full body A: back squat/);
    // Said again: nothing to change.
    expect(await say(phone, 'bought a squat rack for my garage')).toMatch(/^Your plan already uses .*a rack/);
  });

  it('a runner\'s new kit changes no runs, and says so', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'cancelled my gym membership, just dumbbells at home now');
    expect(reply).toMatch(/^Got it|^Noted|^Your plan already/);
    expect(reply).not.toMatch(/didn't get that/);
  });

  it('a closed gym for one day is still one day', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'gym is closed today')).toMatch(/for today only/);
    expect(await say(phone, 'friday')).toMatch(BARBELL);
  });
});

describe('life events', () => {
  it('"new baby arrived!!" gets congratulations and a lighter week offered; YES brings the deload forward (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'new baby arrived!!');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Congratulations!!/);
    expect(reply).toMatch(/Short nights with a newborn are hard to train hard on\. Want me to bring your deload forward: for the next week, about half the sets and ~10% lighter\? Reply YES or NO\./);
    expect(await say(phone, 'yes')).toMatch(/^Deload brought forward from Mon 11\/23 through Sun 11\/29\./);
  });

  it('"moving house this week, crazy week" gets a coach\'s answer and the same offer; NO keeps the plan', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'moving house this week, crazy week');
    expect(reply).toMatch(/^Good luck with the move!/);
    expect(reply).toMatch(/Want me to take an easy week for the next week: about half the distance, no hard sessions\? Reply YES or NO\./);
    expect(await say(phone, 'no')).not.toMatch(/brought forward/);
  });

  it('"my dad passed away" is met with sympathy and PAUSE, no training advice pushed', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'my dad passed away last night');
    expect(reply).toMatch(/^I'm so sorry for your loss\..*PAUSE/);
    expect(reply).not.toMatch(/Reply YES/);
  });

  it('"did my back in picking up my kid" takes the pain path: the back is spared (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'did my back in picking up my kid');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Sorry about your back - never train through pain\./);
    expect(reply).not.toMatch(/Logged/);
  });
});

describe('when the texts come and when the client trains', () => {
  it('"no texts on weekends" and "stop texting me on rest days" are answered honestly with what can change (was "didn\'t get that")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Mon/Wed/Fri, texts at 7am
    const weekend = await say(phone, 'no texts on weekends');
    expect(weekend).toMatch(/^I can't turn the text off for single days yet: it comes once every morning at 7:00am Eastern time \(America\/New_York\)\. On Sat, Sun it is a short rest-day note you can ignore\. You can move it \(e\.g\. "send it at 9am"\), or text PAUSE/);
    expect(await say(phone, 'stop texting me on rest days')).toMatch(/On rest days it is a short rest-day note you can ignore/);
    // A training day named: that text is the workout.
    expect(await say(phone, "don't text me on fridays")).toMatch(/Fri is a training day, so that text is your workout/);
  });

  it('"can only do mornings now" says when the text comes against when they train (was "outside what I can answer")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'can only do mornings now');
    expect(reply).not.toMatch(/outside what I can answer/);
    // A 7am text is late for a morning session: earlier is offered, and then it is there before they train.
    expect(reply).toMatch(/^Got it - mornings it is\. Your sessions stay the same; your workout text comes at 7:00am Eastern time \(America\/New_York\)\. Want it earlier\? Text e\.g\. "send it at 5:30am"\./);
    expect(await say(phone, 'send it at 5:30 instead')).toMatch(/^Done: your workout text now comes at 5:30am/);
    expect(await say(phone, 'mornings only')).toMatch(/comes at 5:30am Eastern time \(America\/New_York\), so you have it before you train\./);
  });
});

describe('pain with no duration', () => {
  it('"my knee hurts" on a training day spares the knee today only and asks tomorrow (was: nothing that loads it through Sun)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS); // Monday is a training day
    const reply = await say(phone, 'my knee hurts');
    expect(reply).not.toMatch(/through Sun/);
    expect(reply).toMatch(/For now that's today only: text me tomorrow how it feels \("knee still hurts" keeps it out for the week\)\./);
    expect(reply).toMatch(/Your knee hurts: nothing that loads it through Mon/);
    // Wednesday's session is as planned.
    expect(await say(phone, 'wednesday')).toMatch(/Bulgarian split squat/);
    // Still there: the week.
    expect(await say(phone, 'knee still hurts')).toMatch(/through Sun/);
  });

  it('"should I run if my shin hurts?" on a rest day keeps runs off through the next run only, not the whole week', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Mon/Wed/Fri/Sun
    // Tuesday: a rest day; the next run is Wednesday.
    at('2026-11-24T14:00:00Z');
    const reply = await say(phone, 'should I run if my shin hurts?');
    expect(reply).toMatch(/^Sorry about your shins - never train through pain\./);
    expect(reply).toMatch(/For now that's through Wed Nov 25 only: text me tomorrow how it feels \("shins still hurt" keeps it out for the week\)\./);
    expect(reply).toMatch(/no runs through Wed/);
    expect(reply).not.toMatch(/through Mon/);
    expect(await say(phone, 'friday')).toMatch(/Total [\d.]+ mi/);
  });

  it('a lifter\'s shin question on a full-body day: its calf raises (they load the shins) are out today only, nothing more', async () => {
    // Every full-body day now has a calf raise (calves reach their minimum weekly sets), so Monday loads the shins.
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'should I run if my shin hurts?');
    expect(reply).not.toMatch(/already out of your plan|through Sun/);
    expect(reply).toMatch(/^Sorry about your shins - never train through pain\. .*For now that's today only: text me tomorrow how it feels/);
    expect(reply).toMatch(/Your shins hurt: nothing that loads them through Mon/);
  });

  it('pain said to be bad, a named injury or a red flag keeps the week', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'I think I have shin splints')).toMatch(/no runs through Sun/);
  });
});

describe('a break ahead, from a date', () => {
  it('"pause from the 10th" keeps the plan and texts going until then and rests from Thu Dec 10 (was: paused at once)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'pause from the 10th');
    expect(reply).not.toMatch(/no morning texts until you text "resume"/);
    expect(reply).toMatch(/^Noted: time off Thu Dec 10 through Wed Dec 16 \(a week: text me if you need longer\)\. Until then your plan and morning texts carry on as usual/);
    // Still active: today is the plan's, not a pause.
    expect(await say(phone, "what's today")).not.toMatch(/paused/);
    expect(await say(phone, 'friday')).toMatch(/Full body C/);
    expect(await say(phone, 'dec 11')).toMatch(/rest day|Rest/);
  });

  it('"knee surgery on dec 14, out 3 weeks" plans the three weeks off from Dec 14 and holds the plan (was: advice and "text PAUSE")', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, 'knee surgery on dec 14, out 3 weeks');
    expect(reply).toMatch(/^Good luck with the surgery\. Noted: time off Mon Dec 14 through Sun Jan 3\./);
    expect(reply).toMatch(/21 days off is a real break, so the plan waits: back on Mon Jan 4/);
    expect(await say(phone, 'dec 16')).toMatch(/rest day|Rest/);
  });
});

describe('a question beside a report', () => {
  it('"in denver next week. what\'s today?" notes the trip and answers with today (was: the trip only, the question dropped)', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const reply = await say(phone, "in denver next week. what's today?");
    expect(reply).toMatch(/^Noted your trip, Mon Nov 30 to Sun Dec 6\./);
    // The trip's change lines stay; today is answered in one line beside them.
    expect(reply).toMatch(/Traveling Mon-Sun: sessions for bodyweight/);
    expect(reply).toMatch(/\nToday: Full body A: back squat 3x6-8.*Text "today" for all of it\.$/);
  });
});
