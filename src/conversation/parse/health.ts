/**
 * A health condition the client tells of ("I have AFib", "had a stent last year", "my blood pressure is
 * high", "just diagnosed with osteopenia"): which rule set it takes (engine/adaptation/health.ts) and how the
 * reply names it. Rows as data, first match wins. A question about a condition in general ("is lifting safe
 * with osteoporosis?") or about someone else ("my dad has afib") is not the client's own: the general answer
 * (answers/faq.ts) covers it.
 */
import type { HealthCondition } from '../../engine/adaptation/health.js';
import { normalize } from './text.js';

/**
 * What stands before "pregnant" / "pregnancy" when it is past: "since my second pregnancy", "before getting pregnant",
 * "when i was pregnant", "pre-pregnancy". A regex source for a lookbehind (the health rows and the FAQ share it).
 */
export const NOT_PAST_PREGNANCY = String.raw`(?<!\b(?:since|after|before|post|pre|until|till|when|while)[- ](?:i (?:got|was|became) |getting |being |becoming |(?:my|the|our) (?:(?:first|second|third|last|1st|2nd|3rd) )?)?|\bi was )`;

const CONDITIONS: ReadonlyArray<{ condition: HealthCondition; label: string; re: RegExp }> = [
  { condition: 'heart', label: 'AFib', re: /\b(?:a-?fib|a fib|atrial fib\w*)\b/ },
  { condition: 'heart', label: 'an irregular heartbeat', re: /\b(?:arrhythmias?|irregular heart ?beat|heart rhythm)\b/ },
  { condition: 'heart', label: 'a stent', re: /\bstents?\b|\bangioplasty\b/ },
  { condition: 'heart', label: 'a pacemaker', re: /\bpacemaker\b/ },
  { condition: 'heart', label: 'a heart bypass', re: /\b(?:heart |cardiac |triple |double |quadruple )?bypass(?: surgery)?\b/ },
  { condition: 'heart', label: 'a heart attack', re: /\bheart attack\b/ },
  { condition: 'heart', label: 'heart failure', re: /\bheart failure\b/ },
  { condition: 'heart', label: 'angina', re: /\bangina\b/ },
  { condition: 'heart', label: 'a heart condition', re: /\b(?:heart|cardiac) (?:condition|disease|problems?|issues?|surgery|murmur)\b|\bcardiomyopathy\b|\bcoronary\b/ },
  { condition: 'heart', label: 'high blood pressure', re: /\b(?:high|elevated) (?:blood pressure|bp)\b|\bhypertension\b|\bhypertensive\b|\b(?:blood pressure|bp) (?:is |runs |has been |was |gets |goes )?(?:(?:kinda|kind of|a bit|a little(?: bit)?|pretty|sort of|slightly|borderline|really|too|very|bit) )?(?:high|up|elevated|through the roof)\b|\b(?:blood pressure|bp) (?:meds|medications?|pills|tablets)\b/ },
  { condition: 'asthma', label: 'asthma', re: /\basthma(?:tic)?\b|\b(?:exercise|sports)[- ]induced (?:asthma|bronchospasm|bronchoconstriction)\b|\b(?:my |an )inhaler\b/ },
  { condition: 'diabetes', label: 'type 1 diabetes', re: /\b(?:type (?:1|one|i)|t1) ?diabet\w*|\bt1d\b|\binsulin (?:pump|dependent)\b|\bjuvenile diabet\w*/ },
  { condition: 'diabetes', label: 'type 2 diabetes', re: /\b(?:type (?:2|two|ii)|t2) ?diabet\w*|\bt2d\b|\bpre-?diabet\w*/ },
  { condition: 'diabetes', label: 'diabetes', re: /\bdiabet(?:es|ic)\b/ },
  // A pregnancy now (not "since my second pregnancy", "before pregnancy", "before getting pregnant", "when i was
  // pregnant": that is past, postpartum's, answers/faq.ts).
  { condition: 'pregnancy', label: 'pregnancy (first trimester)', re: /\b(?:first|1st) trimester\b|\b(?:[4-9]|1[0-3]) (?:weeks?|wks?) (?:pregnant|along)\b/ },
  { condition: 'pregnancy', label: 'pregnancy (second trimester)', re: /\b(?:second|2nd) trimester\b|\b(?:1[4-9]|2[0-7]) (?:weeks?|wks?) (?:pregnant|along)\b|\b[4-6] months? (?:pregnant|along)\b/ },
  { condition: 'pregnancy', label: 'pregnancy (third trimester)', re: /\b(?:third|3rd) trimester\b|\b(?:2[89]|3\d|40) (?:weeks?|wks?) (?:pregnant|along)\b|\b[7-9] months? (?:pregnant|along)\b/ },
  { condition: 'pregnancy', label: 'pregnancy', re: new RegExp(String.raw`${NOT_PAST_PREGNANCY}\b(?:pregnant|pregnancy|expecting a baby)\b`) },
  // A birth of her own, recent (not "had my son 5 years ago", not a partner's: POSTPARTUM_NOT below). The onboarding
  // answer promises "we start lighter than before" (answers/faq.ts): the plan keeps it (engine/adaptation/health.ts).
  { condition: 'postpartum', label: 'recent birth', re: /\b(?:post-?partum|post partum|post-?natal|post natal|gave birth|new (?:mom|mum)|c-?section)\b|\b(?:had|delivered|welcomed) (?:a|my|our|the) (?:(?:first|second|third|1st|2nd|3rd|4th|new|baby) )?(?:baby|son|daughter|kid|little one|twins|boy|girl)\b/ },
  { condition: 'bone', label: 'osteoporosis', re: /\bosteoporo\w*/ },
  { condition: 'bone', label: 'osteopenia', re: /\bosteopeni\w*/ },
  { condition: 'bone', label: 'low bone density', re: /\b(?:low|poor|losing) bone (?:density|mass)\b|\bbone density (?:is |was |came back )?(?:low|poor|down)\b|\bbrittle bones\b|\bthin bones\b/ },
];

