/**
 * Texts found by texting Cadence as runners (a first marathoner, a 5K runner chasing a time, a hybrid, an
 * injured runner), checked through the signed webhook: what the client gets back.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS, RUNNER_ANSWERS, type Persona } from '../support/web.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboardBySms, onboarded, nyPhone, at, repliesTo } = smsSuite();

/** The runner persona with other answers for the questions matching `changes`. */
function runner(changes: ReadonlyArray<readonly [RegExp, string]>): Persona {
  return { ...RUNNER_ANSWERS, answers: [...changes, ...RUNNER_ANSWERS.answers] };
}

describe('a count of days after onboarding', () => {
  it('a runner going to 5 days keeps the long run on its weekend day with rest spread, not Mon-Fri', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // mon wed fri sun: the long run is Sunday
    expect(await say(phone, 'I can only do 5 days now')).toMatch(/^Updated: you train Tue, Wed, Thu, Sat, Sun from now on\./);
    expect(await say(phone, 'next week')).toMatch(/Sun 12\/6: Long run/);
  });

  it('a runner whose long run is Saturday keeps it on Saturday', async () => {
    const phone = await onboarded(runner([[/which days/i, 'tue thu sat']]));
    expect(await say(phone, 'i can do 4 days a week now')).toMatch(/^Updated: you train Tue, Wed, Fri, Sat from now on\./);
  });

  it('a lifter going to 4 days gets heavy days with a rest day between pairs', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    expect(await say(phone, 'switch to 4 days a week')).toMatch(/^Updated: you train Mon, Tue, Thu, Fri from now on\./);
  });
});

describe('a hybrid who names the lifting days and counts the runs', () => {
  it('"i lift mon and thu and run 3 days": the week lifts Mon and Thu, runs three other days, the long run Sunday', async () => {
    const phone = nyPhone();
    await say(phone, "hi i'm sam, half marathon april 11 and keep lifting, 10k in 55:00 last month, 15 mpw, 3 years, New York");
    // Was "You can run 2 days a week (Mon, Thu)" and lifting on Tue, Fri.
    expect(await say(phone, 'i lift mon and thu and run 3 days')).toMatch(/run 3 days a week \(Wed, Fri, Sun\), and lift Mon, Thu/);
    for (const text of ['60 min', 'full gym', 'none', 'none']) await say(phone, text);
    expect(await say(phone, 'skip')).toMatch(/Reply YES to start/);
    await say(phone, 'yes');
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Mon 11\/23: Full body/);
    expect(week).toMatch(/Thu 11\/26: Full body/);
    expect(week).toMatch(/Sun 11\/29: Long run/);
    expect(week.match(/run \(/g)).toHaveLength(3);
  });
});

/** A runner who says it all in one text, then YES. */
async function onboardInOneText(phone: string, text: string): Promise<void> {
  expect(await say(phone, text)).toMatch(/Reply YES to start/);
  expect(await say(phone, 'yes')).toMatch(/^Let's go/);
}
const SUB_20 = 'im kim, 5k on feb 20, goal sub 20, ran 21:30 5k last month, 25 mpw, 3 years running, tue thu sat sun, no injuries, New York';

describe('a short runway to a marathon', () => {
  it('a marathon 7 weeks out from 24 mi/week says it is short, with the lower long-run cap, before the prediction', async () => {
    const phone = nyPhone();
    const summary = await say(phone, 'im alex, marathon on jan 10, no goal time, ran a 25:00 5k last month, 24 mpw, 2 years running, mon thu sat, no injuries, New York');
    expect(summary).toMatch(/7 weeks is short for a marathon \(12 is the usual minimum\): long runs stop at 16 mi; aim to finish healthy\./);
    expect(summary).toMatch(/Reply YES to start/);
  });
});

describe('counts said to a runner', () => {
  it('a one-week base before the build is "1 week of base", never "1 weeks"', async () => {
    const phone = nyPhone();
    const summary = await say(phone, SUB_20);
    expect(summary).toMatch(/: 1 week of easy miles at about 25 mi a week, then a 12-week build/);
    expect(summary).not.toMatch(/\b1 (weeks|days|reps|sessions)\b/);
  });
});

describe('runs logged as runners write them', () => {
  it('a pasted watch summary keeps its total time: the pace is worked out from it', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Monday is a run day
    // 42:00 over 8.05 km = 313 s, 5:13/km (= 8:24/mi), far quicker than her easy 9:48-10:47/mi.
    const reply = await say(phone, 'Morning Run 8.05 km 42:00 avg HR 148');
    expect(reply).toMatch(/^Logged today: run 8\.05 km at 5:13\/km/);
    expect(reply).toMatch(/Easy days are 9:48-10:47\/mi; 8:24 is faster than that/);
  });

  it('reps said on their own log the whole session as planned, and their pace is checked against interval pace', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2027-01-28T14:00:00Z'); // Thursday of week 10: intervals
    const today = await say(phone, 'today');
    const planned = /Main: (\d) x ([\d.]+) mi @ (\d:\d\d)\/mi, ([\d.]+) mi jog/.exec(today)!;
    const total = Number(/Total ([\d.]+) mi/.exec(today)![1]);
    const [reps, each, pace, jog] = [Number(planned[1]), Number(planned[2]), planned[3]!, Number(planned[4])];
    // Her 6 x 800 m instead of the planned reps, with the planned warm-up, jogs between and cool-down.
    const done = total - reps * each - (reps - 1) * jog + 6 * (0.8 / 1.609344) + 5 * jog;
    const reply = await say(phone, 'did the 6x800 in 3:10s');
    expect(reply).toContain(`Logged today: 6x800 m in 3:10 each, ${Math.round(done * 10) / 10} mi in all with the warm-up, recoveries and cool-down as planned.`);
    // 3:10 for 800 m is 6:22 a mile.
    expect(reply).toMatch(new RegExp(`Reps at 6:22/mi: \\d+ s/mi faster than your interval pace \\(${pace}/mi\\)\\. Hard, not all-out`));
  });

  it('a long run run far quicker than easy is told as a long run with its zone, not as an easy day', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2027-01-31T14:00:00Z'); // Sunday: the long run
    expect(await say(phone, 'today')).toMatch(/^Today: Long run/);
    const reply = await say(phone, 'long run 9.5 mi in 1:10:00');
    expect(reply).toMatch(/Long runs are easy pace, \d:\d\d-\d:\d\d\/mi; 7:22 is faster than that\. Keep the long run easy/);
    expect(reply).not.toMatch(/Easy days/);
  });
});

