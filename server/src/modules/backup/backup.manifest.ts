import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DbKind } from '../../platform/db/database.js';
import { BackupErrors } from './backup.errors.js';

/**
 * A backup is a folder (M7): the database dump, the blob archive and this
 * manifest, which names every file with its size and SHA-256 so that a copy
 * damaged in transit or at rest is refused before anything is restored.
 */
export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'xunkao-backup/1';

export interface BackupFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  createdAt: string;
  database: DbKind;
  /** `object-storage`: blobs are not in the backup (BLOB_URL); the bucket's versioning and replication protect them. */
  blobStore: 'local' | 'object-storage';
  /** The newest migration applied when the dump was taken; a newer build migrates forward after restore. */
  migration: string | null;
  /** Rows per permanent table in the dump's snapshot (unlogged tables hold only ephemeral counters). */
  rowCounts: Record<string, number>;
  blobs: number;
  files: BackupFile[];
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

export async function describeFile(dir: string, name: string): Promise<BackupFile> {
  const file = path.join(dir, name);
  const [stat, sha256] = await Promise.all([fsp.stat(file), sha256File(file)]);
  return { name, bytes: stat.size, sha256 };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await fsp.writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads the manifest and checks every file against it; throws naming the first damaged file. */
export async function readVerifiedManifest(dir: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fsp.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    throw BackupErrors.BACKUP_MANIFEST_INVALID({ dir });
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.files)) throw BackupErrors.BACKUP_MANIFEST_INVALID({ dir });
  for (const expected of manifest.files) {
    const actual = await describeFile(dir, expected.name).catch(() => null);
    if (!actual || actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
      throw BackupErrors.BACKUP_CHECKSUM_MISMATCH({ file: expected.name });
    }
  }
  return manifest;
}
