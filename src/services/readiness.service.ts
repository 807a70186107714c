/**
 * Readiness proposals: reads the client's signals and main-lift logs, asks the engine (adaptation/readiness.ts)
 * whether an early deload or an intensity cut is due, and stores the answer. A proposal changes nothing until
 * the client says YES; NO is stored too (so the next question waits a week); any other reply leaves it.
 */
import type { Db } from '../db/db-types.js';
import { loggedSetOf } from './stored-log-json.js';
import type { ClientRow } from '../db/schema.js';
import { insertPlanChanges, listSignalsSince } from '../db/repositories/adaptations.repository.js';
import { describeDay } from '../engine/adaptation/index.js';
import { listWorkoutLogs } from '../db/repositories/logs.repository.js';
import { listPlanAdaptations } from '../db/repositories/plans.repository.js';
import { addDays } from '../engine/dates.js';
import { lifeEventProposal, LOW_DAYS_WINDOW, proposalQuestion, proposeFromReadiness, type EaseOff, type Proposal } from '../engine/adaptation/readiness.js';
import { detectStall, type LoggedSet, type StallVerdict, nameMidSentence } from '../engine/strength/index.js';
import { activePlan, getOrCreateWeek, workoutOn, type ActivePlan } from './plans.service.js';
import { recordPlanNote } from './notes.service.js';
import { weekNumberFor } from '../engine/program/program.js';
import { formatDateLabel as formatDay } from '../messages/format/day-brief.js';
import { readNoteMeta, easeOffMetaSchema } from './plan-note-metadata.js';

/** The main lifts a stall is judged on (accessories stall and recover too often to ask about). */
const MAIN_LIFTS = ['back_squat', 'bench_press', 'deadlift', 'overhead_press'] as const;

const PROPOSAL_NOTES = ['readiness_proposal', 'early_deload', 'intensity_reduction', 'proposal_declined'] as const;

function sportOf(plan: ActivePlan): 'lift' | 'run' | 'both' {
  return plan.request.kind === 'strength' ? 'lift' : plan.request.kind === 'hybrid' && plan.request.strength ? 'both' : 'run';
}

/** The first date of the next planned lighter week after today (a deload block, a cutback or the taper). */
function nextPlannedEasyWeek(plan: ActivePlan, today: string): string | null {
  const s = plan.outline.strength?.weekTable.find((w) => w.blockType === 'deload' && w.startDate > today)?.startDate ?? null;
  const r = plan.outline.race?.weeks.find((w) => (w.cutback || w.phase === 'taper') && w.startDate > today)?.startDate ?? null;
  return [s, r].filter((d): d is string => d !== null).sort()[0] ?? null;
}

/**
 * The spans lifted lighter on purpose: the plan's deload weeks and accepted ease-offs. A set there is a deload
 * load, not a max effort, so it says nothing about a stall ("deadlift 3x7 at 220 felt easy" in the deload week
 * was read as falling from 352 and a 10% cut was offered on top of the deload).
 */
function lighterSpans(plan: ActivePlan, notes: ReadonlyArray<{ type: string; effective_from: string; effective_to: string | null }>): Array<{ from: string; to: string }> {
  const deloads = (plan.outline.strength?.weekTable ?? []).filter((w) => w.blockType === 'deload').map((w) => ({ from: w.startDate, to: w.endDate }));
  const eased = notes.filter((n) => (n.type === 'early_deload' || n.type === 'intensity_reduction') && n.effective_to !== null).map((n) => ({ from: n.effective_from, to: n.effective_to as string }));
  return [...deloads, ...eased];
}

/** The proposal due today with its question, or null. */
export async function readinessProposal(db: Db, client: ClientRow, plan: ActivePlan, today: string): Promise<{ proposal: Proposal; question: string } | null> {
  const [signals, notes, logs] = await Promise.all([
    listSignalsSince(db, client.id, ['sleep', 'stress', 'energy', 'soreness', 'illness'], addDays(today, -(LOW_DAYS_WINDOW - 1))),
    listPlanAdaptations(db, plan.row.id),
    plan.outline.strength ? listWorkoutLogs(db, client.id, { from: plan.outline.startDate, to: today }) : Promise.resolve([]),
  ]);
  const last = notes.filter((n) => (PROPOSAL_NOTES as readonly string[]).includes(n.type)).map((n) => n.effective_from).sort().pop() ?? null;
  const stalls: Record<string, StallVerdict> = {};
  const lighter = lighterSpans(plan, notes);
  for (const id of MAIN_LIFTS) {
    const history: LoggedSet[] = logs.flatMap((l) => {
      const d = loggedSetOf(l);
      if (d?.exerciseId !== id || lighter.some((s) => d.date >= s.from && d.date <= s.to)) return [];
      return [{ exerciseId: id, date: d.date, weight: d.weight, reps: d.reps, rir: d.rir ?? null }];
    });
    if (history.length) stalls[id] = detectStall(history);
  }
  const proposal = proposeFromReadiness({
    today,
    signals: signals.map((s) => ({ date: s.date, kind: s.kind, severity: s.severity })),
    stalls,
    nextPlannedEasyWeek: nextPlannedEasyWeek(plan, today),
    lastProposalDate: last,
  });
  if (!proposal) return null;
  // Asking counts for the cooldown even if the client never answers.
  await recordPlanNote(db, client, { type: 'readiness_proposal', reason: proposal.reason, from: today, to: null, metadata: { proposal } });
  return { proposal, question: proposalQuestion(proposal, sportOf(plan)) };
}