describe('runs told against what the day was meant to be', () => {
  it('a run on a rest day far quicker than easy is told it is best easy, and that quicker than tempo means the paces may be stale', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2026-11-23T16:00:00Z'); // Monday: a rest day
    const reply = await say(phone, 'ran 5 at 7:00');
    expect(reply).toMatch(/^Logged today: run 5 mi at 7:00\/mi\. A run on a rest day is best easy, \d:\d\d-\d:\d\d\/mi; 7:00 is faster than that\./);
    expect(reply).toMatch(/7:00 is even quicker than your tempo pace \(7:2\d\/mi\): if that felt easy, your paces are set too slow - text a recent race or time trial/);
  });

  it('a tempo logged as the work alone is held to tempo pace, as the whole session to its average; both say what they were', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2027-01-26T14:00:00Z'); // Tuesday of week 10: 3 x 1 mi at tempo pace
    const tempo = /Main: 3 x 1 mi @ (\d:\d\d)\/mi/.exec(await say(phone, 'today'))![1]!;
    expect(await say(phone, 'tempo 3 mi at 6:40')).toMatch(new RegExp(`Tempo work at 6:40/mi: \\d+ s/mi faster than your tempo pace \\(${tempo}/mi\\)\\. Tempo is "comfortably hard"`));
    await say(phone, "that's wrong");
    expect(await say(phone, 'did the tempo, 7 mi at 9:20 avg')).toMatch(new RegExp(`Tempo day at 9:20/mi average: \\d+ s/mi slower than the plan's \\d:\\d\\d/mi average with warm-up and cool-down \\(tempo ${tempo}/mi\\)\\. Fine on a tired, hot or hilly day`));
    await say(phone, "that's wrong");
    // A runner who does not say "tempo" on the tempo day is read against it too.
    expect(await say(phone, `ran 3 at ${tempo}`)).toMatch(new RegExp(`Tempo work at ${tempo}/mi: right on your tempo pace`));
  });

  it('a long run cut short is said kindly, with no making up the miles and an opening to say why', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2027-01-31T14:00:00Z'); // Sunday: the long run
    const planned = /Total ([\d.]+) mi/.exec(await say(phone, 'today'))![1]!;
    const reply = await say(phone, 'only managed 5 mi on the long run at 9:30');
    expect(reply).toContain(`5 of the planned ${planned} mi on the long run: that happens, and one short long run costs you little. Don't make up the miles later in the week. If something hurt or you felt unwell, tell me`);
    expect(await say(phone, "that's wrong")).toMatch(/removed/);
    expect(await say(phone, `long run ${planned} mi at 9:30`)).not.toMatch(/planned .* on the long run/);
  });
});

