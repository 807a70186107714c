/**
 * Runners' first texts as they write them: a goal said with "want to run", a marathon heard in its time, a race
 * already run beside the one ahead, a name late in a paragraph, the week run now after the week run before an
 * injury, and a best time sent to the goal question.
 */
import { describe, expect, it } from 'vitest';
import { startOnboarding, stepOnboarding, type OnboardingContext, type OnboardingState, type OnboardingTurn } from '../../src/conversation/onboarding/index.js';

/** Tuesday 2026-12-01, 10:00 in New York. */
const NOW = new Date('2026-12-01T15:00:00Z');

const ctx: OnboardingContext = {
  now: NOW,
  phone: '+12155550123',
  phoneTimezone: 'America/New_York',
  defaultTimezone: 'America/New_York',
  summarize: () => 'Your plan.',
};

function play(texts: string[]): OnboardingTurn {
  let last = startOnboarding(ctx, texts[0] ?? '', { units: 'imperial' });
  for (const text of texts.slice(1)) last = stepOnboarding(JSON.parse(JSON.stringify(last.state)) as OnboardingState, text, ctx);
  return last;
}

describe('onboarding runners', () => {
  // Aisha (Sydney): "hi! aisha, 34, sydney." - a lowercase name before her age was never taken, so every later answer
  // came back with "What's your name?".
  it('when a paragraph opens "hi! aisha, 34, sydney." the name is Aisha and the race month is asked next', () => {
    const last = play(['hi! aisha, 34, sydney. training for my first half, the sydney half in may. i run 3x a week about 25km total, did a 5k parkrun in 27:45 last sat. would love to go sub 2:10']);
    expect(last.state.answers.name).toBe('Aisha');
    expect(last.reply).toMatch(/^Hi Aisha!/);
    expect(last.reply).toMatch(/Which day in May 2027\?/);
  });

  // Megan (Denver): her half's 2:05 was taken as the marathon goal ("goal is just to finish ... maybe sub 4:45?" read
  // the soft goal from the whole text, so the first time in it won), and "done 2 halfs, last one was 2:05" was no result.
  it('when a paragraph gives a past half time before a soft marathon goal, the half is the recent race and 4:45 the goal', () => {
    const last = play(["Hey! Megan here. I signed up for the Denver Colfax marathon in May, its my first full. Ive done 2 halfs, last one was 2:05 in september. running about 20 miles a week right now, 4 days. goal is just to finish without dying lol maybe sub 4:45?"]);
    expect(last.state.answers.race?.goalTime).toBe('4:45:00');
    expect(last.state.answers.race?.recentRace).toEqual({ distance: 'half', time: '2:05:00' });
    expect(last.reply).toMatch(/a marathon with a goal of 4:45\./);
    expect(last.reply).toMatch(/Your recent half marathon was 2:05:00\./);
  });

  // Deb: a turkey trot is run on Thanksgiving (the 4th Thursday of November); "maybe 3 days?" is a count, not a race
  // day three days out (was "Dec 4 is only 3 days away"); "weekday mornings, sat is fine too" is where the 3 days may
  // go (was 6 days); a daily dog walk is no training day (was 7 days).
  it('when Deb signs up for a turkey trot next november, walks her dog daily and can do "maybe 3 days", the race is Thanksgiving and 3 of her days', () => {
    const first = play(['hi there! im deb, 44, never run in my life but signed up for a turkey trot 5k next november lol. can you help?']);
    expect(first.reply).toMatch(/The Turkey Trot 2027 is Thu Nov 25 - is that your race\?/);
    const walks = play(['hi there! im deb, 44, never run in my life but signed up for a turkey trot 5k next november lol. can you help?', 'yes', 'i walk my dog every day about 30 min']);
    expect(walks.state.answers.trainingDays).toBeUndefined();
    const last = play(['hi there! im deb, 44, never run in my life but signed up for a turkey trot 5k next november lol. can you help?', 'yes', 'maybe 3 days? weekday mornings before work, sat is fine too']);
    expect(last.state.answers.race?.date).toBe('2027-11-25');
    expect(last.state.answers.trainingDays).toHaveLength(3);
    expect(last.state.answers.trainingDays).toContain(6);
    expect(last.reply).not.toMatch(/only 3 days away/);
  });

  // Dev: "end of march" is the month's last Sunday, proposed for a yes (was "Which day in March 2027?" again and again
  // while he had no date to give); "an 8K", and no "to finish strong" before the goal time is asked.
  it.each([
    ['training for the shamrock shuffle 8k in chicago end of march', 'Sun Mar 28, the last Sunday of March', '2027-03-28'],
    ['half marathon in early april', 'Sun Apr 4, the first Sunday of April', '2027-04-04'],
    ['doing a 10k mid may', 'Sun May 16, the third Sunday of May', '2027-05-16'],
  ])('when the race is "%s", that part of the month\'s Sunday is proposed and a yes takes it', (text, said, date) => {
    const asked = play([`yo im dev. ${text}`]);
    expect(asked.reply).toContain(`I'd plan for ${said} - YES, or the date if you know it`);
    expect(play([`yo im dev. ${text}`, 'yes']).state.answers.race?.date).toBe(date);
    expect(play([`yo im dev. ${text}`, 'the 21st']).state.answers.race?.date).toBe(`${date.slice(0, 8)}21`);
  });

  it('"running like 3x a week, ~15 miles. can do tue thu sat sun": the count is what he runs now, so the four days he can do are his days (was Tue, Thu, Sat: Sunday dropped)', () => {
    const last = play(['yo im dev, 8k on march 28', 'running like 3x a week, ~15 miles. can do tue thu sat sun']);
    expect(last.state.answers.trainingDays).toEqual([2, 4, 6, 7]);
    // A count said as a wish still picks among the days named.
    expect(play(['yo im dev, 8k on march 28', 'maybe 3 days? weekday mornings, sat is fine too']).state.answers.trainingDays).toHaveLength(3);
  });

  it('an 8K with no goal time asked yet is said as "an 8K race", with no "to finish strong" before the question', () => {
    const last = play(['yo im dev. training for an 8k on march 28']);
    expect(last.reply).toMatch(/You're training for an 8K race on Mar 28, 2027\. Goal time for the 8K race\?/);
  });

  it('"I want to run a 10k in under 50 minutes" sets the goal time at once (was asked for again)', () => {
    const last = play(["Hallo! I'm Katrin, I live in Berlin. I want to run a 10k in under 50 minutes, the race is on March 22"]);
    expect(last.state.answers.race?.goalTime).toBe('0:50:00');
    expect(last.reply).toMatch(/goal of 50:00/);
    expect(last.reply).not.toMatch(/Goal time for/);
  });

  it('a miler: "goal sub 5 mile" is the goal and "1500 pb is 4:52 and my mile is 5:15" the recent race, said as runners say times', () => {
    const last = play(['im kim, mile race on feb 20, goal sub 5 mile, 1500 pb is 4:52 and my mile is 5:15']);
    expect(last.state.answers.race).toMatchObject({ distance: 'custom', customDistanceKm: 1.61, goalTime: '0:05:00', recentRace: { distance: 'custom', customDistanceKm: 1.5, time: '0:04:52' } });
    expect(last.reply).toMatch(/training for a mile on Feb 20, 2027 with a goal of 5:00\. Your recent 1500m was 4:52\./);
  });

  it('"ran a 3:40 last year" with no distance is a recent marathon (the time names it), and sets no goal', () => {
    const last = play(["Hi, I'm Sam. Want to run a half marathon on April 26. ran a 3:40 last year"]);
    expect(last.state.answers.race?.recentRace).toEqual({ distance: 'marathon', time: '3:40:00' });
    expect(last.state.answers.race?.distance).toBe('half');
    expect(last.reply).toMatch(/recent marathon was 3:40:00/);
  });

  it('"my pb is 22:10" with no distance is a 5K result; a 1:48 (a half or a fast marathon) is not guessed', () => {
    expect(play(["Hi I'm Al, 10k on march 3, 15 mi a week. my pb is 22:10"]).state.answers.race?.recentRace).toEqual({ distance: '5k', time: '0:22:10' });
    expect(play(["Hi I'm Al, marathon on may 3, 15 mi a week. ran a 1:48 in june"]).state.answers.race?.recentRace).toBeUndefined();
  });

  // Marcus: a 46:50 at a turkey trot could be a 10K or a slow 5K; it was dropped in silence and the generic race question
  // came again, then "yes" was "I didn't catch the time". The time is kept and its distance asked.
  it('"ran 46:50 at a turkey trot last week" keeps the time and asks its distance; "10k" then makes it the recent race', () => {
    const first = 'hey. marcus here, seattle. trying to break 45 in the 10k this spring, theres a race april 19th';
    const told = play([first, 'ran 46:50 at a turkey trot last week, about 25-30 miles a week right now, been running 4 years']);
    expect(told.reply).toMatch(/What distance was your 46:50\?/);
    expect(told.state.answers.race?.weeklyMileage).toBe(27.5);
    const answered = play([first, 'ran 46:50 at a turkey trot last week, about 25-30 miles a week right now, been running 4 years', '10k']);
    expect(answered.state.answers.race?.recentRace).toEqual({ distance: '10k', time: '0:46:50' });
    expect(answered.state.answers.race?.pendingResult).toBeUndefined();
    // A marathoner's "10k" is the turkey trot's distance: the race ahead stays the marathon.
    const marathoner = play(['hi! sam here from seattle, doing the chicago marathon oct 10, want sub 4. ran 56:10 at a turkey trot last week, about 20 miles a week', '10k']);
    expect(marathoner.state.answers.race?.distance).toBe('marathon');
    expect(marathoner.state.answers.race?.recentRace).toEqual({ distance: '10k', time: '0:56:10' });
    const none = play([first, 'ran 46:50 at a turkey trot last week', 'not sure honestly, none']);
    expect(none.state.answers.race?.recentRace).toBeNull();
  });

  it('"mon wed thu sat sun. long run sundays" keeps the long run on Sunday for the plan, told with the days or after them', () => {
    const first = 'hey. marcus here, seattle. trying to break 45 in the 10k this spring, theres a race april 19th';
    const withDays = play([first, 'i can run 5 days, mon wed thu sat sun. long run sundays. gym membership too if that matters']);
    expect(withDays.state.answers.trainingDays).toEqual([1, 3, 4, 6, 7]);
    expect(withDays.state.answers.race?.longRunDay).toBe(7);
    const after = play([first, 'i can run 5 days, mon wed thu sat sun', 'oh and long runs on sunday if possible']);
    expect(after.state.answers.race?.longRunDay).toBe(7);
    // A day that is not one of the training days is not kept (the days were not changed by it).
    const notADay = play([first, 'i can run mon wed fri, long runs on sunday']);
    expect(notADay.state.answers.trainingDays).toEqual([1, 3, 5]);
    expect(notADay.state.answers.race?.longRunDay).toBeUndefined();
  });

  // onboard10 found it: "Chicago marathon Oct 11" was taken as Mon Oct 11 2027; the race is Sun Oct 10.
  it('"the chicago marathon oct 11" proposes the race\'s own Sunday (Oct 10, 2027); YES takes it, the day said again stands', () => {
    const first = 'hi im jo, doing the chicago marathon oct 11';
    const asked = play([first]);
    expect(asked.reply).toMatch(/The Chicago Marathon 2027 is Sun Oct 10 - is that your race\?/);
    expect(asked.state.answers.race?.date).toBeUndefined();
    expect(play([first, 'yes']).state.answers.race?.date).toBe('2027-10-10');
    expect(play([first, 'no its oct 11']).state.answers.race?.date).toBe('2027-10-11');
    // The race's own day said is taken at once.
    expect(play(['hi im jo, doing the chicago marathon oct 10 2027']).state.answers.race?.date).toBe('2027-10-10');
  });

  it('"what pace should my tempo runs be" mid-onboarding is answered about tempo, not what easy means', () => {
    const last = play(['hey. marcus here, seattle. trying to break 45 in the 10k this spring, theres a race april 19th', 'what pace should my tempo runs be']);
    expect(last.reply).toMatch(/^Tempo is comfortably hard/);
    expect(last.reply).toMatch(/A recent race result helps me set your paces/);
  });

  it('a first marathoner\'s paragraph keeps the marathon when a half already run is told ("I did a half in the spring, it took me 2:14:50"), takes that half as the recent race, and finds "My name is Dana" after "it\'s the Philly marathon"', () => {
    const last = play([
      "Hi there! So I signed up for my first marathon, it's the Philly marathon on November 22nd next year which feels crazy far away but also terrifying. My name is Dana. I currently run maybe 15 miles a week, three or four runs. Is that enough to start?",
      "I've only been running for about a year. I did a half in the spring, it took me 2:14:50. I can run mon wed fri and sat, and saturdays are best for long runs",
    ]);
    expect(last.state.answers.name).toBe('Dana');
    expect(last.state.answers.race?.distance).toBe('marathon');
    expect(last.state.answers.race?.date).toBe('2027-11-22');
    expect(last.state.answers.race?.recentRace).toEqual({ distance: 'half', time: '2:14:50' });
  });

  it.each(['ran 8k in 48 min this morning', 'did 5 miles in 45 min yesterday', 'easy 8k on the treadmill in 50 min', 'did 12 km in 68 min, felt good'])(
    'a training run mid-onboarding ("%s") does not replace the 10K race result already given',
    (run) => {
      const last = play(["hi I'm Dana, training for a half marathon on April 12", 'I ran a 10K in 52:30 last month', run]);
      expect(last.state.answers.race?.recentRace).toEqual({ distance: '10k', time: '0:52:30' });
      expect(last.reply).not.toMatch(/recent 8K race|recent .* was 4[58]:00/);
    },
  );

  it('"ran 5.2 mi 47:30 felt meh" mid-onboarding is a run, not a recent 8.4K race: the 10K pb and "never raced" stand', () => {
    expect(play(["Hi I'm Gerald, 61, want to run a 10k on April 25. 10k pb 52:10 two years ago", 'ran 5.2 mi 47:30 felt meh']).state.answers.race?.recentRace).toEqual({ distance: '10k', time: '0:52:10' });
    const never = play(["hey! I'm Aisha, first ever half marathon on March 28. never raced", 'ran 5.2 mi 47:30 felt meh']);
    expect(never.state.answers.race?.recentRace).toBeNull();
    expect(never.reply).not.toMatch(/8\.4K race/);
  });

  it('a training run told before any race result is not taken as one; a race said so still is', () => {
    expect(play(["hi I'm Dana, training for a half marathon on April 12", 'ran 8k in 48 min this morning']).state.answers.race?.recentRace).toBeUndefined();
    expect(play(["hi I'm Dana, training for a half marathon on April 12", 'raced a parkrun this morning in 24:10']).state.answers.race?.recentRace).toEqual({ distance: '5k', time: '0:24:10' });
  });

  it('"moving to Denver next week" mid-onboarding is a move ahead: wished luck, the time zone kept, not "move any day\'s workout"', () => {
    const last = play(["Hi, Tomas here. Training for a 50K trail ultra on June 13. About 35 miles a week, 5 days: mon tue thu sat sun", 'none', 'moving to Denver next week']);
    expect(last.reply).toMatch(/^Good luck with the move! Your texts keep this time zone for now/);
    expect(last.reply).not.toMatch(/move any day's workout/);
    expect(last.state.answers.timezone).not.toBe('America/Denver');
    expect(last.state.answers.trainingDays).toEqual([1, 2, 4, 6, 7]);
  });

  it('"I have 60 min per run" is kept as the runner\'s time a run and said back; "2 hours on weekdays, 5 on weekends" is not one cap', () => {
    const last = play(['hi im Leo, training for a marathon on May 2, 30 miles a week, tue thu sat sun, I have 60 min per run, no injuries']);
    expect(last.state.answers.runMinutes).toBe(60);
    expect(last.reply).toMatch(/You can train 4 days a week \(Tue, Thu, Sat, Sun\), up to 60 min a run\./);
    expect(play(['Hey, Marco here. Training for a 50K trail ultra on May 30. I run 40 miles a week, 5 days', 'I can do up to 2 hours on weekdays, 5 on weekends']).state.answers.runMinutes).toBeUndefined();
  });

  it('"before the injury I was running 25 mi a week, now maybe 10" plans from the 10 run now', () => {
    const last = play(["Hi I'm Greg, 55, training for a half on April 12", 'before the injury I was running 25 mi a week, now maybe 10']);
    expect(last.state.answers.race?.weeklyMileage).toBe(10);
    expect(play(["Hi I'm Greg, training for a half on April 12", 'I run 25 mi a week']).state.answers.race?.weeklyMileage).toBe(25);
  });

  // Was "I didn't catch a goal time" to a runner who said there is one: the time is asked for; a no is none.
  it.each(['yes', 'yeah i do', 'yep!'])('"%s" to the goal-time question asks what time they are aiming for, then takes the time', (yes) => {
    const asked = play(["Hi I'm Jess, training for a half on April 18", yes]);
    expect(asked.reply).toMatch(/^Great - what time are you aiming for in the half marathon\? e\.g\. 'sub 2'/);
    expect(asked.reply).not.toMatch(/didn't catch/);
    expect(asked.state.answers.race?.goalTime).toBeUndefined();
    expect(play(["Hi I'm Jess, training for a half on April 18", yes, '1:55']).state.answers.race?.goalTime).toBe('1:55:00');
  });

  it.each(['no', 'nah just finish', 'just finish', 'yes, just to finish'])('"%s" to the goal-time question is no goal time, and the next question comes', (no) => {
    const last = play(["Hi I'm Jess, training for a half on April 18", no]);
    expect(last.state.answers.race?.goalTime).toBeNull();
    expect(last.reply).toMatch(/recent race result/);
  });

  it('a best time sent to the goal question ("my pb is 1:48 but that was 3 years ago") is not stored as the goal', () => {
    const last = play(["Hi I'm Greg, training for a half on April 12, 10 mi a week", 'my pb is 1:48 but that was 3 years ago']);
    expect(last.state.answers.race?.goalTime).toBeUndefined();
    expect(last.reply).toMatch(/aiming for/);
  });

  it('an ultra runner\'s "up to 2 hours on weekdays, 5 on weekends" keeps his 5 days and is not read as a goal; the goal question gives a 50K\'s examples', () => {
    const first = "Hey, Marco here. Training for a 50K trail ultra on May 30. I run 40 miles a week, 5 days mon tue thu sat sun with long runs on saturday";
    expect(play([first]).reply).toMatch(/'sub 6' or '5:45:00'/);
    const last = play([first, 'I can do up to 2 hours on weekdays, 5 on weekends']);
    expect(last.state.answers.trainingDays).toEqual([1, 2, 4, 6, 7]);
    expect(last.state.answers.race?.goalTime).toBeUndefined();
    expect(last.reply).toMatch(/^Noted the time you have\. Goal time for the 50K race itself\?/);
  });
});
