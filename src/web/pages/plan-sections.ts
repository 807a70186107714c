/** Pieces the client's plan page and the coach's client page share: the charts, the week's days. */
import { formatDateLabel, formatDayBrief } from '../../messages/format/day-brief.js';
import { workoutLines } from '../../messages/format/daily-message.js';
import type { PlanChart } from '../../services/plan-chart.js';
import type { ScheduledDay } from '../../services/plan-schedule.service.js';
import { html, jsonBlock, type SafeHtml } from './html.js';

export const CHART_DATA_ID = 'plan-charts';

function weekTable(chart: PlanChart): SafeHtml {
  const total = (i: number) => {
    const vals = chart.volume.map((s) => s.values[i]).filter((v): v is number => typeof v === 'number');
    return vals.length ? Math.round(vals.reduce((a, b) => a + b, 0) * 10) / 10 : null;
  };
  const bandOf = (w: number) => chart.bands.find((b) => w >= b.from && w <= b.to)?.label ?? '';
  return html`<details><summary>Week by week (table)</summary><div class="scroll-x"><table class="weeks">
<thead><tr><th>Week</th><th>Block</th><th>${chart.volumeUnit}</th><th>${chart.intensityLabel}</th><th></th></tr></thead>
<tbody>${chart.weeks.map(
    (w, i) => html`<tr${w === chart.currentWeek ? html` class="current"` : ''}><td>${w}${w === chart.currentWeek ? ' (now)' : ''}</td><td>${bandOf(w)}</td><td>${total(i) ?? '-'}</td><td>${chart.intensity.values[i] ?? '-'}</td><td>${chart.marks[w] ?? ''}</td></tr>`,
  )}</tbody></table></div></details>`;
}

/** One card per chart (a canvas that public/plan-chart.js draws) plus the numbers as a table. */
export function chartSections(charts: PlanChart[]): SafeHtml {
  return html`${charts.map(
    (c) => html`<section class="card chart-card">
<h2>${c.title}</h2>
<div class="chart-box"><canvas data-chart="${c.id}" role="img" aria-label="${`${c.title}: bars are ${c.volumeUnit} per week, the line is ${c.intensityLabel}; shaded areas are the plan's blocks`}"></canvas></div>
<div class="chart-legend" data-legend-for="${c.id}"></div>
${weekTable(c)}
</section>`,
  )}${jsonBlock(CHART_DATA_ID, charts)}`;
}

function statusBadge(d: ScheduledDay): SafeHtml | string {
  if (d.status === 'completed') return html`<span class="badge active status">done</span>`;
  if (d.status === 'skipped') return html`<span class="badge paused status">skipped</span>`;
  return '';
}

/** A week's days: date, title, and every item of the workout as the morning text lists it. */
export function dayList(days: ScheduledDay[], today: string): SafeHtml {
  if (days.length === 0) return html`<p class="muted">Nothing planned this week.</p>`;
  return html`<ul class="days">${days.map((d) => {
    const rest = d.day.kind === 'rest';
    const lines = rest ? [] : workoutLines(d.day).map((l) => l.text);
    const minutes = !rest && d.day.kind !== 'race' && d.day.estimatedMinutes > 0 ? `, ~${Math.round(d.day.estimatedMinutes)} min` : '';
    return html`<li class="${[d.date === today ? 'today' : '', rest ? 'rest' : ''].join(' ').trim()}" data-date="${d.date}">
<div><span class="when">${formatDateLabel(d.date)}</span> <span class="title">${formatDayBrief(d.day)}${minutes}</span>${statusBadge(d)}</div>
${lines.length ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''}
${!rest && d.day.why.trim() ? html`<div class="muted small">${d.day.why}</div>` : ''}
</li>`;
  })}</ul>`;
}
