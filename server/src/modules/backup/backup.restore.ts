import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../platform/db/database.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { extractBlobs, listBlobs } from './backup.blobs.js';
import { BLOBS_FILE, DB_FILE } from './backup.create.js';
import { isEmptyDatabase, restorePostgres, rowCounts } from './backup.database.js';
import { BackupErrors } from './backup.errors.js';
import { readVerifiedManifest, type Manifest } from './backup.manifest.js';

export interface RestoreTarget {
  databaseUrl: string | undefined;
  dataDir: string;
  blobDir: string;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Migrations applied after loading, when this build is newer than the backup. */
  migrated: string[];
  blobs: number;
  rowCounts: Record<string, number>;
}

/**
 * Restores a backup into an empty instance (M7). Refuses a damaged backup
 * (checksums) and a target that already holds data, so a restore can never
 * overwrite a running installation. The database kind must match the
 * backup's: an embedded dump restores into an embedded data directory, a
 * `pg_dump` into PostgreSQL.
 */
export async function restoreBackup(backupDir: string, target: RestoreTarget): Promise<RestoreResult> {
  const manifest = await readVerifiedManifest(backupDir);
  const kind = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database !== kind) throw BackupErrors.BACKUP_MANIFEST_INVALID({ reason: `backup is ${manifest.database}, target is ${kind}` });
  if ((await listBlobs(target.blobDir)).length > 0) throw BackupErrors.BACKUP_TARGET_NOT_EMPTY({ blobDir: target.blobDir });
  const dbFile = path.join(backupDir, DB_FILE[kind]);

  if (kind === 'pglite' && fs.existsSync(path.join(target.dataDir, 'pgdata', 'PG_VERSION'))) {
    throw BackupErrors.BACKUP_TARGET_NOT_EMPTY({ dataDir: target.dataDir });
  }
  const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, pgliteTemplate: kind === 'pglite' ? dbFile : undefined });
  try {
    if (kind === 'postgres') {
      if (!(await isEmptyDatabase(database.db))) throw BackupErrors.BACKUP_TARGET_NOT_EMPTY({ database: 'DATABASE_URL' });
      await restorePostgres(target.databaseUrl!, dbFile);
    }
    const counts = await rowCounts(database.db);
    const differing = Object.entries(manifest.rowCounts).filter(([table, n]) => counts[table] !== n);
    if (differing.length) throw BackupErrors.BACKUP_ROW_COUNTS_DIFFER({ tables: differing.map(([table, n]) => ({ table, expected: n, actual: counts[table] ?? null })) });
    const migrated = await migrateToLatest(database.db);
    const blobs = manifest.blobs > 0 ? await extractBlobs(path.join(backupDir, BLOBS_FILE), target.blobDir) : 0;
    return { manifest, migrated, blobs, rowCounts: counts };
  } finally {
    await database.close();
  }
}
