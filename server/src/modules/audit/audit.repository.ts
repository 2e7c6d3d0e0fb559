import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Db } from '../../platform/db/database.js';
import type { AuditEntryContent, ChainedEntry } from './audit.chain.js';

type Tx = Transaction<Database> | Db;

/** Serialises appends so ids follow chain order; held until the caller's transaction ends. */
const AUDIT_CHAIN_LOCK = 7_735_001;

export async function lockChain(tx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
}

export async function lastHash(tx: Tx): Promise<{ id: number; hash: string } | undefined> {
  return tx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertEntry(tx: Tx, entry: AuditEntryContent, prevHash: string, hash: string): Promise<number> {
  const row = await tx
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_account_id: entry.actorAccountId,
      actor_role: entry.actorRole,
      actor_scope: entry.actorScope,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      digest: entry.digest,
      request_id: entry.requestId,
      prev_hash: prevHash,
      hash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function readChain(db: Db, afterId: number, limit: number): Promise<ChainedEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorAccountId: r.actor_account_id,
    actorRole: r.actor_role,
    actorScope: r.actor_scope,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    digest: r.digest,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

export async function findHeadForDay(db: Db, day: string) {
  return db.selectFrom('audit_heads').selectAll().where('day', '=', day).executeTakeFirst();
}

export async function insertHead(
  db: Db,
  head: { day: string; lastAuditId: number; headHash: string; signature: string; keyId: string; signedAt: Date },
) {
  return db
    .insertInto('audit_heads')
    .values({
      day: head.day,
      last_audit_id: head.lastAuditId,
      head_hash: head.headHash,
      signature: head.signature,
      key_id: head.keyId,
      signed_at: head.signedAt,
    })
    .onConflict((oc) => oc.column('day').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listHeads(db: Db, limit: number) {
  return db.selectFrom('audit_heads').selectAll().orderBy('day', 'desc').limit(limit).execute();
}

export async function hashAt(db: Db, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('audit_log').select('hash').where('id', '=', id).executeTakeFirst();
  return row?.hash;
}
