import { LIMITATIONS, type Limitation } from '../../engine/vocabulary.js';
import { anyOf, BODY_PART_ORDER, BODY_PART_WORDS, LIMITATION_FOR_PART } from '../words.js';
import { sidedPartLabel } from '../../engine/adaptation/body.js';
import { findBodyParts, withoutBackAdverb } from './body.js';
import { BONE_STRESS_PARTS } from '../answers/bone-stress.js';
import { fail, isNone, normalize, ok, type ParseResult } from './text.js';

/** The library's limitations, read from the shared body-part words ("knee", "low back", "rotator cuff"). */
const LIMITATION_PATTERNS: Array<[RegExp, Limitation]> = BODY_PART_ORDER.flatMap((part) => {
  const lim = LIMITATION_FOR_PART[part];
  return lim ? [[anyOf(BODY_PART_WORDS[part]), lim] as [RegExp, Limitation]] : [];
});

/**
 * Injuries or limitations: "bad knee", "lower back", "shoulder impingement", "knee and lower back";
 * "none" / "no" / "all good" → []. Something we cannot map gets a re-ask naming what we can handle.
 */
export function parseLimitations(text: string): ParseResult<Limitation[]> {
  const t = withoutBackAdverb(normalize(text)).replace(/\bimpingement\b/, 'shoulder impingement');
  // "no injuries but my hips get stiff", "nothing major, just a cranky knee": the part after the "but" counts.
  const but = /\b(?:but|except(?: for)?|though|although|apart from|other than|besides|just|only)\b(.+)$/.exec(t);
  if (but && findBodyParts(but[1]!).some((p) => LIMITATION_FOR_PART[p] !== undefined)) return parseLimitations(but[1]!);
  if (isNone(t) || /^(no|none|nothing)\b.*\b(injur\w*|limitations?|issues?|problems?|pain)\b/.test(t)) return ok([]);
  const found = new Set<Limitation>();
  let rest = t;
  // "shoulder is cranky on overhead stuff": only overhead work is spared, the bench press stays.
  if (/\boverhead\b/.test(rest) && !/\b(bench|push-?ups?|everything|all)\b/.test(rest)) {
    found.add('overhead');
    rest = rest.replace(/\b(shoulders?|delts?|rotator cuff|overhead)\b/g, ' ');
  }
  for (const [re, lim] of LIMITATION_PATTERNS) {
    if (!re.test(rest)) continue;
    found.add(lim);
    rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  }
  // "nope, all good" / "no, nothing major": a refusal word up front and no body part named.
  if (found.size === 0 && /^(no|nope|nah|none|nothing|not really)\b/.test(t)) return ok([]);
  if (found.size === 0) return fail("Which area? e.g. 'bad knee', 'lower back', 'shoulder' - or reply NONE");
  return ok(LIMITATIONS.filter((l) => found.has(l)));
}

/**
 * The areas a limitation text names, in the client's own terms ("shins", "IT band", "foot"), for restating it:
 * the library spares the ankle for sore shins, but the client hears about their shins. Only parts the library
 * tracks, so what is restated is what is spared.
 */
export function limitationAreas(text: string): string[] {
  return findBodyParts(text)
    .filter((p) => LIMITATION_FOR_PART[p] !== undefined)
    // "bad left knee": the side is kept, so every reply after says "your left knee", not "your knee".
    .map((p) => sidedPartLabel(p, text));
}

/**
 * A joint that makes a noise — clicks, pops, cracks, creaks, grinds — is usually harmless when it does not
 * hurt: a coach notes it and watches, the plan does not spare it. A sentence naming a body part with one of
 * these and no pain (or with the pain denied: "doesn't hurt", "no pain") is such a note.
 */
const BENIGN_SOUND = /\b(click\w*|pop\w*|crack\w*|creak\w*|grind\w*|crunch\w*|snap\w*|noisy)\b/;
/** Pain denied: "doesn't hurt", "no pain", "pain free", "never bothers me". */
const PAIN_DENIED = /\b(?:doesn'?t|does not|don'?t|do not|never|not|no|without|w\/o)\s+(?:really\s+|actually\s+|any\s+)?(?:hurt\w*|pain\w*|bother\w*)\b|\bpain[- ]?free\b/;

/**
 * Notes about a body part that ask for no change ("knee clicks but doesn't hurt" → "knee clicks, no pain"),
 * read from a text's sentences, and the sentences they used (so they are not read again as a limitation).
 * `isInjury` is the caller's injury-word test: a sentence that also says pain ("clicks and hurts") is no note.
 */
