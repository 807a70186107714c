/**
 * A health condition told while setting up ("I have asthma and type 1 diabetes", "I'm 20 weeks pregnant"):
 * the coach's line for each, said at once, so the client sees it read as a condition and not ignored. It is
 * kept as a note too and applied once the plan exists (engine/adaptation/health.ts). Heart and bone
 * conditions keep their general answers (answers/faq.ts). As data: one compact line per condition.
 */
import type { HealthCondition } from '../../engine/adaptation/health.js';
import { findHealthConditions, type HealthNews } from '../parse/health.js';

const TOLD: Partial<Record<HealthCondition, (h: HealthNews) => string>> = {
  asthma: () => 'start every run with 10-15 min easy before anything harder, carry your inhaler, and take cold or dry-air days easier or indoors',
  diabetes: (h) =>
    h.label === 'type 1 diabetes'
      ? 'check your glucose before every run and during long runs, carry fast carbs (glucose tabs or a gel), and watch for lows later that day'
      : 'check your glucose before long or hard sessions, carry a few fast carbs, and eat soon after',
  pregnancy: (h) =>
    `every run and lift stays at an effort you can talk through - no pace work, max lifts, jumps or crunches${/third|second/.test(h.label) ? ', nothing flat on your back' : ', and nothing flat on your back after the first trimester'}; stop if anything feels off`,
};

/** The line for the conditions of the client's own in `text` that have one, or null. */
export function healthToldAnswer(text: string): string | null {
  const found = findHealthConditions(text).filter((h) => TOLD[h.condition]);
  if (!found.length) return null;
  const names = found.map((h) => h.label);
  const pregnant = found.some((h) => h.condition === 'pregnancy');
  const lead = pregnant && found.length === 1 ? `Congratulations! I've noted your ${names[0]}` : `Thanks for telling me about your ${names.join(' and ')}, noted`;
  const lines = found.map((h) => TOLD[h.condition]!(h)).join('; ');
  const who = pregnant ? 'doctor or midwife' : 'doctor';
  return `${lead}: ${lines}. Check the plan with your ${who} and tell me anything they rule out.`;
}

/**
 * Symptoms said beside a condition ("my bp meds make me dizzy sometimes, is that a problem?"): what a coach says
 * about the symptom itself, which the condition's plan rules do not answer. Rules as data: a pattern and its line.
 */
const SYMPTOMS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:dizzy|dizziness|light ?-?headed(?:ness)?|woozy|faint(?:ing|ed)?|head ?rush(?:es)?|blacking out|see stars)\b/,
    'Dizziness is worth telling your doctor soon (a dose or its timing may need a look). Meanwhile get up slowly from the floor and the bench, keep breathing out as you lift, drink water, and stop and sit down whenever you feel lightheaded.',
  ],
  [
    /\b(?:palpitations?|heart (?:racing|pounding|fluttering|skipping)|racing heart|skipped beats?)\b/,
    'A racing or skipping heart during training is worth telling your doctor before your next hard session; until then keep every session easy, and stop if it comes back.',
  ],
];

/** The line for a symptom told beside a health condition, or null. */
export function symptomLine(text: string): string | null {
  const t = text.toLowerCase();
  return SYMPTOMS.find(([re]) => re.test(t))?.[1] ?? null;
}
