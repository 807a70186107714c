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

/** Security headers on every response (helmet): the CSP above, HSTS, nosniff, no referrer, no framing. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]])),
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
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