export function findBodyNotes(sentences: readonly string[], isInjury: (s: string) => boolean): { notes: string[]; used: Set<number> } {
  const notes: string[] = [];
  const used = new Set<number>();
  // "ACL reconstruction 2 yrs ago, fine now": healed, a note (no part spared), unless the text says it still acts up.
  const healed = !STILL_BOTHERS.test(sentences.join(' ').replace(NERVES, ' '));
  sentences.forEach((said, i) => {
    // Said back as a note: "knee clicks", not "my knee clicks".
    const s = said.replace(/^(?:and |also |plus )?(?:my|the|a|i have a|i've got a)\s+/, '');
    if (findBodyParts(s).length === 0) return;
    const next = sentences[i + 1];
    // "knee clicks" / "but doesn't hurt" were split apart: the denial belongs to the note.
    const nextDenies = next !== undefined && findBodyParts(next).length === 0 && (PAIN_DENIED.test(next) || INJURY_DENIED.test(next));
    if (healed && (HEALED_NOW.test(s) || (next !== undefined && findBodyParts(next).length === 0 && HEALED_NOW.test(next)))) {
      used.add(i);
      const said = HEALED_NOW.test(s) ? [s] : [s, next!];
      if (!HEALED_NOW.test(s)) used.add(i + 1);
      // "…fine now but i get nervous on heavy pulls": the nerves are said back with the note, not dropped.
      const after = sentences[i + said.length];
      if (after !== undefined && findBodyParts(after).length === 0 && NERVES_SAID.test(after)) {
        used.add(i + said.length);
        said.push(`but ${after.replace(/^but\s+/, '')}`);
      }
      notes.push(said.join(', ').replace(/, but /, ' but '));
      return;
    }
    if (BENIGN_SOUND.test(s)) {
      if (isInjury(s.replace(PAIN_DENIED, ' '))) return;
    } else if (SORE_AFTER.test(s) && AFTER_TRAINING.test(s)) {
      // "shoulders kinda sore from practice": soreness from a session passes; a note, not a part spared for good.
      if (isInjury(s.replace(SORE_AFTER, ' '))) return;
    } else if (MILD_AFTER.test(s) && (ACHE_OR_TIGHT.test(s) || TIGHTNESS.test(s)) && AFTER_EFFORT.test(s) && !findBodyParts(s).some((p) => BONE_STRESS_PARTS.has(p))) {
      // "knees a bit achy after tho", "hips get a bit tight after long runs": a mild ache or tightness after the work
      // is what running does; a coach notes it and asks to hear if it turns to pain (it spared the knee for the plan).
      if (isInjury(s.replace(ACHE_OR_TIGHT_ALL, ' ').replace(new RegExp(TIGHTNESS.source, 'g'), ' '))) return;
    } else if (FORM_TRIGGER.test(s) && (INJURY_DENIED.test(s) || nextDenies)) {
      // "bit of a dodgy lower back if i round on deads but nothing serious": a niggle that comes with bad form, said to
      // be no injury, is a note (the plan keeps the lifts; sparing the back took a lifter's squat and deadlift away).
      if (isInjury(s.replace(INJURY_DENIED, ' ').replace(FORM_TRIGGER, ' ').replace(NIGGLE, ' '))) return;
    } else if (TIGHTNESS.test(s)) {
      // Tightness is a note only when the client says it is no injury; said alone, the plan spares the part.
      if (!nextDenies && !PAIN_DENIED.test(s) && !INJURY_DENIED.test(s) && !AFTER_TRAINING.test(s) && !TIGHT_AFTER_SESSION.test(s)) return;
      if (isInjury(s.replace(PAIN_DENIED, ' ').replace(INJURY_DENIED, ' ').replace(TIGHTNESS, ' '))) return;
    } else return;
    used.add(i);
    if (nextDenies) {
      used.add(i + 1);
      notes.push(`${s}, ${PAIN_DENIED.test(next!) ? 'no pain' : 'no injury'}`);
    } else notes.push(s);
  });
  // Said back to the client: "if you round on deads", not "if i round"; "L5", not "l5".
  // "knees a bit achy after tho": the filler at the end is not said back.
  return { notes: notes.map((n) => spineLevels(toldBack(n))), used };
}

/**
 * A client's words about their body said back to them: "tweaked my hamstring, its good now tho" -> "tweaked your
 * hamstring, it's good now" (the filler and end marks at the end are not said back).
 */
export function toldBack(said: string): string {
  return said.trim().replace(/[.!]+$/, '').replace(/(?:\s+(?:tho|though|lol|lmao|haha|i guess))+$/, '').replace(/\bi'?m\b/g, "you're").replace(/\bits\b/g, "it's").replace(/\bi\b/g, 'you').replace(/\bmy\b/g, 'your');
}

/**
 * A vertebra or disc level as a doctor writes it: C1-C7, T1-T12, L1-L5, S1-S5, alone or as a pair ("l4-l5",
 * "l5/s1", "c5 c6"). Texts are read lowercased; said back, "your herniated disc l5" reads as a typo of the
 * client's own diagnosis, so the level gets its capital back.
 */
const SPINE_LEVEL = /\b(?:c[1-7]|t(?:1[0-2]|[1-9])|l[1-5]|s[1-5])\b(?:\s*[-/]\s*(?:c[1-7]|t(?:1[0-2]|[1-9])|l[1-5]|s[1-5])\b)?/gi;
export function spineLevels(said: string): string {
  return said.replace(SPINE_LEVEL, (m) => m.toUpperCase());
}

/**
 * An old injury said to be healed now ("fine now", "fully healed", "no issues since"): the plan trains the part as
 * usual; a coach notes it and builds it up. "mostly fine" or "pretty much ok" is not said healed.
 */
const HEALED_NOW = /\b(?:fully (?:healed|recovered)|(?:healed|recovered) (?:fine|well|completely|fully|up)|all healed|no (?:issues|problems|pain|trouble) (?:since|now|anymore|any more))\b|(?<!\b(?:mostly|pretty much|almost|nearly|kinda|kind of|sort of) )\b(?:fine|good|ok|okay|healed|solid|great|100%|all good) now\b/;
/**
 * Nerves about a healed part, not symptoms: "fine now but i get nervous on heavy pulls". A coach keeps the lifts
 * and builds them up (sparing the back took a strength client's squat and deadlift away).
 */
const NERVES = /\b(?:nervous|scared|afraid|worried|wary|hesitant|apprehensive|timid|gun ?shy)\b[^.;!?]*/g;
const NERVES_SAID = new RegExp(NERVES.source);
/** Words that it still acts up, or still limits ("fine now but I can't kneel on it"): then it is a limitation, healed or not. */
const STILL_BOTHERS = /\b(?:(?:can'?t|cannot|can not|unable to|not able to) (?:\w+ )?(?:kneel|squat|jump|run|bend|lunge|put weight|rotate|twist|raise|lift (?:my|it|overhead))\w*|still|sometimes|occasionally|flares?|acts? up|aches?|achy|hurts?|bothers?|twinges?|cranky|niggles?|when i|on (?:deep|heavy)|don'?t (?:love|like)|rather not|avoid\w*|careful)\b/;

/**
 * Tightness or stiffness after hard work ("lower back gets tight after heavy deadlifts"): with the injury
 * denied ("but no proper injury", "nothing serious") a coach keeps the lifts and watches; the client's main
 * lifts are often the very ones it follows.
 */
const TIGHTNESS = /\b(?:gets? |goes |feels? |a bit |bit |kinda |kind of |little )?(?:tight\w*|stiff\w*)\b/;
/** A niggle that comes only with bad form or too much load: "if i round on deads", "when i go too heavy". */
const FORM_TRIGGER = /\b(?:if|when|whenever) (?:i |my form |my back )?(?:round\w*|lose (?:my )?form|go (?:too |really |super )?heavy|get sloppy|breaks? down|cave\w*|overdo it|don'?t brace)\b/;
/** Mild words for a part that acts up, said beside a denial: no injury by themselves. */
const NIGGLE = /\b(?:dodgy|cranky|niggl\w*|tweak\w*|grumpy|funny)\b/g;
/** Injury denied: "no proper injury", "not an injury", "nothing serious", "not injured", "but it's fine". */
const INJURY_DENIED = /\b(?:no|not an?|never an?|nothing)\s+(?:proper|real|actual|serious|major|big)?\s*(?:injur\w*|issues?|problems?)\b|\bnot injured\b|\bnothing (?:serious|major|too serious|bad)\b|\bnot (?:serious|a big deal)\b|\bno big deal\b|\b(?:it'?s|its|it is|they'?re|theyre) (?:fine|ok|okay|nothing)\b/;
/**
 * Tight from a session just done ("calves are really tight from yesterday's speedwork", "tight after this morning's
 * run"): soreness that passes, a note, not a part the plan spares for good. A habit ("tight after heavy deadlifts")
 * is not: said alone, the plan spares it.
 */
/**
 * A mild ache or tightness after the work, as runners say it ("knees a bit achy after", "hips get a little tight after
 * long runs", "calves slightly stiff afterwards"): a note, never a part spared. All three are needed: the mild word,
 * the ache or tightness, and "after" the running (not "after my surgery" or "after the fall").
 */
const MILD_AFTER = /\b(?:a (?:bit|little|tad|touch)|bit|little|slightly|kinda|kind of|sorta|sort of|mildly|somewhat)\b/;
const ACHE_OR_TIGHT = /\b(?:achy|achey|ache|aches|achiness)\b/;
const ACHE_OR_TIGHT_ALL = new RegExp(ACHE_OR_TIGHT.source, 'g');
const AFTER_EFFORT = /\b(?:after(?:wards?)?|post[- ]?(?:run|runs|workout|session))\b(?!\s+(?:(?:my|the|a|an|i|that)\s+)?(?:surgery|op|operation|injury|accident|fall|fell|crash|hurt|injured|tore|broke|sprain\w*|pregnancy|birth|baby|delivery)\b)/;
/** Sore, said of muscles after work ("kinda sore", "a bit achy"). */
const SORE_AFTER = /\b(?:sore|achy|achey|doms)\b/;
/**
 * Tight after the session just told ("calves are tight after that", "tight after my run"): muscles that
 * tighten after a run pass like soreness. Only for tightness: "shins achy after that run" may be bone stress.
 */
const TIGHT_AFTER_SESSION = /\b(?:from|after)\s+(?:that|it|this)\b(?!\s+(?:week|month|year)\b)|\b(?:from|after)\s+(?:the|my|that|this|today'?s|yesterday'?s)\s+(?:\w+\s+)?(?:run|race|session|lift|intervals|speedwork|tempo|hill repeats)\b/;
const AFTER_TRAINING = /\b(?:from|after)\b.*\b(?:yesterday|today|tonight|last night|this morning|this weekend|the weekend|earlier)\b|\b(?:from|after)\s+(?:\w+\s+)?(?:practice|games?|match|training|workouts?|lifting|the gym|gym|class|hikes?|rides?|soccer|football|basketball|hockey|rugby|tennis)\b|\b(?:yesterday|today|this morning|last night)(?:'?s)?\s+(?:\w+\s+)?(?:run|workout|session|speedwork|speed work|intervals|tempo|long run|leg day|lift|race|class|game|hike)\b/;

/** Pain words that make "tight after that" more than soreness: a question about it is no "that's normal". */
const MORE_THAN_SORE = /\b(hurt\w*|pain\w*|sharp|stabbing|swell\w*|swollen|bruis\w*|numb\w*|tingl\w*|popp?ed|limp\w*|can'?t (?:walk|put weight)|injur\w*)\b/;

/**
 * "calves are tight after that", "legs are sore from this morning's run": soreness or tightness from a session
 * just done (muscles adapting), not an injury the plan spares for good.
 */
export function isSorenessAfterTraining(t: string): boolean {
  return ((SORE_AFTER.test(t) && AFTER_TRAINING.test(t)) || (TIGHTNESS.test(t) && (AFTER_TRAINING.test(t) || TIGHT_AFTER_SESSION.test(t)))) && !MORE_THAN_SORE.test(t);
}

/**
 * A condition denied after the postpartum question ("no ab separation", "no diastasis and no leaking", "no leaking or
 * separation"): what the client does not have, read as no issue (it was read as the abdominal wall to spare).
 */
const ABDOMINAL_WORDS = [...BODY_PART_WORDS.abdominal_wall, 'separation', 'leaking', 'leaks', 'incontinence', 'pelvic floor issues', 'pelvic floor problems'].map((w) => w.replace(/[-]/g, '[- ]?')).join('|');
const CONDITION_DENIED = new RegExp(String.raw`\b(?:no|not|without|never had|zero|don'?t have|dont have|do not have|didn'?t have|no signs? of)\s+(?:any\s+|real\s+)?(?:${ABDOMINAL_WORDS})(?:\s*(?:,|or|and|nor|\/)\s*(?:no\s+|any\s+)?(?:${ABDOMINAL_WORDS}))*\b`, 'g');

const ABDOMINAL_NAMED = anyOf(BODY_PART_WORDS.abdominal_wall);

/** The text with a denied condition said as "no issues" ("no ab separation, cleared at 8 weeks" → "no issues, …"). */
export function withoutDeniedConditions(text: string): string {
  return text.replace(CONDITION_DENIED, 'no issues');
}

/** Whether a text only denies conditions ("no ab separation", "no diastasis or leaking, cleared at 6 weeks"). */
export function onlyDeniesConditions(text: string): boolean {
  const rest = withoutDeniedConditions(text);
  return rest !== text && !ABDOMINAL_NAMED.test(rest);
}

