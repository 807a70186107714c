import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { clientDetail, dashboard, sendCoachMessage } from '../services/coach-dashboard.service.js';
import { rotatePlanLink } from '../services/plan-links.service.js';
import {
  clearSessionCookie,
  createSessionValue,
  csrfMatches,
  foreignOrigin,
  LoginThrottle,
  readSession,
  setSessionCookie,
  tokenMatches,
  type AdminSession,
} from './admin-auth.js';
import { clientNotFoundPage, clientPage, dashboardPage, disabledPage, loginPage } from './pages/admin.pages.js';

const PAGE_SIZE = 100;
const clientIdSchema = z.uuid();
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
const messageSchema = z.object({ text: z.string().trim().min(1, 'Write a message first.').max(1600, 'Keep it under 1600 characters (an SMS limit).') });

type AdminRequest = Request & { adminSession?: AdminSession };

function sendHtml(res: Response, status: number, body: string): void {
  res.status(status).type('html').send(body);
}

/**
 * The coach's pages under /admin. Off (404 with a "disabled" page) when ADMIN_TOKEN is not configured,
 * never open. Pages need the session cookie; every POST also needs the form's CSRF token and must not
 * come from another site's page.
 */
export function adminRoutes(deps: AppDeps): Router {
  const router = Router();
  const throttle = new LoginThrottle();
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });

  router.use('/admin', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (!deps.config.adminToken) return sendHtml(res, 404, disabledPage());
    next();
  });

  const session = (req: AdminRequest, res: Response, next: NextFunction): void => {
    const s = readSession(deps.config, req, deps.now());
    if (!s) {
      if (req.method === 'GET') return res.redirect(303, '/admin/login');
      return sendHtml(res, 401, loginPage({ error: 'Your session ended. Sign in again.' }));
    }
    req.adminSession = s;
    next();
  };

  const csrf = (req: AdminRequest, res: Response, next: NextFunction): void => {
    if (foreignOrigin(req) || !csrfMatches(req.adminSession!, (req.body as Record<string, unknown> | undefined)?._csrf)) {
      return sendHtml(res, 403, loginPage({ error: 'That form was stale or came from another page. Reload and try again.' }));
    }
    next();
  };

  router.get('/admin/login', (req, res) => {
    if (readSession(deps.config, req, deps.now())) return res.redirect(303, '/admin');
    sendHtml(res, 200, loginPage());
  });

  router.post('/admin/login', form, (req, res) => {
    const ip = req.ip ?? 'unknown';
    const now = deps.now().getTime();
    if (foreignOrigin(req)) return sendHtml(res, 403, loginPage({ error: 'Sign in from this site\'s own page.' }));
    if (throttle.blocked(ip, now)) return sendHtml(res, 429, loginPage({ error: 'Too many wrong tokens. Wait 15 minutes and try again.' }));
    const typed = typeof req.body?.token === 'string' ? req.body.token : '';
    if (!tokenMatches(deps.config, typed)) {
      throttle.fail(ip, now);
      deps.log.warn({ ip }, 'admin login refused: wrong token');
      return sendHtml(res, 401, loginPage({ error: 'That token is not right.' }));
    }
    throttle.succeed(ip);
    setSessionCookie(deps.config, req, res, createSessionValue(deps.config.adminToken!, deps.now()));
    res.redirect(303, '/admin');
  });

  router.post('/admin/logout', form, session, csrf, (req, res) => {
    clearSessionCookie(deps.config, req, res);
    res.redirect(303, '/admin/login');
  });

  router.get('/admin', session, async (req: AdminRequest, res) => {
    const page = pageSchema.parse(req.query.page);
    const data = await dashboard(deps, { page, pageSize: PAGE_SIZE });
    sendHtml(res, 200, dashboardPage({ ...data, timezone: deps.config.defaultTimezone }, req.adminSession!.csrf));
  });

  const clientId = (req: Request): string | null => {
    const parsed = clientIdSchema.safeParse(req.params.id);
    return parsed.success ? parsed.data : null;
  };
  const notFoundPage = (res: Response) => sendHtml(res, 404, clientNotFoundPage());

  router.get('/admin/clients/:id', session, async (req: AdminRequest, res) => {
    const id = clientId(req);
    const detail = id ? await clientDetail(deps, id) : null;
    if (!detail) return notFoundPage(res);
    const notice = req.query.sent === '1' ? { ok: true, text: 'Sent.' } : req.query.link === 'new' ? { ok: true, text: 'A new plan link is live; the old one no longer works.' } : null;
    sendHtml(res, 200, clientPage(detail, req.adminSession!.csrf, { notice }));
  });

  router.post('/admin/clients/:id/messages', form, session, csrf, async (req: AdminRequest, res) => {
    const id = clientId(req);
    if (!id) return notFoundPage(res);
    const parsed = messageSchema.safeParse(req.body ?? {});
    const outcome = parsed.success ? await sendCoachMessage(deps, id, parsed.data.text) : { success: false as const, error: parsed.error.issues[0]?.message ?? 'Invalid message.' };
    if (outcome.success) return res.redirect(303, `/admin/clients/${id}?sent=1#send`);
    const detail = await clientDetail(deps, id);
    if (!detail) return notFoundPage(res);
    const draft = typeof req.body?.text === 'string' ? req.body.text : '';
    sendHtml(res, parsed.success ? 409 : 400, clientPage(detail, req.adminSession!.csrf, { notice: { ok: false, text: outcome.error }, draft }));
  });

  router.post('/admin/clients/:id/plan-link', form, session, csrf, async (req: AdminRequest, res) => {
    const id = clientId(req);
    const detail = id ? await clientDetail(deps, id) : null;
    if (!id || !detail) return notFoundPage(res);
    await rotatePlanLink(deps.db, id);
    res.redirect(303, `/admin/clients/${id}?link=new`);
  });

  return router;
}