/**
 * A lighter week offered for a life event ("new baby arrived!!"): asked now, stored like a readiness proposal
 * (so the readiness question waits its cooldown), null when the plan's own lighter week starts within the week.
 */
export async function lifeEventOffer(db: Db, client: ClientRow, plan: ActivePlan, today: string, reason: string): Promise<{ proposal: Proposal; question: string } | null> {
  const easy = nextPlannedEasyWeek(plan, today);
  if (easy && easy <= addDays(today, 2)) return null;
  const proposal = lifeEventProposal(today, reason);
  await recordPlanNote(db, client, { type: 'readiness_proposal', reason: proposal.reason, from: today, to: null, metadata: { proposal } });
  return { proposal, question: proposalQuestion(proposal, sportOf(plan)) };
}

/** YES: the ease-off goes into the weeks it covers (rebuilt now), and the reply says what the next day is. */
export async function acceptProposal(db: Db, client: ClientRow, proposal: Proposal, today: string): Promise<string> {
  const current = await activePlan(db, client.id);
  // The days as the client knew them, to store what the YES changed ("what changed?" lists it).
  const before = current ? await describeDays(db, client, current, proposal, today) : new Map<string, string>();
  await recordPlanNote(db, client, {
    type: proposal.kind,
    reason: proposal.reason,
    from: proposal.from,
    to: proposal.to,
    metadata: { volumeMultiplier: proposal.volumeMultiplier, loadMultiplier: proposal.loadMultiplier, exerciseId: proposal.exerciseId ?? null, trigger: proposal.trigger },
  });
  const plan = await activePlan(db, client.id);
  if (!plan) return 'Done.';
  for (let d = proposal.from; d <= proposal.to; d = addDays(d, 1)) {
    const n = weekNumberFor(plan.outline, d);
    if (n !== null) await getOrCreateWeek(db, client, plan, n, today);
  }
  const what = proposal.kind === 'early_deload' ? 'Deload brought forward' : 'Loads down about 10%';
  const after = await describeDays(db, client, plan, proposal, today);
  const dates = [...after.keys()].filter((d) => after.get(d) !== before.get(d)).sort();
  await insertPlanChanges(db, [
    {
      clientId: client.id,
      planId: plan.row.id,
      type: proposal.kind,
      reason: `${what} (you said YES): ${proposal.kind === 'early_deload' ? 'about half the sets, ~10% lighter, everything easy' : 'same work, ~10% lighter'}`,
      dates,
      before: Object.fromEntries(dates.map((d) => [d, before.get(d) ?? 'Rest'])),
      after: Object.fromEntries(dates.map((d) => [d, after.get(d)!])),
      trigger: 'asked' as const,
    },
  ].filter((c) => c.dates.length > 0));
  const next = await nextTrainingDay(db, client, plan, proposal, today);
  return `${what} from ${formatDay(proposal.from)} through ${formatDay(proposal.to)}.${next ? ` ${next}` : ''} The plan picks up after that.`;
}

/** Each training day the proposal covers, from today on, in one line (the adaptation engine's describeDay). */
async function describeDays(db: Db, client: ClientRow, plan: ActivePlan, p: Proposal, today: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let d = p.from > today ? p.from : today; d <= p.to; d = addDays(d, 1)) {
    const r = await workoutOn(db, client, plan, d, today);
    if (r.kind === 'workout' && r.day.kind !== 'rest' && r.status === 'scheduled') out.set(d, describeDay(r.day));
  }
  return out;
}

async function nextTrainingDay(db: Db, client: ClientRow, plan: ActivePlan, p: Proposal, today: string): Promise<string | null> {
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) {
    const r = await workoutOn(db, client, plan, d, today);
    if (r.kind !== 'workout' || r.day.kind === 'rest') continue;
    const first = r.day.items[0];
    const detail =
      first?.kind === 'lift'
        ? `${nameMidSentence(first.name)} ${first.sets}x${first.reps}${first.load !== null ? ` at ${first.load} ${first.unit}` : ''}`
        : `${r.day.title.toLowerCase()} ${r.day.totalDistance ?? ''} ${r.day.distanceUnit ?? ''}`.trim();
    return `Next: ${formatDay(d)}, ${detail}.`;
  }
  return null;
}

/** NO: nothing changes; the answer is kept so the next question waits. */
export async function declineProposal(db: Db, client: ClientRow, proposal: Proposal, today: string): Promise<string> {
  await recordPlanNote(db, client, { type: 'proposal_declined', reason: proposal.reason, from: today, to: null, metadata: { proposal } });
  return 'OK, the plan stays as it is. Tell me if you feel run down again.';
}

/** Accepted ease-offs touching a week (for the week builder), parsed from the plan notes. */
export function easeOffsFrom(rows: ReadonlyArray<{ type: string; effective_from: string; effective_to: string | null; metadata: unknown }>, from: string, to: string): EaseOff[] {
  const out: EaseOff[] = [];
  for (const r of rows) {
    if ((r.type !== 'early_deload' && r.type !== 'intensity_reduction') || !r.effective_to || r.effective_to < from || r.effective_from > to) continue;
    const m = readNoteMeta(easeOffMetaSchema, r.metadata) ?? { volumeMultiplier: 1, loadMultiplier: 1, exerciseId: null };
    out.push({ kind: r.type, from: r.effective_from, to: r.effective_to, ...m });
  }
  return out;
}
