/**
 * "what should i do about the shoulder for saturday", "how do i work around my knee on friday": a day's lifts read
 * with a part in mind, as a coach answers - which of them load it (the engine's loadsPart, the same rule the pain
 * adaptation leaves lifts out by), a friendlier variant of each where the library has one or how to go lighter, and
 * the offer to adapt the day. When a pain there is already in the plan, what the plan changed that day is said.
 */
import { loadsPart, LIMITATION_FOR_PART } from '../../engine/adaptation/body.js';
import { hurts } from '../../engine/adaptation/labels.js';
import { exerciseById, nameMidSentence } from '../../engine/strength/index.js';
import type { LiftItem, WorkoutDay } from '../../engine/workout/workout.js';
import type { Equipment } from '../../engine/vocabulary.js';
import { substituteFor } from './substitutes.js';

export interface PartOnDay {
  day: WorkoutDay;
  /** The body part as read ("shoulders", "knee", "lower_back"). */
  part: string;
  /** As the client calls it ("shoulder", "left knee", "lower back"). */
  label: string;
  /** How the client names the day: "Saturday", "tomorrow", "today". */
  when: string;
  equipment: readonly Equipment[];
  /** A pain at that part already in the plan on that day: its last day covered. */
  recorded: { through: string } | null;
  /** The day ended or skipped already ("done", "skipped"), or null. */
  status?: 'completed' | 'skipped' | null;
}

/** How much lighter a lift that loads a sore part goes, said the same way each time. */
const LIGHTER = 'go ~20% lighter, 3-4 reps in the tank, pain-free range only';

const lifts = (day: WorkoutDay): LiftItem[] => day.items.filter((i): i is LiftItem => i.kind === 'lift');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function partOnDayAnswer(p: PartOnDay): string {
  const when = p.when;
  const theme = p.day.title;
  const its = hurts(p.label) === 'hurt' ? 'them' : 'it';
  const offer = `If it's hurting now, text "${p.label} sore" and I'll adjust the day for you.`;
  if (p.day.kind === 'rest') return `${cap(when)} is a rest day - nothing to work around for your ${p.label}. ${offer}`;
  const all = lifts(p.day);
  if (!all.length) return `${cap(when)} (${theme}) has no lifts: keep it easy and stop if your ${p.label} ${hurts(p.label)}. ${offer}`;
  const loading = all.filter((l) => {
    const ex = exerciseById(l.exerciseId);
    return ex !== undefined && loadsPart(ex, p.part);
  });
  const names = (ls: LiftItem[]) => ls.map((l) => nameMidSentence(l.name)).join(', ');
  if (p.recorded) {
    const kept = loading.length ? ` Of what's left, ${names(loading)} still ${loading.length > 1 ? 'work' : 'works'} near ${its}: go light and stop if it hurts.` : '';
    return `Your ${p.label} is already in your plan: ${when} (${theme}) leaves out what loads ${its} (through ${p.recorded.through}). ${cap(when)} is ${names(all)}.${kept} Text "${p.label} is fine now" when it settles and it all comes back.`;
  }
  if (!loading.length) return `Nothing on ${when} (${theme}) loads your ${p.label} much: train it as planned, and stop any set that hurts. ${offer}`;
  const lim = LIMITATION_FOR_PART[p.part];
  const lines = loading.map((l) => {
    const sub = lim ? substituteFor(l.exerciseId, p.equipment, null, [lim]) : null;
    return sub ? `- ${l.name}: ${nameMidSentence(sub.name)} instead` : `- ${l.name}`;
  });
  const anySub = lines.some((l) => l.endsWith(' instead'));
  const done = p.status === 'completed' ? `${cap(when)} is already logged as done. ` : '';
  return `${done}${cap(when)} (${theme}): ${loading.length > 1 ? 'these load' : 'this loads'} your ${p.label}:\n${lines.join('\n')}\n${anySub ? 'Or keep' : 'Keep'} ${loading.length > 1 ? 'them' : 'it'} ${anySub ? 'and' : 'but'} ${LIGHTER}; the rest as planned. Stop a set that hurts sharply. ${offer}`;
}

/** "the shoulder" said of "shoulders": the part as the client wrote it, one of two when they named one. */
export function partSaid(label: string, said: string): string {
  const one = label.replace(/s$/, '');
  if (one === label || one.endsWith('achille')) return label;
  return new RegExp(String.raw`\b${one}\b`).test(said.toLowerCase()) ? one : label;
}
