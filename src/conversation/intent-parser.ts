/**
 * The deterministic intent parser: a text from an onboarded client → one intent, its entities and a
 * confidence. Rules are tried in a fixed precedence so a text that says two things gets the one that
 * matters more to a coach (and entities for the other are still attached where they fit):
 *
 *   help > pain > log_run / log_strength > pause / new_plan / resume > travel > change_timezone >
 *   change_time > change_days > skipped > done > readiness > week / tomorrow / day / today / plan >
 *   greeting > thanks > unknown
 *
 * Why this order: pain first because an injury must never be filed as a skip or a log ("skipped, knee
 * hurts" is pain, with note "skipped"); a detailed log beats a bare "done" ("done with squats 3x5 225" is
 * log_strength); plan changes beat the day words inside them ("traveling next week" is travel, not a
 * week query); skipped beats done and readiness ("skipped, too tired" is skipped with a severity);
 * questions come after everything that reports or changes something; social words come last so
 * "thanks, done" is done.
 */
import { z } from 'zod';
import { addDays, isoWeekday } from '../engine/dates.js';
import type { IntentEntities, ParsedIntent } from './intent.js';
import { findDateRef, localToday, nextWeekday } from './parse/dates.js';
import { findEquipment } from './parse/equipment.js';
import { JOINTS, findBodyPart } from './parse/limitations.js';
import { parseRunLog } from './parse/run-log.js';
import { mentionsLift, parseStrengthLog } from './parse/strength-log.js';
import { normalize } from './parse/text.js';
import { findTimeOfDay } from './parse/time-of-day.js';
import { findTimezone, isValidTimezone } from './parse/timezone.js';
import { findDayCount, defaultDaysForCount, findWeekdays, weekdayFromWord } from './parse/weekdays.js';

export interface IntentContext {
  now: Date;
  /** The client's IANA zone: dates are resolved on their calendar. */
  timezone: string;
}

const contextSchema = z.object({
  now: z.date({ message: 'now must be a Date' }).refine((d) => !Number.isNaN(d.getTime()), { message: 'now must be a valid Date' }),
  timezone: z.string({ message: 'timezone must be a string' }).refine(isValidTimezone, { message: 'timezone must be a valid IANA zone' }),
});

/** A clear rule matched. */
const SURE = 0.9;
/** A rule matched on weaker evidence (a joint "sore", a change without its value). */
const LIKELY = 0.7;
/** A guess: the model classifier should be asked when configured. */
const GUESS = 0.4;

const PAIN = /\b(hurts?|hurting|hurt|pain|painful|injur(?:ed|y|ies)|tweak(?:ed)?|strain(?:ed)?|sprain(?:ed)?|pulled|tore|torn|sharp|swollen|swelling|twinge|popped|throbbing|stabbing|aggravated|flared|flare ?up)\b/;
const PAIN_NEGATED = /\b(no pain|pain[- ]free|without pain|doesn'?t hurt|didn'?t hurt|does not hurt|no longer hurts|not hurting|feels? fine now|all healed)\b/;
const SORE = /\b(sore|soreness|achy|aching|aches?|stiff|tight)\b/;
const READINESS =
  /\b(sore|soreness|doms|wrecked|destroyed|dead|toast|fried|cooked|smoked|garbage|crap|like death|exhausted|tired|fatigued?|beat|drained|wiped|slept|sleep|insomnia|stressed|stress|stressful|energy|fresh|rested|recovered|sick|ill|cold|flu|hungover|burn(?:ed|t)? out|rough night|rough|awful|terrible|great|amazing|good|okay|meh|sluggish|heavy legs|legs are|stiff|tight|achy)\b/;
const SKIPPED =
  /\b(skip|skipped|skipping|missed|miss(?:ed)? (?:it|today|the workout)|didn'?t (?:train|workout|work out|do it|make it|go|lift|run|get to it)|couldn'?t (?:train|make it|do it|go|get to it)|no workout today|bailed|took (?:the day|today|it) off|not today|can'?t today|cant today|won'?t make it|not going to make it|gonna skip)\b/;
