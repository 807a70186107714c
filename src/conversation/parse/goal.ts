import type { StrengthGoal } from '../../engine/vocabulary.js';
import { findRaceDistance, type RaceDistanceChoice } from './race.js';
import { fail, normalize, ok, type ParseResult } from './text.js';

export type Goal = StrengthGoal | 'race' | 'hybrid';

export interface GoalAnswer {
  goal: Goal;
  /** Set when the answer already named the race ("train for a half marathon"). */
  race?: RaceDistanceChoice;
}

/** Order matches the onboarding question, so "1".."6" pick an option. */
export const GOAL_OPTIONS: Goal[] = ['strength', 'hypertrophy', 'fat_loss', 'general_fitness', 'race', 'hybrid'];

export const GOAL_LABEL: Record<Goal, string> = {
  strength: 'get stronger',
  hypertrophy: 'build muscle',
  fat_loss: 'lose fat',
  general_fitness: 'general fitness',
  power: 'power',
  muscular_endurance: 'muscular endurance',
  race: 'train for a race',
  hybrid: 'lifting plus a race',
};

/** Weight to lose, said as an aim: "lose about 20 pounds", "drop some weight", "weight loss". */
const LOSE_WEIGHT = /\b(?:lose|losing|drop|dropping|shed|shedding|get rid of)\b(?:\s+\w+){0,3}?\s+(?:\d+\s*(?:lbs?|pounds?|kgs?|kilos?)|weight|fat|pounds|lbs|kilos|belly|gut)\b|\bweight ?loss\b/;
/** Strength said, or a lift with a number to reach ("squat 300 pounds", "bench 2 plates"). */
/**
 * A main lift's number to raise, said without "stronger": "squat and bench up", "get my deadlift up", "improve my
 * bench", "bigger squat", "push my total". The lift, or two joined by and/&/n, then "up" or its numbers; or a verb
 * of raising before it.
 */