describe('a marathoner logging as marathoners write', () => {
  const LEE = 'im lee, chicago marathon oct 10 2027, ran a half in 1:52:00 in sept, 35 mpw, 6 years running, mon tue thu sat sun, no injuries, Chicago';
  async function onboardLee(phone: string): Promise<void> {
    expect(await say(phone, LEE)).toMatch(/Goal time for the marathon/);
    expect(await say(phone, 'none')).toMatch(/Reply YES to start/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
  }

  it('800s at interval pace on a marathon-pace day are said as interval work, a harder day than planned', async () => {
    const phone = nyPhone();
    await onboardLee(phone);
    at('2027-07-20T14:00:00Z'); // Tuesday of week 35: marathon-pace run
    expect(await say(phone, 'today')).toMatch(/^Today: Marathon-pace run/);
    const reply = await say(phone, 'did the workout, 6x800 at 3:35 avg');
    expect(reply).toMatch(/Reps at 7:13\/mi: quicker than your interval pace \(7:\d\d\/mi\), not the marathon pace planned \(8:\d\d\/mi\) - a harder session than planned\./);
    expect(reply).not.toMatch(/faster than your marathon pace/);
  });

  it('"ran 10k in 52:10 today!!" is a race result: the paces move and the reply says so, with how to undo it', async () => {
    const phone = nyPhone();
    await onboardLee(phone);
    at('2027-07-22T23:00:00Z'); // Thursday evening
    const reply = await say(phone, 'ran 10k in 52:10 today!!');
    // Daniels: 10K in 52:10 → VDOT 38.1, below the 39.5 from her 1:52 half.
    expect(reply).toMatch(/^Logged today: run 10 km at 5:13\/km \(race\)/);
    expect(reply).toMatch(/New paces from your next run: easy [^(]+\(VDOT 39\.5 -> 38\.1: your 10K race works out to VDOT 38\.1\)\./);
    expect(reply).toContain(`Not all-out? Text "that's wrong" and send it again as a run.`);
    expect(await say(phone, 'what are my paces')).toMatch(/VDOT 38\.1/);
    expect(await say(phone, "that's wrong")).toMatch(/removed/);
    expect(await say(phone, 'what are my paces')).toMatch(/VDOT 39\.5/);
  });
});

describe('a first 5K runner on run/walk', () => {
  it('"done! that was hard, had to walk more than the plan said" is one log with a kind word on walking, not two logs', async () => {
    const phone = nyPhone();
    expect(await say(phone, 'hey! im maya, i want to run my first 5k. never really run before. can do 3 days a week')).toMatch(/When is your 5K/);
    for (const a of ['march 14', 'none', 'mon wed sat', 'no injuries']) await say(phone, a);
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Maya/);
    expect(await say(phone, 'today')).toMatch(/^Today: Run\/walk/);
    const reply = await say(phone, 'done! that was hard, had to walk more than the plan said');
    expect(reply.match(/Logged today/g)).toHaveLength(1);
    expect(reply).toMatch(/^Logged today: run with walk breaks \(planned [\d.]+ mi\)\. Walk breaks are part of the plan, however many you needed: it all counts\./);
  });

  it('an easy run with walking on a running plan is fine once, and says what to tell if it keeps happening', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Monday: an easy run
    expect(await say(phone, 'ran 3 mi, had to walk a lot')).toMatch(/Walking some of it is fine on a tough day, and it counts\. If runs keep feeling that hard, tell me \(tired, sore, sick\)/);
  });
});

describe('a day with less time', () => {
  it('"only 20 min tue" shortens that day\'s run to what 20 minutes hold at easy pace, and never changes the training days', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20); // tue thu sat sun
    const reply = await say(phone, 'only 20 min tue');
    expect(reply).toMatch(/^Tue Nov 24, 20 min: an easy run of about [12]\.\d mi \(\d:\d\d-\d:\d\d\/mi\) instead of the planned [\d.]+ mi\. A short run beats none/);
    expect(reply).not.toMatch(/run days|Which days/);
    // Next week's trip with the time for its Tuesday: both are said.
    const trip = await say(phone, 'traveling next week, only 20 min tue');
    expect(trip).toMatch(/Tue Dec 1, 20 min: an easy run/);
    // A tempo day with 20+ minutes keeps a short tempo; a long run waits for next week.
    at('2027-01-26T14:00:00Z');
    expect(await say(phone, 'i only have 25 minutes today')).toMatch(/^Today, 25 min: 5 min easy, 15 min at tempo pace \(\d:\d\d\/mi\), 5 min easy instead of the planned [\d.]+ mi\./);
    expect(await say(phone, 'just 30 mins sunday')).toMatch(/^Sun Jan 31, 30 min: an easy run of about [\d.]+ mi \(\d:\d\d-\d:\d\d\/mi\) instead of the planned [\d.]+ mi\. The long run can wait for next week/);
  });
});

