import { describe, expect, it } from 'vitest';
import { seal, unseal } from '../../src/platform/crypto/sealing.js';
import { createSigner, verifySignature } from '../../src/platform/crypto/signing.js';

const key = Buffer.alloc(32, 7);

describe('personal data sealed at rest (AES-256-GCM)', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const a = seal(key, '440106199001011235');
    expect(unseal(key, a)).toBe('440106199001011235');
    expect(seal(key, '440106199001011235')).not.toBe(a);
    expect(a).not.toContain('440106');
  });

  it('detects tampering', () => {
    const sealed = seal(key, 'secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('forged').toString('base64url');
    expect(() => unseal(key, parts.join('.'))).toThrow();
  });
});

describe('platform signing key (Ed25519)', () => {
  it('signs deterministically from the seed and verifies with the public key only', () => {
    const signer = createSigner(Buffer.alloc(32, 9));
    const sig = signer.sign('payload');
    expect(verifySignature(signer.publicKeyPem, 'payload', sig)).toBe(true);
    expect(verifySignature(signer.publicKeyPem, 'payloaD', sig)).toBe(false);
    expect(createSigner(Buffer.alloc(32, 9)).keyId).toBe(signer.keyId);
  });
});
