/**
 * Meet attempts from a lifter's current numbers: an opener they could triple on a bad day (about 90% of the
 * estimated max), a second near 95%, a third at the max or a small PR if the second moved fast. The usual
 * platform practice (e.g. Greg Nuckols, "How to pick your attempts", Stronger by Science; Sheiko's 90/95/100):
 * a missed opener ends a meet, a made one builds momentum.
 */
import { convertWeight } from '../../engine/units.js';

/** The competition lifts in platform order, as named in the answer. */
const PLATFORM: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'back_squat', name: 'Squat' },
  { id: 'bench_press', name: 'Bench' },
  { id: 'deadlift', name: 'Deadlift' },
];

/** Share of the estimated max for each attempt; the third's upper end is a small PR (+2%). */
export const ATTEMPT_SHARES = { opener: 0.9, second: 0.95, third: 1, pr: 1.02 } as const;

/** Plates step: meets load in 2.5 kg; in lb, 5. The opener rounds down (it must be a sure make). */
const step = (unit: 'kg' | 'lb') => (unit === 'kg' ? 2.5 : 5);
const down = (v: number, unit: 'kg' | 'lb') => Math.floor(v / step(unit)) * step(unit);
const near = (v: number, unit: 'kg' | 'lb') => Math.round(v / step(unit)) * step(unit);

/** The reply to "what should my openers be?" from the estimated maxes (lb, by exercise id). */
export function attemptsAnswer(maxesLb: ReadonlyMap<string, number>, unit: 'kg' | 'lb'): string {
  const lines = PLATFORM.flatMap(({ id, name }) => {
    const lb = maxesLb.get(id);
    if (!lb) return [];
    const max = convertWeight(lb, 'lb', unit);
    const third = near(max * ATTEMPT_SHARES.third, unit);
    const pr = Math.max(third, near(max * ATTEMPT_SHARES.pr, unit));
    return [`${name}: open ${down(max * ATTEMPT_SHARES.opener, unit)}, 2nd ${near(max * ATTEMPT_SHARES.second, unit)}, 3rd ${third === pr ? third : `${third}-${pr}`} ${unit}`];
  });
  if (lines.length === 0) return 'I need your numbers first: tell me your maxes ("squat 315, bench 225, deadlift 405") or log a heavy set, and I\'ll suggest your attempts.';
  const missing = PLATFORM.filter(({ id }) => !maxesLb.get(id)).map(({ name }) => name.toLowerCase());
  return [
    `Attempts from your current numbers (est. max):`,
    ...lines,
    `Open with a weight you could triple on a bad day (~90%), 2nd ~95%, 3rd your max, or a small PR if the 2nd moved fast.${unit === 'lb' ? ' Meets load in kg: round to 2.5 kg when you submit.' : ''}`,
    ...(missing.length ? [`No number yet for your ${missing.join(' or ')}: log a heavy set and ask again.`] : []),
  ].join('\n');
}