describe('a hybrid onboarding', () => {
  /** Jo's answers up to the summary: runs Tue Thu Sun, so Mon Wed Fri Sat are free. */
  async function toSummary(phone: string, first: string): Promise<string> {
    let reply = await say(phone, first);
    for (const answer of ['april 18', 'none', 'none', '3 years', 'an hour', 'full gym', 'no injuries']) {
      if (/Reply YES/.test(reply)) break;
      reply = await say(phone, answer);
    }
    return reply;
  }

  it('"I lift 3x a week" gets three lifting days on the days the runs leave free, spread out', async () => {
    const phone = nyPhone();
    const summary = await toSummary(phone, 'hey im jo, want to run a half in april and keep getting stronger. I lift 3x a week, run about 15 mi a week, tue thu sun runs');
    expect(summary).toMatch(/with lifting on Mon, Wed, Fri \(the days without runs\)/);
    // Four would leave no rest day: three, and the summary says why.
    expect(await say(phone, 'lift 4x a week')).toMatch(/with lifting on Mon, Wed, Fri \(the days without runs; 4 would leave you no rest day\)/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Jo!/);
    expect(await say(phone, 'this week')).toMatch(/Wed 11\/25: [^\n]*(Full body|Upper|Lower|Push|Pull)/);
  });

  it('"what pace for tomorrow?" on the eve of a lifting or rest day says what tomorrow is and gives the next run\'s paces', async () => {
    const phone = nyPhone();
    await toSummary(phone, 'hey im jo, want to run a half in april and keep getting stronger. I lift 3x a week, run about 15 mi a week, tue thu sun runs');
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Jo!/);
    at('2026-11-24T14:00:00Z'); // Tuesday: Wednesday is a lifting day, Thursday a run
    const lifting = await say(phone, 'what pace for tomorrow?');
    expect(lifting).toMatch(/^Tomorrow \(Wed 11\/25\) is a lifting day \([^)]+\): no run, so no pace to hit\. Your next run is Thu 11\/26: [^.]+\. .*\d:\d\d\/mi/);
    at('2026-11-27T14:00:00Z'); // Friday: Saturday is a rest day, Sunday the long run
    expect(await say(phone, 'what pace for tomorrow?')).toMatch(/^Tomorrow \(Sat 11\/28\) is a rest day: no pace to hit\. Your next run is Sun 11\/29: Long run\. .*Main: [\d.]+ mi/);
  });

  /** Answers by the question asked, so a paragraph that already said some of them skips those. */
  async function answerToSummary(phone: string, first: string): Promise<string> {
    const answers: ReadonlyArray<readonly [RegExp, string]> = [
      [/Goal time/i, 'none'],
      [/recent race/i, 'none'],
      [/How long have you trained/i, '4 years'],
      [/How long|minutes/i, 'an hour'],
      [/equipment|gym/i, 'full gym'],
      [/injur/i, 'no injuries'],
      [/maxes|hard set/i, 'skip'],
    ];
    let reply = await say(phone, first);
    for (let i = 0; i < 10 && !/Reply YES/.test(reply); i++) {
      const a = answers.find(([q]) => q.test(reply));
      if (!a) throw new Error(`no answer for: ${reply}`);
      reply = await say(phone, a[1]);
    }
    return reply;
  }

  it('a lifter whose priority is strength, training Mon-Fri with a 10k, lifts 2 of the 5 days and runs the other 3', async () => {
    const phone = nyPhone();
    const summary = await answerToSummary(
      phone,
      "hey, I'm Sam. Strength is my priority - I've been lifting about 4 years and want my squat and deadlift up - but I also run and signed up for a 10k on april 18. I run about 12 miles a week now. I can train 5 days, mon through fri",
    );
    expect(summary).toMatch(/You're training for a 10K on Apr 18, 2027 to finish strong, with lifting first to get stronger\./);
    expect(summary).toMatch(/You can train 5 days a week \(Mon, Tue, Wed, Thu, Fri\)/);
    // Why 2 lifts and not 3: said.
    expect(summary).toMatch(/strength first: lifting on Tue, Fri, runs on Mon, Wed, Thu \(3 lifts would leave 2 runs; a race plan needs 3\)\./);
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Sam!/);
    const week = await say(phone, 'this week');
    expect(week).toMatch(/Tue 11\/24: Full body A - back squat & bench press \(heavy\)/);
    expect(week).toMatch(/Fri 11\/27: Full body B - deadlift & overhead press/);
    expect(week.match(/run/gi)?.length).toBeGreaterThanOrEqual(3);
  });

  it('a runner who lifts on the side, training Mon-Fri, keeps the runs on all 5 days', async () => {
    const phone = nyPhone();
    const summary = await answerToSummary(phone, "hey, I'm Pat. Training for a 10k on april 18 is my main focus, with some lifting on the side. I run about 12 miles a week, mon through fri");
    expect(summary).toMatch(/to finish strong, and lifting on the side\./);
    expect(summary).toMatch(/with lifting on Sat \(the days without runs\)/);
  });
});

