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
