/**
 * The deterministic reader: a client's text → its items, a confidence, and when unsure the two nearest
 * readings. Whole-text rules first (injuries, trips, swaps, questions, settings), then each sentence through
 * the clause rules (logs, day queries, how they feel), with a day named in one sentence carried to the next
 * ("forgot to log wed: bench 185 for 5. squat 3x6 275" is two Wednesday lifts).
 */
import Fuse from 'fuse.js';
import { findDateRef, findPastDate, formatDay, localToday } from '../parse/dates.js';
import { findEffortWords } from '../parse/effort.js';
import { parseLifts } from '../parse/lift-log.js';
import { findExerciseMentions } from '../parse/exercise.js';
import { findBodyParts } from '../parse/body.js';
import { WEEKDAY_SPELLED } from '../parse/weekdays.js';
import { ratingsAsWords } from '../parse/rating.js';
import { normalize, spelledCountsAsDigits } from '../parse/text.js';
import { BODY_PART_WORDS, EMOJI_WORDS, FILLER_WORDS, SHORTHAND, anyOf } from '../words.js';
import { LOG_INTENTS as LOG_INTENT_LIST, type Item, type Understanding } from './items.js';
import { GUESS, isQuestion, PAIN_NEGATED, partSaidFine, RECOVERED, RULES, type Clause, type ReadContext, type Rule } from './rules.js';
import { nameMidSentence } from '../../engine/strength/exercises.js';

export type { ReadContext } from './rules.js';

export interface ReaderOptions {
  now: Date;
  timezone: string;
  units: 'imperial' | 'metric';
}

const LOG_INTENTS = new Set<Item['intent']>(LOG_INTENT_LIST);
const FILLER = anyOf([...FILLER_WORDS, 'also', 'and', 'so', 'anyway', 'oh', 'ah', 'well'], 'g');

/** Emoji and pictographs carry mood, not content: a thumbs-up alone is an acknowledgement. */
function stripEmoji(s: string): { text: string; thumbsUp: boolean } {
  const thumbsUp = /[\u{1F44D}\u{1F4AA}\u{2705}\u{1F525}]/u.test(s);
  return { text: s.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu, ' ').replace(/\s+/g, ' ').trim(), thumbsUp };
}

/**
 * Sentences of a text: split at . ! ? ; and new lines (not inside numbers like 6.4 or 8:40), and before
 * "also" / "then" / "plus" when they start a new report.
 */
export function splitClauses(text: string): string[] {
  const clauses = text
    .replace(/([.!?;])(?=\s|$)/g, '$1\n')
    .replace(/\s+(?:also|plus|and also|oh and|btw)\s+(?=[a-z0-9])/gi, '\n')
    .split(/\n+/)
    .flatMap(askedAfterLog)
    .flatMap(dayLedParts)
    .flatMap(bodyAfterLog)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[.!?;,\s]/g, '') !== '');
  // "race went great! 1:52:14", "PR!! 23:10": a finish time on its own is the race's, told in the clause before.
  return clauses.reduce<string[]>((out, c) => {
    const prev = out.at(-1);
    if (prev !== undefined && FINISH_TIME_ALONE.test(c) && RACE_TOLD.test(prev)) out[out.length - 1] = `${prev} ${c}`;
    else out.push(c);
    return out;
  }, []);
}

/** A weekday opening a part of a list: "mon: easy 3", "wed tempo 5 miles", "tues - intervals". */
const DAY_LEAD = new RegExp(String.raw`^(?:${WEEKDAY_SPELLED.join('|')})\b\s*[:\-]?`, 'i');

/**
 * "mon: easy 3, wed: tempo", "mon easy 3 at 9:30, wed tempo 5 miles": a list of days, each with what was done on it,
 * is a clause per day, so each log keeps its own day (was one run logged on Monday, with Wednesday's tempo as its kind).
 * Only when the clause opens with a weekday and every part after a comma does too: "skip mon, wed and fri" or
 * "move mon to wed, fri to sat" stay whole.
 */
