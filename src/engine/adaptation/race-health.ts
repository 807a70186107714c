/**
 * Before a race the runner asks to add (a tune-up), a coach checks the body first: pain or an illness still in force
 * on the race day says no; one that ended only days before says "only if it has been fine since". The windows are
 * the notes' own (windows.ts); how long after one a hard race still needs the check is a rule per kind, below.
 */
import { daysBetween } from '../dates.js';
import type { AdaptationInput } from './inputs.js';
import { lastDay } from './windows.js';
import { partLabel } from './body.js';

/**
 * Days after a window ends that a hard race still needs the check. Pain: two weeks (a niggle that settled in rest
 * flares under race effort before it does on easy runs). Illness: a week (racing soon after a fever or a chest cold
 * risks a relapse; easy running comes back first).
 */
const RECENT_DAYS: Readonly<Record<'pain' | 'illness', number>> = { pain: 14, illness: 7 };

export interface RaceHealthFlag {
  kind: 'pain' | 'illness';
  /** 'active': the window covers the race day; 'recent': it ended within RECENT_DAYS before it. */
  status: 'active' | 'recent';
  /** What it is, in the client's words: "your knee", "the illness". */
  what: string;
  from: string;
  /** The window's last day. */
  to: string;
}

/** The pain or illness a race on `raceDay` must be checked against, the most serious first (active, then pain). */
export function raceHealthFlag(inputs: readonly AdaptationInput[], raceDay: string): RaceHealthFlag | null {
  const flags: RaceHealthFlag[] = [];
  for (const a of inputs) {
    if (a.kind !== 'pain' && a.kind !== 'illness') continue;
    const end = lastDay(a)!;
    if (a.from > raceDay) continue;
    const status = end >= raceDay ? 'active' : daysBetween(end, raceDay) <= RECENT_DAYS[a.kind] ? 'recent' : null;
    if (!status) continue;
    flags.push({ kind: a.kind, status, what: a.kind === 'pain' ? `your ${partLabel(a.bodyPart)}` : 'being sick', from: a.from, to: end });
  }
  const rank = (f: RaceHealthFlag) => (f.status === 'active' ? 0 : 2) + (f.kind === 'pain' ? 0 : 1);
  return flags.sort((x, y) => rank(x) - rank(y) || (y.to < x.to ? -1 : 1))[0] ?? null;
}

