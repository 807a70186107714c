import { findKnownRace } from './race-calendar.js';

/**
 * A run told as training, not a race: "ran 8k in 48 min this morning", "did 5 miles in 45 yesterday", "easy 10k in
 * 58 on the treadmill". Mid-onboarding such a run is not the runner's recent race result: a race result they already
 * gave stands, and a training run's time is not a race's (it sets paces too slow, or replaces a 10K with an 8K).
 *
 * Rules as data: a training word (a kind of run) makes it training; a day word ("this morning", "yesterday"), a feel
 * ("felt meh") or a length no race is run at ("ran 5.2 mi") does only when the distance is said as a distance run
 * ("ran 8k", "did 5 miles"), not as an event ("ran a 10k yesterday" may well be a race). A race word always wins.
 */
const RACE_WORDS = /\b(race|raced|racing|pr|pb|prs|pbs|personal (?:best|record)|parkrun|time trial|tt|chip time|gun time|official|placed|place|podium|medal|bib|age group|turkey trot|fun run)\b/;
// "10km with 5x1km at 4:50", "6 x 800", "hill repeats": a session's reps are training, never a race.
const TRAINING_WORDS = /\b(easy|recovery|treadmill|long run|tempo|workout|training run|shakeout|jog|jogged|jogging|progression|intervals?|on my run|reps?|repeats|splits|strides|fartlek|\d+ ?x ?\d+(?:\.\d+)? ?(?:k|km|m|mi|min|mins|s|sec)?)\b/;
const DAY_WORDS = /\b(this morning|this evening|tonight|today|yesterday|last night|earlier)\b/;
/** How the run felt ("felt meh", "legs were dead"): said of a run just done, not of a race result given as one. */
const FEEL_WORDS = /\b(felt|feeling|legs (?:were|felt)|meh)\b/;
/** "ran 8k", "did 5 miles", "ran 5.2 mi": a distance run, with no article making it an event. */
const DISTANCE_RUN = /\b(?:ran|run|did|went|logged|got in)\s+(?:about |around |like |~)?(\d{1,3}(?:\.\d+)?)\s*(k|km|kms|mi|miles?)\b/;
/** Distances races are run at (km): a run of another length ("ran 5.2 mi", 8.4 km) is a training run. */
const RACE_KM = [1.5, 1.609, 3, 5, 8, 10, 12, 15, 16.09, 20, 21.1, 25, 30, 42.2, 50, 80.5, 100];

function atRaceDistance(amount: number, unit: string): boolean {
  const km = unit.startsWith('m') ? amount * 1.609344 : amount;
  return RACE_KM.some((r) => Math.abs(r - km) < 0.15);
}

export function isTrainingRun(sentence: string): boolean {
  if (RACE_WORDS.test(sentence) || findKnownRace(sentence) !== null) return false;
  if (TRAINING_WORDS.test(sentence)) return true;
  const run = DISTANCE_RUN.exec(sentence);
  if (!run) return false;
  return DAY_WORDS.test(sentence) || FEEL_WORDS.test(sentence) || !atRaceDistance(Number(run[1]), run[2]!);
}
