import { createPublicKey, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../platform/crypto/hash.js';
import { verifySignature, type Signer } from '../../platform/crypto/signing.js';
import { CONTENT_FORMAT, type CertificateContent } from './certificates.content.js';

/**
 * Sealing and checking a certificate (M25, DESIGN §6): the SHA-256 of the
 * canonical content, signed with the platform's Ed25519 key; and the compact
 * signed payload the QR code carries. Pure, so the CLI verifies with the same code.
 * Signed strings start with the format name: the same key signs audit heads.
 */
export const PAYLOAD_PREFIX = 'XKC1';

const contentSigningInput = (contentHash: string) => `${CONTENT_FORMAT}:${contentHash}`;
const b64url = (b64: string) => Buffer.from(b64, 'base64').toString('base64url');

export const contentHashOf = (content: CertificateContent): string => sha256Hex(canonicalJson(content));

export function sealContent(content: CertificateContent, signer: Signer) {
  const contentHash = contentHashOf(content);
  return { contentHash, signature: signer.sign(contentSigningInput(contentHash)) };
}

/** The fields a phone can show from the QR alone. */
export interface CompactFields {
  /** certificate number */
  n: string;
  /** content SHA-256, hex */
  h: string;
  /** learner name */
  nm: string;
  /** masked ID number */
  id: string;
  /** total 学时 */
  hrs: number;
  /** issue day, YYYY-MM-DD (Asia/Shanghai) */
  d: string;
  /** signing key id */
  k: string;
}

export function compactPayload(fields: CompactFields, signer: Signer): string {
  const body = Buffer.from(canonicalJson(fields)).toString('base64url');
  return `${PAYLOAD_PREFIX}.${body}.${b64url(signer.sign(`${PAYLOAD_PREFIX}.${body}`))}`;
}

export type Check<T> = { ok: true; value: T } | { ok: false; reason: 'malformed' | 'bad_signature' | 'hash_mismatch' };

export function readPayload(payload: string, publicKey: string | KeyObject): Check<CompactFields> {
  const [prefix, body, sig] = payload.trim().split('.');
  if (prefix !== PAYLOAD_PREFIX || !body || !sig) return { ok: false, reason: 'malformed' };
  let fields: CompactFields;
  try {
    fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CompactFields;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof fields?.n !== 'string' || typeof fields.h !== 'string') return { ok: false, reason: 'malformed' };
  const signature = Buffer.from(sig, 'base64url').toString('base64');
  if (!verifySignature(publicKey, `${PAYLOAD_PREFIX}.${body}`, signature)) return { ok: false, reason: 'bad_signature' };
  return { ok: true, value: fields };
}

/** A full signed record: the content hashes to `contentHash`, and the platform signed that hash. */
export function checkContent(record: { content: CertificateContent; contentHash: string; signature: string }, publicKey: string | KeyObject): Check<CertificateContent> {
  if (contentHashOf(record.content) !== record.contentHash) return { ok: false, reason: 'hash_mismatch' };
  if (!verifySignature(publicKey, contentSigningInput(record.contentHash), record.signature)) return { ok: false, reason: 'bad_signature' };
  return { ok: true, value: record.content };
}

export const publicKeyFrom = (pem: string): KeyObject => createPublicKey(pem);
