import type { TrainingAge } from '../../engine/vocabulary.js';
import { fail, normalize, numberFromWord, ok, type ParseResult } from './text.js';

/**
 * How often and how much ("3x a week", "4 days per week", "12 miles a week", "25 mpw") is not how long: removed
 * before reading a duration, so "I lift 3x a week (about 2 yrs)" is 2 years, not "a week".
 */
const FREQUENCY =
  /\b(?:\d+(?:\.\d+)?\s*(?:x|times?|days?|sessions?|miles?|mi|km|k|kms|hours?|hrs?|(?:early )?mornings?|evenings?|nights?|afternoons?|runs?|workouts?|classes|lunch(?:es|times?| breaks?)?)|once|twice|three times|four times|five times|(?:one|two|three|four|five|six|seven) (?:days?|times|sessions?))\s*(?:a|per|each|every|\/|a\s+)\s*(?:week|wk|month|mo)\b|\b\d+\s*(?:mpw|kpw)\b/g;

/** The text without frequencies and weekly volumes (see FREQUENCY). */
export function withoutFrequencies(text: string): string {
  return text.replace(FREQUENCY, ' ');
}

/**
 * Training age from how long someone has trained consistently: under a year is beginner, 1 to under 5
 * years intermediate, 5+ advanced (a few inconsistent years rarely make an advanced lifter). Words work
 * too: "new", "never", "beginner", "some", "intermediate", "advanced", "a decade".
 */
export function parseExperience(text: string, currentYear?: number, around = text): ParseResult<TrainingAge> {
  // "I am 67 years old and my doctor wants me strength training": an age is no years of training (was advanced).
  const r = trainingAgeOf(text.replace(AGE_SAID, ' '), currentYear);
  // "5 years before the baby, nothing since": the years still count, but a lifter coming back after a long
  // break starts as an intermediate (more volume tolerance and faster progress than an advanced lifter's plan allows).
  // `around`: the whole text the sentence came from ("lifted through my 30s and 40s. stopped 12 years ago").
  return r.success && r.data === 'advanced' && LONG_BREAK.test(normalize(around)) ? ok('intermediate') : r;
}

/** An age said in years ("67 years old", "45 yrs old", "32yo", "age 58"), which years of training are not. */
const AGE_SAID = /\b\d{1,3}\s*(?:years?|yrs?|yr)[- ]?old\b|\b\d{1,3}\s*y\/?o\b|\b(?:age|aged)\s+\d{1,3}\b/gi;

