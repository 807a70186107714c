import * as crypto from 'node:crypto';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import twilio from 'twilio';

/**
 * Twilio's webhook signature check, `twilio.validateRequest(token, signature, url, params)`, with its usual
 * success computed once, directly: base64 HMAC-SHA1 (keyed with the auth token) of the URL followed by each form
 * field's name and value, sorted by name. validateRequest tries the URL with and without its port (and then
 * normalized forms); the URL as given is always one of its first two candidates (without a port it is the
 * portless one, with a port the ported one), so a match here is a match there. Anything else — no match, a
 * repeated field (an array) — is decided by validateRequest itself, so the answer is always the library's.
 * Why not always the library: it rebuilds both URL candidates and copies the signature into buffers on every
 * request, a few percent of a texting rush's CPU.
 */
export function twilioSignatureChecker(authToken: string): (signature: string, url: string, params: Record<string, unknown>) => boolean {
  const hmac = hmacSha1Base64(Buffer.from(authToken, 'utf8'));
  return (signature, url, params) => {
    const expected = expectedSignature(hmac, url, params);
    if (expected !== null && signature.length === expected.length) {
      const given = Buffer.from(signature);
      if (given.length === expected.length && timingSafeEqual(given, Buffer.from(expected))) return true;
    }
    return twilio.validateRequest(authToken, signature, url, params);
  };
}

/** Twilio's getExpectedTwilioSignature for string fields; null when a field is not a string (the library decides). */
function expectedSignature(hmac: (data: string) => string, url: string, params: Record<string, unknown>): string | null {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (typeof value !== 'string') return null;
    data += name + value;
  }
  return hmac(data);
}

/** SHA-1's block size in bytes (RFC 2104's B) and its digest size (L). */
const BLOCK = 64;
const DIGEST = 20;
/** Node's one-shot hash (20.12 and later): no Hash object per call. */
const oneShotHash = (crypto as { hash?: typeof crypto.hash }).hash;

/**
 * base64 HMAC-SHA1 of UTF-8 `data` under `key`, as `createHmac('sha1', key).update(data, 'utf8').digest('base64')`
 * gives it, computed by RFC 2104's definition with two one-shot hashes: H((K ^ opad) || H((K ^ ipad) || data)).
 * Node's Hmac object (a stream transform with its key prepared per object) was ~3% of a texting rush's CPU; the
 * padded keys here are made once per key. Without one-shot hashing (Node before 20.12) it is createHmac.
 */
export function hmacSha1Base64(key: Buffer): (data: string) => string {
  if (!oneShotHash) return (data) => createHmac('sha1', key).update(data, 'utf8').digest('base64');
  const hash = oneShotHash;
  const k = key.length > BLOCK ? createHash('sha1').update(key).digest() : key;
  const ipad = Buffer.alloc(BLOCK, 0x36);
  const outer = Buffer.alloc(BLOCK + DIGEST, 0x5c);
  for (let i = 0; i < k.length; i++) {
    ipad[i]! ^= k[i]!;
    outer[i]! ^= k[i]!;
  }
  return (data) => {
    const inner = Buffer.allocUnsafe(BLOCK + Buffer.byteLength(data, 'utf8'));
    ipad.copy(inner, 0);
    inner.write(data, BLOCK, 'utf8');
    hash('sha1', inner, 'buffer').copy(outer, BLOCK);
    return hash('sha1', outer, 'base64');
  };
}
