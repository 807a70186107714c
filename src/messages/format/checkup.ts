/**
 * The morning's question after a red-flag pain's days ran out (engine/adaptation/checkup.ts): has it been checked,
 * and the two texts that answer it.
 */
import { hurts } from '../../engine/adaptation/labels.js';
import { partLabel } from '../../engine/adaptation/body.js';

export function checkupLine(parts: readonly string[]): string {
  const label = parts.map(partLabel).join(' and ');
  const plural = hurts(label) === 'hurt';
  return `It's been a week since you told me about your ${label}. ${plural ? 'Have' : 'Has'} ${plural ? 'they' : 'it'} been checked by a doctor or physio? Text "all clear" once ${plural ? 'they have' : 'it has'}; if ${plural ? 'they still hurt' : 'it still hurts'}, text "${label} still ${plural ? 'hurt' : 'hurts'}" and I'll keep what loads ${plural ? 'them' : 'it'} out.`;
}
