import { Router } from 'express';
import { sql } from 'kysely';
import type { AppDeps } from '../app-deps.js';
import { pendingMigrations } from '../db/migrate.js';

/** A database whose migrations were all applied stays so; checked again after this long anyway. */
const MIGRATIONS_OK_FOR_MS = 30_000;

/**
 * Liveness plus a real database round trip and the schema version: a load balancer should stop sending
 * texts to a process that cannot store them, and a database that was never migrated (or is behind this
 * release) fails every message, so it is 503 too, naming the pending migrations.
 */
export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  let migrationsOkUntil = 0;
  router.get('/health', async (_req, res) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(deps.db);
    } catch (err) {
      deps.log.error({ err }, 'health check: database unreachable');
      res.status(503).json({ status: 'degraded', database: 'unreachable' });
      return;
    }
    const databaseMs = Math.round((performance.now() - started) * 10) / 10;
    if (Date.now() >= migrationsOkUntil) {
      let pending: string[];
      try {
        pending = await pendingMigrations(deps.db);
      } catch (err) {
        deps.log.error({ err }, 'health check: cannot read the migration state');
        res.status(503).json({ status: 'degraded', database: 'ok', migrations: 'unknown' });
        return;
      }
      if (pending.length > 0) {
        res.status(503).json({
          status: 'degraded',
          database: 'ok',
          migrations: 'pending',
          pending,
          hint: 'run npm run migrate',
        });
        return;
      }
      migrationsOkUntil = Date.now() + MIGRATIONS_OK_FOR_MS;
    }
    res.json({
      status: 'ok',
      database: 'ok',
      databaseMs,
      migrations: 'current',
      sms: deps.config.twilio.mode,
      model: deps.model ? 'openai' : 'deterministic',
    });
  });
  return router;
}
