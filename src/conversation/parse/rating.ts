/**
 * A rating out of ten ("like 4/10", "a 7 out of 10", "8/10 effort"): clients score pain and effort this way far more
 * often than they write "RPE 8". Read raw, "6/10" is June 10 to the date reader and a 6-mile run to the run reader.
 * Each rating is rewritten into the words the readers already know: beside a body part or a pain word it is how bad
 * (the 0-10 numeric pain rating scale's bands: 1-3 mild, 4-6 moderate, 7-10 severe; Hawker et al. 2011), otherwise
 * how hard it felt (Borg CR10 / RPE, read as "rpe N" by the lift reader and blanked by the run reader).
 */
import { anyOf, BODY_PART_ORDER, BODY_PART_WORDS } from '../words.js';

/** "4/10", "4 / 10", "4 out of 10", "a 4.5/10"; not "4/10/2027" (a date with its year) nor "14/10". */
const RATING = /(?:\ban?\s+)?(?<![\d/.:])(10|\d(?:\.5)?)\s*(?:\/\s*10|out of (?:10|ten))\b(?!\s*\/\s*\d)/g;
/** A date's own words right before it: "on 4/10", "race is 4/10", "from 3/10": those stay dates. */
const DATE_BEFORE = /\b(?:on|by|from|since|until|till|til|thru|through|before|starting|starts|race(?: is| on)?|meet(?: is| on)?|day(?: is)?|date(?: is)?)\s*$/;
/** A sentence moving or booking something ("move saturday to 4/10", "flying home 3/10"): its N/10 is a date. */
const DATE_SENTENCE = /\b(move|moved|moving|push|pushed|shift|switch|reschedule\w*|postpone\w*|fly\w*|flight|trip|travel\w*|vacation|holiday|back home|home on|race|racing|meet|competition|comp|event|marathon|half|5k|10k|ultra|50k|wedding|date|surgery|operation)\b/;
const PAIN_WORD = /\b(pain\w*|sore\w*|hurt\w*|ach\w*|tight\w*|stiff\w*|tender\w*|throb\w*|twinge\w*|niggl\w*|injur\w*|sprain\w*|strain\w*|swell\w*|swollen|cramp\w*|pinch\w*|burn\w*)\b/;
/** Words that make a rating how hard something felt. */
const EFFORT_WORD = /\b(felt|feel\w*|effort|rpe|intensity|hard|tough|easy|brutal|workout|session|set|sets|run|ran|tempo|intervals?|squat\w*|bench\w*|dead\w*|press\w*|lift\w*)\b/;
const BODY_PART = anyOf(BODY_PART_ORDER.flatMap((p) => [...BODY_PART_WORDS[p]]));

/** How bad, in the words severityOf reads, by band: with a pain word already said, and without one. */
function painWords(n: number, painSaid: boolean): string {
  if (n === 0) return 'fine';
  if (n <= 3) return painSaid ? 'a little' : 'a little sore';
  if (n <= 6) return painSaid ? '' : 'sore';
  if (n <= 8) return painSaid ? 'really bad' : 'really painful';
  return painSaid ? 'severe' : 'severe pain';
}

/** The last part of `before` up to any of the breaks. */
function tail(before: string, breaks: RegExp): string {
  let at = 0;
  for (const m of before.matchAll(breaks)) at = m.index + m[0].length;
  return before.slice(at);
}

/** The text with every rating out of ten written as pain or effort words (see the module comment). */
export function ratingsAsWords(t: string): string {
  if (!/10|ten\b/.test(t)) return t;
  const out = t.replace(RATING, (whole, num: string, offset: number) => {
    const before = t.slice(0, offset);
    const sentence = tail(before, /[.;!?]/g);
    if (DATE_BEFORE.test(before) || DATE_SENTENCE.test(sentence)) return whole;
    const n = Number(num);
    const after = t.slice(offset + whole.length, offset + whole.length + 16);
    const painAfter = /^\s*(pain|sore|hurts?)\b/.test(after);
    // The comma clause the rating sits in decides; a clause with no cue ("…sore today after the run, like 4/10")
    // takes its sentence's.
    const clause = tail(before, /,|\bbut\b|\band\b/g);
    const cued = PAIN_WORD.test(clause) || BODY_PART.test(clause) || EFFORT_WORD.test(clause) || painAfter ? clause : sentence;
    const painSaid = PAIN_WORD.test(cued) || painAfter;
    if (painSaid || BODY_PART.test(cued)) return ` ${painWords(n, painSaid)} `;
    return ' rpe ' + num + ' ';
  });
  return out.replace(/\s+/g, ' ').trim();
}
