/**
 * What the coach says on noticing a silent week (services/silence.service.ts): the last log, that the
 * missed sessions are not owed, how training eases back in, and an open door (trained without texting, or
 * something up).
 */
import { addDays } from '../../engine/dates.js';
import { counted } from '../../engine/count.js';
import { formatDateLabel } from './day-brief.js';

export function silenceLine(s: { from: string; missed: number }, opts: { planStart: string; runner: boolean }): string {
  const since = s.from === opts.planStart ? `since your plan started ${formatDateLabel(s.from)}` : `since ${formatDateLabel(addDays(s.from, -1))}`;
  const ease = opts.runner ? 'your first runs back are easy and shorter' : 'your first sessions back are lighter';
  return `Nothing logged ${since} - ${counted(s.missed, 'planned session')} went by. No catching up: we ease back in, ${ease}. If you kept training, tell me how it went; if something's up (sick, sore, busy), tell me and I'll adjust.`;
}
