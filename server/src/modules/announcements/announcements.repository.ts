import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { AnnouncementStatus, Database } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;
type Tx = Transaction<Database>;

const withNames = (q: Q) =>
  q
    .selectFrom('announcements as n')
    .innerJoin('accounts as author', 'author.id', 'n.author_account_id')
    .leftJoin('accounts as reviewer', 'reviewer.id', 'n.reviewer_account_id')
    .selectAll('n')
    .select(['author.display_name as author_name', 'reviewer.display_name as reviewer_name']);

export type AnnouncementRow = NonNullable<Awaited<ReturnType<typeof findAnnouncement>>>;

export async function findAnnouncement(q: Q, id: string) {
  return withNames(q).where('n.id', '=', id).executeTakeFirst();
}

export async function lockAnnouncement(tx: Tx, id: string) {
  return tx.selectFrom('announcements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertAnnouncement(tx: Tx, row: Omit<Database['announcements'], 'id' | 'reviewer_account_id' | 'review_note' | 'published_at'>) {
  return (await tx.insertInto('announcements').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAnnouncement(tx: Tx, id: string, patch: Partial<Omit<Database['announcements'], 'id'>>) {
  await tx.updateTable('announcements').set(patch).where('id', '=', id).execute();
}

/** The console list: the platform's or the given regions' announcements (prefixes), newest change first. */
export interface PageCursor {
  at: Date;
  id: string;
}

export async function listForConsole(q: Q, f: { platform: boolean; regionPrefixes: string[]; status?: AnnouncementStatus | undefined; before?: PageCursor | undefined }, limit: number) {
  let query = withNames(q).where((eb) =>
    eb.or([
      ...(f.platform ? [eb('n.publisher_kind', '=', 'platform')] : []),
      ...f.regionPrefixes.map((p) => eb('n.region_code', 'like', `${p}%`)),
      eb.val(false),
    ]),
  );
  if (f.status) query = query.where('n.status', '=', f.status);
  if (f.before) query = query.where(sql<boolean>`(n.updated_at, n.id) < (${f.before.at}, ${f.before.id})`);
  return query.orderBy('n.updated_at', 'desc').orderBy('n.id', 'desc').limit(limit + 1).execute();
}

export async function listPublished(q: Q, before: PageCursor | undefined, limit: number) {
  let query = withNames(q).where('n.status', '=', 'published');
  if (before) query = query.where(sql<boolean>`(n.published_at, n.id) < (${before.at}, ${before.id})`);
  return query.orderBy('n.published_at', 'desc').orderBy('n.id', 'desc').limit(limit + 1).execute();
}
