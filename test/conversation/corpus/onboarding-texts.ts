/**
 * Onboarding texts with the slots each must fill: paragraphs, answers to a different question than the one
 * asked, corrections and negations. `asked` is the question the text answers (null for a first text);
 * `before` what was already known; `absent` slots the text must NOT fill.
 */
import { readAnswers, type OnboardingAnswers, type OnboardingContext, type SlotKey } from '../../../src/conversation/onboarding/index.js';

export interface OnboardingEntry {
  text: string;
  asked: SlotKey | 'confirm' | null;
  before?: OnboardingAnswers;
  expect: Record<string, unknown>;
  absent?: string[];
}

/** Thursday 2026-11-12, 10:00 in New York; a New York phone. */
export const CTX: OnboardingContext = {
  now: new Date('2026-11-12T15:00:00Z'),
  phone: '+12125550123',
  phoneTimezone: 'America/New_York',
  defaultTimezone: 'America/New_York',
  summarize: () => '',
};

export function readOnboardingEntry(e: OnboardingEntry): OnboardingAnswers {
  return readAnswers(e.text, { units: 'imperial', ...e.before }, CTX, e.asked).answers;
}

const lifter: OnboardingAnswers = { name: 'Sam', goal: 'strength', trainingAge: 'intermediate', trainingDays: [1, 3, 5], sessionMinutes: 60, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'bodyweight'], limitations: [] };
const runner: OnboardingAnswers = { name: 'Jo', goal: 'race', race: { distance: '5k', date: '2027-03-14' } };

