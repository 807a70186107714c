import { weekdayShort } from '../dates.js';
import { goalLabel } from '../periodization/macrocycle.js';
import type { StrengthOutline } from '../periodization/types.js';

/** "peaking for your meet on Sat 2027-03-13: heavy singles the week before, a light meet week". */
export function meetPeakPhrase(meetDate: string): string {
  return `peaking for your meet on ${weekdayShort(meetDate)} ${meetDate}: heavy singles the week before, a light meet week`;
}

const blockList = (blocks: { type: string; weeks: number }[]) => blocks.map((b) => `${b.type} (${b.weeks} wk)`).join(', ');

/**
 * 1–3 short lines for an SMS (plain ASCII so the message stays GSM-7), e.g.
 * "12-week strength plan: 3 mesocycles of 4 weeks." / "Each: accumulation (3 wk), deload (1 wk)."
 */
export function summarizeStrengthPlan(outline: StrengthOutline): string {
  const mesos = outline.mesocycles;
  const lengths = [...new Set(mesos.map((m) => m.weeks))];
  const head =
    mesos.length === 1
      ? `${outline.weeks}-week ${goalLabel(outline.goal)} plan: 1 mesocycle.`
      : `${outline.weeks}-week ${goalLabel(outline.goal)} plan: ${mesos.length} mesocycles of ${lengths.sort((a, b) => b - a).join('-')} weeks.`;
  const first = mesos[0];
  const shapes = [...new Set(mesos.map((m) => blockList(m.blocks)))];
  const body = first ? `${mesos.length === 1 ? 'Blocks' : shapes.length === 1 ? 'Each' : 'First'}: ${blockList(first.blocks)}.` : '';
  const tail = 'Weekly sets start near your minimum effective volume and build; every deload halves them.';
  return [outline.meetDate ? `${head.replace(/\.$/, '')}, ${meetPeakPhrase(outline.meetDate)}.` : head, body, tail].filter(Boolean).join('\n');
}