/** A birth long past ("had my son 5 years ago") or a partner's ("my wife had our baby", "new dad"): not postpartum. */
const POSTPARTUM_NOT = /\b(?:\d+|two|three|four|five|six|several|many|a few) (?:years?|yrs?)\b|\b(?:wife|partner|girlfriend|gf|husband|dad|father|daddy)\b/;

/** The client's own: first person or a diagnosis, not a general question or someone else's condition. */
const OWN = /\b(?:asthmatic|diabetic|pregnant|post-?partum|post partum|post-?natal|gave birth|new (?:mom|mum)|t1d|t2d|trimester|(?:weeks?|months?) along)\b|\b(?:i have|i'?ve got|i got|i'?ve had|i had|i'?m|i am|i was|i just|i live with|living with|dealing with|diagnosed|my doctor|my doc|my cardiologist|got (?:a|my)|had (?:a|my)|have (?:a|an)|on meds|on medication|i take|i'?m on)\b|^\s*(?:have|got|had|dx|diagnosed)\b|\bmy (?:heart|blood pressure|bp|bones?|bone density)\b/;
const SOMEONE_ELSE = /(?<!\b(?:had|delivered|welcomed|birth to) )\bmy (?:mom|mum|mother|dad|father|wife|husband|partner|friend|grand\w+|brother|sister|son|daughter|aunt|uncle|client|boss)\b|\b(?:he|she|they) (?:has|have|had)\b/;

export interface HealthNews {
  condition: HealthCondition;
  /** How the reply names it: "AFib", "a stent", "osteopenia". */
  label: string;
}

export function findHealthCondition(text: string): HealthNews | null {
  return findHealthConditions(text)[0] ?? null;
}

/** Every condition of the client's own in the text, one per rule set ("asthma and type 1 diabetes": two). */
export function findHealthConditions(text: string): HealthNews[] {
  const t = normalize(text);
  if (SOMEONE_ELSE.test(t) && !/\b(?:i have|i'?ve got|i had|i'?m)\b/.test(t)) return [];
  if (!OWN.test(t)) return [];
  const out: HealthNews[] = [];
  for (const c of CONDITIONS) {
    if (c.condition === 'postpartum' && POSTPARTUM_NOT.test(t)) continue;
    if (c.re.test(t) && !out.some((o) => o.condition === c.condition)) out.push({ condition: c.condition, label: c.label });
  }
  return out;
}