describe('a runner\'s ache', () => {
  it.each(['my knee is sore', 'hip is achy after yesterday'])('"%s" (an ache, no red flag) is 3 days off runs with a check-in, not a week', async (text) => {
    const phone = await onboarded(RUNNER_ANSWERS); // runs Mon Wed Fri Sun; today Monday 11/23
    const reply = await say(phone, text);
    // Mon, Tue, Wed: the check-in is Thursday.
    expect(reply).toMatch(/no runs through Wed/);
    expect(reply).toMatch(/It sounds mild, so it's 3 days, not a week: text me on Thu Nov 26 how it feels \("(knee is|hips are) fine now" brings it all back/);
    expect(await say(phone, 'friday')).toMatch(/Total [\d.]+ mi/);
  });

  it.each(['should i still run friday?', 'can i still run on friday?'])('"%s" after an ache with a Thursday check-in: Friday as planned, if the knee is fine by then', async (text) => {
    const phone = await onboarded(RUNNER_ANSWERS); // today Monday 11/23: no runs Mon-Wed, check-in Thursday
    await say(phone, 'my knee is sore');
    const reply = await say(phone, text);
    expect(reply).toMatch(/^If your knee feels fine by Thu Nov 26 \(your check-in\), yes - as planned below\. If it still hurts then, text me "knee still sore"/);
    expect(reply).toMatch(/Total [\d.]+ mi/);
    // Asked with no ache on file, the day is just the day.
    const other = await onboarded(RUNNER_ANSWERS);
    expect(await say(other, text)).not.toMatch(/check-in/);
  });

  it('a few days off for an ache do not cost the week\'s long run: it comes back easy and shorter, not as rest', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Sunday 11/29: a long run
    const before = Number(/Sun 11\/29: Long run \(heavy\) ([\d.]+) mi/.exec(await say(phone, 'this week'))![1]);
    // Said without "kinda" (which eases the runs instead, runner18), the ache takes them.
    expect(await say(phone, 'my hip is achy')).toMatch(/no runs through Wed/);
    const sunday = await say(phone, 'sunday');
    expect(sunday).toMatch(/First long run back: easy, [\d:]+\/mi or slower, and shorter than planned\. Stop if it hurts\./);
    const after = Number(/Total ([\d.]+) mi/.exec(sunday)![1]);
    // About 70 % of it, inside the easy range.
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });

  it('limping is a red flag: a week off runs and a physio', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'my knee is sore and im limping a bit');
    expect(reply).toMatch(/What you describe \(limping\) is a reason to get it checked by a doctor or physio/);
    expect(reply).toMatch(/no runs through Sun/);
    expect(reply).not.toMatch(/sounds mild/);
  });

  it('"knee feels fine" after the ache is read as better', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    await say(phone, 'my knee is sore');
    expect(await say(phone, 'knee feels fine')).toMatch(/^Good news\. What loads your knee is back in your plan from tomorrow/);
  });
});

describe('a runner travelling', () => {
  it('"treadmill only thu-sat" to a runner with no lifting is about the runs on the treadmill, not barbell lifts', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'traveling this week, treadmill only thu-sat');
    expect(reply).toBe('Noted your travel: Thu Nov 26 to Sat Nov 28, with a treadmill. On those days your runs stay as planned on the treadmill: set a 1% incline and run by effort.');
  });

  it('"no treadmill" is not a treadmill', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'hotel next week, no treadmill');
    expect(reply).not.toMatch(/treadmill|barbell/);
    expect(reply).toMatch(/your runs go with you/);
  });
});

describe('a runner\'s questions', () => {
  it.each([
    ["can I swap today's run for a bike ride?", /^Now and then, yes: ride \(or elliptical, swim\) for about the run's time plus a quarter/],
    ['should I do back to back long runs?', /^Back-to-back long runs .* are an ultra tool/],
    ['can i do my long run on trails?', /^Yes - run trails and hills by effort and time, not pace/],
  ])('"%s" gets a runner\'s answer', async (text, answer) => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, text)).toMatch(answer);
  });

  it('"can I still lift?" after shin splints: train what does not hurt them', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'I think I have shin splints')).toMatch(/no runs through Sun/);
    expect(await say(phone, 'can I still lift?')).toMatch(/^Yes - train what doesn't hurt it: bike, swim, elliptical or pool running/);
  });
});

describe('pace questions from a runner', () => {
  // Ida: a 24:00 5K, VDOT 40.2, in her base weeks (no quality sessions yet).
  it('"whats my easy pace?" gets her easy range, "my paces" every zone, and "what is tempo pace" the same tempo number', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'whats my easy pace?')).toBe("Easy runs: 9:48-10:47/mi, from your VDOT of 40.2. Conversational: if you can't talk in full sentences, slow down. Slower is fine; faster is not the point.");
    expect(await say(phone, 'what are my paces')).toBe(
      'Your paces (VDOT 40.2): easy and long runs 9:48-10:47/mi, marathon 8:43/mi, tempo 8:10/mi, intervals 7:22/mi, strides 6:58/mi. Most of your running is at the easy pace.',
    );
    expect(await say(phone, "what's my tempo pace")).toMatch(/^Tempo \/ threshold pace: 8:10\/mi, comfortably hard/);
    expect(await say(phone, 'what is tempo pace?')).toMatch(/ Yours: 8:10\/mi \(VDOT 40\.2\)\.$/);
    expect(await say(phone, 'what is easy pace?')).toMatch(/^Easy pace is conversational.* Yours: 9:48-10:47\/mi \(VDOT 40\.2\)\.$/);
  });

  it('"what pace for tomorrow?" / "today?" / "the long run?" get that session\'s paces, not the easy range', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    at('2027-01-27T14:00:00Z'); // Wednesday of week 10: Thursday is intervals
    const tomorrow = await say(phone, 'what pace for tomorrow?');
    expect(tomorrow).toMatch(/^Tomorrow \(Thu 1\/28\): [^.]+\. .*Main: \d x [\d.]+ mi @ \d:\d\d\/mi/);
    expect(tomorrow).toMatch(/Easy parts at \d:\d\d-\d:\d\d\/mi, conversational\.$/);
    expect(await say(phone, 'what pace today?')).toMatch(/^Today is a rest day: no pace to hit\./);
    expect(await say(phone, 'what pace for the long run?')).toMatch(/^Sun 1\/31: Long run\. .*Main: [\d.]+ mi/);
    // Long runs in general still get the range.
    expect(await say(phone, 'what pace for long runs?')).toMatch(/^Long runs: \d:\d\d-\d:\d\d\/mi/);
  });
});

