/**
 * Whether a text says the client is away from home, from the one word list (words.ts AWAY_*), so the in-plan
 * reader and onboarding's asides agree. 'away' needs nothing more ("out of town", "at my parents'");
 * 'going' ("heading to denver", "in austin for work") is a trip only when days are named, which the caller checks.
 */
import { AWAY_PLACE_LEADS, AWAY_PLACE_WORDS, AWAY_REASON_WORDS, AWAY_WORDS, GOING_WORDS, OUTING_WORDS, anyOf } from '../words.js';

const AWAY = anyOf(AWAY_WORDS);
const place = [...AWAY_PLACE_WORDS].map((w) => w.replace(/ /g, '\\s+')).join('|');
const leads = [...AWAY_PLACE_LEADS].map((w) => w.replace(/ /g, '\\s+')).join('|');
// "at my parents'", "to my mom's place", "visiting the in-laws", "my folks' house"
const AT_PLACE = new RegExp(`(?<![a-z])(?:${leads})\\s+(?:my|the|our|his|her|a)\\s+(?:${place})(?:'s|s'|s|')?(?:\\s+(?:house|place|home|cabin))?(?![a-z])`);
const GOING = anyOf(GOING_WORDS);
// "in denver for work", "in new york for a conference"
const IN_FOR = new RegExp(`(?<![a-z])in\\s+[a-z]+(?:\\s+[a-z]+)?\\s+${anyOf(AWAY_REASON_WORDS).source}`);

// "i'm in tokyo for 2 weeks starting monday", "in denver until friday": a stay with an end is a trip, not a move.
const IN_FOR_A_WHILE = /(?<![a-z])in\s+[a-z]+(?:\s+[a-z]+)?\s+(?:for (?:\d+|a|one|two|three|four|a few|a couple(?: of)?) (?:days?|nights?|weeks?|wks?)|(?:until|till|til|through|thru) (?:mon|tue|wed|thu|fri|sat|sun|the|next|\d))/;

// "i'm in chicago next week", "i'll be in denver tue-thu", "in austin this weekend": a place on days ahead is a
// trip (when the caller finds the days), not a move; "in the gym tomorrow" or "in pain today" is no place.
const IN_WHEN = /(?<![a-z])in\s+(?!(?:the|a|my)\s+(?:gym|morning|evening|afternoon|office|mood)\b|(?:pain|bed|class|school|work|town|person|time|meetings?)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:next (?:week|weekend|month|mon|tue|wed|thu|fri|sat|sun)|this (?:week|weekend|coming)|tomorrow|over the weekend|from (?:mon|tue|wed|thu|fri|sat|sun|the|next|\d)|(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|to|through|thru|till|until)\s*(?:mon|tue|wed|thu|fri|sat|sun))/;

// "a wedding", "my niece's birthday party", "the game": an outing named right after the going words.
const OUTING = new RegExp(`^\\s*(?:(?:a|an|the|my|our|his|her|their|[a-z]+'s)\\s+)?(?:[a-z]+\\s+){0,2}?${anyOf(OUTING_WORDS).source}`);
// "a wedding in denver", "a wedding out in austin": the outing is in another place, a trip.
const ELSEWHERE = /\b(?:in|out in|up in|down in|over in|at)\s+(?!(?:the\s+)?(?:morning|evening|afternoon|night|day|park|church|city)\b)[a-z]+/;

/** "going to a wedding sunday": a day out, not a trip (by plane, car or to another city it is one). */
function isOuting(going: string, after: string): boolean {
  return /^(?:going|goin|heading|headed|off) to$/.test(going) && OUTING.test(after) && !ELSEWHERE.test(after);
}

export function awayKind(t: string): 'away' | 'going' | null {
  if (AWAY.test(t) || AT_PLACE.test(t) || IN_FOR.test(t) || IN_FOR_A_WHILE.test(t)) return 'away';
  if (IN_WHEN.test(t)) return 'going';
  // "going to do squats friday", "heading to the gym": going somewhere to train is not a trip.
  const going = GOING.exec(t);
  if (going && !/^\s*(?:the |my )?(?:gym|do|train|lift|run|try|be|need|have|skip|start|make|work|bed|sleep|push|hit)\b/.test(t.slice(going.index + going[0].length)) && !isOuting(going[0], t.slice(going.index + going[0].length))) return 'going';
  return null;
}
