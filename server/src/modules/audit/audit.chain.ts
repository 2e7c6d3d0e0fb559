import { canonicalJson } from '../../platform/crypto/canonical-json.js';
import { sha256Hex } from '../../platform/crypto/hash.js';

/**
 * The audit hash chain (DESIGN §4): hash = sha256(prev_hash ‖ canonical(entry)).
 * Pure, so the server, the CLI verifier and tests share one definition.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryContent {
  at: Date;
  actorAccountId: string | null;
  actorRole: string;
  actorScope: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  digest: string;
  requestId: string | null;
}

export interface ChainedEntry extends AuditEntryContent {
  id: number;
  prevHash: string;
  hash: string;
}

export function chainHash(prevHash: string, entry: AuditEntryContent): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(entry)}`);
}

/** The digest of a change: what was there before and after, canonicalised. */
export function changeDigest(change: unknown): string {
  return sha256Hex(canonicalJson(change ?? null));
}

export interface BrokenLink {
  id: number;
  reason: 'prev_hash_mismatch' | 'hash_mismatch';
}

/**
 * Walks entries in id order from `expectedPrev`; returns the first entry whose
 * link or content no longer matches, or null with the last hash seen.
 */
export function checkChainSegment(
  entries: readonly ChainedEntry[],
  expectedPrev: string,
): { broken: BrokenLink | null; lastHash: string } {
  let prev = expectedPrev;
  for (const e of entries) {
    if (e.prevHash !== prev) return { broken: { id: e.id, reason: 'prev_hash_mismatch' }, lastHash: prev };
    const { id: _id, prevHash: _p, hash, ...content } = e;
    if (chainHash(prev, content) !== hash) return { broken: { id: e.id, reason: 'hash_mismatch' }, lastHash: prev };
    prev = hash;
  }
  return { broken: null, lastHash: prev };
}
