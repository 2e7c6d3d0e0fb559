import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export async function insertUpload(
  q: Q,
  u: { owner: string; purpose: string; filename: string; contentType: string; size: number; chunkSize: number; chunkCount: number; at: Date; expiresAt: Date },
) {
  return q
    .insertInto('uploads')
    .values({
      owner_account_id: u.owner,
      purpose: u.purpose,
      filename: u.filename,
      content_type: u.contentType,
      size: u.size,
      chunk_size: u.chunkSize,
      chunk_count: u.chunkCount,
      status: 'open',
      blob_key: null,
      created_at: u.at,
      expires_at: u.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Only the owner ever sees an upload: anyone else gets "not found". */
export async function findOwned(q: Q, id: string, owner: string) {
  return q.selectFrom('uploads').selectAll().where('id', '=', id).where('owner_account_id', '=', owner).executeTakeFirst();
}

export async function findUpload(q: Q, id: string) {
  return q.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markReceived(q: Q, id: string, index: number) {
  const row = await q
    .updateTable('uploads')
    .set({ received: sql`(select array_agg(distinct x order by x) from unnest(array_append(received, ${index}::int)) as x)` })
    .where('id', '=', id)
    .returning('received')
    .executeTakeFirstOrThrow();
  return row.received;
}

export async function complete(q: Q, id: string, blobKey: string) {
  await q.updateTable('uploads').set({ status: 'complete', blob_key: blobKey }).where('id', '=', id).execute();
}
