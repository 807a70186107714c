import { Router } from 'express';
import { sql } from 'kysely';
import type { AppDeps } from '../app-deps.js';

/** Liveness plus a real database round trip: a load balancer should stop sending texts to a process that cannot store them. */
export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(deps.db);
      res.json({
        status: 'ok',
        database: 'ok',
        databaseMs: Math.round((performance.now() - started) * 10) / 10,
        sms: deps.config.twilio.mode,
        model: deps.model ? 'openai' : 'deterministic',
      });
    } catch (err) {
      deps.log.error({ err }, 'health check: database unreachable');
      res.status(503).json({ status: 'degraded', database: 'unreachable' });
    }
  });
  return router;
}
