import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
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
  const key = createSecretKey(Buffer.from(authToken, 'utf8'));
  return (signature, url, params) => {
    const expected = expectedSignature(key, url, params);
    if (expected !== null) {
      const given = Buffer.from(signature);
      if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
    }
    return twilio.validateRequest(authToken, signature, url, params);
  };
}

/** Twilio's getExpectedTwilioSignature for string fields; null when a field is not a string (the library decides). */
function expectedSignature(key: KeyObject, url: string, params: Record<string, unknown>): Buffer | null {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (typeof value !== 'string') return null;
    data += name + value;
  }
  return Buffer.from(createHmac('sha1', key).update(data, 'utf8').digest('base64'));
}