describe('a runner\'s news: a cancelled race, a move to the same clock, a long run missed before the plan began', () => {
  it('"race got cancelled" keeps the plan and says how to re-aim it (was "Sorry, I didn\'t get that")', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    const reply = await say(phone, 'race got cancelled');
    expect(reply).toMatch(/^Sorry - that's rough after the training you've put in\. None of it is lost: your plan keeps building toward Sat Feb 20 for now\./);
    expect(reply).toMatch(/Text "race is now <date>" \(e\.g\. "race is now [a-z]{3} \d+"\) and I'll re-aim the plan at it, or "new plan"/);
    expect(await say(phone, 'they cancelled the marathon')).toMatch(/^Sorry - that's rough/);
  });

  it('"moving to new york next week" on Eastern time already says nothing changes (was "texts stay on Eastern until then")', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    expect(await say(phone, 'moving to new york next week')).toMatch(/^Good luck with the move! You're already on Eastern time \(America\/New_York\), so nothing changes: your text still comes at 7:00am\./);
  });

  it('"missed my long run, do it tomorrow?" on the plan\'s first day: no long run of the plan was missed', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    const reply = await say(phone, 'missed my long run, do it tomorrow?');
    expect(reply).toMatch(/^Your plan started Mon Nov 23, so no long run of it was missed - nothing to make up\./);
  });
});

describe('the time a runner has for a run', () => {
  it('"90 min per run" for a 5K is kept and said: every run fits it', async () => {
    const phone = nyPhone();
    const summary = await say(phone, `${SUB_20}, 90 min per run`);
    expect(summary).toMatch(/You can train 4 days a week \(Tue, Thu, Sat, Sun\), up to 90 min a run\./);
    expect(summary).toMatch(/; every run fits your 90 min, the long run included\./);
  });

  it('"60 min per run" for a marathon caps every run, the long run too, and says the plan cannot build its long runs', async () => {
    const phone = nyPhone();
    const summary = await say(phone, 'im alex, marathon on may 2, no goal time, ran a 1:45 half last month, 30 mpw, 3 years running, tue thu sat sun, 60 min per run, no injuries, New York');
    const cap = /; your 60 min a run caps every run at about ([\d.]+) mi, the long run too, so the plan can't build a marathon's long runs \(about \d:\d\d\): text '\d+ min per run' if you have more time\./.exec(summary);
    expect(cap).not.toBeNull();
    expect(await say(phone, 'yes')).toMatch(/^Let's go/);
    // Weeks into the build: no run of the week is longer than the cap.
    at('2027-02-15T14:00:00Z');
    const week = await say(phone, 'this week');
    const runs = [...week.matchAll(/: [^\n]*?([\d.]+) mi/g)].map((m) => Number(m[1]));
    expect(runs.length).toBeGreaterThan(2);
    expect(Math.max(...runs)).toBeLessThanOrEqual(Number(cap![1]));
  });
});

describe('a mile race', () => {
  it('a miler\'s week has repetitions at R pace (fast short reps, full recovery), not a 5K\'s tempo runs', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, 'im kim, mile race on feb 20, goal sub 5:20, 1500 pb is 4:52, 25 mpw, 3 years running, tue thu sat sun, no injuries, New York');
    at('2027-02-01T14:00:00Z'); // a peak week
    const week = await say(phone, 'this week');
    expect(week).toMatch(/: Repetitions \(heavy\)/);
    expect(week).not.toMatch(/Tempo run/);
    const day = /(\w{3}) \d+\/\d+: Repetitions/.exec(week)![1]!;
    const reps = await say(phone, day.toLowerCase());
    expect(reps).toMatch(/Main: \d+ x 0\.25 mi @ \d:\d\d\/mi, 0\.25 mi jog/);
  });
});