const DONE =
  /\b(done|did it|finished|complete|completed|crushed it|nailed it|got it done|killed it|all done|in the books|knocked it out|smashed it|wrapped up)\b|[\u2705\u2714]/u;
const TRAVEL =
  /\b(travel\w*|trip|vacation|holiday|hotel|away (?:for|next|this|from|until|till)|out of town|on the road|business trip|visiting|no gym|gym (?:is|was) closed|without (?:a|my) gym|no equipment|only (?:have )?(?:dumbbells?|bands?|bodyweight|kettlebells?)|(?:dumbbells?|bands?|bodyweight) only|just (?:dumbbells?|bands?|bodyweight))\b/;
const PAUSE = /\b(pause|paused|take a break|taking a break|need a break|on hold|hold off|freeze my|stop for (?:now|a while|a bit)|break for)\b/;
const RESUME = /\b(resume|unpause|un-pause|i'?m back|im back|back at it|back now|pick (?:it )?back up|ready to (?:go|start) again|start again|start back|restart|let'?s go again|continue my plan)\b/;
const NEW_PLAN =
  /\b(new plan|new program|new goal|change (?:my |the )?goal|switch (?:my )?goal|different (?:plan|program|goal)|start over|restart (?:my |the )?plan|redo (?:my |the )?plan|signed up for|new race|change (?:my |the )?(?:plan|program)|want to (?:train|focus) (?:for|on))\b/;
const CHANGE_DAYS_CUE =
  /\b(only|change|switch|move|moving|can (?:only )?(?:train|do|make|lift|run|work ?out)|train(?:ing)? on|available|free on|instead|from now on|going forward|prefer|rather|now)\b/;
