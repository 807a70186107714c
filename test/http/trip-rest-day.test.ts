/**
 * Replies a coach would wince at, found texting Cadence as an experienced lifter on a Sunday (a rest day):
 * a kit follow-up about the trip just told ("no cable machine there either, what do i do for rows?"),
 * "skipped"/"done" on a rest day, and a tight lower back read as pain. Checked through the signed webhook.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, type TestApp } from '../support/deps.js';
import { smsClient } from '../support/sms-client.js';

const handle = useTestDatabase();
let t: TestApp;
beforeEach(() => {
  // Sunday 2026-11-29, 18:00 in Chicago: a rest day for a Mon/Tue/Thu/Fri lifter.
  t = buildTestApp(handle, { now: new Date('2026-11-30T00:00:00Z') });
});
const { say } = smsClient(() => t, handle);

let n = 0;
const chicagoPhone = () => `+1312555${String(7000 + n++).padStart(4, '0')}`;

/** Marcus: 3 years lifting, Mon/Tue/Thu/Fri, 75 min, full gym at work, maxes given. */
async function onboardMarcus(phone: string): Promise<void> {
  await say(phone, 'hey! im marcus, been lifting about 3 years, want to get stronger mostly. can do mon tue thu fri, about 75 min, full gym at my work. bad left knee from soccer years ago but its fine mostly');
  await say(phone, 'squat 365 bench 255 deadlift 455');
  expect(await say(phone, 'yes')).toMatch(/^Let's go, Marcus!/);
}

describe('a kit follow-up about the trip just told', () => {
  it('"no cable machine there either, what do i do for rows?" amends the trip (cables only) and names the row the trip days use', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    expect(await say(phone, 'traveling next wed-fri, hotel gym only has dumbbells up to 60')).toMatch(/^Noted your trip, Wed Dec 2 to Fri Dec 4\./);
    const reply = await say(phone, 'no cable machine there either, what do i do for rows?');
    expect(reply).toMatch(/^Updated your trip \(Wed Dec 2 to Fri Dec 4\): no cables\.\n/);
    expect(reply).toMatch(/For rows on the trip: [a-z -]*row \d+x[\d-]+[^\n]* on Thu Dec 3\./);
    // Not the home gym, not every machine, not Monday's home session.
    expect(reply).not.toMatch(/your gym|machines|Mon 11\/30/);
    // A hotel counts no machines until one is named (dumbbells and a bench are what hotels reliably have):
    // the leg press adds them, and the days that change say so.
    expect(await say(phone, 'hotel has a leg press actually')).toMatch(/^Updated your trip \(Wed Dec 2 to Fri Dec 4\): machines there\.\n/);
    const thu = await say(phone, 'thursday');
    expect(thu).toMatch(/Travel day: planned for [^\n]*machines/);
    expect(thu).not.toMatch(/cable/i);
    // The home gym keeps its cables and barbell: Monday is not a travel day.
    expect(await say(phone, 'monday')).not.toMatch(/Travel day/);
  });

  it('a bare "no cables, what instead?" from a full-gym client is read as the trip, and says how to correct it', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    await say(phone, 'traveling next wed-fri, hotel gym only has dumbbells up to 60');
    const reply = await say(phone, 'no cables, what instead?');
    expect(reply).toMatch(/^Updated your trip \(Wed Dec 2 to Fri Dec 4\): no cables\./);
    expect(reply).toContain('(I took that as about your trip. If you meant your usual gym, text "no cables at my gym".)');
  });

  it('a lift question, "just bands", an extra day and a cancellation each change that trip, not a new one today', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    await say(phone, 'traveling next wed-fri, hotel gym only has dumbbells up to 60');
    expect(await say(phone, 'what about squats at the hotel?')).toMatch(/^For back squat on the trip: [a-z ()-]+ \d+x[\d-]+[^\n]* on (Thu Dec 3|Fri Dec 4)\.$/);
    // Thu + Fri on the trip; the count is checked against the days themselves below.
    const count = await say(phone, 'how many sets on the trip');
    expect(count).toMatch(/^Your trip \(Wed Dec 2 to Fri Dec 4\): \d+ sets in 2 sessions \(Thu Dec 3, Fri Dec 4\)\./);
    const setsIn = (day: string) => [...day.matchAll(/^[A-Z][^\n]* (\d+)x[\d-]+/gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(Number(/(\d+) sets/.exec(count)![1])).toBe(setsIn(await say(phone, 'thursday')) + setsIn(await say(phone, 'friday')));
    const bands = await say(phone, 'the hotel gym is just bands');
    expect(bands).toMatch(/^Updated your trip \(Wed Dec 2 to Fri Dec 4\): bands there\./);
    // Bands replace the hotel kit: no dumbbells (and no dumbbell limit) left on Thursday.
    const thu = await say(phone, 'thursday');
    expect(thu).toMatch(/Travel day: planned for bands\.?$/m);
    expect(thu).not.toMatch(/dumbbell/i);
    expect(await say(phone, 'staying an extra day, back saturday')).toBe('Updated your trip: now Wed Dec 2 to Sat Dec 5. No training day added, so nothing else changes.');
    expect(await say(phone, 'the trip got cancelled')).toBe('Trip off (Wed Dec 2 to Sat Dec 5): those days are back to your usual gym and your normal sessions.');
    expect(await say(phone, 'thursday')).not.toMatch(/Travel day|Banded/);
    // Nothing left to amend: a second cancellation says so instead of noting a trip today.
    expect(await say(phone, 'the trip got cancelled')).toMatch(/^I have no trip on the books - nothing to cancel\./);
  });

  it('with no trip told, "no cables at my gym" is about the home gym', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    expect(await say(phone, 'no cables at my gym')).not.toMatch(/trip/i);
  });
});

