import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import type { AppDeps } from '../app-deps.js';
import type { ClientRow } from '../db/schema.js';
import type { WorkoutDay } from '../engine/workout/workout.js';
import { formatDayBrief } from '../messages/format/day-brief.js';
import { workoutLines } from '../messages/format/daily-message.js';
import { recordCalendarEvents } from '../db/repositories/calendar-events.repository.js';
import { activePlan, localToday } from './plans.service.js';
import { loadPlanSchedule } from './plan-schedule.service.js';
import { planTitle } from './plan-view.service.js';

/** Calendar apps re-read a subscribed feed on their own schedule; this is the hint (RFC 7986 REFRESH-INTERVAL). */
const REFRESH_SECONDS = 3600;

const RENDERED_FEEDS = 64;
const rendered = new Map<string, string>();

/** The event's text: the workout as the morning text lists it, without the SMS length limit. */
export function workoutDescription(day: WorkoutDay, planUrl: string | null): string {
  const lines = [
    day.position.trim(),
    ...workoutLines(day).map((l) => l.text),
    ...day.notes.filter((n) => n.trim() !== ''),
    day.why.trim() ? `Why: ${day.why.trim()}` : '',
    planUrl ? `Your plan: ${planUrl}` : '',
  ];
  return lines.filter((l) => l !== '').join('\n');
}

export function workoutSummary(day: WorkoutDay): string {
  return formatDayBrief(day);
}

/**
 * UIDs are per client and date (a client has at most one workout a day), so an adapted workout keeps its
 * UID and replaces the old event on the next refresh. The client's id is hashed: a UID travels to
 * whatever calendar service the client uses.
 */
export function eventUid(clientId: string, date: string): string {
  const who = createHash('sha256').update(`cadence-calendar\0${clientId}`).digest('hex').slice(0, 16);
  return `${date}-${who}@cadence`;
}

/**
 * The client's plan as an iCalendar feed (RFC 5545): one all-day event per training day, its description
 * the workout. Each event's content is hashed and compared with what the feed said before: a changed
 * workout (an adaptation, new training days, a projected week now built) gets SEQUENCE + 1 and a new
 * DTSTAMP, so calendars replace it.
 */
export async function calendarFeed(deps: Pick<AppDeps, 'db' | 'now'>, client: ClientRow, planUrl: string | null): Promise<string> {
  const cal = ical({
    name: `Cadence${client.name ? ` - ${client.name}` : ''}`,
    prodId: { company: 'Cadence', product: 'Training plan', language: 'EN' },
    ttl: REFRESH_SECONDS,
  });
  const plan = await activePlan(deps.db, client.id);
  if (!plan) return cal.toString();
  cal.description(planTitle(plan));

  const schedule = await loadPlanSchedule(deps.db, client, plan, localToday(client, deps.now()));
  const events = schedule.days
    .filter((d) => d.day.kind !== 'rest')
    .map((d) => {
      const summary = workoutSummary(d.day) + (d.status === 'completed' ? ' - done' : d.status === 'skipped' ? ' - skipped' : '');
      const description = workoutDescription(d.day, planUrl);
      const uid = eventUid(client.id, d.date);
      const contentHash = createHash('sha256').update(`${d.date}\n${summary}\n${description}`).digest('base64url');
      return { date: d.date, uid, summary, description, contentHash };
    });
  const states = await recordCalendarEvents(deps.db, client.id, events, deps.now());
  // Serializing is most of a feed's cost (ical-generator takes ~1 ms an event); calendars mostly re-read an
  // unchanged feed, so the text is kept under a key of everything it is made of.
  const key = createHash('sha256')
    .update([client.name ?? '', planTitle(plan), ...events.map((e) => `${e.uid} ${e.contentHash} ${states.get(e.uid)?.sequence} ${states.get(e.uid)?.updatedAt.getTime()}`)].join('\n'))
    .digest('base64url');
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  for (const e of events) {
    const state = states.get(e.uid);
    cal.createEvent({
      id: e.uid,
      start: e.date,
      allDay: true,
      summary: e.summary,
      description: e.description,
      sequence: state?.sequence ?? 0,
      stamp: state?.updatedAt ?? deps.now(),
    });
  }
  const text = cal.toString();
  rendered.set(key, text);
  if (rendered.size > RENDERED_FEEDS) rendered.delete(rendered.keys().next().value!);
  return text;
}
