import { createHmac } from 'node:crypto';
import { safeEqual } from '../../platform/crypto/hash.js';

/**
 * Webhook signatures (M4): `X-Xunkao-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the
 * client's webhook secret. The timestamp is inside the signed text, so a captured delivery cannot be replayed
 * later with a fresh timestamp; receivers reject anything older than the tolerance.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const WEBHOOK_HEADERS = { timestamp: 'x-xunkao-timestamp', signature: 'x-xunkao-signature', delivery: 'x-xunkao-delivery' } as const;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check (also in docs/provincial-interface.md): right signature, timestamp within 5 minutes. */
export function verifyWebhook(input: { secret: string; timestamp: string | undefined; signature: string | undefined; body: string; nowSeconds: number; toleranceSeconds?: number }): boolean {
  const ts = Number(input.timestamp);
  if (!input.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(input.nowSeconds - ts) > (input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS)) return false;
  return safeEqual(signWebhook(input.secret, ts, input.body), input.signature);
}