const TIMEZONE_CUE = /\b(moved|moving|relocated|relocating|live in|living in|now in|i'?m in|im in|based in|time ?zone|tz|zone)\b/;
const TIME_CUE = /\b(send|sending|text|texts|message|messages|msg|deliver|time|earlier|later|wake|instead|at)\b/;
const HELP = /^(help|\?+|h|commands|options|menu|what can (?:i|you) (?:say|do|text|ask)|how (?:does|do) (?:this|you|it) work|what do i (?:text|say)|info)\??$/;
const GREETING = /^(hi|hello|hey|heya|hiya|yo|sup|what'?s up|wassup|whats up|good (?:morning|afternoon|evening)|morning|gm|howdy|hola)\b/;
const THANKS = /\b(thanks|thank you|thank u|thx|ty|tysm|appreciate(?: it)?|cheers|much appreciated)\b/;
const ACK = /^(ok|okay|k|cool|got it|sounds good|nice|great|perfect|awesome|will do|roger|sweet)$/;
const WEEK = /\b(this week|next week|the week|week's|weekly|rest of the week|week ahead|schedule for the week)\b/;
const TODAY = /\b(today|todays|tonight|wod|workout|session|what do i (?:do|have)|what'?s on|whats on|what am i doing|training)\b/;
const PLAN = /\b(my plan|the plan|plan|program|programme|where am i|which week|what week|phase|block|overview|big picture|how many weeks)\b/;

function result(intent: ParsedIntent['intent'], confidence: number, entities: IntentEntities = {}): ParsedIntent {
  return { intent, entities, confidence };
}

/** Severity 1 (fine) … 5 (wrecked) from the words and any hours of sleep. */
function readinessSeverity(t: string): number | null {
  const sleep = /\bslept (?:only |like |about |maybe )?(\d+(?:\.\d)?)\s*(?:hours?|hrs?|h)\b|\b(\d+(?:\.\d)?)\s*(?:hours?|hrs?) (?:of )?sleep\b/.exec(t);
  if (sleep) {
    const h = Number(sleep[1] ?? sleep[2]);
    // Under 5 h is a real hit to training; 7+ is a normal night.
    return h < 4 ? 5 : h < 5 ? 4 : h < 6 ? 3 : h < 7 ? 2 : 1;
  }
  if (/\b(wrecked|destroyed|dead|toast|fried|cooked|smoked|garbage|crap|like death|exhausted|can'?t walk|cant walk|can barely|awful|terrible|sick|ill|flu|no sleep|didn'?t sleep|burn(?:ed|t)? out)\b/.test(t)) return 5;
  if (/\b(very|really|super|so|extremely) (sore|tired|stressed|achy|stiff)\b|\bdrained|wiped|fatigued|hungover|rough\b/.test(t)) return 4;
  if (/\b(a (?:little|bit)|slightly|kinda|kind of|somewhat|mildly) (sore|tired|stiff|tight|achy)\b/.test(t)) return 2;
  if (/\b(sore|tired|stressed|stress|stiff|tight|achy|meh|sluggish|heavy legs|cold|beat)\b/.test(t)) return 3;
  if (/\b(great|amazing|fresh|rested|recovered|good|strong|fine|ready)\b/.test(t)) return 1;
  return null;
}

function painSeverity(t: string): number {
  if (/\b(sharp|stabbing|can'?t (?:walk|move|bend|lift|put weight)|swollen|swelling|popped|tore|torn|really bad|severe|excruciating)\b/.test(t)) return 4;
  if (/\b(a (?:little|bit)|slight(?:ly)?|twinge|minor|mild(?:ly)?|kinda)\b/.test(t)) return 2;
  return 3;
}

/** "Tue-Thu" → the coming Tuesday (today included) through the Thursday after it. */
function weekdaySpan(t: string, today: string): { from: string; to: string } | null {
  const m = /\b([a-z]{3,9})\.?\s*(?:-|to|through|thru|till|until)\s*([a-z]{3,9})\b/.exec(t);
  if (!m) return null;
  const a = weekdayFromWord(m[1]!);
  const b = weekdayFromWord(m[2]!);
  if (a === null || b === null) return null;
  const from = nextWeekday(today, a);
  return { from, to: addDays(from, (b - a + 7) % 7) };
}

function dateEntities(t: string, ctx: IntentContext): IntentEntities {
  const ref = findDateRef(t, ctx.now, ctx.timezone);
  if (ref === null) return {};
  return ref.kind === 'date' ? { date: ref.date } : { dateFrom: ref.from, dateTo: ref.to };
}

/**
 * Parses what an onboarded client means. Deterministic; `confidence` is ≥ 0.8 when a clear rule
 * matched and < 0.5 for unknown texts and guesses (the caller may then ask the model classifier).
 * Dates come back as the client's local ISO dates, relative to `ctx.now` in `ctx.timezone`.
 */
export function parseIntent(text: string, ctx: IntentContext): ParsedIntent {
  const checked = contextSchema.safeParse(ctx);
  if (!checked.success) throw new Error(`parseIntent: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  const t = normalize(typeof text === 'string' ? text : '');
  const bare = t.replace(/[.!?,\s]+$/g, '').replace(/^[.!?,\s]+/g, '');
  if (bare === '' && !t.includes('?')) return result('unknown', 0.1);
  const today = localToday(ctx.now, ctx.timezone);
  const todayDate = { date: today };

  if (HELP.test(t) || HELP.test(bare)) return result('help', 0.95);

  // Pain: an injury word, or soreness in a joint (muscle soreness is readiness).
  const bodyPart = findBodyPart(t);
  const painWord = PAIN.test(t) && !PAIN_NEGATED.test(t);
  const jointSore = bodyPart !== null && JOINTS.has(bodyPart) && SORE.test(t) && !PAIN_NEGATED.test(t);
  if (painWord || jointSore) {
    const entities: IntentEntities = { ...todayDate, severity: painSeverity(t), note: text.trim() };
    if (bodyPart) entities.bodyPart = bodyPart;
    const strength = mentionsLift(t) ? parseStrengthLog(t) : null;
    if (strength?.success) entities.strength = strength.data;
    return result('pain', painWord && bodyPart ? SURE : painWord ? 0.8 : LIKELY, entities);
  }

  const runFirst = /\b(ran|run|jog|jogged|jogging|running)\b/.test(t);
  const run = runFirst ? parseRunLog(t) : null;
  if (run?.success) return result('log_run', SURE, { ...dateEntities(t, ctx), ...(dateEntities(t, ctx).date ? {} : todayDate), run: run.data });
  if (mentionsLift(t) || /\b\d{1,2} ?x ?\d{1,3}\b/.test(t)) {
    const lift = parseStrengthLog(t);
    if (lift.success) {
      const when = dateEntities(t, ctx);
      return result('log_strength', mentionsLift(t) ? SURE : LIKELY, { ...(when.date ? when : todayDate), strength: lift.data });
    }
  }
  if (!runFirst && /\b(mi|miles?|km|k)\b/.test(t) && /\b(did|went|logged|easy|long|tempo)\b/.test(t)) {
    const loose = parseRunLog(t);
    if (loose.success) return result('log_run', LIKELY, { ...todayDate, run: loose.data });
  }

  if (NEW_PLAN.test(t)) return result('new_plan', SURE, { note: text.trim() });
  if (PAUSE.test(t) && !/\bpause between\b/.test(t)) {
    const entities: IntentEntities = { dateFrom: today };
    const until = /\b(?:until|till|til|through|thru) (.+)$/.exec(t);
    const forSpan = /\bfor (?:a|one|1) week\b/.test(t) ? addDays(today, 6) : /\bfor (?:two|2) weeks\b/.test(t) ? addDays(today, 13) : null;
    const untilRef = until ? findDateRef(until[1]!, ctx.now, ctx.timezone) : null;
    if (untilRef?.kind === 'date') entities.dateTo = untilRef.date;
    else if (untilRef?.kind === 'range') entities.dateTo = untilRef.to;
    else if (forSpan) entities.dateTo = forSpan;
    else {
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      if (ref?.kind === 'range') Object.assign(entities, { dateFrom: ref.from, dateTo: ref.to });
    }
    return result('pause', SURE, entities);
  }
  if (RESUME.test(t)) return result('resume', SURE);

  if (TRAVEL.test(t)) {
    const entities: IntentEntities = { note: text.trim() };
    const span = weekdaySpan(t, today);
    if (span) Object.assign(entities, { dateFrom: span.from, dateTo: span.to });
    else {
      const ref = findDateRef(t, ctx.now, ctx.timezone);
      if (ref?.kind === 'range') Object.assign(entities, { dateFrom: ref.from, dateTo: ref.to });
      else if (ref?.kind === 'date') entities.dateFrom = ref.date;
      const until = /\b(?:until|till|til|through|thru) ([a-z0-9/ ]+)/.exec(t);
      const untilRef = until ? findDateRef(until[1]!, ctx.now, ctx.timezone) : null;
      if (untilRef?.kind === 'date') {
        entities.dateTo = untilRef.date;
        entities.dateFrom ??= today;
        if (entities.dateFrom === entities.dateTo && ref?.kind === 'date') entities.dateFrom = today;
      }
    }
    const noKit = /\b(no gym|no equipment|gym (?:is|was) closed|without (?:a|my) gym)\b/.test(t);
    const equipment = noKit ? ['bodyweight', 'bands'] : findEquipment(t);
    if (equipment) entities.equipment = equipment.includes('bands') && noKit ? ['bodyweight'] : equipment;
    return result('travel', SURE, entities);
  }

  const zone = findTimezone(text);
  if (zone !== null && TIMEZONE_CUE.test(t)) return result('change_timezone', SURE, { timezone: zone });
  if (TIMEZONE_CUE.test(t) && /\b(time ?zone|tz)\b/.test(t)) return result('change_timezone', GUESS);

  const time = findTimeOfDay(t);
  const aboutMessages = /\b(send|sending|text|texts|message|messages|msg|deliver|workout text|morning text|get it|get my)\b/.test(t);
  if (time !== null && TIME_CUE.test(t) && (aboutMessages || /\b(change|move|switch|make it|instead)\b/.test(t)) && findWeekdays(t).length === 0) {
    return result('change_time', SURE, { time });
  }
  if (aboutMessages && /\b(earlier|later|different time|change the time|another time)\b/.test(t)) return result('change_time', LIKELY);

  const weekdays = findWeekdays(t);
  const count = findDayCount(t);
  if ((weekdays.length >= 2 || (weekdays.length === 1 && /\b(only|just)\b/.test(t))) && CHANGE_DAYS_CUE.test(t)) {
    return result('change_days', SURE, { weekdays });
  }
  if (count !== null && /\b(days?|times?)\b/.test(t) && CHANGE_DAYS_CUE.test(t)) {
    return result('change_days', 0.8, { weekdays: defaultDaysForCount(count), note: `${count} days a week` });
  }

  if (/^(good (?:morning|afternoon|evening)|morning|gm|hey there|hi there|hello there)( \w+)?$/.test(bare) && !READINESS.test(bare.replace(/^good /, ''))) {
    return result('greeting', SURE);
  }
  const severity = readinessSeverity(t);
  if (SKIPPED.test(t)) {
    const when = dateEntities(t, ctx);
    const entities: IntentEntities = { ...(when.date ? when : todayDate), note: text.trim() };
    if (severity !== null && READINESS.test(t.replace(SKIPPED, ' '))) entities.severity = severity;
    return result('skipped', SURE, entities);
  }
  if (DONE.test(t) && !/\b(what'?s|what is|when|how)\b.*\bdone\b/.test(t)) {
    const when = dateEntities(t, ctx);
    const entities: IntentEntities = { ...(when.date ? when : todayDate) };
    if (severity !== null && READINESS.test(t.replace(DONE, ' ')) && severity >= 3) entities.severity = severity;
    if (bare.length > 6) entities.note = text.trim();
    return result('done', SURE, entities);
  }
  if (READINESS.test(t) && severity !== null && !/\b(what|when|which|how many)\b/.test(t)) {
    const entities: IntentEntities = { ...todayDate, severity, note: text.trim() };
    if (bodyPart) entities.bodyPart = bodyPart;
    const strong = /\b(sore|soreness|doms|wrecked|destroyed|exhausted|tired|fatigued?|slept|sleep|stressed|sick|energy|fresh|rested|drained|wiped)\b/.test(t);
    return result('readiness', strong ? SURE : 0.6, entities);
  }

  if (/\bhow many weeks\b|\bweeks? (?:left|to go)\b/.test(t)) return result('plan', SURE);
  if (WEEK.test(t)) {
    const ref = findDateRef(t, ctx.now, ctx.timezone);
    if (ref?.kind === 'range') return result('week', SURE, { dateFrom: ref.from, dateTo: ref.to });
    const from = addDays(today, 1 - isoWeekday(today));
    return result('week', 0.8, { dateFrom: from, dateTo: addDays(from, 6) });
  }
  const ref = findDateRef(t, ctx.now, ctx.timezone);
  if (ref?.kind === 'range') return result('week', 0.8, { dateFrom: ref.from, dateTo: ref.to });
  if (ref?.kind === 'date') {
    const isTomorrowWord = /\b(tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|2moro|2morrow)\b/.test(t);
    if (isTomorrowWord) return result('tomorrow', SURE, { date: ref.date });
    if (/\b(today|tonight|tdy|this morning|this evening|this afternoon)\b/.test(t)) return result('today', SURE, { date: ref.date });
    const shortQuestion = t.split(' ').length <= 8;
    return result('day', shortQuestion ? SURE : LIKELY, { date: ref.date });
  }
  if (/^(what'?s today|whats today|today|today\?|workout\??|what'?s the workout|whats the workout|wod)$/.test(bare) || TODAY.test(t)) {
    if (!PLAN.test(t) || /\b(today|workout)\b/.test(t)) return result('today', TODAY.test(t) && /\b(today|workout|wod|what do i|what'?s on|whats on)\b/.test(t) ? SURE : LIKELY, { date: today });
  }
  if (PLAN.test(t)) return result('plan', /\b(my plan|the plan|program|where am i|which week|what week|overview)\b/.test(t) ? SURE : LIKELY);

  if (GREETING.test(t) && t.split(' ').length <= 5) return result('greeting', SURE);
  if (THANKS.test(t)) return result('thanks', SURE);
  if (ACK.test(bare)) return result('thanks', 0.6);
  if (GREETING.test(t)) return result('greeting', 0.6);
  return result('unknown', 0.2, { note: text.trim() });
}
