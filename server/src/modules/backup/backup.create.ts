import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { archiveBlobs } from './backup.blobs.js';
import { dumpDatabase, latestMigration } from './backup.database.js';
import { describeFile, FORMAT, writeManifest, type Manifest } from './backup.manifest.js';
import { backupName, backupsToPrune } from './backup.retention.js';

export const DB_FILE = { pglite: 'database.pglite.tar.gz', postgres: 'database.pgdump' } as const;
export const BLOBS_FILE = 'blobs.tar.gz';

export interface BackupTarget {
  database: DatabaseHandle;
  databaseUrl: string | undefined;
  /** The local blob store to archive; null when blobs live in object storage, which keeps its own versions and replicas. */
  blobDir: string | null;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
  bytes: number;
}

/**
 * Writes one consistent, compressed, checksummed backup (M7) into
 * `<backupDir>/xunkao-backup-<time>`: written under `.partial` and renamed at
 * the end, so a folder with the final name is always complete.
 */
export async function createBackup(target: BackupTarget, backupDir: string, clock: Clock): Promise<BackupResult> {
  const at = clock.now();
  const dir = path.join(backupDir, backupName(at));
  const partial = `${dir}.partial`;
  await fsp.rm(partial, { recursive: true, force: true });
  await fsp.mkdir(partial, { recursive: true });
  try {
    const dbFile = DB_FILE[target.database.kind];
    const migration = await latestMigration(target.database.db);
    const rowCounts = await dumpDatabase(target.database, target.databaseUrl, path.join(partial, dbFile));
    const blobs = target.blobDir ? await archiveBlobs(target.blobDir, path.join(partial, BLOBS_FILE)) : 0;
    const names = blobs > 0 ? [dbFile, BLOBS_FILE] : [dbFile];
    const files = await Promise.all(names.map((n) => describeFile(partial, n)));
    const manifest: Manifest = { format: FORMAT, createdAt: at.toISOString(), database: target.database.kind, blobStore: target.blobDir ? 'local' : 'object-storage', migration, rowCounts, blobs, files };
    await writeManifest(partial, manifest);
    await fsp.rename(partial, dir);
    return { dir, manifest, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  } catch (error) {
    await fsp.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Deletes the oldest completed backups beyond `keep`; returns the names removed. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  if (!fs.existsSync(backupDir)) return [];
  const doomed = backupsToPrune(await fsp.readdir(backupDir), keep);
  for (const name of doomed) await fsp.rm(path.join(backupDir, name), { recursive: true, force: true });
  return doomed;
}

/** The newest completed backup, for the operations view and its alert. */
export async function latestBackup(backupDir: string): Promise<{ name: string; createdAt: string } | null> {
  if (!fs.existsSync(backupDir)) return null;
  const names = (await fsp.readdir(backupDir)).filter((n) => !n.endsWith('.partial')).sort();
  for (const name of names.reverse()) {
    const manifest = await fsp.readFile(path.join(backupDir, name, 'manifest.json'), 'utf8').catch(() => null);
    if (manifest) return { name, createdAt: (JSON.parse(manifest) as Manifest).createdAt };
  }
  return null;
}