describe('"skipped" and "done" on a rest day', () => {
  it('say it is a rest day and log nothing, until the client describes what they did', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    expect(await say(phone, 'skipped today')).toBe("Today's a rest day - nothing to skip.");
    expect(await say(phone, 'done')).toMatch(/^Today's a rest day\. If you trained anyway, send what you did .* extra session\.$/);
    expect(await say(phone, 'what did i do today')).toMatch(/^Nothing logged for /);
    expect(await say(phone, 'did 30 min on the bike, done')).toBe('Logged today as an extra session (nothing was planned).');
  });

  it('"I did it! legs are toast" and "did it!! thanks coach" get one clear reply: no sets to cut today, no second "Anytime!"', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    const sore = await say(phone, 'I did it! legs are toast');
    expect(sore).toMatch(/^Today's a rest day\./);
    expect(sore).toMatch(/fewer (sets )?(per exercise )?for those muscles next session/);
    expect(sore).not.toMatch(/today\. Soreness|muscles today/);
    const thanks = await say(phone, 'did it!! thanks coach');
    expect(thanks).toMatch(/^Today's a rest day\. If you trained anyway, send what you did .* extra session\.$/);
    expect(thanks).not.toMatch(/Anytime/);
    // Thanks on its own is still answered.
    expect(await say(phone, 'thanks coach')).toMatch(/^Anytime!/);
  });
});

describe('a tight lower back', () => {
  it('is stiffness: a longer warm-up and fewer sets next session, not "never train through pain"; a red flag is still pain', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    const tight = await say(phone, 'my lower back is pretty tight today');
    expect(tight).toMatch(/^Tight lower back noted - that's stiffness, not pain/);
    expect(tight).toMatch(/Warm up longer/);
    expect(tight).toMatch(/fewer (sets|per exercise)/);
    expect(tight).toMatch(/If it actually hurts - sharp, shooting, numb or tingling down a leg - tell me/);
    expect(tight).not.toMatch(/never train through pain|nothing that loads it/);
    // The change is stored as the client said it, so "what changed?" agrees with the reply they got.
    expect(tight).toMatch(/^Tight lower back: 1 set fewer per exercise/m);
    const changed = await say(phone, 'what changed?');
    expect(changed).toMatch(/Tight lower back: 1 set fewer per exercise/);
    expect(changed).not.toMatch(/Sore lower back/);
    const numb = await say(phone, 'lower back is tight with tingling down the leg');
    expect(numb).toMatch(/doctor or physio/);
  });
});

describe('a tweaked lower back', () => {
  it('spares every lift that loads the spine or bends it under load, the front squat too, and keeps legs trained', async () => {
    const phone = chicagoPhone();
    await onboardMarcus(phone);
    expect(await say(phone, 'tweaked my lower back')).toMatch(/nothing that loads it/);
    // Mon/Tue/Thu/Fri: the two lower days of the week to come.
    const lower = [await say(phone, 'tuesday'), await say(phone, 'friday')].join('\n');
    expect(lower).not.toMatch(/front squat|back squat|hack squat|barbell reverse lunge|good morning|\bdeadlift|romanian|barbell row|standing calf/i);
    // Still a leg session: a squat or lunge pattern the back tolerates.
    expect(lower).toMatch(/leg press|goblet squat|box squat|split squat|lunge|step-up|hip thrust/i);
  });
});

describe('a tight calf from a runner', () => {
  it('gets runner advice (warm-up for the calves, an easy next run), never sets or hinges', async () => {
    const phone = `+1303555${String(7000 + n++).padStart(4, '0')}`;
    await say(phone, 'hi!! Im Tom, want to run my first half marathon, its on april 11. never really raced but i jog about 12 miles a week, 3 days, tues thurs sun. 45 min max on weekdays');
    await say(phone, 'no injuries, im in denver');
    await say(phone, 'none');
    expect(await say(phone, 'just started this year')).toMatch(/start as a beginner/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Tom!/);
    const tight = await say(phone, 'my left calf is tight');
    expect(tight).toMatch(/^Tight calves noted - that's stiffness, not pain/);
    expect(tight).toMatch(/calf raises/);
    expect(tight).toMatch(/run/);
    expect(tight).not.toMatch(/\bsets?\b|hinge|cat-cows/);
  });
});

describe('the morning time asked for a trip', () => {
  it('"send the texts at 6am tokyo time while im there" after a Tokyo trip at 6am says the trip already has it and changes nothing', async () => {
    const phone = chicagoPhone();
    await say(phone, "hey! im marcus, been lifting about 3 years, want to get stronger mostly. can do mon tue thu fri, about 75 min, full gym at my work. no injuries. 6am texts");
    await say(phone, 'squat 365 bench 255 deadlift 455');
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Marcus!/);
    expect(await say(phone, 'in tokyo next week for work, hotel gym has dumbbells up to 50')).toMatch(/Your morning text follows you: 6:00am Tokyo time/);
    const reply = await say(phone, 'can you send the texts at 6am tokyo time while im there');
    expect(reply).toBe('Already set: your workout text comes at 6:00am. On your trip (Mon Nov 30 to Sun Dec 6) it comes at that time Tokyo time (Asia/Tokyo); at home, Central time (America/Chicago).');
    // A different time changes it for home and away alike, and says both.
    expect(await say(phone, 'make it 5:30am tokyo time while im there')).toMatch(/^Done: your workout text now comes at 5:30am every morning\. On your trip \(Mon Nov 30 to Sun Dec 6\) it comes at that time Tokyo time/);
  });
});
