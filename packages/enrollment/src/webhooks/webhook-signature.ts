import { createHmac, timingSafeEqual } from 'node:crypto';

// How a receiver knows a webhook is ours and fresh: x-freeface-signature is "sha256=" and the hex
// HMAC-SHA256, keyed with the API key's webhook secret, of `${timestamp}.${body}`, where timestamp is
// x-freeface-timestamp (unix seconds). Receivers recompute it over the raw body and refuse old timestamps.

export const SIGNATURE_HEADER = 'x-freeface-signature';
export const TIMESTAMP_HEADER = 'x-freeface-timestamp';

export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** For receivers (and tests): the signature matches and the timestamp is within toleranceSeconds of now. */
export function verifyWebhook(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