describe('a tune-up race asked about', () => {
  it('"can I race a 5k this weekend as a tune-up?" is a yes that says what it replaces; 6 days before the race it is a no', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20); // 5K on Feb 20; runs tue thu sat sun, the long run Sunday
    const weekend = await say(phone, 'can I race a 5k this weekend as a tune-up?');
    expect(weekend).toMatch(/^Yes, a 5K fits: \d+ days out from your 5K \(Week 1 of \d+, base\)\. Race it Sun 11\/29 in place of the long run: the race is that day's hard effort\./);
    expect(weekend).toMatch(/Log the time after/);
    expect(weekend).not.toMatch(/Your week/);
    // Saturday's parkrun takes Saturday's run; Sunday's long run stays, eased.
    expect(await say(phone, 'ok if i jump in a parkrun saturday?')).toMatch(/^Yes, a 5K fits: .* Race it Sat 11\/28 in place of the easy run: the race is that day's hard effort\. Keep Sun's long run, but run it easy and shorter\./);
    expect(await say(phone, 'can i race a 10k on feb 14?')).toMatch(/^I'd skip racing it: that's 6 days before your 5K, in the taper\./);
  });

  it('a tune-up asked with knee pain just told checks the knee first; with the pain still in force on race day it is a no', async () => {
    const phone = nyPhone();
    await onboardInOneText(phone, SUB_20);
    expect(await say(phone, 'my knee hurts when I run')).toMatch(/Sorry about your knee/);
    const recent = await say(phone, 'can I race a 5k this weekend as a tune-up?');
    expect(recent).toMatch(/^First, your knee: your plan keeps runs off it through Tue 11\/24\. Race only if your runs after that are pain-free/);
    expect(recent).toMatch(/Yes, a 5K fits/);
    await say(phone, 'knee still hurts');
    const active = await say(phone, 'can I race a 5k this weekend as a tune-up?');
    expect(active).toMatch(/^Not yet: your knee still hurts \(since Mon 11\/23\)/);
    expect(active).toMatch(/text me "knee feels better"/);
    expect(active).not.toMatch(/Yes, a 5K fits/);
  });
});

describe('a first marathoner asks about the long run', () => {
  it('"whats my longest run gonna be" gets the plan\'s longest long run, its date and how it builds (not an exercise)', async () => {
    const phone = nyPhone();
    // 20 mi/week, a 24:00 5K (easy 9:48-10:47/mi): 3 hours of easy running is about 17 mi.
    await onboardBySms(phone, runner([[/which race|when is your|what distance/i, 'my first marathon, april 25'], [/which days/i, 'tue wed thu sat sun']]));
    expect(await say(phone, 'whats my longest run gonna be')).toBe(
      'Your longest run is 17 mi on Sun Apr 4, 3 weeks before race day. It builds there from 6.5 mi, 1-2 mi at a time with shorter cutback weeks, then the taper brings it down so you arrive fresh. That is about 3 hours at your easy pace: past it a run adds fatigue, not fitness.',
    );
  });
});

describe('soreness said beside a run log', () => {
  it('"ran 9 at 9:15, calves tight and hamstrings sore" after the Sunday long run logs it against the long run and notes both, without rewriting the run just done', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // mon wed fri sun: Sunday 11/29 is a 6.5 mi long run
    at('2026-11-29T20:00:00Z');
    const reply = await say(phone, 'ran 9 at 9:15, calves tight and hamstrings sore');
    expect(reply).toMatch(/^Logged today: run 9 mi at 9:15\/mi \(planned 6\.5 mi\)\. Long runs are easy pace/);
    expect(reply).toContain('Noted: hamstrings and calves sore.');
    expect(reply).not.toMatch(/today's long run is now|Today, updated/);
  });

  it('"with some calf tightness" after a run is stiffness noted with what to do, and the run is logged', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'ran 5 at 9:30 with some calf tightness');
    expect(reply).toMatch(/^Logged today: run 5 mi at 9:30\/mi/);
    expect(reply).toContain("Tight calves noted - that's stiffness, not pain, so we train it lighter, not skip it.");
    expect(reply).toContain('Keep your next run easy, and stop if your calves tighten up rather than loosening.');
  });
});

describe('several things in one text from a runner', () => {
  it('a log, a tight achilles and a pace question: the pace is answered even when the reply must be cut', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'ran 3, achilles felt tight the last mile. also whats an easy pace for me');
    expect(reply).toMatch(/^Logged today: run 3 mi/);
    expect(reply).toMatch(/Tight achilles noted/);
    // The pace answer is the client's question: it outranks the achilles warm-up detail when space runs out.
    expect(reply).toMatch(/easy/i);
    expect(reply).toMatch(/\d{1,2}:\d\d-\d{1,2}:\d\d\/mi/);
    expect(reply).toMatch(/^Easy runs: \d{1,2}:\d\d-\d{1,2}:\d\d\/mi, from your VDOT of \d+/m);
  });

  it('"can i do my long run saturday instead?" (the day bare, no "to") moves the long run', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // mon wed fri sun: the long run is Sunday 11/29
    const reply = await say(phone, 'can i do my long run saturday instead?');
    expect(reply).toMatch(/long run/i);
    expect(reply).toMatch(/Sat/);
    expect(reply).not.toMatch(/outside what I can answer/);
    // The move is said whole, for this week only, and the days themselves stay.
    expect(reply).toMatch(/^Moved Sunday's long run to Saturday, this week only\. Your training days stay Mon, Wed, Fri, Sun\./);
    expect(await say(phone, 'sat')).toMatch(/Long run/);
    expect(await say(phone, 'sun')).not.toMatch(/Long run/);
  });
});

