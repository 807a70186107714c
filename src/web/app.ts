import express, { type Express } from 'express';
import type { AppDeps } from '../app-deps.js';
import { twilioRoutes } from '../channels/twilio-webhook.js';
import { chatRoutes } from './chat.routes.js';
import { healthRoutes } from './health.routes.js';
import { staticRoutes } from './static.routes.js';
import { adminRoutes } from './admin.routes.js';
import { planRoutes } from './plan.routes.js';
import { errorMiddleware, notFound } from './error-middleware.js';

/** The HTTP surface. Routes are thin: they validate, call a service, and shape the answer. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(healthRoutes(deps));
  app.use(twilioRoutes(deps));
  // Pages: the coach's dashboard (ADMIN_TOKEN), a client's plan page and calendar feed (private token).
  app.use(staticRoutes());
  app.use(adminRoutes(deps));
  app.use(planRoutes(deps));
  // The web chat lets anyone type as any phone number: it is the local channel, not a production surface.
  if (deps.config.twilio.mode !== 'twilio') app.use(chatRoutes(deps));
  app.get('/', (_req, res) => {
    res.redirect(deps.config.twilio.mode !== 'twilio' ? '/chat' : '/health');
  });
  app.use(notFound);
  app.use(errorMiddleware(deps.log));
  return app;
}
