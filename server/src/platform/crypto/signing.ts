import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { sha256Hex } from './hash.js';

/** PKCS#8 DER prefix for a raw 32-byte Ed25519 seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface Signer {
  keyId: string;
  publicKeyPem: string;
  sign(data: string): string;
}

/** The platform's Ed25519 key (DESIGN §4, §6), from the 32-byte seed in XUNKAO_SIGNING_KEY. */
export function createSigner(seed: Buffer): Signer {
  if (seed.length !== 32) throw new Error('Ed25519 seed must be 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    keyId: sha256Hex(spki).slice(0, 16),
    publicKeyPem,
    sign: (data) => sign(null, Buffer.from(data), privateKey).toString('base64'),
  };
}

export function verifySignature(publicKey: string | KeyObject, data: string, signatureB64: string): boolean {
  return verify(null, Buffer.from(data), publicKey, Buffer.from(signatureB64, 'base64'));
}