export const ONBOARDING_CORPUS: OnboardingEntry[] = [
  { text: "Hi, I'm Priya! 😊 I want to build muscle, 4 days a week, about an hour, my gym has machines and dumbbells, no barbell squat rack, I'm in Chicago", asked: null, expect: { name: 'Priya', goal: 'hypertrophy', sessionMinutes: 60, timezone: 'America/Chicago', equipment: ['bench', 'dumbbell', 'machine', 'bodyweight'] } },
  { text: 'hey im marcus, trying to get stronger. 3 days a week, 45 min, full gym, bad left knee', asked: null, expect: { name: 'Marcus', goal: 'strength', trainingDays: [1, 3, 5], sessionMinutes: 45, limitations: ['knee'] } },
  { text: 'Hi! training for a half marathon on april 18, ran a 1:58 half last spring, goal sub 1:50, about 25 miles a week, I can run tue thu sat sun', asked: null, expect: { goal: 'race', race: { distance: 'half', date: '2027-04-18', goalTime: '1:50:00', recentRace: { distance: 'half', time: '1:58:00' }, weeklyMileage: 25 }, trainingDays: [2, 4, 6, 7] } },
  { text: "i'm dana. want to lose fat and tone up, home gym w dumbbells and bands, mon wed fri, 30 mins, no injuries", asked: null, expect: { name: 'Dana', goal: 'fat_loss', trainingDays: [1, 3, 5], sessionMinutes: 30, limitations: [] } },
  { text: "Name's Leo. Lifting plus a 10k on march 21. 2 years lifting.", asked: null, expect: { name: 'Leo', goal: 'hybrid', race: { distance: '10k', date: '2027-03-21' }, trainingAge: 'intermediate' } },
  { text: "hiya 👋 name's Ellie, total beginner, want to get fit and lose a bit of weight. can do 3x a week for 30 mins at home, I've got some dumbbells and a bench", asked: null, expect: { name: 'Ellie', goal: 'fat_loss', trainingAge: 'beginner', trainingDays: [1, 3, 5], sessionMinutes: 30, equipment: ['bench', 'dumbbell', 'bodyweight'] }, absent: ['lifts'] },
  { text: 'sounds good 👍', asked: 'maxes', before: lifter, expect: { lifts: null } },
  { text: 'hello', asked: null, expect: {}, absent: ['name', 'goal'] },
  // Said on Nov 12, 2026. A month without a day keeps the month (October 2027), a known race is named, no Oct 1 is made up.
  { text: 'Hi, Im Lena. training for the chicago marathon next october, did a half in 1:52 in september. running about 25 miles a week, 4 days, i can do 5 tops. long runs on saturday', asked: null, expect: { name: 'Lena', goal: 'race', race: { distance: 'marathon', event: 'chicago', month: '2027-10', recentRace: { distance: 'half', time: '1:52:00' }, weeklyMileage: 25 }, trainingDays: [2, 3, 5, 6] } },
  { text: 'hey, Marcus here. want to run my first marathon, aiming for one in september. i run 3 days a week, around 15 miles', asked: null, expect: { name: 'Marcus', goal: 'race', race: { distance: 'marathon', month: '2027-09' }, trainingDays: [2, 4, 6] } },
  // April 2027 starts on a Thursday: its second Sunday is the 11th. Said at the name question, it is still the race day.
  { text: 'its the 2nd sunday in april', asked: 'name', before: { goal: 'race', race: { distance: 'half' } }, expect: { race: { distance: 'half', date: '2027-04-11' } }, absent: ['name'] },
  { text: 'hi! Priya. training for a half marathon, running 18 mpw, tue thu sat', asked: null, expect: { name: 'Priya', goal: 'race', race: { distance: 'half', weeklyMileage: 18 }, trainingDays: [2, 4, 6] } },
  { text: 'bad calf from last year, and my IT band gets tight', asked: 'race_goal_time', before: runner, expect: { limitations: ['knee', 'ankle'], limitationAreas: ['IT band', 'calves'] } },
  // A known race's city is not where the client lives (the phone says New York; "chicago" names the race).
  { text: 'training for the chicago marathon', asked: null, expect: { goal: 'race', race: { distance: 'marathon', event: 'chicago' } }, absent: ['timezone'] },
  { text: 'hi im Tom, doing boston in april, 40 mpw', asked: null, expect: { name: 'Tom', goal: 'race', race: { distance: 'marathon', event: 'boston', month: '2027-04', weeklyMileage: 40 } }, absent: ['timezone'] },
  // Nov 12, 2026 + 10 months = September 2027; the day is asked, not counted.
  { text: 'my race is in 10 months, a half', asked: 'race_event', before: { name: 'Kai', goal: 'race' }, expect: { race: { distance: 'half', month: '2027-09' } } },
  { text: 'the 10th', asked: 'race_event', before: { name: 'Ana', goal: 'race', race: { distance: 'marathon', month: '2027-10' } }, expect: { race: { distance: 'marathon', date: '2027-10-10' } } },
  { text: 'oct 10', asked: 'race_event', before: { name: 'Ana', goal: 'race', race: { distance: 'marathon', month: '2027-10' } }, expect: { race: { distance: 'marathon', date: '2027-10-10' } } },
  // Chicago 2026 (Oct 11) is over by Nov 12: the proposal is the second Sunday of October 2027.
  { text: 'yes', asked: 'race_event', before: { name: 'Lena', goal: 'race', race: { distance: 'marathon', event: 'chicago' } }, expect: { race: { distance: 'marathon', date: '2027-10-10' } } },
  { text: 'training for the boston marathon', asked: null, expect: { goal: 'race', race: { distance: 'marathon', event: 'boston' } } },
  { text: 'the 2nd sunday in april', asked: 'race_event', before: { name: 'Ben', goal: 'race', race: { distance: 'half' } }, expect: { race: { distance: 'half', date: '2027-04-11' } } },
  { text: 'half marathon in may', asked: 'race_event', before: { name: 'Ben', goal: 'race' }, expect: { race: { distance: 'half', month: '2027-05' } } },
  { text: 'my shins are kinda achy after that run', asked: 'race_goal_time', before: runner, expect: { limitations: ['ankle'], limitationAreas: ['shins'] } },
  { text: 'ugh sick with a cold, no running till friday', asked: 'race_mileage', before: runner, expect: { race: { distance: '5k' } }, absent: ['trainingDays'] },
  { text: 'i have a wedding saturday, can i move my long run to sunday?', asked: 'days', before: runner, expect: {}, absent: ['trainingDays'] },
  { text: 'Priya lol', asked: 'name', expect: { name: 'Priya' } },
  // Lifting in a past stage of life, then a long break, is a fresh start (and told out of turn, it is kept).
  { text: 'i lifted in college but nothing for like 5 yrs', asked: 'name', expect: { trainingAge: 'beginner' }, absent: ['name'] },
  { text: 'lifted all through high school, havent touched a weight in 10 years', asked: 'experience', before: { name: 'Dana', goal: 'strength' }, expect: { trainingAge: 'beginner' } },
  { text: 'its Sam 🙂', asked: 'name', expect: { name: 'Sam' } },
  { text: 'call me DJ', asked: 'name', expect: { name: 'DJ' } },
  { text: 'build muscle', asked: 'goal', expect: { goal: 'hypertrophy' } },
  { text: 'a mix of lifting and a race', asked: 'goal', expect: { goal: 'hybrid' } },
  { text: 'half marathon on march 15', asked: 'experience', before: { name: 'Jo', goal: 'race' }, expect: { race: { distance: 'half', date: '2027-03-15' } }, absent: ['trainingAge'] },
  { text: 'about 20 miles a week', asked: 'experience', before: { name: 'Jo', goal: 'race' }, expect: { race: { weeklyMileage: 20 } }, absent: ['trainingAge'] },
  { text: '10k on march 14... ran a 27:30 5k... goal sub 55', asked: 'experience', before: { name: 'Jo', goal: 'race' }, expect: { race: { distance: '10k', date: '2027-03-14', goalTime: '0:55:00', recentRace: { distance: '5k', time: '0:27:30' } } } },
  { text: 'its a 10k not a 5k!', asked: 'race_goal_time', before: runner, expect: { race: { distance: '10k', date: '2027-03-14' } } },
  { text: 'actually 3 days', asked: 'confirm', before: lifter, expect: { trainingDays: [1, 3, 5] } },
  { text: 'actually 4 days', asked: 'confirm', before: lifter, expect: { trainingDays: [1, 2, 4, 5] } },
  { text: 'I meant Denver', asked: 'confirm', before: lifter, expect: { timezone: 'America/Denver' } },
  { text: 'no squat rack', asked: 'confirm', before: lifter, expect: { equipment: ['barbell', 'bench', 'dumbbell', 'bodyweight'] } },
  { text: 'no pull-up bar', asked: 'confirm', before: { ...lifter, equipment: ['barbell', 'rack', 'pullup_bar', 'bodyweight'] }, expect: { equipment: ['barbell', 'rack', 'bodyweight'] } },
  { text: 'no injuries', asked: 'limitations', before: lifter, expect: { limitations: [] } },
  { text: 'nope all good', asked: 'limitations', before: lifter, expect: { limitations: [] } },
  { text: 'lower back and a cranky shoulder', asked: 'limitations', before: lifter, expect: { limitations: ['lower_back', 'shoulder'] } },
  // A condition, not an injured area: the question is answered (nothing to spare) and the condition kept as a note.
  { text: 'i have asthma and type 1 diabetes', asked: 'limitations', before: lifter, expect: { limitations: [] } },
  { text: "i'm 20 weeks pregnant", asked: 'limitations', before: lifter, expect: { limitations: [] } },
  { text: '3 years', asked: 'experience', before: { name: 'Sam', goal: 'strength' }, expect: { trainingAge: 'intermediate' } },
  { text: 'new to this', asked: 'experience', before: { name: 'Sam', goal: 'strength' }, expect: { trainingAge: 'beginner' } },
  { text: '2 yrs, squat 185x5 bench 135x8', asked: 'experience', before: { name: 'Sam', goal: 'strength', units: 'imperial' }, expect: { trainingAge: 'intermediate', lifts: { recentSets: [{ exerciseId: 'back_squat', weight: 185, reps: 5 }, { exerciseId: 'bench_press', weight: 135, reps: 8 }] } } },
  { text: 'my maxes are squat 315 bench 225 dead 405', asked: 'maxes', before: lifter, expect: { lifts: { oneRepMaxes: { back_squat: 315, bench_press: 225, deadlift: 405 } } } },
  // A past half's time is the result, the soft goal after "just to finish" the goal (the first time in the text won).
  { text: 'Ive done 2 halfs, last one was 2:05 in september. goal is just to finish without dying lol maybe sub 4:45?', asked: null, before: { name: 'Megan', goal: 'race', units: 'imperial', race: { distance: 'marathon', date: '2027-05-16' } }, expect: { race: { distance: 'marathon', date: '2027-05-16', goalTime: '4:45:00', recentRace: { distance: 'half', time: '2:05:00' } } } },
  // A niggle that comes with bad form, said to be nothing serious: a note, nothing spared.
  { text: 'bit of a dodgy lower back if i round on deads but nothing serious', asked: 'limitations', before: lifter, expect: { limitations: [], bodyNotes: ['bit of a dodgy lower back if you round on deads, no injury'] } },
  // "for a few" is reps (about 3), never a max at 185.
  { text: 'squat maybe 185 for a few? bench like 205 for 3 last month', asked: 'maxes', before: lifter, expect: { lifts: { recentSets: [{ exerciseId: 'back_squat', weight: 185, reps: 3 }, { exerciseId: 'bench_press', weight: 205, reps: 3 }] } } },
  { text: 'skip', asked: 'maxes', before: lifter, expect: { lifts: null } },
  { text: 'mon wed fri, about an hour', asked: 'days', before: { name: 'Sam', goal: 'strength' }, expect: { trainingDays: [1, 3, 5], sessionMinutes: 60 } },
  { text: '4', asked: 'days', before: { name: 'Sam', goal: 'strength' }, expect: { trainingDays: [1, 2, 4, 5] } },
  { text: 'pacific', asked: 'timezone', before: lifter, expect: { timezone: 'America/Los_Angeles' } },
  { text: 'EST', asked: 'timezone', before: lifter, expect: { timezone: 'America/New_York' } },
  { text: 'Chicago', asked: 'timezone', before: lifter, expect: { timezone: 'America/Chicago' } },
  { text: 'London', asked: 'timezone', before: lifter, expect: { timezone: 'Europe/London' } },
  { text: 'send it at 6am', asked: 'confirm', before: lifter, expect: { morningTime: '06:00' } },
  { text: 'sub 25', asked: 'race_goal_time', before: runner, expect: { race: { goalTime: '0:25:00' } } },
  { text: '22:30 5k', asked: 'race_recent', before: runner, expect: { race: { recentRace: { distance: '5k', time: '0:22:30' } } } },
  { text: 'none', asked: 'race_recent', before: runner, expect: { race: { recentRace: null } } },
  { text: "hi!! Im Tom, want to run my first half marathon, its on april 11. never really raced but i jog about 12 miles a week, 3 days", asked: null, expect: { name: 'Tom', goal: 'race', race: { distance: 'half', recentRace: null } } },
  { text: 'just started this year', asked: 'race_recent', before: runner, expect: { race: { recentRace: null } } },
  { text: 'never', asked: 'race_recent', before: runner, expect: { race: { recentRace: null } } },
  { text: 'goal is now build muscle actually', asked: 'confirm', before: lifter, expect: { goal: 'hypertrophy' } },
  // Found by texting as a km runner (runner10): a race named by a city, then the city said again as home.
  { text: "hi I'm Lena, doing the Berlin marathon sep 26 2027, goal 3:30, ran a 10k in 48:00 in october, about 45 km a week, 4 years running, Berlin", asked: null, expect: { name: 'Lena', timezone: 'Europe/Berlin' } },
  { text: 'training for the boston marathon in april, 40 mpw, live in boston', asked: null, expect: { race: { event: 'boston' }, timezone: 'America/New_York' } },
  { text: 'chicago marathon in october, about 30 miles a week, Chicago', asked: null, expect: { race: { event: 'chicago' }, timezone: 'America/Chicago' } },
  { text: 'can i run 2 days in a row', asked: 'race_goal_time', before: runner, expect: {}, absent: ['trainingDays'] },
  // Found by texting as a client: a name alone as the first sentence, a sick text is not a name, minutes "on
  // weekdays" are not days, "lose some weight" is a goal (and so the rest of the paragraph is read too).
  { text: 'Priya. training for the chicago half on may 2, ran a 5k in 26:30 last month, running about 15 miles a week. can do mon wed fri sat, 45 min on weekdays. no injuries', asked: null, expect: { name: 'Priya', trainingDays: [1, 3, 5, 6] } },
  { text: 'im sick, fever, prob out till thursday', asked: 'name', expect: {}, absent: ['name'] },
  { text: 'Sam here, want to lose some weight and get fitter. total beginner. 3 days a week, 45 mins, i have dumbbells at home up to 30 lb', asked: null, expect: { name: 'Sam', goal: 'fat_loss', trainingDays: [1, 3, 5], sessionMinutes: 45 } },
  // Found by texting as a runner, a hybrid and a beginner (said on Nov 12, 2026): a season is its month, kept
  // until the day is named; a runner's lifting count is not their running days.
  { text: 'Hi im Maria, want to run a half marathon this spring, I run about 20 miles a week', asked: null, expect: { name: 'Maria', goal: 'race', race: { distance: 'half', month: '2027-04', season: 'this spring', weeklyMileage: 20 } } },
  { text: 'yo. im sam. want to do a 10k late summer and keep lifting 2x a week. run about 12 mi/wk', asked: null, expect: { name: 'Sam', goal: 'hybrid', race: { distance: '10k', month: '2027-08', weeklyMileage: 12 } }, absent: ['trainingDays'] },
  // Found texting as a hybrid runner: "lift 2x" in the same sentence as the running is lifting days, never "you can run 2 days".
  { text: 'i want to do both - keep lifting and run a 10k in april. i run like 12 miles a week and lift 2x', asked: 'goal', before: { name: 'Jess' }, expect: { goal: 'hybrid', liftDaysPerWeek: 2, race: { distance: '10k', weeklyMileage: 12 } }, absent: ['trainingDays'] },
  { text: 'i can run 4 days a week and lift 2x', asked: 'days', before: { name: 'Jess', goal: 'hybrid', race: { distance: '10k', date: '2027-04-18' } }, expect: { trainingDays: [2, 3, 5, 7], liftDaysPerWeek: 2 } },
  { text: 'marathon next fall', asked: 'race_event', before: { name: 'Ana', goal: 'race' }, expect: { race: { distance: 'marathon', month: '2027-10' } } },
  { text: 'early next summer probably', asked: 'race_event', before: { name: 'Ana', goal: 'race', race: { distance: '10k' } }, expect: { race: { distance: '10k', month: '2027-06' } } },
  { text: 'aug 21', asked: 'race_event', before: { name: 'Sam', goal: 'race', race: { distance: '10k', month: '2027-08', season: 'late summer' } }, expect: { race: { distance: '10k', date: '2027-08-21' } } },
  { text: 'sept 4 actually', asked: 'race_event', before: { name: 'Sam', goal: 'race', race: { distance: '10k', month: '2027-08', season: 'late summer' } }, expect: { race: { distance: '10k', date: '2027-09-04' } } },
  // Every text read for every slot: a short answer beside an aside, a slot named before the goal is known.
  { text: 'sam. oh and my knee is cranky', asked: 'name', expect: { name: 'Sam', limitations: ['knee'] } },
  { text: 'Dana! btw sessions can be 45 min max', asked: 'name', expect: { name: 'Dana', sessionMinutes: 45 } },
  { text: 'also I only have dumbbells at home', asked: 'name', expect: {}, absent: ['name'] },
  { text: 'oh and i only have 30 mins a session', asked: 'name', expect: { sessionMinutes: 30 }, absent: ['name'] },
  { text: "hi um i've never really worked out before. my doctor says i should lose some weight. i'm 45", asked: null, expect: { goal: 'fat_loss', trainingAge: 'beginner' }, absent: ['name'] },
  // Found texting as lifters (lifter-texts): goals in gym words, experience said with "lift", news that is not experience, a trip beside the days, kg maxes on a US number.
  { text: 'hey im mike, dad of 3, just want to get back in shape. i lifted in college but its been years', asked: null, expect: { name: 'Mike', goal: 'general_fitness' } },
  { text: 'yo bro im tyler 💪 want to get huge. 5 day split, been lifting 3 yrs. full gym, 75 min', asked: null, expect: { name: 'Tyler', goal: 'hypertrophy', trainingAge: 'intermediate', trainingDays: [1, 2, 3, 4, 5], sessionMinutes: 75 } },
  { text: 'wanna get ripped for summer, 4x a week', asked: null, expect: { goal: 'fat_loss', trainingDays: [1, 2, 4, 5] } },
  { text: 'trying to get into better shape after the holidays', asked: null, expect: { goal: 'general_fitness' } },
  // Two goals, in typos and slang: the first is the plan's, the second kept beside it.
  { text: 'get strnger n lose the gut', asked: null, expect: { goal: 'strength', alsoGoal: 'fat_loss' } },
  { text: 'build muscle and lean out a bit', asked: null, expect: { goal: 'hypertrophy', alsoGoal: 'fat_loss' } },
  { text: 'also wanna lose the gut', asked: 'confirm', before: lifter, expect: { goal: 'strength', alsoGoal: 'fat_loss' } },
  { text: 'get stronger', asked: null, expect: { goal: 'strength' }, absent: ['alsoGoal'] },
  // "weight" is no slip of "weights": the fat-loss goal stays; "a bunch of" bands is no bench.
  { text: 'i want to lose weight and get stronger', asked: 'goal', before: { name: 'Sam' }, expect: { goal: 'fat_loss' } },
  { text: 'a bunch of bands and a couple dumbbells', asked: 'equipment', before: { name: 'Sam', goal: 'strength' }, expect: { equipment: ['dumbbell', 'bands', 'bodyweight'] } },
  // Found texting as 6 a.m. clients (onboard11): a start said as when they train is no time for the text.
  { text: 'usually 5ish am before work', asked: 'duration', before: lifter, expect: { morningTime: '04:30', trainingWindow: 'usually 5ish am before work' } },
  // The days said with a time of day: both kept (the days were lost beside "I can only train before 7am").
  { text: 'mon wed fri, I can only train before 7am', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], morningTime: '06:00', trainingWindow: 'I can only train before 7am' } },
  { text: 'mon wed fri before 7am', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], morningTime: '06:00' } },
  { text: 'tuesday and thursday but only after 6pm', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [2, 4] }, absent: ['morningTime'] },
  { text: 'mon/wed/fri - has to be before 7am cause of work', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], morningTime: '06:00' }, absent: ['work'] },
  { text: 'mon wed fri before work', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], morningTime: '05:30', trainingWindow: 'before work' } },
  { text: 'mornings around 6, mon wed fri', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], morningTime: '05:30' } },
  { text: 'mon wed fri around 6', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 3, 5], trainingWindow: 'around 6' }, absent: ['morningTime'] },
  // Only when in the day is the window: the days and the session length beside it have their own lines (lead17: it was
  // "Noted: you can do 3 days, mon wed and fri work best, usually like 45 min before the kids wake up").
  { text: 'i can do 3 days, mon wed and fri work best, usually like 45 min before the kids wake up', asked: 'days', before: { name: 'Tomas', goal: 'fat_loss', trainingAge: 'beginner' }, expect: { trainingDays: [1, 3, 5], sessionMinutes: 45, trainingWindow: 'usually before the kids wake up' } },
  { text: 'tues thurs sat, around 6pm for an hour', asked: 'days', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [2, 4, 6], sessionMinutes: 60, trainingWindow: 'around 6pm' } },
  { text: 'can the texts come at 4pm since I sleep days', asked: 'confirm', before: { name: 'Ana', goal: 'strength', trainingAge: 'intermediate', trainingDays: [1, 3, 5] }, expect: { morningTime: '16:00' }, absent: ['trainingWindow'] },
  // A lifting goal with a race added by "also" leads the hybrid, and its lifting trains for that goal.
  { text: 'hey im Jake, want to build muscle and also run a half in april. 5 days a week, gym with everything', asked: null, expect: { name: 'Jake', goal: 'hybrid', liftFirst: true, alsoGoal: 'hypertrophy', race: { distance: 'half' } } },
  // A day before its month, in its own sentence or as "the 14th of"; a result corrected mid-text is no race ahead.
  { text: 'Want to run a sub 45 10k. Race is 14 march', asked: null, expect: { goal: 'race', race: { distance: '10k', goalTime: '0:45:00', date: '2027-03-14' } } },
  { text: '10k on the 14th of march', asked: null, expect: { race: { distance: '10k', date: '2027-03-14' } } },
  { text: '23:40 for the 5k', asked: 'race_event', before: { name: 'Liam', goal: 'race', race: { distance: '10k' } }, expect: { race: { distance: '10k', recentRace: { distance: '5k', time: '0:23:40' } } } },
  { text: "G'day, name's Liam. Want to run a sub 45 10k. Ran 47:30 at parkrun... no wait that was a 5k lol, 23:40 for the 5k. Race is 14 march", asked: null, expect: { name: 'Liam', race: { distance: '10k', goalTime: '0:45:00', recentRace: { distance: '5k', time: '0:23:40' }, date: '2027-03-14' } } },
  // Found onboarding new clients (onboard13): well-known races named as runners text them, with their own distance; a
  // count of days is the coach's proposal; a goal time is not a result; a bad back "from footy" is the body's.
  { text: "hey! so my name is Priya, im 34 and training for broad street this year 🏃‍♀️ i run like 3x a week", asked: null, expect: { name: 'Priya', age: 34, goal: 'race', race: { event: 'broad_street', distance: 'custom', customDistanceKm: 16.09 }, trainingDays: [2, 4, 6], daysFromCount: true } },
  { text: 'doing broad st again in may', asked: null, expect: { goal: 'race', race: { event: 'broad_street', distance: 'custom', month: '2027-05' } } },
  { text: 'running the peachtree this summer!! 🍑', asked: null, expect: { goal: 'race', race: { event: 'peachtree', distance: '10k' } } },
  { text: "I've got a place in the London Marathon! first marathon ever eek", asked: null, expect: { goal: 'race', race: { event: 'london', distance: 'marathon' } } },
  { text: 'training for the london half on march 8', asked: null, expect: { goal: 'race', race: { distance: 'half', date: '2027-03-08' } } },
  { text: 'signed up for bay to breakers w my roommates lol', asked: null, expect: { goal: 'race', race: { event: 'bay_to_breakers', distance: 'custom', customDistanceKm: 12 } } },
  { text: 'training for a mile race in june, sub 5 mile', asked: null, expect: { goal: 'race', race: { goalTime: '0:05:00', month: '2027-06' } } },
  { text: 'dodgy lower back from footy', asked: 'limitations', before: lifter, expect: { limitations: ['lower_back'] } },
  // A beginner's range starts at its low end (was the high end, 4 days: read as "4x a week").
  { text: 'ok 3-4x a week', asked: 'days', before: { name: 'Walt', goal: 'strength', trainingAge: 'beginner' }, expect: { trainingDays: [1, 3, 5], daysFromCount: true, daysRange: { low: 3, high: 4 } } },
  { text: 'ok 3-4x a week', asked: 'days', before: { name: 'Walt', goal: 'strength', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 2, 4, 5], daysFromCount: true }, absent: ['daysRange'] },
  { text: 'two or three days a week', asked: 'days', before: { name: 'Walt', goal: 'general_fitness', trainingAge: 'intermediate', age: 64 }, expect: { trainingDays: [1, 4], daysRange: { low: 2, high: 3 } } },
  // The day before "long run" is the long run's, not the only day.
  { text: '4 days, sat long run', asked: 'days', before: runner, expect: { trainingDays: [2, 3, 5, 6] } },
  // A number from years ago is history, not a load; "12 years" is no bench of 12.
  { text: 'used to bench 275, nothing for 12 years', asked: 'maxes', before: lifter, expect: { lifts: { oneRepMaxes: {}, recentSets: [], lapsed: { bench_press: 275 }, lapseYears: 12 } } },
  { text: 'hey its Dan, 45, used to lift a lot in my 30s, benched 275 back then, havent really touched a barbell in like 12 years', asked: null, expect: { name: 'Dan', age: 45, lifts: { oneRepMaxes: {}, recentSets: [], lapsed: { bench_press: 275 }, lapseYears: 12 } } },
  // Spanish mixed in: the goal, the distance, the days, the kit and the part.
  { text: 'hola! soy Lucia, quiero correr un 10k', asked: null, expect: { name: 'Lucia', goal: 'race', race: { distance: '10k' } } },
  { text: 'hola soy Marco, quiero bajar de peso. 3 dias a la semana, una hora, gimnasio completo, me duele la rodilla', asked: null, expect: { name: 'Marco', goal: 'fat_loss', trainingDays: [1, 3, 5], sessionMinutes: 60, limitations: ['knee'] } },
  { text: 'quiero entrenar para una media maraton', asked: 'goal', before: { name: 'Ana' }, expect: { goal: 'race', race: { distance: 'half' } } },
  { text: "Hey - consultant, travel most weeks. Name's Raj. Want to stay strong and not lose muscle. 3-4 days a week, 45 min. I lift about 5 years.", asked: null, expect: { name: 'Raj', goal: 'strength', trainingAge: 'advanced', trainingDays: [1, 2, 4, 5], sessionMinutes: 45 } },
  { text: "I used to lift about 2 years before pregnancy. Want to rebuild strength, gently.", asked: null, expect: { goal: 'strength', trainingAge: 'intermediate' } },
  { text: 'i travel a lot for work. 3 days a week, an hour', asked: null, expect: { trainingDays: [1, 3, 5], sessionMinutes: 60 } },
  { text: 'new job, can only train mon wed fri now', asked: 'experience', before: { name: 'Raj', goal: 'strength' }, expect: { trainingDays: [1, 3, 5] }, absent: ['trainingAge'] },
  { text: 'just moved to a new city lol', asked: 'experience', before: { name: 'Raj', goal: 'strength' }, expect: {}, absent: ['trainingAge'] },
  { text: 'maxes: squat 180kg, bench 120kg, deadlift 220kg', asked: 'limitations', before: { name: 'Lukas', goal: 'strength', trainingAge: 'intermediate' }, expect: { units: 'metric', lifts: { oneRepMaxes: { back_squat: 180, bench_press: 120, deadlift: 220 } } } },
  { text: 'squat 140kg, bench 100 kg and dl 170kg', asked: 'maxes', before: lifter, expect: { units: 'metric', lifts: { oneRepMaxes: { back_squat: 140, bench_press: 100, deadlift: 170 } } } },
  { text: 'bench 100 kilos for 5, deadlift 180kg', asked: 'maxes', before: lifter, expect: { units: 'metric', lifts: { oneRepMaxes: { deadlift: 180 }, recentSets: [{ exerciseId: 'bench_press', weight: 100, reps: 5 }] } } },
  { text: 'squat 150kg x5, bench 225', asked: 'maxes', before: lifter, expect: { units: 'imperial', lifts: { oneRepMaxes: { bench_press: 225 } } } },
  { text: 'about 10 years off, so basically new', asked: 'experience', before: { name: 'Mike', goal: 'general_fitness' }, expect: { trainingAge: 'beginner' } },
  { text: 'been like 8 years off honestly, never got back into it', asked: 'experience', before: { name: 'Mike', goal: 'strength' }, expect: { trainingAge: 'beginner' } },
  { text: '2 yrs off after a back thing, lifted maybe 6 months before that', asked: 'experience', before: { name: 'Mike', goal: 'strength' }, expect: { trainingAge: 'beginner' } },
  // Found by texting as runners (runner-texts). A day off is not a training day, nor is a race day's weekday;
  // "ish" numbers are numbers; a result "in 48" is a recent race; runs a week give days and the week's miles;
  // "coming back from" names no back; a result at the recent-race question is not a new race.
  { text: 'hey im Raj. 45 miles a week. 6 days, off mondays', asked: null, expect: { name: 'Raj', race: { weeklyMileage: 45 }, trainingDays: [2, 3, 4, 5, 6, 7] } },
  { text: '5 days, mondays and fridays off', asked: 'days', expect: { trainingDays: [2, 3, 4, 6, 7] } },
  { text: 'i can run any day but tuesday', asked: null, expect: { trainingDays: [1, 3, 4, 5, 6, 7] } },
  { text: '4 days a week, no weekends', asked: null, expect: { trainingDays: [1, 2, 4, 5] } },
  // May 2027's 3rd Sunday is the 16th; "5 days" is the count, not Sunday.
  { text: 'training for a marathon on the 3rd sunday of may. running 50 km a week, 5 days', asked: null, expect: { race: { distance: 'marathon', date: '2027-05-16' }, trainingDays: [2, 3, 4, 6, 7] } },
  { text: 'Training for a half the 3rd sunday of march. running 30ish miles a week', asked: null, expect: { race: { distance: 'half', date: '2027-03-21', weeklyMileage: 30 } } },
  { text: 'doing a 10k in 10 weeks. 10k in 48ish. about 40k/week', asked: null, expect: { race: { distance: '10k', recentRace: { distance: '10k', time: '0:48:00' } } } },
  { text: 'I have 60 min per run, no more', asked: 'experience', before: { name: 'Leo', goal: 'race', race: { distance: 'marathon', date: '2027-05-02' } }, expect: { runMinutes: 60 }, absent: ['sessionMinutes', 'trainingAge'] },
  { text: 'moving to Denver next week', asked: 'experience', before: { name: 'Tomas', goal: 'race', race: { distance: 'custom', customDistanceKm: 50, date: '2027-06-13' }, trainingDays: [1, 2, 4, 6, 7] }, expect: { trainingDays: [1, 2, 4, 6, 7] }, absent: ['timezone', 'trainingAge'] },
  { text: 'ran 5.2 mi 47:30 felt meh', asked: 'experience', before: { name: 'Gerald', goal: 'race', race: { distance: '10k', date: '2027-04-25', recentRace: { distance: '10k', time: '0:52:10' } } }, expect: { race: { distance: '10k', recentRace: { distance: '10k', time: '0:52:10' } } } },
  { text: 'ran 8k in 48 min this morning', asked: 'race_goal_time', before: { name: 'Dana', goal: 'race', race: { distance: 'half', date: '2027-04-12', recentRace: { distance: '10k', time: '0:52:30' } } }, expect: { race: { recentRace: { distance: '10k', time: '0:52:30' } } } },
  { text: 'did a 5k in 26 min last month', asked: null, expect: { race: { recentRace: { distance: '5k', time: '0:26:00' } } } },
  { text: 'marathon 3:45 two years ago', asked: 'race_recent', before: { name: 'Dana', goal: 'race', race: { distance: 'marathon', date: '2027-04-11' } }, expect: { race: { distance: 'marathon', recentRace: { distance: 'marathon', time: '3:45:00' } } } },
  { text: 'currently like 3 runs a week maybe 15 mi', asked: null, expect: { race: { weeklyMileage: 15 }, trainingDays: [1, 3, 5] }, absent: ['goal'] },
  { text: 'i run 4 days a week, about 20 miles', asked: null, expect: { race: { weeklyMileage: 20 }, trainingDays: [1, 2, 4, 5] } },
  { text: '3 runs a week, my long run is 8 miles', asked: null, expect: { trainingDays: [1, 3, 5] }, absent: ['race'] },
  { text: 'coming back from a stress fracture, cleared to run again', asked: null, expect: {}, absent: ['limitations'] },
  { text: 'getting back into running after my knee surgery', asked: null, expect: { limitations: ['knee'] } },
  { text: '5k in 24:10 today!!', asked: 'race_recent', before: { name: 'Olly', goal: 'race', race: { distance: '10k', date: '2027-02-07', goalTime: '45:00' } }, expect: { race: { distance: '10k', date: '2027-02-07', recentRace: { distance: '5k', time: '0:24:10' } } } },
  // Found texting as six new clients (onboard12). Not much exercise since school is a beginner; "my first full" is a
  // marathon, in the month said ("first marathon in may" is no "first sunday in may"), but a full gym or full body is
  // none; a race whose date is not out yet gets a target day, in its month when one was said; "two weeks running" is
  // in a row (no runner, no "never" beginner) and "a stone" is weight to lose; "no equipment" and "a gym near me"
  // are kit; lifting "through my 30s and 40s" then stopping is a returning intermediate.
  { text: 'havent really done much exercise since school', asked: 'goal', before: { name: 'Jo' }, expect: { trainingAge: 'beginner' }, absent: ['goal'] },
  { text: "haven't done much exercise in 10 years", asked: 'experience', before: { name: 'Jo', goal: 'general_fitness' }, expect: { trainingAge: 'beginner' } },
  { text: 'hey! doing my first full in may, the one in pittsburgh. been running about 3 years, halfs mostly', asked: null, expect: { goal: 'race', race: { distance: 'marathon', month: '2027-05' }, trainingAge: 'intermediate' } },
  { text: 'doing my first marathon in may', asked: 'race_event', before: { name: 'Priya', goal: 'race' }, expect: { race: { distance: 'marathon', month: '2027-05' } } },
  { text: 'I also go to a full gym twice a week for full body stuff', asked: 'race_goal_time', before: runner, expect: { race: { distance: '5k', date: '2027-03-14' } } },
  { text: 'Marcus here. want to run the brooklyn half this year', asked: null, expect: { name: 'Marcus', goal: 'race', race: { distance: 'half' } } },
  { text: 'not sure, they havent announced the date yet', asked: 'race_event', before: { name: 'Marcus', goal: 'race', race: { distance: 'half' } }, expect: { race: { distance: 'half', targetDate: true } } },
  { text: 'no date yet', asked: 'race_event', before: { name: 'Priya', goal: 'race', race: { distance: 'marathon', month: '2027-05' } }, expect: { race: { distance: 'marathon', date: '2027-05-09', targetDate: true } } },
  { text: 'dont have a goal time just want to finish', asked: 'race_event', before: { name: 'Priya', goal: 'race', race: { distance: 'marathon', month: '2027-05' } }, expect: { race: { goalTime: null } } },
  { text: 'hiya im Kerry, nurse on rotating shifts so some weeks im on nights some weeks days, never the same two weeks running. want to lose a stone and get a bit stronger. theres a gym near me, 24 hour one', asked: null, expect: { name: 'Kerry', goal: 'fat_loss', alsoGoal: 'strength', work: { rotating: true }, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] }, absent: ['trainingAge', 'race'] },
  { text: 'lose half a stone and tone up', asked: 'goal', before: { name: 'Kerry' }, expect: { goal: 'fat_loss' }, absent: ['race'] },
  { text: 'just at home, no equipment', asked: 'equipment', before: { name: 'Jo', goal: 'general_fitness', trainingAge: 'beginner' }, expect: { equipment: ['bodyweight'] } },
  { text: 'just at home, no equipment', asked: 'experience', before: { name: 'Jo', goal: 'general_fitness' }, expect: { equipment: ['bodyweight'] }, absent: ['trainingAge'] },
  { text: 'Hello. My name is Graham, I am 60 years old. I lifted weights seriously through my 30s and 40s but stopped about 12 years ago. I would like to get my strength back.', asked: null, expect: { name: 'Graham', age: 60, goal: 'strength', trainingAge: 'intermediate' } },
  // Found texting as clients nobody had texted as (explore): a greeting is not the good-morning lift, an athlete's
  // speed is a goal, a triathlon is its run, a ride is not running, and "me llamo" introduces a name.
  { text: 'Good morning. My name is Margaret. I am 67 years old and was recently diagnosed with osteoporosis.', asked: null, expect: { name: 'Margaret' }, absent: ['lifts'] },
  { text: 'good morning coach, 54 and want to get stronger', asked: null, expect: { goal: 'strength' }, absent: ['lifts'] },
  { text: 'hey im 16 and play soccer, want to get faster for tryouts', asked: null, expect: { goal: 'power' } },
  { text: 'I want to get faster at my 5k in march', asked: null, expect: { goal: 'race', race: { distance: '5k' } } },
  { text: "hi I'm training for a half ironman, need a plan for swim bike and run", asked: null, expect: { goal: 'race', race: { distance: 'half' } } },
  { text: 'signed up for my first sprint triathlon', asked: null, expect: { goal: 'race', race: { distance: '5k' } } },
  { text: 'can you do a cycling plan? I ride 150 miles a week', asked: 'race_event', before: runner, expect: { race: { distance: '5k' } }, absent: ['lifts'] },
  { text: 'hola, me llamo Lucia', asked: 'name', expect: { name: 'Lucia' } },
  // A doctor's lifting limit (explore): kept as the limit, never a max of the nearest lift name.
  { text: 'doctor said no lifting over 20 lb for now', asked: 'experience', before: { name: 'Amy', goal: 'general_fitness' }, expect: { loadLimit: { load: 20, unit: 'lb' } }, absent: ['lifts'] },
  // A limit answers "any injuries or limitations?", with its end; "nothing over" names no empty kit.
  { text: 'doctor says nothing over 135 for 6 weeks', asked: 'limitations', before: { ...lifter, limitations: undefined }, expect: { loadLimit: { load: 135, unit: 'lb', until: '2026-12-23' }, limitations: [], equipment: lifter.equipment, notes: [{ text: 'doctor says nothing over 135 for 6 weeks' }] }, absent: ['lifts'] },
  { text: 'doc says nothing over 60 kg till my 6 week check, and my left knee is sore', asked: 'limitations', before: { ...lifter, limitations: undefined }, expect: { loadLimit: { load: 60, unit: 'kg', until: '2026-12-23' }, limitations: ['knee'], equipment: lifter.equipment } },
  // An age said in passing is kept ("I'm 16": a teen's plan); a number with a unit after "I'm" is no age.
  { text: "hi im Leo, I'm 16 and want to get stronger", asked: null, expect: { name: 'Leo', age: 16, goal: 'strength' } },
  { text: 'my son is a 15 yo, this is him texting lol. mon wed fri', asked: 'days', before: { name: 'Max', goal: 'strength' }, expect: { age: 15, trainingDays: [1, 3, 5] } },
  { text: "I'm 10 mins from the gym, 3 days a week", asked: 'days', before: { name: 'Sam', goal: 'strength' }, expect: {}, absent: ['age'] },
  { text: 'I have never been to a gym.', asked: null, expect: {}, absent: ['equipment'] },
  // A meet clause without its day takes the day from the clauses right after it.
  { text: 'yo im Dev. training for my first powerlifting meet, its in april, maybe the 18th. been lifting 2 years', asked: null, expect: { name: 'Dev', meetDate: '2027-04-18' } },
  { text: 'got a powerlifting meet coming up, march 6', asked: null, expect: { meetDate: '2027-03-06' } },
  // The bench named beside the other lifts, or with its grip, is the lift, not kit.
  { text: 'hey! im Marco, been lifting about 3 yrs, want to get my squat bench and dead up for a powerlifting meet', asked: null, expect: { name: 'Marco' }, absent: ['equipment'] },
  { text: 'my left shoulder gets cranky on wide grip bench but otherwise fine', asked: 'limitations', before: { ...lifter, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] }, expect: { equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] } },
  // "new-ish" said first is how long they have trained; a bit of lifting in college long ago does not make them intermediate.
  { text: 'new-ish, lifted a bit in college', asked: 'experience', before: { name: 'Dan', goal: 'fat_loss' }, expect: { trainingAge: 'beginner' } },
  { text: 'pretty new to this honestly', asked: 'experience', before: { name: 'Dan', goal: 'fat_loss' }, expect: { trainingAge: 'beginner' } },
  // The kit's heaviest weight is never a lift's number, and "my doctor" is no doorway row.
  { text: 'used to squat 185. only have dumbbells up to 15 lb at home', asked: null, expect: { lifts: { oneRepMaxes: { back_squat: 155 } }, maxLoads: { dumbbell: { load: 15 } } } },
  { text: 'cleared by my doctor. only have dumbbells up to 15 lb', asked: null, expect: { maxLoads: { dumbbell: { load: 15 } } }, absent: ['lifts'] },
  // A load said of the bench ("bench maybe 95", "bodyweight bench") makes it the lift, never kit.
  { text: "hi i'm Walt, 64, want to get stronger. bench maybe 95, squat 135. 3 days mon wed fri", asked: null, expect: { name: 'Walt', age: 64, trainingDays: [1, 3, 5] }, absent: ['equipment'] },
  { text: 'hey its Tanya, can bodyweight bench and want a 2x bodyweight deadlift', asked: null, expect: { name: 'Tanya' }, absent: ['equipment'] },
  { text: 'squat, bench and deadlift are what i care about, can train 4 days', asked: null, expect: { trainingDays: [1, 2, 4, 5] }, absent: ['equipment'] },
  { text: 'I have some arthritis in my right knee, and my doctor said to avoid bending forward with weight because of my spine.', asked: 'limitations', expect: { limitations: ['knee', 'lower_back'] } },
  { text: "my doctor says I'm healthy", asked: null, expect: {}, absent: ['name'] },
  { text: 'hola, quiero correr un 10k en marzo', asked: null, expect: { goal: 'race', race: { distance: '10k', month: '2027-03' } } },
  { text: 'el 15 de marzo', asked: 'race_event', before: { name: 'Lucia', goal: 'race', race: { distance: '10k', month: '2027-03' } }, expect: { race: { distance: '10k', date: '2027-03-15' } } },
  { text: 'corro unos 15 km por semana', asked: null, expect: { race: { weeklyMileage: 9.3 } }, absent: ['goal'] },
  { text: 'lunes miercoles y sabado', asked: 'days', expect: { trainingDays: [1, 3, 6] } },
  { text: 'no tengo lesiones', asked: 'limitations', expect: { limitations: [] } },
  { text: 'a las 6 de la mañana', asked: 'morning_time', expect: { morningTime: '06:00' } },
  { text: 'hey, Mike here. 41, want to lose the dad bod. have a home gym w dumbbells up to 50 and a bench.', asked: null, expect: { name: 'Mike', goal: 'fat_loss', equipment: ['bench', 'dumbbell', 'bodyweight'], maxLoads: { dumbbell: { load: 50 } } }, absent: ['lifts'] },
  { text: 'im 15 and want to get faster for basketball. Jayden. never lifted. no equipment just my driveway. 4 days 30 min', asked: null, expect: { name: 'Jayden', goal: 'power', trainingAge: 'beginner' } },
  { text: 'want to build muscle. Gym. 4 days. Chicago.', asked: null, expect: { goal: 'hypertrophy', timezone: 'America/Chicago' }, absent: ['name'] },
  { text: 'can I train at 2am after my shift?', asked: 'confirm', before: lifter, expect: {}, absent: ['morningTime'] },
  // ---- lifters found texting as new clients ----
  { text: 'want to lose the dad bod', asked: null, expect: { goal: 'fat_loss' } },
  { text: 'HOUR', asked: 'duration', before: { name: 'Jay', goal: 'hypertrophy' }, expect: { sessionMinutes: 60 } },
  { text: 'hey im tom, college powerlifter. squat 200kg, bench 130kg, deadlift 230kg. train mon tue thu fri 90 min', asked: null, expect: { units: 'metric', lifts: { oneRepMaxes: { back_squat: 200, bench_press: 130, deadlift: 230 } }, sessionMinutes: 90 } },
  { text: 'home: dumbbells up to 50 lb, pull-up bar, no bench', asked: null, before: { name: 'Dave', goal: 'strength' }, expect: { equipment: ['dumbbell', 'pullup_bar', 'bodyweight'] }, absent: ['lifts'] },
  { text: 'dumbbells and a bench, tue thu sat, 45 min', asked: null, before: { name: 'Ana', goal: 'hypertrophy' }, expect: { equipment: ['bench', 'dumbbell', 'bodyweight'], sessionMinutes: 45 }, absent: ['lifts'] },
  { text: 'do I need a bench?', asked: 'confirm', before: lifter, expect: { equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'bodyweight'] } },
  { text: 'lifted in hs, nothing since', asked: 'experience', before: { name: 'Rob', goal: 'fat_loss', equipment: ['barbell', 'rack', 'bench', 'bodyweight'] }, expect: { trainingAge: 'beginner', equipment: ['barbell', 'rack', 'bench', 'bodyweight'] } },
  { text: 'diastasis recti', asked: null, before: { name: 'Jen', goal: 'strength' }, expect: { limitations: ['abdominal'] } },
  // Lead, texting as Dani (a returning lifter after a baby): "get strong again" is a strength goal, said in a paragraph.
  { text: 'lifted 2 yrs before baby. wanna get strong again. home gym', asked: null, before: { name: 'Dani' }, expect: { goal: 'strength' } },
  // ---- shift work, trips beside home answers (texting as new clients, onboarding2) ----
  { text: 'I work nights Mon-Wed', asked: 'experience', before: { name: 'Jo', goal: 'hypertrophy' }, expect: { work: { days: [1, 2, 3], nights: true, rotating: false } }, absent: ['trainingDays'] },
  { text: 'nights mon-wed, can train the rest', asked: 'days', before: { name: 'Jo', goal: 'hypertrophy' }, expect: { work: { days: [1, 2, 3], nights: true } }, absent: ['equipment'] },
  { text: 'rotating shifts so my days are all over the place', asked: 'days', before: { name: 'Pat', goal: 'general_fitness' }, expect: { work: { rotating: true } }, absent: ['trainingDays'] },
  { text: 'nurse, 3 twelves a week, different days each week. can do 3 workouts', asked: null, before: { name: 'Pat', goal: 'general_fitness' }, expect: { work: { rotating: true }, trainingDays: [1, 3, 5] } },
  { text: 'I work 3 days a week', asked: 'days', before: { name: 'Pat', goal: 'general_fitness' }, expect: {}, absent: ['trainingDays'] },
  { text: 'on call tue and thu, 3 days a week', asked: null, before: { name: 'Sam', goal: 'strength' }, expect: { work: { days: [2, 4] } } },
  { text: 'home gym with a barbell, rack and dumbbells. away dec 10-17, just a band', asked: 'equipment', before: { name: 'Ray', goal: 'hypertrophy' }, expect: { equipment: ['barbell', 'rack', 'dumbbell', 'bodyweight'] } },
  { text: 'in Denver dec 10-17 for work, hotel, only a band', asked: 'limitations', before: { name: 'Ray', goal: 'hypertrophy', equipment: ['barbell', 'rack', 'dumbbell', 'bodyweight'] }, expect: { equipment: ['barbell', 'rack', 'dumbbell', 'bodyweight'] }, absent: ['timezone'] },
  { text: 'full gym. on vacation for a week from the 20th, bodyweight only there', asked: 'equipment', before: { name: 'Ray', goal: 'hypertrophy' }, expect: { equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] } },
  // ---- slips and breaks (onboarding2) ----
  { text: 'get strnger', asked: 'goal', before: { name: 'Mike' }, expect: { goal: 'strength' } },
  { text: 'build musle', asked: 'goal', before: { name: 'Mike' }, expect: { goal: 'hypertrophy' } },
  { text: 'planet fitnes', asked: 'equipment', before: { name: 'Mike', goal: 'strength' }, expect: { equipment: ['bench', 'dumbbell', 'cable', 'machine', 'bodyweight'] } },
  { text: 'bad shouldr', asked: 'limitations', before: { name: 'Mike', goal: 'strength' }, expect: { limitations: ['shoulder'] } },
  { text: 'dumbels and a bench', asked: 'equipment', before: { name: 'Mike', goal: 'strength' }, expect: { equipment: ['bench', 'dumbbell', 'bodyweight'] } },
  { text: 'monday wensday friday', asked: 'days', before: { name: 'Mike', goal: 'strength' }, expect: { trainingDays: [1, 3, 5] } },
  { text: 'i used to run but nothing for 2 yrs', asked: 'experience', before: { name: 'Kate', goal: 'fat_loss' }, expect: { trainingAge: 'beginner' }, absent: ['equipment'] },
  { text: 'used to lift in college, havent in years', asked: 'experience', before: { name: 'Rob', goal: 'strength' }, expect: { trainingAge: 'beginner' } },
  { text: 'Hiya, Olivia here from Manchester. Want to build muscle, 4 days, 1 hr, gym', asked: null, expect: { name: 'Olivia', goal: 'hypertrophy', sessionMinutes: 60, equipment: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'] } },
  { text: 'yo im Jaylen, 16, play soccer, wanna get faster and stronger for next season', asked: null, expect: { name: 'Jaylen', goal: 'power' } },
  { text: 'want to get faster and stronger for basketball', asked: 'goal', before: { name: 'Ty' }, expect: { goal: 'power' } },
  { text: 'get stronger and faster for the rugby season', asked: 'goal', before: { name: 'Ty' }, expect: { goal: 'power' } },
  // The bells and dumbbells a client owns: loads are picked from them (never a 20 lb bell for 15/25/35).
  { text: 'kettlebells 15, 25 and 35', asked: 'equipment', before: { name: 'Ana', goal: 'general_fitness' }, expect: { equipment: ['kettlebell', 'bodyweight'], maxLoads: { kettlebell: { load: 35, unit: 'lb', owned: [15, 25, 35] } } } },
  { text: 'i have 16 and 24 kg kettlebells at home', asked: 'equipment', before: { name: 'Ana', goal: 'general_fitness' }, expect: { maxLoads: { kettlebell: { load: 24, unit: 'kg', owned: [16, 24] } } } },
  { text: 'adjustable dumbbells 5-52.5 and a bench', asked: 'equipment', before: { name: 'Ana', goal: 'hypertrophy' }, expect: { maxLoads: { dumbbell: { load: 52.5, unit: 'lb' } } } },
  { text: 'dumbbells up to 50', asked: 'equipment', before: { name: 'Ana', goal: 'hypertrophy' }, expect: { maxLoads: { dumbbell: { load: 50, unit: 'lb' } } } },
  // Growing a body part is building muscle.
  { text: 'grow my glutes', asked: 'goal', before: { name: 'Ana' }, expect: { goal: 'hypertrophy' } },
  { text: 'honestly i just want to build my booty and shape my legs', asked: 'goal', before: { name: 'Ana' }, expect: { goal: 'hypertrophy' } },
  // A qualifier chased, its time said after "need a" or beside "qualify".
  { text: 'im sam, marathon in may, trying to BQ, need a 3:10', asked: null, expect: { goal: 'race', race: { distance: 'marathon', goalTime: '3:10:00' } } },
  { text: "Training for the Chicago marathon, want to qualify for Boston (3:35 for my age)", asked: null, expect: { goal: 'race', race: { distance: 'marathon', goalTime: '3:35:00' } } },
  // lead18: a mother eight months on: the pregnancy is past ("before getting pregnant"), and "then nothing" is time, not kit.
  { text: 'lifted pretty consistently for like 2 yrs before getting pregnant, then nothing really', asked: 'experience', before: { name: 'Priya', goal: 'strength' }, expect: { trainingAge: 'intermediate' }, absent: ['equipment', 'notes'] },
  { text: 'ran a lot when i was pregnant with my first, now i want to do a half', asked: 'goal', before: { name: 'Kim' }, expect: { goal: 'race' }, absent: ['notes'] },
  // lead18: a run told at the goal-time question with a stiff achilles: no part spared (the achilles note said nothing changes).
  { text: 'ran 4 at 9:50 this morning, felt good but achilles was a bit stiff at first', asked: 'race_goal_time', before: { name: 'Dev', goal: 'race', race: { distance: 'marathon', date: '2027-10-10' } }, expect: {}, absent: ['limitations'] },
  // runner18: a well-known race's city alone, answering "Which race?" (said unsure too), is that race, not the time zone.
  { text: 'maybe chicago?', asked: 'race_event', before: { name: 'Ida', goal: 'race' }, expect: { race: { distance: 'marathon', event: 'chicago' } }, absent: ['timezone'] },
  { text: 'prob boston lol', asked: 'race_event', before: { name: 'Ida', goal: 'race' }, expect: { race: { distance: 'marathon', event: 'boston' } }, absent: ['timezone'] },
  { text: 'hey! im dana, training for a race, thinking maybe chicago? ive been running about 3 years', asked: null, expect: { name: 'Dana', race: { distance: 'marathon', event: 'chicago' } }, absent: ['timezone'] },
  // lead18: no injuries, with tightness beside it: none to spare, the tightness a note (was read as nothing).
  { text: 'nope no injuries, just tight hamstrings lol', asked: 'experience', before: runner, expect: { limitations: [], bodyNotes: ['tight hamstrings'] } },
  // A part named with the tightness at the injuries question is still spared (said back), as "my hips get stiff" is.
  { text: 'no injuries but my calves are always tight', asked: 'limitations', before: runner, expect: { limitations: ['ankle'], limitationAreas: ['calves'] } },
  // runner19: a bare clock after the days is when they train, kept and said back (was dropped).
  { text: 'mon wed fri sat 7:30', asked: 'days', before: runner, expect: { trainingDays: [1, 3, 5, 6], trainingWindow: 'at 7:30' } },
  // runner19: runs done, told day by day, are a log, not the days they can train (was read as Mon, Wed).
  { text: 'mon: easy 3, wed: tempo', asked: 'days', before: runner, expect: {}, absent: ['trainingDays'] },
  // runner19: a runner's weekday time and longer day at another question: kept, the long run on that day (was read as nothing).
  { text: 'about 45 min on weekdays, longer on sat', asked: 'experience', before: runner, expect: { trainingWindow: 'about 45 min on weekdays, longer on sat', race: { longRunDay: 6 } }, absent: ['runMinutes'] },
  // lead20: a dated reason to train that is no meet: the plan runs to it (said on Nov 12, 2026).
  { text: 'strong enough for a big hiking trip in june', asked: 'goal', before: { name: 'Dana' }, expect: { goal: 'strength', targetEvent: { name: 'hiking trip', date: '2027-06-01', monthOnly: true } } },
  { text: 'getting married in june and want to lose 15 lbs before then', asked: 'goal', before: { name: 'Jess' }, expect: { goal: 'fat_loss', targetEvent: { name: 'wedding' } } },
  { text: 'police academy fitness test in 4 months, need to get my pushups up', asked: 'goal', before: { name: 'Ray' }, expect: { targetEvent: { name: 'fitness test' } } },
  { text: 'lose 10 lbs before my cruise on april 12', asked: 'goal', before: { name: 'Ann' }, expect: { goal: 'fat_loss', targetEvent: { name: 'cruise', date: '2027-04-12' } } },
  { text: 'want to be in shape for ski season in january', asked: 'goal', before: { name: 'Ann' }, expect: { goal: 'general_fitness', targetEvent: { name: 'ski season' } } },
  // A trip with nothing saying it is trained for is a time away, not a target.
  { text: '2 years. on vacation in march for a week', asked: 'experience', before: { name: 'Ann', goal: 'strength' }, expect: { trainingAge: 'intermediate' }, absent: ['targetEvent'] },
  // lead20: how they trained is not the kit they have now (the kit question is still asked).
  { text: 'ive lifted on and off for a couple years, mostly machines tho, I can squat maybe 135 for a few', asked: 'experience', before: { name: 'Dana', goal: 'strength' }, expect: { trainingAge: 'intermediate' }, absent: ['equipment'] },
  // lifter20: a main lift's number to raise is getting stronger (was "I didn't catch the goal").
  { text: 'squat and bench up', asked: 'goal', before: { name: 'Sam' }, expect: { goal: 'strength' } },
  { text: 'wanna get my deadlift up', asked: 'goal', before: { name: 'Sam' }, expect: { goal: 'strength' } },
  { text: 'improve my bench mostly', asked: 'goal', before: { name: 'Sam' }, expect: { goal: 'strength' } },
  { text: 'squat, bench n deadlift numbers up', asked: 'goal', before: { name: 'Sam' }, expect: { goal: 'strength' } },
  // runner20: a mild ache or tightness after runs is a note for the coach, not a part spared for the whole plan.
  { text: 'no injuries, knees a bit achy after tho', asked: 'limitations', before: runner, expect: { limitations: [], bodyNotes: ['knees a bit achy after'] } },
  { text: 'hips get a bit tight after long runs', asked: 'limitations', before: runner, expect: { limitations: [], bodyNotes: ['hips get a bit tight after long runs'] } },
  { text: 'calves a little stiff afterwards sometimes but nothing else', asked: 'limitations', before: runner, expect: { limitations: [] } },
  // A real injury still is one, and an ache after surgery is no after-run ache.
  { text: 'torn meniscus last year, still hurts going downstairs', asked: 'limitations', before: runner, expect: { limitations: ['knee'] } },
  { text: 'knee a bit achy after my surgery in june', asked: 'limitations', before: runner, expect: { limitations: ['knee'] } },
  { text: 'lower back gets tight after heavy deadlifts', asked: 'limitations', before: lifter, expect: { limitations: ['lower_back'] } },
  // lead20: an age in years is no years of training, and training a doctor says to start is still to come (was intermediate).
  { text: 'Hello. My name is Gary, I am 67 years old and my doctor told me I need to start doing some strength training for my bones. I have never lifted weights before.', asked: null, expect: { name: 'Gary', age: 67, trainingAge: 'beginner' } },
  { text: 'im 52 years old and want to start lifting', asked: 'goal', before: { name: 'Lou' }, expect: { age: 52, goal: 'strength' }, absent: ['trainingAge'] },
  { text: 'im 45 yrs old, lifted for 10 years', asked: 'experience', before: { name: 'Lou', goal: 'strength' }, expect: { age: 45, trainingAge: 'advanced' } },
  // lead20: "can't kneel" is a limit still there beside "fine now" (and "kneel" is no slip for "knees").
  { text: "I had a knee replacement on my right knee 2 years ago, it is fine now but I can't kneel on it.", asked: 'limitations', before: { name: 'Gary', goal: 'strength' }, expect: { limitations: ['knee'] }, absent: ['bodyNotes'] },
  { text: 'ACL reconstruction 2 yrs ago, fine now', asked: 'limitations', before: { name: 'Gary', goal: 'strength' }, expect: { limitations: [] } },
  // A beach trip is no bench.
  { text: 'want to look good for a beach trip in july', asked: 'goal', before: { name: 'Ann' }, expect: { targetEvent: { name: 'beach trip' } }, absent: ['equipment'] },
  // runner20: a bare clock that could be am or pm is asked once ("5:30am or pm?"), never guessed; 7:30 is the morning.
  { text: '5:30', asked: 'morning_time', before: runner, expect: { morningClockUnsure: '05:30' }, absent: ['morningTime'] },
  { text: 'pm', asked: 'morning_time', before: { ...runner, morningClockUnsure: '05:30' }, expect: { morningTime: '17:30' } },
  { text: 'morning lol', asked: 'morning_time', before: { ...runner, morningClockUnsure: '05:30' }, expect: { morningTime: '05:30' } },
  { text: '7:30', asked: 'morning_time', before: runner, expect: { morningTime: '07:30' } },
  { text: '5:30am', asked: 'morning_time', before: runner, expect: { morningTime: '05:30' } },
  // lead20: the long-run day said as a preference (was dropped: the long run went on Sunday).
  { text: 'i can run tues thurs sat and sun, sat would be best for long runs', asked: 'days', before: runner, expect: { trainingDays: [2, 4, 6, 7], race: { longRunDay: 6 } } },
  { text: 'mon wed sat sun, long runs work best on sundays', asked: 'days', before: runner, expect: { trainingDays: [1, 3, 6, 7], race: { longRunDay: 7 } } },
  // onboard21: a bare clock while the text time is unknown is that time, whatever was asked (not a lift at the maxes question).
  { text: '8:00', asked: 'maxes', before: lifter, expect: { morningTime: '08:00' }, absent: ['lifts'] },
  { text: '6:30am', asked: 'maxes', before: lifter, expect: { morningTime: '06:30' }, absent: ['lifts'] },
  // A session told before there is a plan is no days or session length.
  { text: 'I did the workout today. The squats were hard, I could only do 8 instead of 10 on the last set.', asked: 'days', before: { name: 'Gary', goal: 'strength', trainingAge: 'beginner' }, expect: {}, absent: ['trainingDays', 'sessionMinutes'] },
  // A chair is furniture, no chin-up: "about 20 or 30 minutes" beside it is no chin-up max.
  { text: "I don't have any equipment except a sturdy chair and I could probably buy some light weights if you think I need them. Tuesdays and Thursdays are best, and maybe Saturday. I can do about 20 or 30 minutes before I get tired.", asked: 'days', before: { name: 'Linda', goal: 'strength', trainingAge: 'beginner', age: 71 }, expect: { trainingDays: [2, 4, 6], sessionMinutes: 30 }, absent: ['lifts'] },
  // A busy parent's paragraph: "weekends are hard" rules the weekend out, "300 lbs of plates" is kit, "the dad gut" is fat to lose.
  { text: 'I have a home gym in the garage with a power rack, barbell, bench, about 300 lbs of plates and adjustable dumbbells up to 50. I can train early mornings before the kids wake up, probably 4 days a week, 45 minutes max. Weekends are hard.', asked: 'days', before: { name: 'Marcus', goal: 'hypertrophy', trainingAge: 'intermediate' }, expect: { trainingDays: [1, 2, 4, 5], sessionMinutes: 45 }, absent: ['lifts'] },
  { text: 'I want to lose the dad gut and build some muscle', asked: 'goal', before: { name: 'Marcus' }, expect: { goal: 'fat_loss', alsoGoal: 'hypertrophy' } },
  // lifter21: a lift made bigger is its number to raise (strength); a body part made bigger is muscle.
  { text: 'bigger squat', asked: 'goal', before: { name: 'Lou' }, expect: { goal: 'strength' } },
  { text: 'a bigger bench', asked: 'goal', before: { name: 'Lou' }, expect: { goal: 'strength' } },
  { text: 'bigger deadlift and squat', asked: 'goal', before: { name: 'Lou' }, expect: { goal: 'strength' } },
  { text: 'bigger arms and legs', asked: 'goal', before: { name: 'Lou' }, expect: { goal: 'hypertrophy' } },
  // review: a load said as a pair is dumbbells at onboarding too (was "barbell row 60x10" said back).
  { text: 'bench 3x8 @ 155 and rows 3x10 w 60s', asked: 'maxes', before: { name: 'Sam', goal: 'strength', trainingAge: 'intermediate' }, expect: { lifts: { recentSets: [{ exerciseId: 'bench_press', weight: 155, reps: 8 }, { exerciseId: 'db_row', weight: 60, reps: 10 }] } } },
];
