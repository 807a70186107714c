/**
 * Plain-language answers for the terms in a plan. One or two sentences each, written for someone who has
 * never lifted or run with a plan before.
 */
import type { Term } from '../understand/items.js';

export const GLOSSARY: Record<Term, string> = {
  rir: 'RIR = reps in reserve: how many more good reps you could have done when you stop the set. RIR 3 means stop with about 3 clean reps left in the tank; RIR 0 is all-out.',
  rpe: 'RPE = rate of perceived exertion, 1-10: how hard a set felt. RPE 10 is all-out (no reps left), RPE 8 means about 2 reps left, RPE 7 about 3.',
  e1rm: 'Est. 1RM = your estimated one-rep max, worked out from a set you logged (weight x reps, Epley formula). I use it to pick your loads, so you never have to test a true max.',
  one_rm: '1RM = one-rep max: the most you could lift once with good form. I estimate it from your logged sets instead of making you test it.',
  amrap: 'AMRAP = as many reps as possible: do good reps until you could not do another clean one, then stop.',
  easy_pace: 'Easy pace is conversational: you can talk in full sentences. Most of your running is easy - it builds the engine without wearing you out. Your plan gives your easy pace range with every easy run.',
  zone2: 'Zone 2 is easy aerobic effort: you can chat, breathing is relaxed, roughly 60-70% of max heart rate. It is the same as easy pace.',
  hr_zone: 'Heart-rate zones split effort into 5 bands: zone 1-2 easy, 3 steady, 4 threshold (tempo), 5 very hard (intervals). Pace and feel work just as well.',
  vdot: "VDOT is Jack Daniels' fitness score from a race result. I use yours to set every pace in your plan; it goes up as you get fitter.",
  strides: 'Strides are 4-6 relaxed sprints of about 20 seconds at the end of an easy run, walking back between them. They keep your legs quick without tiring you.',
  fartlek: 'Fartlek = "speed play": unstructured faster bursts inside an easy run, by feel, with easy running in between.',
  threshold: 'Threshold (tempo) pace is comfortably hard: about the pace you could hold for an hour. Talking is limited to a few words.',
  tempo: 'A tempo run is a sustained, comfortably hard effort (threshold pace) for 15-40 minutes, between an easy warm-up and cool-down. It teaches your body to hold a faster pace longer.',
  intervals: 'Intervals are hard repeats (e.g. 5 x 1000 m) at about 3K-5K race effort, with easy jogging between. They raise your top-end fitness.',
  long_run: 'The long run is your longest run of the week, at easy pace. It builds endurance; slow is fine, time on feet is the point.',
  cutback: 'A cutback week drops mileage by about a fifth so your body can absorb the last few weeks before building again.',
  taper: 'The taper is the last 1-3 weeks before a race: less volume, a little intensity, so you start the race fresh.',
  deload: 'A deload is a planned easier week: about half the sets at a bit lighter weight. Fatigue drops, the strength you built shows up, and you start the next block fresher.',
  superset: 'A superset is two exercises done back to back with little rest between them, then rest. It saves time.',
  warmup: 'Warm up with 5-10 minutes of easy movement, then 2-3 lighter sets of your first lift building to the working weight.',
  cooldown: 'A cool-down is 5-10 minutes of easy jogging or walking after hard work, to bring your breathing and heart rate down.',
  mev: 'MEV / MAV / MRV are volume landmarks: the fewest weekly hard sets that still build muscle (MEV), the productive middle (MAV) and the most you can recover from (MRV). Your weeks build from near MEV toward MRV.',
  accumulation: 'Accumulation is a build-up block: moderate weights, more sets each week. It builds work capacity and muscle.',
  intensification: 'Intensification is a heavier block: fewer reps, heavier weights, turning the work you built into strength.',
  realization: 'Realization is a short peak block: heavy, low-volume work so you can show your strength, before a deload.',
  mileage: 'Mileage is how far you run in a week. It goes up slowly (about 10% a week at most), with cutback weeks, so your legs keep up with your lungs.',
};

/** Terms that name a pace: a runner asking what one means also gets their own number for it. */
export const TERM_PACE: Partial<Record<Term, 'easy' | 'threshold' | 'interval' | 'repetition' | 'marathon'>> = {
  easy_pace: 'easy',
  zone2: 'easy',
  tempo: 'threshold',
  threshold: 'threshold',
  intervals: 'interval',
  strides: 'repetition',
};
