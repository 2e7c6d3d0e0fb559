import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Transaction } from 'kysely';

/** The oversight module's own table: exports regulators started (migration 0016). */
type Q = Db | Transaction<Database>;

export async function insertExport(q: Q, e: { requestedBy: string; kind: string; filters: object; prefixes: string[]; total: number; at: Date }) {
  const row = await q
    .insertInto('oversight_exports')
    .values({ requested_by: e.requestedBy, kind: e.kind, filters: JSON.stringify(e.filters), prefixes: e.prefixes, status: 'queued', rows_total: e.total, created_at: e.at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}

export async function findExport(q: Q, id: string) {
  return (await q.selectFrom('oversight_exports').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function updateExport(
  q: Q,
  id: string,
  patch: Partial<{ status: 'queued' | 'running' | 'done' | 'failed'; rows_total: number; rows_done: number; blob_key: string; size: number; error: string; finished_at: Date }>,
) {
  await q.updateTable('oversight_exports').set(patch).where('id', '=', id).execute();
}