const MAIN_LIFT = String.raw`(?:squat|bench(?: press)?|deadlift|dead ?lift|ohp|overhead press|total|lifts|numbers)s?`;
const LIFTS_UP = String.raw`\b${MAIN_LIFT}(?:(?:\s*,\s*|\s+(?:and|&|n|\+)\s+)${MAIN_LIFT})*\s+(?:numbers?\s+)?up\b|\b(?:improve|increase|raise|boost|bump|push|up|get)\s+(?:my |the )?${MAIN_LIFT}\b(?!\s+(?:in|at)\b)|\b(?:bigger|better|heavier)\s+${MAIN_LIFT}\b`;
const BIGGER_LIFT = new RegExp(String.raw`\b(?:bigger|better|heavier)\s+${MAIN_LIFT}\b`, 'g');
const STRONG = new RegExp(String.raw`\b(stronger|strength|strong|powerlift\w*|1rm|pr'?s)\b|\b(?:squat|bench|deadlift|dead ?lift|press|pull ?ups?|chin ?ups?)(?: press)?\s+(?:\d|a |one |two |three |four |five )|${LIFTS_UP}`);
/** Strength said in words ("stronger", "powerlifting"), not only a lift with a number. */
const STRONG_WORDS = /\b(stronger|strength|strong|powerlift\w*|1rm|pr'?s)\b/;
const LIFT = /\b(lift\w*|strength|stronger|weights?|muscle|gym|powerlift\w*|bodybuild\w*)\b/;
const RUN = /\b(race|run\w*|marathon|half|5k|10k|triathlon|iron ?man|70\.3|ultra)\b/;

/** Words that make one side of a hybrid the priority ("strength is my priority", "mainly lifting"). */
const PRIORITY = /\b(priority|prioriti[sz]e|main (?:focus|goal|thing|sport)|mainly|mostly|primarily|first|more important|most important|number one|#1|focus(?:ed|ing)? on|care (?:more|most) about)\b/;
/** Words that make one side of a hybrid the lesser one ("running on the side", "some runs for cardio"). */
const SIDE = /\b(on the side|secondary|for cardio|for fun|casual\w*|a bit of|a little|less important|just to stay|keep (?:up )?(?:my |some )?(?:running|lifting)|maintain\w*)\b/;

/**
 * Which half of a hybrid the client puts first, by sentence: lifting with a priority word or running with a
 * side word → 'lift'; running with a priority word or lifting with a side word → 'race'; null when no
 * sentence says (the race comes first then).
 */
export function hybridPriority(sentencesOfText: readonly string[]): 'lift' | 'race' | null {
  for (const s of sentencesOfText) {
    const lift = LIFT.test(s);
    const run = RUN.test(s);
    if (lift === run) continue;
    if (PRIORITY.test(s)) return lift ? 'lift' : 'race';
    if (SIDE.test(s)) return lift ? 'race' : 'lift';
  }
  return null;
}

/**
 * The client's goal: "get stronger" → strength, "build muscle" → hypertrophy, "lose fat" → fat_loss,
 * "general fitness", "train for a race" / "half marathon" → race, "a mix" / "lifting and a 10k" → hybrid,
 * plus power and muscular endurance; a number picks from the listed options.
 */
export function parseGoal(text: string): ParseResult<GoalAnswer> {
  const t = normalize(text).replace(/[.!]+$/, '');
  const race = findRaceDistance(t) ?? undefined;
  const withRace = (goal: Goal): ParseResult<GoalAnswer> => ok(race ? { goal, race } : { goal });
  const pick = /^(\d)$/.exec(t);
  if (pick) {
    const g = GOAL_OPTIONS[Number(pick[1]) - 1];
    if (g) return ok({ goal: g });
  }
  if (/\b(mix|mixed|hybrid|both|combo|combination|a bit of everything)\b/.test(t) || (LIFT.test(t) && RUN.test(t))) return withRace('hybrid');
  if (RUN.test(t) || race) return withRace('race');
  // "lose about 20 pounds and feel stronger": weight to lose, said first or beside a soft wish to feel stronger, is
  // the goal (a fat-loss plan is strength training too); "get stronger and drop a few pounds" stays strength.
  // "don't want to lose weight, just get stronger": weight ruled out is no aim.
  const said = LOSE_WEIGHT.exec(t);
  const lose = said && !RULED_OUT_BEFORE.test(t.slice(0, said.index)) ? said : null;
  const strong = STRONG.exec(t);
  if (lose && (!strong || lose.index < strong.index || /\bfeel(?:ing)? (?:a (?:bit|little) )?(?:stronger|strong)\b/.test(t))) return ok({ goal: 'fat_loss' });
  // "bigger squat", "a bigger bench": a lift made bigger is its number to raise, not muscle ("bigger arms" is).
  const muscle = /\b(muscle|muscles|hypertrophy|size|bigger|bulk\w*|gain\w*|mass|bodybuild\w*|jacked|swole|huge|get big)\b/.test(t.replace(BIGGER_LIFT, ' '));
  // "want to build muscle … bench 225 squat 315": numbers beside a lift are maxes told, not the aim; the muscle said is.
  const target = strong !== null && /\b(?:to|hit|reach|goal(?: is)?|aim(?:ing)? (?:to|for)|wanna|finally)\s*$/.test(t.slice(Math.max(0, strong.index - 14), strong.index));
  if (strong && (target || !muscle || STRONG_WORDS.test(t))) return ok({ goal: 'strength' });
  if (muscle) return ok({ goal: 'hypertrophy' });
  // "grow my glutes", "build my booty", "bigger arms": growing a body part is building muscle.
  if (/\b(?:grow|grow(?:ing)? out|build(?:ing)? up|build|shape|lift)\s+(?:my |up my |the )?(?:glutes?|booty|butt|bum|legs|quads|arms|biceps|shoulders|delts|back|lats|chest|pecs|calves)\b|\b(?:glute|booty|butt|bum) (?:gains|growth|building)\b/.test(t)) return ok({ goal: 'hypertrophy' });
  if (/\b(lose|losing|fat|weight loss|lean\w*|cut|cutting|slim\w*|tone|toned|shred\w*|ripped|(?:dad|mom) ?bod|beer belly|belly|love handles|baby weight|spare tire)\b/.test(t)) return ok({ goal: 'fat_loss' });
  // "my doctor said I should do weight training", "want to start lifting": lifting as the aim, no other said, is
  // getting stronger (what a bone-density or a new lifter's plan is built for). "never lifted weights" is history.
  if (/\b(?:do|doing|start|starting|begin|try|get into|getting into|take up|pick up)\s+(?:some\s+|more\s+)?(?:weight|weights|resistance|strength)\s+training\b|\b(?:start|starting|begin|get into|getting into|take up|try)\s+(?:lifting|weightlifting|lifting weights)\b/.test(t)) return ok({ goal: 'strength' });
  // "get faster for tryouts", "quicker on the pitch": an athlete's speed is power work (a runner's "faster" is a race, above).
  if (/\b(power|explosive\w*|jump\w*|athletic\w*|sprint\w*|speed|faster|quicker|quickness|agility|agile|vertical|tryouts?)\b/.test(t)) return ok({ goal: 'power' });
  if (/\b(endurance|stamina|conditioning|reps)\b/.test(t)) return ok({ goal: 'muscular_endurance' });
  if (/\b(general|fit|fitter|fitness|health\w*|shape|feel better|active|overall|in shape|longevity|wellness)\b/.test(t)) return ok({ goal: 'general_fitness' });
  return fail("I didn't catch the goal - reply: get stronger, build muscle, lose fat, general fitness, train for a race, or a mix");
}

/**
 * A second lifting goal said beside the first ("get strnger n lose the gut", "build muscle and lean out"), in
 * slang too: the plan keeps one goal (the first said, parseGoal), and the second is kept and said back. Rules as
 * data, one row per goal.
 */
const ALSO_GOALS: ReadonlyArray<[StrengthGoal, RegExp]> = [
  ['fat_loss', /\b(?:los(?:e|ing)|drop(?:ping)?|shed(?:ding)?|get(?:ting)? rid of|burn(?:ing)?|trim(?:ming)?|lose off)\s+(?:(?:the|my|this|that|some|a bit of|a little|a lil|a few|some of (?:the|my)|extra|about|around|like|\d+\s*(?:lbs?|pounds|kgs?|kilos))\s+)*(?:\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:lbs?|pounds|kgs?|kilos)|fat|weight|pounds|lbs|kilos|gut|belly|tummy|pouch|(?:dad|mom) ?(?:bod|gut|belly)|beer belly|love handles|spare tire|baby weight|flab|chub)\b|\b(?:weight ?loss|fat ?loss|lean(?:ing)? out|get(?:ting)? (?:lean|leaner|shredded|ripped|cut)|slim(?:ming)? down|tone up|cut(?:ting)? (?:some |a bit of )?(?:fat|weight))\b/],
  ['hypertrophy', /\b(?:build(?:ing)? (?:some |more )?muscle|gain(?:ing)? (?:some |more )?(?:muscle|size|mass)|put(?:ting)? on (?:some |more )?(?:muscle|size|mass)|get(?:ting)? (?:bigger|big|jacked|swole|huge)|bulk(?:ing)?(?: up)?|hypertrophy)\b/],
  ['strength', /\b(?:get(?:ting)? (?:stronger|strong)|stronger|strength|powerlift\w*)\b/],
];
/** The lifting goal a text names first ("build muscle and also run a half" → hypertrophy), or null. */
export function liftingGoalIn(text: string): StrengthGoal | null {
  const t = normalize(text);
  const found = ALSO_GOALS.map(([goal, re]) => ({ goal, m: re.exec(t) })).filter((x) => x.m !== null && !RULED_OUT_BEFORE.test(t.slice(0, x.m.index)));
  return found.sort((x, y) => x.m!.index - y.m!.index)[0]?.goal ?? null;
}

/** "don't want to lose weight, just get stronger": a goal ruled out in its clause is none. */
const RULED_OUT_BEFORE = /\b(?:don'?t|do not|not|no need to|never|without)\b[^,.;!?]*$/;

export function secondGoal(text: string, first: Goal): StrengthGoal | null {
  if (!ALSO_GOALS.some(([g]) => g === first)) return null;
  const t = normalize(text).replace(/\bfeel(?:ing)? (?:a (?:bit|little) )?(?:stronger|strong)\b/g, ' ');
  for (const [goal, re] of ALSO_GOALS) {
    if (goal === first) continue;
    const m = re.exec(t);
    if (m && !RULED_OUT_BEFORE.test(t.slice(0, m.index))) return goal;
  }
  return null;
}
