import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

/** Queue depth and failures from pg-boss's own table; zeros before the job workers have created it. */
export async function jobCounts(db: Db, since: Date) {
  const { rows: exists } = await sql<{ present: boolean }>`select to_regclass('pgboss.job') is not null as present`.execute(db);
  if (!exists[0]?.present) return [];
  const { rows } = await sql<{ name: string; queued: number; active: number; failed: number }>`
    select name,
      (count(*) filter (where state in ('created', 'retry')))::int as queued,
      (count(*) filter (where state = 'active'))::int as active,
      (count(*) filter (where state = 'failed' and completed_on >= ${since}))::int as failed
    from pgboss.job group by name order by name`.execute(db);
  return rows;
}

export async function databaseSize(db: Db): Promise<number> {
  const { rows } = await sql<{ bytes: number }>`select pg_database_size(current_database())::bigint as bytes`.execute(db);
  return Number(rows[0]?.bytes ?? 0);
}
