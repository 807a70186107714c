import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { HttpError } from './http-error.js';
import { isTransientDbError } from '../db/errors.js';

/** Unknown routes get the same error shape as everything else. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`));
};

/**
 * The one place errors become responses. Expected errors (HttpError, body parser failures) keep their
 * status and message; anything else is logged with its stack and answered with a plain 500 — a client
 * never sees a stack trace.
 */
export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let code = 'internal_error';
    let message = 'Something went wrong on our side.';
    if (err instanceof HttpError) {
      ({ status, code, message } = err);
    } else if (isTransientDbError(err)) {
      // A dropped connection or a restarting server: a 5xx tells Twilio (and any client) to try again.
      status = 503;
      code = 'database_unavailable';
      message = 'The database is unavailable; try again shortly.';
    } else if (typeof err === 'object' && err !== null && 'type' in err && typeof (err as { status?: unknown }).status === 'number') {
      // body-parser errors: malformed JSON, too large, bad charset.
      status = (err as { status: number }).status;
      code = String((err as { type: string }).type).replace(/\./g, '_');
      message = status === 413 ? 'Request body too large.' : 'Malformed request body.';
    }
    if (status >= 500) log.error({ err, path: req.path }, 'request failed');
    if (res.headersSent) return;
    if (status === 503) res.setHeader('Retry-After', '5');
    res.status(status).json({ error: { code, message } });
  };
}
