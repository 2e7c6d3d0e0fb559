import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db, DatabaseHandle } from '../../platform/db/database.js';
import { BackupErrors } from './backup.errors.js';

/** Permanent tables outside the system schemas (leaf partitions included, partitioned parents not). */
async function permanentTables(db: Db): Promise<{ schema: string; name: string }[]> {
  const { rows } = await sql<{ schema: string; name: string }>`
    select n.nspname as schema, c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and c.relpersistence = 'p'
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
    order by 1, 2`.execute(db);
  return rows;
}

/** Rows per permanent table, keyed `schema.table`: what a restore must reproduce. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await permanentTables(db)) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(`${t.schema}.${t.name}`)}`.execute(db);
    counts[`${t.schema}.${t.name}`] = rows[0]!.n;
  }
  return counts;
}

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  return (await permanentTables(db)).length === 0;
}

export async function latestMigration(db: Db): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`
    select name from xk_migrations order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? null;
}

function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => reject(BackupErrors.BACKUP_TOOL_FAILED({ tool, reason: error.message })));
    child.on('close', (code) => (code === 0 ? resolve() : reject(BackupErrors.BACKUP_TOOL_FAILED({ tool, code, reason: stderr.trim().slice(-2000) }))));
  });
}

/**
 * Dumps the database to `file` and returns the row counts of the same
 * snapshot. PostgreSQL: `pg_dump` (custom format, compressed) on a snapshot
 * exported by a repeatable-read transaction that also counts the rows, so the
 * counts describe exactly what was dumped. Embedded: PGlite's own data-dir
 * dump (gzip), which runs between queries on its single connection.
 */
export async function dumpDatabase(handle: DatabaseHandle, databaseUrl: string | undefined, file: string): Promise<Record<string, number>> {
  if (handle.kind === 'pglite') {
    const counts = await rowCounts(handle.db);
    await handle.dump!(file);
    return counts;
  }
  if (!databaseUrl) throw new Error('PostgreSQL backup needs DATABASE_URL');
  return handle.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(tx);
      const counts = await rowCounts(tx as unknown as Db);
      // Unlogged tables hold only rate-limit counters and captcha challenges: ephemeral by design.
      await run('pg_dump', ['--format=custom', '--compress=6', '--no-owner', '--no-privileges', '--no-unlogged-table-data', `--snapshot=${rows[0]!.id}`, `--file=${file}`, `--dbname=${databaseUrl}`]);
      return counts;
    });
}

/** Loads a PostgreSQL dump into an empty database (the caller has checked it is empty). */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw BackupErrors.BACKUP_MANIFEST_INVALID({ file });
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${databaseUrl}`, file]);
}
