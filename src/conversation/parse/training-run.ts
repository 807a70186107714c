import { findKnownRace } from './race-calendar.js';

/**
 * A run told as training, not a race: "ran 8k in 48 min this morning", "did 5 miles in 45 yesterday", "easy 10k in
 * 58 on the treadmill". Mid-onboarding such a run is not the runner's recent race result: a race result they already
 * gave stands, and a training run's time is not a race's (it sets paces too slow, or replaces a 10K with an 8K).
 *
 * Rules as data: a training word (a kind of run, or a feel) makes it training; a day word ("this morning",
 * "yesterday") does only when the distance is said as a distance run ("ran 8k", "did 5 miles"), not as an event ("ran
 * a 10k yesterday" may well be a race). A race word always wins.
 */
const RACE_WORDS = /\b(race|raced|racing|pr|pb|prs|pbs|personal (?:best|record)|parkrun|time trial|tt|chip time|gun time|official|placed|place|podium|medal|bib|age group|turkey trot|fun run)\b/;
const TRAINING_WORDS = /\b(easy|recovery|treadmill|long run|tempo|workout|training run|shakeout|jog|jogged|jogging|progression|intervals?|on my run)\b/;
const DAY_WORDS = /\b(this morning|this evening|tonight|today|yesterday|last night|earlier)\b/;
/** "ran 8k", "did 5 miles", "ran 8.5 km": a distance run, with no article making it an event. */
const DISTANCE_RUN = /\b(?:ran|run|did|went|logged|got in)\s+(?:about |around |like |~)?\d{1,3}(?:\.\d+)?\s*(?:k|km|kms|mi|miles?)\b/;

export function isTrainingRun(sentence: string): boolean {
  if (RACE_WORDS.test(sentence) || findKnownRace(sentence) !== null) return false;
  if (TRAINING_WORDS.test(sentence)) return true;
  return DAY_WORDS.test(sentence) && DISTANCE_RUN.test(sentence);
}
