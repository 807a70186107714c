import { Router, type Response } from 'express';
import type { AppDeps } from '../app-deps.js';
import { calendarFeed } from '../services/calendar-feed.service.js';
import { calendarFeedPath, clientForPlanToken, planPagePath, publicBaseUrl } from '../services/plan-links.service.js';
import { planView } from '../services/plan-view.service.js';
import { planLinkGonePage, planPage } from './pages/plan.page.js';

/** A private page: never cached by a shared cache, never indexed, the token never sent on as a referrer. */
function privateHeaders(res: Response): void {
  res.set({ 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' });
}

/**
 * The client's plan page and calendar feed, each at the client's private token (whoever holds the link
 * may read the plan: that is the point of a link a client can open on a phone or give to a calendar).
 * Unknown tokens answer 404, revoked ones 410.
 */
export function planRoutes(deps: AppDeps): Router {
  const router = Router();

  router.get('/p/:token', async (req, res) => {
    privateHeaders(res);
    const found = await clientForPlanToken(deps.db, req.params.token);
    if (found.kind !== 'ok') return res.status(found.kind === 'revoked' ? 410 : 404).type('html').send(planLinkGonePage(found.kind));
    const view = await planView(deps, found.client);
    const feedUrl = publicBaseUrl(deps.config) + calendarFeedPath(req.params.token);
    res.type('html').send(planPage(found.client, view, { feedUrl, webcalUrl: feedUrl.replace(/^https?:/, 'webcal:') }));
  });

  router.get('/cal/:token.ics', async (req, res) => {
    privateHeaders(res);
    const found = await clientForPlanToken(deps.db, req.params.token);
    if (found.kind !== 'ok') {
      return res.status(found.kind === 'revoked' ? 410 : 404).type('text/plain').send(found.kind === 'revoked' ? 'This calendar link was revoked.\n' : 'No calendar at this address.\n');
    }
    const planUrl = publicBaseUrl(deps.config) + planPagePath(req.params.token);
    const body = await calendarFeed(deps, found.client, planUrl);
    res.set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="cadence-plan.ics"' }).send(body);
  });

  return router;
}
