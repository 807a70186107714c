import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

/**
 * The Content-Security-Policy every response carries. Pages load scripts, styles, images and fonts from
 * this origin only and call back only to it: no inline <script>/<style> or on* attributes (serve a .js and
 * a .css file instead; setting element.style from a script is fine), no third-party origin, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
} as const;

/** Security headers on every response (helmet's, replayed): the CSP above, HSTS, nosniff, no referrer, no framing. */
export function securityHeaders(): RequestHandler {
  const headers = helmetHeaders();
  return replayed(headers) ?? headers;
}

/** The helmet middleware those headers come from. */
export function helmetHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])),
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

type HeaderStep = readonly [name: string, value: string | null];

/**
 * The security headers as a flat [name, value, …] list, for a response nothing has set a header on yet (helmet's
 * removal of X-Powered-By is then nothing to do): the direct webhook route writes them with its answer in one
 * writeHead (web/direct-route.ts). Null when helmet cannot be replayed.
 */
export function securityHeaderList(): string[] | null {
  const steps = recorded(helmetHeaders());
  if (!steps) return null;
  return steps.flatMap(([name, value]) => (value === null ? [] : [name, value]));
}

/**
 * A headers-only middleware as the list of what it did to one response, replayed on every response in one
 * middleware. helmet's headers depend on nothing in the request (no per-request nonce in this policy), but it
 * runs a chain of a dozen middlewares per response: ~3% of a texting rush's CPU. Null (use the middleware
 * itself) if it does anything but set and remove headers synchronously and pass on without an error.
 */
export function replayed(middleware: RequestHandler): RequestHandler | null {
  const steps = recorded(middleware);
  if (!steps) return null;
  return (_req, out, next) => {
    for (const [name, value] of steps) {
      if (value === null) out.removeHeader(name);
      else out.setHeader(name, value);
    }
    next();
  };
}

/** What a headers-only middleware does to one response, in order; null if it does anything else. */
function recorded(middleware: RequestHandler): HeaderStep[] | null {
  const steps: HeaderStep[] = [];
  let passed = false;
  let other = false;
  const res = new Proxy(
    {
      setHeader: (name: string, value: unknown) => {
        if (typeof value === 'string') steps.push([name, value]);
        else other = true;
        return res;
      },
      removeHeader: (name: string) => {
        steps.push([name, null]);
      },
    },
    {
      get(target, prop) {
        if (prop === 'setHeader' || prop === 'removeHeader') return target[prop];
        other = true;
        return undefined;
      },
    },
  );
  const req = new Proxy({}, { get: () => ((other = true), undefined) });
  try {
    void middleware(req as never, res as never, (err?: unknown) => {
      passed = err === undefined;
    });
  } catch {
    return null;
  }
  if (!passed || other) return null;
  return steps;
}

/**
 * Only origin-form request targets ("/sms/inbound?x=1") are served. An absolute-form target
 * ("POST http://other.host/sms/inbound") is what a proxy receives, never what Twilio or a browser sends
 * to an origin server; taking it would also put a foreign host into the URL whose signature is checked.
 */
export const originFormOnly: RequestHandler = (req, _res, next) => {
  if (req.url.startsWith('/')) {
    next();
    return;
  }
  next(new HttpError(400, 'bad_request_target', 'Request target must be a path such as /sms/inbound (absolute-form and asterisk-form are not served).'));
};
