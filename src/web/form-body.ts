import express, { type RequestHandler } from 'express';
import qs from 'qs';
import { nodeOnly } from './direct-route.js';

/**
 * `express.urlencoded({ extended: false, limit })` for the webhooks, with the common request read directly.
 * Under a texting rush body-parser's per-request machinery (content-type parsing, raw-body with an iconv decoder
 * and five stream listeners, on-finished) was ~10% of the server's CPU per text. A request whose headers are the
 * plain case (urlencoded, UTF-8 or no charset, no content-encoding, a Content-Length within the limit) is read here
 * and parsed with qs under body-parser's exact options, so `req.body` is what body-parser gives for the same bytes
 * (test/web/form-body.test.ts compares them); any other request (chunked, compressed, another charset or type, too
 * large) goes to body-parser itself, with its errors and status codes.
 */

/** Content types read directly (lower-cased header values): UTF-8 is body-parser's default charset. */
const PLAIN_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=utf-8',
  'application/x-www-form-urlencoded;charset=utf-8',
]);

/** body-parser's parameterLimit default: more fields is a 413. */
const PARAMETER_LIMIT = 1000;

/** An error the error middleware answers like body-parser's (it reads `status` and `type`). */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
}

function parameterCount(body: string, limit: number): number | undefined {
  let count = 0;
  let index = -1;
  do {
    count += 1;
    if (count > limit) return undefined;
    index = body.indexOf('&', index + 1);
  } while (index !== -1);
  return count;
}

/** body-parser's urlencoded parse (extended: false) of a decoded body. */
export function parseForm(body: string): Record<string, unknown> {
  if (!body.length) return {};
  const count = parameterCount(body, PARAMETER_LIMIT);
  if (count === undefined) throw bodyError(413, 'parameters.too.many', 'too many parameters');
  return plainForm(body) ?? qs.parse(body, { allowPrototypes: true, arrayLimit: count, depth: 0, charset: 'utf-8', parameterLimit: PARAMETER_LIMIT, strictDepth: true });
}

/** qs's decoding of one name or value (UTF-8): '+' is a space, escapes expanded, a broken escape left as written. */
function decode(s: string): string {
  if (s.indexOf('%') === -1) return s.indexOf('+') === -1 ? s : s.replace(/\+/g, ' ');
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * What qs gives for a form of distinct plain names (every form Twilio sends), without qs's general machinery
 * (brackets, arrays, merging); null when the form is anything else (a bracket anywhere, a repeated name, a name
 * of Object.prototype's), which qs itself then parses. qs reads %5B and %5D as brackets before anything else.
 */
function plainForm(body: string): Record<string, string> | null {
  const text = body.indexOf('%') === -1 ? body : body.replace(/%5B/gi, '[').replace(/%5D/gi, ']');
  if (text.indexOf('[') !== -1 || text.indexOf(']') !== -1) return null;
  const out: Record<string, string> = {};
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    const name = decode(at === -1 ? part : part.slice(0, at));
    // An empty name is dropped, as qs drops it.
    if (name === '') continue;
    if (name in out || name in Object.prototype) return null;
    out[name] = at === -1 ? '' : decode(part.slice(at + 1));
  }
  return out;
}

export function formBody(options: { limitBytes: number }): RequestHandler {
  const fallback = express.urlencoded({ extended: false, limit: options.limitBytes });
  // body-parser's fallback, too, reads only Node's request API (headers, the stream, req.body).
  return nodeOnly((req, res, next) => {
    const headers = req.headers;
    const length = headers['content-length'];
    const type = headers['content-type'];
    const plain =
      req.body === undefined &&
      length !== undefined &&
      headers['transfer-encoding'] === undefined &&
      headers['content-encoding'] === undefined &&
      type !== undefined &&
      PLAIN_TYPES.has(type.toLowerCase()) &&
      /^\d{1,9}$/.test(length) &&
      Number(length) <= options.limitBytes;
    if (!plain) {
      fallback(req, res, next);
      return;
    }
    const expected = Number(length);
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      if (err) {
        // As body-parser does: read off the rest of the request before answering.
        req.resume();
        next(err);
        return;
      }
      try {
        let text = received === 0 ? '' : Buffer.concat(chunks, received).toString('utf8');
        // body-parser's decoder (iconv-lite) drops a leading byte order mark.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        req.body = parseForm(text);
      } catch (parseErr) {
        next(parseErr);
        return;
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > expected) return finish(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
      chunks.push(chunk);
    };
    const onEnd = () =>
      finish(received === expected ? null : bodyError(400, 'request.size.invalid', 'request size did not match content length'));
    // A dropped connection (Node reports an aborted request as an 'error'); nothing more arrives after any of these.
    const onError = (err: Error) => finish(bodyError(400, 'request.aborted', err.message));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