function dayLedParts(clause: string): string[] {
  const parts = clause.split(/\s*[,;]\s*/).map((p) => p.trim()).filter(Boolean);
  // "mon, wed, fri" is days alone, not a day's log each.
  if (parts.length < 2 || !parts.every((p) => DAY_LEAD.test(normalize(p)) && normalize(p).replace(DAY_LEAD, '').trim() !== '')) return [clause];
  // Beside a run logged with its numbers, a day with only its session named ("wed: tempo") is that session done that
  // day, not the question "what's on wednesday?".
  if (!parts.some((p) => /\d/.test(p))) return parts;
  return parts.map((p) => (SESSION_ONLY.test(normalize(p).replace(DAY_LEAD, '').trim()) ? `${p} done` : p));
}
/** A session named alone, as a day's entry in a list of what was done: "tempo", "the long run", "easy". */
const SESSION_ONLY = /^(?:the\s+|my\s+)?(?:easy|tempo|threshold|intervals?|track|speed ?work|hills?|hill repeats|long|recovery|fartlek|strides)(?:\s+(?:run|workout|session|day))?$/;

/** A question that starts after a comma: ", can i skip sat?", ", should i still run". */
const QUESTION_AFTER_COMMA = /[,;]\s*(?=(?:so |but |and |also )?(?:(?:can|could|should|may|do|will|would|is it|is that) (?:i|we|ok|okay|fine|normal|bad)\b|(?:ok|okay|alright|fine|safe) to\b))/;

/**
 * "did squats 3x5 @225 and bench 3x8 135, knees a bit achy, can i skip sat?", "knee feels better today, ok to
 * squat?": a question after a report with numbers or a body part in it is a sentence of its own, or the "?" made
 * the whole report a question and its lifts (or the knee better) were lost.
 */
function askedAfterLog(clause: string): string[] {
  const m = QUESTION_AFTER_COMMA.exec(clause);
  const before = m ? clause.slice(0, m.index) : '';
  if (!m || !(/\d/.test(before) || findBodyParts(normalize(before)).length > 0)) return [clause];
  return [clause.slice(0, m.index), ...askedAfterLog(clause.slice(m.index + m[0].length))];
}

/** A part said to be fine: "achilles was fine", "knee felt ok", "no shin pain", "knees fine". */
const bodyFine = (part: string): boolean => {
  const t = normalize(part);
  return RECOVERED.test(t) || PAIN_NEGATED.test(t) || partSaidFine(t);
};
/** Where a body part's word starts ("ran 5 knee felt good": the run ends before "knee"). */
const PART_WORD = new RegExp(`(?:\\b(?:and|&)\\s+)?(?:\\b(?:my|the|both)\\s+)?${anyOf(Object.values(BODY_PART_WORDS).flat()).source}`);

/**
 * "ran 5 this morning at 8:50 pace, achilles was fine": a part said fine after a log with numbers is a sentence of
 * its own, or the recovery read the whole clause and the run was lost.
 */
const LOG_SAID = /\b(?:did|done|finished|ran|completed|crushed|smashed|nailed|got through|knocked out)\b/i;
function bodyAfterLog(clause: string): string[] {
  // "did 4 miles, shins ok, calves sore": each part after the log names a part and what it is. "ran 6 and my knee felt
  // great", "ran 5 knee felt good": with no comma, the log ends where the part is named (was the run or the knee lost).
  const at = clause.includes(',') ? -1 : (PART_WORD.exec(normalize(clause))?.index ?? -1);
  const [log, ...parts] = at > 0 && normalize(clause).length === clause.length ? [clause.slice(0, at).trim(), clause.slice(at).replace(/^\s*(?:and|&)\s+/, '').trim()] : clause.split(/\s*,\s*/);
  // "done, knee was ok", "did the long run, legs felt fine": a log said in words counts as one with numbers.
  if (parts.length === 0 || !(/\d/.test(log!) || LOG_SAID.test(log!)) || findBodyParts(normalize(log!)).length > 0) return [clause];
  if (!parts.every((x) => findBodyParts(normalize(x)).length > 0) || !parts.some(bodyFine)) return [clause];
  return [log!, ...parts];
}

