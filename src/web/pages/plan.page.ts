import type { ClientRow } from '../../db/schema.js';
import type { PlanView } from '../../services/plan-view.service.js';
import { CHART_JS_PATH } from '../static.routes.js';
import { html, page } from './html.js';
import { chartSections, dayList } from './plan-sections.js';

export interface PlanPageLinks {
  feedUrl: string;
  webcalUrl: string;
}

/** The client's own page at their private link: the plan as charts, this week day by day, the calendar feed. */
export function planPage(client: ClientRow, view: PlanView | null, links: PlanPageLinks): string {
  const who = client.name ? `${client.name}'s plan` : 'Your plan';
  if (!view) {
    return page({
      title: `${who} - Cadence`,
      body: html`<main class="wrap"><div class="card"><h1>${who}</h1><p>No active plan yet. Text your coach "new plan" to build one.</p></div></main>`,
    });
  }
  const body = html`<main class="wrap">
<header class="plan-head"><h1>${who}</h1>
<div class="muted">${view.title}${view.position.label ? html` &middot; <strong>${view.position.label}</strong>` : ''}${client.status === 'paused' ? ' (paused)' : ''}</div></header>
${chartSections(view.charts)}
<section class="card"><h2>This week</h2>${dayList(view.thisWeek, view.today)}</section>
<section class="card"><h2>Put it in your calendar</h2>
<p>Subscribe once and every workout shows up on its day. When your plan adapts, your calendar follows on its next refresh.</p>
<p><a class="button" href="${links.webcalUrl}">Subscribe (Apple, Outlook)</a></p>
<p class="small muted">Google Calendar: Other calendars &rsaquo; From URL, and paste:</p>
<code class="feed-url">${links.feedUrl}</code>
<p class="small muted">This link is private to you. If you shared it by mistake, ask your coach for a new one.</p>
</section>
</main>`;
  return page({ title: `${who} - Cadence`, body, scripts: [CHART_JS_PATH, '/static/plan-chart.js'] });
}

/** A revoked or unknown link: say so plainly, reveal nothing. */
export function planLinkGonePage(kind: 'revoked' | 'unknown'): string {
  const text =
    kind === 'revoked'
      ? 'This plan link was replaced. Text "plan" to your coach for your current link.'
      : 'No plan lives at this address. Check the link, or text "plan" to your coach for yours.';
  return page({ title: 'Plan link - Cadence', body: html`<main class="wrap"><div class="card"><h1>Plan link</h1><p>${text}</p></div></main>` });
}
