/** The coach's pages: login, the client list, one client. Server-rendered; public/admin.js only adds comfort. */
import type { ClientStatus } from '../../db/schema.js';
import type { ClientDetail, ClientSummary } from '../../services/coach-dashboard.service.js';
import { CHART_JS_PATH } from '../static.routes.js';
import { html, page, type SafeHtml } from './html.js';
import { chartSections, dayList } from './plan-sections.js';

const STATUS_TEXT: Record<ClientStatus, string> = { onboarding: 'onboarding', active: 'active', paused: 'paused', opted_out: 'opted out' };

function statusBadge(status: ClientStatus): SafeHtml {
  return html`<span class="badge ${status}">${STATUS_TEXT[status]}</span>`;
}

function when(d: Date, timezone: string): string {
  return d.toLocaleString('en-US', { timeZone: timezone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

function topbar(csrf: string | null): SafeHtml {
  return html`<div class="topbar"><div class="wrap"><a class="brand" href="/admin">Cadence coach</a><span class="spacer"></span>
${csrf ? html`<form method="post" action="/admin/logout"><input type="hidden" name="_csrf" value="${csrf}"><button class="secondary" type="submit">Sign out</button></form>` : ''}
</div></div>`;
}

export function loginPage(opts: { error?: string | null } = {}): string {
  return page({
    title: 'Coach sign-in - Cadence',
    body: html`<main class="login card">
<h1>Cadence coach</h1>
<p class="muted">Sign in with the admin token (ADMIN_TOKEN).</p>
${opts.error ? html`<div class="notice error" role="alert">${opts.error}</div>` : ''}
<form method="post" action="/admin/login">
<div><label for="token">Admin token</label><input id="token" name="token" type="password" autocomplete="current-password" required autofocus></div>
<button type="submit">Sign in</button>
</form></main>`,
  });
}

export function clientNotFoundPage(): string {
  return page({
    title: 'No such client - Cadence coach',
    body: html`${topbar(null)}<main class="wrap"><div class="card"><h1>No such client</h1><p><a href="/admin">&larr; All clients</a></p></div></main>`,
  });
}

export function disabledPage(): string {
  return page({
    title: 'Coach dashboard disabled - Cadence',
    body: html`<main class="login card"><h1>Coach dashboard is off</h1>
<p>No <code>ADMIN_TOKEN</code> is configured, so the coach's pages are disabled rather than open. Set <code>ADMIN_TOKEN</code> (12 characters or more) and restart to turn them on.</p></main>`,
  });
}

function lastMessage(c: ClientSummary, timezone = 'UTC'): SafeHtml | string {
  if (!c.last) return html`<span class="muted">-</span>`;
  const who = c.last.direction === 'in' ? 'Client' : c.last.kind === 'coach' ? 'You' : c.last.kind === 'morning' ? 'Morning text' : 'Coach';
  return html`<div class="last" title="${c.last.body}"><strong>${who}:</strong> ${c.last.body}</div><div class="muted small">${when(c.last.at, timezone)}</div>`;
}

function compliance(c: ClientSummary): SafeHtml {
  if (c.compliance.percent === null) return html`<span class="muted">no training days yet</span>`;
  return html`${c.compliance.completed}/${c.compliance.planned} days <meter min="0" max="100" low="60" optimum="100" value="${c.compliance.percent}" title="${c.compliance.percent}%">${c.compliance.percent}%</meter>`;
}

export function dashboardPage(data: { clients: ClientSummary[]; total: number; page: number; pageSize: number; lookbackDays: number; timezone: string }, csrf: string): string {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const rows = data.clients.map(
    (c) => html`<tr class="${c.flags.some((f) => f.flag !== 'opted_out') ? 'attention' : ''}" data-client="${c.id}">
<td><a href="/admin/clients/${c.id}"><strong>${c.name ?? 'Unnamed'}</strong></a><div class="muted small">${c.phone}</div></td>
<td data-label="Status">${statusBadge(c.status)}</td>
<td data-label="Plan">${c.plan ? c.plan.label : html`<span class="muted">none</span>`}</td>
<td data-label="Week">${c.position}</td>
<td data-label="Last message">${lastMessage(c, data.timezone)}</td>
<td data-label="Last 2 weeks">${compliance(c)}</td>
<td data-label="Flags">${c.flags.length ? c.flags.map((f) => html`<span class="badge flag" data-flag="${f.flag}">${f.text}</span>`) : html`<span class="muted">-</span>`}</td>
</tr>`,
  );
  const body = html`${topbar(csrf)}<main class="wrap">
<h1>Clients</h1>
<p class="muted small">${data.total} client${data.total === 1 ? '' : 's'}. Compliance: training days done out of planned over the last ${data.lookbackDays} days (before today, in each client's time zone). Clients with pain, failed sends or two or more missed days are listed first.</p>
${data.clients.length === 0 ? html`<div class="card"><p>No clients yet. Text the coach number (or use the local chat at <a href="/chat">/chat</a>) to onboard one.</p></div>` : html`<table class="clients">
<thead><tr><th>Client</th><th>Status</th><th>Plan</th><th>Week</th><th>Last message</th><th>Last 2 weeks</th><th>Flags</th></tr></thead>
<tbody>${rows}</tbody></table>`}
${pages > 1 ? html`<p>${data.page > 1 ? html`<a href="/admin?page=${data.page - 1}">&larr; Previous</a> ` : ''}Page ${data.page} of ${pages}${data.page < pages ? html` <a href="/admin?page=${data.page + 1}">Next &rarr;</a>` : ''}</p>` : ''}
</main>`;
  return page({ title: 'Clients - Cadence coach', body });
}

const KIND_LABEL: Record<string, string> = { reply: 'reply', morning: 'morning text', system: 'system', coach: 'you (coach)' };

function conversation(d: ClientDetail): SafeHtml {
  if (d.conversation.length === 0) return html`<p class="muted">No messages yet.</p>`;
  return html`<div class="conversation" id="conversation">${d.conversation.map((m) => {
    const cls = m.direction === 'in' ? 'in' : ['out', m.kind ?? '', m.status === 'failed' || m.status === 'undelivered' ? 'failed' : m.status === 'suppressed' ? 'suppressed' : ''].join(' ').trim();
    const label = m.direction === 'in' ? `client${m.intent ? ` - ${m.intent}` : ''}` : `${KIND_LABEL[m.kind ?? ''] ?? m.kind} - ${m.status}${m.errorMessage ? `: ${m.errorMessage}` : ''}`;
    return html`<div class="bubble ${cls}" data-direction="${m.direction}"${m.kind ? html` data-kind="${m.kind}"` : ''}>${m.body}<span class="meta">${label} &middot; ${when(m.at, d.client.timezone)}</span></div>`;
  })}</div>`;
}

/** What the client said about their body and other sports at onboarding; nothing when they said none. */
function profileSection(d: ClientDetail): SafeHtml | string {
  const n = d.notes;
  const rows: Array<[string, string[]]> = [
    ['Injuries and limits (spared in the plan)', n.limitations.map((l) => l.replace(/_/g, ' '))],
    ['Body notes (nothing spared)', n.bodyNotes],
    ['Cross-training (kept off run days)', n.crossTraining],
  ];
  const said = rows.filter(([, v]) => v.length);
  if (!said.length) return '';
  return html`<section class="card" id="profile-notes"><h2>What they told you</h2><dl>${said.map(([k, v]) => html`<dt>${k}</dt><dd>${v.join('; ')}</dd>`)}</dl></section>`;
}

/** The engine's checks the client's plan failed when it was stored: first on the page, the coach's to review. */
function planChecksSection(d: ClientDetail): SafeHtml | string {
  if (!d.planChecks.length) return '';
  return html`<section class="card attention" id="plan-checks"><h2>Plan checks failed</h2><p class="small muted">The plan was stored and runs as built; review it with the client.</p><ul>${d.planChecks.map((c) => html`<li>${c}</li>`)}</ul></section>`;
}

export function clientPage(d: ClientDetail, csrf: string, opts: { notice?: { ok: boolean; text: string } | null; draft?: string } = {}): string {
  const c = d.client;
  const view = d.view;
  const body = html`${topbar(csrf)}<main class="wrap">
<p><a href="/admin">&larr; All clients</a></p>
<h1>${c.name ?? 'Unnamed client'} ${statusBadge(c.status)}</h1>
<p class="muted">${c.phone} &middot; ${c.timezone} &middot; morning text at ${c.morning_time}${view ? html` &middot; ${view.title} &middot; <strong>${view.position.label}</strong>` : ''}</p>
<div class="grid two">
<div>
${planChecksSection(d)}
${profileSection(d)}
<section class="card"><h2>Conversation</h2>${conversation(d)}</section>
<section class="card" id="send"><h2>Send a message</h2>
${opts.notice ? html`<div class="notice ${opts.notice.ok ? 'ok' : 'error'}" role="status">${opts.notice.text}</div>` : ''}
<form method="post" action="/admin/clients/${c.id}/messages">
<input type="hidden" name="_csrf" value="${csrf}">
<label for="text">Text ${c.name ?? 'the client'} as their coach</label>
<textarea id="text" name="text" maxlength="1600" required data-counter="text-count">${opts.draft ?? ''}</textarea>
<p class="small muted"><span id="text-count"></span> Sent by SMS like every other message (plain characters: curly quotes and emoji are replaced).</p>
<button type="submit">Send</button>
</form></section>
<section class="card"><h2>Adaptations</h2>
${d.adaptations.length === 0 && (!view || view.weekChanges.length === 0) ? html`<p class="muted">No changes to the plan yet.</p>` : ''}
<ul class="adaptations">
${d.adaptations.map((a) => html`<li><strong>${a.type.replace(/_/g, ' ')}</strong> <span class="badge">${a.trigger === 'asked' ? 'client asked' : 'automatic'}</span> <span class="muted small">plan v${a.plan_version}, from ${a.effective_from}${a.effective_to ? ` to ${a.effective_to}` : ''}</span><div>Reason: ${a.reason}</div></li>`)}
${view ? view.weekChanges.map((w) => html`<li><strong>Week ${w.weekNumber} adjusted</strong> <span class="badge">automatic</span>${w.changes.map((ch) => html`<div>${ch}</div>`)}</li>`) : ''}
</ul></section>
${d.signals.length ? html`<section class="card"><h2>Readiness and pain (last 2 weeks)</h2><ul class="adaptations">${d.signals.map((s) => html`<li><strong>${s.kind}</strong>${s.body_part ? ` (${s.body_part})` : ''} <span class="muted small">${s.date}, severity ${s.severity}/5</span>${s.note ? html`<div>${s.note}</div>` : ''}</li>`)}</ul></section>` : ''}
</div>
<div>
${view ? html`${chartSections(view.charts)}<section class="card"><h2>This week</h2>${dayList(view.thisWeek, view.today)}</section>` : html`<section class="card"><h2>Plan</h2><p class="muted">No active plan.</p></section>`}
<section class="card"><h2>Client's plan link and calendar</h2>
${d.links ? html`<p>Plan page: <a href="${d.links.page}">${d.links.page}</a></p><p>Calendar feed:</p><code class="feed-url">${d.links.feed}</code>` : html`<p class="muted">No link issued yet (the client gets one by texting "plan").</p>`}
<form method="post" action="/admin/clients/${c.id}/plan-link" data-confirm="${d.links ? 'Revoke this link? The old page and calendar feed stop working at once; the client gets the new link by texting plan.' : ''}">
<input type="hidden" name="_csrf" value="${csrf}">
<p><button class="${d.links ? 'danger' : 'secondary'}" type="submit">${d.links ? 'Revoke and issue a new link' : 'Issue a link'}</button></p>
</form></section>
</div>
</div>
</main>`;
  return page({ title: `${c.name ?? c.phone} - Cadence coach`, body, scripts: [CHART_JS_PATH, '/static/plan-chart.js', '/static/admin.js'] });
}