/** A clause that is only a finish time ("1:52:14", "48:30!", "chip time 23:10"). */
const FINISH_TIME_ALONE = /^(?:(?:chip|gun|official|finish)\s+time\s*:?\s*)?\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*[.!]*$/i;
/** A clause about a race run ("race went great!", "new PR", "finished the half"). */
const RACE_TOLD = /\b(?:race|raced|pr|pb|pr'?d|personal (?:best|record)|finished|crushed|marathon|half|5k|10k|parkrun)\b/i;

function runRules(rules: Rule[], clause: Clause, ctx: ReadContext, alreadyRead = false): { items: Item[]; confidence: number; final: boolean } | null {
  const items: Item[] = [];
  let confidence = 1;
  const done = () => {
    // Logs first, then how the client feels: "skipped, too tired" is a skip with a note, in that order.
    const rank = (i: Item) => (['done', 'skipped', 'log_strength', 'log_run', 'stated_maxes'].includes(i.intent) ? 0 : 1);
    return items.map((item, n) => ({ item, n })).sort((a, b) => rank(a.item) - rank(b.item) || a.n - b.n).map((x) => x.item);
  };
  for (const rule of rules) {
    if (rule.mood === 'question' && !clause.question) continue;
    if (rule.mood === 'statement' && clause.question) continue;
    if (rule.alone && (items.length > 0 || alreadyRead)) continue;
    const m = rule.read(clause, ctx);
    if (!m || m.items.length === 0) continue;
    items.push(...m.items);
    confidence = Math.min(confidence, m.confidence);
    if (rule.final) return { items: done(), confidence, final: true };
  }
  return items.length ? { items: done(), confidence, final: false } : null;
}

const TEXT_RULES = RULES.filter((r) => r.scope === 'text');
const QUESTION_RULES = TEXT_RULES.filter((r) => r.mood === 'question');
/** Logs a whole-text rule never holds beside itself; a correction, stated maxes or a log read whole already has its logs, and "did the run on the treadmill, is that ok" asks about its own log. */
const POSITIVE_LOGS = new Set<Item['intent']>(['done', 'log_strength', 'log_run', 'skipped']);

/**
 * The logs in the other sentences of a text a whole-text rule read ("done. also can we move thurs to fri",
 * "done! what does rir mean?", "ran 3 miles, and i'm traveling to denver next week"): the rule answers its
 * part, and the log of the others is not lost. A part the whole-text rules read on its own is that rule's;
 * only plain log parts are added.
 */
function logsBeside(t: string, read: Item[], ctx: ReadContext): Item[] {
  // Sentences, and their parts at commas and "and": "ran 3 miles, knee hurts a bit, and i'm traveling to denver".
  const sentences = splitClauses(t).flatMap((s) => s.split(/\s*[,;]\s*|\s+(?:and|but|plus)\s+/)).filter((s) => s.trim() !== '');
  if (sentences.length < 2 || read.some((i) => LOG_INTENTS.has(i.intent) || i.intent === 'correct_log' || i.intent === 'refused' || i.intent === 'unnamed_lift' || i.intent === 'modification_ok')) return [];
  const out: Item[] = [];
  for (const raw of sentences) {
    const text = normalize(raw);
    const clause: Clause = { text, raw, question: isQuestion(text), logDate: findPastDate(text, ctx.now, ctx.timezone) ?? ctx.today };
    // A negated sentence ("never done one") logs nothing, nor one of a day ahead ("got a 10k this sat").
    if (clause.question || aheadOnly(text, ctx) || /\b(never|not|didn'?t|haven'?t|hasn'?t|no)\b/.test(text) || runRules(TEXT_RULES, clause, ctx)) continue;
    const r = runRules(CLAUSE_RULES, clause, ctx);
    // A skip beside a missed session is that session's ("skipped today. can i do it tomorrow?").
    out.push(...(r?.items ?? []).filter((i) => POSITIVE_LOGS.has(i.intent) && !(i.intent === 'skipped' && read.some((x) => x.intent === 'missed_session'))));
  }
  return out;
}
const CLAUSE_RULES = RULES.filter((r) => r.scope === 'clause');

/**
 * A sentence about a day ahead ("got a 10k this sat", "have a 5k sunday"): nothing in it is done yet. A weekday
 * alone is ahead only with no word of something done ("ran 5 sunday" is last Sunday's).
 */
function aheadOnly(text: string, ctx: ReadContext): boolean {
  const ref = findDateRef(text, ctx.now, ctx.timezone);
  if (ref === null || (ref.kind === 'date' ? ref.date : ref.from) <= ctx.today) return false;
  return findPastDate(text, ctx.now, ctx.timezone) === null || !DONE_WORDS.test(text);
}
const DONE_WORDS = /\b(?:ran|run|did|done|raced|finished|was|were|went|hit|logged|walked|jogged|biked|rode|swam|lifted|squatted|benched|pulled|got in)\b/;

/**
 * Readings to offer when nothing matched: the nearest examples, each read by the rules themselves. Only
 * readings that carry no values of their own: picking "1" must never log a run, a lift, a sore body part, a trip or a
 * time the client did not write.
 */
const EXAMPLES: string[] = [
  "what's today", 'tomorrow', 'this week', 'my plan', 'done', 'skipped today', 'pause', 'resume', 'new plan', 'how am I doing?', 'what does RIR mean?', 'what pace should my easy runs be?',
  'why is this week lighter?', 'help',
];
const EXAMPLE_FUSE = new Fuse(EXAMPLES, { includeScore: true, threshold: 1, ignoreLocation: true });
/**
 * Fuse's score (0 exact … 1 nothing alike) past which an example is not a reading of the text: a typo
 * ("tmorow" 0.33, "wat is rir" 0.63) is near one; keyboard mash ("asdfgh lol" 0.78) or another topic
 * ("ok cool whatever" 0.77) is near none, and gets "didn't get that" rather than two unrelated guesses.
 */
const NEAR_SCORE = 0.7;

function nearestReadings(t: string, ctx: ReadContext): [Item, Item] | null {
  const hits = EXAMPLE_FUSE.search(t, { limit: 6 });
  if (!hits.length || (hits[0]!.score ?? 1) > NEAR_SCORE) return null;
  const picks = hits.map((r) => r.item);
  const items: Item[] = [];
  for (const p of picks) {
    const r = readClauses(p, ctx);
    const first = r?.items[0];
    if (first && !items.some((i) => i.intent === first.intent)) items.push(first);
    if (items.length === 2) break;
  }
  return items.length === 2 ? [items[0]!, items[1]!] : null;
}

/** Where a new request starts inside a sentence: "move thurs to fri and i'm in chicago next week". */
const NEW_REQUEST = /\s+and\s+(?=(?:i'?m|im|i am|i'?ll|i will|we'?re|we will|(?:can|could) (?:we|i|you)|please)\b)/;

/**
 * A text holding two or more requests a whole-text rule each reads ("done. also can we move thurs to fri and
 * i'm in chicago next week"): read part by part, or the first rule takes the whole text and the others are
 * lost. Only when at least two parts are read whole-text with different intents; a part they do not read keeps
 * its logs and how-I-feel reading (the clause rules).
 */
function separateRequests(t: string, ctx: ReadContext): { items: Item[]; confidence: number } | null {
  // Sentences and new requests only: "is it ok if i also do yoga?" is one question, not two parts.
  const parts = t.split(/(?<=[.!?;])\s+|\n+/).flatMap((s) => s.split(NEW_REQUEST)).map((s) => s.trim()).filter((s) => s.replace(/[.!?;,\s]/g, '') !== '');
  if (parts.length < 2) return null;
  const clauses = parts.map((raw): Clause => {
    const text = normalize(raw);
    return { text, raw, question: isQuestion(text), logDate: findPastDate(text, ctx.now, ctx.timezone) ?? ctx.today };
  });
  const byText = clauses.map((c) => runRules(TEXT_RULES, c, ctx));
  const whole = byText.filter((r) => r?.final);
  if (whole.length < 2 || new Set(whole.flatMap((r) => r!.items.map((i) => i.intent))).size < 2) return null;
  // "skip fri, flying to denver thru sunday. hotel gym only has dumbells up to 50": the kit sentence is the trip's,
  // not a request of its own; the text is read whole.
  const travels = whole.flatMap((r) => r!.items).filter((i) => i.intent === 'travel');
  if (travels.some((i) => i.kitOnly || !i.datesNamed) && travels.some((i) => i.datesNamed)) return null;
  const read = clauses.map((c, k) => (byText[k]?.final ? byText[k] : runRules(CLAUSE_RULES, c, ctx)));
  return { items: read.flatMap((r) => r?.items ?? []), confidence: Math.min(...read.map((r) => r?.confidence ?? 1)) };
}

/** What a question sentence beside a report may ask for: the plan's days, read from the question alone. */
const ASKED_BESIDE = new Set<Item['intent']>(['today', 'tomorrow', 'day', 'week', 'plan', 'text_time']);
/** A sentence that asks what a day holds, by its words: "what's today?", "what do i have tomorrow", "whats on thursday". */
const ASKS_FOR_DAY = /^(?:(?:so|and|also|btw|ok|okay|anyway|oh)[,\s]+)*(?:should i (?:still |even )?(?:do|run|lift|train|go)\b(?!.*\b(?:instead|move|swap|switch)\b)|what'?s|whats|what is|what do i have|what have i got|what am i doing|what'?s the plan|whats the plan|what'?s on|what'?s up)\b(?:(?!\b(?:instead|move|swap|switch|do i do|should i)\b).)*\b(?:today|tomorrow|tonight|this week|next week|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the plan)\b/;
/** A day asked bare in its own sentence ("tomorrow?", "this week?") beside a report. */
const BARE_DAY_ASKED = /^(?:(?:so|and|also|btw|ok|okay|anyway|oh)[,\s]+)*(?:today|tomorrow|tmrw|this week|next week|the week|my week)\s*\?+\s*$/;
const asksForDay = (s: string) => ASKS_FOR_DAY.test(s) || BARE_DAY_ASKED.test(s);

/**
 * A question sentence of its own beside a report a whole-text rule read ("in denver next week. what's today?"):
 * the day it asks for is answered too (was dropped: the trip alone was read). Only a sentence that is not the
 * whole text, and only a day, week or plan asked for that the report did not already read.
 */
function askedBeside(t: string, read: readonly Item[], ctx: ReadContext): Item[] {
  const sentences = t.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  if (sentences.length < 2) return [];
  const out: Item[] = [];
  for (const raw of sentences) {
    const text = normalize(raw);
    if (!isQuestion(text) || !asksForDay(text)) continue;
    const clause: Clause = { text, raw, question: true, logDate: ctx.today };
    const r = runRules(CLAUSE_RULES, clause, ctx);
    for (const item of r?.items ?? []) if (ASKED_BESIDE.has(item.intent) && !read.some((i) => i.intent === item.intent) && !out.some((i) => i.intent === item.intent)) out.push(item);
  }
  return out;
}

/**
 * A report told in its own sentences beside day questions ("got a cold. what's tomorrow?", "my gym closed, only
 * have bands now. what's this week?"): the told sentences are read as a statement, and the day asked answered
 * too (was: the text read as a question, so the cold was lost, and "this week" of the question made the gym
 * closed for that week only). Only when every question sentence asks for a day, week or plan.
 */
function reportBesideDayQuestion(t: string, ctx: ReadContext): { items: Item[]; confidence: number } | null {
  const sentences = t.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter((s) => s.replace(/[.!?;,\s]/g, '') !== '');
  const asks = sentences.filter((s) => isQuestion(normalize(s)));
  const told = sentences.filter((s) => !isQuestion(normalize(s)));
  if (!asks.length || !told.length || !asks.every((s) => asksForDay(normalize(s)))) return null;
  const raw = told.join(' ');
  const text = normalize(raw);
  const r = runRules(TEXT_RULES, { text, raw, question: false, logDate: findPastDate(text, ctx.now, ctx.timezone) ?? ctx.today }, ctx);
  if (!r?.final) return null;
  const asked = askedBeside(t, r.items, ctx);
  return asked.length ? { items: [...r.items, ...asked], confidence: r.confidence } : null;
}

function readClauses(t: string, ctx: ReadContext): { items: Item[]; confidence: number; unread: number; byText: boolean } | null {
  const separate = separateRequests(t, ctx);
  if (separate) return { ...separate, unread: 0, byText: true };
  const whole: Clause = { text: t, raw: t, question: isQuestion(t), logDate: findPastDate(t, ctx.now, ctx.timezone) ?? ctx.today };
  if (whole.question) {
    const beside = reportBesideDayQuestion(t, ctx);
    if (beside) return { ...beside, unread: 0, byText: true };
  }
  const byText = runRules(TEXT_RULES, whole, ctx);
  if (byText?.final) return { items: [...logsBeside(t, byText.items, ctx), ...byText.items, ...askedBeside(t, byText.items, ctx)], confidence: byText.confidence, unread: 0, byText: true };
  const items: Item[] = [...(byText?.items ?? [])];
  let confidence = byText?.confidence ?? 1;
  let unread = 0;
  let carried: string | null = null;
  for (const raw of splitClauses(t)) {
    const text = normalize(raw);
    const named = findPastDate(text, ctx.now, ctx.timezone);
    if (named) carried = named;
    const clause: Clause = { text, raw, question: isQuestion(text), logDate: carried ?? ctx.today };
    // "bench 185x5. felt easy": effort words in their own sentence belong to the lift just logged.
    if (!clause.question && attachEffort(items, text)) continue;
    // "Thank you. Could you explain what an RDL is?": a question sentence in a text that is not one as a
    // whole gets the question rules the whole text did not.
    const asked = clause.question && !whole.question ? runRules(QUESTION_RULES, clause, ctx) : null;
    if (asked?.final) {
      items.push(...asked.items);
      confidence = Math.min(confidence, asked.confidence);
      continue;
    }
    // A question sentence of its own after a report read whole ("knees kinda achy. what's on tomorrow?") is still
    // asked: only a clause the report is in keeps its day words to itself.
    const asks = clause.question && normalize(raw).length < t.length - 1;
    const r = runRules(CLAUSE_RULES, clause, ctx, (byText?.items.length ?? 0) > 0 && !asks);
    if (!r) {
      // Leftover words ("also", "lol", "ugh") are not a misunderstanding; a sentence of content is.
      if (text.replace(FILLER, ' ').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).length >= 3) unread += 1;
      continue;
    }
    for (const item of r.items) {
      // A second pain/soreness reading of the same text adds nothing.
      if (item.intent === 'soreness' && items.some((i) => i.intent === 'pain')) continue;
      // "DONE!!! THAT WAS BRUTAL": the session said done and then how it went is one session, its note both.
      const sameDone = item.intent === 'done' ? items.find((i): i is typeof item => i.intent === 'done' && i.date === item.date) : undefined;
      if (sameDone && item.intent === 'done' && item.skippedExerciseIds.length === 0 && !item.onlyExerciseIds && !item.skippedSections) {
        sameDone.note = [sameDone.note, item.note].filter((n) => n !== null).join(' ') || null;
        continue;
      }
      items.push(item);
    }
    confidence = Math.min(confidence, r.confidence);
  }
  spreadClosingEffort(items, t);
  return items.length ? { items, confidence, unread, byText: (byText?.items.length ?? 0) > 0 } : null;
}

const SHORTHAND_RE = new RegExp(`(?<![\\w'./:@-])(${SHORTHAND.map(([w]) => w).join('|')})(?![\\w'./:@-])`, 'g');
const SHORTHAND_OF = new Map(SHORTHAND);

/** Texting shorthand spelled out (words.ts SHORTHAND), whole words only. */
export function expandShorthand(t: string): string {
  return t.replace(SHORTHAND_RE, (w) => SHORTHAND_OF.get(w) ?? w);
}

/**
 * "hip thrust 3x10 at 60kg, leg press 3x12 at 100, felt a bit easy tbh": how it felt, said once at the end of a
 * text of several lifts, is how the session felt: every lift with no effort of its own gets it (the parser gave
 * it to the last lift only, so the others read as all-out and their next loads dropped). Only a closing "felt …"
 * sentence or clause after the last lift; a bare "easy" right after one lift stays that lift's.
 */
const SESSION_FELT = /(?:^|[,.;!]\s*|\band\s+|\bbut\s+)(?:it |all |everything |both |they |it all |the whole thing |overall )?(?:felt|feels|was|were)\b[^,.;!?]*[.!]*\s*$/;

function spreadClosingEffort(items: Item[], t: string): void {
  const lifts = items.filter((i): i is Extract<Item, { intent: 'log_strength' }> => i.intent === 'log_strength');
  if (lifts.length < 2) return;
  const closing = SESSION_FELT.exec(t);
  const words = closing ? findEffortWords(closing[0]) : null;
  if (!words) return;
  const last = lifts.at(-1)!.lift.groups.at(-1)!;
  if (last.rir !== words.rir || last.rpe !== null) return;
  for (const l of lifts.slice(0, -1)) {
    for (const g of l.lift.groups) if (g.rir === null && g.rpe === null && g.reps !== null) Object.assign(g, { rir: words.rir, effort: words.words });
  }
}

/**
 * Gives the last logged lift of this text the effort a following sentence names, when that sentence is only
 * about effort ("felt easy", "brutal", "could've done 3 more") and the lift had no RPE/RIR of its own.
 */
function attachEffort(items: Item[], text: string): boolean {
  // A lift named or not ("hit 225 for 3 sets of 5. grinder"). A sentence naming a lift logged before is about that
  // lift ("squat 3x5 at 225, bench 3x5 at 185. squat was brutal": the squat, was the bench).
  const logged = [...items].reverse().filter((i): i is Extract<Item, { intent: 'log_strength' | 'unnamed_lift' }> => i.intent === 'log_strength' || i.intent === 'unnamed_lift');
  const named = new Set(findExerciseMentions(text, { loose: true }).map((m) => m.exercise.id));
  const last = named.size ? logged.find((i) => i.intent === 'log_strength' && named.has(i.lift.exerciseId)) : logged[0];
  const top = (last?.intent === 'log_strength' ? last.lift.groups : last?.groups)?.at(-1);
  if (!top || top.rpe !== null || top.rir !== null || parseLifts(text).length > 0) return false;
  const words = findEffortWords(text);
  // Only a sentence about the set: "felt easy", "that was brutal", "could've done 3 more" (not "easy run 3 mi").
  if (!words || text.replace(FILLER, ' ').replace(/[^a-z0-9' ]+/g, ' ').trim().split(/\s+/).length > words.words.split(' ').length + 4) return false;
  if (/\b(run|ran|jog|mi|miles?|km|sore|hurts?|pain)\b/.test(text)) return false;
  Object.assign(top, { rir: words.rir, effort: words.words });
  return true;
}

/**
 * Readings already made, by text, zone, units and minute: in a rush many clients of one zone send the same
 * few texts ("what's today") within a minute, and reading is the costliest pure step of a turn. A reading
 * depends only on those four (dates are worked out from the minute's local date), so a hit is the same
 * reading; each caller gets its own copy. Bounded: the oldest entry goes first.
 */
const readings = new Map<string, Understanding>();
const MAX_READINGS = 512;

/**
 * Reads a text from an onboarded client. Never throws on what a client may send; dates are the client's
 * local dates relative to `opts.now`.
 */
export function readText(text: string, opts: ReaderOptions): Understanding {
  if (typeof text !== 'string' || text.length > 160) return readFresh(text, opts);
  const key = `${Math.floor(opts.now.getTime() / 60_000)}|${opts.timezone}|${opts.units}|${text}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = readFresh(text, opts);
    if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
    readings.set(key, reading);
  }
  return structuredClone(reading);
}

/** Lifters' verbs for a lift, next to its numbers: "pulled 495 for a double" is a deadlift, not a pulled muscle. */
const LIFT_SLANG: ReadonlyArray<readonly [RegExp, string]> = [[/\bpulled (?=\d)/g, 'deadlifted ']];

/** What a phone or app writes for a picture sent: "[photo]", "[image]", "<media omitted>", "image omitted". */
const MEDIA_MARK = /\[(?:photo|image|picture|pic|img|video|gif|attachment|media)s?\]|<media omitted>|\b(?:image|photo|video) omitted\b/gi;

function readFresh(text: string, opts: ReaderOptions): Understanding {
  // "[photo] new shoes!": the words are read; a picture with nothing read beside it is thanked (was "didn't get that").
  if (typeof text === 'string' && text.search(MEDIA_MARK) >= 0) {
    const words = text.replace(MEDIA_MARK, ' ').trim();
    const r = words ? readFresh(words, opts) : null;
    return r && r.items.every((i) => i.intent !== 'unknown') ? r : { items: [{ intent: 'thanks', photo: true }], confidence: 0.9, alternatives: null };
  }
  const ctx: ReadContext = { ...opts, today: localToday(opts.now, opts.timezone) };
  const { text: plain, thumbsUp } = stripEmoji(typeof text === 'string' ? text : '');
  // A rating out of ten becomes pain or effort words before any reader sees it ("like 4/10" is not April 10).
  // Counts spelled out ("five miles in forty two minutes") are read as the digits a log reader knows.
  const t = expandShorthand(ratingsAsWords(LIFT_SLANG.reduce((x, [re, to]) => x.replace(re, to), spelledCountsAsDigits(normalize(plain).replace(/\bi'?ll\b/g, 'i will')))));
  if (t.replace(/[.!?,\s]/g, '') === '') {
    // An emoji alone that says how the client is ("😴", "🤕") is read as its words.
    const said = EMOJI_WORDS.find(([re]) => re.test(String(text)));
    if (said) return readFresh(said[1], opts);
    if (thumbsUp) return { items: [{ intent: 'thanks' }], confidence: 0.8, alternatives: null };
    // "?" or "??" alone after a text: the client is lost; say what they can text.
    if (/\?/.test(t)) return { items: [{ intent: 'help' }], confidence: 0.8, alternatives: null };
    return { items: [{ intent: 'unknown', note: String(text ?? '').trim() }], confidence: 0.1, alternatives: null };
  }
  const r = readClauses(t, ctx);
  // A question nothing reads is outside what the coach answers, not a misread command: no "did you mean".
  if (!r) return { items: [{ intent: 'unknown', note: plain.trim() }], confidence: 0.2, alternatives: isQuestion(t) ? null : nearestReadings(t, ctx) };
  // Something was read but a sentence of content was not: keep what was read, say we are less sure.
  const confidence = r.unread > 0 && !r.byText ? Math.min(r.confidence, 0.6) : r.confidence;
  const alternatives = confidence <= GUESS ? alternativesFor(r.items, ctx) : null;
  return { items: r.items, confidence, alternatives };
}

/** For a load without reps ("bench 185"): a set of unknown reps, or a max? */
function alternativesFor(items: Item[], ctx: ReadContext): [Item, Item] | null {
  const lift = items.find((i): i is Extract<Item, { intent: 'log_strength' }> => i.intent === 'log_strength' && i.lift.groups.every((g) => g.reps === null));
  if (!lift) return nearestReadings(items.map((i) => i.intent).join(' '), ctx);
  const g = lift.lift.groups[0]!;
  return [
    { ...lift, lift: { ...lift.lift, groups: [{ ...g, reps: 1 }] } },
    { intent: 'stated_maxes', maxes: [{ exerciseId: lift.lift.exerciseId, name: lift.lift.name, weight: g.load ?? 0, unit: g.unit, reps: 1 }] },
  ];
}

/** A short plain reading of an item, for "Did you mean … or …?" and echoes. */
export function describeItem(item: Item, today: string): string {
  const day = (d: string) => (d === today ? 'today' : formatDay(d));
  switch (item.intent) {
    case 'today':
      return "today's workout";
    case 'tomorrow':
      return "tomorrow's workout";
    case 'day':
      return `the workout for ${formatDay(item.date)}`;
    case 'week':
      return 'the week ahead';
    case 'plan':
      return 'your plan';
    case 'done':
      return `log ${day(item.date)}'s workout as done`;
    case 'skipped':
      return `log ${day(item.date)}'s workout as skipped`;
    case 'log_strength': {
      const g = item.lift.groups[0]!;
      return `log ${item.lift.name}${g.load !== null ? ` ${g.load}${g.unit ? ` ${g.unit}` : ''}` : ''}${g.reps !== null ? ` x ${g.reps}` : ''}`;
    }
    case 'unnamed_lift':
      return `log those sets against ${day(item.date)}'s plan`;
    case 'lift_feel':
      return `log ${day(item.date)}'s ${nameMidSentence(item.name)} as ${item.words}`;
    case 'change_race_date':
      return item.date ? `move your race to ${formatDay(item.date)}` : 'move your race';
    case 'log_run':
      return `log a run${item.run.distance !== null ? ` of ${item.run.distance}${item.run.unit ? ` ${item.run.unit}` : ''}` : ''}`;
    case 'stated_maxes':
      return `set your ${item.maxes.map((m) => `${nameMidSentence(m.name)} max to ${m.weight}${m.unit ? ` ${m.unit}` : ''}`).join(', ')}`;
    case 'soreness':
      return 'note that you are sore';
    case 'pain':
      return 'note pain or an injury';
    case 'travel':
      return 'note travel';
    case 'pause':
      return 'pause your plan';
    case 'resume':
      return 'resume your plan';
    case 'change_time':
      return 'change the time of your morning text';
    case 'new_plan':
      return 'build a new plan';
    case 'progress_question':
      return 'how you are doing';
    case 'explain_term':
      return `what ${item.term.toUpperCase().replace('_', ' ')} means`;
    case 'pace_question':
      return 'your run paces';
    case 'why_week':
      return 'why this week looks the way it does';
    case 'help':
      return 'what you can text me';
    default:
      return item.intent.replace(/_/g, ' ');
  }
}
