import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface LogEntry {
  siteId: string;
  source: 'system' | 'application' | 'database';
  host: string;
  level: string;
  message: string;
  loggedAt: Date;
}

/** Makes the monthly partition of each month in the batch (xk_exam_log_partition, migration 0012). */
export async function ensurePartitions(db: Db, months: string[]) {
  for (const month of months) await sql`select xk_exam_log_partition(${month}::date)`.execute(db);
}

export async function insertLogs(db: Db, entries: LogEntry[], receivedAt: Date) {
  if (!entries.length) return;
  await db
    .insertInto('exam_logs')
    .values(entries.map((e) => ({ site_id: e.siteId, source: e.source, host: e.host, level: e.level, message: e.message, logged_at: e.loggedAt, received_at: receivedAt })))
    .execute();
}

export async function listLogs(db: Db, f: { siteIds: string[]; from: Date | null; to: Date | null; limit: number; offset: number }) {
  if (!f.siteIds.length) return { items: [], total: 0 };
  let query = db.selectFrom('exam_logs').where('site_id', 'in', f.siteIds);
  if (f.from) query = query.where('logged_at', '>=', f.from);
  if (f.to) query = query.where('logged_at', '<', f.to);
  const [items, total] = await Promise.all([
    query.selectAll().orderBy('logged_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The monthly partitions, oldest first, as `YYYY-MM-01`. */
export async function partitionMonths(db: Db): Promise<{ table: string; month: string }[]> {
  const result = await sql<{ table: string }>`select c.relname as table from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'exam_logs' order by c.relname`.execute(db);
  return result.rows.map((r) => ({ table: r.table, month: `${r.table.slice(10, 14)}-${r.table.slice(14, 16)}-01` }));
}

export async function dropPartition(db: Db, table: string) {
  await sql`drop table ${sql.table(table)}`.execute(db);
}
