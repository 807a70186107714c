import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * One route answered without express's router: a request whose method and target are exactly `method` and
 * `path` runs `handlers` in order, as the router would run the app's middlewares and the route's handlers for
 * it, and its errors go to `errors` (the app's error middleware). Under a texting rush the router's layer walk
 * (path matching per layer, two nested routers, the per-request final handler) was ~10% of the server's CPU per
 * webhook. Everything else — another method, the same path with a query, a trailing slash or other letter case,
 * or an app mounted in another — goes through the router unchanged.
 *
 * The request and response get what `app.handle` and a top-level route give them (`req.res`/`res.req`, express's
 * request and response prototypes, `res.locals`, `originalUrl`, `baseUrl`, `params`), so the handlers and the
 * error middleware see what they see routed. As the router does, a handler that throws or whose promise rejects
 * passes its error to `errors`. Not kept from the router: its diagnostics_channel tracing of each handler.
 * Express's request and response prototypes are set only when a handler needs them: handlers marked `nodeOnly`
 * (they use only Node's own request and response API) run on the plain objects, and the prototypes are set before
 * the first unmarked handler or the error middleware runs. Swapping two prototypes per request (Object.setPrototypeOf,
 * which also gives each request object a new shape and slows every later property access on it) cost ~35% of the
 * server's CPU per "what's today" in an A/B under load (docs/performance-history.md, twentieth session).
 * `handlers` must end by answering (the app's 404 handler last, as routed): `next('route')` and `next('router')`
 * go on to the next handler.
 */
export function serveDirectly(
  app: Express,
  route: { method: string; path: string; headers?: readonly string[] | null; handlers: readonly RequestHandler[] },
  errors: ErrorRequestHandler,
): void {
  // app.handle is express's entry for every request (the app function calls it); its types do not declare it.
  const entry = app as unknown as { handle: Handle };
  const routed = entry.handle;
  const { method, path, handlers } = route;
  const preset = route.headers ?? null;
  entry.handle = function handle(this: Express, req: Request, res: Response, callback?: NextFunction): void {
    if (callback !== undefined || req.method !== method || req.url !== path) {
      routed.call(this, req, res, callback);
      return;
    }
    // What app.handle does before its router (x-powered-by is disabled in this app).
    req.res = res;
    res.req = req;
    if (!res.locals) res.locals = Object.create(null) as Response['locals'];
    // What the router sets for a route matched at the top.
    req.originalUrl = req.url;
    req.baseUrl = '';
    req.params = {};
    (res as Presettable)[PRESET] = preset;
    let index = 0;
    let express = false;
    const toExpress = (): void => {
      if (express) return;
      express = true;
      setPresetHeaders(res);
      Object.setPrototypeOf(req, app.request);
      Object.setPrototypeOf(res, app.response);
    };
    // The one function made per request: the `next` every handler is given.
    const next = (err?: unknown): void => {
      if (err !== undefined && err !== null && err !== 'route' && err !== 'router') {
        toExpress();
        answerError(errors, err, req, res);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        toExpress();
        answerError(errors, new Error(`no handler answered ${method} ${path}`), req, res);
        return;
      }
      if (!NODE_ONLY.has(handler)) toExpress();
      try {
        const ret: unknown = handler(req, res, next);
        if (ret instanceof Promise) ret.then(undefined, (error: unknown) => next(error || new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}

const NODE_ONLY = new WeakSet<RequestHandler>();

/**
 * The headers every response of the direct route starts with (`route.headers`: the app's header middleware,
 * replayed, as a flat [name, value, …] list), held on the response until it is answered: `answerDirect` writes
 * them with the answer's own in one `writeHead`, and anything else (an unmarked handler, the error middleware)
 * finds them set first, as the header middleware would have set them. Twelve setHeader calls per webhook (each
 * validated, lower-cased and stored, then read back to write the head) were ~4% of the server's CPU per text.
 */
const PRESET = Symbol('direct-route preset headers');
type Presettable = ServerResponse & { [PRESET]?: readonly string[] | null };

function setPresetHeaders(res: ServerResponse): void {
  const headers = (res as Presettable)[PRESET];
  if (!headers) return;
  (res as Presettable)[PRESET] = null;
  for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
}

/**
 * A nodeOnly handler's answer: `status`, a Content-Type and a UTF-8 body. Served directly, the route's preset
 * headers and these are written in one writeHead (with the Content-Length Node would add); otherwise (routed, or
 * once headers were set) as `res.statusCode`, `setHeader` and `end` write it.
 */
export function answerDirect(res: ServerResponse, status: number, contentType: string, body: string): void {
  const headers = (res as Presettable)[PRESET];
  if (headers && !res.headersSent) {
    (res as Presettable)[PRESET] = null;
    res.writeHead(status, [...headers, 'Content-Type', contentType, 'Content-Length', String(Buffer.byteLength(body, 'utf8'))]);
    res.end(body);
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.end(body);
}

/**
 * Marks a handler that uses only Node's own request API (`req.headers`, `req.on`, `req.resume`; no `req.header`,
 * `req.path`…) and the properties the direct route sets (`req.body`, `req.originalUrl`, `res.locals`), and that
 * answers only with `answerDirect` or by passing an error on (never `res.status`, `res.json`, nor its own
 * `setHeader`/`end`, which would leave the route's preset headers unwritten): served directly, it runs without
 * express's prototypes. Routed, it is an ordinary handler.
 */
export function nodeOnly<H extends RequestHandler>(handler: H): H {
  NODE_ONLY.add(handler);
  return handler;
}

type Handle = (this: Express, req: Request, res: Response, callback?: NextFunction) => void;

/** An error answered by the app's error middleware, as the router hands it over. */
function answerError(errors: ErrorRequestHandler, err: unknown, req: Request, res: Response): void {
  try {
    errors(err, req, res, (again?: unknown) => lastResort(res, again));
  } catch (thrown) {
    lastResort(res, thrown);
  }
}

/** When the error middleware itself fails: a bare 500, or the connection closed if the answer had begun. */
function lastResort(res: Response, _err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.end();
}
