/**
 * A race moved up shortens the plan: the runner is told what goes (weeks of base, build, peak) and that the taper
 * is kept, not only "laid out again" (a half moved from May to January lost its base and most of its build unsaid).
 */
import { PHASE_NAMES, type PhaseName } from '../../engine/endurance/phases.js';
import { counted } from '../../engine/count.js';

/** "That's 16 weeks less to train: the base goes from 11 weeks to 2, the build from 6 to 2. The 2-week taper stays…" - null when nothing is cut. */
export function shortenedLine(before: Record<PhaseName, number>, after: Record<PhaseName, number>): string | null {
  const total = (r: Record<PhaseName, number>) => PHASE_NAMES.reduce((n, p) => n + r[p], 0);
  const cut = total(before) - total(after);
  // Base weeks only (a race a week or two earlier) cost no race-specific training: nothing to warn about.
  if (cut <= 0 || PHASE_NAMES.every((p) => p === 'base' || after[p] >= before[p])) return null;
  const lost = PHASE_NAMES.filter((p) => p !== 'taper' && after[p] < before[p]).map((p, i) => (i === 0 ? `the ${p} goes from ${counted(before[p], 'week')} to ${after[p] === 0 ? 'none' : after[p]}` : `the ${p} from ${before[p]} to ${after[p] === 0 ? 'none' : after[p]}`));
  const taper = after.taper === 0 ? '' : after.taper < before.taper ? ` The taper is kept, cut to ${counted(after.taper, 'week')}, so you still arrive fresh.` : ` The ${after.taper}-week taper stays, so you still arrive fresh.`;
  const peak = after.peak === 0 && before.peak > 0 ? ' The hardest race-pace weeks go first: expect to race on the fitness you have now, not a new best.' : '';
  return `That's ${counted(cut, 'week')} less to train: ${lost.join(', ')}.${taper}${peak}`;
}
