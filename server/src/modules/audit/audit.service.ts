import fs from 'node:fs/promises';
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { canonicalJson } from '../../platform/crypto/canonical-json.js';
import { verifySignature, type Signer } from '../../platform/crypto/signing.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import { chainHash, changeDigest, checkChainSegment, GENESIS_HASH, type BrokenLink } from './audit.chain.js';
import * as repo from './audit.repository.js';

/** Who did it: a person through a request, or the system through a job. */
export interface AuditActor {
  accountId: string | null;
  role: string;
  scope: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { accountId: null, role: 'system', scope: null, requestId: null };

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  change?: unknown;
}

const VERIFY_BATCH = 5_000;

/** Calendar day in Asia/Shanghai (DESIGN §8), for daily heads. */
export function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function createAuditService(deps: { db: Db; clock: Clock; signer: Signer; exportDir: string | null }) {
  const { db, clock, signer } = deps;

  /** Audit in the same transaction as the change (STYLE 6): if this fails, the change fails. */
  async function record(tx: Transaction<Database>, actor: AuditActor, rec: AuditRecord): Promise<number> {
    await repo.lockChain(tx);
    const prev = (await repo.lastHash(tx))?.hash ?? GENESIS_HASH;
    const entry = {
      at: clock.now(),
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      actorScope: actor.scope,
      action: rec.action,
      targetType: rec.targetType,
      targetId: rec.targetId ?? null,
      digest: changeDigest(rec.change),
      requestId: actor.requestId,
    };
    return repo.insertEntry(tx, entry, prev, chainHash(prev, entry));
  }

  /** Recomputes the whole chain and every signed head; names the first broken entry. */
  async function verify(): Promise<{ ok: boolean; entries: number; broken: BrokenLink | null; badHeads: string[] }> {
    let afterId = 0;
    let prev = GENESIS_HASH;
    let count = 0;
    for (;;) {
      const batch = await repo.readChain(db, afterId, VERIFY_BATCH);
      if (batch.length === 0) break;
      const { broken, lastHash } = checkChainSegment(batch, prev);
      if (broken) return { ok: false, entries: count, broken, badHeads: [] };
      count += batch.length;
      prev = lastHash;
      afterId = batch[batch.length - 1]!.id;
    }
    const badHeads: string[] = [];
    for (const head of await repo.listHeads(db, 10_000)) {
      const payload = headPayload(head.day, head.last_audit_id, head.head_hash, head.key_id);
      const matches = (await repo.hashAt(db, head.last_audit_id)) === head.head_hash;
      if (!matches || signer.keyId !== head.key_id || !verifySignature(signer.publicKeyPem, payload, head.signature)) badHeads.push(head.day);
    }
    return { ok: badHeads.length === 0, entries: count, broken: null, badHeads };
  }

  /** The daily job: sign the current chain head with the platform key and export it. */
  async function signDailyHead(): Promise<{ day: string; lastAuditId: number; headHash: string; signature: string } | null> {
    const now = clock.now();
    const day = shanghaiDay(now);
    const existing = await repo.findHeadForDay(db, day);
    if (existing) return null;
    const last = await repo.lastHash(db);
    if (!last) return null;
    const payload = headPayload(day, last.id, last.hash, signer.keyId);
    const signature = signer.sign(payload);
    const inserted = await repo.insertHead(db, { day, lastAuditId: last.id, headHash: last.hash, signature, keyId: signer.keyId, signedAt: now });
    if (!inserted) return null;
    if (deps.exportDir) {
      await fs.mkdir(deps.exportDir, { recursive: true });
      await fs.writeFile(path.join(deps.exportDir, `${day}.json`), `${JSON.stringify({ payload: JSON.parse(payload), signature, publicKey: signer.publicKeyPem }, null, 2)}\n`);
    }
    return { day, lastAuditId: last.id, headHash: last.hash, signature };
  }

  async function heads(limit: number) {
    const rows = await repo.listHeads(db, limit);
    return rows.map((h) => ({ day: h.day, lastAuditId: h.last_audit_id, headHash: h.head_hash, signature: h.signature, keyId: h.key_id, signedAt: h.signed_at.toISOString() }));
  }

  return { record, verify, signDailyHead, heads, publicKey: () => ({ keyId: signer.keyId, algorithm: 'Ed25519' as const, publicKeyPem: signer.publicKeyPem }) };
}

export type AuditService = ReturnType<typeof createAuditService>;

export function headPayload(day: string, lastAuditId: number, headHash: string, keyId: string): string {
  return canonicalJson({ day, headHash, keyId, lastAuditId, type: 'xunkao.audit-head.v1' });
}
