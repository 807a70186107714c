/**
 * Texts a runner sent in session 19 (a half marathon on May 2, Mon/Wed/Fri/Sun): two days' runs in one text, and how
 * a mild ache after a good run changes the days ahead.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded, at } = smsSuite();
/** Wednesday 2026-11-25, 6pm in New York. */
const WEDNESDAY_EVENING = '2026-11-25T23:00:00Z';

describe('two days\' runs in one text', () => {
  it('"mon: easy 3, wed: tempo" logs Monday\'s 3 easy and Wednesday\'s session, each on its day (was only Monday logged, as a tempo)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    const reply = await say(phone, 'mon: easy 3, wed: tempo');
    expect(reply).toMatch(/Logged Mon 11\/23: run 3 mi \(easy\)/);
    expect(reply).toMatch(/Logged today: Easy run done\./);
    expect(reply).not.toMatch(/\(tempo\)/);
  });

  it('"mon easy 3 at 9:30, wed tempo 5 miles" logs both runs on their days (was Monday\'s only, called a tempo)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    const reply = await say(phone, 'mon easy 3 at 9:30, wed tempo 5 miles');
    expect(reply).toMatch(/Logged Mon 11\/23: run 3 mi at 9:30\/mi \(easy\)/);
    expect(reply).toMatch(/Logged today: run 5 mi \(tempo\)/);
  });
});

describe('a mild ache after a good run', () => {
  it('"knees a bit achy" after "ran 4.5, went great" eases the runs (shorter, easy) and says why, not every run taken out (was "no runs through Fri")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    await say(phone, 'ran 4.5, went great');
    const reply = await say(phone, 'knees a bit achy');
    expect(reply).toMatch(/It sounds mild, so your runs ease for 3 days rather than stop/);
    expect(reply).toMatch(/Your knee is a bit achy: runs through Fri are easy and about 70% as long \(no tempo or intervals\), to let it settle\./);
    expect(reply).toMatch(/Fri 11\/27 now: Easy run 3\.1 mi/);
    expect(reply).not.toMatch(/no runs through|Rest \(No running/);
    expect(await say(phone, 'fri')).toMatch(/Easier while your knee settles: easy, [\d:]+\/mi or slower/);
  });

  it('"knee still sore" after that rests the runs it eased', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    await say(phone, 'knees a bit achy');
    expect(await say(phone, 'knee still sore')).toMatch(/Your knee hurts: no runs through Fri, rest or bike\/swim instead\./);
  });
});

describe('a clock alone after the text time is asked about', () => {
  it('"change my text time" shows the time and how to change it; "7:30" next is the new time (was "didn\'t get that", then 7:30 asked back as a race time)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'change my text time')).toMatch(/^Your workout text comes at [\d:]+am Eastern time .* Text a new time/);
    const reply = await say(phone, '7:30');
    expect(reply).toMatch(/^Done: your workout text now comes at 7:30am Eastern time/);
    expect(reply).not.toMatch(/A race\?/);
  });

  it('a time with seconds after that is still a finish time asked about, and a clock alone with nothing asked stays asked back', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    await say(phone, 'what time do my texts come?');
    expect(await say(phone, '1:52:00')).toMatch(/Got a time but not what it was for\. A race\?/);
    expect(await say(phone, '7:30')).toMatch(/Got a time but not what it was for/);
  });
});

describe('a rough run after a short night', () => {
  it('"should i make it up tmrw?" after a short run is answered: no (was unanswered, a sleep tip in its place)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, "hey coach! so todays run was rough lol, made it 3 miles then had to walk a bit. think the heat or i didnt sleep well. should i make it up tmrw?");
    expect(reply).toMatch(/Logged today: run 3 mi with walk breaks/);
    expect(reply).toMatch(/No need to make it up: adding missed miles to the next runs makes them harder/);
  });

  it('the sleep line a runner hears says how to run the day, not only how to lift it (was "stop each set a rep or two earlier" alone)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'barely slept last night, what should i do?')).toMatch(/run any hard run as an easy one/);
  });
});

describe('a session cut short', () => {
  it('"did the tempo but cut it short" is logged done, cut short, and asks how far (was "Easy run done." as if all of it)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    at(WEDNESDAY_EVENING);
    expect(await say(phone, 'did the tempo but cut it short')).toMatch(/^Logged today: Easy run done, cut short - fine now and then\. If you know how far you got, text it \(e\.g\. 'ran 3'\)/);
  });
});
