/**
 * Plan changes as the client reads them: the engine's one-line reasons (already in their sport's words),
 * at most two per reply, and the recent list for "what changed?".
 */
import type { PlanChange } from '../../engine/adaptation/index.js';
import { weekdayShort } from '../../engine/dates.js';
import { formatDateLabel } from './day-brief.js';

/** Up to `max` distinct reasons ("Mon's long run" reads "today's long run" on Monday); a note when there are more. */
export function formatChangeLines(changes: readonly Pick<PlanChange, 'reason' | 'dates'>[], max = 2, today?: string): string[] {
  const name = today ? weekdayShort(today) : null;
  const reasons = [...new Set(changes.map((c) => (name && today && c.dates.length === 1 && c.dates[0] === today ? c.reason.replace(`${name}'s `, "today's ") : c.reason)))];
  const lines = reasons.slice(0, max);
  if (reasons.length > max) lines.push(`(${reasons.length - max} more: text "what changed")`);
  return lines;
}

/** "Tue 12/1 now: Upper A: dumbbell bench press 3x8 @ 50 lb, …" for the first changed date on or after `from`. */
export function formatNextChanged(changes: readonly PlanChange[], from: string): string | null {
  const dated = changes.flatMap((c) => c.dates.map((d) => ({ d, after: c.after[d]! }))).filter((x) => x.d >= from).sort((a, b) => (a.d < b.d ? -1 : 1));
  const first = dated[0];
  return first ? `${formatDateLabel(first.d)} now: ${briefOf(first.after)}.` : null;
}

/** The lift names of a described day ("Full body A: back squat 3x6-8 @ 135 lb, …" → back squat, …). */
function liftNames(described: string): string[] {
  const rest = described.includes(': ') ? described.slice(described.indexOf(': ') + 2) : '';
  return rest.split(', ').map((p) => /^(.+?) \d+x/.exec(p)?.[1]).filter((n): n is string => n !== undefined);
}

/**
 * What a change swapped, day by day: "Mon 11/23: Bulgarian split squat in place of back squat; Wed 11/25: leg curl in
 * place of deadlift." (a reason says why the lifts went; this says which went and what took their place). Up to
 * `max` days from `from`; null when no lift was swapped (a set cut or a rest day says itself).
 */
export function formatLiftSwaps(changes: readonly PlanChange[], from: string, max = 3): string | null {
  const days = new Map<string, string>();
  for (const c of changes) {
    for (const d of c.dates) {
      if (d < from || days.has(d)) continue;
      const was = liftNames(c.before[d] ?? '');
      const now = liftNames(c.after[d] ?? '');
      const out = was.filter((n) => !now.includes(n));
      const added = now.filter((n) => !was.includes(n));
      if (!out.length) continue;
      const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]!);
      const said = added.length ? `${list(added)} in place of ${list(out)}` : `no ${list(out)}`;
      days.set(d, `${formatDateLabel(d)}: ${said[0]!.toUpperCase()}${said.slice(1)}`);
    }
  }
  const lines = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, max).map(([, l]) => l);
  return lines.length ? `${lines.join('; ')}.` : null;
}

/**
 * A described day (describeDay: "Upper A: bench 3x8 @ 50 lb, row 3x10, …") cut to its title and first three
 * exercises: the reply stays short; "tomorrow" or the day's name shows it all.
 */
export function briefOf(described: string): string {
  const [title, rest] = described.includes(': ') ? [described.slice(0, described.indexOf(': ')), described.slice(described.indexOf(': ') + 2)] : [described, ''];
  const parts = rest ? rest.split(', ') : [];
  // "+4 more", not "...": the callers end the line with a period.
  const body = parts.length > 3 ? `${parts.slice(0, 3).join(', ')} +${parts.length - 3} more` : parts.join(', ');
  return body ? `${title}: ${body}` : title;
}

function span(dates: readonly string[]): string {
  if (!dates.length) return '';
  const first = formatDateLabel(dates[0]!);
  return dates.length === 1 ? first : `${first}-${formatDateLabel(dates[dates.length - 1]!)}`;
}

/** "Recent changes: Tue 12/1-Thu 12/3: Traveling …; Sat 12/5: Sore legs: …". Newest first. */
export function formatRecentChanges(rows: readonly { reason: string; dates: string[] }[]): string {
  if (!rows.length) return 'Nothing has changed in your plan yet. It follows the plan you confirmed.';
  // A lasting change (a swap, an exclusion) is stored once per week it rebuilt: the client reads it once,
  // over all the dates it touched.
  const merged = new Map<string, string[]>();
  for (const r of rows) merged.set(r.reason, [...(merged.get(r.reason) ?? []), ...r.dates]);
  const lines = [...merged].map(([reason, dates]) => `${span([...new Set(dates)].sort())}: ${reason.replace(/\.$/, '')}`);
  return `Recent changes: ${lines.join('; ')}.`;
}