/** A long break after the training counted: "nothing since", "took 2 years off", "before the kids". */
const LONG_BREAK = /\b(?:nothing|not much|barely anything|not really|haven'?t (?:lifted|trained|been \w+)|not (?:lifted|trained)) since\b|\b(?:took|taking|had|after) (?:a |an |some |\d+ \w+ |a few \w+ |a couple \w+ |(?:\d+|a few|a couple(?: of)?|two|three|four|five|several) )?(?:long |big )?(?:time|years?|yrs?|months?|break|hiatus) off\b|\b(?:long|big|\d+ \w+) (?:break|hiatus|layoff)\b|\b(?:stopped|quit|fell off)\b|\bbefore (?:the |my )?(?:baby|kids?|pregnancy|covid|injury|surgery)\b/;

/**
 * A wish is not a history: "maybe compete in a meet someday", "want to compete next year", "hoping to be advanced"
 * say where someone wants to go, not how long they have trained.
 */
const ASPIRATION =
  /\b(?:want(?:s|ed)?|wanna|hop(?:e|es|ing)|plan(?:s|ning)?|would like|i'?d like|like|dream(?:ing)? of|aim(?:ing)?|goal is|maybe|might|eventually|someday|one day|thinking about|thinking of|interested in)\b(?: (?:to|of|in|about|be|become|get|getting|being|one day|someday|eventually|maybe|an?|more))* (?:compet\w*|advanced|experienced)\b|\b(?:compet\w*|advanced|experienced)\b[^.,;!?]*\b(?:someday|some day|one day|eventually|in the future)\b/g;

const LIFE_DECADE = String.raw`(?:(?:my |the )?(?:teens|20s|twenties|30s|thirties|40s|forties|50s|fifties|60s|sixties))`;
/** Training through two decades of life or more ("through my 30s and 40s", "all through my twenties and thirties"). */
const DECADES_OF_LIFE = new RegExp(String.raw`\b(?:through|throughout|in|during|all through|all of)\s+${LIFE_DECADE}(?:\s*(?:,|and|&|into|to|through)\s*(?:(?:all|most) (?:of )?)?${LIFE_DECADE})+\b`);
/** "stopped about 12 years ago": time since stopping, not time trained. */
const STOPPED_AGO = /\b(?:stopped|quit|gave (?:it )?up|took a break|fell off)\b[^.,;!?]*?\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few|several|many)\+?\s*(?:years?|yrs?|months?|mos?)\s+ago\b/g;

/**
 * Training that was serious once: "used to lift pretty seriously", "lifted competitively in college", "used to train
 * hard", "was a serious lifter". Not a count of years, but never a beginner's history.
 */
const SERIOUS_PAST = /\b(?:used to|use to|i'?d|would)\s+(?:\w+\s+){0,2}?(?:lift|train|powerlift|compete|work ?out|be (?:really |pretty |very )?(?:into|big on) (?:lifting|the gym|weights))\b[^.;!?()]*?\b(?:seriously|competitively|a lot|hard|heavy|consistently|religiously|every day|all the time|5 days a week|six days a week)\b|\b(?:lifted|trained|lifting|training)\s+(?:pretty |really |very |quite |fairly )?(?:seriously|competitively|consistently|religiously)\b|\bwas (?:a )?(?:pretty |really |very )?(?:serious|competitive|consistent) (?:lifter|powerlifter|gym ?goer|gym rat)\b/;
/** A count of years that is time trained ("for 6 years"), not time since ("5 yrs ago"). */
const YEARS_TRAINED = /\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few|several)\+?\s*(?:years?|yrs?)\b(?!\s+ago\b)/;
/** "never lifted seriously", "didn't train consistently": the serious history denied. */
const NEVER_SERIOUS = /\b(?:never|not|haven'?t|didn'?t|don'?t|wasn'?t)\s+(?:\w+\s+){0,2}?(?:lifted|trained|lift|train|seriously|consistently|serious|consistent)\b/;

/**
 * Whether a text says its writer trained seriously once without saying for how long ("used to lift pretty seriously
 * in college (like 5 yrs ago)"): an intermediate however the rest of the text reads ("getting back into it").
 */
export function seriousOnceUncounted(text: string): boolean {
  const t = normalize(text);
  return SERIOUS_PAST.test(t) && !NEVER_SERIOUS.test(t) && !YEARS_TRAINED.test(t);
}
/** "nothing consistent", "never stuck with it": training that never held, whenever it began. */
export const INCONSISTENT = /\b(?:(?:nothing|never|not|wasn'?t|haven'?t) (?:been )?(?:really |very |ever )?consistent(?:ly)?|never stuck (?:with|to) (?:it|anything)|(?:could|can)n?'?t stick (?:with|to) (?:it|anything))\b/;

/**
 * Training still to come: "my doctor told me I need to start doing some strength training", "want to get into
 * lifting" say what they will do, not what they have done (was "some strength training": intermediate).
 */
const TO_START = /\b(?:need|needs|want|wants|wanna|have|has|told me|told|should|going|gonna|trying|try|ready|plan(?:ning)?|time)\s+to\s+(?:start|begin|get into|get back into|take up|pick up)\b[^.,;!?]*/g;

function trainingAgeOf(text: string, currentYear?: number): ParseResult<TrainingAge> {
  const t = withoutFrequencies(normalize(text).replace(/[.!]+$/, '')).replace(TO_START, ' ');
  // "lifting since 2019": the years since then, when the caller knows the year.
  const since = /\bsince (?:(?:early|late|mid|the start of|the end of) )?((?:19|20)\d{2})\b/.exec(t);
  if (since && currentYear !== undefined && Number(since[1]) <= currentYear) {
    const n = currentYear - Number(since[1]);
    return ok(n < 1 ? 'beginner' : n < 5 ? 'intermediate' : 'advanced');
  }
  if (/\badvanced\b|\bexperienced\b|\bdecades?\b|\bcompet\w*\b|\bfor ever\b|\bforever\b|\byears and years\b/.test(t.replace(ASPIRATION, ' '))) return ok('advanced');
  if (/\bintermediate\b/.test(t)) return ok('intermediate');
  // "like 6 months on and off": the count says how long (new); on and off for years is never advanced.
  const onOff = /\b(?:on and off|off and on|on ?\/ ?off)\b/.test(t);
  // "this year" dates the start; it is not a count of years ("just started this year" is new).
  // "10 years off", "a couple years away from it": time away is not time trained.
  const counted = t.replace(/\b(?:this|earlier this|the start of this) year\b/g, '').replace(/\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few|several)\+?\s*(?:years?|yrs?|months?|mos?)\s+(?:off|away|out|break|of (?:a )?break|hiatus|not training|without training)\b/g, ' ').replace(/\b(?:nothing|not much|barely anything|not really|haven'?t (?:lifted|trained|run|ran|worked out|been \w+|done (?:anything|much)(?: (?:exercise|training|sports?|working out|fitness))?)|not (?:lifted|trained)) (?:for|in) (?:like |about |around |almost |over |nearly )?(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few|several)\+?\s*(?:years?|yrs?|months?|mos?)\b/g, ' nothing since ').replace(STOPPED_AGO, ' nothing since ');
  // "through my 30s and 40s": decades of training said by the decades of life.
  if (DECADES_OF_LIFE.test(counted)) return ok('advanced');
  // "used to lift pretty seriously in college (like 5 yrs ago)": a serious lifter coming back is no beginner; with no
  // count of years trained, an intermediate (the ago is time since, read above as a break).
  if (seriousOnceUncounted(counted)) return ok('intermediate');
  // "new job", "new city": news that is not about training. "on and off, nothing consistent": under a year of steady
  // training, however long ago it began (the training age counts consistent training).
  if ((/\b(new(?! (?:job|city|town|place|house|home|apartment|flat|schedule|shift|gym|baby|kid|work|role|position|plan|phone|number))|newish|never|beginner|newbie|novice|none|no experience|just start\w*|starting|first time|not much|little|zero|rookie|getting back|a few weeks|few weeks|haven'?t (?:really |ever |actually )?(?:run|ran|lifted|trained|worked out|exercised)|(?:haven'?t|have not|not|never|don'?t|do not) (?:really |ever |actually |properly )?(?:done|do) (?:much|any|a lot|a lot of) (?:exercise|exercising|training|sport|sports|working out|fitness|running|lifting)|since (?:school|high school|hs|college|uni|university))\b/.test(counted) || INCONSISTENT.test(counted)) && !/\b(?:years?|yrs?)\b/.test(counted)) return ok('beginner');
  if (/\b(?:started|began|took (?:it )?up)\b.*\bthis (?:year|spring|summer|fall|autumn|winter|month)\b/.test(t)) return ok('beginner');
  // "lifted in hs, nothing since", "played sports in college, not much since": long ago, then a long gap.
  if (/\b(?:nothing|not much|barely anything|not really) since\b|\bin (?:hs|high school|highschool|school|college|uni|university|my (?:teens|20s|twenties))\b/.test(counted) && !/\b(?:years?|yrs?|months?)\b/.test(counted)) return ok('beginner');
  const years = /\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a couple(?: of)?|a few|several)\+?\s*(?:or more\s*)?(years?|yrs?|y|months?|mos?|weeks?|wks?)\b/.exec(counted);
  if (years) {
    const word = years[1]!;
    const n = /^a couple/.test(word) ? 2 : word === 'a few' ? 3 : word === 'several' ? 4 : numberFromWord(word);
    if (n === null) return fail("How long have you trained? e.g. 'new', '6 months', '3 years'");
    const unit = years[2]!;
    const asYears = /^(y|yr|yrs|year|years)$/.test(unit) ? n : /^(m|mo|mos|month|months)$/.test(unit) ? n / 12 : n / 52;
    if (asYears < 1) return ok('beginner');
    if (asYears < 5 || onOff) return ok('intermediate');
    return ok('advanced');
  }
  // "some", "a bit of lifting", "done some training": some experience. Not "i have some dumbbells": kit, not a history.
  if (/^(?:some|a bit|a little|some experience)$|\b(?:some|a bit of|a little|done some|did some|a bit)\s+(?:experience|lifting|training|running|gym|weights?|strength)\b|\b(?:a while|casual\w*)\b/.test(t) || onOff) return ok('intermediate');
  return fail("How long have you trained? e.g. 'new', '6 months', '3 years'");
}
