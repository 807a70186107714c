import express, { type Express } from 'express';
import type { AppDeps } from '../app-deps.js';
import { INBOUND_PATH, inboundWebhookHandlers, twilioRoutes } from '../channels/twilio-webhook.js';
import { serveDirectly } from './direct-route.js';
import { chatRoutes } from './chat.routes.js';
import { healthRoutes } from './health.routes.js';
import { staticRoutes } from './static.routes.js';
import { adminRoutes } from './admin.routes.js';
import { planRoutes } from './plan.routes.js';
import { errorMiddleware, notFound } from './error-middleware.js';
import { originFormOnly, securityHeaderList, securityHeaders } from './security.js';

/**
 * The HTTP surface. Routes are thin: they validate, call a service, and shape the answer. Who may call
 * which route is listed in README.md (Security); keep that table true when adding one.
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(originFormOnly);
  const headers = securityHeaders();
  app.use(headers);
  const inbound = inboundWebhookHandlers(deps);
  // The texting rush's route first: a webhook passes no other router on its way.
  app.use(twilioRoutes(deps, inbound));
  app.use(healthRoutes(deps));
  // Pages: the coach's dashboard (ADMIN_TOKEN), a client's plan page and calendar feed (private token).
  app.use(staticRoutes());
  app.use(adminRoutes(deps));
  app.use(planRoutes(deps));
  // The local chat lets anyone who reaches the port read and write any phone's conversation: it exists
  // only in local mode. With Twilio configured (a public deployment) it is not mounted at all (404).
  const localMode = deps.config.twilio.mode === 'local';
  if (localMode) app.use(chatRoutes(deps));
  app.get('/', (_req, res) => {
    res.redirect(localMode ? '/chat' : '/health');
  });
  app.use(notFound);
  const errors = errorMiddleware(deps.log);
  app.use(errors);
  // Twilio's plain POST /sms/inbound skips the router: the same handlers as routed above, in the same order
  // (originFormOnly passes any path-only target, so it has nothing to check here).
  // The security headers are written with the answer (or set before an error is answered) when they can be listed.
  const headerList = securityHeaderList();
  serveDirectly(
    app,
    { method: 'POST', path: INBOUND_PATH, headers: headerList, handlers: headerList ? [...inbound, notFound] : [headers, ...inbound, notFound] },
    errors,
  );
  return app;
}
