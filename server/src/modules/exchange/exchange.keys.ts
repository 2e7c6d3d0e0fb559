import { randomBytes } from 'node:crypto';
import { safeEqual, sha256Hex } from '../../platform/crypto/hash.js';

/**
 * API keys (M4): `xk_<key id>_<secret>`. The key id is public and finds the row; only a sha256 of the
 * whole key is stored, so a copy of the database does not let anyone call the interface.
 */
const KEY_PATTERN = /^xk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  keyId: string;
  token: string;
  secretHash: string;
}

export function newApiKey(): NewApiKey {
  const keyId = randomBytes(6).toString('hex');
  const token = `xk_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, token, secretHash: sha256Hex(token) };
}

export function keyIdOf(token: string): string | null {
  return KEY_PATTERN.exec(token)?.[1] ?? null;
}

export function keyMatches(token: string, secretHash: string): boolean {
  return safeEqual(sha256Hex(token), secretHash);
}

/** The shared secret a receiver uses to check webhook signatures; shown once, stored sealed. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
