import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DeliveryStatus } from '../../platform/db/schema.exchange.js';
import type { ChangePosition } from './exchange.cursor.js';

/** The data interface's own tables (migration 0019). Other modules' tables are read in exchange.sources.repository.ts. */
type Q = Kysely<Database> | Transaction<Database>;

/**
 * The settled horizon (decision 0018): a change-log position below which no transaction of this database is
 * still running, so every row below it is committed (or rolled back) for good. Two statements in this order:
 * first the next transaction id, then the oldest transaction running in this database (pg_stat_activity, so
 * a long transaction in another database of the cluster does not hold the feeds back). Anything that starts
 * later gets an id at or above the first; the caller's next statement sees every commit below the result.
 */
export async function settledHorizon(q: Q): Promise<string> {
  const next = await sql<{ xid: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`.execute(q);
  // age() counts from an id at or after `next`, so the oldest id computed here is never later than the real one.
  const oldest = await sql<{ xid: string | null }>`
    select (pg_snapshot_xmax(pg_current_snapshot())::text::bigint - max(age(backend_xid)))::text as xid
    from pg_stat_activity where datname = current_database() and backend_xid is not null`.execute(q);
  const { rows } = await sql<{ position: string }>`
    select (least(${next.rows[0]!.xid}::bigint, coalesce(${oldest.rows[0]?.xid ?? null}::bigint, ${next.rows[0]!.xid}::bigint)) + xid_offset)::text as position
    from exchange_clock`.execute(q);
  return rows[0]!.position;
}

export interface ChangeRow {
  seq: string;
  tx: string;
  feed: string;
  source: string;
  op: 'insert' | 'update' | 'delete';
  source_id: string;
  changed_at: Date;
}

/**
 * Changes after a position, for some feeds, inside a region prefix (M29). Only transactions older than the
 * oldest one still running are visible, so the order never changes under a reader (decision 0018).
 */
export async function changesAfter(q: Q, input: { feeds: string[]; prefix: string; after: ChangePosition; limit: number }): Promise<ChangeRow[]> {
  const horizon = await settledHorizon(q);
  // Positions leave as text (they may pass 2^53); the order is on the bigint columns, not on those texts.
  const { rows } = await sql<ChangeRow>`
    select seq::text as seq, tx::text as tx, feed, source, op, source_id, changed_at
    from exchange_changes
    where feed = any(${input.feeds}::text[])
      and (tx, seq) > (${input.after.tx}::bigint, ${input.after.seq}::bigint)
      and tx < ${horizon}::bigint
      and exists (select 1 from unnest(region_codes) r where r like ${`${input.prefix}%`})
    order by exchange_changes.tx, exchange_changes.seq
    limit ${input.limit}`.execute(q);
  return rows;
}

export type ClientRow = Awaited<ReturnType<typeof findClient>> & object;

/**
 * After a logical restore into a new cluster, transaction ids start low again: raise the offset so that new
 * positions sort after every stored one (and after every cursor a client holds). A no-op otherwise.
 */
export async function alignChangeClock(q: Q): Promise<void> {
  await sql`update exchange_clock set xid_offset = greatest(
      xid_offset,
      coalesce((select max(tx) from exchange_changes), 0) - pg_current_xact_id()::text::bigint + 1,
      coalesce((select max(push_tx) from exchange_clients), 0) - pg_current_xact_id()::text::bigint + 1)`.execute(q);
}

export async function findClient(q: Q, id: string) {
  return q.selectFrom('exchange_clients').selectAll().select(sql<string>`push_tx::text`.as('push_tx')).where('id', '=', id).executeTakeFirst();
}

export async function insertClient(tx: Transaction<Database>, row: { push_tx: string; name: string; region_code: string; feeds: string[]; webhook_url: string | null; webhook_secret_sealed: string | null; rate_limit_per_minute: number; created_by: string; created_at: Date }): Promise<string> {
  const { id } = await tx
    .insertInto('exchange_clients')
    .values({ ...row, status: 'active', push_seq: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listClients(q: Q, input: { status: 'active' | 'revoked' | null; offset: number; limit: number }) {
  let query = q.selectFrom('exchange_clients');
  if (input.status) query = query.where('status', '=', input.status);
  const [rows, total] = await Promise.all([
    query.selectAll().select(sql<string>`push_tx::text`.as('push_tx')).orderBy('created_at', 'desc').orderBy('id').offset(input.offset).limit(input.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function keysOf(q: Q, clientIds: string[]) {
  if (clientIds.length === 0) return [];
  return q.selectFrom('exchange_keys').select(['id', 'client_id', 'created_at', 'expires_at']).where('client_id', 'in', clientIds).orderBy('created_at', 'desc').execute();
}

export async function insertKey(tx: Transaction<Database>, row: { id: string; client_id: string; secret_hash: string; created_at: Date }): Promise<void> {
  await tx.insertInto('exchange_keys').values({ ...row, expires_at: null }).execute();
}

/** Keys still valid after `at` stop at `at` (rotation overlap, or now for a revocation). */
export async function expireKeys(tx: Transaction<Database>, clientId: string, at: Date): Promise<void> {
  await tx
    .updateTable('exchange_keys')
    .set({ expires_at: at })
    .where('client_id', '=', clientId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .execute();
}

export async function revokeClient(tx: Transaction<Database>, id: string, at: Date): Promise<void> {
  await tx.updateTable('exchange_clients').set({ status: 'revoked', revoked_at: at }).where('id', '=', id).execute();
}

export async function findKeyWithClient(q: Q, keyId: string) {
  return q
    .selectFrom('exchange_keys as k')
    .innerJoin('exchange_clients as c', 'c.id', 'k.client_id')
    .select(['k.id as key_id', 'k.secret_hash', 'k.expires_at', 'c.id as client_id', 'c.name', 'c.region_code', 'c.feeds', 'c.rate_limit_per_minute', 'c.status'])
    .where('k.id', '=', keyId)
    .executeTakeFirst();
}

export async function logAccess(q: Q, row: { client_id: string; key_id: string; route: string; cursor: string | null; rows: number; request_id: string; at: Date }): Promise<void> {
  await q.insertInto('exchange_access_log').values(row).execute();
}

export async function accessLog(q: Q, clientId: string, limit: number) {
  return q.selectFrom('exchange_access_log').selectAll().where('client_id', '=', clientId).orderBy('id', 'desc').limit(limit).execute();
}

export async function pushClients(q: Q) {
  return q
    .selectFrom('exchange_clients')
    .selectAll()
    .select(sql<string>`push_tx::text`.as('push_tx'))
    .select(sql<string>`push_seq::text`.as('push_seq'))
    .where('status', '=', 'active')
    .where('webhook_url', 'is not', null)
    .execute();
}

export async function insertDeliveries(
  tx: Transaction<Database>,
  rows: { id: string; client_id: string; event: string; change_seq: number; payload: string; created_at: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('exchange_deliveries')
    .values(rows.map((r) => ({ ...r, payload: r.payload as never, status: 'pending' as const, next_attempt_at: r.created_at })))
    .onConflict((oc) => oc.columns(['client_id', 'change_seq']).doNothing())
    .execute();
}

export async function advancePush(tx: Transaction<Database>, clientId: string, to: ChangePosition): Promise<void> {
  await tx
    .updateTable('exchange_clients')
    .set({ push_tx: to.tx, push_seq: to.seq })
    .where('id', '=', clientId)
    .execute();
}

export type DeliveryRow = Awaited<ReturnType<typeof claimDueDeliveries>>[number];

/**
 * Claims due deliveries for one run: moving their next attempt past a lease means a second worker (another
 * replica) skips them, and a crash mid-delivery only delays them by the lease.
 */
export async function claimDueDeliveries(q: Q, now: Date, leaseUntil: Date, limit: number) {
  const { rows } = await sql<{ id: string; client_id: string; event: string; payload: Record<string, unknown>; status: DeliveryStatus; attempts: number }>`
    update exchange_deliveries set next_attempt_at = ${leaseUntil}
    where id in (
      select id from exchange_deliveries
      where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at, created_at
      limit ${limit}
      for update skip locked)
    returning id, client_id, event, payload, status, attempts`.execute(q);
  return rows;
}

export async function findDelivery(q: Q, clientId: string, id: string) {
  return q.selectFrom('exchange_deliveries').select(['id', 'client_id', 'event', 'payload', 'status', 'attempts']).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export async function recordAttempt(
  tx: Transaction<Database>,
  attempt: { delivery_id: string; attempt: number; status_code: number | null; duration_ms: number; error: string | null; at: Date },
  delivery: { status: DeliveryStatus; next_attempt_at: Date | null; delivered_at: Date | null },
): Promise<void> {
  await tx.insertInto('exchange_delivery_attempts').values(attempt).execute();
  await tx
    .updateTable('exchange_deliveries')
    .set({ status: delivery.status, next_attempt_at: delivery.next_attempt_at, attempts: attempt.attempt, ...(delivery.delivered_at ? { delivered_at: delivery.delivered_at } : {}) })
    .where('id', '=', attempt.delivery_id)
    .execute();
}

export async function listDeliveries(q: Q, input: { clientId: string; status: DeliveryStatus | null; offset: number; limit: number }) {
  let query = q.selectFrom('exchange_deliveries').where('client_id', '=', input.clientId);
  if (input.status) query = query.where('status', '=', input.status);
  const [rows, total] = await Promise.all([
    query.select(['id', 'event', 'status', 'attempts', 'next_attempt_at', 'created_at', 'delivered_at']).orderBy('created_at', 'desc').orderBy('change_seq', 'desc').offset(input.offset).limit(input.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function attemptsOf(q: Q, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return q.selectFrom('exchange_delivery_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('id').execute();
}