describe('a runner travelling', () => {
  it('a trip to another zone with only a treadmill: the clock follows her AND the treadmill is said back', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'traveling to denver thurs-sun, only treadmill at the hotel');
    expect(reply).toMatch(/Thu Nov 26 to Sun Nov 29/);
    expect(reply).toMatch(/Mountain time/);
    expect(reply).toMatch(/treadmill: set a 1% incline/);
  });
});

describe('a race more than a year out', () => {
  it('the Valencia Marathon "next december" said in late November is next year\'s, and its 53-week plan starts on YES (it once broke: "something went wrong")', async () => {
    // Monday 2026-11-30: the Valencia Marathon is the first Sunday of December; this year's (Dec 6) is 6 days
    // away, so "next december" is 2027-12-05, 370 days out - past the 364 days the engine took then.
    at('2026-11-30T14:00:00Z');
    const phone = nyPhone();
    const first = await say(phone, "Hola! I'm Ana, I live in Madrid. Signed up for the Valencia marathon next december (first marathon!!). I run about 30km a week right now, did a half in 1:52 in october");
    expect(first).toMatch(/The Valencia Marathon 2027 is Sun Dec 5 - is that your race\?/);
    for (const text of ['i can run tuesday thursday saturday and sunday, long run on sunday. no gym stuff pls', 'no injuries', '7am', 'yes', 'none']) await say(phone, text);
    const summary = await say(phone, '3 years');
    expect(summary).toMatch(/53 weeks to race day/);
    expect(await say(phone, 'yes')).toMatch(/^Let's go, Ana!/);
    expect(await say(phone, "what's tomorrow")).toMatch(/Week 1 of 53/);
  });
});

describe('how a run felt, said about the session', () => {
  it('"tempo felt awful" logs the day as done and answers the feeling (was "Sorry, I didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Monday is a run day
    const reply = await say(phone, 'tempo felt awful');
    expect(reply).not.toMatch(/didn't get that/);
    expect(reply).toMatch(/^Logged today: .* done\./);
    expect(reply).toMatch(/Sorry that one was a grind\..*keep your next session easy/);
    expect(await say(phone, "what's today")).toMatch(/^Already logged as done today/);
  });

  it('"long run felt great" and "felt rough on the intervals" are read the same way, each with its own line', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, 'long run felt great')).toMatch(/done\.[\s\S]*Good to hear - that is the training landing\./);
    const other = await onboarded(RUNNER_ANSWERS);
    expect(await say(other, 'felt rough on the intervals')).toMatch(/done\.[\s\S]*Sorry that one was a grind/);
  });
});

describe('a day without the text, and a break from a day ahead', () => {
  it('"don\'t text me tomorrow morning" keeps tomorrow\'s run (was read as time off: the run became a rest day)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS); // Mon/Wed/Fri/Sun
    at('2026-11-24T14:00:00Z'); // Tuesday: tomorrow is a run day
    const reply = await say(phone, "don't text me tomorrow morning");
    expect(reply).not.toMatch(/time off/);
    expect(reply).toMatch(/^I can't turn the text off for single days yet/);
    expect(await say(phone, 'wednesday')).toMatch(/Easy run/);
  });

  it('"I\'ll be off from the 10th, will let you know" is a break from the 10th (was "didn\'t get that")', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    expect(await say(phone, "I'll be off from the 10th, will let you know")).toMatch(/^Noted: time off Thu Dec 10 through Wed Dec 16 \(a week: text me if you need longer\)/);
  });
});

describe('several conditions in one text', () => {
  it('"i have asthma and type 1 diabetes" says both back (was the asthma only: the diabetes line was cut to fit)', async () => {
    const phone = await onboarded(RUNNER_ANSWERS);
    const reply = await say(phone, 'i have asthma and type 1 diabetes');
    expect(reply).toMatch(/Thanks for telling me about your asthma\./);
    expect(reply).toMatch(/Thanks for telling me about your type 1 diabetes\..*glucose/);
  });

  it('told at the injuries question in onboarding, both conditions are said back in the welcome (was the asthma only)', async () => {
    const phone = await onboarded({ ...RUNNER_ANSWERS, answers: [[/injur|which area/i, 'no injuries, I have asthma and type 1 diabetes'], ...RUNNER_ANSWERS.answers] });
    const reply = (await repliesTo(phone)).at(-1) ?? '';
    expect(reply).toMatch(/From what you told me along the way:/);
    expect(reply).toMatch(/about your asthma\./);
    expect(reply).toMatch(/about your type 1 diabetes\./);
  });
});
