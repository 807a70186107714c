import { sql } from 'kysely';
import type { Db } from '../db-types.js';
import type { ClientStatus, OutboundKind, ProgramType } from '../schema.js';

/** Days the dashboard's compliance and flags look back over (the coach's "last two weeks"). */
export const LOOKBACK_DAYS = 14;

export interface DashboardRow {
  id: string;
  name: string | null;
  phone: string;
  status: ClientStatus;
  timezone: string;
  /** The client's local date at the moment the query ran. */
  today: string;
  planId: string | null;
  programType: ProgramType | null;
  planWeeks: number | null;
  planStart: string | null;
  planEnd: string | null;
  /** The slices of the plan outline a position label needs (week table or race weeks), not the whole outline. */
  outlinePosition: unknown;
  /**
   * The plan's closed pauses and illness notes (type and dates): the breaks that may move a strength plan's
   * calendar. Which of them do is plan-breaks.ts's rule, applied by the service, not repeated here.
   */
  breaks: unknown;
  lastDirection: 'in' | 'out' | null;
  lastBody: string | null;
  lastAt: Date | null;
  lastKind: OutboundKind | null;
  /** Training days planned in the lookback window before today (rest days not counted). */
  plannedDays: number;
  completedDays: number;
  painReports: number;
  failedSends: number;
  /** Health conditions the client told of (plan notes), in their words: "AFib, osteopenia"; null when none. */
  health: string | null;
  /** The active plan's notes (where startPlan writes the checks it failed); null when none. */
  planNotes: string | null;
}

interface RawRow {
  id: string;
  name: string | null;
  phone: string;
  status: ClientStatus;
  timezone: string;
  today: string;
  plan_id: string | null;
  program_type: ProgramType | null;
  plan_weeks: number | null;
  plan_start: string | null;
  plan_end: string | null;
  outline_position: unknown;
  breaks: unknown;
  last_direction: 'in' | 'out' | null;
  last_body: string | null;
  last_at: Date | string | null;
  last_kind: OutboundKind | null;
  planned_days: number | string;
  completed_days: number | string;
  pain_reports: number | string;
  failed_sends: number | string;
  health: string | null;
  plan_notes: string | null;
  needs_attention: boolean;
}

/**
 * The coach's client list with everything a row shows, in one set-based statement (no per-client queries:
 * each figure is a lateral subquery on an index by client). Clients who need attention (pain reported, a
 * failed send, two or more missed training days, a health note, a plan that failed its checks) come first, then the most recently active.
 *
 * "Today" is each client's own local date (`now` at their time zone), so a client in Tokyo and one in
 * Denver are measured over their own last 14 days. A training day counts as completed when the workout
 * was marked done or anything was logged for that date.
 */
export async function listDashboardRows(db: Db, opts: { now: Date; limit: number; offset: number }): Promise<DashboardRow[]> {
  const now = opts.now.toISOString();
  const res = await sql<RawRow>`
    with c as (
      select cl.*, (${now}::timestamptz at time zone cl.timezone)::date as today from clients cl
    )
    select c.id, c.name, c.phone, c.status, c.timezone, c.today,
           p.id as plan_id, p.program_type, p.weeks as plan_weeks, p.start_date as plan_start, p.end_date as plan_end,
           jsonb_build_object(
             'startDate', p.outline->'startDate',
             'weeks', p.outline->'weeks',
             'weekTable', p.outline->'strength'->'weekTable',
             'raceWeeks', p.outline->'race'->'weeks',
             'raceName', p.outline->'race'->'raceName',
             'raceDate', p.outline->'race'->'raceDate'
           ) as outline_position,
           coalesce(breaks.rows, '[]'::json) as breaks,
           lm.direction as last_direction, lm.body as last_body, lm.at as last_at, lm.kind as last_kind,
           coalesce(w.planned, 0)::int as planned_days, coalesce(w.completed, 0)::int as completed_days,
           coalesce(pain.n, 0)::int as pain_reports, coalesce(failed.n, 0)::int as failed_sends,
           health.labels as health, p.notes as plan_notes,
           (health.labels is not null or coalesce(p.notes like 'Failed plan checks:%', false) or coalesce(pain.n, 0) > 0 or coalesce(failed.n, 0) > 0 or coalesce(w.planned, 0) - coalesce(w.completed, 0) >= 2) as needs_attention
      from c
      left join fitness_plans p on p.client_id = c.id and p.status = 'active'
      left join lateral (
        select json_agg(json_build_object('type', a.type, 'effective_from', a.effective_from, 'effective_to', a.effective_to)) as rows
          from plan_adaptations a
         where a.plan_id = p.id and a.type in ('pause', 'illness_note') and a.effective_to is not null and a.effective_from <= c.today
      ) breaks on true
      left join lateral (
        select * from (
          (select 'in' as direction, i.body, i.received_at as at, null::text as kind
             from inbound_messages i where i.client_id = c.id order by i.received_at desc limit 1)
          union all
          (select 'out', o.body, o.created_at, o.kind
             from outbound_messages o where o.client_id = c.id and o.status <> 'suppressed' order by o.created_at desc limit 1)
        ) m order by m.at desc limit 1
      ) lm on true
      left join lateral (
        select count(*) as planned,
               count(*) filter (
                 where wi.status = 'completed'
                    or exists (select 1 from workout_logs l
                                where l.client_id = c.id and l.date = wi.date and l.kind in ('done', 'strength', 'run'))
               ) as completed
          from workout_instances wi
         where wi.client_id = c.id
           and wi.date >= c.today - ${LOOKBACK_DAYS}::int and wi.date < c.today
           and wi.workout->>'kind' <> 'rest'
      ) w on true
      left join lateral (
        select string_agg(distinct coalesce(a.metadata->>'label', a.metadata->>'condition'), ', ') as labels
          from plan_adaptations a
         where a.plan_id = p.id and a.type = 'health_note'
      ) health on true
      left join lateral (
        select count(*) as n from readiness_signals r
         where r.client_id = c.id and r.kind = 'pain' and r.date >= c.today - ${LOOKBACK_DAYS}::int
      ) pain on true
      left join lateral (
        select count(*) as n from outbound_messages o
         where o.client_id = c.id and o.status in ('failed', 'undelivered')
           and o.created_at >= ${now}::timestamptz - make_interval(days => ${LOOKBACK_DAYS}::int)
      ) failed on true
     order by needs_attention desc, lm.at desc nulls last, c.created_at desc
     limit ${opts.limit} offset ${opts.offset}`.execute(db);
  return res.rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: r.phone,
    status: r.status,
    timezone: r.timezone,
    today: typeof r.today === 'string' ? r.today : String(r.today),
    planId: r.plan_id,
    programType: r.program_type,
    planWeeks: r.plan_weeks,
    planStart: r.plan_start,
    planEnd: r.plan_end,
    outlinePosition: r.outline_position,
    breaks: r.breaks,
    lastDirection: r.last_direction,
    lastBody: r.last_body,
    lastAt: r.last_at === null ? null : r.last_at instanceof Date ? r.last_at : new Date(r.last_at),
    lastKind: r.last_kind,
    plannedDays: Number(r.planned_days),
    completedDays: Number(r.completed_days),
    painReports: Number(r.pain_reports),
    failedSends: Number(r.failed_sends),
    health: r.health ?? null,
    planNotes: r.plan_notes ?? null,
  }));
}

export async function countClients(db: Db): Promise<number> {
  const row = await db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
